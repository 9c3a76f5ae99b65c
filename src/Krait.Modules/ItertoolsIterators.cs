using System.Numerics;
using Krait.Runtime;

namespace Krait.Modules;

/// <summary>Base of the itertools iterators: each reports its own type (itertools.count, ...).</summary>
public abstract class ItertoolsIterator : PyIterator
{
    private readonly PyType _type;
    protected ItertoolsIterator(PyType type) { _type = type; }
    public override PyType Type => _type;
    public override string Repr() => $"<{_type.Module}.{_type.Name} object at 0x{Ops.Id(this):x}>";
}

public sealed class CountIterator : ItertoolsIterator
{
    private long _n, _step;
    private PyObject? _big, _bigStep;  // non-int64 start or step: generic arithmetic

    public CountIterator(PyType t, PyObject start, PyObject step) : base(t)
    {
        if (start is PyInt s && step is PyInt st) { _n = s.Value; _step = st.Value; }
        else { _big = start; _bigStep = step; }
    }

    public override bool TryNext(out PyObject value)
    {
        if (_big == null)
        {
            long r = _n + _step;
            if (((_n ^ r) & (_step ^ r)) >= 0) { value = PyInt.Get(_n); _n = r; return true; }
            _big = PyInt.Get(_n);
            _bigStep = PyInt.Get(_step);
        }
        value = _big;
        _big = Ops.Add(_big, _bigStep!);
        return true;
    }

    public override string Repr()
    {
        PyObject cur = _big ?? PyInt.Get(_n), step = _bigStep ?? PyInt.Get(_step);
        bool unitStep = step is PyInt i && i.Value == 1;
        return unitStep ? $"count({Ops.Repr(cur)})" : $"count({Ops.Repr(cur)}, {Ops.Repr(step)})";
    }
}

public sealed class CycleIterator : ItertoolsIterator
{
    private PyIterator? _it;
    private readonly List<PyObject> _saved = new();
    private int _i;
    public CycleIterator(PyType t, PyObject iterable) : base(t) { _it = iterable.Iter(); }

    public override bool TryNext(out PyObject value)
    {
        if (_it != null)
        {
            if (_it.TryNext(out value)) { _saved.Add(value); return true; }
            _it = null;
        }
        if (_saved.Count == 0) { value = null!; return false; }
        value = _saved[_i];
        _i = (_i + 1) % _saved.Count;
        return true;
    }
}

public sealed class RepeatIterator : ItertoolsIterator
{
    private readonly PyObject _o;
    private long _left;  // -1: forever
    public RepeatIterator(PyType t, PyObject o, long times) : base(t) { _o = o; _left = times; }

    public override bool TryNext(out PyObject value)
    {
        if (_left == 0) { value = null!; return false; }
        if (_left > 0) _left--;
        value = _o;
        return true;
    }

    public long LengthHint => _left;
    public override string Repr() => _left < 0 ? $"repeat({Ops.Repr(_o)})" : $"repeat({Ops.Repr(_o)}, {_left})";
}

public sealed class AccumulateIterator : ItertoolsIterator
{
    private readonly PyIterator _it;
    private readonly PyObject? _func;
    private PyObject? _total, _initial;
    public AccumulateIterator(PyType t, PyObject iterable, PyObject? func, PyObject? initial) : base(t)
    {
        _it = iterable.Iter();
        _func = func;
        _initial = initial;
    }

    public override bool TryNext(out PyObject value)
    {
        if (_initial != null)
        {
            _total = value = _initial;
            _initial = null;
            return true;
        }
        if (!_it.TryNext(out var v)) { value = null!; return false; }
        _total = _total == null ? v : _func == null ? Ops.Add(_total, v) : _func.Call2(_total, v);
        value = _total;
        return true;
    }
}

public sealed class ChainIterator : ItertoolsIterator
{
    private readonly PyIterator _sources;
    private PyIterator? _cur;
    public ChainIterator(PyType t, PyIterator sources) : base(t) { _sources = sources; }

    public override bool TryNext(out PyObject value)
    {
        while (true)
        {
            if (_cur != null)
            {
                if (_cur.TryNext(out value)) return true;
                _cur = null;
            }
            if (!_sources.TryNext(out var next)) { value = null!; return false; }
            _cur = next.Iter();
        }
    }
}

public sealed class CompressIterator : ItertoolsIterator
{
    private readonly PyIterator _data, _selectors;
    public CompressIterator(PyType t, PyObject data, PyObject selectors) : base(t) { _data = data.Iter(); _selectors = selectors.Iter(); }

