using System.Text;
using Krait.Runtime;

namespace Krait.Modules;

/// <summary>A dict subclass implemented here (defaultdict, Counter, OrderedDict): the dict's table and methods,
/// the class it reports (the native type or a user subclass), an attribute dict, and <c>__missing__</c>.</summary>
public abstract class NativeDict : PyDict, INativeDunders
{
    protected readonly PyType Class;
    private Dictionary<string, PyObject>? _attrs;

    protected NativeDict(PyType cls) { Class = cls; }

    public override PyType Type => Class;
    /// <summary>The native type this class implements (a user subclass reports itself through Type).</summary>
    protected abstract PyType NativeType { get; }
    /// <summary>Whether instances of the native type itself take attributes (Counter and OrderedDict are Python
    /// classes in CPython; defaultdict is not).</summary>
    protected virtual bool HasDict => true;

    public override long Hash() => throw Ops.TypeError($"unhashable type: '{Class.Name}'");

    /// <summary>The value for an absent key (CPython's <c>__missing__</c> protocol).</summary>
    protected virtual PyObject Missing(PyObject key) =>
        throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, key));

    public override PyObject GetItem(PyObject key)
    {
        var v = Table.Get(key);
        if (v != null) return v;
        if (Class != NativeType)
        {
            var ov = SubclassSupport.Override(this, NativeType, "__missing__");
            if (ov != null) return ov.Call2(this, key);
        }
        return Missing(key);
    }

    /// <summary>dict's own item access for these types, reached by super().__getitem__ and friends from a user
    /// subclass (so the subclass's overrides are not re-entered).</summary>
    public static void DefineItemMethods(PyType t)
    {
        NativeModule.Method(t, "__getitem__", (self, a, k) =>
        {
            NativeArgs.Exactly("__getitem__", a, k, 1);
            var d = (NativeDict)self;
            return d.Table.Get(a[0]) ?? d.Missing(a[0]);
        });
        NativeModule.Method(t, "__setitem__", (self, a, k) =>
        {
            NativeArgs.Count("__setitem__", a, k, 2, 2);
            ((NativeDict)self).Table.Set(a[0], a[1]);
            return PyNone.Instance;
        });
        NativeModule.Method(t, "__delitem__", (self, a, k) =>
        {
            NativeArgs.Exactly("__delitem__", a, k, 1);
            ((NativeDict)self).DelItem(a[0]);
            return PyNone.Instance;
        });
        NativeModule.Method(t, "__contains__", (self, a, k) => Ops.Box(((NativeDict)self).Contains(a[0])));
        NativeModule.Method(t, "__len__", (self, a, k) => PyInt.Get(((NativeDict)self).Table.Count));
        NativeModule.Method(t, "__iter__", (self, a, k) => new DictIterator((NativeDict)self, DictIterator.Kind.Keys));
        NativeModule.Method(t, "__reversed__", (self, a, k) => new DictReverseIterator((NativeDict)self, DictIterator.Kind.Keys));
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (Class != NativeType && SubclassSupport.Override(this, NativeType, "__setitem__") is { } ov)
        {
            ov.Call3(this, key, value);
            return;
        }
        Table.Set(key, value);
    }

    public override string Repr()
    {
        if (Class != NativeType && SubclassSupport.Override(this, NativeType, "__repr__") is { } ov)
            return Ops.ExpectStr(ov.Call1(this), "__repr__");
        if (!GuardsRepr) return NativeRepr();
        if (!ReprGuard.Enter(this)) return "...";
        try { return NativeRepr(); }
        finally { ReprGuard.Leave(this); }
    }

    /// <summary>Whether a recursive repr stops at this object ("...") rather than at its dict part ("{...}").</summary>
    protected virtual bool GuardsRepr => true;

    protected abstract string NativeRepr();

    /// <summary>The plain dict repr of this table (<c>{k: v, ...}</c>).</summary>
    protected string DictRepr()
    {
        if (GuardsRepr) return DictReprUnguarded();
        if (!ReprGuard.Enter(this)) return "{...}";
        try { return DictReprUnguarded(); }
        finally { ReprGuard.Leave(this); }
    }

    private string DictReprUnguarded()
    {
        var sb = new StringBuilder("{");
        ReprItemsInto(sb, this);
        return sb.Append('}').ToString();
    }

    public override bool TryGetAttr(string name, out PyObject value) => SubclassSupport.TryGetAttr(this, _attrs, name, out value);
    public override void SetAttr(string name, PyObject value) => SubclassSupport.SetAttr(this, NativeType, HasDict, ref _attrs, name, value);
    public override void DelAttr(string name) => SubclassSupport.DelAttr(this, _attrs, name);

    /// <summary>An empty instance of this object's class (a subclass through its allocator).</summary>
    protected NativeDict NewSame() => (NativeDict)Class.Allocator!(Class);

    public static IEnumerable<(PyObject Key, PyObject Value)> Entries(PyDict d)
    {
        var t = d.Table;
        for (int e = 0; e < t.Used; e++)
        {
            var k = t.Entries[e].Key;
            if (k != null) yield return (k, t.Entries[e].Value!);
        }
    }

    protected static void ReprItemsInto(StringBuilder sb, PyDict d)
    {
        bool first = true;
        foreach (var (k, v) in Entries(d))
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(Ops.Repr(k)).Append(": ").Append(Ops.Repr(v));
        }
    }
}
