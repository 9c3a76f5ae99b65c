namespace Krait.Runtime;

/// <summary>The functions atexit.register recorded, run last-registered first when the interpreter ends: after
/// the main program returns, after an uncaught exception's traceback and after sys.exit. Lives in the runtime
/// so the host can run them without knowing whether the atexit module was ever imported.</summary>
public static class ExitFunctions
{
    // A class, not a struct: List<T> over a struct of ours is not precompiled, and the host checks Registered
    // at every exit. An unregistered slot holds null.
    public sealed record Entry(PyObject Func, PyObject[] Args, string[]? KwNames);

    public static readonly List<Entry?> Registered = new();

    /// <summary>Runs and clears every registered function, newest first. An exception from one is reported as
    /// CPython's "Exception ignored in atexit callback" and the rest still run.</summary>
    public static void RunAll()
    {
        while (Registered.Count > 0)
        {
            var e = Registered[^1];
            Registered.RemoveAt(Registered.Count - 1);
            if (e == null) continue;
            try { e.Func.Call(e.Args, e.KwNames); }
            catch (PythonException pe) { ReportUnraisable("Exception ignored in atexit callback: " + SafeRepr(e.Func), pe.Value); }
        }
    }

    private static string SafeRepr(PyObject o)
    {
        try { return Ops.Repr(o); }
        catch (PythonException) { return $"<object repr() failed>"; }
    }

    /// <summary>sys.unraisablehook's default output: the message line, then the traceback, on sys.stderr.</summary>
    public static void ReportUnraisable(string message, PyBaseException e)
    {
        string text = message + "\n" + TracebackPrinter.Format(e);
        try
        {
            if (Builtins.Sys.TryGetAttr("stderr", out var err) && err != PyNone.Instance)
            {
                err.GetAttr("write").Call1(new PyStr(text));
                return;
            }
        }
        catch (PythonException) { }
        Console.Error.Write(text);
    }
}
