namespace Krait.Runtime;

/// <summary>An instance of a user-defined class: attributes by shape plus slot array.
/// <para>A user subclass of a built-in type (list, int, dict, or a C# type of a native module) uses this same
/// layout with <see cref="BaseValue"/> holding the built-in value the instance extends: the built-in type's
/// methods and protocols run on that value, and Python methods defined on the class come first. So any C#
/// built-in type can be subclassed without a .NET subclass of its own.</para>
/// <para>Once <c>__dict__</c> is asked for, attributes move to <see cref="AttrDict"/> (a real dict, so writes
/// through it are seen) and the instance takes its class's dict-mode shape, which no attribute cache holds.</para></summary>
public partial class PyInstance : PyObject
{
    public PyType Class;
    public Shape Shape;
    /// <summary>The built-in value a user subclass of a built-in type extends; null for plain instances.</summary>
    public PyObject? BaseValue
    {
        get => _extras?.BaseValue;
        set { if (value != null || _extras != null) (_extras ??= new Extras()).BaseValue = value; }
    }

    /// <summary>The instance dict once <c>__dict__</c> was requested; then non-slot attributes live here.</summary>
    public PyDict? AttrDict
    {
        get => _extras?.AttrDict;
        set { if (value != null || _extras != null) (_extras ??= new Extras()).AttrDict = value; }
    }

    /// <summary>What only some instances have, kept out of line so a plain instance stays small (it is
    /// allocated by the million in object-heavy programs).</summary>
    private sealed class Extras
    {
        public PyObject? BaseValue;
        public PyDict? AttrDict;
    }

    private Extras? _extras;

    public PyInstance(PyType type)
    {
        Class = type;
        Shape = type.RootShape;
    }

    public override PyType Type => Class;

    /// <summary>The built-in value behind <paramref name="o"/> when it is a built-in subclass instance.</summary>
    public static PyObject Unwrap(PyObject o) => o is PyInstance { BaseValue: { } b } ? b : o;

    // ---- attributes ----

    public override PyObject GetAttr(string name)
    {
        var cls = Class;
        if (cls.GetAttributeHook == null && cls.GetAttrHook == null)
        {
            // .NET subclasses (exceptions, native module types) add attributes in their TryGetAttr; plain
            // instances go straight to the generic lookup, so a descriptor's own AttributeError reaches the caller.
            if (GetType() == typeof(PyInstance) ? GenericGetAttr(name, out var v) : TryGetAttr(name, out v)) return v;
            throw Ops.AttributeErrorFor(this, name);
        }
        return HookedGetAttr(name);
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        try
        {
            var cls = Class;
            if (cls.GetAttributeHook == null && cls.GetAttrHook == null) return GenericGetAttr(name, out value);
            value = HookedGetAttr(name);
            return true;
        }
        catch (PythonException e) when (e.Value.Class.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            value = null!;
            return false;
        }
    }

    private PyObject HookedGetAttr(string name)
    {
        var ga = Class.GetAttributeHook;
        var hook = Class.GetAttrHook;
        var key = new PyStr(name);
        try
        {
            if (ga != null) return ga.Call2(this, key);
            if (GenericGetAttr(name, out var v)) return v;
        }
        catch (PythonException e) when (hook != null && e.Value.Class.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            return hook.Call2(this, key);
        }
        if (hook != null) return hook.Call2(this, key);
        throw Ops.AttributeErrorFor(this, name);
    }

    /// <summary>object.__getattribute__: data descriptors of the class, then the instance's own attributes,
    /// then other class attributes (bound). False when absent.</summary>
    public virtual bool GenericGetAttr(string name, out PyObject value)
    {
        var cls = Class;
        var attr = cls.Lookup(name);
        if (attr != null && attr is not PyFunction)
        {
            if (attr is PyMemberDescriptor) return TryReadOwn(name, out value);
            if (Descriptors.IsData(attr)) { value = Descriptors.Get(attr, this, cls); return true; }
        }
        if (TryReadOwn(name, out value)) return true;
        if (attr != null) { value = Ops.BindDescriptor(attr, this); return true; }
        return false;
    }

    private bool TryReadOwn(string name, out PyObject value)
    {
        if (AttrDict != null)
        {
            var v = AttrDict.TryGet(new PyStr(name));
            if (v != null) { value = v; return true; }
        }
        int i = Shape.IndexOf(name);
        if (i >= 0 && GetSlot(i) is { } s) { value = s; return true; }
        value = null!;
        return false;
    }

    public override void SetAttr(string name, PyObject value)
    {
        var hook = Class.SetAttrHook;
        if (hook != null) { hook.Call3(this, new PyStr(name), value); return; }
        GenericSetAttr(name, value);
    }

    /// <summary>object.__setattr__: data descriptors of the class, then the instance's attributes (refused when
    /// the class has <c>__slots__</c> and no <c>__dict__</c>).</summary>
    public void GenericSetAttr(string name, PyObject value)
    {
        var cls = Class;
        var attr = cls.Lookup(name);
        if (attr != null && attr is not PyFunction)
        {
            if (attr is PyMemberDescriptor) { StoreSlot(name, value); return; }
            if (Descriptors.TrySet(attr, this, value)) return;
        }
        if (AttrDict != null) { AttrDict.SetItem(new PyStr(name), value); return; }
        if (!cls.HasDict)
            throw Ops.AttributeError(attr != null
                ? $"'{cls.Name}' object attribute '{name}' is read-only"
                : $"'{cls.TpName}' object has no attribute '{name}'");
        StoreSlot(name, value);
    }

