using System.Numerics;

namespace Krait.Runtime;

/// <summary>tuple_iterator: walks the tuple's items; lets go of the tuple once exhausted, as CPython.</summary>
public sealed class TupleIterator : PyIterator, IIteratorState
{
    private PyTuple? _t;
    private int _i;
    public TupleIterator(PyTuple t) { _t = t; }
    public override PyType Type => IteratorTypes.Tuple;

    public override bool TryNext(out PyObject value)
    {
        var t = _t;
        if (t != null)
        {
            if (_i < t.Items.Length) { value = t.Items[_i++]; return true; }
            _t = null;
        }
        value = null!;
        return false;
    }

    public PyObject LengthHint() => PyInt.Get(_t == null ? 0 : Math.Max(0, _t.Items.Length - _i));
    public PyObject Reduce() => _t == null ? IteratorTypes.ReduceIter(PyTuple.Empty) : IteratorTypes.ReduceAt("iter", _t, _i);

    public void SetState(PyObject state)
    {
        long i = IteratorTypes.StateIndex(state);
        if (_t == null) return;
        _i = (int)Math.Clamp(i, 0, _t.Items.Length);
    }
}

/// <summary>list_reverseiterator: reads the list from the end by index, so it sees changes made meanwhile.</summary>
public sealed class ListReverseIterator : PyIterator, IIteratorState
{
    private PyList? _l;
    private long _i;
    public ListReverseIterator(PyList l) { _l = l; _i = l.Count - 1; }
    public override PyType Type => IteratorTypes.ListReverse;

    public override bool TryNext(out PyObject value)
    {
        var l = _l;
        if (l != null)
        {
            if (_i >= 0 && _i < l.Count) { value = l.Items[_i--]; return true; }
            _i = -1;
            _l = null;
        }
        value = null!;
        return false;
    }

    public PyObject LengthHint() => PyInt.Get(_l == null || _l.Count < _i + 1 ? 0 : _i + 1);
    public PyObject Reduce() => _l == null ? IteratorTypes.ReduceIter(new PyList()) : IteratorTypes.ReduceAt("reversed", _l, _i);

    public void SetState(PyObject state)
    {
        long i = IteratorTypes.StateIndex(state);
        if (_l == null) return;
        _i = i < -1 ? -1 : i > _l.Count - 1 ? _l.Count - 1 : i;
    }
}

/// <summary>reversed(seq) for sequences without __reversed__ (tuples, str, objects with __len__ and
/// __getitem__): indexes from len-1 down to 0 as it goes.</summary>
public sealed class ReversedIterator : PyIterator, IIteratorState
{
    private PyObject? _seq;
    private long _i;
    public ReversedIterator(PyObject seq, long length) { _seq = seq; _i = length - 1; }
    public override PyType Type => IteratorTypes.Reversed;

    public override bool TryNext(out PyObject value)
    {
        var seq = _seq;
        if (seq != null && _i >= 0)
        {
            if (seq is PyTuple t)
            {
                value = t.Items[_i--];
                return true;
            }
            if (seq is PyStr { HasAstral: false } s)
            {
                value = PyStr.Char(s.Value[(int)_i--]);
                return true;
            }
            try
            {
                value = seq.GetItem(PyInt.Get(_i--));
                return true;
            }
            catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.IndexError)
                                            || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
            {
            }
        }
        _i = -1;
        _seq = null;
        value = null!;
        return false;
    }

    public PyObject LengthHint()
    {
        if (_seq == null) return PyInt.Get(0);
        long n = _seq.Len();
        return PyInt.Get(n < _i + 1 ? 0 : _i + 1);
    }

    public PyObject Reduce() => _seq == null
        ? new PyTuple(new PyObject[] { IteratorTypes.Reversed, new PyTuple(new PyObject[] { PyTuple.Empty }) })
        : new PyTuple(new PyObject[] { IteratorTypes.Reversed, new PyTuple(new[] { _seq }), PyInt.Get(_i) });

    public void SetState(PyObject state)
    {
        long i = IteratorTypes.StateIndex(state);
        if (_seq == null) return;
        long n = _seq.Len();
        _i = i < -1 ? -1 : i > n - 1 ? n - 1 : i;
    }
}

/// <summary>longrange_iterator: a range whose bounds do not fit a machine word.</summary>
public sealed class LongRangeIterator : PyIterator, IIteratorState
{
    private readonly BigInteger _start, _step, _length;
    private BigInteger _index;
    public LongRangeIterator(BigInteger start, BigInteger step, BigInteger length) { _start = start; _step = step; _length = length; }
    public override PyType Type => IteratorTypes.LongRange;

    public override bool TryNext(out PyObject value)
    {
        if (_index < _length)
        {
            value = PyInt.From(_start + _index * _step);
            _index++;
            return true;
        }
        value = null!;
        return false;
    }

    public PyObject LengthHint() => PyInt.From(_length - _index);
    public PyObject Reduce() =>
        IteratorTypes.ReduceAt("iter", new PyRange(_start, _start + _length * _step, _step), PyInt.From(_index));

    public void SetState(PyObject state)
    {
        var i = Ops.IsIntLike(state) ? Ops.ToBig(state) : throw Ops.TypeError("an integer is required");
        _index = i < 0 ? 0 : i > _length ? _length : i;
    }
}

/// <summary>reversed() of a dict or of its keys/values/items view: entries from the newest back.</summary>
public sealed class DictReverseIterator : PyIterator, IIteratorState
{
    private HashTable? _t;
    private readonly DictIterator.Kind _kind;
    private readonly int _count;
    private int _e, _left;

    public DictReverseIterator(PyDict d, DictIterator.Kind kind)
    {
        _t = d.Table;
        _kind = kind;
        _count = _left = d.Table.Count;
        _e = d.Table.Used;
    }

    public override PyType Type => _kind switch
    {
        DictIterator.Kind.Keys => IteratorTypes.DictReverseKey,
        DictIterator.Kind.Values => IteratorTypes.DictReverseValue,
        _ => IteratorTypes.DictReverseItem,
    };

    public override bool TryNext(out PyObject value)
    {
        var t = _t;
        if (t != null)
        {
            if (t.Count != _count)
            {
                _t = null;
                throw Ops.RuntimeError("dictionary changed size during iteration");
            }
            while (--_e >= 0)
            {
                ref var en = ref t.Entries[_e];
                var k = en.Key;
                if (k == null) continue;
                _left--;
                value = _kind switch
                {
                    DictIterator.Kind.Keys => k,
                    DictIterator.Kind.Values => en.Value!,
                    _ => new PyTuple(new[] { k, en.Value! }),
                };
                return true;
            }
            _t = null;
        }
        value = null!;
        return false;
    }

    public PyObject LengthHint() => PyInt.Get(_t != null && _t.Count == _count ? _left : 0);

    public PyObject Reduce()
    {
        var copy = (DictReverseIterator)MemberwiseClone();
        return IteratorTypes.ReduceRemaining(copy);
    }

    public void SetState(PyObject state) { }
}
