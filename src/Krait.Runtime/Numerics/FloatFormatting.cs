using System.Globalization;
using System.Numerics;
using System.Text;
using Krait.Syntax.Text;

namespace Krait.Runtime.Numerics;

/// <summary>Float to text as CPython 3.11's <c>PyOS_double_to_string</c>: 'e', 'f', 'g' with a precision,
/// correctly rounded (half-even on the exact binary value), and 'r' (repr's shortest digits).</summary>
public static class FloatFormatting
{
    /// <summary>The exact decimal expansion of a positive finite double: digits without leading or trailing
    /// zeros, value = 0.DIGITS * 10**decpt. A double m * 2**e with e &lt; 0 is m * 5**-e / 10**-e, so the digits
    /// are those of the integer m * 5**-e.</summary>
    internal static string ExactDigits(double value, out int decpt)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        int biased = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        int exponent;
        if (biased == 0) exponent = -1074;
        else { mantissa |= 1L << 52; exponent = biased - 1075; }
        int zeros = BitOperations.TrailingZeroCount(mantissa);
        mantissa >>= zeros;
        exponent += zeros;
        string digits;
        if (exponent >= 0)
        {
            digits = exponent <= 10
                ? (mantissa << exponent).ToString(CultureInfo.InvariantCulture)
                : (new BigInteger(mantissa) << exponent).ToString(CultureInfo.InvariantCulture);
            decpt = digits.Length;
        }
        else
        {
            digits = (mantissa * PowerOfFive(-exponent)).ToString(CultureInfo.InvariantCulture);
            decpt = digits.Length + exponent;
        }
        int end = digits.Length;
        while (end > 1 && digits[end - 1] == '0') end--;
        return end == digits.Length ? digits : digits.Substring(0, end);
    }

    static readonly BigInteger?[] s_powersOfFive = new BigInteger?[1075];

    static BigInteger PowerOfFive(int n) => s_powersOfFive[n] ??= BigInteger.Pow(5, n);

    /// <summary>Rounds exact digits half-even, keeping <paramref name="keep"/> of them (may be &lt;= 0: the
    /// value then rounds to 0 or to one unit at 10**(decpt-keep)). Returns stripped digits ("0" with decpt 1 for
    /// zero) and updates decpt.</summary>
    internal static string RoundDigits(string digits, ref int decpt, int keep)
    {
        if (keep >= digits.Length) return digits;
        bool up;
        if (keep < 0) up = false;
        else
        {
            char next = digits[keep];
            if (next != '5') up = next > '5';
            else if (keep + 1 < digits.Length) up = true; // digits have no trailing zeros: something follows
            else up = keep > 0 && (digits[keep - 1] - '0') % 2 == 1;
        }
        if (!up)
        {
            int end = Math.Max(keep, 0);
            while (end > 0 && digits[end - 1] == '0') end--;
            if (end == 0) { decpt = 1; return "0"; }
            return digits.Substring(0, end);
        }
        if (keep == 0) { decpt += 1; return "1"; }
        var chars = digits.ToCharArray(0, keep);
        int i = keep - 1;
        while (i >= 0 && chars[i] == '9') i--;
        if (i < 0) { decpt += 1; return "1"; }
        chars[i]++;
        return new string(chars, 0, i + 1);
    }

    /// <summary>Digits and decpt as dtoa gives them. mode 0: shortest round-trip; 2: <paramref name="ndigits"/>
    /// significant digits; 3: <paramref name="ndigits"/> digits after the point. Positive finite or zero.</summary>
    internal static string Digits(double value, int mode, int ndigits, out int decpt)
    {
        if (value == 0) { decpt = 1; return "0"; }
        if (mode == 0)
        {
            Span<char> buffer = stackalloc char[24];
            int n = PyRepr.ShortestDecimal(value, buffer, out decpt);
            return new string(buffer.Slice(0, n));
        }
        string exact = ExactDigits(value, out decpt);
        return RoundDigits(exact, ref decpt, mode == 2 ? Math.Max(ndigits, 1) : decpt + ndigits);
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

        var sb = new StringBuilder(Math.Max(digitsEnd - digitsStart, digits.Length) + 8);
        // Positions digitsStart..digitsEnd-1 relative to the digit string, the point after position decpt-1.
        for (int pos = digitsStart; pos < digitsEnd; pos++)
        {
            if (pos == decpt) sb.Append('.');
            sb.Append(pos >= 0 && pos < digits.Length ? digits[pos] : '0');
        }
        if (decpt == digitsEnd && alternate) sb.Append('.');
        if (useExponent)
        {
            sb.Append(upper ? 'E' : 'e').Append(exponent < 0 ? '-' : '+');
            int abs = Math.Abs(exponent);
            if (abs < 10) sb.Append('0');
            sb.Append(abs);
        }
        return sb.ToString();
    }

    /// <summary>A complete float in one format type, with '-' for negatives (including -0.0 and -nan is just
    /// "nan", as CPython), e.g. <c>'%.3e' % x</c> without padding.</summary>
    public static string Format(double value, char type, int precision, bool alternate = false)
    {
        string magnitude = FormatMagnitude(value, type, precision, alternate, addDotZero: false);
        return double.IsNegative(value) && !double.IsNaN(value) ? "-" + magnitude : magnitude;
    }
}
