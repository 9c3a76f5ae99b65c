namespace Krait.Runtime;

/// <summary>What generator bodies call at their resume points and in <c>yield from</c>.</summary>
public static partial class Ops
{
    /// <summary>At a resume point: raises what throw()/close() left pending, else gives the sent value.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static PyObject GenResume(PyGenerator g, PyObject sent) => g.Pending == null ? sent : RaisePending(g);

    private static PyObject RaisePending(PyGenerator g)
    {
        var p = g.Pending!;
        g.Pending = null;
        // Raised where the body is suspended: inside a handler there, the handled exception is its context.
        var ctx = CurrentHandled;
        if (ctx != null && ctx != p && p.Context == null) p.Context = ctx;
        throw new PythonException(p);
    }

    /// <summary>One step of <c>yield from sub</c>: passes a pending throw/close or the sent value on to the
    /// subiterator. True with the value to yield; false when it finished, with its return value. A generator
    /// subiterator is stepped directly by the next steps of <paramref name="outer"/> when
    /// <paramref name="direct"/> (the <c>yield from</c> is not inside an except clause).</summary>
    public static bool YieldFromStep(PyGenerator outer, PyObject sub, PyObject sent, out PyObject value, bool direct)
    {
        var pending = outer.Pending;
        if (pending != null)
        {
            outer.Pending = null;
            outer.DirectDelegate = null;
            return YieldFromThrow(outer, sub, pending, out value);
        }
        if (sub is PyGenerator g)
        {
            // Cleared while it runs: a generator that raises is not delegated to again (PyGenerator.Step steps
            // its Delegate directly), even when this body handles the exception and goes on.
            outer.Delegate = null;
            outer.DirectDelegate = null;
            var r = g.Step(sent);
            if (r != null)
            {
                value = r;
                outer.Delegate = g;
                if (direct) outer.DirectDelegate = g;
                return true;
            }
            return SubgeneratorReturned(outer, g, out value);
        }
        var target = sub is NextMethodIterator nm ? nm.Target : sub;
        try
        {
            if (sent == PyNone.Instance)
            {
                if (target is PyIterator it)
                {
                    if (it.TryNext(out value)) { outer.Delegate = target; return true; }
                    outer.Delegate = null;
                    value = PyNone.Instance;
                    return false;
                }
                var next = target.Type.Lookup("__next__");
                if (next == null) throw TypeError($"'{target.Type.TpName}' object is not an iterator");
                value = next.Call1(target);
            }
            else value = target.GetAttr("send").Call1(sent);
            outer.Delegate = target;
            return true;
        }
        catch (PythonException e) when (e.Value.Class.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            outer.Delegate = null;
            value = e.Value.StopIterationValue;
            return false;
        }
    }

    private static bool SubgeneratorReturned(PyGenerator outer, PyGenerator g, out PyObject value)
    {
        value = g.ReturnValue ?? PyNone.Instance;
        g.ReturnValue = null;
        outer.Delegate = null;
        outer.DirectDelegate = null;
        return false;
    }

    /// <summary>throw()/close() on a generator suspended in <c>yield from</c>: GeneratorExit closes the
    /// subiterator and is raised here; other exceptions go to its throw() when it has one.</summary>
    private static bool YieldFromThrow(PyGenerator outer, PyObject sub, PyBaseException e, out PyObject value)
    {
        var target = sub is NextMethodIterator nm ? nm.Target : sub;
        if (e.Class.IsSubtypeOf(ExceptionTypes.GeneratorExit))
        {
            outer.Delegate = null;
            if (target is PyGenerator cg) cg.Close();
            else if (target.TryGetAttr("close", out var close)) close.Call0();
            throw new PythonException(e);
        }
        if (target is PyGenerator g)
        {
            outer.Delegate = null;
            var r = g.ThrowInto(e);
            if (r != null) { value = r; outer.Delegate = g; return true; }
            return SubgeneratorReturned(outer, g, out value);
        }
        if (!target.TryGetAttr("throw", out var thr))
        {
            outer.Delegate = null;
            throw new PythonException(e);
        }
        try
        {
            value = thr.Call1(e);
            return true;
        }
        catch (PythonException se) when (se.Value.Class.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            outer.Delegate = null;
            value = se.Value.StopIterationValue;
            return false;
        }
    }

    /// <summary>An except clause caught <paramref name="ex"/> in <paramref name="code"/>: the frame's traceback
    /// entry is added now (once). The handler body pushes it as the handled exception (<see cref="PushHandled"/>).</summary>
    public static PyBaseException CatchException(Exception ex, FunctionCode code, int line, PyObject?[]? locals)
    {
        var pe = ex as PythonException ?? Translate(ex);
        var e = pe.Value;
        if (e.Traceback.Count == 0) SetImplicitContext(e);
        if (!(e.FrameRecorded && e.Traceback.Count > 0 && e.Traceback[^1].Code == code))
            e.Traceback.Add(new TracebackEntry(code, EntryPosition(e, line), locals));
        e.FrameRecorded = true;
        return e;
    }

    /// <summary>An exception raised while another is being handled has that one as its context (explicit
    /// raise statements set it in MakeRaise; this covers errors raised by operations).</summary>
    public static void SetImplicitContext(PyBaseException e)
    {
        if (e.Context != null) return;
        var ctx = CurrentHandled;
        if (ctx != null && ctx != e) e.Context = ctx;
    }

    /// <summary>The position a frame records for <paramref name="e"/>: a fused method call's span pair is
    /// (call, then <c>obj.name</c>), and the lookup failing means the second.</summary>
    private static int EntryPosition(PyBaseException e, int position)
    {
        if (!e.AtMethodLookup) return position;
        e.AtMethodLookup = false;
        return position < 0 ? position - 1 : position;
    }

    public static void PushHandled(PyBaseException e) => s_handling.Add(e);
}
