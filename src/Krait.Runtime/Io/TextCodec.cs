using System.Text;

namespace Krait.Runtime.Io;

/// <summary>The text encodings files and streams use (utf-8, utf-8-sig, latin-1, ascii, utf-16/32 and the code
/// pages .NET carries) with CPython's error handlers: strict, ignore, replace, surrogateescape,
/// backslashreplace, xmlcharrefreplace.</summary>
public sealed class TextCodec
{
    /// <summary>CPython's codec name (what error messages show).</summary>
    public readonly string Name;
    private readonly Encoding _strict;
    /// <summary>Writes a byte-order mark before the first text of a stream (utf-16, utf-32, utf-8-sig).</summary>
    public readonly byte[] Preamble;
    /// <summary>Decoding drops a leading byte-order mark (utf-8-sig) or uses it to pick the byte order.</summary>
    private readonly bool _detectBom;
    public readonly bool IsUtf8;

    private TextCodec(string name, Encoding strict, byte[]? preamble = null, bool detectBom = false)
    {
        Name = name;
        _strict = strict;
        Preamble = preamble ?? Array.Empty<byte>();
        _detectBom = detectBom;
        IsUtf8 = name == "utf-8";
    }

    private static readonly Encoding s_utf8Strict = new UTF8Encoding(false, true);
    public static readonly TextCodec Utf8 = new("utf-8", s_utf8Strict);
    private static readonly Dictionary<string, TextCodec> s_cache = new();

