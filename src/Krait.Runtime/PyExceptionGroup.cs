namespace Krait.Runtime;

/// <summary>BaseExceptionGroup / ExceptionGroup instances: a message and a tuple of exceptions, with split,
/// subgroup and derive as CPython 3.11 defines them.</summary>
public sealed class PyExceptionGroup : PyBaseException
{
    private PyStr? _message;
    private PyTuple? _exceptions;

    public PyExceptionGroup(PyType type) : base(type) { }

    /// <summary>Both types: ExceptionGroup derives from BaseExceptionGroup and Exception.</summary>
    internal static PyType MakeTypes(PyType baseGroup, PyType exception, List<PyType> builtins)
    {
        var group = new PyType("ExceptionGroup", new[] { baseGroup, exception });
        builtins.Add(group);
        baseGroup.Allocator = static t => new PyExceptionGroup(t);
        group.Allocator = static t => new PyExceptionGroup(t);
        baseGroup.Constructor = (a, k) => Create(baseGroup, a, k);
        group.Constructor = (a, k) => Create(group, a, k);
        return group;
    }

    /// <summary>BaseExceptionGroup.__new__: validates the arguments; a BaseExceptionGroup of Exceptions
    /// only is an ExceptionGroup.</summary>
    public static PyExceptionGroup Create(PyType type, PyObject[] args, string[]? kwnames)
    {
        if (kwnames != null && kwnames.Length > 0)
            throw Ops.TypeError("BaseExceptionGroup.__new__() takes no keyword arguments");
        if (args.Length != 2)
            throw Ops.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)");
        if (args[0] is not PyStr msg)
            throw Ops.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {args[0].Type.TpName}");
        var seq = args[1];
        if (seq is PyStr || seq is PyDict || seq is PySet || !(seq is PyList || seq is PyTuple || seq.Type.Lookup("__getitem__") != null))
            throw Ops.TypeError("second argument (exceptions) must be a sequence");
        var items = Ops.ToArray(seq);
        if (items.Length == 0) throw Ops.ValueError("second argument (exceptions) must be a non-empty sequence");
        bool allExceptions = true;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyBaseException be)
                throw Ops.ValueError($"Item {i} of second argument (exceptions) is not an exception");
            if (!be.Class.IsSubtypeOf(ExceptionTypes.Exception)) allExceptions = false;
        }
        if (type == ExceptionTypes.BaseExceptionGroup && allExceptions) type = ExceptionTypes.ExceptionGroup;
        else if (type.IsSubtypeOf(ExceptionTypes.Exception) && !allExceptions)
            throw Ops.TypeError(type == ExceptionTypes.ExceptionGroup
                ? "Cannot nest BaseExceptions in an ExceptionGroup"
                : $"Cannot nest BaseExceptions in '{type.Name}'");
        var g = new PyExceptionGroup(type)
        {
            Args = new PyTuple(new[] { args[0], args[1] }),
            _message = msg,
            _exceptions = new PyTuple(items),
        };
        return g;
    }

    /// <summary>A group made by the runtime (except* results, derive).</summary>
    public static PyExceptionGroup Make(string message, List<PyObject> excs, bool asTuple = false) =>
        Create(ExceptionTypes.BaseExceptionGroup, new PyObject[]
        {
            new PyStr(message), asTuple ? new PyTuple(excs.ToArray()) : new PyList(excs.ToArray()),
        }, null);

    public PyStr Message => _message ??= Args.Items.Length > 0 && Args.Items[0] is PyStr s ? s : new PyStr("");
    public PyTuple Exceptions => _exceptions ??= Args.Items.Length > 1 ? new PyTuple(Ops.ToArray(Args.Items[1])) : PyTuple.Empty;

    public override string Str()
    {
        if (Class.LookupOverride("__str__") is PyObject m) return Ops.ExpectStr(m.Call1(this), "__str__");
        int n = Exceptions.Items.Length;
        return $"{Message.Value} ({n} sub-exception{(n == 1 ? "" : "s")})";
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "message": value = Message; return true;
            case "exceptions": value = Exceptions; return true;
            case "split":
                value = new PyBuiltinFunction("split", (a, k) =>
                {
                    if (a.Length != 1) throw Ops.TypeError($"BaseExceptionGroup.split() takes exactly one argument ({a.Length} given)");
                    var (m, r) = Split(Matcher(a[0]));
                    return new PyTuple(new[] { m ?? (PyObject)PyNone.Instance, r ?? (PyObject)PyNone.Instance });
                }) { Self = this };
                return true;
            case "subgroup":
                value = new PyBuiltinFunction("subgroup", (a, k) =>
                {
                    if (a.Length != 1) throw Ops.TypeError($"BaseExceptionGroup.subgroup() takes exactly one argument ({a.Length} given)");
                    return (PyObject?)Split(Matcher(a[0])).Match ?? PyNone.Instance;
                }) { Self = this };
                return true;
            case "derive":
                value = new PyBuiltinFunction("derive", (a, k) =>
                {
                    if (a.Length != 1) throw Ops.TypeError($"BaseExceptionGroup.derive() takes exactly one argument ({a.Length} given)");
                    return Create(ExceptionTypes.BaseExceptionGroup, new PyObject[] { Message, a[0] }, null);
                }) { Self = this };
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    /// <summary>split()'s condition: an exception type, a tuple of them, or a predicate.</summary>
    public static Func<PyBaseException, bool> Matcher(PyObject cond)
    {
        if (cond is PyType t && t.IsSubtypeOf(ExceptionTypes.BaseException)) return e => e.Class.IsSubtypeOf(t);
        if (cond is PyTuple tup)
        {
            foreach (var x in tup.Items)
                if (x is not PyType xt || !xt.IsSubtypeOf(ExceptionTypes.BaseException))
                    throw Ops.TypeError("expected a function, exception type or tuple of exception types");
            return e => Ops.ExceptionMatches(e, tup);
        }
        if (cond is not PyType && Builtins.IsCallable(cond)) return e => Ops.IsTrue(cond.Call1(e));
        throw Ops.TypeError("expected a function, exception type or tuple of exception types");
    }

    /// <summary>(matching part, rest), each a group derived from this one (structure and metadata kept) or null.</summary>
    public (PyBaseException? Match, PyBaseException? Remainder) Split(Func<PyBaseException, bool> matches, bool leavesOnly = false)
    {
        if (!leavesOnly && matches(this)) return (this, null);
        var matchList = new List<PyObject>();
        var restList = new List<PyObject>();
        foreach (var item in Exceptions.Items)
        {
            var e = (PyBaseException)item;
            if (e is PyExceptionGroup g)
            {
                var (m, r) = g.Split(matches, leavesOnly);
                if (m != null) matchList.Add(m);
                if (r != null) restList.Add(r);
            }
            else if (matches(e)) matchList.Add(e);
            else restList.Add(e);
        }
        return (matchList.Count == 0 ? null : Derive(matchList), restList.Count == 0 ? null : Derive(restList));
    }

    /// <summary>derive() plus the metadata CPython copies onto split results.</summary>
    private PyBaseException Derive(List<PyObject> excs)
    {
        var derived = Class.Lookup("derive") is PyObject userDerive && userDerive is not PyBuiltinFunction
            ? userDerive.Call(new PyObject[] { this, new PyList(excs.ToArray()) }, null)
            : Create(ExceptionTypes.BaseExceptionGroup, new PyObject[] { Message, new PyList(excs.ToArray()) }, null);
        if (derived is not PyBaseException d)
            throw Ops.TypeError("derive must return an instance of BaseExceptionGroup");
        d.Traceback.AddRange(Traceback);
        d.FrameRecorded = FrameRecorded;
        d.Cause = Cause;
        d.Context = Context;
        d.SuppressContext = SuppressContext;
        return d;
    }

    /// <summary>The leaf exceptions, depth first.</summary>
    public static void CollectLeaves(PyBaseException e, HashSet<PyBaseException> into)
    {
        if (e is PyExceptionGroup g)
            foreach (var x in g.Exceptions.Items) CollectLeaves((PyBaseException)x, into);
        else into.Add(e);
    }
}
