using System.Runtime.InteropServices;
using Krait.Runtime;

namespace Krait.Modules;

/// <summary>The <c>signal</c> module: Python-level handlers run by <see cref="Signals"/> at the next check point.
/// Signal numbers are Linux's (the same on x86-64 and arm64).</summary>
internal static class SignalModule
{
    private static readonly (string Name, int Number)[] s_signals =
    {
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGIOT", 6),
        ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12),
        ("SIGPIPE", 13), ("SIGALRM", 14), ("SIGTERM", 15), ("SIGCHLD", 17), ("SIGCONT", 18), ("SIGSTOP", 19),
        ("SIGTSTP", 20), ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24), ("SIGXFSZ", 25),
        ("SIGVTALRM", 26), ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPOLL", 29), ("SIGPWR", 30),
        ("SIGSYS", 31), ("SIGCLD", 17), ("SIGSTKFLT", 16), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
    };

    /// <summary>OS registrations for signals other than SIGINT (which the host registers at start-up).</summary>
    private static readonly Dictionary<int, PosixSignalRegistration> s_registrations = new();

    public static PyModule Create()
    {
        var m = new PyModule("signal", null);
        foreach (var (name, number) in s_signals) m.Set(name, PyInt.Get(number));
        m.Set("NSIG", PyInt.Get(65));
        m.Set("SIG_DFL", Signals.Default);
        m.Set("SIG_IGN", Signals.Ignore);
        var defaultIntHandler = new PyBuiltinFunction("default_int_handler", (args, kw) =>
            throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyboardInterrupt)));
        m.Set("default_int_handler", defaultIntHandler);
        m.Set("signal", new PyBuiltinFunction("signal", (args, kw) =>
        {
            if (kw != null && kw.Length > 0) throw Ops.TypeError("signal() takes no keyword arguments");
            if (args.Length != 2) throw Ops.TypeError($"signal expected 2 arguments, got {args.Length}");
            int signum = SignalNumber(args[0]);
            var handler = args[1];
            if (!ReferenceEquals(handler, Signals.Default) && !ReferenceEquals(handler, Signals.Ignore) && !Builtins.IsCallable(handler)
                && !(handler is PyInt hi && (hi.Value == 0 || hi.Value == 1)))
                throw Ops.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            if (signum == 9 || signum == 19) throw Ops.Error(ExceptionTypes.OSError, "[Errno 22] Invalid argument");
            var previous = Current(signum, defaultIntHandler);
            if (handler is PyInt pi && !ReferenceEquals(handler, Signals.Default) && !ReferenceEquals(handler, Signals.Ignore))
                handler = pi.Value == 0 ? Signals.Default : Signals.Ignore;
            Signals.Handlers[signum] = ReferenceEquals(handler, defaultIntHandler) && signum == Signals.SIGINT ? null : handler;
            if (signum != Signals.SIGINT) Register(signum);
            return previous;
        }));
        m.Set("getsignal", new PyBuiltinFunction("getsignal", (args, kw) =>
        {
            if (args.Length != 1) throw Ops.TypeError($"getsignal() takes exactly one argument ({args.Length} given)");
            return Current(SignalNumber(args[0]), defaultIntHandler);
        }));
        m.Set("raise_signal", new PyBuiltinFunction("raise_signal", (args, kw) =>
        {
            if (args.Length != 1) throw Ops.TypeError($"raise_signal() takes exactly one argument ({args.Length} given)");
            int signum = SignalNumber(args[0]);
            // Delivered as if it came from the OS: the handler runs before the next line.
            if (signum == Signals.SIGINT || Signals.Handlers[signum] != null) Signals.Receive(signum);
            else kill(Environment.ProcessId, signum);
            Signals.Poll();
            return PyNone.Instance;
        }));
        m.Set("strsignal", new PyBuiltinFunction("strsignal", (args, kw) =>
        {
            int signum = SignalNumber(args.Length == 1 ? args[0] : throw Ops.TypeError("strsignal() takes exactly one argument"));
            return s_descriptions.TryGetValue(signum, out var d) ? new PyStr(d) : PyNone.Instance;
        }));
        LazyModuleAttributes.Install(m, new[] { "Signals", "Handlers" }, SignalEnums.Source);
        return m;
    }

    private static readonly Dictionary<int, string> s_descriptions = new()
    {
        [1] = "Hangup", [2] = "Interrupt", [3] = "Quit", [6] = "Aborted", [9] = "Killed", [10] = "User defined signal 1",
        [12] = "User defined signal 2", [13] = "Broken pipe", [14] = "Alarm clock", [15] = "Terminated",
    };

    private static PyObject Current(int signum, PyObject defaultIntHandler)
    {
        var h = Signals.Handlers[signum];
        if (h != null) return h;
        return signum == Signals.SIGINT ? defaultIntHandler : Signals.Default;
    }

    private static int SignalNumber(PyObject o)
    {
        long n = o is PyInt i ? i.Value : throw Ops.TypeError($"'{o.Type.TpName}' object cannot be interpreted as an integer");
        if (n < 1 || n > Signals.MaxSignal) throw Ops.Error(ExceptionTypes.ValueError, "signal number out of range");
        return (int)n;
    }

    private static void Register(int signum)
    {
        if (s_registrations.ContainsKey(signum)) return;
        try
        {
            s_registrations[signum] = PosixSignalRegistration.Create((PosixSignal)signum, ctx =>
            {
                // With a Python handler (or SIG_IGN) the OS action is cancelled; SIG_DFL keeps it.
                var h = Signals.Handlers[signum];
                if (h == null || ReferenceEquals(h, Signals.Default)) return;
                ctx.Cancel = true;
                Signals.Receive(signum);
            });
        }
        catch (Exception e) when (e is PlatformNotSupportedException or IOException or ArgumentOutOfRangeException) { }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
