namespace Krait.Runtime;

/// <summary>What calling an `async def` function gives until Krait runs coroutines: an object of CPython's
/// `coroutine` (or `async_generator`) type that can be inspected and closed, so modules that make one at
/// import time to learn its type (_collections_abc, types) load. Running it raises NotImplementedError.</summary>
public sealed class PyCoroutine : PyObject
{
    public static readonly PyType CoroutineType = new("coroutine", new[] { PyType.ObjectType });
    public static readonly PyType AsyncGeneratorType = new("async_generator", new[] { PyType.ObjectType });

    public readonly PyFunction Function;
    private readonly bool _asyncGenerator;
    private bool _closed;

    public PyCoroutine(PyFunction function, bool asyncGenerator)
    {
        Function = function;
        _asyncGenerator = asyncGenerator;
    }

    public override PyType Type => _asyncGenerator ? AsyncGeneratorType : CoroutineType;
    public override string Repr() => $"<{Type.TpName} object {Function.QualName} at 0x{Ops.Id(this):x}>";

    private static PythonException NotSupported() => Ops.NotImplemented("async functions");

    public override bool TryGetAttr(string name, out PyObject value)
    {
        string prefix = _asyncGenerator ? "ag_" : "cr_";
        switch (name)
        {
            case "close":
                value = new PyBuiltinFunction("close", (a, k) => { _closed = true; return PyNone.Instance; }) { Self = this };
                return true;
            case "send" or "throw" or "__await__" or "__anext__" or "asend" or "athrow" or "aclose":
                value = new PyBuiltinFunction(name, (a, k) => throw NotSupported()) { Self = this };
                return true;
            case "__name__": value = new PyStr(Function.Name); return true;
            case "__qualname__": value = new PyStr(Function.QualName); return true;
        }
        if (name.StartsWith(prefix, StringComparison.Ordinal))
        {
            switch (name.Substring(3))
            {
                case "code": value = PyCode.For(Function.Code); return true;
                case "running": value = PyBool.False; return true;
                case "frame": value = PyNone.Instance; return true;
                case "await": value = PyNone.Instance; return true;
                case "origin": value = PyNone.Instance; return true;
            }
        }
        return base.TryGetAttr(name, out value);
    }

    public bool Closed => _closed;
}
