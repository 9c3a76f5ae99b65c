using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Krait.Syntax.Errors;

namespace Krait.Syntax.Text;

/// <summary>Turns source bytes into text as CPython 3.11 does for <c>compile(bytes)</c>: UTF-8 BOM, PEP 263
/// encoding declaration on line 1 or 2, whole-file decoding for declared non-UTF-8 encodings. UTF-8 input is
/// decoded leniently: CPython only notices invalid UTF-8 where it decodes a token (identifiers, strings), so
/// invalid bytes are kept as escapes (U+DC80 + byte - 0x80) for the tokenizer and string decoder to report.</summary>
internal static class SourceDecoder
{
    public static (string Text, bool EncodingKnown, bool Undecodable) Decode(byte[] bytes, string filename)
    {
        // CPython translates newlines on the raw bytes, before it looks for a BOM or a declaration.
        ReadOnlySpan<byte> src = bytes.AsSpan().Contains((byte)'\r') ? TranslateNewlines(bytes) : bytes;
        bool bom = src.Length >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF;
        if (bom) src = src[3..];

        string? cookie = FindCookie(src);
        if (bom && cookie != null && cookie != "utf-8")
            throw NoLocation($"encoding problem: {cookie} with BOM", filename);

        if (cookie == null || cookie == "utf-8")
        {
            string text = DecodeUtf8Escaping(src, out bool undecodable);
            return (text, bom || cookie != null, undecodable);
        }

        if (IsBinaryCodec(cookie))
            throw NoLocation($"'{cookie}' is not a text encoding; use codecs.decode() to handle arbitrary codecs", filename);
        Encoding enc = LookupEncoding(cookie) ?? throw NoLocation($"unknown encoding: {cookie}", filename);
        try
        {
            string decoded = enc.GetString(src);
            if (enc.CodePage is >= 1250 and <= 1258) CheckWindowsUndefined(src, decoded, filename);
            return (decoded, true, false);
        }
        catch (DecoderFallbackException e) when (enc is UTF8Encoding)
        {
            throw NoLocation(DescribeUtf8Error(src) ?? e.Message, filename);
        }
        catch (DecoderFallbackException e) when (enc is UnicodeEncoding)
        {
            string name = enc.CodePage == 1201 ? "utf-16-be" : "utf-16-le";
            int pos = (src.Length & 1) == 1 ? src.Length - 1 : e.Index;
            string reason = (src.Length & 1) == 1 ? "truncated data" : "illegal encoding";
            throw NoLocation($"'{name}' codec can't decode byte 0x{src[pos]:x2} in position {pos}: {reason}", filename);
        }
        catch (DecoderFallbackException e)
        {
            int pos = e.Index;
            byte b = e.BytesUnknown is { Length: > 0 } u ? u[0] : (byte)0;
            if (enc.CodePage == 20127)
                throw NoLocation($"'ascii' codec can't decode byte 0x{b:x2} in position {pos}: ordinal not in range(128)", filename);
            // Python's single-byte codecs are charmap codecs and report themselves so.
            if (enc.IsSingleByte)
                throw NoLocation($"'charmap' codec can't decode byte 0x{b:x2} in position {pos}: character maps to <undefined>", filename);
            throw NoLocation($"'{cookie}' codec can't decode byte 0x{b:x2} in position {pos}: illegal multibyte sequence", filename);
        }
    }

    /// <summary>.NET maps the bytes Windows code pages leave unassigned to the C1 control of the same value;
    /// Python's charmap tables leave them undefined.</summary>
    private static void CheckWindowsUndefined(ReadOnlySpan<byte> src, string decoded, string filename)
    {
        if (decoded.Length != src.Length) return;
        for (int i = 0; i < src.Length; i++)
        {
            if (src[i] >= 0x80 && src[i] <= 0x9F && decoded[i] == src[i])
                throw NoLocation($"'charmap' codec can't decode byte 0x{src[i]:x2} in position {i}: character maps to <undefined>", filename);
        }
    }

