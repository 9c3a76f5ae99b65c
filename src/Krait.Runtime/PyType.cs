using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>A Python class. Its dict is keyed by .NET strings (class dicts are almost always str-keyed); the
/// version tag changes whenever this type or a base changes, so attribute caches check one integer.</summary>
public sealed class PyType : PyObject
{
    private static int s_nextVersion = 1;

    public string Name;
    public string Module = "builtins";
    public PyType[] Bases;
    public PyType[] Mro = Array.Empty<PyType>();
    public readonly Dictionary<string, PyObject> Dict = new();
    public int Version;
    /// <summary>Makes an instance for <c>__new__</c>: inherited from the nearest built-in base.</summary>
    public Func<PyType, PyObject>? Allocator;
    public readonly Shape RootShape;
    public bool IsUserDefined;
    private int _flagsVersion;
    private bool _customGetAttribute, _customSetAttr;

    /// <summary>Whether attribute access on instances can use the shape caches (no __getattribute__ or
    /// __setattr__ override); recomputed when the version changes.</summary>
    public bool PlainGetAttr { get { RefreshFlags(); return !_customGetAttribute; } }
    public bool PlainSetAttr { get { RefreshFlags(); return !_customSetAttr; } }

    private void RefreshFlags()
    {
        if (_flagsVersion == Version) return;
        _customGetAttribute = Lookup("__getattribute__") != null;
        _customSetAttr = Lookup("__setattr__") != null;
        _flagsVersion = Version;
    }
    private readonly List<WeakReference<PyType>> _subclasses = new();

    public PyType(string name, PyType[] bases, bool userDefined = false)
    {
        Name = name;
        Bases = bases;
        IsUserDefined = userDefined;
        RootShape = new Shape(this);
        Mro = ComputeMro();
        foreach (var b in bases) b._subclasses.Add(new WeakReference<PyType>(this));
        foreach (var b in bases)
            if (b.Allocator != null) { Allocator = b.Allocator; break; }
        Version = s_nextVersion++;
    }

    public override PyType Type => TypeType;

    public void Changed()
    {
        Version = s_nextVersion++;
        foreach (var w in _subclasses)
            if (w.TryGetTarget(out var t)) t.Changed();
    }