    public void StoreSlot(string name, PyObject value)
    {
        int i = Shape.IndexOf(name);
        if (i < 0)
        {
            i = Shape.Count;
            EnsureSlot(i);
            Shape = Shape.With(name);
        }
        SetSlot(i, value);
    }

    public override void DelAttr(string name)
    {
        var hook = Class.DelAttrHook;
        if (hook != null) { hook.Call2(this, new PyStr(name)); return; }
        GenericDelAttr(name);
    }

    public void GenericDelAttr(string name)
    {
        var attr = Class.Lookup(name);
        if (attr != null && attr is not PyFunction and not PyMemberDescriptor && Descriptors.TryDelete(attr, this)) return;
        if (AttrDict != null && attr is not PyMemberDescriptor)
        {
            if (AttrDict.Table.Remove(new PyStr(name), out _)) return;
            throw Ops.AttributeErrorFor(this, name);
        }
        int i = Shape.IndexOf(name);
        if (i < 0 || GetSlot(i) == null)
        {
            // An unset __slots__ member says only its name, as CPython's member descriptor does.
            if (attr is PyMemberDescriptor) throw Ops.AttributeError(name);
            if (attr != null && attr is not PyMemberDescriptor && !Class.HasDict)
                throw Ops.AttributeError($"'{Class.Name}' object attribute '{name}' is read-only");
            throw Ops.AttributeErrorFor(this, name);
        }
        SetSlot(i, null);
    }

    /// <summary>The instance dict (switching the instance to dict mode on first use).</summary>
    public PyDict GetDict()
    {
        if (AttrDict != null) return AttrDict;
        var d = new PyDict();
        var oldShape = Shape;
        var oldSlots = SlotValues();
        var shape = Class.DictShape;
        var slots = new List<PyObject?>();
        foreach (var n in oldShape.Names())
        {
            var v = oldSlots[oldShape.IndexOf(n)];
            if (v == null) continue;
            if (Class.Lookup(n) is PyMemberDescriptor) { shape = shape.With(n); slots.Add(v); }
            else d.SetItem(Builtins.Intern(n), v);
        }
        ResetSlots(slots.ToArray());
        Shape = shape;
        AttrDict = d;
        return d;
    }

