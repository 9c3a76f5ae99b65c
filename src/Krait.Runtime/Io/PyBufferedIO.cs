namespace Krait.Runtime.Io;

public enum BufferedKind { Reader, Writer, Random }

/// <summary>_io.BufferedReader / BufferedWriter / BufferedRandom over a raw stream (a FileIO directly, or any
/// object with readinto/write/seek/tell). Reads go through one buffer, writes collect in another until it
/// fills or is flushed.</summary>
public sealed class PyBufferedIO : PyIOBase
{
    public readonly PyObject Raw;
    private readonly PyFileIO? _file;
    public readonly BufferedKind Kind;
    private readonly int _size;
    private byte[] _rbuf = Array.Empty<byte>();
    private int _rpos, _rlen;
    private byte[] _wbuf = Array.Empty<byte>();
    private int _wlen;
    private bool _detached;

    public PyBufferedIO(PyObject raw, BufferedKind kind, int size = 8192)
        : base(kind switch { BufferedKind.Reader => IoTypes.BufferedReader, BufferedKind.Writer => IoTypes.BufferedWriter, _ => IoTypes.BufferedRandom })
    {
        Raw = raw;
        _file = raw as PyFileIO;
        Kind = kind;
        if (size <= 0) throw Ops.ValueError("buffer size must be strictly positive");
        _size = size;
    }

    public override bool IsClosed => _file != null ? _file.IsClosed : Ops.IsTrue(Raw.GetAttr("closed"));
    public override bool IsReadable => Kind != BufferedKind.Writer && (_file?.IsReadable ?? Ops.IsTrue(Raw.GetAttr("readable").Call0()));
    public override bool IsWritable => Kind != BufferedKind.Reader && (_file?.IsWritable ?? Ops.IsTrue(Raw.GetAttr("writable").Call0()));
    public override bool IsSeekable => _file?.IsSeekable ?? Ops.IsTrue(Raw.GetAttr("seekable").Call0());
    public PyObject NameObj => Raw.GetAttr("name");

    public override string Repr()
    {
        string tn = "_io." + Type.Name;
        if (Raw.TryGetAttr("name", out var n)) return $"<{tn} name={n.Repr()}>";
        return $"<{tn}>";
    }

    private void CheckDetached()
    {
        if (_detached) throw Ops.ValueError("raw stream has been detached");
    }

    // ---- raw access ----
    private int RawRead(Span<byte> dest)
    {
        if (_file != null) return _file.ReadInto(dest);
        var r = Raw.GetAttr("read").Call1(PyInt.Get(dest.Length));
        if (r == PyNone.Instance) return -1;
        var b = IoArgs.Bytes(r);
        b.CopyTo(dest);
        return b.Length;
    }

    private void RawWrite(ReadOnlySpan<byte> data)
    {
        if (_file != null) { _file.WriteAll(data); return; }
        Raw.GetAttr("write").Call1(new PyBytes(data.ToArray()));
    }

    private long RawSeek(long offset, int whence)
    {
        if (_file != null) return _file.Seek(offset, whence);
        return Ops.Index(Raw.GetAttr("seek").Call2(PyInt.Get(offset), PyInt.Get(whence)));
    }

    // ---- reading ----
    private void PrepareRead()
    {
        if (_wlen > 0) FlushWrites();
        if (_rbuf.Length == 0) _rbuf = new byte[_size];
    }

    /// <summary>Refills the read buffer with one raw read; false at end of file.</summary>
    private bool Fill()
    {
        _rpos = 0;
        _rlen = 0;
        int n = RawRead(_rbuf);
        if (n <= 0) return false;
        _rlen = n;
        return true;
    }

    /// <summary>Buffered objects name the operation in their closed-file errors ("read of closed file").</summary>
    public void CheckReadOpen(string op = "read")
    {
        CheckDetached();
        if (Kind == BufferedKind.Writer) throw Unsupported(op == "read1" ? "read1" : "read");
        if (IsClosed) throw Ops.ValueError(op == "read1" ? "read of closed file" : op + " of closed file");
        if (_file != null && !_file.Readable) throw Unsupported("read");
    }

    public void CheckWriteOpen()
    {
        CheckDetached();
        if (Kind == BufferedKind.Reader) throw Unsupported("write");
        if (IsClosed) throw Ops.ValueError("write to closed file");
        if (_file != null && !_file.Writable) throw Unsupported("write");
    }

    private void CheckOpen(string op)
    {
        CheckDetached();
        if (IsClosed) throw Ops.ValueError(op + " of closed file");
    }

    /// <summary>read(n): n bytes (fewer only at end of file); n &lt; 0 reads to the end.</summary>
    public byte[] Read(long n)
    {
        CheckReadOpen();
        PrepareRead();
        if (n < 0)
        {
            var rest = _rbuf.AsSpan(_rpos, _rlen - _rpos).ToArray();
            _rpos = _rlen = 0;
            byte[] tail = _file != null ? _file.ReadAll() : ReadAllGeneric();
            if (rest.Length == 0) return tail;
            var all = new byte[rest.Length + tail.Length];
            rest.CopyTo(all, 0);
            tail.CopyTo(all, rest.Length);
            return all;
        }
        var result = new byte[n];
        int got = 0;
        while (got < n)
        {
            if (_rpos == _rlen)
            {
                if (n - got >= _size)
                {
                    int k = RawRead(result.AsSpan(got, (int)(n - got)));
                    if (k <= 0) break;
                    got += k;
                    continue;
                }
                if (!Fill()) break;
            }
            int take = (int)Math.Min(n - got, _rlen - _rpos);
            _rbuf.AsSpan(_rpos, take).CopyTo(result.AsSpan(got));
            _rpos += take;
            got += take;
        }
        return got == n ? result : result.AsSpan(0, got).ToArray();
    }