    private PyType[] ComputeMro()
    {
        // C3 linearization.
        var seqs = new List<List<PyType>>();
        foreach (var b in Bases) seqs.Add(new List<PyType>(b.Mro.Length == 0 ? new[] { b } : b.Mro));
        seqs.Add(new List<PyType>(Bases));
        var result = new List<PyType> { this };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) break;
            PyType? candidate = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                bool inTail = false;
                foreach (var t in seqs)
                    for (int i = 1; i < t.Count; i++)
                        if (t[i] == head) { inTail = true; break; }
                if (!inTail) { candidate = head; break; }
            }
            if (candidate == null)
            {
                var names = string.Join(", ", Bases.Select(b => b.Name));
                throw Ops.TypeError($"Cannot create a consistent method resolution order (MRO) for bases {names}");
            }
            result.Add(candidate);
            foreach (var s in seqs) if (s[0] == candidate) s.RemoveAt(0);
        }
        return result.ToArray();
    }

    /// <summary>Looks <paramref name="name"/> up along the MRO; null when absent.</summary>
    public PyObject? Lookup(string name)
    {
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
            if (mro[i].Dict.TryGetValue(name, out var v)) return v;
        return null;
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (this == other) return true;
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++) if (mro[i] == other) return true;
        return false;
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "__name__": value = new PyStr(Name); return true;
            case "__qualname__": value = new PyStr(Name); return true;
            case "__module__": if (!Dict.ContainsKey(name)) { value = new PyStr(Module); return true; } break;
            case "__mro__": value = new PyTuple(Mro.Cast<PyObject>().ToArray()); return true;
            case "__bases__": value = new PyTuple(Bases.Cast<PyObject>().ToArray()); return true;
            case "__class__": value = Type; return true;
        }
        var v = Lookup(name);
        if (v != null)
        {
            value = v is PyClassMethod cm ? new PyBoundMethod(cm.Function, this)
                : v is PyStaticMethod sm ? sm.Function : v;
            return true;
        }
        value = null!;
        return false;
    }

    public override PyObject GetAttr(string name)
    {
        if (TryGetAttr(name, out var v)) return v;
        throw Ops.AttributeError($"type object '{Name}' has no attribute '{name}'");
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (!IsUserDefined)
            throw Ops.TypeError($"cannot set '{name}' attribute of immutable type '{Name}'");
        Dict[name] = value;
        Changed();
    }

    public override void DelAttr(string name)
    {
        if (!IsUserDefined || !Dict.Remove(name))
            throw Ops.AttributeError($"type object '{Name}' has no attribute '{name}'");
        Changed();
    }

    public override string Repr() => IsUserDefined || Module != "builtins" ? $"<class '{Module}.{Name}'>" : $"<class '{Name}'>";

    public override long Hash() => RuntimeHelpers.GetHashCode(this);

    public Func<PyObject[], string[]?, PyObject>? Constructor;

    public override PyObject Call(PyObject[] args, string[]? kwnames)
    {
        if (Constructor != null) return Constructor(args, kwnames);
        if (this == TypeType && args.Length == 1 && kwnames == null) return args[0].Type;
        if (Allocator == null) throw Ops.TypeError($"cannot create '{Name}' instances");
        var obj = Allocator(this);
        if (obj is PyBaseException be) be.Args = new PyTuple(kwnames == null ? args : args[..(args.Length - kwnames.Length)]);
        var init = Lookup("__init__");
        if (init is PyFunction)
        {
            var full = new PyObject[args.Length + 1];
            full[0] = obj;
            Array.Copy(args, 0, full, 1, args.Length);
            var r = init.Call(full, kwnames);
            if (r != PyNone.Instance)
                throw Ops.TypeError($"__init__() should return None, not '{r.Type.Name}'");
        }
        else if (obj is not PyBaseException && (args.Length > 0 || kwnames != null))
        {
            throw Ops.TypeError($"{Name}() takes no arguments");
        }
        return obj;
    }

    public override PyObject Call1(PyObject a)
    {
        if (Constructor != null || Allocator == null) return Call(new[] { a }, null);
        var init = Lookup("__init__");
        if (init is PyFunction f)
        {
            var obj = Allocator(this);
            if (obj is PyBaseException be) be.Args = new PyTuple(new[] { a });
            if (f.Call2(obj, a) != PyNone.Instance) throw Ops.TypeError("__init__() should return None");
            return obj;
        }
        return Call(new[] { a }, null);
    }

    public override PyObject Call2(PyObject a, PyObject b)
    {
        if (Constructor != null || Allocator == null) return Call(new[] { a, b }, null);
        var init = Lookup("__init__");
        if (init is PyFunction f)
        {
            var obj = Allocator(this);
            if (obj is PyBaseException be) be.Args = new PyTuple(new[] { a, b });
            if (f.Call3(obj, a, b) != PyNone.Instance) throw Ops.TypeError("__init__() should return None");
            return obj;
        }
        return Call(new[] { a, b }, null);
    }

    // ---- the built-in types ----
    public static readonly PyType ObjectType = MakeObject();
    public static readonly PyType TypeType = new("type", new[] { ObjectType });
    public static readonly PyType IntType = new("int", new[] { ObjectType });
    public static readonly PyType BoolType = new("bool", new[] { IntType });
    public static readonly PyType FloatType = new("float", new[] { ObjectType });
    public static readonly PyType StrType = new("str", new[] { ObjectType });
    public static readonly PyType BytesType = new("bytes", new[] { ObjectType });
    public static readonly PyType ByteArrayType = new("bytearray", new[] { ObjectType });
    public static readonly PyType TupleType = new("tuple", new[] { ObjectType });
    public static readonly PyType ListType = new("list", new[] { ObjectType });
    public static readonly PyType DictType = new("dict", new[] { ObjectType });
    public static readonly PyType SetType = new("set", new[] { ObjectType });
    public static readonly PyType FrozenSetType = new("frozenset", new[] { ObjectType });
    public static readonly PyType RangeType = new("range", new[] { ObjectType });
    public static readonly PyType SliceType = new("slice", new[] { ObjectType });
    public static readonly PyType NoneType = new("NoneType", new[] { ObjectType });
    public static readonly PyType NotImplementedType = new("NotImplementedType", new[] { ObjectType });
    public static readonly PyType EllipsisType = new("ellipsis", new[] { ObjectType });
    public static readonly PyType FunctionType = new("function", new[] { ObjectType });
    public static readonly PyType BuiltinFunctionType = new("builtin_function_or_method", new[] { ObjectType });
    public static readonly PyType MethodType = new("method", new[] { ObjectType });
    public static readonly PyType ModuleType = new("module", new[] { ObjectType });
    public static readonly PyType IteratorType = new("iterator", new[] { ObjectType });
    public static readonly PyType CellType = new("cell", new[] { ObjectType });
    public static readonly PyType SuperType = new("super", new[] { ObjectType });
    public static readonly PyType ClassMethodType = new("classmethod", new[] { ObjectType });
    public static readonly PyType StaticMethodType = new("staticmethod", new[] { ObjectType });
    public static readonly PyType PropertyType = new("property", new[] { ObjectType });

    private static PyType MakeObject()
    {
        var t = new PyType("object", Array.Empty<PyType>());
        t.Allocator = static type => new PyInstance(type);
        return t;
    }
}

