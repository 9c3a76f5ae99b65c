namespace Krait.Runtime.Io;

/// <summary>_io.TextIOWrapper: str over a binary stream. Reading decodes big chunks into a string and cuts
/// lines out of it (newline translation happens as lines are cut, so a chunk without '\r' costs one vectorized
/// search per line); writing collects text and encodes it when the chunk fills, a flush is asked for, or a
/// line ends under line buffering.</summary>
public sealed class PyTextIOWrapper : PyIOBase
{
    public readonly PyObject Buffer;
    private readonly PyBufferedIO? _buf;
    private readonly PyFileIO? _rawFile;
    public TextCodec Codec;
    public string EncodingName;
    public string Errors;
    /// <summary>The newline argument: null is None (universal newlines, translated).</summary>
    private readonly string? _newline;
    private readonly bool _readUniversal, _readTranslate;
    private readonly string? _writeNewline;
    public bool LineBuffering, WriteThrough;
    /// <summary>open() sets the mode shown by repr and .mode; null when constructed directly.</summary>
    public string? Mode;

    /// <summary>mode is a plain instance attribute in CPython (open() and socket.makefile assign it).</summary>
    public override void SetAttr(string name, PyObject value)
    {
        if (name == "mode") { Mode = Ops.Str(value); return; }
        base.SetAttr(name, value);
    }
    private bool _detached;

    private const int ChunkSize = 65536;
    private TextCodec.StreamDecoder? _decoder;
    /// <summary>Decoded, not yet consumed text is _dec[_pos.._len].</summary>
    private char[] _dec = Array.Empty<char>();
    private int _pos, _len;
    private bool _eof;
    private byte[]? _chunk;
    private long _decStartByte = -1;
    /// <summary>Whether byte positions are kept for tell() (only seekable streams need them).</summary>
    private bool _track;
    private int _seenNewlines;
    private bool _crPending;

    private char[] _pending = Array.Empty<char>();
    private int _pendingLen;
    private byte[] _encoded = Array.Empty<byte>();
    private bool _preambleDone;

    public PyTextIOWrapper(PyObject buffer, string? encoding, string? errors, string? newline, bool lineBuffering, bool writeThrough)
        : base(IoTypes.TextIOWrapper)
    {
        Buffer = buffer;
        _buf = buffer as PyBufferedIO;
        _rawFile = buffer as PyFileIO;
        // "locale" (3.10+) is locale.getpreferredencoding(False): UTF-8 under the C/UTF-8 locales Krait runs in.
        EncodingName = encoding is null or "locale" ? "UTF-8" : encoding;
        Codec = TextCodec.Lookup(EncodingName);
        Errors = errors ?? "strict";
        if (newline != null && newline != "" && newline != "\n" && newline != "\r" && newline != "\r\n")
            throw Ops.ValueError("illegal newline value: " + newline);
        _newline = newline;
        _readUniversal = newline is null or "";
        _readTranslate = newline == null;
        _writeNewline = newline is "\r" or "\r\n" ? newline : null;
        LineBuffering = lineBuffering;
        WriteThrough = writeThrough;
        if (Codec.Preamble.Length > 0 && IsSeekableSafe() && BufferTell() != 0) _preambleDone = true;
    }

    private bool IsSeekableSafe()
    {
        try { return IsSeekable; }
        catch (PythonException) { return false; }
    }

    public override bool IsClosed => _buf != null ? _buf.IsClosed : _rawFile != null ? _rawFile.IsClosed : Ops.IsTrue(Buffer.GetAttr("closed"));
    public override bool IsReadable => _buf?.IsReadable ?? _rawFile?.IsReadable ?? Ops.IsTrue(Buffer.GetAttr("readable").Call0());
    public override bool IsWritable => _buf?.IsWritable ?? _rawFile?.IsWritable ?? Ops.IsTrue(Buffer.GetAttr("writable").Call0());
    public override bool IsSeekable => _buf?.IsSeekable ?? _rawFile?.IsSeekable ?? Ops.IsTrue(Buffer.GetAttr("seekable").Call0());

    public PyObject NewlinesSeen => _seenNewlines switch
    {
        0 => PyNone.Instance,
        1 => new PyStr("\r"),
        2 => new PyStr("\n"),
        4 => new PyStr("\r\n"),
        _ => new PyTuple(new[] { (1, "\r"), (2, "\n"), (4, "\r\n") }.Where(p => (_seenNewlines & p.Item1) != 0).Select(p => (PyObject)new PyStr(p.Item2)).ToArray()),
    };