    public static string NormalizeName(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name.Trim().ToLowerInvariant()) sb.Append(c is ' ' or '-' ? '_' : c);
        return sb.ToString();
    }

    /// <summary>The codec for <paramref name="name"/>; LookupError "unknown encoding: x" as CPython.</summary>
    public static TextCodec Lookup(string name)
    {
        string n = NormalizeName(name);
        lock (s_cache)
        {
            if (s_cache.TryGetValue(n, out var c)) return c;
            c = Make(n) ?? throw Ops.Error(ExceptionTypes.LookupError, "unknown encoding: " + name);
            s_cache[n] = c;
            return c;
        }
    }

    private static Encoding Strict(Encoding e) => Encoding.GetEncoding(e.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static TextCodec? Make(string n)
    {
        switch (n)
        {
            case "utf_8": case "utf8": case "u8": case "utf": case "cp65001": case "utf8_ucs2": case "utf8_ucs4":
                return Utf8;
            case "utf_8_sig": case "utf8_sig":
                return new TextCodec("utf-8-sig", s_utf8Strict, new byte[] { 0xEF, 0xBB, 0xBF }, detectBom: true);
            case "latin_1": case "latin1": case "latin": case "l1": case "iso_8859_1": case "iso8859_1": case "8859":
            case "cp819": case "iso_ir_100": case "csisolatin1": case "iso8859": case "iso_8859_1:1987":
                return new TextCodec("latin-1", Strict(Encoding.Latin1));
            case "ascii": case "us_ascii": case "646": case "us": case "ansi_x3.4_1968": case "cp367": case "csascii":
            case "ibm367": case "iso646_us": case "iso_646.irv:1991": case "iso_ir_6":
                return new TextCodec("ascii", Strict(Encoding.ASCII));
            case "utf_16": case "utf16": case "u16":
                return new TextCodec("utf-16", new UnicodeEncoding(false, false, true), new byte[] { 0xFF, 0xFE }, detectBom: true);
            case "utf_16_le": case "utf_16le": case "unicodelittleunmarked":
                return new TextCodec("utf-16-le", new UnicodeEncoding(false, false, true));
            case "utf_16_be": case "utf_16be": case "unicodebigunmarked":
                return new TextCodec("utf-16-be", new UnicodeEncoding(true, false, true));
            case "utf_32": case "utf32": case "u32":
                return new TextCodec("utf-32", new UTF32Encoding(false, false, true), new byte[] { 0xFF, 0xFE, 0, 0 }, detectBom: true);
            case "utf_32_le": case "utf_32le":
                return new TextCodec("utf-32-le", new UTF32Encoding(false, false, true));
            case "utf_32_be": case "utf_32be":
                return new TextCodec("utf-32-be", new UTF32Encoding(true, false, true));
        }
        // Code pages: cp1252, cp437, iso8859_15, ...
        string cp = n.Replace('_', '-');
        if (n.StartsWith("cp") && int.TryParse(n.AsSpan(2), out int page)) cp = page.ToString();
        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var e = int.TryParse(cp, out int num) ? Encoding.GetEncoding(num) : Encoding.GetEncoding(cp);
            return new TextCodec(n.Replace('_', '-'), Strict(e));
        }
        catch (ArgumentException) { return null; }
        catch (NotSupportedException) { return null; }
    }

    public static void CheckErrors(string errors)
    {
        switch (errors)
        {
            case "strict": case "ignore": case "replace": case "surrogateescape": case "backslashreplace":
            case "xmlcharrefreplace": case "surrogatepass": case "namereplace":
                return;
        }
        throw Ops.Error(ExceptionTypes.LookupError, $"unknown error handler name '{errors}'");
    }

    // ---- decoding ----

    /// <summary>A stateful decoder: bytes split anywhere between calls decode as if whole. UTF-8 and ASCII are
    /// decoded here (vectorized by System.Text.Unicode.Utf8 for valid text) because CPython's error handlers
    /// produce lone surrogates, which .NET's decoder fallbacks refuse to emit.</summary>
    public sealed class StreamDecoder
    {
        private readonly TextCodec _codec;
        private readonly string _errors;
        private Decoder _decoder;
        private bool _started;
        private char[] _chars = Array.Empty<char>();
        private byte[] _carry = Array.Empty<byte>();
        private readonly bool _manual;

        public StreamDecoder(TextCodec codec, string errors)
        {
            _codec = codec;
            _errors = errors;
            CheckErrors(errors);
            _decoder = codec.MakeDecoder(errors);
            _manual = codec.Name is "utf-8" or "utf-8-sig" or "ascii";
        }

        public void Reset()
        {
            _decoder = _codec.MakeDecoder(_errors);
            _started = false;
            _carry = Array.Empty<byte>();
        }

        public int MaxChars(int byteCount) => _manual ? (byteCount + _carry.Length) * 4 + 8 : _codec._strict.GetMaxCharCount(byteCount) + 4;

        /// <summary>Decodes into <paramref name="dest"/> (room for <see cref="MaxChars"/>); returns the count.</summary>
        public int DecodeInto(ReadOnlySpan<byte> bytes, Span<char> dest, bool final)
        {
            if (!_started && _codec._detectBom)
            {
                if (_carry.Length + bytes.Length < _codec.Preamble.Length && !final)
                {
                    _carry = Concat(_carry, bytes);
                    return 0;
                }
                _started = true;
                if (_carry.Length > 0) { bytes = Concat(_carry, bytes); _carry = Array.Empty<byte>(); }
                bytes = _codec.SkipBom(bytes, ref _decoder, _errors);
            }
            _started = true;
            if (_manual) return DecodeManual(bytes, dest, final);
            try { return _decoder.GetChars(bytes, dest, final); }
            catch (DecoderFallbackException) { throw _codec.DecodeError(bytes.ToArray()); }
        }

        private static byte[] Concat(byte[] a, ReadOnlySpan<byte> b)
        {
            var r = new byte[a.Length + b.Length];
            a.CopyTo(r, 0);
            b.CopyTo(r.AsSpan(a.Length));
            return r;
        }

        private int DecodeManual(ReadOnlySpan<byte> bytes, Span<char> dest, bool final)
        {
            byte[]? whole = null;
            if (_carry.Length > 0)
            {
                whole = Concat(_carry, bytes);
                bytes = whole;
                _carry = Array.Empty<byte>();
            }
            var all = bytes;
            int written = 0;
            bool ascii = _codec.Name == "ascii";
            while (bytes.Length > 0)
            {
                System.Buffers.OperationStatus st;
                int read, wrote;
                if (ascii)
                {
                    st = System.Text.Ascii.ToUtf16(bytes, dest[written..], out wrote);
                    read = wrote;
                    if (st == System.Buffers.OperationStatus.InvalidData && read >= bytes.Length) st = System.Buffers.OperationStatus.Done;
                }
                else st = System.Text.Unicode.Utf8.ToUtf16(bytes, dest[written..], out read, out wrote, false, final);
                written += wrote;
                bytes = bytes[read..];
                if (st == System.Buffers.OperationStatus.Done) break;
                if (st == System.Buffers.OperationStatus.NeedMoreData)
                {
                    _carry = bytes.ToArray();
                    break;
                }
                // InvalidData: the bad sequence is bytes[0..bad].
                int bad = ascii ? 1 : InvalidLength(bytes);
                int at = all.Length - bytes.Length;
                switch (_errors)
                {
                    case "ignore": break;
                    case "replace": dest[written++] = '\uFFFD'; break;
                    case "surrogateescape":
                        for (int i = 0; i < bad; i++)
                        {
                            if (bytes[i] < 0x80) throw Fail(all, at, bad);
                            dest[written++] = (char)(0xDC00 + bytes[i]);
                        }
                        break;
                    case "backslashreplace":
                        for (int i = 0; i < bad; i++)
                        {
                            string h = $"\\x{bytes[i]:x2}";
                            h.AsSpan().CopyTo(dest[written..]);
                            written += h.Length;
                        }
                        break;
                    default: throw Fail(all, at, bad);
                }
                bytes = bytes[bad..];
            }
            return written;
        }

        private PythonException Fail(ReadOnlySpan<byte> all, int at, int bad)
        {
            string reason = _codec.Name == "ascii" ? "ordinal not in range(128)" : Utf8Reason(all[at..]);
            return CodecErrors.Decode(_codec.Name, all.ToArray(), at, at + bad, reason);
        }

        public string Decode(ReadOnlySpan<byte> bytes, bool final)
        {
            int max = MaxChars(bytes.Length);
            if (_chars.Length < max) _chars = new char[Math.Max(max, 256)];
            int n = DecodeInto(bytes, _chars, final);
            return new string(_chars, 0, n);
        }
    }

    /// <summary>Length of the invalid UTF-8 sequence at the start of <paramref name="b"/> (CPython and Unicode
    /// agree: the maximal prefix of a well-formed sequence, at least one byte).</summary>
    private static int InvalidLength(ReadOnlySpan<byte> b)
    {
        int c = b[0];
        if (c < 0xC2 || c > 0xF4) return 1;
        int need = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        int lo = 0x80, hi = 0xBF;
        if (c == 0xE0) lo = 0xA0; else if (c == 0xED) hi = 0x9F; else if (c == 0xF0) lo = 0x90; else if (c == 0xF4) hi = 0x8F;
        for (int k = 1; k <= need; k++)
        {
            if (k >= b.Length) return k;
            int cc = b[k];
            if (k == 1 ? cc < lo || cc > hi : cc < 0x80 || cc > 0xBF) return k;
        }
        return 1;
    }

    private static string Utf8Reason(ReadOnlySpan<byte> b)
    {
        int c = b[0];
        if (c < 0xC2 || c > 0xF4) return "invalid start byte";
        return InvalidLength(b) >= b.Length ? "unexpected end of data" : "invalid continuation byte";
    }

    private ReadOnlySpan<byte> SkipBom(ReadOnlySpan<byte> bytes, ref Decoder decoder, string errors)
    {
        if (Name == "utf-8-sig")
            return bytes.StartsWith(Preamble) ? bytes[3..] : bytes;
        if (Name == "utf-16" && bytes.Length >= 2)
        {
            if (bytes[0] == 0xFF && bytes[1] == 0xFE) return bytes[2..];
            if (bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                decoder = WithFallback(new UnicodeEncoding(true, false, true), errors).GetDecoder();
                return bytes[2..];
            }
        }
        if (Name == "utf-32" && bytes.Length >= 4)
        {
            if (bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0) return bytes[4..];
            if (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
            {
                decoder = WithFallback(new UTF32Encoding(true, false, true), errors).GetDecoder();
                return bytes[4..];
            }
        }
        return bytes;
    }

    private Decoder MakeDecoder(string errors) => WithFallback(_strict, errors).GetDecoder();

    private static Encoding WithFallback(Encoding e, string errors) => errors switch
    {
        "ignore" => Encoding.GetEncoding(e.CodePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("")),
        "replace" => Encoding.GetEncoding(e.CodePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD")),
        // utf-16/32 and code pages: surrogateescape and backslashreplace fall back to replace.
        "surrogateescape" or "backslashreplace" => Encoding.GetEncoding(e.CodePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD")),
        _ => e,
    };

    /// <summary>Decodes a whole byte string.</summary>
    public string Decode(ReadOnlySpan<byte> bytes, string errors = "strict")
    {
        if (errors == "strict" && IsUtf8)
        {
            try { return s_utf8Strict.GetString(bytes); }
            catch (DecoderFallbackException) { throw DecodeError(bytes.ToArray()); }
        }
        return new StreamDecoder(this, errors).Decode(bytes, true);
    }

    /// <summary>UnicodeDecodeError for the first bad sequence in <paramref name="bytes"/>, with CPython's reason.</summary>
    public PythonException DecodeError(byte[] bytes)
    {
        int start = 0, end = 1;
        string reason = "invalid data";
        if (Name is "utf-8" or "utf-8-sig") Utf8Error(bytes, out start, out end, out reason);
        else if (Name == "ascii")
        {
            while (start < bytes.Length && bytes[start] < 0x80) start++;
            end = start + 1;
            reason = "ordinal not in range(128)";
        }
        else if (Name.StartsWith("utf-16") || Name.StartsWith("utf-32"))
        {
            int unit = Name.StartsWith("utf-16") ? 2 : 4;
            start = bytes.Length / unit * unit;
            end = bytes.Length;
            reason = "truncated data";
        }
        return CodecErrors.Decode(Name, bytes, start, end, reason);
    }

    private static void Utf8Error(byte[] b, out int start, out int end, out string reason)
    {
        int i = 0;
        while (i < b.Length)
        {
            int c = b[i];
            if (c < 0x80) { i++; continue; }
            start = i;
            if (c < 0xC2 || c > 0xF4) { end = i + 1; reason = "invalid start byte"; return; }
            int need = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
            int lo = 0x80, hi = 0xBF;
            if (c == 0xE0) lo = 0xA0; else if (c == 0xED) hi = 0x9F; else if (c == 0xF0) lo = 0x90; else if (c == 0xF4) hi = 0x8F;
            for (int k = 1; k <= need; k++)
            {
                if (i + k >= b.Length) { end = b.Length; reason = "unexpected end of data"; return; }
                int cc = b[i + k];
                if (k == 1 ? cc < lo || cc > hi : cc < 0x80 || cc > 0xBF)
                {
                    end = i + k;
                    reason = "invalid continuation byte";
                    return;
                }
            }
            i += need + 1;
        }
        start = b.Length; end = b.Length + 1; reason = "invalid start byte";
    }

    // ---- encoding ----

    /// <summary>Encodes a whole string (no preamble).</summary>
    public byte[] Encode(string s, string errors = "strict")
    {
        try { return _strict.GetBytes(s); }
        catch (EncoderFallbackException) { }
        catch (ArgumentException) { }
        return EncodeSlow(s, errors);
    }

    /// <summary>Encodes into <paramref name="buffer"/> at <paramref name="at"/>, growing it; returns the new end.</summary>
    public int EncodeInto(ReadOnlySpan<char> s, ref byte[] buffer, int at, string errors)
    {
        if (IsUtf8 || Name == "latin-1" || Name == "ascii")
        {
            int max = IsUtf8 ? s.Length * 3 : s.Length;
            if (buffer.Length - at < max) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, at + max));
            try { return at + _strict.GetBytes(s, buffer.AsSpan(at)); }
            catch (EncoderFallbackException) { }
            catch (ArgumentException) { }
        }
        var bytes = Encode(s.ToString(), errors);
        if (buffer.Length - at < bytes.Length) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, at + bytes.Length));
        bytes.CopyTo(buffer, at);
        return at + bytes.Length;
    }

    private byte[] EncodeSlow(string s, string errors)
    {
        CheckErrors(errors);
        var outp = new List<byte>(s.Length + 16);
        int pos = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int len = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            var piece = s.AsSpan(i, len);
            byte[]? enc = null;
            if (!(len == 1 && char.IsSurrogate(s[i])) || errors == "surrogatepass")
            {
                try { enc = errors == "surrogatepass" && char.IsSurrogate(s[i]) && IsUtf8 ? Wtf8(s[i]) : _strict.GetBytes(piece.ToArray()); }
                catch (EncoderFallbackException) { }
                catch (ArgumentException) { }
            }
            if (enc != null) { outp.AddRange(enc); i += len - 1; pos++; continue; }
            int cp = len == 2 ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];
            switch (errors)
            {
                case "ignore": break;
                case "replace": outp.Add((byte)'?'); break;
                case "surrogateescape" when cp >= 0xDC80 && cp <= 0xDCFF: outp.Add((byte)(cp - 0xDC00)); break;
                case "backslashreplace":
                    outp.AddRange(Encoding.ASCII.GetBytes(cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}"));
                    break;
                case "xmlcharrefreplace": outp.AddRange(Encoding.ASCII.GetBytes($"&#{cp};")); break;
                default:
                    {
                        string reason = char.IsSurrogate((char)Math.Min(cp, 0xFFFF)) && len == 1 && IsUtf8 ? "surrogates not allowed"
                            : Name == "ascii" ? "ordinal not in range(128)" : Name == "latin-1" ? "ordinal not in range(256)"
                            : "character maps to <undefined>";
                        throw CodecErrors.Encode(Name, s, pos, pos + 1, reason);
                    }
            }
            i += len - 1;
            pos++;
        }
        return outp.ToArray();
    }

    private static byte[] Wtf8(char c) => new[] { (byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F)) };

    /// <summary>How many bytes <paramref name="s"/> encodes to (tell() positions).</summary>
    public long ByteCount(ReadOnlySpan<char> s)
    {
        if (s.Length == 0) return 0;
        if (Name is "latin-1" or "ascii") return s.Length;
        try { return _strict.GetByteCount(s); }
        catch (EncoderFallbackException) { return Encode(s.ToString(), "surrogateescape").Length; }
        catch (ArgumentException) { return Encode(s.ToString(), "surrogateescape").Length; }
    }

    // ---- file system paths: UTF-8 with surrogateescape ----
    public static byte[] EncodeFsPath(string path) => Utf8.Encode(path, "surrogateescape");
    public static string DecodeFsPath(ReadOnlySpan<byte> bytes) => Utf8.Decode(bytes, "surrogateescape");
}