/// <summary>Hidden class: which attribute names an instance has and where their values sit. Shapes are rooted
/// per type, so an identical shape implies an identical type.</summary>
public sealed class Shape
{
    public readonly PyType Owner;
    public readonly Shape? Parent;
    public readonly string? Name;
    public readonly int Count;
    private Dictionary<string, int>? _index;
    private Dictionary<string, Shape>? _transitions;

    public Shape(PyType owner) { Owner = owner; }

    private Shape(Shape parent, string name)
    {
        Owner = parent.Owner;
        Parent = parent;
        Name = name;
        Count = parent.Count + 1;
        _index = parent._index == null ? new Dictionary<string, int>() : new Dictionary<string, int>(parent._index);
        _index[name] = parent.Count;
    }

    public int IndexOf(string name) => _index != null && _index.TryGetValue(name, out var i) ? i : -1;

    public Shape With(string name)
    {
        _transitions ??= new Dictionary<string, Shape>();
        if (!_transitions.TryGetValue(name, out var s))
        {
            s = new Shape(this, name);
            _transitions[name] = s;
        }
        return s;
    }

    public IEnumerable<string> Names()
    {
        var names = new string[Count];
        for (var s = this; s.Parent != null; s = s.Parent) names[s.Count - 1] = s.Name!;
        return names;
    }
}

/// <summary>An instance of a user-defined class: attributes by shape plus slot array.</summary>
public class PyInstance : PyObject
{
    public PyType Class;
    public Shape Shape;
    public PyObject?[] Slots;

    public PyInstance(PyType type)
    {
        Class = type;
        Shape = type.RootShape;
        Slots = Array.Empty<PyObject?>();
    }

