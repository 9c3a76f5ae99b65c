using System.Buffers;
using Krait.Syntax.Ast;
using Krait.Syntax.Unicode;

namespace Krait.Syntax.Parsing;

/// <summary>Decodes the body of a str or bytes literal (the text between the quotes) the way CPython 3.11 does,
/// including its error messages. Bodies are expected with newlines already normalized to <c>\n</c>.</summary>
internal static class EscapeDecoder
{
    /// <summary>The first escape in a non-raw body that is not one (<c>\d</c>, <c>\8</c>; in bytes also
    /// <c>\u</c>, <c>\N</c>): CPython 3.11 keeps its backslash and warns about the first one in each literal.
    /// A backslash before a non-ASCII character is kept without a warning. Null when there is none.</summary>
    public static string? FirstInvalidEscape(string text, int start, int end, bool bytes)
    {
        int i = text.IndexOf('\\', start, end - start);
        while (i >= 0 && i + 1 < end)
        {
            char c = text[i + 1];
            bool known = c is '\n' or '\\' or '\'' or '"' or 'a' or 'b' or 'f' or 'n' or 'r' or 't' or 'v' or 'x'
                or (>= '0' and <= '7') || !bytes && c is 'u' or 'U' or 'N';
            if (!known && c < 0x80) return c.ToString();
            i = i + 2 < end ? text.IndexOf('\\', i + 2, end - i - 2) : -1;
        }
        return null;
    }

    /// <summary>Decodes a non-raw str body <c>text[start..end)</c>. Returns null and sets
    /// <paramref name="error"/> to CPython's message when an escape is malformed. Where an escape yields a lone
    /// high surrogate, its index in the result plus <paramref name="outputBase"/> is added to
    /// <paramref name="loneHighs"/> (see <see cref="StrValue"/>).</summary>
    public static string? DecodeStr(string text, int start, int end, out string? error, ref List<int>? loneHighs, int outputBase)
    {
        error = null;
        int length = end - start;
        int firstBackslash = text.IndexOf('\\', start, length);
        if (firstBackslash < 0)
            return text.Substring(start, length);

        // The decoded text is never longer than the source: every escape shrinks or keeps its length.
        char[]? rented = null;
        Span<char> buffer = length <= 512 ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            text.AsSpan(start, firstBackslash - start).CopyTo(buffer);
            int n = firstBackslash - start;
            int i = firstBackslash;
            while (i < end)
            {
                char c = text[i];
                if (c != '\\')
                {
                    // Copy the run up to the next backslash in one go.
                    int next = text.IndexOf('\\', i, end - i);
                    if (next < 0) next = end;
                    text.AsSpan(i, next - i).CopyTo(buffer.Slice(n));
                    n += next - i;
                    i = next;
                    continue;
                }
                int escapeStart = i;
                i++;
                if (i >= end)
                {
                    // A lone trailing backslash (only possible in f-string literal parts) stands for itself.
                    buffer[n++] = '\\';
                    break;
                }
                c = text[i++];
                switch (c)
                {
                    case '\n': break;
                    case '\\': buffer[n++] = '\\'; break;
                    case '\'': buffer[n++] = '\''; break;
                    case '"': buffer[n++] = '"'; break;
                    case 'a': buffer[n++] = '\a'; break;
                    case 'b': buffer[n++] = '\b'; break;
                    case 'f': buffer[n++] = '\f'; break;
                    case 'n': buffer[n++] = '\n'; break;
                    case 'r': buffer[n++] = '\r'; break;
                    case 't': buffer[n++] = '\t'; break;
                    case 'v': buffer[n++] = '\v'; break;
                    case >= '0' and <= '7':
                    {
                        int value = c - '0';
                        if (i < end && text[i] is >= '0' and <= '7')
                        {
                            value = value * 8 + (text[i++] - '0');
                            if (i < end && text[i] is >= '0' and <= '7')
                                value = value * 8 + (text[i++] - '0');
                        }
                        buffer[n++] = (char)value;
                        break;
                    }
                    case 'x':
                    case 'u':
                    case 'U':
                    {
                        int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                        int value = 0, count = 0;
                        while (count < digits && i < end && HexValue(text[i]) is int h and >= 0)
                        {
                            value = (value << 4) | h;
                            i++;
                            count++;
                        }
                        if (count < digits)
                        {
                            string reason = c == 'x' ? "truncated \\xXX escape"
                                : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                            error = UnicodeEscapeError(text, start, end, escapeStart, i, reason);
                            return null;
                        }
                        // Eight hex digits can exceed int range: the sign bit then marks the value as illegal too.
                        if ((uint)value > 0x10FFFF)
                        {
                            error = UnicodeEscapeError(text, start, end, escapeStart, i, "illegal Unicode character");
                            return null;
                        }
                        if (value is >= 0xD800 and <= 0xDBFF)
                            (loneHighs ??= new List<int>()).Add(outputBase + n);
                        n = AppendCodePoint(buffer, n, value);
                        break;
                    }
                    case 'N':
                    {
                        // \N{name}: a malformed escape reports up to where the closing brace search stopped.
                        if (i >= end || text[i] != '{')
                        {
                            error = UnicodeEscapeError(text, start, end, escapeStart, i, "malformed \\N character escape");
                            return null;
                        }
                        int nameStart = i + 1;
                        int close = text.IndexOf('}', nameStart, end - nameStart);
                        if (close < 0 || close == nameStart)
                        {
                            int stop = close < 0 ? end : close;
                            error = UnicodeEscapeError(text, start, end, escapeStart, stop, "malformed \\N character escape");
                            return null;
                        }
                        i = close + 1;
                        if (!TryLookupName(text.AsSpan(nameStart, close - nameStart), out int codePoint))
                        {
                            error = UnicodeEscapeError(text, start, end, escapeStart, i, "unknown Unicode character name");
                            return null;
                        }
                        n = AppendCodePoint(buffer, n, codePoint);
                        break;
                    }
                    default:
                        // Unknown escapes keep their backslash (CPython only warns).
                        buffer[n++] = '\\';
                        i--;
                        break;
                }
            }
            return new string(buffer.Slice(0, n));
        }
        finally
        {
            if (rented != null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>The Constant value for decoded str text. A lone high surrogate from an escape directly followed by
    /// a low surrogate is two code points to Python but would read as one astral character in UTF-16: only then
    /// is the value a <see cref="CodePointString"/>. <paramref name="loneHighs"/> holds the indexes of the high
    /// surrogates that came from escapes (only escapes make lone surrogates: a low surrogate after one of them is
    /// lone too).</summary>
    public static object StrValue(string value, List<int>? loneHighs)
    {
        if (loneHighs == null) return value;
        bool ambiguous = false;
        foreach (int i in loneHighs)
        {
            if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { ambiguous = true; break; }
        }
        if (!ambiguous) return value;
        var codePoints = new List<int>(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) && !loneHighs.Contains(i))
            {
                codePoints.Add(char.ConvertToUtf32(c, value[i + 1]));
                i++;
            }
            else
            {
                codePoints.Add(c);
            }
        }
        return new CodePointString(codePoints.ToArray());
    }

