namespace Krait.Runtime;

/// <summary><c>obj.__class__ = C</c> and <c>C.__bases__ = (...)</c>: CPython's compatibility rules (same
/// deallocator, same instance layout) and, for <c>__bases__</c>, the MRO recomputed for the class and every
/// subclass. Every per-type cache (attribute sites, operator slots, hooks) is keyed on the type's version, and
/// <see cref="PyType.Changed"/> gives the class and all its subclasses new versions, so code compiled before
/// the change re-resolves its lookups.</summary>
public static class ClassReassignment
{
    /// <summary>Raises CPython's TypeError when instances of <paramref name="oldType"/> cannot become
    /// instances of <paramref name="newType"/> (or a class's base cannot change between them).</summary>
    public static void CheckCompatible(PyType oldType, PyType newType, string attr)
    {
        if (Deallocator(newType) != Deallocator(oldType))
            throw Ops.TypeError($"{attr} assignment: '{newType.Name}' deallocator differs from '{oldType.Name}'");
        var newBase = SolidLayout(newType);
        var oldBase = SolidLayout(oldType);
        if (newBase != oldBase
            && (LayoutBase(newBase) != LayoutBase(oldBase) || !SameSlotsAdded(newBase, oldBase)))
            throw Ops.TypeError($"{attr} assignment: '{newType.Name}' object layout differs from '{oldType.Name}'");
    }

    /// <summary>CPython compares the types' tp_free: heap types and built-in containers are garbage-collected
    /// objects, the built-in scalars (object, int, float, str, bytes, ...) are not.</summary>
    private static bool Deallocator(PyType t)
    {
        if (t.IsUserDefined) return true;
        return !(t == PyType.ObjectType || t.IsSubtypeOf(PyType.IntType) || t == PyType.FloatType || t == PyType.StrType
                 || t == PyType.BytesType || t == PyType.ByteArrayType || t == PyComplex.ComplexType || t == PyType.RangeType);
    }

    /// <summary>The base whose layout a class extends (CPython's tp_base): the base with the most derived
    /// layout, the first base when they tie.</summary>
    public static PyType LayoutBase(PyType t)
    {
        if (t.Bases.Length == 0) return t;
        return BestBase(t.Bases);
    }

    /// <summary>CPython's best_base: the base whose solid layout extends all the others'.</summary>
    public static PyType BestBase(PyType[] bases)
    {
        PyType winner = bases[0], winnerSolid = SolidBase(bases[0]);
        for (int i = 1; i < bases.Length; i++)
        {
            var s = SolidBase(bases[i]);
            if (winnerSolid.IsSubtypeOf(s)) continue;
            if (s.IsSubtypeOf(winnerSolid)) { winner = bases[i]; winnerSolid = s; continue; }
            throw Ops.TypeError("multiple bases have instance lay-out conflict");
        }
        return winner;
    }

    /// <summary>CPython's solid_base: the nearest class up the chain that adds fields other than
    /// <c>__dict__</c> and <c>__weakref__</c>.</summary>
    private static PyType SolidBase(PyType t)
    {
        while (t.IsUserDefined && t.Bases.Length > 0 && OwnSlots(t).Count == 0) t = LayoutBase(t);
        return t;
    }

    /// <summary>The nearest class up the layout chain that adds anything to the instance layout.</summary>
    private static PyType SolidLayout(PyType t)
    {
        while (t.IsUserDefined && t.Bases.Length > 0)
        {
            var b = LayoutBase(t);
            if (AddsToLayout(t, b)) break;
            t = b;
        }
        return t;
    }

    private static bool AddsToLayout(PyType t, PyType b) =>
        OwnSlots(t).Count > 0 || t.HasDict != b.HasDict || HasWeakref(t) != HasWeakref(b);

    private static bool HasWeakref(PyType t) => t.Lookup("__weakref__") != null;

    private static List<string> OwnSlots(PyType t)
    {
        var names = new List<string>();
        foreach (var kv in t.Dict)
            if (kv.Value is PyMemberDescriptor m && m.Owner == t) names.Add(kv.Key);
        names.Sort(string.CompareOrdinal);
        return names;
    }

    private static bool SameSlotsAdded(PyType a, PyType b)
    {
        if (!a.IsUserDefined || !b.IsUserDefined) return false;
        // Built-in bases of variable size (int, tuple, bytes) put the added fields after the items: CPython
        // never treats two of their subclasses as the same layout.
        var valueBase = a.BaseValueType();
        if (valueBase != null && (valueBase.IsSubtypeOf(PyType.IntType) || valueBase.IsSubtypeOf(PyType.TupleType)
                                  || valueBase.IsSubtypeOf(PyType.BytesType)))
            return false;
        if (a.HasDict != b.HasDict || HasWeakref(a) != HasWeakref(b)) return false;
        var sa = OwnSlots(a);
        var sb = OwnSlots(b);
        if (sa.Count != sb.Count) return false;
        for (int i = 0; i < sa.Count; i++) if (sa[i] != sb[i]) return false;
        return true;
    }

    /// <summary><c>cls.__bases__ = value</c> (value null: <c>del cls.__bases__</c>).</summary>
    public static void SetBases(PyType t, PyObject? value)
    {
        if (!t.IsUserDefined)
            throw Ops.TypeError($"cannot set '__bases__' attribute of immutable type '{t.Name}'");
        if (value == null)
            throw Ops.TypeError($"cannot delete '__bases__' attribute of immutable type '{t.Name}'");
        if (value is not PyTuple tuple)
            throw Ops.TypeError($"can only assign tuple to {t.Name}.__bases__, not {value.Type.TpName}");
        if (tuple.Items.Length == 0)
            throw Ops.TypeError($"can only assign non-empty tuple to {t.Name}.__bases__, not ()");
        var bases = new PyType[tuple.Items.Length];
        for (int i = 0; i < bases.Length; i++)
        {
            if (tuple.Items[i] is not PyType b)
                throw Ops.TypeError($"{t.Name}.__bases__ must be tuple of classes, not '{tuple.Items[i].Type.TpName}'");
            if (b.IsSubtypeOf(t))
                throw Ops.TypeError("a __bases__ item causes an inheritance cycle");
            bases[i] = b;
        }
        var newBase = BestBase(bases);
        CheckCompatible(LayoutBase(t), newBase, "__bases__");
        for (int i = 0; i < bases.Length; i++)
            for (int j = 0; j < i; j++)
                if (bases[i] == bases[j]) throw Ops.TypeError($"duplicate base class {bases[i].Name}");

        var oldBases = t.Bases;
        var saved = new List<(PyType, PyType[])>();
        t.Bases = bases;
        try
        {
            RecomputeMro(t, saved);
        }
        catch
        {
            t.Bases = oldBases;
            foreach (var (type, mro) in saved) type.Mro = mro;
            throw;
        }
        foreach (var b in oldBases) b.RemoveSubclass(t);
        foreach (var b in bases) b.AddSubclass(t);
        t.Changed();
    }

    /// <summary>New MROs for <paramref name="t"/> and its subclasses, recording the old ones for a rollback.</summary>
    private static void RecomputeMro(PyType t, List<(PyType, PyType[])> saved)
    {
        var mro = MetaclassMro.Compute(t);
        saved.Add((t, t.Mro));
        t.Mro = mro;
        foreach (var sub in t.Subclasses()) RecomputeMro(sub, saved);
    }
}
