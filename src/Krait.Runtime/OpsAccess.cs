using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Krait.Runtime.Numerics;
namespace Krait.Runtime;

public static partial class Ops
{
    // ---- attributes ----
    public static PyObject GetAttr(PyObject o, string name) => o.GetAttr(name);
    public static void SetAttr(PyObject o, string name, PyObject v) => o.SetAttr(name, v);
    public static void DelAttr(PyObject o, string name) => o.DelAttr(name);

    /// <summary>A class attribute seen through an instance: functions bind, classmethods bind to the type,
    /// staticmethods unwrap, properties call their getter, built-in method descriptors bind.</summary>
    public static PyObject BindDescriptor(PyObject attr, PyObject instance) => attr switch
    {
        PyFunction => new PyBoundMethod(attr, instance),
        PyMethodDescriptor md => md.Bind(instance),
        PyClassMethod cm => Descriptors.ClassMethodGet(cm, instance.Type),
        PyStaticMethod sm => sm.Function,
        PyProperty p => p.Get(instance),
        PyInstance i when i.Class.Lookup("__get__") is { } get => get.Call3(attr, instance, instance.Type),
        PyMemberDescriptor or PyGetSetDescriptor => Descriptors.Get(attr, instance, instance.Type),
        _ => attr,
    };

    /// <summary>Exact-type test for user-class instances: one method-table compare (a plain <c>is</c> on the
    /// non-sealed PyInstance calls a cast helper).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlainInstance(PyObject o) => o.GetType() == typeof(PyInstance);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreNoCheck(PyObject?[] array, int index, PyObject? value)
    {
        // PyObject[] stores pay a covariance check; the arrays written here are always exactly PyObject?[].
        if ((uint)index >= (uint)array.Length) throw new IndexOutOfRangeException();
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index) = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject LoadAttr(PyObject o, AttributeCache c)
    {
        if (IsPlainInstance(o) && Unsafe.As<PyInstance>(o) is var inst && inst.Shape == c.Shape && inst.Class.Version == c.Version)
        {
            if (c.Slot >= 0)
            {
                var v = inst.GetSlot(c.Slot);
                if (v != null) return v;
            }
            else if (c.ClassAttr != null) return BindDescriptor(c.ClassAttr, o);
        }
        return LoadAttrSlow(o, c);
    }

    private static PyObject LoadAttrSlow(PyObject o, AttributeCache c)
    {
        // Polymorphic sites (a base-class method run on several subclasses) hit here first.
        if (IsPlainInstance(o) && c.Poly is { } poly)
        {
            var pi = Unsafe.As<PyInstance>(o);
            var shape = pi.Shape;
            int version = pi.Class.Version;
            for (int k = 0; k < poly.Length; k++)
            {
                ref var e = ref poly[k];
                if (e.Shape != shape || e.Version != version) continue;
                if (e.Slot >= 0)
                {
                    var v = pi.GetSlot(e.Slot);
                    if (v != null) return v;
                }
                else if (e.ClassAttr != null) return BindDescriptor(e.ClassAttr, o);
                break;
            }
        }
        // A module whose __class__ is a subclass (ModuleSubclass) takes the general path: its class may define
        // properties or __getattribute__.
        if (o is PyModule m && m.Class == null)
        {
            if (c.ModuleCell != null && c.Module == m && c.ModuleCell.Value != null) return c.ModuleCell.Value;
            if (m.Cells.TryGetValue(c.Name, out var cell) && cell.Value != null)
            {
                c.Module = m;
                c.ModuleCell = cell;
                return cell.Value;
            }
            return m.GetAttr(c.Name);
        }
        if (o is PyInstance inst && o is not PyBaseException && Probe(inst, c, out int slot, out var classAttr))
        {
            if (slot >= 0)
            {
                var v = inst.GetSlot(slot);
                if (v != null) return v;
            }
            else if (classAttr != null) return BindDescriptor(classAttr, o);
        }
        if (o is PyType t) return ClassAttribute(t, c);
        return o.GetAttr(c.Name);
    }