    /// <summary>CPython reads the script it runs (a file or stdin) line by line and requires UTF-8 when the file
    /// declares nothing (no BOM, no coding line): the first invalid sequence is a SyntaxError naming its first
    /// byte and line. Modules imported later and compile() are decoded leniently (see <see cref="Decode"/>).</summary>
    public static PythonSyntaxError? CheckUndeclaredUtf8(byte[] bytes, string filename)
    {
        ReadOnlySpan<byte> src = bytes;
        if (Utf8.IsValid(src)) return null;
        bool bom = src.Length >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF;
        if (bom || ScriptCookie(bytes) != null) return null;
        int i = 0;
        while (i < src.Length && System.Text.Rune.DecodeFromUtf8(src[i..], out _, out int used) == OperationStatus.Done)
            i += used;
        int line = 1;
        for (int j = 0; j < i; j++)
            if (src[j] == '\n' || (src[j] == '\r' && (j + 1 >= src.Length || src[j + 1] != '\n'))) line++;
        return NoLocation($"Non-UTF-8 code starting with '\\x{src[i]:x2}' in file {filename} on line {line}, " +
            "but no encoding declared; see https://peps.python.org/pep-0263/ for details", filename);
    }

    /// <summary>The encoding a script declares (normalized as CPython names it in "encoding problem: NAME", the
    /// one message its script reader gives for any failure to decode with it).</summary>
    public static string? ScriptCookie(byte[] bytes)
    {
        ReadOnlySpan<byte> src = bytes.AsSpan().Contains((byte)'\r') ? TranslateNewlines(bytes) : bytes;
        if (src.Length >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF) src = src[3..];
        return FindCookie(src);
    }

    /// <summary>Python codecs that exist but are bytes-to-bytes or str-to-str, which CPython refuses for source.</summary>
    private static bool IsBinaryCodec(string name)
    {
        string n = name.ToLowerInvariant().Replace('-', '_');
        return n is "rot13" or "rot_13" or "hex" or "hex_codec" or "base64" or "base_64" or "base64_codec" or "bz2"
            or "bz2_codec" or "zlib" or "zip" or "zlib_codec" or "quopri" or "quotedprintable" or "quoted_printable"
            or "quopri_codec" or "uu" or "uu_codec";
    }