/// <summary>UnicodeDecodeError / UnicodeEncodeError. The exception classes belong to the built-in types' area;
/// when they exist in builtins they are used, otherwise a UnicodeError with CPython's message.</summary>
public static class CodecErrors
{
    public static PythonException Decode(string encoding, byte[] data, int start, int end, string reason)
    {
        if (Builtins.Module.Cells.TryGetValue("UnicodeDecodeError", out var c) && c.Value is PyType t)
        {
            var r = t.Call(new PyObject[] { new PyStr(encoding), new PyBytes(data), PyInt.Get(start), PyInt.Get(end), new PyStr(reason) }, null);
            if (r is PyBaseException be) return new PythonException(be);
        }
        string what = end - start == 1 && start < data.Length ? $"byte 0x{data[start]:x2} in position {start}" : $"bytes in position {start}-{end - 1}";
        return Ops.Error(ExceptionTypes.UnicodeError, $"'{encoding}' codec can't decode {what}: {reason}");
    }

    public static PythonException Encode(string encoding, string text, int start, int end, string reason)
    {
        if (Builtins.Module.Cells.TryGetValue("UnicodeEncodeError", out var c) && c.Value is PyType t)
        {
            var r = t.Call(new PyObject[] { new PyStr(encoding), new PyStr(text), PyInt.Get(start), PyInt.Get(end), new PyStr(reason) }, null);
            if (r is PyBaseException be) return new PythonException(be);
        }
        var ps = new PyStr(text);
        string ch = end - start == 1 ? $"character {new PyStr(PyStr.FromCodePoint(CodePointAt(text, start))).Repr()} in position {start}"
            : $"characters in position {start}-{end - 1}";
        return Ops.Error(ExceptionTypes.UnicodeError, $"'{encoding}' codec can't encode {ch}: {reason}");
    }

    private static int CodePointAt(string s, int cpIndex)
    {
        int ci = 0;
        for (int i = 0; i < s.Length; i++, ci++)
        {
            bool pair = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
            if (ci == cpIndex) return pair ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];
            if (pair) i++;
        }
        return 0;
    }
}