    public override bool TryNext(out PyObject value)
    {
        while (_data.TryNext(out value))
        {
            if (!_selectors.TryNext(out var s)) break;
            if (Ops.IsTrue(s)) return true;
        }
        value = null!;
        return false;
    }
}

/// <summary>dropwhile, takewhile and filterfalse: a predicate over the source.</summary>
public sealed class PredicateIterator : ItertoolsIterator
{
    public enum Kind { DropWhile, TakeWhile, FilterFalse }
    private readonly PyObject _pred;
    private readonly PyIterator _it;
    private readonly Kind _kind;
    private bool _done;
    public PredicateIterator(PyType t, Kind kind, PyObject pred, PyObject iterable) : base(t) { _kind = kind; _pred = pred; _it = iterable.Iter(); }

    public override bool TryNext(out PyObject value)
    {
        switch (_kind)
        {
            case Kind.DropWhile:
                while (_it.TryNext(out value))
                {
                    if (_done || !Ops.IsTrue(_pred.Call1(value))) { _done = true; return true; }
                }
                break;
            case Kind.TakeWhile:
                if (!_done && _it.TryNext(out value))
                {
                    if (Ops.IsTrue(_pred.Call1(value))) return true;
                    _done = true;
                }
                break;
            default:
                bool identity = _pred == PyNone.Instance;
                while (_it.TryNext(out value))
                    if (!Ops.IsTrue(identity ? value : _pred.Call1(value))) return true;
                break;
        }
        value = null!;
        return false;
    }
}

/// <summary>groupby: the outer iterator yields (key, group); a group reads from the shared source and stops
/// being useful once the outer one moves on, as in CPython.</summary>
public sealed class GroupByIterator : ItertoolsIterator
{
    private readonly PyIterator _it;
    private readonly PyObject? _key;
    private readonly PyType _grouperType;
    internal PyObject? CurrentKey, CurrentValue, TargetKey;
    internal object? CurrentGrouper;
    private bool _exhausted;

    public GroupByIterator(PyType t, PyType grouperType, PyObject iterable, PyObject? key) : base(t)
    {
        _it = iterable.Iter();
        _key = key == PyNone.Instance ? null : key;
        _grouperType = grouperType;
    }

    internal bool Step()
    {
        if (_exhausted || !_it.TryNext(out var v)) { _exhausted = true; return false; }
        CurrentValue = v;
        CurrentKey = _key == null ? v : _key.Call1(v);
        return true;
    }

    public override bool TryNext(out PyObject value)
    {
        CurrentGrouper = null;
        while (true)
        {
            if (CurrentKey == null)
            {
                if (!Step()) { value = null!; return false; }
            }
            else if (TargetKey != null)
            {
                if (!(ReferenceEquals(TargetKey, CurrentKey) || Ops.EqBool(TargetKey, CurrentKey))) break;
                if (!Step()) { value = null!; return false; }
            }
            else break;
        }
        TargetKey = CurrentKey;
        var g = new Grouper(_grouperType, this, TargetKey!);
        CurrentGrouper = g;
        value = new PyTuple(new[] { CurrentKey!, (PyObject)g });
        return true;
    }

    private sealed class Grouper : ItertoolsIterator
    {
        private readonly GroupByIterator _parent;
        private readonly PyObject _tgtKey;
        public Grouper(PyType t, GroupByIterator parent, PyObject tgtKey) : base(t) { _parent = parent; _tgtKey = tgtKey; }

        public override bool TryNext(out PyObject value)
        {
            var p = _parent;
            if (p.CurrentGrouper != this) { value = null!; return false; }
            if (p.CurrentValue == null)
            {
                if (!p.Step()) { value = null!; return false; }
            }
            if (!(ReferenceEquals(_tgtKey, p.CurrentKey) || Ops.EqBool(_tgtKey, p.CurrentKey!))) { value = null!; return false; }
            value = p.CurrentValue!;
            p.CurrentValue = null;
            return true;
        }
    }
}

public sealed class ISliceIterator : ItertoolsIterator
{
    private PyIterator? _it;
    private long _next, _pos;            // index of the next element to yield; elements read so far
    private readonly long _stop, _step;  // stop -1: none
    public ISliceIterator(PyType t, PyObject iterable, long start, long stop, long step) : base(t)
    {
        _it = iterable.Iter();
        _next = start; _stop = stop; _step = step;
    }

