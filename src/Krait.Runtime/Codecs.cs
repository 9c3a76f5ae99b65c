using System.Text;

namespace Krait.Runtime;

/// <summary>The text codecs str.encode and bytes.decode need (utf-8, ascii, latin-1, utf-16, utf-32) with the
/// error handlers strict, ignore, replace, surrogateescape, surrogatepass, backslashreplace and
/// xmlcharrefreplace, raising UnicodeEncodeError/UnicodeDecodeError with CPython's messages.</summary>
public static class Codecs
{
    private enum Codec { Utf8, Ascii, Latin1, Utf16, Utf16Le, Utf16Be, Utf32, Utf32Le, Utf32Be }

    private static Codec Lookup(string encoding, out string display)
    {
        var sb = new StringBuilder(encoding.Length);
        foreach (char c in encoding) sb.Append(c == '-' || c == ' ' ? '_' : char.ToLowerInvariant(c));
        switch (sb.ToString())
        {
            case "utf_8": case "utf8": case "u8": case "utf": case "cp65001": display = "utf-8"; return Codec.Utf8;
            case "ascii": case "us_ascii": case "646": display = "ascii"; return Codec.Ascii;
            case "latin_1": case "latin1": case "latin": case "l1": case "iso_8859_1": case "iso8859_1": case "8859": case "cp819":
                display = "latin-1"; return Codec.Latin1;
            case "utf_16": case "utf16": case "u16": display = "utf-16"; return Codec.Utf16;
            case "utf_16_le": case "utf_16le": display = "utf-16-le"; return Codec.Utf16Le;
            case "utf_16_be": case "utf_16be": display = "utf-16-be"; return Codec.Utf16Be;
            case "utf_32": case "utf32": case "u32": display = "utf-32"; return Codec.Utf32;
            case "utf_32_le": case "utf_32le": display = "utf-32-le"; return Codec.Utf32Le;
            case "utf_32_be": case "utf_32be": display = "utf-32-be"; return Codec.Utf32Be;
        }
        throw Ops.Error(ExceptionTypes.LookupError, "unknown encoding: " + encoding);
    }

    private static void CheckErrors(string errors)
    {
        switch (errors)
        {
            case "strict": case "ignore": case "replace": case "surrogateescape": case "surrogatepass":
            case "backslashreplace": case "xmlcharrefreplace": case "namereplace": return;
        }
        throw Ops.Error(ExceptionTypes.LookupError, $"unknown error handler name '{errors}'");
    }

    public static string CharEscape(int cp) =>
        cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}";

    /// <summary>Code points of a .NET string, lone surrogates kept as themselves (Python strs may hold them).</summary>
    private static int[] CodePoints(string s)
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

    public static byte[] Encode(string s, string encoding, string errors)
    {
        var codec = Lookup(encoding, out string display);
        // The common case: no surrogates and a codec .NET does exactly.
        if (codec == Codec.Utf8)
        {
            bool clean = true;
            foreach (char c in s) if (char.IsSurrogate(c)) { clean = false; break; }
            if (clean) return Encoding.UTF8.GetBytes(s);
        }
        CheckErrors(errors);
        var cps = CodePoints(s);
        var o = new List<byte>(cps.Length + 4);
        if (codec == Codec.Utf16) { o.Add(0xFF); o.Add(0xFE); codec = Codec.Utf16Le; }
        if (codec == Codec.Utf32) { o.Add(0xFF); o.Add(0xFE); o.Add(0); o.Add(0); codec = Codec.Utf32Le; }
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
                _ => "surrogates not allowed",
            };
            switch (errors)
            {
                case "strict":
                    throw EncodeError(display, s, cps, i, end, reason);
                case "ignore": break;
                case "replace":
                    for (int j = i; j < end; j++) TryEncodeOne(codec, '?', o);
                    break;
                case "backslashreplace":
                    for (int j = i; j < end; j++) foreach (char c in CharEscape(cps[j])) TryEncodeOne(codec, c, o);
                    break;
                case "xmlcharrefreplace":
                    for (int j = i; j < end; j++) foreach (char c in $"&#{cps[j]};") TryEncodeOne(codec, c, o);
                    break;
                case "surrogateescape":
                    for (int j = i; j < end; j++)
                    {
                        if (cps[j] >= 0xDC80 && cps[j] <= 0xDCFF) o.Add((byte)(cps[j] - 0xDC00));
                        else throw EncodeError(display, s, cps, j, j + 1, reason);
                    }
                    break;
                case "surrogatepass":
                    for (int j = i; j < end; j++)
                    {
                        if (cps[j] >= 0xD800 && cps[j] <= 0xDFFF && codec != Codec.Ascii && codec != Codec.Latin1)
                            EncodeRaw(codec, cps[j], o);
                        else throw EncodeError(display, s, cps, j, j + 1, reason);
                    }
                    break;
                default:
                    throw EncodeError(display, s, cps, i, end, reason);
            }
            i = end - 1;
        }
        return o.ToArray();
    }

    private static bool CanEncode(Codec codec, int cp) => codec switch
    {
        Codec.Ascii => cp < 0x80,
        Codec.Latin1 => cp < 0x100,
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

    private static PythonException EncodeError(string codec, string s, int[] cps, int start, int end, string reason)
    {
        string what = end - start == 1
            ? $"character '{CharEscape(cps[start])}' in position {start}"
            : $"characters in position {start}-{end - 1}";
        return Ops.Error(ExceptionTypes.UnicodeEncodeError, $"'{codec}' codec can't encode {what}: {reason}");
    }

    private static PythonException DecodeError(string codec, ReadOnlySpan<byte> b, int start, int end, string reason)
    {
        string what = end - start == 1
            ? $"byte 0x{b[start]:x2} in position {start}"
            : $"bytes in position {start}-{end - 1}";
        return Ops.Error(ExceptionTypes.UnicodeDecodeError, $"'{codec}' codec can't decode {what}: {reason}");
    }

    public static string Decode(ReadOnlySpan<byte> b, string encoding, string errors)
    {
        var codec = Lookup(encoding, out string display);
        if (codec == Codec.Utf8 && IsAscii(b)) return Encoding.ASCII.GetString(b);
        if (codec == Codec.Latin1) return Encoding.Latin1.GetString(b);
        CheckErrors(errors);
        var sb = new StringBuilder(b.Length);
        int i = 0;
        if (codec == Codec.Utf16)
        {
            codec = Codec.Utf16Le;
            display = "utf-16-le";
            if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) i = 2;
            else if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) { i = 2; codec = Codec.Utf16Be; display = "utf-16-be"; }
        }
        if (codec == Codec.Utf32)
        {
            codec = Codec.Utf32Le;
            display = "utf-32-le";
            if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) i = 4;
            else if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) { i = 4; codec = Codec.Utf32Be; display = "utf-32-be"; }
        }
        while (i < b.Length)
        {
            int len;
            string reason;
            int cp = DecodeOne(codec, b, i, out len, out reason);
            if (cp >= 0)
            {
                Append(sb, cp);
                i += len;
                continue;
            }
            int end = i + len;
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
                    if (codec == Codec.Utf8 && i + 3 <= b.Length && b[i] == 0xED && (b[i + 1] & 0xE0) == 0xA0 && (b[i + 2] & 0xC0) == 0x80)
                    {
                        sb.Append((char)(0xD000 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F));
                        end = i + 3;
                        break;
                    }
                    throw DecodeError(display, b, i, end, reason);
                default: throw DecodeError(display, b, i, end, reason);
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
