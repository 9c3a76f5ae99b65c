namespace Krait.Runtime;

/// <summary>Runs an initializer that executes Python code once: while one thread runs it (and may let others run
/// meanwhile), other threads wait for it to finish rather than see half its work; the running thread itself
/// re-entering goes straight on. A failed run is tried again by the next caller.</summary>
public sealed class OnceGate
{
    private bool _done;
    private int _runner;

    public void Run(Action init)
    {
        if (_done) return;
        int me = Environment.CurrentManagedThreadId;
        if (_runner == me) return;
        while (_runner != 0)
        {
            using (Gil.Blocking()) Thread.Sleep(1);
            if (_done) return;
        }
        _runner = me;
        try
        {
            init();
            _done = true;
        }
        finally { _runner = 0; }
    }
}
