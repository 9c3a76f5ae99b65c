using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>A Python class. Its dict is keyed by .NET strings (class dicts are almost always str-keyed); the
/// version tag changes whenever this type or a base changes, so attribute caches check one integer.</summary>
public sealed partial class PyType : PyObject
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

    /// <summary>Whether CPython writes this type in C: by default the types made here rather than by a class
    /// statement. Native types that stand for a class CPython writes in Python clear it; native types made like
    /// classes (with an allocator) but written in C there set it.</summary>
    public bool WrittenInC;

    /// <summary>The name CPython's messages give the type (its tp_name): "module.Name" for a type written in C
    /// outside builtins (<c>'collections.deque' object has no attribute 'x'</c>), else the bare name.</summary>
    public string TpName => WrittenInC && Module != "builtins" ? Module + "." + Name : Name;
    internal readonly List<WeakReference<PyType>> _subclasses = new();

    public PyType(string name, PyType[] bases, bool userDefined = false)
    {
        Name = name;
        Bases = bases;
        IsUserDefined = userDefined;
        WrittenInC = !userDefined;
        HasDict = userDefined;
        QualName = name;
        RootShape = new Shape(this);
        Mro = ComputeMro();
        foreach (var b in bases) b._subclasses.Add(new WeakReference<PyType>(this));
        foreach (var b in bases)
            if (b.Allocator != null) { Allocator = b.Allocator; break; }
        // A type made directly from C# (a native module's exception, say) has a __dict__ when a base has one.
        foreach (var b in bases) HasDict |= b.HasDict;
        Version = s_nextVersion++;
    }

    public override PyType Type => Metatype ?? TypeType;

    public void Changed()
    {
        Version = s_nextVersion++;
        foreach (var w in _subclasses)
            if (w.TryGetTarget(out var t)) t.Changed();
    }

    internal PyType[] ComputeMro()
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
                // CPython names the heads of the lists left to merge, each once.
                var heads = new List<string>();
                foreach (var s in seqs)
                    if (!heads.Contains(s[0].Name)) heads.Add(s[0].Name);
                var names = string.Join(", ", heads);
                throw Ops.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {names}");
            }
            result.Add(candidate);
            foreach (var s in seqs) if (s[0] == candidate) s.RemoveAt(0);
        }
        return result.ToArray();
    }

    internal void AddSubclass(PyType t) => _subclasses.Add(new WeakReference<PyType>(t));

    internal void RemoveSubclass(PyType t) =>
        _subclasses.RemoveAll(w => !w.TryGetTarget(out var s) || s == t);

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
        t.Allocator = static type => type.HasFinalizer ? new PyFinalizableInstance(type) : new PyInstance(type);
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
    /// <summary>Structs in one array, so a polymorphic probe walks contiguous memory (an empty entry has a null
    /// Shape, which no instance has).</summary>
    public AttributeCacheEntry[]? Poly;
    public int PolyNext;
    // Module attribute sites (math.sqrt): the module seen and its cell.
    public PyModule? Module;
    public PyCell? ModuleCell;
    // Method call sites on built-in receivers (list.append, deque.popleft): the type and version seen, its method.
    public PyType? BuiltinType;
    public int BuiltinVersion;
    public PyObject? BuiltinMethod;
    // Class attribute sites (Strength.stronger): the class and version seen, and what the read gave.
    public PyType? ClassSeen;
    public int ClassSeenVersion;
    public PyObject? ClassValue;

    public AttributeCache(string name) { Name = name; }

    /// <summary>Keeps the primary entry among the polymorphic ones before it is refilled.</summary>
    public void Demote()
    {
        if (Shape == null) return;
        Poly ??= new AttributeCacheEntry[4];
        Poly[PolyNext] = new AttributeCacheEntry { Shape = Shape, Version = Version, Slot = Slot, ClassAttr = ClassAttr, To = To };
        PolyNext = (PolyNext + 1) & 3;
        Shape = null;
    }
}

public struct AttributeCacheEntry
{
    public Shape? Shape;
    public int Version;
    public int Slot;
    public PyObject? ClassAttr;
    public Shape? To;
}
