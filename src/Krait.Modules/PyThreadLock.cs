using Krait.Runtime;

namespace Krait.Modules;

/// <summary>_thread.lock: a non-reentrant lock any thread may release. A wait gives up the interpreter lock and
/// wakes every 20 ms to let the main thread run signal handlers (Ctrl-C ends a wait, as in CPython).</summary>
public sealed class PyThreadLock : PyObject
{
    public static readonly PyType LockType = MakeType();
    private const int WaitSliceMs = 20;

    private readonly SemaphoreSlim _sem = new(1, 1);

    public override PyType Type => LockType;
    public bool Locked => _sem.CurrentCount == 0;

    public override string Repr() => $"<{(Locked ? "locked" : "unlocked")} _thread.lock object at 0x{Ops.Id(this):x}>";

    /// <summary>Takes the lock; a negative <paramref name="timeout"/> waits as long as it takes.</summary>
    public bool Acquire(bool blocking, double timeout)
    {
        if (_sem.Wait(0)) return true;
        if (!blocking) return false;
        long deadline = timeout < 0 ? long.MaxValue : Environment.TickCount64 + (long)Math.Ceiling(timeout * 1000);
        while (true)
        {
            long now = Environment.TickCount64;
            if (now >= deadline) return false;
            int slice = (int)Math.Min(deadline - now, WaitSliceMs);
            bool got;
            using (Gil.Blocking()) got = _sem.Wait(slice);
            if (got) return true;
            Signals.Poll();
        }
    }

    public void Release()
    {
        if (!Locked) throw Ops.RuntimeError("release unlocked lock");
        _sem.Release();
    }

    /// <summary>For the sentinel locks released when their thread ends.</summary>
    public void ReleaseIfLocked()
    {
        if (Locked) _sem.Release();
    }

    private static PyType MakeType()
    {
        var t = NativeModule.Type("_thread", "lock");
        t.Constructor = (a, k) => throw Ops.TypeError("cannot create '_thread.lock' instances");
        MethodBody acquire = (self, a, k) =>
        {
            var p = NativeArgs.Bind("acquire", a, k, new[] { "blocking", "timeout" }, 0);
            bool blocking = p[0] == null || Ops.Index(p[0]!) != 0;
            double timeout = p[1] == null ? -1 : Timeout(p[1]!);
            if (!blocking && timeout != -1) throw Ops.ValueError("can't specify a timeout for a non-blocking call");
            if (timeout < 0 && timeout != -1) throw Ops.ValueError("timeout value must be positive");
            // Past TIMEOUT_MAX the seconds no longer fit CPython's nanosecond clock type, which is what it reports.
            if (timeout > ThreadModule.TimeoutMax) throw Ops.OverflowError("timestamp too large to convert to C _PyTime_t");
            return PyBool.Get(((PyThreadLock)self).Acquire(blocking, timeout));
        };
        MethodBody release = (self, a, k) =>
        {
            NativeArgs.Exactly("release", a, k, 0);
            ((PyThreadLock)self).Release();
            return PyNone.Instance;
        };
        MethodBody locked = (self, a, k) =>
        {
            NativeArgs.Exactly("locked", a, k, 0);
            return PyBool.Get(((PyThreadLock)self).Locked);
        };
        foreach (var name in new[] { "acquire", "acquire_lock", "__enter__" }) NativeModule.Method(t, name, acquire);
        foreach (var name in new[] { "release", "release_lock" }) NativeModule.Method(t, name, release);
        foreach (var name in new[] { "locked", "locked_lock" }) NativeModule.Method(t, name, locked);
        NativeModule.Method(t, "__exit__", (self, a, k) => { ((PyThreadLock)self).Release(); return PyNone.Instance; });
        NativeModule.Method(t, "_at_fork_reinit", (self, a, k) => { ((PyThreadLock)self).ReleaseIfLocked(); return PyNone.Instance; });
        NativeModule.Method(t, "__repr__", (self, a, k) => new PyStr(self.Repr()));
        return t;
    }

    private static double Timeout(PyObject o)
    {
        if (o is PyFloat f) return f.Value;
        if (o is PyInt or PyBigInt) return Ops.ToDouble(o);
        throw Ops.TypeError($"'{o.Type.TpName}' object cannot be interpreted as an integer");
    }
}
