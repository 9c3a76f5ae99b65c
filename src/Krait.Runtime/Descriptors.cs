namespace Krait.Runtime;

/// <summary>The descriptor protocol: which class attributes are data descriptors (they win over the instance's
/// own attributes) and how a class attribute is read, written and deleted through an instance or a class.</summary>
public static class Descriptors
{
    public static bool IsData(PyObject attr) => attr switch
    {
        PyProperty or PyMemberDescriptor or PyGetSetDescriptor => true,
        PyInstance i => i.Class.Lookup("__set__") != null || i.Class.Lookup("__delete__") != null,
        _ => false,
    };

    /// <summary>attr.__get__(obj, type) for a data descriptor.</summary>
    public static PyObject Get(PyObject attr, PyObject obj, PyType type)
    {
        switch (attr)
        {
            case PyProperty p: return p.Get(obj);
            case PyMemberDescriptor m: return m.Get(obj);
            case PyGetSetDescriptor g: return g.Get(obj);
        }
        var get = attr.Type.Lookup("__get__");
        return get == null ? attr : get.Call3(attr, obj, type);
    }

    /// <summary>Stores through a data descriptor; false when <paramref name="attr"/> is not one.</summary>
    public static bool TrySet(PyObject attr, PyObject obj, PyObject value)
    {
        switch (attr)
        {
            case PyProperty p: p.Set(obj, value); return true;
            case PyMemberDescriptor m: m.Set(obj, value); return true;
            case PyGetSetDescriptor g: g.Set(obj, value); return true;
            case PyInstance i:
                var set = i.Class.Lookup("__set__");
                if (set != null) { set.Call3(attr, obj, value); return true; }
                if (i.Class.Lookup("__delete__") != null) throw Ops.AttributeError("__set__");
                return false;
        }
        return false;
    }

    public static bool TryDelete(PyObject attr, PyObject obj)
    {
        switch (attr)
        {
            case PyProperty p: p.Delete(obj); return true;
            case PyMemberDescriptor m: m.Delete(obj); return true;
            case PyGetSetDescriptor g: g.Set(obj, null); return true;
            case PyInstance i:
                var del = i.Class.Lookup("__delete__");
                if (del != null) { del.Call2(attr, obj); return true; }
                if (i.Class.Lookup("__set__") != null) throw Ops.AttributeError("__delete__");
                return false;
        }
        return false;
    }

    /// <summary>A class attribute read through the class itself (C.attr): functions stay plain, classmethods
    /// bind to the class, staticmethods unwrap, user descriptors get <c>__get__(None, C)</c>.</summary>
    public static PyObject BindForClass(PyObject attr, PyType cls)
    {
        switch (attr)
        {
            case PyFunction: return attr;
            case PyClassMethod cm: return ClassMethodGet(cm, cls);
            case PyStaticMethod sm: return sm.Function;
            case PyInstance i:
                var get = i.Class.Lookup("__get__");
                return get == null ? attr : get.Call3(attr, PyNone.Instance, cls);
        }
        return attr;
    }

    /// <summary>classmethod.__get__: binds the function to the class (a wrapped descriptor's own __get__ is
    /// used, as 3.11 chains them).</summary>
    public static PyObject ClassMethodGet(PyClassMethod cm, PyType cls)
    {
        var f = cm.Function;
        if (f is PyInstance i && i.Class.Lookup("__get__") is { } get) return get.Call3(f, cls, cls.Type);
        if (f is PyProperty p) return p.Get(cls);
        return new PyBoundMethod(f, cls);
    }
}

/// <summary>A <c>__slots__</c> entry: the value lives in the instance's shape slots like other attributes, but
/// the class lists the name, so it is allowed without a <c>__dict__</c>.</summary>
public sealed class PyMemberDescriptor : PyObject
{
    public static readonly PyType MemberDescriptorType = new("member_descriptor", new[] { PyType.ObjectType });
    public readonly string Name;
    public readonly PyType Owner;
    public PyMemberDescriptor(string name, PyType owner) { Name = name; Owner = owner; }
    public override PyType Type => MemberDescriptorType;
    public override string Repr() => $"<member '{Name}' of '{Owner.TpName}' objects>";

    private PyInstance Check(PyObject obj) =>
        obj is PyInstance i && obj.Type.IsSubtypeOf(Owner) ? i
        : throw Ops.TypeError($"descriptor '{Name}' for '{Owner.TpName}' objects doesn't apply to a '{obj.Type.TpName}' object");

    public PyObject Get(PyObject obj)
    {
        var inst = Check(obj);
        int i = inst.Shape.IndexOf(Name);
        if (i >= 0 && inst.GetSlot(i) is { } v) return v;
        throw Ops.AttributeErrorFor(obj, Name);
    }

    public void Set(PyObject obj, PyObject value) => Check(obj).StoreSlot(Name, value);

