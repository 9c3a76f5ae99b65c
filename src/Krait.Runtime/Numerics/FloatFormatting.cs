using System.Globalization;
using System.Numerics;
using System.Text;
using Krait.Syntax.Text;

namespace Krait.Runtime.Numerics;

/// <summary>Float to text as CPython 3.11's <c>PyOS_double_to_string</c>: 'e', 'f', 'g' with a precision,
/// correctly rounded (half-even on the exact binary value), and 'r' (repr's shortest digits).</summary>
public static class FloatFormatting
{
    /// <summary>Digits and decpt as dtoa gives them: value ~ 0.DIGITS * 10**decpt, digits without trailing zeros
    /// ("0" with decpt 1 for zero). mode 0: shortest round-trip; 2: <paramref name="ndigits"/> significant
    /// digits; 3: <paramref name="ndigits"/> digits after the point (may be negative). Rounding is half-even on
    /// the exact binary value. Positive finite or zero.</summary>
    internal static string Digits(double value, int mode, int ndigits, out int decpt)
    {
        if (value == 0) { decpt = 1; return "0"; }
        if (mode == 0)
        {
            Span<char> buffer = stackalloc char[24];
            int n = PyRepr.ShortestDecimal(value, buffer, out decpt);
            return new string(buffer.Slice(0, n));
        }
        Decompose(value, out ulong m, out int e);
        if (mode == 3) return ScaledDigits(m, e, ndigits, out decpt);
        // mode 2: scale so that exactly ndigits digits are left of the point; the estimate of the exponent may
        // be one off, which the digit count of the result shows.
        if (ndigits < 1) ndigits = 1;
        int estimate = (int)Math.Floor(Math.Log10(value)) + 1;
        for (int attempt = 0; ; attempt++)
        {
            int k = ndigits - estimate;
            string digits = ScaledDigits(m, e, k, out decpt, keepZeros: true);
            int length = digits.Length;
            if (attempt < 2 && length > ndigits && !(length == ndigits + 1 && IsPowerOfTenText(digits))) { estimate++; continue; }
            if (attempt < 2 && length < ndigits) { estimate--; continue; }
            if (length == ndigits && IsPowerOfTenText(digits))
            {
                // 10**(n-1) may be a carry from a value just below, whose exponent is one less: then one more
                // digit of scale gives n digits that are not a carry.
                string finer = ScaledDigits(m, e, k + 1, out int finerDecpt, keepZeros: true);
                if (finer.Length == ndigits) { decpt = finerDecpt; return StripZeros(finer); }
            }
            return StripZeros(digits);
        }
    }

    static bool IsPowerOfTenText(string digits)
    {
        if (digits[0] != '1') return false;
        for (int i = 1; i < digits.Length; i++) if (digits[i] != '0') return false;
        return true;
    }

    static string StripZeros(string digits)
    {
        int end = digits.Length;
        while (end > 1 && digits[end - 1] == '0') end--;
        return end == digits.Length ? digits : digits.Substring(0, end);
    }

