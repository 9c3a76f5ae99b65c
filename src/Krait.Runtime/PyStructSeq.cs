using System.Text;

namespace Krait.Runtime;

/// <summary>A struct sequence (sys.version_info, sys.flags, sys.float_info, ...): a read-only tuple whose items
/// are also named attributes, shown as <c>sys.version_info(major=3, ...)</c>. It compares, hashes, indexes and
/// unpacks like the tuple of its items.</summary>
public sealed class PyStructSeq : PyTuple
{
    public readonly PyType SeqType;
    public readonly string[] Fields;

    public PyStructSeq(PyType type, string[] fields, PyObject[] items) : base(items)
    {
        SeqType = type;
        Fields = fields;
    }

    /// <summary>The Python type for a struct sequence called <paramref name="qualifiedName"/> (e.g.
    /// <c>sys.version_info</c>): its repr uses the full name, its __name__ the last part.</summary>
    public static PyType MakeType(string qualifiedName)
    {
        var t = new PyType(qualifiedName.Substring(qualifiedName.LastIndexOf('.') + 1), new[] { PyType.TupleType });
        int dot = qualifiedName.LastIndexOf('.');
        if (dot > 0) t.Module = qualifiedName.Substring(0, dot);
        return t;
    }

    public PyTuple AsTuple() => new(Items);

    public override PyType Type => SeqType;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        int i = Array.IndexOf(Fields, name);
        if (i >= 0) { value = Items[i]; return true; }
        switch (name)
        {
            case "n_fields":
            case "n_sequence_fields": value = PyInt.Get(Fields.Length); return true;
            case "n_unnamed_fields": value = PyInt.Get(0); return true;
            case "count":
            case "index":
                return AsTuple().TryGetAttr(name, out value);
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value) =>
        throw Ops.AttributeError(Array.IndexOf(Fields, name) >= 0 ? "readonly attribute"
            : $"'{Repr0()}' object has no attribute '{name}'");

    private string Repr0()
    {
        return SeqType.Module == "builtins" ? SeqType.Name : SeqType.Module + "." + SeqType.Name;
    }

    public override string Repr()
    {
        var sb = new StringBuilder(Repr0()).Append('(');
        for (int i = 0; i < Items.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Fields[i]).Append('=').Append(Ops.Repr(Items[i]));
        }
        return sb.Append(')').ToString();
    }
}

/// <summary>A plain attribute bag shown as <c>namespace(a=1, b=2)</c> (sys.implementation).</summary>
public sealed class PyNamespace : PyObject
{
    public static readonly PyType NamespaceType = new("SimpleNamespace", new[] { PyType.ObjectType }) { Module = "types" };
    public readonly List<KeyValuePair<string, PyObject>> Attrs = new();

    public override PyType Type => NamespaceType;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        foreach (var kv in Attrs)
            if (kv.Key == name) { value = kv.Value; return true; }
        if (name == "__dict__")
        {
            var d = new PyDict();
            foreach (var kv in Attrs) d.SetItem(new PyStr(kv.Key), kv.Value);
            value = d;
            return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        for (int i = 0; i < Attrs.Count; i++)
            if (Attrs[i].Key == name) { Attrs[i] = new(name, value); return; }
        Attrs.Add(new(name, value));
    }

    public override string Repr()
    {
        if (!ReprGuard.Enter(this)) return "namespace(...)";
        try
        {
            var sb = new StringBuilder("namespace(");
            for (int i = 0; i < Attrs.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Attrs[i].Key).Append('=').Append(Ops.Repr(Attrs[i].Value));
            }
            return sb.Append(')').ToString();
        }
        finally { ReprGuard.Leave(this); }
    }
}