    public override string Repr()
    {
        var sb = new System.Text.StringBuilder("<_io.TextIOWrapper");
        if (!_detached && Buffer.TryGetAttr("name", out var n)) sb.Append(" name=").Append(n.Repr());
        if (Mode != null) sb.Append(" mode='").Append(Mode).Append('\'');
        sb.Append(" encoding='").Append(EncodingName).Append("'>");
        return sb.ToString();
    }

    private void CheckAttached()
    {
        if (_detached) throw Ops.ValueError("underlying buffer has been detached");
    }

    private new void CheckReadable()
    {
        CheckAttached();
        CheckClosed();
        if (!IsReadable) throw Unsupported("not readable");
    }

    // ---- reading ----
    private int ReadBytes(Span<byte> dest)
    {
        if (_buf != null) return _buf.ReadChunk(dest);
        if (_rawFile != null) { _rawFile.CheckRead(); return Math.Max(0, _rawFile.ReadInto(dest)); }
        var r = Buffer.TryGetAttr("read1", out var read1) ? read1.Call1(PyInt.Get(dest.Length)) : Buffer.GetAttr("read").Call1(PyInt.Get(dest.Length));
        if (r == PyNone.Instance) return 0;
        var b = IoArgs.Bytes(r);
        b.CopyTo(dest);
        return b.Length;
    }

    private long BufferTell() =>
        _buf != null ? _buf.Tell() : _rawFile != null ? _rawFile.Tell() : Ops.Index(Buffer.GetAttr("tell").Call0());

    private void StartReading()
    {
        if (_pendingLen > 0) FlushPending();
        if (_decoder == null)
        {
            _decoder = new TextCodec.StreamDecoder(Codec, Errors);
            _chunk = new byte[ChunkSize];
        }
        if (_decStartByte < 0)
        {
            _track = IsSeekableSafe();
            _decStartByte = _track ? BufferTell() : 0;
        }
    }

    /// <summary>Decodes one more chunk after the unread text (moving it to the front); false at the end.</summary>
    private bool ReadMore()
    {
        if (_eof) return false;
        if (_pos > 0)
        {
            if (_track) _decStartByte += Codec.ByteCount(_dec.AsSpan(0, _pos));
            Array.Copy(_dec, _pos, _dec, 0, _len - _pos);
            _len -= _pos;
            _pos = 0;
        }
        while (true)
        {
            int n = ReadBytes(_chunk!);
            int need = _len + _decoder!.MaxChars(n);
            if (_dec.Length < need) Array.Resize(ref _dec, Math.Max(need, _dec.Length * 2));
            int got = _decoder.DecodeInto(_chunk.AsSpan(0, n), _dec.AsSpan(_len), n == 0);
            if (n == 0) _eof = true;
            if (_readUniversal) NoteNewlines(_dec.AsSpan(_len, got), n == 0);
            _len += got;
            if (got > 0 || n == 0) return got > 0;
        }
    }

    public string ReadLine(long limit = -1)
    {
        CheckReadable();
        StartReading();
        int rel = 0;
        while (true)
        {
            int i = FindNewline(rel);
            if (i >= 0)
            {
                int abs = _pos + i;
                char c = _dec[abs];
                int end;
                bool translateCr = false;
                if (_readUniversal && c == '\r')
                {
                    if (abs + 1 >= _len && !_eof)
                    {
                        // A '\r' at the end of the text: the next chunk says whether it is a '\r\n'.
                        rel = i;
                        if (!ReadMore()) continue;
                        continue;
                    }
                    bool crlf = abs + 1 < _len && _dec[abs + 1] == '\n';
                    end = abs + (crlf ? 2 : 1);
                    translateCr = _readTranslate;
                }
                else if (_newline == "\r\n") end = abs + 2;
                else end = abs + 1;
                string line;
                if (limit >= 0 && end - _pos > limit)
                {
                    line = new string(_dec, _pos, (int)limit);
                    _pos += (int)limit;
                    return line;
                }
                line = translateCr ? string.Concat(_dec.AsSpan(_pos, abs - _pos), "\n") : new string(_dec, _pos, end - _pos);
                _pos = end;
                return line;
            }
            int avail = _len - _pos;
            if (limit >= 0 && avail >= limit)
            {
                string part = new string(_dec, _pos, (int)limit);
                _pos += (int)limit;
                return part;
            }
            rel = _newline == "\r\n" ? Math.Max(0, avail - 1) : avail;
            if (!ReadMore())
            {
                string rest = new string(_dec, _pos, _len - _pos);
                _pos = _len;
                return rest;
            }
        }
    }

