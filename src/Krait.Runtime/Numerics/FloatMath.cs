using System.Globalization;
using System.Numerics;
using Krait.Syntax.Text;

namespace Krait.Runtime.Numerics;

/// <summary>Python float operations with CPython 3.11's results and errors: float() parsing, round(), floor
/// division and modulo, power, as_integer_ratio, is_integer, hex() and fromhex().</summary>
public static class FloatMath
{
    /// <summary>CPython's NaN has the sign bit clear; .NET's double.NaN (0.0/0.0 on x86) has it set.</summary>
    public static readonly double PositiveNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);

    // ---- float(str) ----

    /// <summary>float(text) for a str: surrounding whitespace, a sign, inf/infinity/nan in any case, single
    /// underscores between digits, decimal digits of any script. Too large becomes inf, as CPython.</summary>
    public static double Parse(string text)
    {
        Span<char> ascii = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 128) { ascii[n++] = c; continue; }
            if (IntegerText.IsUnicodeSpace(c)) { ascii[n++] = ' '; continue; }
            int digit;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                digit = CharUnicodeInfo.GetDecimalDigitValue(text, i);
                i++;
            }
            else digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            ascii[n++] = digit >= 0 ? (char)('0' + digit) : '\uFFFF';
        }
        if (TryParseAscii(ascii.Slice(0, n), out double value)) return value;
        throw NumericError.Value("could not convert string to float: " + PyRepr.String(text));
    }

    /// <summary>float(b) for bytes.</summary>
    public static double Parse(ReadOnlySpan<byte> text)
    {
        Span<char> ascii = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (int i = 0; i < text.Length; i++) ascii[i] = text[i] < 128 ? (char)text[i] : '\uFFFF';
        if (TryParseAscii(ascii, out double value)) return value;
        throw NumericError.Value("could not convert string to float: " + PyRepr.Bytes(text.ToArray()));
    }

    static bool IsAsciiSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r');
    static bool IsDigit(char c) => c >= '0' && c <= '9';

    static bool TryParseAscii(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        int start = 0, end = s.Length;
        while (start < end && IsAsciiSpace(s[start])) start++;
        while (end > start && IsAsciiSpace(s[end - 1])) end--;
        s = s.Slice(start, end - start);
        if (s.IsEmpty) return false;
        int i = 0;
        bool negative = false;
        if (s[0] == '+' || s[0] == '-') { negative = s[0] == '-'; i = 1; }
        var rest = s.Slice(i);
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? -PositiveNaN : PositiveNaN;
            return true;
        }
        // digits ['.' digits] | '.' digits, then [e [sign] digits]; '_' only between two digits.
        Span<char> clean = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        int n = 0;
        if (negative) clean[n++] = '-';
        int intDigits = ScanDigits(s, ref i, clean, ref n);
        if (intDigits < 0) return false;
        int fracDigits = 0;
        if (i < s.Length && s[i] == '.')
        {
            clean[n++] = '.';
            i++;
            fracDigits = ScanDigits(s, ref i, clean, ref n);
            if (fracDigits < 0) return false;
        }
        if (intDigits + fracDigits == 0) return false;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            clean[n++] = 'e';
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) clean[n++] = s[i++];
            int expDigits = ScanDigits(s, ref i, clean, ref n);
            if (expDigits <= 0) return false;
        }
        if (i != s.Length) return false;
        value = double.Parse(clean.Slice(0, n), NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Copies a run of digits with single underscores between them; returns the digit count, or -1
    /// when an underscore is misplaced.</summary>
    static int ScanDigits(ReadOnlySpan<char> s, ref int i, Span<char> clean, ref int n)
    {
        int count = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (IsDigit(c)) { clean[n++] = c; count++; i++; }
            else if (c == '_')
            {
                if (count == 0 || i + 1 >= s.Length || !IsDigit(s[i + 1])) return -1;
                i++;
            }
            else break;
        }
        return count;
    }

    // ---- rounding ----

    /// <summary>round(x) with no ndigits: half-even to an int.</summary>
    public static BigInteger RoundToInteger(double x)
    {
        if (double.IsNaN(x)) throw NumericError.Value("cannot convert float NaN to integer");
        if (double.IsInfinity(x)) throw NumericError.Overflow("cannot convert float infinity to integer");
        return new BigInteger(Math.Round(x, MidpointRounding.ToEven));
    }

    /// <summary>int(x) / math.trunc(x).</summary>
    public static BigInteger Truncate(double x)
    {
        if (double.IsNaN(x)) throw NumericError.Value("cannot convert float NaN to integer");
        if (double.IsInfinity(x)) throw NumericError.Overflow("cannot convert float infinity to integer");
        return new BigInteger(Math.Truncate(x));
    }

    /// <summary>math.floor(x) as an int.</summary>
    public static BigInteger Floor(double x)
    {
        if (double.IsNaN(x)) throw NumericError.Value("cannot convert float NaN to integer");
        if (double.IsInfinity(x)) throw NumericError.Overflow("cannot convert float infinity to integer");
        return new BigInteger(Math.Floor(x));
    }

    /// <summary>math.ceil(x) as an int.</summary>
    public static BigInteger Ceiling(double x)
    {
        if (double.IsNaN(x)) throw NumericError.Value("cannot convert float NaN to integer");
        if (double.IsInfinity(x)) throw NumericError.Overflow("cannot convert float infinity to integer");
        return new BigInteger(Math.Ceiling(x));
    }

    // Beyond these ndigits the result is x itself, or a zero with x's sign.
    const int RoundDigitsMax = 323;
    const int RoundDigitsMin = -308;

    /// <summary>round(x, ndigits): the decimal nearest x with ndigits places (ties to even, on x's exact
    /// value), read back as a float, as CPython.</summary>
    public static double Round(double x, long ndigits)
    {
        if (x == 0 || !double.IsFinite(x)) return x;
        if (ndigits > RoundDigitsMax) return x;
        if (ndigits < RoundDigitsMin) return 0.0 * x;
        string digits = FloatFormatting.Digits(Math.Abs(x), 3, (int)ndigits, out int decpt);
        string text = (x < 0 ? "-0." : "0.") + digits + "e" + decpt.ToString(CultureInfo.InvariantCulture);
        double result = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(result)) throw NumericError.Overflow("rounded value too large to represent");
        return result;
    }

    // ---- division ----

    public static double TrueDivide(double x, double y)
    {
        if (y == 0) throw NumericError.ZeroDivision("float division by zero");
        return x / y;
    }

    public static double Modulo(double x, double y)
    {
        if (y == 0) throw NumericError.ZeroDivision("float modulo");
        double mod = CRemainder(x, y);
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0)) mod += y;
        }
        else mod = Math.CopySign(0.0, y);
        return mod;
    }

    /// <summary>C's fmod: the exact remainder with x's sign (.NET's % on doubles is fmod).</summary>
    static double CRemainder(double x, double y) => x % y;

    public static double FloorDivide(double x, double y)
    {
        if (y == 0) throw NumericError.ZeroDivision("float floor division by zero");
        return DivModCore(x, y, out _);
    }

    public static double DivMod(double x, double y, out double remainder)
    {
        if (y == 0) throw NumericError.ZeroDivision("float divmod()");
        return DivModCore(x, y, out remainder);
    }

    static double DivModCore(double vx, double wx, out double remainder)
    {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
        }
        else mod = Math.CopySign(0.0, wx);
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);
        remainder = mod;
        return floordiv;
    }

    // ---- power ----

    static bool IsOddInteger(double y) => Math.Abs(y % 2.0) == 1.0;

    /// <summary>x ** y for floats. Returns false when x &lt; 0 and y is not an integer: Python then computes a
    /// complex power. Errors as CPython: 0.0 to a negative power, overflow.</summary>
    public static bool TryPower(double x, double y, out double result)
    {
        result = 0;
        if (y == 0) { result = 1.0; return true; }
        if (double.IsNaN(x)) { result = x; return true; }
        if (double.IsNaN(y)) { result = x == 1.0 ? 1.0 : y; return true; }
        if (double.IsInfinity(y))
        {
            double ax = Math.Abs(x);
            if (ax == 1.0) result = 1.0;
            else if ((y > 0) == (ax > 1.0)) result = Math.Abs(y);
            else result = 0.0;
            return true;
        }
        if (double.IsInfinity(x))
        {
            bool odd = IsOddInteger(y);
            result = y > 0 ? (odd ? x : Math.Abs(x)) : (odd ? Math.CopySign(0.0, x) : 0.0);
            return true;
        }
        if (x == 0)
        {
            if (y < 0) throw NumericError.ZeroDivision("0.0 cannot be raised to a negative power");
            result = IsOddInteger(y) ? x : 0.0;
            return true;
        }
        bool negate = false;
        if (x < 0)
        {
            if (y != Math.Floor(y)) return false;
            x = -x;
            negate = IsOddInteger(y);
        }
        if (x == 1.0) { result = negate ? -1.0 : 1.0; return true; }
        double r = Math.Pow(x, y);
        if (double.IsInfinity(r)) throw NumericError.Overflow("(34, 'Numerical result out of range')");
        result = negate ? -r : r;
        return true;
    }

    /// <summary>pow(x, y, z) with a float among them.</summary>
    public static NumericError ThreeArgumentPowerError() =>
        NumericError.Type("pow() 3rd argument not allowed unless all arguments are integers");

    // ---- as_integer_ratio, is_integer ----

    public static (BigInteger Numerator, BigInteger Denominator) AsIntegerRatio(double x)
    {
        if (double.IsInfinity(x)) throw NumericError.Overflow("cannot convert Infinity to integer ratio");
        if (double.IsNaN(x)) throw NumericError.Value("cannot convert NaN to integer ratio");
        if (x == 0) return (BigInteger.Zero, BigInteger.One);
        Decompose(x, out long mantissa, out int exponent);
        BigInteger numerator = x < 0 ? -mantissa : mantissa;
        if (exponent >= 0) return (numerator << exponent, BigInteger.One);
        return (numerator, BigInteger.One << -exponent);
    }

    /// <summary>|x| = mantissa * 2**exponent with an odd mantissa (x finite, non-zero).</summary>
    static void Decompose(double x, out long mantissa, out int exponent)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int biased = (int)((bits >> 52) & 0x7FF);
        mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (biased == 0) exponent = -1074;
        else { mantissa |= 1L << 52; exponent = biased - 1075; }
        int zeros = BitOperations.TrailingZeroCount(mantissa);
        mantissa >>= zeros;
        exponent += zeros;
    }

    public static bool IsInteger(double x) => double.IsFinite(x) && Math.Floor(x) == x;

    // ---- hex ----

    /// <summary>float.hex(): '0x1.8000000000000p+1'; subnormals as '0x0.0000000000001p-1022'.</summary>
    public static string ToHex(double x)
    {
        if (double.IsNaN(x)) return "nan";
        if (double.IsInfinity(x)) return x > 0 ? "inf" : "-inf";
        string sign = double.IsNegative(x) ? "-" : "";
        if (x == 0) return sign + "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(x);
        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xF_FFFF_FFFF_FFFFL;
        int exponent = biased == 0 ? -1022 : biased - 1023;
        return sign + (biased == 0 ? "0x0." : "0x1.") + fraction.ToString("x13", CultureInfo.InvariantCulture)
            + "p" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>float.fromhex(s), rounded half-even.</summary>
    public static double FromHex(string s)
    {
        int i = 0, end = s.Length;
        while (i < end && IsAsciiSpace(s[i])) i++;
        while (end > i && IsAsciiSpace(s[end - 1])) end--;
        var t = s.AsSpan(i, end - i);
        int p = 0;
        bool negative = false;
        if (p < t.Length && (t[p] == '+' || t[p] == '-')) { negative = t[p] == '-'; p++; }
        var rest = t.Slice(p);
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase)) return negative ? -PositiveNaN : PositiveNaN;
        if (p + 1 < t.Length && t[p] == '0' && (t[p + 1] | 0x20) == 'x') p += 2;
        BigInteger mantissa = BigInteger.Zero;
        long chunk = 0;
        int chunkDigits = 0, digits = 0;
        long fractionDigits = 0;
        bool seenPoint = false;
        for (; p < t.Length; p++)
        {
            char c = t[p];
            int v = HexValue(c);
            if (v >= 0)
            {
                chunk = chunk * 16 + v;
                if (++chunkDigits == 15) { mantissa = (mantissa << 60) + chunk; chunk = 0; chunkDigits = 0; }
                digits++;
                if (seenPoint) fractionDigits++;
            }
            else if (c == '.' && !seenPoint) seenPoint = true;
            else break;
        }
        if (digits == 0) throw InvalidHex();
        mantissa = (mantissa << (4 * chunkDigits)) + chunk;
        long exponent = 0;
        if (p < t.Length && (t[p] | 0x20) == 'p')
        {
            p++;
            bool negativeExponent = false;
            if (p < t.Length && (t[p] == '+' || t[p] == '-')) { negativeExponent = t[p] == '-'; p++; }
            int expStart = p;
            while (p < t.Length && IsDigit(t[p]))
            {
                // Saturate: anything this large over- or underflows anyway.
                if (exponent < 1_000_000_000_000L) exponent = exponent * 10 + (t[p] - '0');
                p++;
            }
            if (p == expStart) throw InvalidHex();
            if (negativeExponent) exponent = -exponent;
        }
        if (p != t.Length) throw InvalidHex();
        double result;
        if (mantissa.IsZero) result = 0.0;
        else
        {
            long shift = exponent - 4 * fractionDigits;
            long top = (long)mantissa.GetBitLength() + shift; // the value is below 2**top
            if (top > 1025) throw NumericError.Overflow("hexadecimal value too large to represent as a float");
            if (top < -1080) result = 0.0;
            else
            {
                result = IntegerMath.RoundToDouble(mantissa, false, shift);
                if (double.IsInfinity(result)) throw NumericError.Overflow("hexadecimal value too large to represent as a float");
            }
        }
        return negative ? -result : result;
    }

    static NumericError InvalidHex() => NumericError.Value("invalid hexadecimal floating-point string");

    static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}