    /// <summary>Where <paramref name="inst"/>'s attribute lives, from the polymorphic entries or by filling the
    /// primary one: an instance slot, or a plain class attribute (function or value) the instance does not
    /// shadow. False when that is not cacheable (properties, __getattribute__, a deleted slot).</summary>
    private static bool Probe(PyInstance inst, AttributeCache c, out int slot, out PyObject? classAttr)
    {
        var cls = inst.Class;
        if (inst.Shape == c.Shape && cls.Version == c.Version)
        {
            slot = c.Slot; classAttr = c.ClassAttr;
            return true;
        }
        var poly = c.Poly;
        if (poly != null)
        {
            var shape = inst.Shape;
            int version = cls.Version;
            for (int k = 0; k < poly.Length; k++)
            {
                ref var e = ref poly[k];
                if (e.Shape == shape && e.Version == version)
                {
                    slot = e.Slot; classAttr = e.ClassAttr;
                    return true;
                }
            }
        }
        slot = -1; classAttr = null;
        if (!cls.PlainGetAttr || inst.AttrDict != null) return false;
        var found = cls.Lookup(c.Name);
        if (found != null && found is not PyFunction)
        {
            if (found is PyInstance fi && fi.Class.Lookup("__get__") != null) return false;
            if (found is not PyMemberDescriptor && Descriptors.IsData(found)) return false;
        }
        int i = inst.Shape.IndexOf(c.Name);
        if (i >= 0)
        {
            if (inst.GetSlot(i) == null) return false;
            c.Demote();
            c.Shape = inst.Shape; c.Version = cls.Version; c.Slot = i; c.ClassAttr = null;
            slot = i;
            return true;
        }
        if (found == null || found is PyMemberDescriptor) return false;
        c.Demote();
        c.Shape = inst.Shape; c.Version = cls.Version; c.Slot = -1; c.ClassAttr = found;
        classAttr = found;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreAttr(PyObject o, PyObject v, AttributeCache c)
    {
        if (IsPlainInstance(o) && Unsafe.As<PyInstance>(o) is var inst && inst.Shape == c.Shape && inst.Class.Version == c.Version)
        {
            int s = c.Slot;
            if (c.To != c.Shape)
            {
                inst.EnsureSlot(s);
                inst.Shape = c.To!;
            }
            inst.SetSlot(s, v);
            return;
        }
        StoreAttrSlow(o, v, c);
    }

    private static void StoreAttrSlow(PyObject o, PyObject v, AttributeCache c)
    {
        if (o is PyInstance inst && o is not PyBaseException)
        {
            var cls = inst.Class;
            var poly = c.Poly;
            if (poly != null)
            {
                var shape = inst.Shape;
                int version = cls.Version;
                for (int k = 0; k < poly.Length; k++)
                {
                    ref var e = ref poly[k];
                    if (e.Shape == shape && e.Version == version)
                    {
                        if (e.To != e.Shape)
                        {
                            inst.EnsureSlot(e.Slot);
                            inst.Shape = e.To!;
                        }
                        inst.SetSlot(e.Slot, v);
                        return;
                    }
                }
            }
            if (cls.PlainSetAttr && inst.AttrDict == null && CanCacheStore(cls, c.Name))
            {
                var before = inst.Shape;
                inst.StoreSlot(c.Name, v);
                c.Demote();
                c.Shape = before; c.To = inst.Shape; c.Version = cls.Version; c.Slot = inst.Shape.IndexOf(c.Name);
                return;
            }
        }
        o.SetAttr(c.Name, v);
    }

    /// <summary>Whether a store of <paramref name="name"/> on instances of <paramref name="cls"/> is a plain
    /// shape store (no data descriptor in the way, allowed by __slots__).</summary>
    private static bool CanCacheStore(PyType cls, string name)
    {
        var found = cls.Lookup(name);
        if (found is PyMemberDescriptor) return true;
        if (!cls.HasDict) return false;
        return found == null || found is PyFunction || !Descriptors.IsData(found);
    }

    /// <summary>The method a call <c>o.name(...)</c> would call with <c>o</c> as first argument, without making a
    /// bound method; null when the attribute is not such a method (then the caller binds generally).</summary>
    private static PyObject? FindMethod(PyObject o, AttributeCache c)
    {
        // Polymorphic method sites (self.fn() on several subclasses): the struct entries, no type tests.
        if (IsPlainInstance(o) && c.Poly is { } poly)
        {
            var pi = Unsafe.As<PyInstance>(o);
            var shape = pi.Shape;
            int version = pi.Class.Version;
            for (int k = 0; k < poly.Length; k++)
            {
                ref var e = ref poly[k];
                if (e.Shape != shape || e.Version != version) continue;
                if (e.Slot < 0 && (e.ClassAttr is PyFunction || (e.ClassAttr is PyMethodDescriptor && pi.BaseValue == null)))
                    return e.ClassAttr;
                break;
            }
        }
        if (o is PyInstance inst)
        {
            if (o is PyBaseException) return null;
            if (!Probe(inst, c, out int slot, out var classAttr)) return null;
            // Built-in methods inherited by a Python-visible subclass of a native type (random.Random) are called
            // with self directly, as on built-in instances.
            // A subclass of a built-in value (BaseValue set) takes the general path, whose method descriptors
            // run on the held value.
            return slot < 0 && (classAttr is PyFunction || (classAttr is PyMethodDescriptor && inst.BaseValue == null)) ? classAttr : null;
        }
        if (o is PyType or PyModule or PySuper) return null;
        var type = o.Type;
        if (c.BuiltinType == type && c.BuiltinVersion == type.Version) return c.BuiltinMethod;
        var attr = type.Lookup(c.Name);
        attr = attr is PyMethodDescriptor or PyFunction ? attr : null;
        c.BuiltinType = type;
        c.BuiltinVersion = type.Version;
        c.BuiltinMethod = attr;
        return attr;
    }

    public static PyObject CallMethod0(PyObject o, AttributeCache c)
    {
        if (IsPlainInstance(o) && Unsafe.As<PyInstance>(o) is var inst && inst.Shape == c.Shape && inst.Class.Version == c.Version && c.ClassAttr is PyFunction f)
            return f.Call1(o);
        var m = FindMethod(o, c);
        if (m is PyMethodDescriptor md) return md.Fast0 != null ? md.Fast0(o) : md.Body(o, Array.Empty<PyObject>(), null);
        if (m != null) return m.Call1(o);
        return LoadMethodAttr(o, c).Call0();
    }

    /// <summary>The attribute a fused method call falls back to; a failed lookup is marked so the traceback
    /// points at <c>obj.name</c>.</summary>
    private static PyObject LoadMethodAttr(PyObject o, AttributeCache c)
    {
        try { return LoadAttr(o, c); }
        catch (PythonException e) { e.Value.AtMethodLookup = true; throw; }
    }

    public static PyObject CallMethod1(PyObject o, AttributeCache c, PyObject a)
    {
        if (IsPlainInstance(o) && Unsafe.As<PyInstance>(o) is var inst && inst.Shape == c.Shape && inst.Class.Version == c.Version && c.ClassAttr is PyFunction f)
            return f.Call2(o, a);
        if (o is PyList l && c.Name == "append") { l.Append(a); return PyNone.Instance; }
        var m = FindMethod(o, c);
        if (m is PyMethodDescriptor md) return md.Fast1 != null ? md.Fast1(o, a) : md.Body(o, new[] { a }, null);
        if (m != null) return m.Call2(o, a);
        return LoadMethodAttr(o, c).Call1(a);
    }

    public static PyObject CallMethod2(PyObject o, AttributeCache c, PyObject a, PyObject b)
    {
        if (IsPlainInstance(o) && Unsafe.As<PyInstance>(o) is var inst && inst.Shape == c.Shape && inst.Class.Version == c.Version && c.ClassAttr is PyFunction f)
            return f.Call3(o, a, b);
        var m = FindMethod(o, c);
        if (m is PyMethodDescriptor md) return md.Fast2 != null ? md.Fast2(o, a, b) : md.Body(o, new[] { a, b }, null);
        if (m != null) return m.Call3(o, a, b);
        return LoadMethodAttr(o, c).Call2(a, b);
    }

    public static PyObject CallMethod3(PyObject o, AttributeCache c, PyObject a, PyObject b, PyObject d)
    {
        if (IsPlainInstance(o) && Unsafe.As<PyInstance>(o) is var inst && inst.Shape == c.Shape && inst.Class.Version == c.Version && c.ClassAttr is PyFunction f)
            return f.Call4(o, a, b, d);
        var m = FindMethod(o, c);
        if (m is PyMethodDescriptor md) return md.Body(o, new[] { a, b, d }, null);
        if (m != null) return m.Call(new[] { o, a, b, d }, null);
        return LoadMethodAttr(o, c).Call3(a, b, d);
    }

    public static PyObject CallMethodN(PyObject o, AttributeCache c, PyObject[] args, string[]? kwnames)
    {
        var m = FindMethod(o, c);
        if (m is PyMethodDescriptor md) return md.Body(o, args, kwnames);
        if (m != null)
        {
            var full = new PyObject[args.Length + 1];
            full[0] = o;
            Array.Copy(args, 0, full, 1, args.Length);
            return m.Call(full, kwnames);
        }
        return LoadMethodAttr(o, c).Call(args, kwnames);
    }

    // ---- items ----
    public static PyObject GetItem(PyObject o, PyObject key)
    {
        if (key is PyInt i)
        {
            long k = i.Value;
            if (o is PyList l)
            {
                if (k < 0) k += l.Count;
                if ((ulong)k < (ulong)l.Count) return l.Items[k];
            }
            else if (o.GetType() == typeof(PyTuple))
            {
                var items = Unsafe.As<PyTuple>(o).Items;
                if (k < 0) k += items.Length;
                if ((ulong)k < (ulong)items.Length) return items[k];
            }
        }
        return o.GetItem(key);
    }

    public static void SetItem(PyObject o, PyObject key, PyObject v)
    {
        if (o is PyList l && key is PyInt i)
        {
            long k = i.Value;
            if ((ulong)k < (ulong)l.Count) { StoreNoCheck(l.Items, (int)k, v); return; }
        }
        o.SetItem(key, v);
    }

    public static void DelItem(PyObject o, PyObject key) => o.DelItem(key);

    public static PyObject MakeSlice(PyObject? lower, PyObject? upper, PyObject? step) =>
        new PySlice(lower ?? PyNone.Instance, upper ?? PyNone.Instance, step ?? PyNone.Instance);

    // ---- iteration ----
    public static PyIterator GetIter(PyObject o) => o.Iter();

    /// <summary>One step of a <c>for</c> loop. The iterators of lists, ranges and generators are tested for
    /// first and called directly (they are sealed, so their TryNext inlines here): the JIT would only do this
    /// itself from a runtime profile, which generated code does not get.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IterNext(PyObject it, out PyObject value)
    {
        // Each test spelled as GetType() == typeof(...): the JIT turns that pattern (not a Type kept in a
        // local) into a method-table compare.
        if (it.GetType() == typeof(ListIterator)) return Unsafe.As<ListIterator>(it).TryNext(out value);
        if (it.GetType() == typeof(RangeIterator)) return Unsafe.As<RangeIterator>(it).TryNext(out value);
        if (it.GetType() == typeof(PyGenerator)) return Unsafe.As<PyGenerator>(it).TryNext(out value);
        return Unsafe.As<PyIterator>(it).TryNext(out value);
    }

    public static PyObject[] ToArray(PyObject o)
    {
        switch (o)
        {
            case PyTuple t: return t.Items;
            case PyList l: return l.ToArray();
        }
        return ListExtend.Collect(o);
    }

    public static PyObject[] Unpack(PyObject o, int n)
    {
        PyObject[] items;
        if (o is PyTuple t) items = t.Items;
        else if (o is PyList l) items = l.ToArray();
        else
        {
            PyIterator it;
            try { it = o.Iter(); }
            catch (PythonException e) when (e.Value.Type == ExceptionTypes.TypeError && o is not PyInstance)
            { throw TypeError($"cannot unpack non-iterable {o.Type.TpName} object"); }
            items = new PyObject[n];
            int got = 0;
            while (got < n && it.TryNext(out var v)) items[got++] = v;
            if (got < n) throw ValueError($"not enough values to unpack (expected {n}, got {got})");
            if (it.TryNext(out _)) throw ValueError($"too many values to unpack (expected {n})");
            return items;
        }
        if (items.Length != n)
        {
            if (items.Length > n) throw ValueError($"too many values to unpack (expected {n})");
            throw ValueError($"not enough values to unpack (expected {n}, got {items.Length})");
        }
        return items;
    }

    /// <summary>Unpacking with a starred target: <paramref name="before"/> values, a list, <paramref name="after"/> values.</summary>
    public static PyObject[] UnpackStar(PyObject o, int before, int after)
    {
        var items = ToArray(o);
        if (items.Length < before + after)
            throw ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Length})");
        var r = new PyObject[before + after + 1];
        Array.Copy(items, r, before);
        var mid = new PyObject[items.Length - before - after];
        Array.Copy(items, before, mid, 0, mid.Length);
        r[before] = new PyList(mid);
        Array.Copy(items, items.Length - after, r, before + 1, after);
        return r;
    }

    // ---- calls with *args / **kwargs ----
    public static PyObject CallEx(PyObject f, PyList positional, PyDict? kwargs)
    {
        if (kwargs == null || kwargs.Table.Count == 0) return f.Call(positional.ToArray(), null);
        int n = positional.Count, k = kwargs.Table.Count;
        var args = new PyObject[n + k];
        Array.Copy(positional.Items, args, n);
        var names = new string[k];
        int j = 0;
        var t = kwargs.Table;
        for (int e = 0; e < t.Used; e++)
        {
            if (t.Entries[e].Key == null) continue;
            if (t.Entries[e].Key is not PyStr s) throw TypeError("keywords must be strings");
            names[j] = s.Value;
            args[n + j++] = t.Entries[e].Value!;
        }
        return f.Call(args, names);
    }

    public static void ExtendList(PyList list, PyObject iterable)
    {
        var it = iterable.Iter();
        while (it.TryNext(out var v)) list.Append(v);
    }

    public static void MergeKwargs(PyDict target, PyObject mapping, PyObject function)
    {
        if (mapping is not PyDict d)
            throw TypeError($"argument after ** must be a mapping, not {mapping.Type.TpName}");
        var t = d.Table;
        for (int e = 0; e < t.Used; e++)
        {
            if (t.Entries[e].Key == null) continue;
            if (target.Table.Get(t.Entries[e].Key!) != null)
                throw TypeError($"{FunctionStr(function)} got multiple values for keyword argument '{Str(t.Entries[e].Key!)}'");
            target.Table.Set(t.Entries[e].Key!, t.Entries[e].Value);
        }
    }

    /// <summary>How CPython names a callable in keyword-merging errors: module-qualified for functions.</summary>
    internal static string FunctionStr(PyObject f) => f switch
    {
        PyFunction pf => (pf.Module.Name == "builtins" ? "" : pf.Module.Name + ".") + pf.QualName + "()",
        _ => FunctionName(f) + "()",
    };

    private static string FunctionName(PyObject f) => f switch
    {
        PyFunction pf => pf.QualName,
        PyBuiltinFunction b => b.Name,
        PyType t => t.Name,
        _ => f.Type.Name,
    };

    public static PyObject DictFromPairs(PyObject[] keysAndValues)
    {
        var d = new PyDict();
        for (int i = 0; i < keysAndValues.Length; i += 2) d.Table.Set(keysAndValues[i], keysAndValues[i + 1]);
        return d;
    }

    public static PyObject SetFromItems(PyObject[] items)
    {
        var s = new PySet();
        foreach (var v in items) s.Add(v);
        return s;
    }

    /// <summary>A display of constants: CPython builds them into a frozenset constant, then merges that into a new set.</summary>
    public static PyObject SetFromConstants(PyObject[] items)
    {
        var first = new PySet(frozen: true);
        foreach (var v in items) first.Add(v);
        // The compiler's constant merging rebuilds the frozenset once more from the first one's order.
        var folded = new PySet(frozen: true);
        var slots = first.Table.Slots;
        for (int e = 0; e < slots.Length; e++) if (slots[e].Key != null) folded.Table.Add(slots[e].Key!, slots[e].Hash);
        var s = new PySet();
        s.Table.Merge(folded.Table);
        return s;
    }

    public static void SetAdd(PySet s, PyObject v) => s.Add(v);
    public static void SetUpdate(PySet s, PyObject iterable) => s.Update(iterable);
    public static void DictSet(PyDict d, PyObject k, PyObject v) => d.Table.Set(k, v);

    // ---- names ----
    public static PyObject LoadGlobalSlow(PyCell cell)
    {
        var b = cell.Builtin?.Value;
        if (b != null) return b;
        throw NameError(cell.Name);
    }

    /// <summary>A name in a class body: the class namespace, then globals, then builtins.</summary>
    public static PyObject LoadClassName(PyObject ns, PyStr name, PyCell global)
    {
        if (ns is PyDict d)
        {
            var v = d.Table.Get(name);
            if (v != null) return v;
        }
        else if (ClassNsTryGet(ns, name) is { } v) return v;
        return global.Value ?? LoadGlobalSlow(global);
    }

    /// <summary>A name read from a class namespace that is not a plain dict: its __getitem__, KeyError
    /// meaning absent.</summary>
    private static PyObject? ClassNsTryGet(PyObject ns, PyStr name)
    {
        try { return ns.GetItem(name); }
        catch (PythonException e) when (e.Value.Class.IsSubtypeOf(ExceptionTypes.KeyError)) { return null; }
    }

    /// <summary>A store into a class namespace (the mapping's __setitem__ when it is not a plain dict).</summary>
    public static void ClassNsSet(PyObject ns, PyObject k, PyObject v)
    {
        if (ns is PyDict d) d.Table.Set(k, v);
        else ns.SetItem(k, v);
    }

    public static void DeleteGlobal(PyCell cell)
    {
        if (cell.Value == null) throw NameError(cell.Name);
        cell.Value = null;
        if (cell.Key != null) cell.Table!.Remove(cell.Key, out _);
    }

    public static void DeleteClassName(PyObject ns, PyStr name)
    {
        if (ns is PyDict d)
        {
            if (!d.Table.Remove(name, out _)) throw NameError(name.Value);
            return;
        }
        try { ns.DelItem(name); }
        catch (PythonException e) when (e.Value.Class.IsSubtypeOf(ExceptionTypes.KeyError)) { throw NameError(name.Value); }
    }

    // ---- functions and classes ----
    public static PyFunction MakeFunction(FunctionCode code, PyModule module, PyObject[]? defaults, PyObject[]? kwDefaultValues, string[]? kwDefaultNames, PyCell[]? closure)
    {
        Dictionary<string, PyObject>? kw = null;
        if (kwDefaultNames != null)
        {
            kw = new Dictionary<string, PyObject>();
            for (int i = 0; i < kwDefaultNames.Length; i++) kw[kwDefaultNames[i]] = kwDefaultValues![i];
        }
        return new PyFunction(code, module, defaults, kw, closure);
    }

    public static PyObject MakeClass(PyFunction body, string name, string qualName, PyObject[] bases, PyModule module) =>
        ClassCreation.BuildClass(body, name, qualName, bases, null, null, module);

    /// <summary>A class statement with keywords (<c>metaclass=</c> and those for __init_subclass__).</summary>
    public static PyObject MakeClassKw(PyFunction body, string name, string qualName, PyObject[] bases, string[] kwNames, PyObject[] kwValues, PyModule module) =>
        ClassCreation.BuildClass(body, name, qualName, bases, kwNames, kwValues, module);

    /// <summary>Zero-argument super(): the class from the <c>__class__</c> cell and the first argument.</summary>
    public static PyObject Super(PyCell? classCell, PyObject? first)
    {
        if (classCell == null) throw RuntimeError("super(): __class__ cell not found");
        if (classCell.Value is not PyType t) throw RuntimeError("super(): empty __class__ cell");
        if (first == null) throw RuntimeError("super(): no arguments");
        return new PySuper(t, first);
    }

    // ---- exceptions ----
    // Per thread: the interpreter lock swaps it with the running thread's (Gil).
    internal static List<PyBaseException> s_handling = new();

    public static PyBaseException? CurrentHandled => s_handling.Count > 0 ? s_handling[^1] : null;

    /// <summary>Makes the exception a <c>raise</c> statement throws (context set to the exception being handled).</summary>
    public static Exception MakeRaise(PyObject exc, PyObject? cause)
    {
        var e = ToException(exc);
        if (cause != null)
        {
            e.Cause = cause == PyNone.Instance ? null : ToException(cause);
            e.SuppressContext = true;
        }
        var ctx = CurrentHandled;
        if (ctx != null && ctx != e) e.Context = ctx;
        return new PythonException(e);
    }

    private static PyBaseException ToException(PyObject exc)
    {
        if (exc is PyBaseException be) return be;
        if (exc is PyType t && t.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            var inst = t.Call0();
            if (inst is PyBaseException b2) return b2;
        }
        throw TypeError("exceptions must derive from BaseException");
    }

    public static Exception Reraise()
    {
        var cur = CurrentHandled;
        if (cur == null) return RuntimeError("No active exception to reraise");
        return new PythonException(cur);
    }

    /// <summary>A Python handler in <paramref name="code"/> caught <paramref name="ex"/>: the frame's traceback
    /// entry is added now (once), and the exception becomes the one being handled.</summary>
    public static PyBaseException EnterHandler(Exception ex, FunctionCode code, int line)
    {
        var e = CatchException(ex, code, line, null);
        s_handling.Add(e);
        return e;
    }

    public static void LeaveHandler()
    {
        if (s_handling.Count > 0) s_handling.RemoveAt(s_handling.Count - 1);
    }

    public static bool ExceptionMatches(PyBaseException e, PyObject type)
    {
        if (type is PyType t)
        {
            if (!t.IsSubtypeOf(ExceptionTypes.BaseException))
                throw TypeError("catching classes that do not inherit from BaseException is not allowed");
            return e.Class.IsSubtypeOf(t);
        }
        if (type is PyTuple tup)
        {
            foreach (var x in tup.Items) if (ExceptionMatches(e, x)) return true;
            return false;
        }
        throw TypeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /// <summary>A .NET exception that escaped runtime code, as the Python exception it stands for.</summary>
    public static PythonException Translate(Exception ex) => ex switch
    {
        PythonException pe => pe,
        InsufficientExecutionStackException => Error(ExceptionTypes.RecursionError, "maximum recursion depth exceeded"),
        OutOfMemoryException => new PythonException(ExceptionTypes.Make(ExceptionTypes.MemoryError)),
        NumericError ne => FromNumeric(ne),
        IOException or UnauthorizedAccessException => Io.PyOSError.FromDotNet(ex),
        _ => SystemError($"internal error: {ex.GetType().Name}: {ex.Message}"),
    };

    // ---- frames: recursion depth and traceback entries ----
    public static int Depth;
    public static int RecursionLimit = 1000;

    /// <summary>At every compiled function's (and generator resume's) entry. Inlined: the common case is one
    /// increment and two compares; the limit and the stack probe are checked out of line.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Enter()
    {
        if (++Depth > 200 || Depth > RecursionLimit) EnterDeep();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void EnterDeep()
    {
        if (Depth > RecursionLimit || (Depth > 200 && !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            Depth--;
            throw Error(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
        }
    }

    public static void Leave() => Depth--;

    /// <summary>Exception filter of every compiled function: runs during the first pass as the exception
    /// passes this frame, records (code, line) and unwinds the depth count; never catches.</summary>
    public static int FrameFilter(object ex, FunctionCode code, int line, PyObject?[]? locals)
    {
        Depth--;
        if (ex is PythonException pe)
        {
            var e = pe.Value;
            if (e.Traceback.Count == 0) SetImplicitContext(e);
            if (!(e.FrameRecorded && e.Traceback.Count > 0 && e.Traceback[^1].Code == code))
                e.Traceback.Add(new TracebackEntry(code, EntryPosition(e, line), locals));
            e.FrameRecorded = false;
        }
        return 0;
    }
}