    public override bool TryNext(out PyObject value)
    {
        var it = _it;
        if (it == null) { value = null!; return false; }
        // Skip to the next index (for the last step: up to stop, so the source ends where the slice did).
        while (_pos < _next)
        {
            if (!it.TryNext(out _)) return Empty(out value);
            _pos++;
        }
        if (_stop != -1 && _pos >= _stop) return Empty(out value);
        if (!it.TryNext(out value)) return Empty(out value);
        _pos++;
        long old = _next;
        _next += _step;
        if (_next < old || (_stop != -1 && _next > _stop)) _next = _stop;
        return true;
    }

    private bool Empty(out PyObject value)
    {
        _it = null;
        value = null!;
        return false;
    }
}

public sealed class PairwiseIterator : ItertoolsIterator
{
    private readonly PyIterator _it;
    private PyObject? _old;
    public PairwiseIterator(PyType t, PyObject iterable) : base(t) { _it = iterable.Iter(); }

    public override bool TryNext(out PyObject value)
    {
        if (_old == null && !_it.TryNext(out _old!)) { _old = null; value = null!; return false; }
        if (!_it.TryNext(out var nw)) { value = null!; return false; }
        value = new PyTuple(new[] { _old!, nw });
        _old = nw;
        return true;
    }
}

public sealed class StarmapIterator : ItertoolsIterator
{
    private readonly PyObject _f;
    private readonly PyIterator _it;
    public StarmapIterator(PyType t, PyObject f, PyObject iterable) : base(t) { _f = f; _it = iterable.Iter(); }

    public override bool TryNext(out PyObject value)
    {
        if (!_it.TryNext(out var args)) { value = null!; return false; }
        var a = args is PyTuple tu ? tu.Items : Ops.ToArray(args);
        value = a.Length switch
        {
            1 => _f.Call1(a[0]),
            2 => _f.Call2(a[0], a[1]),
            _ => _f.Call(a, null),
        };
        return true;
    }
}

/// <summary>tee: the copies share a linked list of values read from the source; each copy holds its node.</summary>
public sealed class TeeIterator : ItertoolsIterator
{
    internal sealed class Node { public PyObject? Value; public Node? Next; }
    internal sealed class Source { public PyIterator It = null!; public bool Done; }

    private readonly Source _src;
    private Node _node;  // the next value to yield is _node.Value once _node.Next is set

    internal TeeIterator(PyType t, Source src, Node node) : base(t) { _src = src; _node = node; }

    public static PyObject[] Make(PyType t, PyObject iterable, int n)
    {
        var src = new Source();
        var start = new Node();
        if (iterable is TeeIterator other)
        {
            var r0 = new PyObject[n];
            for (int i = 0; i < n; i++) r0[i] = new TeeIterator(t, other._src, other._node);
            return r0;
        }
        src.It = iterable.Iter();
        var r = new PyObject[n];
        for (int i = 0; i < n; i++) r[i] = new TeeIterator(t, src, start);
        return r;
    }

    public override bool TryNext(out PyObject value)
    {
        if (_node.Next == null)
        {
            if (_src.Done || !_src.It.TryNext(out var v)) { _src.Done = true; value = null!; return false; }
            _node.Value = v;
            _node.Next = new Node();
        }
        value = _node.Value!;
        _node = _node.Next;
        return true;
    }

    public TeeIterator Copy() => new(Type, _src, _node);
}

public sealed class ZipLongestIterator : ItertoolsIterator
{
    private readonly PyIterator?[] _its;
    private readonly PyObject _fill;
    private int _active;
    public ZipLongestIterator(PyType t, PyObject[] iterables, PyObject fill) : base(t)
    {
        _its = new PyIterator?[iterables.Length];
        for (int i = 0; i < iterables.Length; i++) _its[i] = iterables[i].Iter();
        _active = _its.Length;
        _fill = fill;
    }

    public override bool TryNext(out PyObject value)
    {
        if (_active == 0) { value = null!; return false; }
        var r = new PyObject[_its.Length];
        for (int i = 0; i < _its.Length; i++)
        {
            var it = _its[i];
            if (it != null && it.TryNext(out var v)) { r[i] = v; continue; }
            if (it != null)
            {
                _its[i] = null;
                if (--_active == 0) { value = null!; return false; }
            }
            r[i] = _fill;
        }
        value = new PyTuple(r);
        return true;
    }
}