    /// <summary>CPython's message for the first byte of <c>text[start..end)</c> that was not valid UTF-8 (kept by
    /// <see cref="Text.SourceText"/> as U+DC80..U+DCFF), or null. CPython decodes a plain or raw body (or f-string
    /// literal part) as a whole, but a body with escapes one run of non-ASCII bytes at a time
    /// (<paramref name="perNonAsciiRun"/>): positions then count from the run's start, and the run's end is the
    /// end of the data.</summary>
    public static string? FindUndecodable(string text, int start, int end, bool perNonAsciiRun)
    {
        int p = start;
        while (p < end && !IsEscapedByte(text[p])) p++;
        if (p == end) return null;

        int dataStart = start, dataEnd = end;
        if (perNonAsciiRun)
        {
            dataStart = p;
            while (dataStart > start && text[dataStart - 1] >= 0x80) dataStart--;
            dataEnd = p;
            while (dataEnd < end && text[dataEnd] >= 0x80) dataEnd++;
        }
        int position = 0;
        for (int i = dataStart; i < p; i++)
        {
            char c = text[i];
            if (IsEscapedByte(c)) position++;
            else if (char.IsHighSurrogate(c) && i + 1 < p && char.IsLowSurrogate(text[i + 1])) { position += 4; i++; }
            else position += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }

        int lead = text[p] - 0xDC00;
        string reason;
        int length = 1;
        if (lead < 0xC2 || lead > 0xF4)
        {
            reason = "invalid start byte";
        }
        else
        {
            int needed = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
            int j = p + 1, valid = 0;
            while (valid < needed && j < dataEnd && IsEscapedByte(text[j]))
            {
                int b = text[j] - 0xDC00;
                // The second byte's range rules out overlong forms, surrogates and code points above U+10FFFF.
                int low = 0x80, high = 0xBF;
                if (valid == 0)
                {
                    if (lead == 0xE0) low = 0xA0;
                    else if (lead == 0xED) high = 0x9F;
                    else if (lead == 0xF0) low = 0x90;
                    else if (lead == 0xF4) high = 0x8F;
                }
                if (b < low || b > high) break;
                valid++;
                j++;
            }
            reason = j == dataEnd ? "unexpected end of data" : "invalid continuation byte";
            length = 1 + valid;
        }
        return length == 1
            ? $"(unicode error) 'utf-8' codec can't decode byte 0x{lead:x2} in position {position}: {reason}"
            : $"(unicode error) 'utf-8' codec can't decode bytes in position {position}-{position + length - 1}: {reason}";
    }

