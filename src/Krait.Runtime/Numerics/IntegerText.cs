using System.Globalization;
using System.Numerics;
using System.Text;
using Krait.Syntax.Text;

namespace Krait.Runtime.Numerics;

/// <summary>int &lt;-&gt; text as CPython 3.11: <c>int(s, base)</c> parsing, decimal and power-of-two-base
/// output, and the limit on decimal digits (<c>sys.set_int_max_str_digits</c>).</summary>
public static class IntegerText
{
    /// <summary>CPython's default limit and the smallest non-zero one.</summary>
    public const int DefaultMaxStrDigits = 4300;
    public const int MaxStrDigitsThreshold = 640;

    static int s_maxStrDigits = DefaultMaxStrDigits;

    /// <summary><c>sys.get_int_max_str_digits()</c>; 0 means no limit.</summary>
    public static int MaxStrDigits => s_maxStrDigits;

    /// <summary><c>sys.set_int_max_str_digits(n)</c>.</summary>
    public static void SetMaxStrDigits(int n)
    {
        if (n != 0 && n < MaxStrDigitsThreshold)
            throw NumericError.Value("maxdigits must be 0 or larger than " + MaxStrDigitsThreshold);
        s_maxStrDigits = n;
        Krait.Syntax.Parsing.IntLiteralLimit.MaxDigits = n;
    }

    // ---- parsing ----

