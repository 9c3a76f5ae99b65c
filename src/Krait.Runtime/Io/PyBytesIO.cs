namespace Krait.Runtime.Io;

/// <summary>_io.BytesIO: an in-memory binary file.</summary>
public sealed class PyBytesIO : PyIOBase
{
    private byte[] _buf = Array.Empty<byte>();
    private int _len, _pos;
    private bool _closed;

    public PyBytesIO(ReadOnlySpan<byte> initial) : base(IoTypes.BytesIO)
    {
        _buf = initial.ToArray();
        _len = _buf.Length;
    }

    public override bool IsClosed => _closed;
    public override bool IsReadable { get { CheckClosed(); return true; } }
    public override bool IsWritable { get { CheckClosed(); return true; } }
    public override bool IsSeekable { get { CheckClosed(); return true; } }
    public override void Close() => _closed = true;
    public override string Repr() => $"<_io.BytesIO object at 0x{Ops.Id(this):x}>";

    /// <summary>getbuffer(): a writable view of the current contents, sharing this object's storage (a later
    /// write that grows the buffer moves it, so the view keeps the old bytes).</summary>
    public PyMemoryView GetBuffer() => new(new PyByteArray(_buf) { Count = _len }, 0, _len, 1);

    public byte[] GetValue()
    {
        CheckClosed();
        return _buf.AsSpan(0, _len).ToArray();
    }

    public int Write(PyObject o)
    {
        CheckClosed();
        var data = IoArgs.Bytes(o);
        // Writing nothing past the end does not fill the gap, as in CPython.
        if (data.Length == 0) return 0;
        if ((long)_pos + data.Length > Array.MaxLength) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.MemoryError));
        int end = _pos + data.Length;
        if (end > _buf.Length) Array.Resize(ref _buf, Math.Max(end, _buf.Length * 2));
        if (_pos > _len) Array.Clear(_buf, _len, _pos - _len);
        data.CopyTo(_buf.AsSpan(_pos));
        _pos = end;
        if (end > _len) _len = end;
        return data.Length;
    }

    public byte[] Read(long n)
    {
        CheckClosed();
        int avail = Math.Max(0, _len - _pos);
        int take = n < 0 ? avail : (int)Math.Min(n, avail);
        // A position past the end (seek beyond it) reads nothing, whatever the buffer's capacity.
        if (take == 0) return Array.Empty<byte>();
        var r = _buf.AsSpan(_pos, take).ToArray();
        _pos += take;
        return r;
    }

    public override PyObject ReadLineObject(long limit = -1)
    {
        CheckClosed();
        if (_pos >= _len) return new PyBytes(Array.Empty<byte>());
        var span = _buf.AsSpan(_pos, _len - _pos);
        int i = span.IndexOf((byte)'\n');
        int end = i < 0 ? span.Length : i + 1;
        if (limit >= 0 && end > limit) end = (int)limit;
        var r = span[..end].ToArray();
        _pos += end;
        return new PyBytes(r);
    }

    public long Tell()
    {
        CheckClosed();
        return _pos;
    }

    public long Seek(long pos, int whence)
    {
        CheckClosed();
        if (whence == 0 && pos < 0) throw Ops.ValueError($"negative seek value {pos}");
        if (whence < 0 || whence > 2) throw Ops.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        if (whence == 1) pos += _pos;
        else if (whence == 2) pos += _len;
        _pos = (int)Math.Clamp(pos, 0, int.MaxValue);
        return _pos;
    }

    public long Truncate(PyObject? size)
    {
        CheckClosed();
        long n = size == null || size == PyNone.Instance ? _pos : IoArgs.Size(size);
        if (n < 0) throw Ops.ValueError($"negative size value {n}");
        if (n < _len) _len = (int)n;
        return n;
    }
}
