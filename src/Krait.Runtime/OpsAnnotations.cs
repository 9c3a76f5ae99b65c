namespace Krait.Runtime;

/// <summary>Variable and function annotations (PEP 526, PEP 3107): what CPython's SETUP_ANNOTATIONS and
/// MAKE_FUNCTION's annotation dict do.</summary>
public static partial class Ops
{
    private static readonly PyStr s_annotationsName = new("__annotations__");

    /// <summary>A module or class body with annotated names starts by making `__annotations__` in its namespace
    /// unless one is already there (a __prepare__ namespace or exec's dict may hold one).</summary>
    public static void SetupAnnotations(PyObject ns)
    {
        if (ns is PyDict d)
        {
            if (d.Table.Get(s_annotationsName) == null) d.Table.Set(s_annotationsName, new PyDict());
            return;
        }
        if (!ns.Contains(s_annotationsName)) ns.SetItem(s_annotationsName, new PyDict());
    }

    public static void SetupModuleAnnotations(PyModule module) => SetupAnnotations(module.Dict);

    /// <summary>Attaches a def statement's annotations; the function is left on the stack.</summary>
    public static PyObject SetFunctionAnnotations(PyObject function, PyDict annotations)
    {
        function.SetAttr("__annotations__", annotations);
        return function;
    }

    /// <summary>The body of an `async def` function: a coroutine (async generator) object standing for it.</summary>
    public static PyObject NewCoroutine(PyFunction function, bool asyncGenerator) => new PyCoroutine(function, asyncGenerator);
}
