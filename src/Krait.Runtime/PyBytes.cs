namespace Krait.Runtime;

/// <summary>bytes: an immutable byte array. Methods live in <see cref="BytesMethods"/>, shared with bytearray.</summary>
public sealed class PyBytes : PyObject
{
    public readonly byte[] Value;
    public static readonly PyBytes Empty = new(Array.Empty<byte>());
    private long _hash;
    private bool _hashed;

    public PyBytes(byte[] v) { Value = v; }
    public override PyType Type => PyType.BytesType;
    public override long Len() => Value.Length;
    public override bool IsTrue() => Value.Length != 0;
    public override string Repr() => Krait.Syntax.Text.PyRepr.Bytes(Value);

    public override long Hash()
    {
        if (!_hashed) { _hash = Numerics.NumericHash.Bytes(Value); _hashed = true; }
        return _hash;
    }

    public override PyIterator Iter() => new BytesIterator(this);

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt k)
        {
            long i = k.Value;
            if (i < 0) i += Value.Length;
            if ((ulong)i >= (ulong)Value.Length) throw Ops.IndexError("index out of range");
            return PyInt.Get(Value[i]);
        }
        if (key is PySlice s) return new PyBytes(BytesMethods.Slice(Value, s));
        if (Ops.IsIntLike(key) || key.Type.Lookup("__index__") != null) return GetItem(PyInt.Get(Ops.Index(key)));
        throw Ops.TypeError($"byte indices must be integers or slices, not {key.Type.TpName}");
    }

    public override bool Contains(PyObject item) => BytesMethods.Contains(Value, item);

    public override PyObject RichCompare(PyObject other, CompareOp op) => BytesMethods.Compare(Value, other, op);
}

/// <summary>Iterates bytes or a bytearray (live: a bytearray growing during iteration is seen, as in CPython).</summary>
/// <summary>bytes_iterator / bytearray_iterator; lets go of the object once exhausted, as CPython.</summary>
public sealed class BytesIterator : PyIterator, IIteratorState
{
    private PyObject? _source;
    private readonly bool _isBytes;
    private int _i;
    public BytesIterator(PyObject source) { _source = source; _isBytes = source is PyBytes; }
    public override PyType Type => _isBytes ? IteratorTypes.Bytes : IteratorTypes.ByteArray;
    public override bool TryNext(out PyObject value)
    {
        if (_source is PyBytes b)
        {
            if (_i < b.Value.Length) { value = PyInt.Get(b.Value[_i++]); return true; }
        }
        else if (_source is PyByteArray ba)
        {
            if (_i < ba.Count) { value = PyInt.Get(ba.Data[_i++]); return true; }
        }
        _source = null;
        value = null!;
        return false;
    }

    private int SourceLength => _source is PyBytes b ? b.Value.Length : _source is PyByteArray ba ? ba.Count : 0;

    public PyObject LengthHint() => PyInt.Get(Math.Max(0, SourceLength - _i));
    public PyObject Reduce() => _source == null ? IteratorTypes.ReduceIter(PyTuple.Empty) : IteratorTypes.ReduceAt("iter", _source, _i);

    public void SetState(PyObject state)
    {
        long i = IteratorTypes.StateIndex(state);
        if (_source == null) return;
        _i = (int)Math.Clamp(i, 0, SourceLength);
    }
}