    public override PyType Type => Class;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        var classAttr = Class.Lookup(name);
        if (classAttr is PyProperty prop) { value = prop.Get(this); return true; }
        int i = Shape.IndexOf(name);
        if (i >= 0 && Slots[i] is { } v) { value = v; return true; }
        if (classAttr != null) { value = Ops.BindDescriptor(classAttr, this); return true; }
        if (name == "__class__") { value = Class; return true; }
        if (name == "__dict__") { value = DictCopy(); return true; }
        var getattr = Class.Lookup("__getattr__");
        if (getattr != null)
        {
            try { value = getattr.Call2(this, new PyStr(name)); return true; }
            catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError)) { }
        }
        value = null!;
        return false;
    }

    private PyDict DictCopy()
    {
        var d = new PyDict();
        foreach (var n in Shape.Names())
        {
            int i = Shape.IndexOf(n);
            if (Slots[i] is { } v) d.SetItem(new PyStr(n), v);
        }
        return d;
    }

    public override void SetAttr(string name, PyObject value)
    {
        var classAttr = Class.Lookup(name);
        if (classAttr is PyProperty prop) { prop.Set(this, value); return; }
        var setattr = Class.Lookup("__setattr__");
        if (setattr != null && setattr is PyFunction)
        {
            setattr.Call3(this, new PyStr(name), value);
            return;
        }
        StoreSlot(name, value);
    }

    public void StoreSlot(string name, PyObject value)
    {
        int i = Shape.IndexOf(name);
        if (i < 0)
        {
            Shape = Shape.With(name);
            i = Shape.Count - 1;
            if (i >= Slots.Length) Array.Resize(ref Slots, Math.Max(4, Slots.Length * 2));
        }
        Slots[i] = value;
    }

    public override void DelAttr(string name)
    {
        int i = Shape.IndexOf(name);
        if (i < 0 || Slots[i] == null)
            throw Ops.AttributeErrorFor(this, name);
        Slots[i] = null;
    }

    private PyObject? Special(string name) => Class.Lookup(name);

    public override string Repr()
    {
        var m = Special("__repr__");
        if (m != null) return Ops.ExpectStr(m.Call1(this), "__repr__");
        return $"<{Class.Module}.{Class.Name} object at 0x{Ops.Id(this):x}>";
    }

    public override string Str()
    {
        var m = Special("__str__");
        if (m != null) return Ops.ExpectStr(m.Call1(this), "__str__");
        return Repr();
    }

    public override bool IsTrue()
    {
        var m = Special("__bool__");
        if (m != null)
        {
            var r = m.Call1(this);
            if (r is PyBool b) return b.Value;
            throw Ops.TypeError($"__bool__ should return bool, returned {r.Type.Name}");
        }
        m = Special("__len__");
        if (m != null) return Len() != 0;
        return true;
    }

    public override long Len()
    {
        var m = Special("__len__");
        if (m == null) return base.Len();
        var r = m.Call1(this);
        long n = Ops.Index(r);
        if (n < 0) throw Ops.ValueError("__len__() should return >= 0");
        return n;
    }

    public override long Hash()
    {
        if (Class.Dict.TryGetValue("__hash__", out var h0) && h0 == PyNone.Instance)
            throw Ops.TypeError($"unhashable type: '{Class.Name}'");
        var m = Special("__hash__");
        if (m != null) return Ops.Index(m.Call1(this));
        if (Special("__eq__") != null) throw Ops.TypeError($"unhashable type: '{Class.Name}'");
        return base.Hash();
    }

    public override PyObject GetItem(PyObject key)
    {
        var m = Special("__getitem__");
        if (m == null) return base.GetItem(key);
        return m.Call2(this, key);
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        var m = Special("__setitem__");
        if (m == null) { base.SetItem(key, value); return; }
        m.Call3(this, key, value);
    }

    public override void DelItem(PyObject key)
    {
        var m = Special("__delitem__");
        if (m == null) { base.DelItem(key); return; }
        m.Call2(this, key);
    }

    public override PyIterator Iter()
    {
        var m = Special("__iter__");
        if (m == null)
        {
            if (Special("__getitem__") != null) return new SequenceIterator(this);
            return base.Iter();
        }
        var it = m.Call1(this);
        if (it is PyIterator pi) return pi;
        if (it.Type.Lookup("__next__") == null)
            throw Ops.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
        return new NextMethodIterator(it);
    }

    public override bool Contains(PyObject item)
    {
        var m = Special("__contains__");
        if (m != null) return Ops.IsTrue(m.Call2(this, item));
        return base.Contains(item);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        var m = Special(Ops.CompareDunder(op));
        if (m != null) return m.Call2(this, other);
        return base.RichCompare(other, op);
    }

    public override PyObject Call(PyObject[] args, string[]? kwnames)
    {
        var m = Special("__call__");
        if (m == null) return base.Call(args, kwnames);
        var full = new PyObject[args.Length + 1];
        full[0] = this;
        Array.Copy(args, 0, full, 1, args.Length);
        return m.Call(full, kwnames);
    }
}

/// <summary>Per-site attribute cache held by the generated code: (shape, type version) -> slot index, or the
/// class attribute found, or for stores the shape the instance moves to. The primary entry serves monomorphic
/// sites; up to four more serve polymorphic ones (a method inherited by several subclasses).</summary>
public sealed class AttributeCache
{
    public readonly string Name;
    public Shape? Shape;
    public int Version;
    public int Slot = -1;
    public PyObject? ClassAttr;
    /// <summary>Stores: the shape after the store (the same shape when the attribute exists already).</summary>
    public Shape? To;
    public AttributeCacheEntry?[]? Poly;
    public int PolyNext;
    // Module attribute sites (math.sqrt): the module seen and its cell.
    public PyModule? Module;
    public PyCell? ModuleCell;

    public AttributeCache(string name) { Name = name; }

    /// <summary>Keeps the primary entry among the polymorphic ones before it is refilled.</summary>
    public void Demote()
    {
        if (Shape == null) return;
        Poly ??= new AttributeCacheEntry?[4];
        Poly[PolyNext] = new AttributeCacheEntry(Shape, Version, Slot, ClassAttr, To);
        PolyNext = (PolyNext + 1) & 3;
        Shape = null;
    }
}

public sealed record AttributeCacheEntry(Shape Shape, int Version, int Slot, PyObject? ClassAttr, Shape? To);