    public void Delete(PyObject obj)
    {
        var inst = Check(obj);
        int i = inst.Shape.IndexOf(Name);
        if (i < 0 || inst.GetSlot(i) == null) throw Ops.AttributeError(Name);
        inst.SetSlot(i, null);
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "__name__": value = new PyStr(Name); return true;
            case "__objclass__": value = Owner; return true;
            case "__qualname__": value = new PyStr(Owner.QualName + "." + Name); return true;
            case "__get__": value = DescriptorMethods.Getter(this, Name, Owner, Get); return true;
            case "__set__": value = DescriptorMethods.Setter(this, Name, Owner, Set); return true;
            case "__delete__": value = DescriptorMethods.Deleter(this, Name, Owner, Delete); return true;
        }
        return base.TryGetAttr(name, out value);
    }
}

/// <summary>A computed attribute of a built-in layout (<c>__dict__</c>, <c>__weakref__</c>, <c>__class__</c>).</summary>
public sealed class PyGetSetDescriptor : PyObject
{
    public static readonly PyType GetSetDescriptorType = new("getset_descriptor", new[] { PyType.ObjectType });
    public readonly string Name;
    public readonly PyType Owner;
    private readonly Func<PyObject, PyObject> _get;
    private readonly Action<PyObject, PyObject?>? _set;

    public PyGetSetDescriptor(string name, PyType owner, Func<PyObject, PyObject> get, Action<PyObject, PyObject?>? set)
    {
        Name = name; Owner = owner; _get = get; _set = set;
    }

    /// <summary>Shown as a member_descriptor (a C struct field in CPython: complex.real, range.start); read-only
    /// ones say "readonly attribute" when written.</summary>
    public bool IsMember;

    /// <summary>A read-only field of a built-in type; <paramref name="get"/> sees the plain value (a user
    /// subclass instance's base value).</summary>
    public static PyGetSetDescriptor Member(string name, PyType owner, Func<PyObject, PyObject> get) =>
        new(name, owner, o => get(PyInstance.Unwrap(o)), null) { IsMember = true };

    public override PyType Type => IsMember ? PyMemberDescriptor.MemberDescriptorType : GetSetDescriptorType;
    public override string Repr() => IsMember ? $"<member '{Name}' of '{Owner.TpName}' objects>" : $"<attribute '{Name}' of '{Owner.TpName}' objects>";
    public PyObject Get(PyObject obj) => _get(obj);
    public bool Writable => _set != null;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "__name__": value = new PyStr(Name); return true;
            case "__objclass__": value = Owner; return true;
            case "__qualname__": value = new PyStr(Owner.QualName + "." + Name); return true;
            case "__get__": value = DescriptorMethods.Getter(this, Name, Owner, Get); return true;
            case "__set__": value = DescriptorMethods.Setter(this, Name, Owner, (o, v) => Set(o, v)); return true;
            case "__delete__": value = DescriptorMethods.Deleter(this, Name, Owner, o => Set(o, null)); return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public void Set(PyObject obj, PyObject? value)
    {
        if (_set == null && IsMember) throw Ops.AttributeError("readonly attribute");
        if (_set == null)
            throw Ops.AttributeError($"attribute '{Name}' of '{Owner.TpName}' objects is not writable");
        _set(obj, value);
    }
}

/// <summary>A read-only view of a class's dict (<c>C.__dict__</c>).</summary>
public sealed class PyMappingProxy : PyObject
{
    public static readonly PyType MappingProxyType = PyMappingProxyOf.WithConstructor(new("mappingproxy", new[] { PyType.ObjectType }));
    private readonly Dictionary<string, PyObject> _d;
    public PyMappingProxy(Dictionary<string, PyObject> d) { _d = d; }
    public override PyType Type => MappingProxyType;

    public PyDict ToDict()
    {
        var r = new PyDict();
        foreach (var kv in _d) r.SetItem(new PyStr(kv.Key), kv.Value);
        return r;
    }

    public override string Repr() => "mappingproxy(" + ToDict().Repr() + ")";
    public override long Len() => _d.Count;
    public override PyIterator Iter() => ToDict().Iter();
    public override bool Contains(PyObject item) => item is PyStr s && _d.ContainsKey(s.Value);

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyStr s && _d.TryGetValue(s.Value, out var v)) return v;
        throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, key));
    }

    public override void SetItem(PyObject key, PyObject value) =>
        throw Ops.TypeError("'mappingproxy' object does not support item assignment");

    public override PyObject RichCompare(PyObject other, CompareOp op) =>
        ToDict().RichCompare(other is PyMappingProxy p ? p.ToDict() : other, op);

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "keys": value = new PyBuiltinFunction("keys", (a, k) => new PyDictView(ToDict(), DictIterator.Kind.Keys)); return true;
            case "values": value = new PyBuiltinFunction("values", (a, k) => new PyDictView(ToDict(), DictIterator.Kind.Values)); return true;
            case "items": value = new PyBuiltinFunction("items", (a, k) => new PyDictView(ToDict(), DictIterator.Kind.Items)); return true;
            case "copy": value = new PyBuiltinFunction("copy", (a, k) => ToDict()); return true;
            case "get":
                value = new PyBuiltinFunction("get", (a, k) =>
                    a.Length > 0 && a[0] is PyStr s && _d.TryGetValue(s.Value, out var v) ? v : a.Length > 1 ? a[1] : PyNone.Instance);
                return true;
        }
        return base.TryGetAttr(name, out value);
    }
}