    private static bool IsEscapedByte(char c) => c >= 0xDC80 && c <= 0xDCFF;

    /// <summary>Decodes a non-raw bytes body <c>text[start..end)</c> (already checked to be ASCII).</summary>
    public static byte[]? DecodeBytes(string text, int start, int end, out string? error)
    {
        error = null;
        int length = end - start;
        int firstBackslash = text.IndexOf('\\', start, length);
        if (firstBackslash < 0)
            return AsciiBytes(text, start, end);

        byte[]? rented = null;
        Span<byte> buffer = length <= 512 ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            int n = 0;
            int i = start;
            while (i < end)
            {
                char c = text[i];
                if (c != '\\')
                {
                    buffer[n++] = (byte)c;
                    i++;
                    continue;
                }
                int escapeStart = i;
                i++;
                if (i >= end)
                {
                    buffer[n++] = (byte)'\\';
                    break;
                }
                c = text[i++];
                switch (c)
                {
                    case '\n': break;
                    case '\\': buffer[n++] = (byte)'\\'; break;
                    case '\'': buffer[n++] = (byte)'\''; break;
                    case '"': buffer[n++] = (byte)'"'; break;
                    case 'a': buffer[n++] = 7; break;
                    case 'b': buffer[n++] = 8; break;
                    case 'f': buffer[n++] = 12; break;
                    case 'n': buffer[n++] = 10; break;
                    case 'r': buffer[n++] = 13; break;
                    case 't': buffer[n++] = 9; break;
                    case 'v': buffer[n++] = 11; break;
                    case >= '0' and <= '7':
                    {
                        int value = c - '0';
                        if (i < end && text[i] is >= '0' and <= '7')
                        {
                            value = value * 8 + (text[i++] - '0');
                            if (i < end && text[i] is >= '0' and <= '7')
                                value = value * 8 + (text[i++] - '0');
                        }
                        buffer[n++] = (byte)value; // values above 0o377 wrap, as in CPython
                        break;
                    }
                    case 'x':
                    {
                        int h1 = i < end ? HexValue(text[i]) : -1;
                        int h2 = i + 1 < end ? HexValue(text[i + 1]) : -1;
                        if (h1 < 0 || h2 < 0)
                        {
                            error = "(value error) invalid \\x escape at position " + (escapeStart - start);
                            return null;
                        }
                        buffer[n++] = (byte)(h1 * 16 + h2);
                        i += 2;
                        break;
                    }
                    default:
                        buffer[n++] = (byte)'\\';
                        i--;
                        break;
                }
            }
            return buffer.Slice(0, n).ToArray();
        }
        finally
        {
            if (rented != null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The bytes of an ASCII body taken verbatim (raw bytes, or bytes without escapes).</summary>
    public static byte[] AsciiBytes(string text, int start, int end)
    {
        var bytes = new byte[end - start];
        for (int i = 0; i < bytes.Length; i++)
            bytes[i] = (byte)text[start + i];
        return bytes;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static int AppendCodePoint(Span<char> buffer, int n, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            buffer[n++] = (char)codePoint;
        }
        else
        {
            codePoint -= 0x10000;
            buffer[n++] = (char)(0xD800 + (codePoint >> 10));
            buffer[n++] = (char)(0xDC00 + (codePoint & 0x3FF));
        }
        return n;
    }

    private static bool TryLookupName(ReadOnlySpan<char> name, out int codePoint)
    {
        // CPython sees non-ASCII name characters as \U escapes, which never name a character.
        foreach (char c in name)
        {
            if (c >= 0x80) { codePoint = 0; return false; }
        }
        return UnicodeNames.TryLookup(name, out codePoint);
    }

    /// <summary>CPython's message for a failed escape. Its codec sees the body with every non-ASCII character
    /// rewritten as a ten-byte <c>\UXXXXXXXX</c> escape (and a backslash before one, or at the very end, as the six
    /// bytes <c>\u005c</c>), so the reported positions count in that rewritten text.</summary>
    private static string UnicodeEscapeError(string text, int start, int end, int errorStart, int errorEnd, string reason)
    {
        int from = CodecPosition(text, start, end, errorStart);
        int to = CodecPosition(text, start, end, errorEnd);
        return to - from == 1
            ? $"(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {from}: {reason}"
            : $"(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to - 1}: {reason}";
    }

    private static int CodecPosition(string text, int start, int end, int index)
    {
        int position = 0;
        for (int i = start; i < index; i++)
        {
            char c = text[i];
            if (c < 0x80)
            {
                if (c == '\\' && (i + 1 >= end || text[i + 1] >= 0x80))
                {
                    position += 6;
                }
                else
                {
                    position++;
                    // The character after a backslash is copied as is, even a backslash.
                    if (c == '\\' && i + 1 < index) { i++; position++; }
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                position += 10;
                i++;
            }
            else
            {
                position += 10;
            }
        }
        return position;
    }
}
