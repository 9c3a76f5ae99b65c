using System.Collections.Concurrent;

namespace Krait.Runtime;

/// <summary>
/// Runs `__del__` methods and closes abandoned generators. CPython calls `__del__` the moment the last
/// reference goes; .NET's collector only finds unreachable objects at a collection, and its finalizers run on
/// their own thread, where Python code must not run. So a finalizable object's .NET finalizer only queues it
/// (keeping it alive) and flags <see cref="Signals.Pending"/>; the Python thread runs the queue at its next
/// check point (a loop back-edge or a blocking builtin), at <see cref="Collect"/> (gc.collect()) and at exit.
/// Only instances of classes that define `__del__` are finalizable (<see cref="PyFinalizableInstance"/>), so
/// other objects cost nothing. Each object is finalized at most once, as PEP 442 asks.
/// </summary>
public static class Finalization
{
    private static readonly ConcurrentQueue<PyObject> s_queue = new();
    /// <summary>Cleared once the interpreter has run its exit-time finalizers: later .NET finalizers do nothing.</summary>
    private static volatile bool s_open = true;
    [ThreadStatic] private static bool t_running;
    /// <summary>Set when the first finalizable object (or generator guard) is made. Until then exit has nothing
    /// to finalize and skips its full collection, which most programs would pay for nothing.</summary>
    internal static volatile bool Armed;

    /// <summary>Called from .NET finalizers: queues <paramref name="o"/> for the Python thread.</summary>
    internal static void Enqueue(PyObject o)
    {
        if (!s_open) return;
        s_queue.Enqueue(o);
        Signals.Pending = 1;
    }

    public static bool HasPending => !s_queue.IsEmpty;

    /// <summary>Runs the queued finalizers (on the Python thread; not re-entered from inside one).</summary>
    public static void RunPending()
    {
        if (t_running || s_queue.IsEmpty) return;
        t_running = true;
        try
        {
            while (!s_queue.IsEmpty)
            {
                // .NET queues the objects one collection found in no set order. Newest first approximates
                // CPython, where an object's __del__ runs before those of the older objects it holds.
                var batch = new List<PyObject>();
                while (s_queue.TryDequeue(out var o)) batch.Add(o);
                if (batch.Count > 1) batch.Sort(static (a, b) => Sequence(b).CompareTo(Sequence(a)));
                foreach (var o in batch) Finalize(o);
            }
        }
        finally { t_running = false; }
    }

    /// <summary>gc.collect(): a full collection, then the finalizers it found; repeated while finalizers free
    /// more (a few rounds, as objects they drop may have finalizers of their own).</summary>
    public static void Collect()
    {
        for (int round = 0; round < 4; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            if (s_queue.IsEmpty) break;
            RunPending();
        }
    }

    /// <summary>At interpreter exit: objects that __main__'s globals still reference (directly or from a list,
    /// tuple, dict or instance they hold) are finalized in the globals' order, as CPython's module teardown
    /// does for the common case, then whatever a last collection finds. True when a finalizer ran.</summary>
    public static bool RunAtExit()
    {
        if (!s_open) return false;
        if (!Armed) { s_open = false; return false; }
        bool ran = false;
        try
        {
            if (Builtins.Modules.TryGetValue("__main__", out var main) && main is PyModule m)
            {
                foreach (var cell in m.Cells.Values.ToArray())
                {
                    var v = cell.Value;
                    if (v == null) continue;
                    ran |= FinalizeHeld(v);
                    switch (PyInstance.Unwrap(v))
                    {
                        case PyList l: foreach (var x in l.Items.AsSpan(0, l.Count).ToArray()) ran |= FinalizeHeld(x); break;
                        case PyTuple t: foreach (var x in t.Items) ran |= FinalizeHeld(x); break;
                        case PyDict d: foreach (var en in d.Table.Entries.AsSpan(0, d.Table.Used).ToArray()) if (en.Value != null) ran |= FinalizeHeld(en.Value); break;
                    }
                    if (v is PyInstance inst)
                        foreach (var x in inst.SlotValues()) if (x != null) ran |= FinalizeHeld(x);
                }
            }
            ran |= !s_queue.IsEmpty;
            Collect();
            ran |= !s_queue.IsEmpty;
            RunPending();
        }
        finally { s_open = false; }
        return ran;
    }

    private static bool FinalizeHeld(PyObject v)
    {
        if (v is PyGenerator { State: > 0, Running: false } g && g.Function.Code.CloseWhenCollected)
        {
            Finalize(g);
            return true;
        }
        if (v is not PyFinalizableInstance f || !f.TryClaim()) return false;
        CallDel(f);
        return true;
    }

    private static long Sequence(PyObject o) => o is PyFinalizableInstance f ? f.Sequence : 0;

    private static long s_created;
    internal static long NextSequence() => Interlocked.Increment(ref s_created);

    private static void Finalize(PyObject o)
    {
        if (o is PyFinalizableInstance f) CallDel(f);
        else if (o is PyGenerator g && g.State > 0 && !g.Running)
        {
            // A suspended generator that became unreachable is closed, so its finally blocks run (CPython).
            try { g.Close(); }
            catch (PythonException e) { ReportUnraisable(g, e.Value); }
        }
    }

    private static void CallDel(PyInstance o)
    {
        var del = o.Type.Lookup("__del__");
        if (del == null) return;
        try { del.Call1(o); }
        catch (PythonException e) { ReportUnraisable(del, e.Value); }
    }

    /// <summary>CPython's "Exception ignored in: ..." report on sys.stderr; the program goes on.</summary>
    public static void ReportUnraisable(PyObject where, PyBaseException e)
    {
        string repr;
        try { repr = Ops.Repr(where); } catch (PythonException) { repr = "<object repr() failed>"; }
        string text = "Exception ignored in: " + repr + "\n" + TracebackPrinter.Format(e);
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

/// <summary>An instance of a class that defines `__del__`: its .NET finalizer hands it to
/// <see cref="Finalization"/>, which calls `__del__` on the Python thread.</summary>
public sealed class PyFinalizableInstance : PyInstance
{
    private int _claimed;

    /// <summary>Creation order, for the order finalizers run in (see <see cref="Finalization.RunPending"/>).</summary>
    internal readonly long Sequence = Finalization.NextSequence();

    public PyFinalizableInstance(PyType type) : base(type) { Finalization.Armed = true; }

    /// <summary>True the first time only: `__del__` runs once per object.</summary>
    internal bool TryClaim()
    {
        if (Interlocked.Exchange(ref _claimed, 1) != 0) return false;
        GC.SuppressFinalize(this);
        return true;
    }

    ~PyFinalizableInstance()
    {
        if (Interlocked.Exchange(ref _claimed, 1) == 0) Finalization.Enqueue(this);
    }
}