    /// <summary>Records which line endings the decoded text holds (the newlines attribute), as CPython's
    /// newline decoder does when it decodes; a '\r' ending a chunk waits for the next one.</summary>
    private void NoteNewlines(ReadOnlySpan<char> s, bool final)
    {
        if (_crPending)
        {
            _crPending = false;
            if (s.Length > 0 && s[0] == '\n') { _seenNewlines |= 4; s = s[1..]; }
            else _seenNewlines |= 1;
        }
        while (true)
        {
            int i = s.IndexOfAny('\r', '\n');
            if (i < 0) break;
            if (s[i] == '\n') _seenNewlines |= 2;
            else if (i + 1 < s.Length) { if (s[i + 1] == '\n') { _seenNewlines |= 4; i++; } else _seenNewlines |= 1; }
            else if (final) _seenNewlines |= 1;
            else _crPending = true;
            s = s[(i + 1)..];
        }
    }

    /// <summary>Index (relative to the read position) of the next line end at or after <paramref name="rel"/>.</summary>
    private int FindNewline(int rel)
    {
        var span = _dec.AsSpan(_pos + rel, _len - _pos - rel);
        int i = _readUniversal ? span.IndexOfAny('\r', '\n')
            : _newline == "\n" ? span.IndexOf('\n')
            : _newline == "\r" ? span.IndexOf('\r')
            : span.IndexOf("\r\n".AsSpan());
        return i < 0 ? -1 : i + rel;
    }

    public override PyObject ReadLineObject(long limit = -1) => new PyStr(ReadLine(limit));

    public override bool TryNext(out PyObject value)
    {
        string line = ReadLine();
        value = new PyStr(line);
        return line.Length > 0;
    }

