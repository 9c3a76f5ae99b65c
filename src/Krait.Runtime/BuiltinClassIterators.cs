namespace Krait.Runtime;

/// <summary>The iterators that CPython's builtin classes enumerate, zip, map and filter make, and iter(f, sentinel)'s
/// callable_iterator: explicit state (no compiler-made state machine), so they can report it to
/// <c>__reduce__</c> as CPython does, and an exception raised by one step does not end the iteration.</summary>
public static class BuiltinClassIterators
{
    /// <summary>What an inner iterator looks like from Python (a Python-level iterator is itself).</summary>
    internal static PyObject Visible(PyIterator it) => it is NextMethodIterator nm ? nm.Target : it;
}

public sealed class EnumerateIterator : PyIterator, IIteratorState
{
    private readonly PyIterator _it;
    private long _i;
    private PyObject? _big;   // the count once it leaves the machine word (or started as a big int)

    public EnumerateIterator(PyIterator it, PyObject start)
    {
        _it = it;
        if (start is PyInt i) { _i = i.Value; return; }
        var b = Ops.ToBig(start);
        if (b >= long.MinValue && b <= long.MaxValue) _i = (long)b;
        else _big = PyInt.From(b);
    }

    public override PyType Type => IteratorTypes.Enumerate;

    public override bool TryNext(out PyObject value)
    {
        if (!_it.TryNext(out var v)) { value = null!; return false; }
        PyObject index;
        if (_big == null)
        {
            index = PyInt.Get(_i);
            if (_i == long.MaxValue) _big = Ops.Add(index, PyInt.Get(1));
            else _i++;
        }
        else
        {
            index = _big;
            _big = Ops.Add(_big, PyInt.Get(1));
        }
        value = new PyTuple(new[] { index, v });
        return true;
    }

    private PyObject Count => _big ?? PyInt.Get(_i);
    public PyObject LengthHint() => PyNotImplemented.Instance;
    public PyObject Reduce() =>
        new PyTuple(new PyObject[] { IteratorTypes.Enumerate, new PyTuple(new[] { BuiltinClassIterators.Visible(_it), Count }) });
    public void SetState(PyObject state) { }
}

public sealed class ZipIterator : PyIterator, IIteratorState
{
    private readonly PyIterator[] _its;
    private bool _strict;

    public ZipIterator(PyIterator[] its, bool strict) { _its = its; _strict = strict; }
    public override PyType Type => IteratorTypes.Zip;

    public override bool TryNext(out PyObject value)
    {
        var its = _its;
        value = null!;
        if (its.Length == 0) return false;
        var row = new PyObject[its.Length];
        for (int i = 0; i < its.Length; i++)
        {
            if (its[i].TryNext(out row[i])) continue;
            if (_strict)
            {
                if (i > 0) throw Ops.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i == 1 ? "" : "-" + i)}");
                for (int j = 1; j < its.Length; j++)
                    if (its[j].TryNext(out _)) throw Ops.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j == 1 ? "" : "-" + j)}");
            }
            return false;
        }
        value = new PyTuple(row);
        return true;
    }

    private PyObject Iterators()
    {
        var a = new PyObject[_its.Length];
        for (int i = 0; i < a.Length; i++) a[i] = BuiltinClassIterators.Visible(_its[i]);
        return new PyTuple(a);
    }

    public PyObject LengthHint() => PyNotImplemented.Instance;

    public PyObject Reduce() => _strict
        ? new PyTuple(new PyObject[] { IteratorTypes.Zip, Iterators(), PyBool.True })
        : new PyTuple(new PyObject[] { IteratorTypes.Zip, Iterators() });

    public void SetState(PyObject state) => _strict = Ops.IsTrue(state);
}

public sealed class MapIterator : PyIterator, IIteratorState
{
    private readonly PyObject _f;
    private readonly PyIterator[] _its;

    public MapIterator(PyObject f, PyIterator[] its) { _f = f; _its = its; }
    public override PyType Type => IteratorTypes.Map;

    public override bool TryNext(out PyObject value)
    {
        var its = _its;
        if (its.Length == 1)
        {
            if (its[0].TryNext(out var x)) { value = _f.Call1(x); return true; }
            value = null!;
            return false;
        }
        var row = new PyObject[its.Length];
        for (int i = 0; i < its.Length; i++)
            if (!its[i].TryNext(out row[i])) { value = null!; return false; }
        value = _f.Call(row, null);
        return true;
    }

    public PyObject LengthHint() => PyNotImplemented.Instance;

    public PyObject Reduce()
    {
        var a = new PyObject[_its.Length + 1];
        a[0] = _f;
        for (int i = 0; i < _its.Length; i++) a[i + 1] = BuiltinClassIterators.Visible(_its[i]);
        return new PyTuple(new PyObject[] { IteratorTypes.Map, new PyTuple(a) });
    }

    public void SetState(PyObject state) { }
}

public sealed class FilterIterator : PyIterator, IIteratorState
{
    private readonly PyObject _f;
    private readonly PyIterator _it;

    public FilterIterator(PyObject f, PyIterator it) { _f = f; _it = it; }
    public override PyType Type => IteratorTypes.Filter;

    public override bool TryNext(out PyObject value)
    {
        var f = _f;
        while (_it.TryNext(out var v))
        {
            if (f == PyNone.Instance || f == PyType.BoolType ? Ops.IsTrue(v) : Ops.IsTrue(f.Call1(v)))
            {
                value = v;
                return true;
            }
        }
        value = null!;
        return false;
    }

    public PyObject LengthHint() => PyNotImplemented.Instance;
    public PyObject Reduce() =>
        new PyTuple(new PyObject[] { IteratorTypes.Filter, new PyTuple(new[] { _f, BuiltinClassIterators.Visible(_it) }) });
    public void SetState(PyObject state) { }
}

/// <summary>iter(callable, sentinel): calls until the result equals the sentinel; then stays exhausted.</summary>
public sealed class CallableIterator : PyIterator, IIteratorState
{
    private PyObject? _f;
    private PyObject? _sentinel;

    public CallableIterator(PyObject f, PyObject sentinel) { _f = f; _sentinel = sentinel; }
    public override PyType Type => IteratorTypes.Callable;

    public override bool TryNext(out PyObject value)
    {
        var f = _f;
        if (f != null)
        {
            PyObject v;
            try { v = f.Call0(); }
            catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
            {
                _f = _sentinel = null;
                value = null!;
                return false;
            }
            if (!Ops.EqBool(v, _sentinel!)) { value = v; return true; }
            _f = _sentinel = null;
        }
        value = null!;
        return false;
    }

    public PyObject LengthHint() => PyNotImplemented.Instance;

    public PyObject Reduce() => _f == null
        ? IteratorTypes.ReduceIter(PyTuple.Empty)
        : new PyTuple(new[] { Builtins.Module.Cells["iter"].Value!, new PyTuple(new[] { _f, _sentinel! }) });

    public void SetState(PyObject state) { }
}