    public void SetDict(PyObject value)
    {
        if (value is not PyDict d)
            throw Ops.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.TpName}'");
        GetDict();
        AttrDict = d;
    }

    /// <summary><c>obj.__class__ = cls</c>: only between user classes with the same instance layout.</summary>
    public void SetClass(PyObject value)
    {
        if (value is not PyType t)
            throw Ops.TypeError($"__class__ must be set to a class, not '{value.Type.TpName}' object");
        if (!t.IsUserDefined || !Class.IsUserDefined)
            throw Ops.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        ClassReassignment.CheckCompatible(Class, t, "__class__");
        if (t.HasDict != Class.HasDict || (BaseValue == null) != (t.BaseValueType() == null)
            || this is PyBaseException != t.IsSubtypeOf(ExceptionTypes.BaseException))
            throw Ops.TypeError($"__class__ assignment: '{t.Name}' object layout differs from '{Class.Name}'");
        var names = Shape.Names().ToArray();
        var old = SlotValues();
        var oldShape = Shape;
        var shape = AttrDict != null ? t.DictShape : t.RootShape;
        var slots = new PyObject?[names.Length];
        foreach (var n in names)
        {
            shape = shape.With(n);
            slots[shape.Count - 1] = old[oldShape.IndexOf(n)];
        }
        Class = t;
        ResetSlots(slots);
        Shape = shape;
    }

    // ---- protocols: Python methods on the class first, then the built-in value, then object's defaults ----

    private PyObject? Special(int slot, string name) => Class.LookupSpecial(slot, name);

    public string DefaultRepr()
    {
        var module = Class.ModuleName;
        return module == "builtins" ? $"<{Class.QualName} object at 0x{Ops.Id(this):x}>"
            : $"<{module}.{Class.QualName} object at 0x{Ops.Id(this):x}>";
    }

    public override string Repr()
    {
        var m = Special(SpecialSlot.Repr, "__repr__");
        if (m != null) return Ops.ExpectStr(m.Call1(this), "__repr__");
        if (BaseValue is PySet set) return set.ReprAs(Class.Name);
        if (BaseValue != null) return BaseValue.Repr();
        return DefaultRepr();
    }

    public override string Str()
    {
        var m = Special(SpecialSlot.Str, "__str__");
        if (m != null) return Ops.ExpectStr(m.Call1(this), "__str__");
        if (BaseValue is PyStr s) return s.Value;
        return Repr();
    }

    public override bool IsTrue()
    {
        var m = Special(SpecialSlot.Bool, "__bool__");
        if (m != null)
        {
            var r = m.Call1(this);
            if (r is PyBool b) return b.Value;
            throw Ops.TypeError($"__bool__ should return bool, returned {r.Type.TpName}");
        }
        m = Special(SpecialSlot.Len, "__len__");
        if (m != null) return Len() != 0;
        if (BaseValue != null) return BaseValue.IsTrue();
        return true;
    }

    public override long Len()
    {
        var m = Special(SpecialSlot.Len, "__len__");
        if (m == null) return BaseValue != null ? BaseValue.Len() : base.Len();
        var r = m.Call1(this);
        if (r is not PyInt && r is not PyBigInt && r is not PyBool && r is not PyInstance { BaseValue: PyInt or PyBigInt })
            throw Ops.TypeError($"'{r.Type.TpName}' object cannot be interpreted as an integer");
        long n = Ops.Index(r);
        if (n < 0) throw Ops.ValueError("__len__() should return >= 0");
        return n;
    }

    public override long Hash()
    {
        var h = Class.LookupWithOwner("__hash__", out var owner);
        if (h == PyNone.Instance) throw Ops.TypeError($"unhashable type: '{Class.Name}'");
        if (h != null && owner!.IsUserDefined)
        {
            var r = h.Call1(this);
            if (r is not PyInt && r is not PyBigInt && r is not PyBool && r is not PyInstance { BaseValue: PyInt or PyBigInt })
                throw Ops.TypeError("__hash__ method should return an integer");
            // An int that fits is the hash itself; a bigger one is reduced as hash(int) does.
            r = Unwrap(r);
            var n = r is PyInt pi ? pi.Value : Ops.Hash(r);
            return n == -1 ? -2 : n;
        }
        if (BaseValue != null) return BaseValue.Hash();
        return base.Hash();
    }

    public override PyObject GetItem(PyObject key)
    {
        var m = Special(SpecialSlot.GetItem, "__getitem__");
        if (m != null) return m.Call2(this, key);
        if (BaseValue is PyDict d)
        {
            var v = d.TryGet(key);
            if (v != null) return v;
            var missing = Class.LookupSpecial(SpecialSlot.Missing, "__missing__");
            if (missing != null) return missing.Call2(this, key);
            throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, key));
        }
        if (BaseValue != null) return BaseValue.GetItem(key);
        return base.GetItem(key);
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        var m = Special(SpecialSlot.SetItem, "__setitem__");
        if (m != null) { m.Call3(this, key, value); return; }
        if (BaseValue != null) { BaseValue.SetItem(key, value); return; }
        base.SetItem(key, value);
    }

    public override void DelItem(PyObject key)
    {
        var m = Special(SpecialSlot.DelItem, "__delitem__");
        if (m != null) { m.Call2(this, key); return; }
        if (BaseValue != null) { BaseValue.DelItem(key); return; }
        base.DelItem(key);
    }

    public override PyIterator Iter()
    {
        var m = Special(SpecialSlot.Iter, "__iter__");
        if (m == null)
        {
            if (BaseValue != null)
            {
                // A subclass of a built-in iterator (class E(enumerate)) may override __next__.
                if (BaseValue is PyIterator && Type.LookupOverride("__next__") != null) return new NextMethodIterator(this);
                return BaseValue.Iter();
            }
            if (Special(SpecialSlot.GetItem, "__getitem__") != null) return new SequenceIterator(this);
            return base.Iter();
        }
        var it = m.Call1(this);
        if (it is PyIterator pi) return pi;
        if (it.Type.Lookup("__next__") == null)
            throw Ops.TypeError($"iter() returned non-iterator of type '{it.Type.TpName}'");
        return new NextMethodIterator(it);
    }

    public override bool Contains(PyObject item)
    {
        var m = Special(SpecialSlot.Contains, "__contains__");
        if (m != null) return Ops.IsTrue(m.Call2(this, item));
        if (BaseValue != null && Special(SpecialSlot.Iter, "__iter__") == null) return BaseValue.Contains(item);
        return base.Contains(item);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        var m = Special(SpecialSlot.CompareBase + (int)op, Ops.CompareDunder(op));
        if (m != null) return m.Call2(this, other);
        if (op == CompareOp.Ne)
        {
            // object.__ne__ inverts __eq__ unless that is NotImplemented.
            var eq = Special(SpecialSlot.Eq, "__eq__");
            if (eq != null)
            {
                var r = eq.Call2(this, other);
                return r == PyNotImplemented.Instance ? r : PyBool.Get(!Ops.IsTrue(r));
            }
        }
        if (BaseValue != null) return BaseValue.RichCompare(Unwrap(other), op);
        return base.RichCompare(other, op);
    }

    public override PyObject Call(PyObject[] args, string[]? kwnames)
    {
        var m = Special(SpecialSlot.Call, "__call__");
        if (m == null) return BaseValue != null ? BaseValue.Call(args, kwnames) : base.Call(args, kwnames);
        var full = new PyObject[args.Length + 1];
        full[0] = this;
        Array.Copy(args, 0, full, 1, args.Length);
        return m.Call(full, kwnames);
    }
}
