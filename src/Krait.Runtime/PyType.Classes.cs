using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>The class machinery of <see cref="PyType"/>: attribute access on classes (with metaclasses),
/// calling a class (type.__call__: __new__ then __init__), per-version hooks, __slots__/__dict__ layout.</summary>
public sealed partial class PyType
{
    /// <summary>The metaclass when it is not <c>type</c>.</summary>
    public PyType? Metatype;
    public string QualName;
    /// <summary>Built-in types: makes an instance from call arguments (int(...), list(...)).</summary>
    public Func<PyObject[], string[]?, PyObject>? Constructor;
    /// <summary>Whether instances take arbitrary attributes (false with <c>__slots__</c> and no <c>__dict__</c>
    /// all along the MRO, and for built-in types).</summary>
    public bool HasDict;
    /// <summary>A true <c>__abstractmethods__</c> was assigned (<see cref="AbstractClasses"/>): object's
    /// <c>__new__</c> refuses to make instances.</summary>
    public bool IsAbstract;
    private Shape? _dictShape;
    /// <summary>The root shape of instances in dict mode; attribute caches never hold it.</summary>
    public Shape DictShape => _dictShape ??= new Shape(this);

    private int _flagsVersion;
    private PyObject? _getAttribute, _getAttr, _setAttr, _delAttr;
    private bool _plainNew;
    /// <summary>With <see cref="_plainNew"/>: the Python <c>__init__</c> a call runs (null when it is not a
    /// Python function), whether <c>__init__</c> is object's, and whether instances are plain
    /// <see cref="PyInstance"/>s made without the allocator delegate. Cached per version so creating an
    /// instance does no MRO lookup.</summary>
    private PyFunction? _plainInit;
    private bool _objectInit, _plainAlloc;

    /// <summary>User-defined <c>__getattribute__</c>, <c>__getattr__</c>, <c>__setattr__</c>, <c>__delattr__</c>
    /// (null when inherited from a built-in type); recomputed when the version changes.</summary>
    public PyObject? GetAttributeHook { get { RefreshFlags(); return _getAttribute; } }
    public PyObject? GetAttrHook { get { RefreshFlags(); return _getAttr; } }
    public PyObject? SetAttrHook { get { RefreshFlags(); return _setAttr; } }
    public PyObject? DelAttrHook { get { RefreshFlags(); return _delAttr; } }

    /// <summary>Whether attribute access on instances can use the shape caches (no __getattribute__ or
    /// __setattr__ override).</summary>
    public bool PlainGetAttr { get { RefreshFlags(); return _getAttribute == null; } }
    public bool PlainSetAttr { get { RefreshFlags(); return _setAttr == null; } }

    /// <summary>Whether a Python class along the MRO defines <c>__del__</c> (instances are then finalizable).</summary>
    public bool HasFinalizer { get { RefreshFlags(); return _hasFinalizer; } }
    private bool _hasFinalizer;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void RefreshFlags()
    {
        if (_flagsVersion != Version) RecomputeFlags();
    }

    private void RecomputeFlags()
    {
        _hasFinalizer = LookupOverride("__del__") != null;
        _getAttribute = LookupOverride("__getattribute__");
        _getAttr = LookupOverride("__getattr__");
        _setAttr = LookupOverride("__setattr__");
        _delAttr = LookupOverride("__delattr__");
        // FindNew, not Lookup: a built-in base with a constructor (io.StringIO, ...) gets its __new__ only on
        // first use, and its subclasses must not be allocated as plain instances without the built-in value.
        _plainNew = Constructor == null && Allocator != null && !IsAbstract && ObjectModel.FindNew(this) == ObjectModel.ObjectNew
            && (Metatype == null || Metatype.LookupOverride("__call__") == null);
        var init = _plainNew ? Lookup("__init__") : null;
        _plainInit = init as PyFunction;
        _objectInit = init == ObjectModel.ObjectInit;
        _plainAlloc = Allocator == ObjectType.Allocator && !_hasFinalizer;
        _flagsVersion = Version;
    }

