namespace Krait.Runtime;

/// <summary>The state of one <c>try ... except*</c> while its clauses run: the original exception, the part no
/// clause has matched yet, and what the clauses raised.</summary>
public sealed class ExceptStarState : PyObject
{
    public readonly PyBaseException Original;
    public PyBaseException? Rest;
    public readonly List<(PyBaseException Exception, bool Reraise)> Raised = new();
    public ExceptStarState(PyBaseException original) { Original = original; Rest = original; }
    public override PyType Type => PyType.ObjectType;
}

public static partial class Ops
{
    public static ExceptStarState ExceptStarBegin(PyBaseException e) => new(e);

    /// <summary>One <c>except* T</c> clause: the part of the remaining exception matching T (a naked exception
    /// is wrapped in an ExceptionGroup), or null when nothing matches.</summary>
    public static PyObject? ExceptStarMatch(ExceptStarState state, PyObject type)
    {
        CheckExceptStarType(type);
        var rest = state.Rest;
        if (rest == null) return null;
        if (ExceptionMatches(rest, type))
        {
            state.Rest = null;
            if (rest is PyExceptionGroup) return rest;
            var wrapped = PyExceptionGroup.Make("", new List<PyObject> { rest }, asTuple: true);
            wrapped.Traceback.AddRange(rest.Traceback);
            wrapped.FrameRecorded = rest.FrameRecorded;
            return wrapped;
        }
        if (rest is PyExceptionGroup g)
        {
            var (m, r) = g.Split(PyExceptionGroup.Matcher(type));
            state.Rest = r;
            return m;
        }
        return null;
    }

    private static void CheckExceptStarType(PyObject type)
    {
        if (type is PyTuple tup)
        {
            foreach (var x in tup.Items) CheckExceptStarType(x);
            return;
        }
        if (type is not PyType t || !t.IsSubtypeOf(ExceptionTypes.BaseException))
            throw TypeError("catching classes that do not inherit from BaseException is not allowed");
        if (t.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
            throw TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }

    /// <summary>An except* clause body raised <paramref name="ex"/>: a re-raise when it is the clause's own match.</summary>
    public static void ExceptStarRaised(ExceptStarState state, Exception ex, PyObject match, FunctionCode code, int line)
    {
        var e = CatchException(ex, code, line, null);
        state.Raised.Add((e, e == match));
    }

    /// <summary>After the clauses: raises what is left, as CPython's _PyExc_PrepReraiseStar combines it (re-raised
    /// and unhandled parts keep the original group's structure; new exceptions join them in a new group).</summary>
    public static void ExceptStarEnd(ExceptStarState state)
    {
        var orig = state.Original;
        if (orig is not PyExceptionGroup og)
        {
            if (state.Raised.Count > 0) throw new PythonException(state.Raised[0].Exception);
            if (state.Rest != null) throw new PythonException(state.Rest);
            return;
        }
        var keep = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        var raised = new List<PyObject>();
        foreach (var (e, reraise) in state.Raised)
        {
            if (reraise) PyExceptionGroup.CollectLeaves(e, keep);
            else raised.Add(e);
        }
        if (state.Rest != null) PyExceptionGroup.CollectLeaves(state.Rest, keep);
        PyBaseException? projected = keep.Count == 0 ? null : og.Split(x => keep.Contains(x), leavesOnly: true).Match;
        PyBaseException? result;
        if (raised.Count == 0) result = projected;
        else
        {
            if (projected != null) raised.Add(projected);
            // A clause that raised anew, when a group was caught, raises a new group even for one exception.
            result = PyExceptionGroup.Make("", raised);
        }
        if (result != null) throw new PythonException(result);
    }
}
