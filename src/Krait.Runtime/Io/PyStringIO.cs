namespace Krait.Runtime.Io;

/// <summary>_io.StringIO: an in-memory text file (a char buffer with a position; writing past the end pads
/// with NULs, as CPython).</summary>
public sealed class PyStringIO : PyIOBase
{
    private char[] _buf = Array.Empty<char>();
    private int _len, _pos;
    private bool _closed;
    private readonly string? _newline;
    private readonly bool _translateIn, _universal;
    private readonly string? _writeNewline;
    private int _seen;

    public PyStringIO(string initial, string? newline) : base(IoTypes.StringIO)
    {
        if (newline != null && newline != "" && newline != "\n" && newline != "\r" && newline != "\r\n")
            throw Ops.ValueError("illegal newline value: " + new PyStr(newline).Repr());
        _newline = newline;
        _translateIn = newline == null;
        _universal = newline is null or "";
        _writeNewline = newline is "\r" or "\r\n" ? newline : null;
        if (initial.Length > 0) { WriteText(initial); _pos = 0; }
    }

    public override bool IsClosed => _closed;
    public override bool IsReadable { get { Check(); return true; } }
    public override bool IsWritable { get { Check(); return true; } }
    public override bool IsSeekable { get { Check(); return true; } }
    public override void Close() => _closed = true;
    public override string Repr() => $"<_io.StringIO object at 0x{Ops.Id(this):x}>";

    public void Check()
    {
        if (_closed) throw Ops.ValueError("I/O operation on closed file");
    }

    public PyObject NewlinesSeen => _universal ? _seen switch
    {
        0 => PyNone.Instance,
        1 => new PyStr("\r"),
        2 => new PyStr("\n"),
        4 => new PyStr("\r\n"),
        _ => new PyTuple(new[] { (1, "\r"), (2, "\n"), (4, "\r\n") }.Where(p => (_seen & p.Item1) != 0).Select(p => (PyObject)new PyStr(p.Item2)).ToArray()),
    } : PyNone.Instance;

    public string GetValue()
    {
        Check();
        return new string(_buf, 0, _len);
    }

    public int Write(PyObject o)
    {
        Check();
        if (o is not PyStr s) throw Ops.TypeError($"string argument expected, got '{o.Type.TpName}'");
        WriteText(s.Value);
        return (int)s.Len();
    }

    private void WriteText(string text)
    {
        if (_universal)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n') _seen |= 2;
                else if (text[i] == '\r') _seen |= i + 1 < text.Length && text[i + 1] == '\n' ? 4 : 1;
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
        }
        if (_translateIn && text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (_writeNewline != null && text.Contains('\n')) text = text.Replace("\n", _writeNewline);
        // Writing nothing past the end does not fill the gap (CPython's StringIO and BytesIO alike).
        if (text.Length == 0) return;
        if ((long)_pos + text.Length > Array.MaxLength) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.MemoryError));
        int end = _pos + text.Length;
        if (end > _buf.Length) Array.Resize(ref _buf, Math.Max(end, _buf.Length * 2));
        if (_pos > _len) Array.Clear(_buf, _len, _pos - _len);
        text.CopyTo(0, _buf, _pos, text.Length);
        _pos = end;
        if (end > _len) _len = end;
    }

    public string Read(long n)
    {
        Check();
        int avail = Math.Max(0, _len - _pos);
        int take = n < 0 ? avail : (int)Math.Min(n, avail);
        if (take == 0) return "";
        var s = new string(_buf, _pos, take);
        _pos += take;
        return s;
    }

    public string ReadLine(long limit)
    {
        Check();
        if (_pos >= _len) return "";
        var span = _buf.AsSpan(_pos, _len - _pos);
        int end;
        if (_newline == "")
        {
            int i = span.IndexOfAny('\r', '\n');
            end = i < 0 ? span.Length : span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n' ? i + 2 : i + 1;
        }
        else if (_newline is "\r" or "\r\n")
        {
            int i = span.IndexOf(_newline.AsSpan());
            end = i < 0 ? span.Length : i + _newline.Length;
        }
        else
        {
            int i = span.IndexOf('\n');
            end = i < 0 ? span.Length : i + 1;
        }
        if (limit >= 0 && end > limit) end = (int)limit;
        var s = new string(_buf, _pos, end);
        _pos += end;
        return s;
    }

    public override PyObject ReadLineObject(long limit = -1) => new PyStr(ReadLine(limit));

    public long Tell()
    {
        Check();
        return _pos;
    }

    public long Seek(long pos, int whence)
    {
        Check();
        if (whence < 0 || whence > 2) throw Ops.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
        if (whence == 0 && pos < 0) throw Ops.ValueError($"Negative seek position {pos}");
        if (whence != 0 && pos != 0)
            throw Ops.Error(ExceptionTypes.OSError, "Can't do nonzero cur-relative seeks");
        if (whence == 1) pos = _pos;
        else if (whence == 2) pos = _len;
        _pos = (int)Math.Min(pos, int.MaxValue);
        return _pos;
    }

    public long Truncate(PyObject? size)
    {
        Check();
        long n = size == null || size == PyNone.Instance ? _pos : IoArgs.Size(size);
        if (n < 0) throw Ops.ValueError($"Negative size value {n}");
        if (n < _len) _len = (int)n;
        return n;
    }
}
