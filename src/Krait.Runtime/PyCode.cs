namespace Krait.Runtime;

/// <summary>A code object made by compile() (or by exec/eval from source): the parsed, checked program, run
/// later against a module's globals. The compiler layer installs <see cref="Compiler"/> and <see cref="Runner"/>.</summary>
public sealed class PyCode : PyObject
{
    public static readonly PyType CodeType = new("code", new[] { PyType.ObjectType });

    /// <summary>(source, filename, mode) to a code object; raises SyntaxError.</summary>
    public static Func<string, string, string, PyCode>? Compiler;
    /// <summary>Runs a code object with a module as its globals; the value for 'eval' mode, else None.</summary>
    public static Func<PyCode, PyModule, PyObject>? Runner;

    public readonly string Filename, Mode;
    public readonly object State;

    public PyCode(string filename, string mode, object state) { Filename = filename; Mode = mode; State = state; }

    public override PyType Type => CodeType;
    public override string Repr() => $"<code object <module> at 0x{Ops.Id(this):x}, file \"{Filename}\", line 1>";

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "co_filename": value = new PyStr(Filename); return true;
            case "co_name": value = new PyStr("<module>"); return true;
            case "co_firstlineno": value = PyInt.Get(1); return true;
        }
        return base.TryGetAttr(name, out value);
    }
}