    public string Read(long n)
    {
        CheckReadable();
        StartReading();
        if (n < 0)
        {
            string rest = new string(_dec, _pos, _len - _pos);
            string tail;
            if (_eof) tail = "";
            else
            {
                byte[] bytes = _buf != null ? _buf.Read(-1) : _rawFile != null ? _rawFile.ReadAll() : IoArgs.Bytes(Buffer.GetAttr("read").Call0()).ToArray();
                tail = _decoder!.Decode(bytes, true);
                _eof = true;
                if (_readUniversal) NoteNewlines(tail, true);
            }
            string all = rest.Length == 0 ? tail : rest + tail;
            if (_track) _decStartByte += Codec.ByteCount(_dec.AsSpan(0, _len)) + Codec.ByteCount(tail);
            _pos = _len = 0;
            return _readTranslate ? Translate(all) : all;
        }
        while (_len - _pos <= n && ReadMore()) { }
        if (!_readTranslate)
        {
            int take = (int)Math.Min(n, _len - _pos);
            if (take > 0 && take < _len - _pos && char.IsHighSurrogate(_dec[_pos + take - 1])) take++;
            string s = new string(_dec, _pos, take);
            _pos += take;
            return s;
        }
        var sb = new System.Text.StringBuilder((int)Math.Min(n, _len - _pos));
        while (sb.Length < n && _pos < _len)
        {
            char c = _dec[_pos++];
            if (c == '\r')
            {
                if (_pos < _len && _dec[_pos] == '\n') _pos++;
                sb.Append('\n');
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private string Translate(string s)
    {
        int cr = s.IndexOf('\r');
        if (cr < 0) return s;
        var sb = new System.Text.StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\r')
            {
                if (i + 1 < s.Length && s[i + 1] == '\n') i++;
                sb.Append('\n');
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    // ---- writing ----
    public int Write(string s)
    {
        CheckAttached();
        CheckClosed();
        if (!IsWritable) throw Unsupported("not writable");
        if (_decoder != null && (_len > 0 || _decStartByte >= 0))
        {
            // Switching from reading to writing: as CPython, the decoded read-ahead is dropped and the write
            // lands where the buffer stands (after the chunk read), not at the logical read position.
            ResetReading(-1);
        }
        string text = _writeNewline != null && s.Contains('\n') ? s.Replace("\n", _writeNewline) : s;
        if (text.Length >= ChunkSize)
        {
            // Big writes are encoded straight from the string in chunk-sized slices.
            FlushPending();
            for (int at = 0; at < text.Length;)
            {
                int n = Math.Min(ChunkSize, text.Length - at);
                if (at + n < text.Length && char.IsHighSurrogate(text[at + n - 1])) n++;
                EncodeAndWrite(text.AsSpan(at, n));
                at += n;
            }
        }
        else
        {
            AppendPending(text);
            if (_pendingLen >= ChunkSize || WriteThrough) FlushPending();
        }
        if (LineBuffering && (s.Contains('\n') || s.Contains('\r')))
        {
            FlushPending();
            FlushBuffer();
        }
        return s.Length;
    }

    private void AppendPending(string text)
    {
        if (_pending.Length - _pendingLen < text.Length)
            Array.Resize(ref _pending, Math.Max(Math.Max(_pending.Length * 2, 8192), _pendingLen + text.Length));
        text.CopyTo(0, _pending, _pendingLen, text.Length);
        _pendingLen += text.Length;
    }

    public void FlushPending()
    {
        if (_pendingLen == 0) return;
        int n = _pendingLen;
        _pendingLen = 0;
        EncodeAndWrite(_pending.AsSpan(0, n));
    }

    private void EncodeAndWrite(ReadOnlySpan<char> text)
    {
        int at = 0;
        if (!_preambleDone)
        {
            _preambleDone = true;
            if (Codec.Preamble.Length > 0)
            {
                if (_encoded.Length < Codec.Preamble.Length) _encoded = new byte[Math.Max(8192, Codec.Preamble.Length)];
                Codec.Preamble.CopyTo(_encoded, 0);
                at = Codec.Preamble.Length;
            }
        }
        int len = Codec.EncodeInto(text, ref _encoded, at, Errors);
        if (_buf != null) _buf.Write(_encoded.AsSpan(0, len));
        else if (_rawFile != null) { _rawFile.CheckWrite(); _rawFile.WriteAll(_encoded.AsSpan(0, len)); }
        else Buffer.GetAttr("write").Call1(new PyBytes(_encoded.AsSpan(0, len).ToArray()));
    }

    private void FlushBuffer()
    {
        if (_buf != null) _buf.Flush();
        else if (_rawFile == null) Buffer.GetAttr("flush").Call0();
    }

    public override void Flush()
    {
        CheckAttached();
        CheckClosed();
        FlushPending();
        FlushBuffer();
    }

    public override void Close()
    {
        if (_detached || IsClosed) return;
        try { Flush(); }
        finally
        {
            if (_buf != null) _buf.Close();
            else if (_rawFile != null) _rawFile.Close();
            else Buffer.GetAttr("close").Call0();
        }
    }

    // ---- positioning ----
    private void BufferSeek(long pos, int whence)
    {
        if (_buf != null) _buf.Seek(pos, whence);
        else if (_rawFile != null) _rawFile.Seek(pos, whence);
        else Buffer.GetAttr("seek").Call2(PyInt.Get(pos), PyInt.Get(whence));
    }

    private void ResetReading(long at)
    {
        _pos = _len = 0;
        _eof = false;
        _decoder?.Reset();
        _decStartByte = at;
        _track = at >= 0;
    }

    public long Tell()
    {
        CheckAttached();
        CheckClosed();
        if (!IsSeekable) throw Unsupported("underlying stream is not seekable");
        FlushPending();
        if (_decoder == null || _decStartByte < 0) return BufferTell();
        return _decStartByte + Codec.ByteCount(_dec.AsSpan(0, _pos));
    }

    public long Seek(PyObject cookieObj, int whence)
    {
        CheckAttached();
        CheckClosed();
        if (!IsSeekable) throw Unsupported("underlying stream is not seekable");
        long cookie = IoArgs.Int(cookieObj);
        if (whence == 1 && cookie != 0) throw Unsupported("can't do nonzero cur-relative seeks");
        if (whence == 2 && cookie != 0) throw Unsupported("can't do nonzero end-relative seeks");
        if (whence < 0 || whence > 2) throw Ops.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        if (whence == 0 && cookie < 0) throw Ops.ValueError($"negative seek position {cookie}");
        Flush();
        if (whence == 1) return Tell();
        long pos;
        if (whence == 2)
        {
            pos = _buf != null ? _buf.Seek(0, 2) : _rawFile != null ? _rawFile.Seek(0, 2) : Ops.Index(Buffer.GetAttr("seek").Call2(PyInt.Get(0), PyInt.Get(2)));
        }
        else
        {
            BufferSeek(cookie, 0);
            pos = cookie;
        }
        ResetReading(pos);
        _preambleDone = pos != 0 || Codec.Preamble.Length == 0;
        return pos;
    }

    public long Truncate(PyObject? size)
    {
        CheckAttached();
        Flush();
        long at = size == null || size == PyNone.Instance ? Tell() : IoArgs.Int(size);
        long r = Ops.Index(Buffer.GetAttr("truncate").Call1(PyInt.Get(at)));
        return r;
    }

    public PyObject Detach()
    {
        CheckAttached();
        Flush();
        _detached = true;
        return Buffer;
    }
}