    private static byte[] TranslateNewlines(byte[] bytes)
    {
        var outBytes = new byte[bytes.Length];
        int n = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b == '\r')
            {
                outBytes[n++] = (byte)'\n';
                if (i + 1 < bytes.Length && bytes[i + 1] == '\n') i++;
            }
            else outBytes[n++] = b;
        }
        return outBytes.AsSpan(0, n).ToArray();
    }

    private static PythonSyntaxError NoLocation(string msg, string filename)
        => new("SyntaxError", msg, filename, 0, -1, 0, 0, null);

    /// <summary>The encoding name declared on line 1, or on line 2 when line 1 is blank or a comment, normalized
    /// the way CPython's tokenizer normalizes the utf-8 and latin-1 spellings.</summary>
    internal static string? FindCookie(ReadOnlySpan<byte> src)
    {
        int nl = src.IndexOf((byte)'\n');
        ReadOnlySpan<byte> line1 = nl < 0 ? src : src[..(nl + 1)];
        string? spec = CookieOnLine(line1);
        if (spec != null || nl < 0) return spec;
        // Line 2 counts only if line 1 holds nothing but whitespace and/or a comment.
        foreach (byte b in line1)
        {
            if (b == '#' || b == '\n' || b == '\r') break;
            if (b != ' ' && b != '\t' && b != '\f') return null;
        }
        ReadOnlySpan<byte> rest = src[(nl + 1)..];
        int nl2 = rest.IndexOf((byte)'\n');
        return CookieOnLine(nl2 < 0 ? rest : rest[..(nl2 + 1)]);
    }

    private static string? CookieOnLine(ReadOnlySpan<byte> s)
    {
        int size = s.Length, i = 0;
        // The declaration must be in a comment that is alone on its line.
        for (; i < size - 6; i++)
        {
            if (s[i] == '#') break;
            if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f') return null;
        }
        for (; i < size - 6; i++)
        {
            if (!s.Slice(i).StartsWith("coding"u8)) continue;
            int t = i + 6;
            if (s[t] != ':' && s[t] != '=') continue;
            do t++; while (t < size && (s[t] == ' ' || s[t] == '\t'));
            int begin = t;
            while (t < size && (char.IsAsciiLetterOrDigit((char)s[t]) || s[t] == '-' || s[t] == '_' || s[t] == '.')) t++;
            if (begin < t) return NormalName(Encoding.ASCII.GetString(s[begin..t]));
        }
        return null;
    }

    private static string NormalName(string s)
    {
        var buf = new StringBuilder(12);
        for (int i = 0; i < s.Length && i < 12; i++) buf.Append(s[i] == '_' ? '-' : char.ToLowerInvariant(s[i]));
        string b = buf.ToString();
        if (b == "utf-8" || b.StartsWith("utf-8-")) return "utf-8";
        if (b == "latin-1" || b == "iso-8859-1" || b == "iso-latin-1" || b.StartsWith("latin-1-")
            || b.StartsWith("iso-8859-1-") || b.StartsWith("iso-latin-1-")) return "iso-8859-1";
        return s;
    }

    private static bool s_codePagesRegistered;

    /// <summary>Python codec lookup for the names .NET can serve.</summary>
    internal static Encoding? LookupEncoding(string name)
    {
        // Python normalizes codec names: lower case, runs of non-alphanumerics (but '.') become '_'.
        var sb = new StringBuilder();
        foreach (char c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '_') sb.Append('_');
        }
        string n = sb.ToString().Trim('_');
        switch (n)
        {
            case "utf_8": case "utf8": case "u8": case "utf": case "cp65001": return new UTF8Encoding(false, true);
            case "iso_8859_1": case "iso8859_1": case "latin_1": case "latin1": case "l1": case "latin": case "8859":
            case "cp819": case "iso_ir_100": case "iso_8859_1_1987": case "ibm819": return Encoding.Latin1;
            case "ascii": case "us_ascii": case "646": case "us": case "ansi_x3.4_1968": case "iso646_us": case "cp367":
                return Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            case "utf_16": case "utf16": case "u16": return new UnicodeEncoding(false, true, true);
            case "utf_16_le": case "utf_16le": return new UnicodeEncoding(false, false, true);
            case "utf_16_be": case "utf_16be": return new UnicodeEncoding(true, false, true);
            case "utf_32": case "utf32": case "u32": case "utf_32_le": case "utf_32le": return new UTF32Encoding(false, false, true);
            case "utf_32_be": case "utf_32be": return new UTF32Encoding(true, false, true);
        }
        // Python aliases .NET does not know.
        if (n.StartsWith("latin") && int.TryParse(n.AsSpan(5), out int latin) && latin is >= 2 and <= 10)
            n = "iso8859_" + new[] { 0, 0, 2, 3, 4, 9, 10, 13, 14, 15, 16 }[latin];
        else if (n is "mac_roman" or "macroman" or "macintosh") n = "macintosh";
        else if (n is "cyrillic") n = "iso8859_5";
        else if (n is "greek" or "greek8") n = "iso8859_7";
        else if (n is "hebrew") n = "iso8859_8";
        else if (n is "arabic") n = "iso8859_6";
        if (!s_codePagesRegistered) { Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); s_codePagesRegistered = true; }
        try
        {
            if (n.StartsWith("cp") && int.TryParse(n.AsSpan(2), out int cp))
                return Encoding.GetEncoding(cp, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            if (n.StartsWith("windows_") && int.TryParse(n.AsSpan(8), out int wcp))
                return Encoding.GetEncoding(wcp, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            string dotnet = n.Replace('_', '-');
            if (dotnet.StartsWith("iso8859-")) dotnet = "iso-8859-" + dotnet[8..];
            return Encoding.GetEncoding(dotnet, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException) { return null; }
        catch (NotSupportedException) { return null; }
    }

    /// <summary>UTF-8 decoding that keeps each byte of an invalid sequence as U+DC80 + (byte - 0x80).</summary>
    internal static string DecodeUtf8Escaping(ReadOnlySpan<byte> src, out bool undecodable)
    {
        undecodable = false;
        if (Utf8.IsValid(src)) return Encoding.UTF8.GetString(src);
        undecodable = true;
        var sb = new StringBuilder(src.Length);
        int i = 0;
        while (i < src.Length)
        {
            int bad = InvalidSequenceLength(src, i, out _);
            if (bad == 0)
            {
                int len = src[i] < 0x80 ? 1 : src[i] < 0xE0 ? 2 : src[i] < 0xF0 ? 3 : 4;
                sb.Append(Encoding.UTF8.GetString(src.Slice(i, len)));
                i += len;
            }
            else
            {
                for (int k = 0; k < bad; k++) sb.Append((char)(0xDC00 + src[i + k]));
                i += bad;
            }
        }
        return sb.ToString();
    }

    /// <summary>0 if a valid UTF-8 sequence starts at <paramref name="i"/>, else the length of the invalid
    /// sequence as Python's UTF-8 decoder reports it, with its reason.</summary>
    internal static int InvalidSequenceLength(ReadOnlySpan<byte> b, int i, out string reason)
    {
        reason = "";
        byte c = b[i];
        if (c < 0x80) return 0;
        if (c < 0xC2 || c > 0xF4) { reason = "invalid start byte"; return 1; }
        int need = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        for (int k = 1; k <= need; k++)
        {
            if (i + k >= b.Length) { reason = "unexpected end of data"; return b.Length - i; }
            byte cc = b[i + k];
            int lo = 0x80, hi = 0xBF;
            if (k == 1)
            {
                if (c == 0xE0) lo = 0xA0;
                else if (c == 0xED) hi = 0x9F;
                else if (c == 0xF0) lo = 0x90;
                else if (c == 0xF4) hi = 0x8F;
            }
            if (cc < lo || cc > hi) { reason = "invalid continuation byte"; return k; }
        }
        return 0;
    }

    /// <summary>True for a UTF-16 unit that stands for an undecodable byte.</summary>
    internal static bool IsEscapedByte(ReadOnlySpan<char> s, int i)
        => s[i] >= 0xDC80 && s[i] <= 0xDCFF && (i == 0 || !char.IsHighSurrogate(s[i - 1]));

    /// <summary>The source bytes behind a span of decoded text (escapes back to their bytes).</summary>
    internal static byte[] ToBytes(ReadOnlySpan<char> s)
    {
        var buf = new ArrayBufferWriter<byte>(s.Length * 2);
        Span<byte> tmp = stackalloc byte[4];
        for (int i = 0; i < s.Length; i++)
        {
            if (IsEscapedByte(s, i)) { buf.Write([(byte)(s[i] - 0xDC00)]); continue; }
            int len = char.IsHighSurrogate(s[i]) && i + 1 < s.Length ? 2 : 1;
            int n = Encoding.UTF8.GetBytes(s.Slice(i, len), tmp);
            buf.Write(tmp[..n]);
            i += len - 1;
        }
        return buf.WrittenSpan.ToArray();
    }

    /// <summary>CPython's message for the first invalid UTF-8 sequence in <paramref name="bytes"/>, as
    /// <c>str(UnicodeDecodeError)</c> reads, or null if the bytes are valid.</summary>
    internal static string? DescribeUtf8Error(ReadOnlySpan<byte> bytes)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            int bad = InvalidSequenceLength(bytes, i, out string reason);
            if (bad == 0)
            {
                if (bytes[i] >= 0x80) i += (bytes[i] < 0xE0 ? 2 : bytes[i] < 0xF0 ? 3 : 4) - 1;
                continue;
            }
            return bad == 1
                ? $"'utf-8' codec can't decode byte 0x{bytes[i]:x2} in position {i}: {reason}"
                : $"'utf-8' codec can't decode bytes in position {i}-{i + bad - 1}: {reason}";
        }
        return null;
    }

    /// <summary>Shows escaped bytes as U+FFFD, one per invalid sequence, like a "replace" decode.</summary>
    internal static string ReplaceEscapes(string line)
    {
        int first = -1;
        for (int i = 0; i < line.Length; i++) if (IsEscapedByte(line, i)) { first = i; break; }
        if (first < 0) return line;
        var sb = new StringBuilder(line.Length);
        sb.Append(line, 0, first);
        int j = first;
        while (j < line.Length)
        {
            if (!IsEscapedByte(line, j)) { sb.Append(line[j]); j++; continue; }
            int runEnd = j;
            while (runEnd < line.Length && IsEscapedByte(line, runEnd)) runEnd++;
            byte[] run = ToBytes(line.AsSpan(j, runEnd - j));
            int k = 0;
            while (k < run.Length)
            {
                int bad = InvalidSequenceLength(run, k, out _);
                sb.Append('\uFFFD');
                k += Math.Max(bad, 1);
            }
            j = runEnd;
        }
        return sb.ToString();
    }
}
