namespace Krait.Runtime;

/// <summary>The global interpreter lock. Python code runs on one thread at a time, as in CPython: the runtime's
/// per-thread state (call depth, exceptions being handled, generator delegation, published frame locals) lives
/// in static fields owned by the thread holding the lock and is saved into that thread's
/// <see cref="PyThreadState"/> when it lets go. Until a second thread starts the lock is inactive and costs
/// nothing. A thread waiting for it asks the holder to let go (through <see cref="Signals.Pending"/>, which
/// compiled loops already poll at back-edges); blocking calls (sleep, lock waits, socket and process waits)
/// release it for their duration.</summary>
public static class Gil
{
    private static readonly object s_lock = new();
    private static bool s_held;
    private static int s_waiters;
    private static long s_handoffs;
    [ThreadStatic] private static PyThreadState? t_state;

    /// <summary>Set when the first extra thread starts; from then on the lock is taken and released.</summary>
    public static volatile bool Active;

    /// <summary>A waiting thread wants the lock: the holder lets go at its next check point.</summary>
    public static volatile bool SwitchRequested;

    /// <summary>The managed id of the thread that runs the main program (signal handlers run there).</summary>
    public static int MainThreadId { get; private set; } = -1;

    public static bool IsMainThread => !Active || Environment.CurrentManagedThreadId == MainThreadId;

    /// <summary>Stack reserved for each thread a program starts (deep recursion ends in RecursionError first).</summary>
    private const int ThreadStackBytes = 64 * 1024 * 1024;

    private static int s_threads;

    /// <summary>Threads started and not finished (_thread._count()).</summary>
    public static int Count => Volatile.Read(ref s_threads);

    /// <summary>The state of the thread running Python code now.</summary>
    public static PyThreadState Current => t_state ??= new PyThreadState();

    /// <summary>Starts <paramref name="body"/> on a new thread that runs Python code under the lock, and returns the
    /// thread's identifier (get_ident() there). Background threads: the process does not wait for them
    /// (threading's shutdown joins the non-daemon ones).</summary>
    public static long Start(Action body)
    {
        Activate();
        var state = new PyThreadState();
        var thread = new Thread(() =>
        {
            Acquire(state);
            try { body(); }
            finally
            {
                foreach (var onExit in state.OnExit)
                    try { onExit(); } catch (PythonException) { }
                Interlocked.Decrement(ref s_threads);
                Release();
            }
        }, ThreadStackBytes) { IsBackground = true };
        Interlocked.Increment(ref s_threads);
        try { thread.Start(); }
        catch (Exception e) when (e is OutOfMemoryException or ThreadStartException)
        {
            Interlocked.Decrement(ref s_threads);
            throw Ops.RuntimeError("can't start new thread");
        }
        return thread.ManagedThreadId;
    }

    private static void Activate()
    {
        if (Active) return;
        MainThreadId = Environment.CurrentManagedThreadId;
        t_state = new PyThreadState();
        lock (s_lock) s_held = true;
        Active = true;
    }

    /// <summary>Releases the lock around a blocking call: <c>using (Gil.Blocking()) wait();</c>.</summary>
    public static BlockingRegion Blocking() => Active ? new BlockingRegion(Release()) : default;

    public readonly struct BlockingRegion : IDisposable
    {
        private readonly PyThreadState? _state;
        internal BlockingRegion(PyThreadState state) { _state = state; }
        public void Dispose() { if (_state != null) Acquire(_state); }
    }

    /// <summary>Called at check points when <see cref="SwitchRequested"/> is set: lets a waiting thread run, then
    /// waits for the lock again.</summary>
    public static void Yield()
    {
        SwitchRequested = false;
        if (!Active || Volatile.Read(ref s_waiters) == 0) return;
        var state = Save();
        lock (s_lock)
        {
            s_held = false;
            long seen = s_handoffs;
            Monitor.PulseAll(s_lock);
            // Wait until another thread has taken it, so this one does not take it straight back.
            while (s_handoffs == seen && s_waiters > 0) Monitor.Wait(s_lock, 5);
            WaitAndTake();
        }
        Restore(state);
    }

    private static void Acquire(PyThreadState state)
    {
        lock (s_lock) WaitAndTake();
        Restore(state);
    }

    // Under s_lock.
    private static void WaitAndTake()
    {
        s_waiters++;
        while (s_held)
        {
            if (!Monitor.Wait(s_lock, 5))
            {
                SwitchRequested = true;
                Signals.Pending = 1;
            }
        }
        s_waiters--;
        s_held = true;
        s_handoffs++;
        Monitor.PulseAll(s_lock);
    }

    private static PyThreadState Release()
    {
        var state = Save();
        lock (s_lock)
        {
            s_held = false;
            Monitor.PulseAll(s_lock);
        }
        return state;
    }

    private static PyThreadState Save()
    {
        var state = t_state ??= new PyThreadState();
        state.Depth = Ops.Depth;
        state.Handling = Ops.s_handling;
        state.Delegating = PyGenerator.Delegating;
        (state.FrameRecords, state.FrameRecordCount) = FrameLocalsRecords.Take();
        return state;
    }

    private static void Restore(PyThreadState state)
    {
        t_state = state;
        Ops.Depth = state.Depth;
        Ops.s_handling = state.Handling;
        PyGenerator.Delegating = state.Delegating;
        FrameLocalsRecords.Put(state.FrameRecords, state.FrameRecordCount);
        // A signal that arrived while another thread ran is handled once the main thread runs again.
        if (Environment.CurrentManagedThreadId == MainThreadId && Signals.AnyReceived) Signals.Pending = 1;
    }
}

/// <summary>What the runtime keeps per thread while another thread holds the interpreter lock.</summary>
public sealed class PyThreadState
{
    internal int Depth;
    internal List<PyBaseException> Handling = new();
    internal PyGenerator? Delegating;
    internal object? FrameRecords;
    internal int FrameRecordCount;

    /// <summary>Run when the thread ends, holding the lock (releases the locks _thread._set_sentinel made).</summary>
    public readonly List<Action> OnExit = new();
}