    /// <summary>|value| = m * 2**e, m odd (value finite, non-zero).</summary>
    static void Decompose(double value, out ulong m, out int e)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        int biased = (int)((bits >> 52) & 0x7FF);
        m = (ulong)bits & 0xF_FFFF_FFFF_FFFFUL;
        if (biased == 0) e = -1074;
        else { m |= 1UL << 52; e = biased - 1075; }
        int zeros = BitOperations.TrailingZeroCount(m);
        m >>= zeros;
        e += zeros;
    }

    /// <summary>The digits of N = round-half-even(m * 2**e * 10**k), with decpt = digits - k so that the value
    /// is 0.DIGITS * 10**decpt; "0"/decpt 1 when N is 0.</summary>
    static string ScaledDigits(ulong m, int e, int k, out int decpt, bool keepZeros = false)
    {
        string text;
        if (TryScaledRound(m, e, k, out UInt128 small))
        {
            if (small == 0) { decpt = 1; return "0"; }
            text = small <= ulong.MaxValue ? ((ulong)small).ToString(CultureInfo.InvariantCulture) : small.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            var big = ScaledRound(m, e, k);
            if (big.IsZero) { decpt = 1; return "0"; }
            text = big.ToString(CultureInfo.InvariantCulture);
        }
        decpt = text.Length - k;
        return keepZeros ? text : StripZeros(text);
    }

    static readonly UInt128[] s_pow10 = PowersOfTen();

    static UInt128[] PowersOfTen()
    {
        var table = new UInt128[39];
        table[0] = 1;
        for (int i = 1; i < table.Length; i++) table[i] = table[i - 1] * 10;
        return table;
    }

    static int BitLength(UInt128 v) => 128 - (int)UInt128.LeadingZeroCount(v);

    /// <summary>round-half-even(m * 2**e * 10**k) in 128-bit arithmetic, when everything fits.</summary>
    internal static bool TryScaledRound(ulong m, int e, int k, out UInt128 result)
    {
        result = 0;
        if (k >= 0)
        {
            if (k > 22) return false; // m < 2**53 and 10**22 < 2**74: the product fits
            UInt128 num = (UInt128)m * s_pow10[k];
            if (e >= 0)
            {
                if (BitLength(num) + e > 127) return false;
                result = num << e;
                return true;
            }
            if (-e > 126) return false;
            result = RoundShift(num, -e);
            return true;
        }
        int j = -k;
        if (j > 38) return false;
        UInt128 den = s_pow10[j];
        if (e >= 0)
        {
            if (64 + e > 127) return false;
            result = RoundDivide((UInt128)m << e, den);
            return true;
        }
        if (BitLength(den) - e > 127) return false;
        result = RoundDivide(m, den << -e);
        return true;
    }

    static UInt128 RoundShift(UInt128 num, int s)
    {
        UInt128 q = num >> s;
        UInt128 rest = num - (q << s);
        UInt128 half = (UInt128)1 << (s - 1);
        if (rest > half || (rest == half && (q & 1) == 1)) q++;
        return q;
    }

    static UInt128 RoundDivide(UInt128 num, UInt128 den)
    {
        UInt128 q = num / den;
        UInt128 rest = num - q * den;
        UInt128 other = den - rest;
        if (rest > other || (rest == other && (q & 1) == 1)) q++;
        return q;
    }

    static readonly BigInteger?[] s_bigPow10 = new BigInteger?[1200];

    static BigInteger BigPow10(int n) =>
        n < s_bigPow10.Length ? s_bigPow10[n] ??= BigInteger.Pow(10, n) : BigInteger.Pow(10, n);

    /// <summary>round-half-even(m * 2**e * 10**k) exactly, any size.</summary>
    internal static BigInteger ScaledRound(ulong m, int e, int k)
    {
        BigInteger num = m, den = BigInteger.One;
        if (k >= 0) num *= BigPow10(k); else den = BigPow10(-k);
        if (e >= 0) num <<= e;
        else if (k >= 0)
        {
            // Dividing by a power of two: a shift, and the bits shifted out decide the rounding.
            int s = -e;
            var shifted = num >> s;
            var restBits = num - (shifted << s);
            int half = restBits.CompareTo(BigInteger.One << (s - 1));
            if (half > 0 || (half == 0 && !shifted.IsEven)) shifted += 1;
            return shifted;
        }
        else den <<= -e;
        if (den.IsOne) return num;
        var q = BigInteger.DivRem(num, den, out var rest);
        int cmp = (rest << 1).CompareTo(den);
        if (cmp > 0 || (cmp == 0 && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>Text of |value| (the caller writes the sign) for format type 'e', 'E', 'f', 'F', 'g', 'G' or 'r'
    /// with <paramref name="precision"/> (ignored for 'r'); <paramref name="alternate"/> is '#';
    /// <paramref name="addDotZero"/> is format's no-type form (an integral fixed-point result keeps ".0", and
    /// 'g' switches to exponent one digit earlier).</summary>
    public static string FormatMagnitude(double value, char type, int precision, bool alternate, bool addDotZero)
    {
        value = Math.Abs(value);
        bool upper = type == 'E' || type == 'F' || type == 'G';
        if (!double.IsFinite(value))
            return double.IsNaN(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        char lower = char.ToLowerInvariant(type);
        if (lower == 'g' && precision == 0) precision = 1;
        string digits;
        int decpt;
        switch (lower)
        {
            case 'e': digits = Digits(value, 2, precision + 1, out decpt); break;
            case 'f': digits = Digits(value, 3, precision, out decpt); break;
            case 'g': digits = Digits(value, 2, precision, out decpt); break;
            case 'r': digits = Digits(value, 0, 0, out decpt); break;
            default: throw new ArgumentOutOfRangeException(nameof(type));
        }

        // Where the written digits run (padding with zeros), whether an exponent is used: CPython's rules.
        int digitsEnd = digits.Length;
        bool useExponent = false;
        switch (lower)
        {
            case 'e': useExponent = true; digitsEnd = precision + 1; break;
            case 'f': digitsEnd = decpt + precision; break;
            case 'g':
                if (decpt <= -4 || decpt > (addDotZero ? precision - 1 : precision)) useExponent = true;
                if (alternate) digitsEnd = precision;
                break;
            case 'r':
                if (decpt <= -4 || decpt > 16) useExponent = true;
                break;
        }
        int exponent = 0;
        if (useExponent) { exponent = decpt - 1; decpt = 1; }
        int digitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExponent && addDotZero) digitsEnd = Math.Max(digitsEnd, decpt + 1);
        else digitsEnd = Math.Max(digitsEnd, decpt);

        int capacity = digitsEnd - digitsStart + 8;
        Span<char> buffer = capacity <= 128 ? stackalloc char[128] : new char[capacity];
        int n = 0;
        // Positions digitsStart..digitsEnd-1 relative to the digit string, the point after position decpt-1.
        for (int pos = digitsStart; pos < digitsEnd; pos++)
        {
            if (pos == decpt) buffer[n++] = '.';
            buffer[n++] = pos >= 0 && pos < digits.Length ? digits[pos] : '0';
        }
        if (decpt == digitsEnd && alternate) buffer[n++] = '.';
        if (useExponent)
        {
            buffer[n++] = upper ? 'E' : 'e';
            buffer[n++] = exponent < 0 ? '-' : '+';
            int abs = Math.Abs(exponent);
            if (abs >= 100) buffer[n++] = (char)('0' + abs / 100);
            buffer[n++] = (char)('0' + abs / 10 % 10);
            buffer[n++] = (char)('0' + abs % 10);
        }
        return new string(buffer.Slice(0, n));
    }

    /// <summary>A complete float in one format type, with '-' for negatives (including -0.0 and -nan is just
    /// "nan", as CPython), e.g. <c>'%.3e' % x</c> without padding.</summary>
    public static string Format(double value, char type, int precision, bool alternate = false)
    {
        string magnitude = FormatMagnitude(value, type, precision, alternate, addDotZero: false);
        return double.IsNegative(value) && !double.IsNaN(value) ? "-" + magnitude : magnitude;
    }
}
