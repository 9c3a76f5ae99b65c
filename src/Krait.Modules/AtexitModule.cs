using Krait.Runtime;

namespace Krait.Modules;

/// <summary>The atexit module: functions to run when the interpreter ends (kept in <see cref="ExitFunctions"/>,
/// which the krait command runs after the program, its uncaught exception or sys.exit).</summary>
public static class AtexitModule
{
    public static PyModule Create()
    {
        var m = NativeModule.New("atexit");
        NativeModule.Def(m, "register", (a, k) =>
        {
            if (a.Length == 0) throw Ops.TypeError("register() takes at least 1 argument (0 given)");
            var func = a[0];
            if (!Builtins.IsCallable(func)) throw Ops.TypeError("the first argument must be callable");
            ExitFunctions.Registered.Add(new ExitFunctions.Entry(func, a[1..], k));
            return func;
        });
        NativeModule.Def(m, "unregister", (a, k) =>
        {
            NativeArgs.Exactly("unregister", a, k, 1);
            var list = ExitFunctions.Registered;
            // CPython clears the slot but keeps counting it in _ncallbacks().
            for (int i = list.Count - 1; i >= 0; i--)
                if (i < list.Count && list[i] is { } e && Ops.EqBool(e.Func, a[0])) list[i] = null;
            return PyNone.Instance;
        });
        NativeModule.Def(m, "_run_exitfuncs", (a, k) =>
        {
            NativeArgs.Exactly("_run_exitfuncs", a, k, 0);
            ExitFunctions.RunAll();
            return PyNone.Instance;
        });
        NativeModule.Def(m, "_clear", (a, k) =>
        {
            NativeArgs.Exactly("_clear", a, k, 0);
            ExitFunctions.Registered.Clear();
            return PyNone.Instance;
        });
        NativeModule.Def(m, "_ncallbacks", (a, k) =>
        {
            NativeArgs.Exactly("_ncallbacks", a, k, 0);
            return PyInt.Get(ExitFunctions.Registered.Count);
        });
        return m;
    }
}
