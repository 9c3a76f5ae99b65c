using Krait.Runtime;

namespace Krait.Modules;

/// <summary>os.terminal_size: the struct sequence (columns, lines) that os.get_terminal_size returns and
/// shutil.get_terminal_size builds from its fallback.</summary>
public sealed class OsTerminalSize : PyTuple
{
    public static readonly PyType TerminalSizeType = MakeType();

    public OsTerminalSize(PyObject columns, PyObject lines) : base(new[] { columns, lines }) { }

    public override PyType Type => TerminalSizeType;

    private static PyType MakeType()
    {
        var t = new PyType("terminal_size", new[] { PyType.TupleType }) { Module = "os" };
        t.Constructor = (a, k) =>
        {
            if (k != null && k.Length > 0) throw Ops.TypeError("terminal_size() takes no keyword arguments");
            if (a.Length != 1) throw Ops.TypeError($"terminal_size() takes at most 1 argument ({a.Length} given)");
            var items = Ops.ToArray(a[0]);
            if (items.Length != 2)
                throw Ops.TypeError($"os.terminal_size() takes a 2-sequence ({items.Length}-sequence given)");
            return new OsTerminalSize(items[0], items[1]);
        };
        t.Dict["n_fields"] = PyInt.Get(2);
        t.Dict["n_sequence_fields"] = PyInt.Get(2);
        return t;
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name == "columns") { value = Items[0]; return true; }
        if (name == "lines") { value = Items[1]; return true; }
        return base.TryGetAttr(name, out value);
    }

    public override string Repr() => $"os.terminal_size(columns={Ops.Repr(Items[0])}, lines={Ops.Repr(Items[1])})";
}
