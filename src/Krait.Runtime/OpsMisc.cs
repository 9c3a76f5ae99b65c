using System.Text;

namespace Krait.Runtime;

/// <summary>The import system (installed by the host: the runtime never references the compiler, and finding
/// and compiling source files is the modules layer's work).</summary>
public interface IModuleLoader
{
    /// <summary><c>__import__(name, globals, None, fromlist, level)</c>: what an import statement binds.
    /// <paramref name="globals"/> is the importing module (a PyModule) or a globals dict, or null.</summary>
    PyObject Import(string name, PyObject? globals, PyObject? fromlist, int level);

    /// <summary><c>from module import name</c> once <c>module.name</c> is missing: the submodule
    /// <c>module.__name__ + '.' + name</c> from sys.modules, else CPython's ImportError.</summary>
    PyObject ImportFromMissing(PyObject module, string name);

    /// <summary><c>from module import *</c> into <paramref name="target"/>.</summary>
    void ImportStar(PyObject module, PyModule target);

    /// <summary>importlib.import_module(name) for an absolute name: the module itself, imported if needed.</summary>
    PyObject ImportModule(string name);
}

public static partial class Ops
{
    public static IModuleLoader? ModuleLoader;

    public static PyObject FormatValue(PyObject v, int conversion, PyObject? spec)
    {
        if (conversion == 'r') v = new PyStr(v.Repr());
        else if (conversion == 's') v = StrObj(v);
        else if (conversion == 'a') v = new PyStr(Builtins.Ascii(v.Repr()));
        string s = spec == null ? "" : ExpectStr(spec, "format spec");
        if (s.Length == 0 && v is PyStr) return v;
        return new PyStr(ValueFormat.Format(v, s));
    }

    public static PyObject JoinStrings(PyObject[] parts)
    {
        var sb = new StringBuilder();
        foreach (var p in parts) sb.Append(((PyStr)p).Value);
        return new PyStr(sb.ToString());
    }

    /// <summary>The import statement: <c>import a.b</c>, <c>from .m import x</c>. An absolute import of a
    /// module already in sys.modules is one dict lookup.</summary>
    public static PyObject ImportName(PyStr name, PyTuple? fromlist, int level, PyModule importer)
    {
        // (A module another thread is still executing takes the full path, which waits for it.)
        if (level == 0 && fromlist == null && Builtins.Modules.Dict.TryGet(name) is { } m && m != PyNone.Instance
            && name.Value.IndexOf('.') < 0 && !(m is PyModule { Initializing: true } && Gil.Active))
            return m;
        return ImportSystem.Import(name.Value, importer, fromlist, level);
    }

    public static PyObject ImportFrom(PyObject module, string name)
    {
        if (module.TryGetAttr(name, out var v)) return v;
        return ImportSystem.ImportFromMissing(module, name);
    }

    public static void ImportStar(PyObject module, PyModule target) => ImportSystem.ImportStar(module, target);

    /// <summary>The module named <paramref name="name"/> (absolute, possibly dotted), imported if needed: for C#
    /// code that needs another module.</summary>
    public static PyObject ImportModule(string name) =>
        Builtins.Modules.Dict.TryGet(new PyStr(name)) is { } m && m != PyNone.Instance && !(m is PyModule { Initializing: true } && Gil.Active)
            ? m : ImportSystem.ImportModule(name);

    /// <summary>The installed import system; a bare runtime (unit tests) imports nothing but what is in
    /// sys.modules.</summary>
    private static IModuleLoader ImportSystem => ModuleLoader ?? throw new PythonException(
        ExceptionTypes.Make(ExceptionTypes.ImportError, "no import system installed"));

    public static Exception AssertionFailed(PyObject? message) =>
        new PythonException(message == null
            ? ExceptionTypes.Make(ExceptionTypes.AssertionError)
            : ExceptionTypes.Make(ExceptionTypes.AssertionError, message));

    public static PyObject ListToTuple(PyList l) => new PyTuple(l.ToArray());

    public static PyObject ListIterator(PyList l) => l.Iter();

    /// <summary>{**mapping} inside a dict display.</summary>
    public static void MergeDisplay(PyDict target, PyObject mapping)
    {
        if (mapping is PyDict d) { DictUpdate(target, d); return; }
        var keys = mapping.Type.Lookup("keys");
        if (keys == null) throw TypeError($"'{mapping.Type.TpName}' object is not a mapping");
        foreach (var k in ToArray(keys.Call1(mapping))) target.SetItem(k, mapping.GetItem(k));
    }

    public static void AddKwarg(PyDict target, PyStr name, PyObject value, PyObject function)
    {
        if (target.Table.Get(name) != null)
            throw TypeError($"{FunctionStr(function)} got multiple values for keyword argument '{name.Value}'");
        target.Table.Set(name, value);
    }

    /// <summary>The value of <c>yield from it</c> once <c>it</c> is exhausted: a generator's return value.</summary>
    public static PyObject YieldFromResult(PyObject iterator) =>
        iterator is PyGenerator g ? g.ReturnValue ?? PyNone.Instance : PyNone.Instance;

    /// <summary><c>with mgr</c>: calls <c>__enter__</c>; the caller keeps <paramref name="mgr"/> for the exit.</summary>
    public static PyObject WithEnter(PyObject mgr)
    {
        var type = mgr.Type;
        var enter = type.Lookup("__enter__");
        var exit = type.Lookup("__exit__");
        if (enter == null || exit == null)
        {
            throw TypeError(enter == null
                ? $"'{type.Name}' object does not support the context manager protocol"
                : $"'{type.Name}' object does not support the context manager protocol (missed __exit__ method)");
        }
        return enter.Call1(mgr);
    }

    /// <summary>Leaving the with block normally (or by return/break/continue): <c>__exit__(None, None, None)</c>.</summary>
    public static void WithExitNormal(PyObject mgr)
    {
        var exit = mgr.Type.Lookup("__exit__")!;
        exit.Call(new[] { mgr, PyNone.Instance, PyNone.Instance, PyNone.Instance }, null);
    }

    /// <summary>Leaving the with block by an exception: <c>__exit__(type, value, None)</c>; true when it
    /// suppresses the exception.</summary>
    public static bool WithExitException(PyObject mgr, Exception ex, FunctionCode code, int line)
    {
        var e = EnterHandler(ex, code, line);
        try
        {
            var exit = mgr.Type.Lookup("__exit__")!;
            return IsTrue(exit.Call(new PyObject[] { mgr, e.Type, e, PyNone.Instance }, null));
        }
        finally { LeaveHandler(); }
    }

    public static Exception NotImplementedFeature(string feature) => NotImplemented(feature);
}
