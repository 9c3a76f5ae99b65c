using System.Runtime.InteropServices;
using Krait.Runtime;

namespace Krait.Modules;

/// <summary>_krait_thread: the native half of Krait's _thread module (the Python half, Python/_thread.py, adds
/// RLock and the exception hook): real threads under the interpreter lock (<see cref="Gil"/>), the lock type,
/// thread identifiers and the sentinel locks threading uses to join.</summary>
public static class ThreadModule
{
    /// <summary>CPython's _thread.TIMEOUT_MAX on Linux.</summary>
    public const double TimeoutMax = 9223372036.0;

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetTid();

    public static PyModule Create()
    {
        var m = NativeModule.New("_krait_thread");
        m.Set("LockType", PyThreadLock.LockType);
        m.Set("TIMEOUT_MAX", new PyFloat(TimeoutMax));
        NativeModule.Def(m, "allocate_lock", (a, k) =>
        {
            NativeArgs.Exactly("allocate_lock", a, k, 0);
            return new PyThreadLock();
        });
        NativeModule.Def(m, "start_new_thread", (a, k) =>
        {
            NativeArgs.Count("start_new_thread", a, k, 2, 3);
            var function = a[0];
            if (!Builtins.IsCallable(function)) throw Ops.TypeError("first arg must be callable");
            if (a[1] is not PyTuple args) throw Ops.TypeError("2nd arg must be a tuple");
            PyDict? kwargs = null;
            if (a.Length == 3 && a[2] is not PyNone)
                kwargs = a[2] as PyDict ?? throw Ops.TypeError("optional 3rd arg must be a dictionary");
            var (callArgs, names) = CallArguments(args, kwargs);
            long ident = Gil.Start(() => Run(function, callArgs, names));
            return PyInt.Get(ident);
        });
        NativeModule.Def(m, "get_ident", (a, k) =>
        {
            NativeArgs.Exactly("get_ident", a, k, 0);
            return PyInt.Get(Environment.CurrentManagedThreadId);
        });
        NativeModule.Def(m, "get_native_id", (a, k) =>
        {
            NativeArgs.Exactly("get_native_id", a, k, 0);
            return PyInt.Get(GetTid());
        });
        NativeModule.Def(m, "_count", (a, k) =>
        {
            NativeArgs.Exactly("_count", a, k, 0);
            return PyInt.Get(Gil.Count);
        });
        NativeModule.Def(m, "_set_sentinel", (a, k) =>
        {
            NativeArgs.Exactly("_set_sentinel", a, k, 0);
            // Released when this thread ends: threading's join waits on it.
            var sentinel = new PyThreadLock();
            Gil.Current.OnExit.Add(() => sentinel.ReleaseIfLocked());
            return sentinel;
        });
        NativeModule.Def(m, "interrupt_main", (a, k) =>
        {
            var p = NativeArgs.Bind("interrupt_main", a, k, new[] { "signum" }, 0);
            long signum = p[0] == null ? Signals.SIGINT : Ops.Index(p[0]!);
            if (signum < 1 || signum > Signals.MaxSignal) throw Ops.ValueError("signal number out of range");
            // As if the signal had arrived: the main thread runs its handler at its next check point.
            Signals.Receive((int)signum);
            return PyNone.Instance;
        });
        return m;
    }

    private static (PyObject[] Args, string[]? Names) CallArguments(PyTuple args, PyDict? kwargs)
    {
        if (kwargs == null || kwargs.Table.Count == 0) return ((PyObject[])args.Items.Clone(), null);
        var all = new List<PyObject>(args.Items);
        var names = new List<string>();
        foreach (var key in Ops.ToArray(kwargs))
        {
            names.Add(key as PyStr is { } s ? s.Value : throw Ops.TypeError("keywords must be strings"));
            all.Add(kwargs.GetItem(key));
        }
        return (all.ToArray(), names.ToArray());
    }

    /// <summary>The new thread's body: an exception other than SystemExit is reported as CPython's
    /// "Exception ignored in thread started by" and the thread ends.</summary>
    private static void Run(PyObject function, PyObject[] args, string[]? names)
    {
        try { function.Call(args, names); }
        catch (PythonException e) when (e.Value.Class.IsSubtypeOf(ExceptionTypes.SystemExit)) { }
        catch (PythonException e) { Report(function, e.Value); }
        catch (Exception ex) when (ex is not ThreadInterruptedException)
        {
            Report(function, Ops.Translate(ex).Value);
        }
    }

    private static void Report(PyObject function, PyBaseException e)
    {
        string repr;
        try { repr = Ops.Repr(function); } catch (PythonException) { repr = "<object repr() failed>"; }
        ExitFunctions.ReportUnraisable("Exception ignored in thread started by: " + repr, e);
    }
}
