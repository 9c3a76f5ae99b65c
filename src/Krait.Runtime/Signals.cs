using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>Signals reach Python code as CPython delivers them: the OS handler only records the signal, and the
/// Python-level handler (or the default, KeyboardInterrupt for SIGINT) runs at the next check point in the
/// thread running Python code. Compiled loops check <see cref="Pending"/> at every back-edge (one volatile read),
/// so even `while True: pass` is interrupted promptly; long builtin operations call <see cref="Poll"/>.</summary>
public static class Signals
{
    public const int SIGINT = 2;
    public const int MaxSignal = 64;

    /// <summary>Non-zero when some signal waits for its handler. Read by compiled loops.</summary>
    public static volatile int Pending;

    private static readonly int[] s_received = new int[MaxSignal + 1];

    /// <summary>Python-level handlers by signal number: null means the default action (KeyboardInterrupt for
    /// SIGINT), <see cref="Ignore"/> means ignore, anything else is called with (signum, frame).</summary>
    public static readonly PyObject?[] Handlers = new PyObject?[MaxSignal + 1];

    /// <summary>Stand for SIG_DFL and SIG_IGN in <see cref="Handlers"/> (the signal module's values).</summary>
    public static readonly PyObject Default = PyInt.Get(0);
    public static readonly PyObject Ignore = PyInt.Get(1);

    /// <summary>Ends the process with the default action of a signal (installed by the host).</summary>
    public static Action<int>? TerminateProcess;

    /// <summary>Set when a signal arrives, so a sleeping or waiting builtin wakes up to run the handler.</summary>
    public static readonly ManualResetEventSlim Arrived = new(false);

    /// <summary>Records <paramref name="signum"/>; called from the OS signal thread.</summary>
    public static void Receive(int signum)
    {
        if ((uint)signum > MaxSignal) return;
        Volatile.Write(ref s_received[signum], 1);
        s_anyReceived = 1;
        Pending = 1;
        Arrived.Set();
    }

    private static volatile int s_anyReceived;

    /// <summary>Some signal waits for the main thread to run its handler.</summary>
    public static bool AnyReceived => s_anyReceived != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Poll()
    {
        if (Pending != 0) Dispatch();
    }

    /// <summary>Runs the handlers of the signals received since the last dispatch (compiled loops call this when
    /// <see cref="Pending"/> is set).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Dispatch()
    {
        Pending = 0;
        if (Gil.SwitchRequested) Gil.Yield();
        Finalization.RunPending();
        // As in CPython, handlers run in the main thread only; the others leave the signals recorded.
        if (!Gil.IsMainThread) return;
        Arrived.Reset();
        s_anyReceived = 0;
        for (int signum = 1; signum <= MaxSignal; signum++)
        {
            if (Interlocked.Exchange(ref s_received[signum], 0) == 0) continue;
            var handler = Handlers[signum];
            if (handler == null)
            {
                if (signum == SIGINT) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyboardInterrupt));
                continue;
            }
            if (ReferenceEquals(handler, Ignore)) continue;
            if (ReferenceEquals(handler, Default))
            {
                TerminateProcess?.Invoke(signum);
                continue;
            }
            handler.Call2(PyInt.Get(signum), PyNone.Instance);
        }
    }

    /// <summary>Sleeps up to <paramref name="seconds"/>, running signal handlers as they arrive (a handler that
    /// raises ends the sleep with its exception, as in CPython).</summary>
    public static void Sleep(double seconds)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var total = seconds >= 1e9 ? TimeSpan.MaxValue : TimeSpan.FromSeconds(seconds);
        while (true)
        {
            Poll();
            var left = total - watch.Elapsed;
            if (left <= TimeSpan.Zero) return;
            if (left > s_longestWait) left = s_longestWait;
            // Other threads run meanwhile; only the main thread wakes early for a signal's handler.
            using (Gil.Blocking())
            {
                if (Gil.IsMainThread) Arrived.Wait(left);
                else Thread.Sleep(left);
            }
        }
    }

    private static readonly TimeSpan s_longestWait = TimeSpan.FromDays(1);
}
