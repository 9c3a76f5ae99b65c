namespace Krait.Runtime.Io;

/// <summary>_io.FileIO: unbuffered bytes on a file descriptor.</summary>
public sealed class PyFileIO : PyIOBase
{
    public int Fd;
    public PyObject Name;
    public readonly bool Readable, Writable, Appending, Created;
    public readonly bool CloseFd;
    private bool _closed;
    private int _seekable = -1;
    /// <summary>st_blksize of the file, the buffer size open() picks.</summary>
    public int BlockSize = 8192;

    public PyFileIO(int fd, PyObject name, bool readable, bool writable, bool appending, bool created, bool closeFd)
        : base(IoTypes.FileIO)
    {
        Fd = fd; Name = name; Readable = readable; Writable = writable; Appending = appending; Created = created; CloseFd = closeFd;
    }

    public string Mode => Created ? (Readable ? "xb+" : "xb") : Appending ? (Readable ? "ab+" : "ab")
        : Readable ? (Writable ? "rb+" : "rb") : "wb";

    public override bool IsClosed => _closed;
    public override bool IsReadable { get { CheckClosed(); return Readable; } }
    public override bool IsWritable { get { CheckClosed(); return Writable; } }
    public override bool IsSeekable
    {
        get
        {
            CheckClosed();
            if (_seekable < 0) _seekable = Libc.Seek(Fd, 0, Libc.SEEK_CUR, out _) >= 0 ? 1 : 0;
            return _seekable == 1;
        }
    }

    /// <summary>name is an ordinary attribute of a FileIO in CPython (tempfile renames the one it opens by fd).</summary>
    public override void SetAttr(string name, PyObject value)
    {
        if (name == "name") { Name = value; return; }
        base.SetAttr(name, value);
    }

    public override string Repr()
    {
        if (_closed) return "<_io.FileIO [closed]>";
        return $"<_io.FileIO name={Name.Repr()} mode='{Mode}' closefd={(CloseFd ? "True" : "False")}>";
    }

    public override void Close()
    {
        if (_closed) return;
        _closed = true;
        if (CloseFd && Libc.Close(Fd, out int errno) < 0) throw PyOSError.FromErrno(errno);
    }

    public void CheckRead()
    {
        CheckClosed();
        if (!Readable) throw Unsupported("File not open for reading");
    }

    public void CheckWrite()
    {
        CheckClosed();
        if (!Writable) throw Unsupported("File not open for writing");
    }

    /// <summary>One read(2); -1 only for EAGAIN on a non-blocking descriptor (Python's None).</summary>
    public int ReadInto(Span<byte> buffer)
    {
        long n = Libc.Read(Fd, buffer, out int errno);
        if (n < 0)
        {
            if (errno == ErrnoCodes.EAGAIN) return -1;
            throw PyOSError.FromErrno(errno);
        }
        return (int)n;
    }

    public byte[] ReadAll()
    {
        long hint = 0;
        if (Libc.Stat(null, Fd, true, out var st, out _) && st.IsRegular)
        {
            long pos = Libc.Seek(Fd, 0, Libc.SEEK_CUR, out _);
            if (pos >= 0 && st.Size > pos) hint = st.Size - pos;
        }
        var buf = new byte[hint > 0 ? hint : 65536];
        int len = 0;
        while (true)
        {
            if (len == buf.Length)
            {
                // Full at the expected size: one small read confirms the end without copying the whole file.
                Span<byte> probe = stackalloc byte[4096];
                int m = ReadInto(probe);
                if (m <= 0) return buf;
                Array.Resize(ref buf, buf.Length * 2);
                probe[..m].CopyTo(buf.AsSpan(len));
                len += m;
                continue;
            }
            int n = ReadInto(buf.AsSpan(len));
            if (n <= 0) break;
            len += n;
        }
        return len == buf.Length ? buf : buf.AsSpan(0, len).ToArray();
    }

    public void WriteAll(ReadOnlySpan<byte> data)
    {
        if (!Libc.WriteAll(Fd, data, out int errno)) throw PyOSError.FromErrno(errno);
    }

    public long Seek(long offset, int whence)
    {
        long r = Libc.Seek(Fd, offset, whence, out int errno);
        if (r < 0) throw PyOSError.FromErrno(errno);
        return r;
    }

    public long Tell() => Seek(0, Libc.SEEK_CUR);

    public void Truncate(long size)
    {
        if (Libc.Truncate(Fd, size, out int errno) < 0) throw PyOSError.FromErrno(errno);
    }

    public override PyObject ReadLineObject(long limit = -1)
    {
        CheckRead();
        var line = new List<byte>();
        Span<byte> one = stackalloc byte[1];
        while (limit < 0 || line.Count < limit)
        {
            if (ReadInto(one) <= 0) break;
            line.Add(one[0]);
            if (one[0] == (byte)'\n') break;
        }
        return new PyBytes(line.ToArray());
    }
}
