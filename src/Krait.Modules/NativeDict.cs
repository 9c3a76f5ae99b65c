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
        if (!ReprGuard.Enter(this)) return "...";
        try { return NativeRepr(); }
        finally { ReprGuard.Leave(this); }
    }

    protected abstract string NativeRepr();

    /// <summary>The plain dict repr of this table (<c>{k: v, ...}</c>).</summary>
    protected string DictRepr()
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
            var k = t.Keys[e];
            if (k != null) yield return (k, t.Values[e]!);
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