    private byte[] ReadAllGeneric()
    {
        var r = Raw.GetAttr("read").Call0();
        return r == PyNone.Instance ? Array.Empty<byte>() : IoArgs.Bytes(r).ToArray();
    }

    /// <summary>read1 / the text layer's chunk read: buffered bytes if any, else at most one raw read.</summary>
    public int ReadChunk(Span<byte> dest, string op = "read")
    {
        CheckReadOpen(op);
        PrepareRead();
        if (_rpos == _rlen)
        {
            if (dest.Length >= _size) return Math.Max(0, RawRead(dest));
            if (!Fill()) return 0;
        }
        int take = Math.Min(dest.Length, _rlen - _rpos);
        _rbuf.AsSpan(_rpos, take).CopyTo(dest);
        _rpos += take;
        return take;
    }

    public byte[] Peek()
    {
        CheckReadOpen("peek");
        PrepareRead();
        if (_rpos == _rlen) Fill();
        return _rbuf.AsSpan(_rpos, _rlen - _rpos).ToArray();
    }

    public override PyObject ReadLineObject(long limit = -1)
    {
        CheckReadOpen("readline");
        PrepareRead();
        byte[]? acc = null;
        int accLen = 0;
        while (true)
        {
            if (_rpos == _rlen && !Fill()) break;
            int avail = _rlen - _rpos;
            if (limit >= 0) avail = (int)Math.Min(avail, limit - accLen);
            int nl = _rbuf.AsSpan(_rpos, avail).IndexOf((byte)'\n');
            int take = nl >= 0 ? nl + 1 : avail;
            if (acc == null && (nl >= 0 || (limit >= 0 && take == limit)))
            {
                var line = _rbuf.AsSpan(_rpos, take).ToArray();
                _rpos += take;
                return new PyBytes(line);
            }
            acc ??= new byte[Math.Max(256, take * 2)];
            if (acc.Length < accLen + take) Array.Resize(ref acc, Math.Max(acc.Length * 2, accLen + take));
            _rbuf.AsSpan(_rpos, take).CopyTo(acc.AsSpan(accLen));
            accLen += take;
            _rpos += take;
            if (nl >= 0 || (limit >= 0 && accLen >= limit)) break;
        }
        return new PyBytes(acc == null ? Array.Empty<byte>() : acc.AsSpan(0, accLen).ToArray());
    }

    // ---- writing ----
    public void Write(ReadOnlySpan<byte> data)
    {
        CheckWriteOpen();
        if (_rlen > _rpos && Kind == BufferedKind.Random)
        {
            // Drop the read-ahead so the write lands at the logical position.
            RawSeek(-(_rlen - _rpos), Libc.SEEK_CUR);
        }
        _rpos = _rlen = 0;
        if (_wbuf.Length == 0) _wbuf = new byte[_size];
        if (_wlen + data.Length > _wbuf.Length)
        {
            FlushWrites();
            if (data.Length >= _wbuf.Length) { RawWrite(data); return; }
        }
        data.CopyTo(_wbuf.AsSpan(_wlen));
        _wlen += data.Length;
    }

    public void FlushWrites()
    {
        if (_wlen == 0) return;
        int n = _wlen;
        _wlen = 0;
        RawWrite(_wbuf.AsSpan(0, n));
    }

    public override void Flush()
    {
        CheckDetached();
        if (IsClosed) throw Ops.ValueError(Kind == BufferedKind.Reader ? "I/O operation on closed file." : "flush of closed file");
        FlushWrites();
        if (_file == null && Raw.TryGetAttr("flush", out var f)) f.Call0();
    }

    // ---- positioning ----
    public long Tell()
    {
        CheckDetached();
        if (IsClosed) throw Ops.ValueError("I/O operation on closed file");
        long raw = RawSeek(0, Libc.SEEK_CUR);
        return raw - (_rlen - _rpos) + _wlen;
    }

    public long Seek(long offset, int whence)
    {
        CheckOpen("seek");
        if (whence < 0 || whence > 2) throw Ops.ValueError($"whence value {whence} unsupported");
        FlushWrites();
        if (whence == Libc.SEEK_CUR) offset -= _rlen - _rpos;
        _rpos = _rlen = 0;
        return RawSeek(offset, whence);
    }

    public long Truncate(long? size)
    {
        CheckOpen("truncate");
        if (Kind == BufferedKind.Reader) throw Unsupported("truncate");
        FlushWrites();
        long pos = size ?? Tell();
        if (_rlen > _rpos) { RawSeek(-(_rlen - _rpos), Libc.SEEK_CUR); _rpos = _rlen = 0; }
        if (_file != null) { _file.Truncate(pos); return pos; }
        return Ops.Index(Raw.GetAttr("truncate").Call1(PyInt.Get(pos)));
    }

    public override void Close()
    {
        if (_detached || IsClosed) return;
        try { FlushWrites(); }
        finally
        {
            if (_file != null) _file.Close(); else Raw.GetAttr("close").Call0();
        }
    }

    public PyObject Detach()
    {
        CheckDetached();
        FlushWrites();
        _detached = true;
        return Raw;
    }
}