    /// <summary>Looks <paramref name="name"/> up along the MRO and says which class defines it.</summary>
    public PyObject? LookupWithOwner(string name, out PyType? owner)
    {
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
            if (mro[i].Dict.TryGetValue(name, out var v)) { owner = mro[i]; return v; }
        owner = null;
        return null;
    }

    /// <summary>The attribute when Python code defines it (the first class along the MRO having it is a user
    /// class); null when absent or when a built-in type provides it, so the native behaviour applies.</summary>
    public PyObject? LookupOverride(string name)
    {
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
            if (mro[i].Dict.TryGetValue(name, out var v)) return mro[i].IsUserDefined ? v : null;
        return null;
    }

    /// <summary>The nearest built-in base whose instances carry a value (list, int, ...): what a user
    /// subclass instance keeps in <see cref="PyInstance.BaseValue"/>; null for plain classes.</summary>
    public PyType? BaseValueType()
    {
        foreach (var t in Mro)
            if (!t.IsUserDefined && t != ObjectType && t != TypeType && (t.Constructor != null || t.Dict.ContainsKey("__new__"))
                && !t.IsSubtypeOf(ExceptionTypes.BaseException))
                return t;
        return null;
    }

    public string ModuleName => Dict.TryGetValue("__module__", out var m) && m is PyStr s ? s.Value : Module;

    // ---- attributes of classes ----

    public override bool TryGetAttr(string name, out PyObject value)
    {
        try { return TypeGetAttr(name, out value); }
        catch (PythonException e) when (e.Value.Class.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            value = null!;
            return false;
        }
    }

    public override PyObject GetAttr(string name)
    {
        if (TypeGetAttr(name, out var v)) return v;
        var meta = Type;
        var hook = meta.LookupOverride("__getattr__");
        if (hook != null) return hook.Call2(this, new PyStr(name));
        throw Ops.AttributeError($"type object '{TpName}' has no attribute '{name}'", this, name);
    }