    /// <summary><c>int(text, base)</c> for a str: surrounding whitespace, a sign, base 0 prefixes, single
    /// underscores between digits, and decimal digits of any script. The value is in <paramref name="small"/>
    /// (return true) when it fits a long, else in <paramref name="big"/>.</summary>
    public static bool Parse(string text, int @base, out long small, out BigInteger big)
    {
        CheckBase(@base);
        // As CPython: non-ASCII whitespace becomes ' ', non-ASCII decimal digits their ASCII digit, other
        // non-ASCII characters something invalid; the rest works on ASCII.
        char[]? rented = null;
        Span<char> ascii = text.Length <= 256 ? stackalloc char[text.Length] : (rented = new char[text.Length]);
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 128) { ascii[n++] = c; continue; }
            if (IsUnicodeSpace(c)) { ascii[n++] = ' '; continue; }
            int digit;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                digit = CharUnicodeInfo.GetDecimalDigitValue(text, i);
                i++;
            }
            else digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            ascii[n++] = digit >= 0 ? (char)('0' + digit) : '\uFFFF';
        }
        if (ParseAscii(ascii.Slice(0, n), @base, out small, out big, out int digitCount) is bool fits)
            return fits;
        throw digitCount > 0
            ? DigitLimitError(digitCount)
            : NumericError.Value($"invalid literal for int() with base {@base}: {TruncatedRepr(PyRepr.String(text))}");
    }

    /// <summary><c>int(b, base)</c> for bytes (ASCII only).</summary>
    public static bool Parse(ReadOnlySpan<byte> text, int @base, out long small, out BigInteger big)
    {
        CheckBase(@base);
        Span<char> ascii = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (int i = 0; i < text.Length; i++) ascii[i] = text[i] < 128 ? (char)text[i] : '\uFFFF';
        if (ParseAscii(ascii, @base, out small, out big, out int digitCount) is bool fits)
            return fits;
        throw digitCount > 0
            ? DigitLimitError(digitCount)
            : NumericError.Value($"invalid literal for int() with base {@base}: {TruncatedRepr(PyRepr.Bytes(text.ToArray()))}");
    }

    /// <summary>Parses and returns the value as a BigInteger whatever its size.</summary>
    public static BigInteger ParseBig(string text, int @base = 10) =>
        Parse(text, @base, out long small, out BigInteger big) ? small : big;

    static void CheckBase(int @base)
    {
        if (@base != 0 && (@base < 2 || @base > 36))
            throw NumericError.Value("int() base must be >= 2 and <= 36, or 0");
    }

    static NumericError DigitLimitError(int digits) => NumericError.Value(
        $"Exceeds the limit ({s_maxStrDigits} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");

    /// <summary>CPython formats the bad literal with %.200R: its repr cut to 200 characters.</summary>
    /// <summary>CPython's %.200R: the first 200 code points of the repr (a surrogate pair is one).</summary>
    static string TruncatedRepr(string repr)
    {
        if (repr.Length <= 200) return repr;
        int units = 0;
        for (int points = 0; points < 200 && units < repr.Length; points++)
            units += char.IsHighSurrogate(repr[units]) && units + 1 < repr.Length && char.IsLowSurrogate(repr[units + 1]) ? 2 : 1;
        return repr.Substring(0, units);
    }

    static bool IsAsciiSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r');

    /// <summary>str.isspace() for a non-ASCII UTF-16 unit (no astral character is whitespace).</summary>
    internal static bool IsUnicodeSpace(char c) =>
        c == '\x85' || c == '\xa0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028'
        || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000';

    static int DigitValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;

    /// <summary>Null when invalid: then <paramref name="digitCount"/> is non-zero if the digit limit was the
    /// reason.</summary>
    static bool? ParseAscii(ReadOnlySpan<char> s, int @base, out long small, out BigInteger big, out int digitCount)
    {
        small = 0; big = default; digitCount = 0;
        int i = 0, end = s.Length;
        while (i < end && IsAsciiSpace(s[i])) i++;
        bool negative = false;
        if (i < end && (s[i] == '+' || s[i] == '-')) { negative = s[i] == '-'; i++; }
        bool afterPrefix = false;
        if (i + 1 < end && s[i] == '0')
        {
            char p = (char)(s[i + 1] | 0x20);
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (@base == 0 || @base == prefixBase)) { @base = prefixBase; i += 2; afterPrefix = true; }
        }
        bool leadingZeroRule = false;
        if (@base == 0) { @base = 10; leadingZeroRule = true; }

        // The digit run, with single underscores between digits (one may also follow a prefix).
        int start = i;
        int count = 0;
        bool previousUnderscore = false;
        bool nonZero = false;
        if (i < end && s[i] == '_')
        {
            if (!afterPrefix) return null;
            previousUnderscore = true;
            i++;
        }
        while (i < end)
        {
            char c = s[i];
            if (c == '_')
            {
                if (previousUnderscore) return null;
                previousUnderscore = true;
            }
            else if (DigitValue(c) < @base)
            {
                if (c != '0') nonZero = true;
                previousUnderscore = false;
                count++;
            }
            else break;
            i++;
        }
        if (count == 0 || previousUnderscore) return null;
        // Base 0: a decimal literal may not start with 0 unless it is all zeros.
        if (leadingZeroRule && s[start] == '0' && nonZero) return null;
        bool powerOfTwo = (@base & (@base - 1)) == 0;
        if (!powerOfTwo && s_maxStrDigits > 0 && count > s_maxStrDigits)
        {
            digitCount = count;
            return null;
        }
        int digitsEnd = i;
        while (i < end && IsAsciiSpace(s[i])) i++;
        if (i != end) return null;

        var digits = s.Slice(start, digitsEnd - start);
        if (count <= 12 || (@base == 10 && count <= 18) || (@base == 16 && count <= 15))
        {
            long v = 0;
            foreach (char c in digits) if (c != '_') v = v * @base + DigitValue(c);
            small = negative ? -v : v;
            return true;
        }
        big = ParseDigits(digits, count, @base);
        if (negative) big = -big;
        if (big >= long.MinValue && big <= long.MaxValue) { small = (long)big; return true; }
        return false;
    }

    static BigInteger ParseDigits(ReadOnlySpan<char> digits, int count, int @base)
    {
        char[] plain = new char[count];
        int n = 0;
        foreach (char c in digits) if (c != '_') plain[n++] = c;
        if (@base == 10) return BigInteger.Parse(plain, NumberStyles.None, CultureInfo.InvariantCulture);
        int bitsPerDigit = BitOperations.Log2((uint)@base);
        if ((@base & (@base - 1)) == 0)
        {
            // Power-of-two base: fill little-endian bytes directly, linear time.
            var bytes = new byte[((long)count * bitsPerDigit + 7) / 8 + 1];
            long bit = 0;
            for (int k = count - 1; k >= 0; k--, bit += bitsPerDigit)
            {
                int v = DigitValue(plain[k]) << (int)(bit & 7);
                bytes[bit >> 3] |= (byte)v;
                if (v > 0xFF) bytes[(bit >> 3) + 1] |= (byte)(v >> 8);
            }
            return new BigInteger(bytes, isUnsigned: true);
        }
        // Other bases (at most the digit limit, normally): chunks of digits that fit a long.
        int chunk = (int)(62 / Math.Log2(@base));
        BigInteger result = BigInteger.Zero;
        for (int k = 0; k < count; k += chunk)
        {
            int len = Math.Min(chunk, count - k);
            long v = 0, scale = 1;
            for (int j = 0; j < len; j++) { v = v * @base + DigitValue(plain[k + j]); scale *= @base; }
            result = result * scale + v;
        }
        return result;
    }

    // ---- output ----

    /// <summary>str(int). Refuses more than <see cref="MaxStrDigits"/> digits, as CPython.</summary>
    public static string ToDecimal(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string ToDecimal(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue) return ((long)value).ToString(CultureInfo.InvariantCulture);
        if (s_maxStrDigits > 0)
        {
            // Digits are floor(bits * log10(2)) or one more: only a borderline size needs the exact count.
            double bits = (double)BigInteger.Abs(value).GetBitLength();
            if ((bits - 1) * 0.30102999566398120 >= s_maxStrDigits + 2) throw ToDecimalLimitError();
        }
        string text = DecimalDigits(value);
        if (s_maxStrDigits > 0 && text.Length - (value.Sign < 0 ? 1 : 0) > s_maxStrDigits) throw ToDecimalLimitError();
        return text;
    }

    static NumericError ToDecimalLimitError() => NumericError.Value(
        $"Exceeds the limit ({s_maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    const int LeafDigits = 1000;
    static BigInteger[] s_decimalPowers = { BigInteger.Pow(10, LeafDigits) };

    /// <summary>Decimal text without any limit. .NET's BigInteger.ToString is quadratic (a second for 100,000
    /// digits); this splits by 10**(1000 * 2**k) recursively, so it costs a few divisions of balanced size.</summary>
    public static string DecimalDigits(BigInteger value)
    {
        var magnitude = BigInteger.Abs(value);
        if (magnitude.GetBitLength() < 3 * LeafDigits * 3) return value.ToString(CultureInfo.InvariantCulture);
        // powers[k] = 10**(LeafDigits * 2**k); find the first that exceeds the value.
        var powers = s_decimalPowers;
        int top = 0;
        while (true)
        {
            if (top == powers.Length)
            {
                var grown = new BigInteger[powers.Length + 1];
                powers.CopyTo(grown, 0);
                grown[powers.Length] = powers[^1] * powers[^1];
                s_decimalPowers = powers = grown;
            }
            if (powers[top] > magnitude) break;
            top++;
        }
        var sb = new StringBuilder((int)(magnitude.GetBitLength() * 0.302) + 2);
        if (value.Sign < 0) sb.Append('-');
        AppendDecimal(sb, magnitude, top - 1, pad: false, powers);
        return sb.ToString();
    }

    /// <summary>Appends value (&lt; powers[level + 1]) in decimal, zero-padded to LeafDigits * 2**(level+1)
    /// digits when <paramref name="pad"/>.</summary>
    static void AppendDecimal(StringBuilder sb, BigInteger value, int level, bool pad, BigInteger[] powers)
    {
        if (level < 0)
        {
            string leaf = value.ToString(CultureInfo.InvariantCulture);
            if (pad) sb.Append('0', LeafDigits - leaf.Length);
            sb.Append(leaf);
            return;
        }
        var high = BigInteger.DivRem(value, powers[level], out var low);
        if (!pad && high.IsZero) { AppendDecimal(sb, low, level - 1, false, powers); return; }
        AppendDecimal(sb, high, level - 1, pad, powers);
        AppendDecimal(sb, low, level - 1, true, powers);
    }

    /// <summary>Digits of |value| in base 2, 8 or 16 (lowercase), with '-' for negatives and no prefix.</summary>
    public static string ToPowerOfTwoBase(BigInteger value, int radix)
    {
        int bitsPerDigit = radix == 2 ? 1 : radix == 8 ? 3 : radix == 16 ? 4 : throw new ArgumentOutOfRangeException(nameof(radix));
        if (value.IsZero) return "0";
        var magnitude = BigInteger.Abs(value);
        byte[] bytes = magnitude.ToByteArray(isUnsigned: true, isBigEndian: false);
        long bitLength = (long)magnitude.GetBitLength();
        int digits = (int)((bitLength + bitsPerDigit - 1) / bitsPerDigit);
        var chars = new char[digits + (value.Sign < 0 ? 1 : 0)];
        int pos = chars.Length;
        for (long bit = 0; bit < bitLength; bit += bitsPerDigit)
        {
            int b = bytes[bit >> 3] >> (int)(bit & 7);
            if ((bit & 7) + bitsPerDigit > 8 && (bit >> 3) + 1 < bytes.Length) b |= bytes[(bit >> 3) + 1] << (int)(8 - (bit & 7));
            chars[--pos] = "0123456789abcdef"[b & (radix - 1)];
        }
        if (value.Sign < 0) chars[0] = '-';
        return new string(chars);
    }

    public static string ToPowerOfTwoBase(long value, int radix) => ToPowerOfTwoBase((BigInteger)value, radix);

    /// <summary>bin(), oct(), hex(): '-0x1f' style.</summary>
    public static string WithPrefix(BigInteger value, int radix)
    {
        string digits = ToPowerOfTwoBase(value, radix);
        string prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        return digits[0] == '-' ? "-" + prefix + digits.Substring(1) : prefix + digits;
    }
}
