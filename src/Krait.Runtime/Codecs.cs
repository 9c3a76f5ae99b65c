using System.Text;

namespace Krait.Runtime;

/// <summary>The codecs str.encode, bytes.decode and the codecs module share: utf-8 (and -sig), ascii, latin-1,
/// utf-16/32 (with BOM and both byte orders), cp1252, unicode_escape and raw_unicode_escape, with the error
/// handlers strict, ignore, replace, surrogateescape, surrogatepass, backslashreplace, xmlcharrefreplace,
/// namereplace and any registered with codecs.register_error. Errors are UnicodeEncodeError /
/// UnicodeDecodeError objects with CPython's encoding, object, start, end and reason. Decoding can stop
/// before an incomplete sequence at the end (incremental decoders).</summary>
public static class Codecs
{
    public enum Codec { Utf8, Ascii, Latin1, Utf16, Utf16Le, Utf16Be, Utf32, Utf32Le, Utf32Be, Utf8Sig, Cp1252, UnicodeEscape, RawUnicodeEscape }

    /// <summary>The codec for an encoding name, or null; <paramref name="display"/> is the name errors show and
    /// <paramref name="canonical"/> the CodecInfo name.</summary>
    public static Codec? TryLookup(string encoding, out string display, out string canonical)
    {
        var sb = new StringBuilder(encoding.Length);
        foreach (char c in encoding) sb.Append(c == '-' || c == ' ' ? '_' : char.ToLowerInvariant(c));
        display = canonical = "";
        Codec? r = sb.ToString() switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "cp65001" or "utf8_ucs2" or "utf8_ucs4" => Codec.Utf8,
            "ascii" or "us_ascii" or "646" or "us" or "ansi_x3.4_1968" or "iso646_us" or "cp367" or "csascii" or "ibm367" or "iso_ir_6" => Codec.Ascii,
            "latin_1" or "latin1" or "latin" or "l1" or "iso_8859_1" or "iso8859_1" or "8859" or "cp819" or "iso_ir_100" or "csisolatin1" or "ibm819" => Codec.Latin1,
            "utf_16" or "utf16" or "u16" => Codec.Utf16,
            "utf_16_le" or "utf_16le" or "utf16le" => Codec.Utf16Le,
            "utf_16_be" or "utf_16be" or "utf16be" => Codec.Utf16Be,
            "utf_32" or "utf32" or "u32" => Codec.Utf32,
            "utf_32_le" or "utf_32le" or "utf32le" => Codec.Utf32Le,
            "utf_32_be" or "utf_32be" or "utf32be" => Codec.Utf32Be,
            "utf_8_sig" or "utf8_sig" => Codec.Utf8Sig,
            "cp1252" or "windows_1252" or "1252" => Codec.Cp1252,
            "unicode_escape" or "unicodeescape" => Codec.UnicodeEscape,
            "raw_unicode_escape" or "rawunicodeescape" => Codec.RawUnicodeEscape,
            _ => null,
        };
        if (r == null) return null;
        (display, canonical) = r.Value switch
        {
            Codec.Utf8 => ("utf-8", "utf-8"),
            Codec.Ascii => ("ascii", "ascii"),
            Codec.Latin1 => ("latin-1", "iso8859-1"),
            Codec.Utf16 => ("utf-16", "utf-16"),
            Codec.Utf16Le => ("utf-16-le", "utf-16-le"),
            Codec.Utf16Be => ("utf-16-be", "utf-16-be"),
            Codec.Utf32 => ("utf-32", "utf-32"),
            Codec.Utf32Le => ("utf-32-le", "utf-32-le"),
            Codec.Utf32Be => ("utf-32-be", "utf-32-be"),
            Codec.Utf8Sig => ("utf-8", "utf-8-sig"),
            Codec.Cp1252 => ("charmap", "cp1252"),
            Codec.UnicodeEscape => ("unicodeescape", "unicode-escape"),
            _ => ("rawunicodeescape", "raw-unicode-escape"),
        };
        return r;
    }

    private static Codec Lookup(string encoding, out string display)
    {
        var c = TryLookup(encoding, out display, out _);
        if (c != null) return c.Value;
        throw Ops.Error(ExceptionTypes.LookupError, "unknown encoding: " + encoding);
    }

    /// <summary>Set by the codecs module: the CodecInfo of a codec registered from Python, or null.</summary>
    public static Func<string, PyObject?>? FindExternal;

    /// <summary>The 4-tuple a CodecInfo is (a tuple subclass instance keeps it as its base value).</summary>
    public static PyTuple? AsTuple(PyObject o) => o as PyTuple ?? (o as PyInstance)?.BaseValue as PyTuple;

    private static PyTuple? External(string encoding, bool encoding_)
    {
        if (TryLookup(encoding, out _, out _) != null) return null;
        // Not one of Krait's own codecs: the codecs module (which installs the lookup of registered and
        // encodings-package codecs) may not have been imported yet.
        if (FindExternal == null && Ops.ModuleLoader != null) Ops.ImportModule("codecs");
        if (FindExternal == null) return null;
        var info = FindExternal(encoding);
        if (info == null) return null;
        if (info.TryGetAttr("_is_text_encoding", out var text) && !text.IsTrue())
            throw Ops.Error(ExceptionTypes.LookupError,
                $"'{encoding}' is not a text encoding; use codecs.{(encoding_ ? "encode" : "decode")}() to handle arbitrary codecs");
        return AsTuple(info);
    }


    // ---- error handlers ----

    private static readonly Dictionary<string, PyObject> s_errorHandlers = new();

    /// <summary>codecs.register_error.</summary>
    public static void RegisterError(string name, PyObject handler) => s_errorHandlers[name] = handler;

    /// <summary>codecs.lookup_error: a registered handler (the built-in ones are registered by _codecs).</summary>
    public static PyObject LookupError(string name) =>
        s_errorHandlers.TryGetValue(name, out var h) ? h
        : throw Ops.Error(ExceptionTypes.LookupError, $"unknown error handler name '{name}'");

    private static bool IsBuiltinHandler(string errors) => errors switch
    {
        "strict" or "ignore" or "replace" or "surrogateescape" or "surrogatepass" or "backslashreplace"
            or "xmlcharrefreplace" or "namereplace" => true,
        _ => false,
    };

    private static void CheckErrors(string errors)
    {
        if (!IsBuiltinHandler(errors) && !s_errorHandlers.ContainsKey(errors))
            throw Ops.Error(ExceptionTypes.LookupError, $"unknown error handler name '{errors}'");
    }

    /// <summary>Calls a Python error handler; returns its replacement and the (normalised) position to resume at.</summary>
    public static PyObject CallHandler(string errors, PyUnicodeError exc, long length, bool encoding, out long resume)
    {
        var r = LookupError(errors).Call1(exc);
        if (r is not PyTuple t || t.Items.Length != 2 || t.Items[1] is not PyInt pos
            || !(t.Items[0] is PyStr || encoding && t.Items[0] is PyBytes))
            throw Ops.TypeError(encoding ? "encoding error handler must return (str/bytes, int) tuple"
                : "decoding error handler must return (str, int) tuple");
        resume = pos.Value < 0 ? length + pos.Value : pos.Value;
        if (resume < 0 || resume > length)
            throw Ops.Error(ExceptionTypes.IndexError, $"position {pos.Value} from error handler out of bounds");
        return t.Items[0];
    }

    public static string CharEscape(int cp) =>
        cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}";

    /// <summary>namereplace's text: \N{NAME}, or the escape when the character has no name.</summary>
    public static string NameEscape(int cp) =>
        Krait.Syntax.Unicode.UnicodeNames.TryGetName(cp, out var name) ? "\\N{" + name + "}" : CharEscape(cp);

    /// <summary>Code points of a .NET string, lone surrogates kept as themselves (Python strs may hold them).</summary>
    public static int[] CodePoints(string s)
    {
        var r = new int[s.Length];
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            { r[n++] = char.ConvertToUtf32(c, s[i + 1]); i++; }
            else r[n++] = c;
        }
        return n == r.Length ? r : r.AsSpan(0, n).ToArray();
    }

    // ---- cp1252 ----

    private static readonly ushort[] s_cp1252High =
    {
        0x20AC, 0xFFFF, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFF, 0x017D, 0xFFFF,
        0xFFFF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFF, 0x017E, 0x0178,
    };

    private static int Cp1252Byte(int cp)
    {
        if (cp < 0x80 || cp >= 0xA0 && cp < 0x100) return cp;
        for (int i = 0; i < 32; i++) if (s_cp1252High[i] == cp) return 0x80 + i;
        return -1;
    }

    // ---- encoding ----

    public static byte[] Encode(string s, string encoding, string errors)
    {
        if (External(encoding, true) is PyTuple info)
        {
            var r = info.Items[0].Call2(new PyStr(s), new PyStr(errors));
            var v = r is PyTuple t && t.Items.Length == 2 ? t.Items[0] : throw Ops.TypeError("encoder must return a tuple (object, integer)");
            if (v is PyBytes pb) return pb.Value;
            if (v is PyByteArray pba) return pba.ToArray();
            throw Ops.TypeError($"'{encoding}' encoder returned '{v.Type.TpName}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
        }
        var codec = Lookup(encoding, out string display);
        // The common case: no surrogates and a codec .NET does exactly.
        if (codec == Codec.Utf8)
        {
            bool clean = true;
            foreach (char c in s) if (char.IsSurrogate(c)) { clean = false; break; }
            if (clean) return Encoding.UTF8.GetBytes(s);
        }
        if (codec == Codec.UnicodeEscape || codec == Codec.RawUnicodeEscape)
            return EncodeEscape(s, codec == Codec.RawUnicodeEscape);
        // As CPython, the error handler is looked up only when an error happens.
        var cps = CodePoints(s);
        var o = new List<byte>(cps.Length + 4);
        if (codec == Codec.Utf16) { o.Add(0xFF); o.Add(0xFE); codec = Codec.Utf16Le; }
        if (codec == Codec.Utf32) { o.Add(0xFF); o.Add(0xFE); o.Add(0); o.Add(0); codec = Codec.Utf32Le; }
        if (codec == Codec.Utf8Sig) { o.Add(0xEF); o.Add(0xBB); o.Add(0xBF); codec = Codec.Utf8; }
        for (int i = 0; i < cps.Length; i++)
        {
            int cp = cps[i];
            if (TryEncodeOne(codec, cp, o)) continue;
            int end = i + 1;
            while (end < cps.Length && !CanEncode(codec, cps[end])) end++;
            string reason = codec switch
            {
                Codec.Ascii => "ordinal not in range(128)",
                Codec.Latin1 => "ordinal not in range(256)",
                Codec.Cp1252 => "character maps to <undefined>",
                _ => "surrogates not allowed",
            };
            switch (errors)
            {
                case "strict":
                    throw EncodeError(display, s, i, end, reason);
                case "ignore": break;
                case "replace":
                    for (int j = i; j < end; j++) TryEncodeOne(codec, '?', o);
                    break;
                case "backslashreplace":
                    for (int j = i; j < end; j++) foreach (char c in CharEscape(cps[j])) TryEncodeOne(codec, c, o);
                    break;
                case "namereplace":
                    for (int j = i; j < end; j++) foreach (char c in NameEscape(cps[j])) TryEncodeOne(codec, c, o);
                    break;
                case "xmlcharrefreplace":
                    for (int j = i; j < end; j++) foreach (char c in $"&#{cps[j]};") TryEncodeOne(codec, c, o);
                    break;
                case "surrogateescape":
                    for (int j = i; j < end; j++)
                    {
                        if (cps[j] >= 0xDC80 && cps[j] <= 0xDCFF) o.Add((byte)(cps[j] - 0xDC00));
                        else throw EncodeError(display, s, j, j + 1, reason);
                    }
                    break;
                case "surrogatepass":
                    for (int j = i; j < end; j++)
                    {
                        if (cps[j] >= 0xD800 && cps[j] <= 0xDFFF && codec != Codec.Ascii && codec != Codec.Latin1 && codec != Codec.Cp1252)
                            EncodeRaw(codec, cps[j], o);
                        else throw EncodeError(display, s, j, j + 1, reason);
                    }
                    break;
                default:
                {
                    var exc = PyUnicodeError.Encode(display, s, i, end, reason);
                    var rep = CallHandler(errors, exc, cps.Length, true, out long resume);
                    if (rep is PyBytes rb) o.AddRange(rb.Value);
                    else
                        foreach (int c in CodePoints(((PyStr)rep).Value))
                            if (!TryEncodeOne(codec, c, o)) throw new PythonException(exc);
                    i = (int)resume - 1;
                    continue;
                }
            }
            i = end - 1;
        }
        return o.ToArray();
    }

    /// <summary>unicode_escape / raw_unicode_escape encoding (never fails).</summary>
    private static byte[] EncodeEscape(string s, bool raw)
    {
        var o = new List<byte>(s.Length + 8);
        void Ascii(string t) { foreach (char c in t) o.Add((byte)c); }
        foreach (int cp in CodePoints(s))
        {
            if (raw)
            {
                if (cp < 0x100) o.Add((byte)cp);
                else Ascii(CharEscape(cp));
                continue;
            }
            switch (cp)
            {
                case '\\': Ascii("\\\\"); break;
                case '\t': Ascii("\\t"); break;
                case '\n': Ascii("\\n"); break;
                case '\r': Ascii("\\r"); break;
                default:
                    if (cp >= 0x20 && cp < 0x7F) o.Add((byte)cp);
                    else Ascii(CharEscape(cp));
                    break;
            }
        }
        return o.ToArray();
    }

    private static bool CanEncode(Codec codec, int cp) => codec switch
    {
        Codec.Ascii => cp < 0x80,
        Codec.Latin1 => cp < 0x100,
        Codec.Cp1252 => Cp1252Byte(cp) >= 0,
        _ => cp < 0xD800 || cp > 0xDFFF,
    };

    private static bool TryEncodeOne(Codec codec, int cp, List<byte> o)
    {
        if (!CanEncode(codec, cp)) return false;
        EncodeRaw(codec, cp, o);
        return true;
    }

    private static void EncodeRaw(Codec codec, int cp, List<byte> o)
    {
        switch (codec)
        {
            case Codec.Ascii: case Codec.Latin1: o.Add((byte)cp); break;
            case Codec.Cp1252: o.Add((byte)Cp1252Byte(cp)); break;
            case Codec.Utf8:
                if (cp < 0x80) o.Add((byte)cp);
                else if (cp < 0x800) { o.Add((byte)(0xC0 | cp >> 6)); o.Add((byte)(0x80 | cp & 0x3F)); }
                else if (cp < 0x10000) { o.Add((byte)(0xE0 | cp >> 12)); o.Add((byte)(0x80 | cp >> 6 & 0x3F)); o.Add((byte)(0x80 | cp & 0x3F)); }
                else { o.Add((byte)(0xF0 | cp >> 18)); o.Add((byte)(0x80 | cp >> 12 & 0x3F)); o.Add((byte)(0x80 | cp >> 6 & 0x3F)); o.Add((byte)(0x80 | cp & 0x3F)); }
                break;
            case Codec.Utf16Le: case Codec.Utf16Be:
                if (cp >= 0x10000)
                {
                    int v = cp - 0x10000;
                    Unit16(codec, 0xD800 + (v >> 10), o);
                    Unit16(codec, 0xDC00 + (v & 0x3FF), o);
                }
                else Unit16(codec, cp, o);
                break;
            case Codec.Utf32Le:
                o.Add((byte)cp); o.Add((byte)(cp >> 8)); o.Add((byte)(cp >> 16)); o.Add((byte)(cp >> 24)); break;
            case Codec.Utf32Be:
                o.Add((byte)(cp >> 24)); o.Add((byte)(cp >> 16)); o.Add((byte)(cp >> 8)); o.Add((byte)cp); break;
        }
    }

    private static void Unit16(Codec codec, int u, List<byte> o)
    {
        if (codec == Codec.Utf16Le) { o.Add((byte)u); o.Add((byte)(u >> 8)); }
        else { o.Add((byte)(u >> 8)); o.Add((byte)u); }
    }

    private static PythonException EncodeError(string codec, string s, int start, int end, string reason) =>
        new(PyUnicodeError.Encode(codec, s, start, end, reason));

    private static PythonException DecodeError(string codec, ReadOnlySpan<byte> b, int start, int end, string reason) =>
        new(PyUnicodeError.Decode(codec, b.ToArray(), start, end, reason));

    // ---- decoding ----

    public static string Decode(ReadOnlySpan<byte> b, string encoding, string errors) =>
        Decode(b, encoding, errors, true, out _);

    /// <summary>Decodes <paramref name="b"/>; unless <paramref name="final"/>, an incomplete sequence at the end is
    /// left undecoded and <paramref name="consumed"/> says how many bytes were used.</summary>
    public static string Decode(ReadOnlySpan<byte> b, string encoding, string errors, bool final, out int consumed)
    {
        if (External(encoding, false) is PyTuple info)
        {
            consumed = b.Length;
            var r = info.Items[1].Call2(new PyBytes(b.ToArray()), new PyStr(errors));
            var v = r is PyTuple t && t.Items.Length == 2 ? t.Items[0] : throw Ops.TypeError("decoder must return a tuple (object,integer)");
            if (v is PyStr ps) return ps.Value;
            throw Ops.TypeError($"'{encoding}' decoder returned '{v.Type.TpName}' instead of 'str'; use codecs.decode() to decode to arbitrary types");
        }
        var codec = Lookup(encoding, out string display);
        consumed = b.Length;
        if (codec == Codec.Utf8 && IsAscii(b)) return Encoding.ASCII.GetString(b);
        if (codec == Codec.Latin1) return Encoding.Latin1.GetString(b);
        if (codec == Codec.Utf8Sig)
        {
            ReadOnlySpan<byte> bom = stackalloc byte[] { 0xEF, 0xBB, 0xBF };
            if (!final && b.Length < 3 && bom.StartsWith(b)) { consumed = 0; return ""; }
            int skip = b.StartsWith(bom) ? 3 : 0;
            var r = Decode(b.Slice(skip), "utf-8", errors, final, out consumed);
            consumed += skip;
            return r;
        }
        if (codec == Codec.UnicodeEscape || codec == Codec.RawUnicodeEscape)
            return DecodeEscape(b, codec == Codec.RawUnicodeEscape, display, errors, final, out consumed);
        var sb = new StringBuilder(b.Length);
        int i = 0;
        if (codec == Codec.Utf16)
        {
            if (!final && b.Length < 2) { consumed = 0; return ""; }
            codec = Codec.Utf16Le;
            display = "utf-16-le";
            if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) i = 2;
            else if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) { i = 2; codec = Codec.Utf16Be; display = "utf-16-be"; }
        }
        if (codec == Codec.Utf32)
        {
            if (!final && b.Length < 4) { consumed = 0; return ""; }
            codec = Codec.Utf32Le;
            display = "utf-32-le";
            if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) i = 4;
            else if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) { i = 4; codec = Codec.Utf32Be; display = "utf-32-be"; }
        }
        while (i < b.Length)
        {
            int cp = DecodeOne(codec, b, i, out int len, out string reason);
            if (cp >= 0)
            {
                Append(sb, cp);
                i += len;
                continue;
            }
            int end = i + len;
            if (!final && end == b.Length && reason is "unexpected end of data" or "truncated data")
            {
                consumed = i;
                return sb.ToString();
            }
            switch (errors)
            {
                case "strict": throw DecodeError(display, b, i, end, reason);
                case "ignore": break;
                case "replace": sb.Append('\uFFFD'); break;
                case "backslashreplace": for (int j = i; j < end; j++) sb.Append($"\\x{b[j]:x2}"); break;
                case "surrogateescape":
                    for (int j = i; j < end; j++)
                    {
                        if (b[j] < 128) throw DecodeError(display, b, j, j + 1, reason);
                        sb.Append((char)(0xDC00 + b[j]));
                    }
                    break;
                case "surrogatepass":
                    if (TrySurrogatePass(codec, b, i, out int unit, out int ulen))
                    {
                        sb.Append((char)unit);
                        end = i + ulen;
                        break;
                    }
                    throw DecodeError(display, b, i, end, reason);
                case "xmlcharrefreplace": case "namereplace":
                    throw Ops.TypeError($"don't know how to handle UnicodeDecodeError in error callback");
                default:
                {
                    var exc = PyUnicodeError.Decode(display, b.ToArray(), i, end, reason);
                    var rep = CallHandler(errors, exc, b.Length, false, out long resume);
                    sb.Append(((PyStr)rep).Value);
                    end = (int)resume;
                    break;
                }
            }
            i = end;
        }
        return sb.ToString();
    }

    /// <summary>surrogatepass decoding: an encoded lone surrogate in UTF-8/16/32.</summary>
    private static bool TrySurrogatePass(Codec codec, ReadOnlySpan<byte> b, int i, out int unit, out int len)
    {
        unit = 0; len = 0;
        switch (codec)
        {
            case Codec.Utf8:
                if (i + 3 <= b.Length && b[i] == 0xED && (b[i + 1] & 0xE0) == 0xA0 && (b[i + 2] & 0xC0) == 0x80)
                { unit = 0xD000 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F; len = 3; return true; }
                return false;
            case Codec.Utf16Le: case Codec.Utf16Be:
                if (i + 2 > b.Length) return false;
                unit = codec == Codec.Utf16Le ? b[i] | b[i + 1] << 8 : b[i] << 8 | b[i + 1];
                len = 2;
                return unit >= 0xD800 && unit <= 0xDFFF;
            case Codec.Utf32Le: case Codec.Utf32Be:
                if (i + 4 > b.Length) return false;
                unit = codec == Codec.Utf32Le ? b[i] | b[i + 1] << 8 | b[i + 2] << 16 | b[i + 3] << 24
                    : b[i] << 24 | b[i + 1] << 16 | b[i + 2] << 8 | b[i + 3];
                len = 4;
                return unit >= 0xD800 && unit <= 0xDFFF;
        }
        return false;
    }

    private static int HexDigit(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>unicode_escape and raw_unicode_escape decoding, with CPython's error ranges and reasons.</summary>
    private static string DecodeEscape(ReadOnlySpan<byte> b, bool raw, string display, string errors, bool final, out int consumed)
    {
        var sb = new StringBuilder(b.Length);
        int n = b.Length, i = 0;
        consumed = n;
        while (i < n)
        {
            byte c = b[i];
            if (c != '\\') { sb.Append((char)c); i++; continue; }
            int start = i;
            int end;
            string reason;
            if (raw)
            {
                int j = i;
                while (j < n && b[j] == '\\') { sb.Append('\\'); j++; }
                bool odd = ((j - i) & 1) == 1;
                i = j;
                if (!odd) continue;
                if (i >= n)
                {
                    if (!final) { sb.Length--; consumed = i - 1; return sb.ToString(); }
                    continue;
                }
                if (b[i] != 'u' && b[i] != 'U') continue;
                sb.Length--;
                start = i - 1;
                int count = b[i] == 'u' ? 4 : 8;
                i++;
                int v = 0, got = 0;
                while (got < count && i < n && HexDigit(b[i]) >= 0) { v = v << 4 | HexDigit(b[i]); i++; got++; }
                if (got < count)
                {
                    if (!final && i >= n) { consumed = start; return sb.ToString(); }
                    end = i; reason = count == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                }
                else if ((uint)v > 0x10FFFF) { end = i; reason = "\\Uxxxxxxxx out of range"; }
                else { Append(sb, v); continue; }
            }
            else
            {
                if (i + 1 >= n)
                {
                    if (!final) { consumed = i; return sb.ToString(); }
                    end = n; reason = "\\ at end of string";
                }
                else
                {
                    byte e = b[i + 1];
                    i += 2;
                    switch (e)
                    {
                        case (byte)'\n': continue;
                        case (byte)'\\': sb.Append('\\'); continue;
                        case (byte)'\'': sb.Append('\''); continue;
                        case (byte)'"': sb.Append('"'); continue;
                        case (byte)'a': sb.Append('\a'); continue;
                        case (byte)'b': sb.Append('\b'); continue;
                        case (byte)'f': sb.Append('\f'); continue;
                        case (byte)'n': sb.Append('\n'); continue;
                        case (byte)'r': sb.Append('\r'); continue;
                        case (byte)'t': sb.Append('\t'); continue;
                        case (byte)'v': sb.Append('\v'); continue;
                    }
                    if (e >= '0' && e <= '7')
                    {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; k++) v = v * 8 + (b[i++] - '0');
                        sb.Append((char)v);
                        continue;
                    }
                    if (e == 'x' || e == 'u' || e == 'U')
                    {
                        int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                        int v = 0, got = 0;
                        while (got < count && i < n && HexDigit(b[i]) >= 0) { v = v << 4 | HexDigit(b[i]); i++; got++; }
                        if (got < count)
                        {
                            if (!final && i >= n) { consumed = start; return sb.ToString(); }
                            end = i;
                            reason = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        }
                        else if ((uint)v > 0x10FFFF) { end = i; reason = "illegal Unicode character"; }
                        else { Append(sb, v); continue; }
                    }
                    else if (e == 'N')
                    {
                        int close = -1;
                        if (i < n && b[i] == '{')
                            for (int k = i + 1; k < n; k++) if (b[k] == '}') { close = k; break; }
                        if (close > i + 1)
                        {
                            var name = Encoding.Latin1.GetString(b.Slice(i + 1, close - i - 1));
                            if (Krait.Syntax.Unicode.UnicodeNames.TryLookup(name, out int cp)) { Append(sb, cp); i = close + 1; continue; }
                            end = close + 1; reason = "unknown Unicode character name";
                        }
                        else
                        {
                            if (!final && close < 0 && (i >= n || b[i] == '{')) { consumed = start; return sb.ToString(); }
                            end = i < n && b[i] == '{' ? (close < 0 ? n : close + 1) : i;
                            reason = "malformed \\N character escape";
                        }
                    }
                    else { sb.Append('\\').Append((char)e); continue; }
                }
            }
            switch (errors)
            {
                case "strict": throw DecodeError(display, b, start, end, reason);
                case "ignore": break;
                case "replace": sb.Append('\uFFFD'); break;
                case "backslashreplace": for (int j = start; j < end; j++) sb.Append($"\\x{b[j]:x2}"); break;
                case "surrogateescape":
                    for (int j = start; j < end; j++)
                    {
                        if (b[j] < 128) throw DecodeError(display, b, j, j + 1, reason);
                        sb.Append((char)(0xDC00 + b[j]));
                    }
                    break;
                case "surrogatepass": throw DecodeError(display, b, start, end, reason);
                default:
                {
                    CheckErrors(errors);
                    if (IsBuiltinHandler(errors)) throw DecodeError(display, b, start, end, reason);
                    var exc = PyUnicodeError.Decode(display, b.ToArray(), start, end, reason);
                    var rep = CallHandler(errors, exc, b.Length, false, out long resume);
                    sb.Append(((PyStr)rep).Value);
                    end = (int)resume;
                    break;
                }
            }
            i = end;
        }
        return sb.ToString();
    }

    private static bool IsAscii(ReadOnlySpan<byte> b)
    {
        foreach (byte x in b) if (x >= 0x80) return false;
        return true;
    }

    private static void Append(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    /// <summary>One code point at <paramref name="i"/>, or -1 with the length of the bad run and the reason.</summary>
    private static int DecodeOne(Codec codec, ReadOnlySpan<byte> b, int i, out int len, out string reason)
    {
        reason = "";
        switch (codec)
        {
            case Codec.Ascii:
                len = 1;
                if (b[i] < 0x80) return b[i];
                reason = "ordinal not in range(128)";
                return -1;
            case Codec.Cp1252:
            {
                len = 1;
                int v = b[i];
                if (v >= 0x80 && v < 0xA0) v = s_cp1252High[v - 0x80];
                if (v != 0xFFFF) return v;
                reason = "character maps to <undefined>";
                return -1;
            }
            case Codec.Utf8:
                return DecodeUtf8(b, i, out len, out reason);
            case Codec.Utf16Le: case Codec.Utf16Be:
            {
                if (i + 2 > b.Length) { len = b.Length - i; reason = "truncated data"; return -1; }
                int u = codec == Codec.Utf16Le ? b[i] | b[i + 1] << 8 : b[i] << 8 | b[i + 1];
                len = 2;
                if (u < 0xD800 || u > 0xDFFF) return u;
                if (u >= 0xDC00) { reason = "illegal encoding"; return -1; }
                if (i + 4 > b.Length) { len = b.Length - i; reason = "unexpected end of data"; return -1; }
                int v = codec == Codec.Utf16Le ? b[i + 2] | b[i + 3] << 8 : b[i + 2] << 8 | b[i + 3];
                if (v < 0xDC00 || v > 0xDFFF) { reason = "illegal UTF-16 surrogate"; return -1; }
                len = 4;
                return 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
            }
            default:
            {
                if (i + 4 > b.Length) { len = b.Length - i; reason = "truncated data"; return -1; }
                len = 4;
                int v = codec == Codec.Utf32Le ? b[i] | b[i + 1] << 8 | b[i + 2] << 16 | b[i + 3] << 24
                    : b[i] << 24 | b[i + 1] << 16 | b[i + 2] << 8 | b[i + 3];
                if ((uint)v > 0x10FFFF) { reason = "code point not in range(0x110000)"; return -1; }
                if (v >= 0xD800 && v <= 0xDFFF) { reason = "code point in surrogate code point range(0xd800, 0xe000)"; return -1; }
                return v;
            }
        }
    }

    private static int DecodeUtf8(ReadOnlySpan<byte> b, int i, out int len, out string reason)
    {
        byte c = b[i];
        reason = "";
        len = 1;
        if (c < 0x80) return c;
        int need, cp;
        byte lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF)
        {
            need = 2; cp = c & 0x0F;
            if (c == 0xE0) lo = 0xA0; else if (c == 0xED) hi = 0x9F;
        }
        else if (c >= 0xF0 && c <= 0xF4)
        {
            need = 3; cp = c & 0x07;
            if (c == 0xF0) lo = 0x90; else if (c == 0xF4) hi = 0x8F;
        }
        else { reason = "invalid start byte"; return -1; }
        for (int k = 1; k <= need; k++)
        {
            if (i + k >= b.Length) { len = k; reason = "unexpected end of data"; return -1; }
            byte x = b[i + k];
            byte l = k == 1 ? lo : (byte)0x80, h = k == 1 ? hi : (byte)0xBF;
            if (x < l || x > h) { len = k; reason = "invalid continuation byte"; return -1; }
            cp = cp << 6 | (x & 0x3F);
        }
        len = need + 1;
        return cp;
    }
}