    /// <summary>type.__getattribute__: data descriptors of the metaclass, then the class's MRO (descriptors
    /// bound for the class), then other metaclass attributes bound to the class.</summary>
    private bool TypeGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "__name__": value = new PyStr(Name); return true;
            case "__qualname__": value = new PyStr(QualName); return true;
            case "__module__":
                // A built-in type's dict may hold a __module__ descriptor for its instances (function).
                value = Dict.TryGetValue(name, out var mod) && (IsUserDefined || mod is PyStr) ? mod : new PyStr(Module);
                return true;
            case "__doc__":
                value = Dict.TryGetValue(name, out var doc) ? doc : PyNone.Instance;
                if (doc is PyInstance di && di.Class.Lookup("__get__") is { } dg) value = dg.Call3(doc, PyNone.Instance, this);
                return true;
            case "__mro__": value = new PyTuple(Mro.Cast<PyObject>().ToArray()); return true;
            case "__bases__": value = new PyTuple(Bases.Cast<PyObject>().ToArray()); return true;
            case "__base__": value = Bases.Length == 0 ? PyNone.Instance : SolidBase(); return true;
            case "__dict__": value = new PyMappingProxy(Dict); return true;
            case "__class__": value = Type; return true;
            case AbstractClasses.Name: value = AbstractClasses.Get(this); return true;
            case ClassAnnotations.Name: value = ClassAnnotations.Get(this); return true;
        }
        var meta = Type;
        var metaAttr = meta.Lookup(name);
        if (metaAttr != null && metaAttr is not PyFunction && Descriptors.IsData(metaAttr))
        {
            value = Descriptors.Get(metaAttr, this, meta);
            return true;
        }
        var own = Lookup(name);
        if (own != null)
        {
            value = Descriptors.BindForClass(own, this);
            return true;
        }
        if (metaAttr != null)
        {
            value = Ops.BindDescriptor(metaAttr, this);
            return true;
        }
        value = null!;
        return false;
    }

    private PyObject SolidBase()
    {
        foreach (var b in Bases) if (!b.IsUserDefined && b != ObjectType) return b;
        return Bases[0];
    }

    public override void SetAttr(string name, PyObject value)
    {
        var meta = Type;
        if (meta != TypeType)
        {
            var hook = meta.LookupOverride("__setattr__");
            if (hook != null) { hook.Call3(this, new PyStr(name), value); return; }
        }
        TypeSetAttr(name, value);
    }

    public void TypeSetAttr(string name, PyObject value)
    {
        if (!IsUserDefined)
            throw Ops.TypeError($"cannot set '{name}' attribute of immutable type '{Name}'");
        var metaAttr = Type.Lookup(name);
        if (metaAttr != null && metaAttr is not PyFunction && Descriptors.TrySet(metaAttr, this, value)) return;
        switch (name)
        {
            case "__name__":
                Name = value is PyStr n ? n.Value : throw Ops.TypeError($"can only assign string to {Name}.__name__, not '{value.Type.TpName}'");
                return;
            case "__qualname__":
                QualName = value is PyStr q ? q.Value : throw Ops.TypeError($"can only assign string to {Name}.__qualname__, not '{value.Type.TpName}'");
                return;
            case "__bases__": ClassReassignment.SetBases(this, value); return;
            case "__dict__": throw Ops.AttributeError("attribute '__dict__' of 'type' objects is not writable");
            case AbstractClasses.Name: AbstractClasses.Set(this, value); return;
            case ClassAnnotations.Name: ClassAnnotations.Set(this, value); return;
        }
        Dict[name] = value;
        Changed();
    }

    public override void DelAttr(string name)
    {
        if (name == "__bases__") ClassReassignment.SetBases(this, null);
        if (!IsUserDefined)
            // CPython's getset setters say "set" for deletions too.
            throw Ops.TypeError($"cannot {(name is AbstractClasses.Name or ClassAnnotations.Name ? "set" : "delete")} '{name}' attribute of immutable type '{Name}'");
        if (name == AbstractClasses.Name) { AbstractClasses.Delete(this); return; }
        if (name == ClassAnnotations.Name) { ClassAnnotations.Set(this, null); return; }
        if (!Dict.Remove(name))
            throw Ops.AttributeError($"type object '{TpName}' has no attribute '{name}'");
        Changed();
    }

    public override string Repr()
    {
        var meta = Metatype;
        if (meta != null)
        {
            var m = meta.LookupOverride("__repr__");
            if (m != null) return Ops.ExpectStr(m.Call1(this), "__repr__");
        }
        return DefaultRepr();
    }

    public string DefaultRepr()
    {
        var module = ModuleName;
        return module == "builtins" ? $"<class '{QualName}'>" : $"<class '{module}.{QualName}'>";
    }

    public override string Str()
    {
        var meta = Metatype;
        if (meta != null)
        {
            var m = meta.LookupOverride("__str__");
            if (m != null) return Ops.ExpectStr(m.Call1(this), "__str__");
        }
        return Repr();
    }

    public override long Hash() => RuntimeHelpers.GetHashCode(this);

    // Protocols a metaclass may define for its classes; a class subscript falls back to __class_getitem__.
    public override PyObject GetItem(PyObject key)
    {
        var m = Metatype?.LookupOverride("__getitem__");
        if (m != null) return m.Call2(this, key);
        // type[int] is special-cased (type has no __class_getitem__ of its own, so its subclasses are not subscriptable).
        if (this == TypeType) return new PyGenericAlias(this, key);
        var cg = Lookup("__class_getitem__");
        if (cg != null) return Descriptors.BindForClass(cg, this).Call1(key);
        throw Ops.TypeError($"type '{Name}' is not subscriptable");
    }

    public override PyIterator Iter()
    {
        var m = Metatype?.LookupOverride("__iter__");
        if (m == null) return base.Iter();
        var it = m.Call1(this);
        return it as PyIterator ?? new NextMethodIterator(it);
    }

    public override long Len()
    {
        var m = Metatype?.LookupOverride("__len__");
        return m == null ? base.Len() : Ops.Index(m.Call1(this));
    }

    public override bool Contains(PyObject item)
    {
        var m = Metatype?.LookupOverride("__contains__");
        return m == null ? base.Contains(item) : Ops.IsTrue(m.Call2(this, item));
    }

    public override bool IsTrue()
    {
        var m = Metatype?.LookupOverride("__bool__") ?? Metatype?.LookupOverride("__len__");
        if (m == null) return true;
        return Metatype!.LookupOverride("__bool__") != null ? Ops.IsTrue(m.Call1(this)) : Len() != 0;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        var m = Metatype?.LookupOverride(Ops.CompareDunder(op));
        return m == null ? base.RichCompare(other, op) : m.Call2(this, other);
    }

    public List<PyType> Subclasses()
    {
        var r = new List<PyType>();
        foreach (var w in _subclasses)
            if (w.TryGetTarget(out var t)) r.Add(t);
        return r;
    }

    // ---- calling a class ----

    public override PyObject Call(PyObject[] args, string[]? kwnames)
    {
        if (this == TypeType)
        {
            int np = args.Length - (kwnames?.Length ?? 0);
            if (np == 1 && kwnames == null) return args[0].Type;
            if (np != 3) throw Ops.TypeError("type() takes 1 or 3 arguments");
        }
        var meta = Metatype;
        if (meta != null)
        {
            var call = meta.LookupOverride("__call__");
            if (call != null) return call.Call(ObjectModel.Prepend(this, args), kwnames);
        }
        return CallType(args, kwnames);
    }

    /// <summary>type.__call__: <c>__new__</c>, then <c>__init__</c> when the result is an instance of this class.</summary>
    public PyObject CallType(PyObject[] args, string[]? kwnames)
    {
        if (Constructor != null) return Constructor(args, kwnames);
        var newer = ObjectModel.FindNew(this);
        PyObject obj;
        bool excess = args.Length > 0;
        if (newer == ObjectModel.ObjectNew)
        {
            if (excess && Lookup("__init__") == ObjectModel.ObjectInit)
                throw Ops.TypeError($"{Name}() takes no arguments");
            if (Allocator == null) throw Ops.TypeError($"cannot create '{Name}' instances");
            if (IsAbstract) throw AbstractClasses.InstantiationError(this);
            obj = Allocator(this);
        }
        else obj = newer.Call(ObjectModel.Prepend(this, args), kwnames);
        if (!obj.Type.IsSubtypeOf(this)) return obj;
        var init = obj.Type.Lookup("__init__");
        if (init == null || init == ObjectModel.ObjectInit) return obj;
        var r = init is PyMethodDescriptor md ? md.CallWithSelf(obj, args, kwnames) : init.Call(ObjectModel.Prepend(obj, args), kwnames);
        if (r != PyNone.Instance) throw InitReturned(r);
        return obj;
    }

    private static PythonException InitReturned(PyObject r) =>
        Ops.TypeError($"__init__() should return None, not '{r.Type.TpName}'");

    /// <summary>A new instance of a plain class (object's <c>__new__</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private PyObject NewPlain() => _plainAlloc ? new PyInstance(this) : Allocator!(this);

    public override PyObject Call0()
    {
        RefreshFlags();
        if (_plainNew)
        {
            if (_objectInit) return NewPlain();
            if (_plainInit is { } f)
            {
                var obj = NewPlain();
                var r = f.Call1(obj);
                if (r != PyNone.Instance) throw InitReturned(r);
                return obj;
            }
        }
        return Call(Array.Empty<PyObject>(), null);
    }

    public override PyObject Call1(PyObject a)
    {
        RefreshFlags();
        if (_plainNew && _plainInit is { } f)
        {
            var obj = NewPlain();
            var r = f.Call2(obj, a);
            if (r != PyNone.Instance) throw InitReturned(r);
            return obj;
        }
        return Call(new[] { a }, null);
    }

    public override PyObject Call2(PyObject a, PyObject b)
    {
        RefreshFlags();
        if (_plainNew && _plainInit is { } f)
        {
            var obj = NewPlain();
            var r = f.Call3(obj, a, b);
            if (r != PyNone.Instance) throw InitReturned(r);
            return obj;
        }
        return Call(new[] { a, b }, null);
    }

    public override PyObject Call3(PyObject a, PyObject b, PyObject c)
    {
        RefreshFlags();
        if (_plainNew && _plainInit is { } f)
        {
            var obj = NewPlain();
            var r = f.Call4(obj, a, b, c);
            if (r != PyNone.Instance) throw InitReturned(r);
            return obj;
        }
        return Call(new[] { a, b, c }, null);
    }
}
