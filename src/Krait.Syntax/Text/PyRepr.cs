using System.Globalization;
using System.Numerics;
using System.Text;
using Krait.Syntax.Ast;
using Krait.Syntax.Unicode;

namespace Krait.Syntax.Text;

/// <summary>CPython 3.11's <c>repr()</c> of the values a <see cref="Constant"/> can hold.</summary>
public static class PyRepr
{
    /// <summary>CPython 3.11's default cap on the digits of an int converted to decimal text.</summary>
    public const int MaxIntDigits = 4300;

    public static string Repr(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    /// <summary>Appends <c>repr(value)</c> for None, bool, int (long/int/BigInteger), float, imaginary, str,
    /// bytes and Ellipsis.</summary>
    public static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("None"); break;
            case bool b: sb.Append(b ? "True" : "False"); break;
            case string s: AppendString(sb, s); break;
            case long l: sb.Append(l); break;
            case int i: sb.Append(i); break;
            case double d: AppendFloat(sb, d, addDotZero: true); break;
            case ImaginaryValue im: AppendImaginary(sb, im.Imag); break;
            case byte[] bytes: AppendBytes(sb, bytes); break;
            case BigInteger big: AppendBigInteger(sb, big); break;
            case EllipsisValue: sb.Append("Ellipsis"); break;
            case CodePointString cps: AppendString(sb, cps.CodePoints); break;
            default: throw new ArgumentException($"no Python repr for {value.GetType()}", nameof(value));
        }
    }

    /// <summary>Decimal text of an int. Like CPython 3.11, refuses more than <see cref="MaxIntDigits"/> digits
    /// (<c>ast.dump</c> of such a constant raises ValueError there).</summary>
    public static void AppendBigInteger(StringBuilder sb, BigInteger value)
    {
        string text = value.ToString(CultureInfo.InvariantCulture);
        int digits = text.Length - (value.Sign < 0 ? 1 : 0);
        if (digits > MaxIntDigits)
            throw new InvalidOperationException("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        sb.Append(text);
    }

    public static string Float(double d)
    {
        var sb = new StringBuilder(24);
        AppendFloat(sb, d, addDotZero: true);
        return sb.ToString();
    }

    /// <summary>repr of <c>complex(0.0, imag)</c>: the imaginary part alone, without the ".0" a float gets.</summary>
    public static void AppendImaginary(StringBuilder sb, double imag)
    {
        AppendFloat(sb, imag, addDotZero: false);
        sb.Append('j');
    }

    /// <summary>Python's float repr: the shortest digits that round-trip, positional when the decimal exponent
    /// is in [-4, 16), else scientific with a signed exponent of at least two digits.</summary>
    public static void AppendFloat(StringBuilder sb, double d, bool addDotZero)
    {
        if (double.IsNaN(d)) { sb.Append("nan"); return; }
        if (double.IsInfinity(d)) { sb.Append(d > 0 ? "inf" : "-inf"); return; }
        if (d == 0)
        {
            sb.Append(double.IsNegative(d) ? "-0" : "0");
            if (addDotZero) sb.Append(".0");
            return;
        }

        if (d < 0) { sb.Append('-'); d = -d; }
        Span<char> digitBuffer = stackalloc char[24];
        var ds = digitBuffer.Slice(0, ShortestDecimal(d, digitBuffer, out int decpt));

        int sciExponent = decpt - 1;
        if (sciExponent < -4 || sciExponent >= 16)
        {
            sb.Append(ds[0]);
            if (ds.Length > 1) { sb.Append('.'); sb.Append(ds.Slice(1)); }
            sb.Append('e').Append(sciExponent < 0 ? '-' : '+');
            int abs = Math.Abs(sciExponent);
            if (abs < 10) sb.Append('0');
            sb.Append(abs);
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(ds);
        }
        else if (decpt >= ds.Length)
        {
            sb.Append(ds).Append('0', decpt - ds.Length);
            if (addDotZero) sb.Append(".0");
        }
        else
        {
            sb.Append(ds.Slice(0, decpt)).Append('.').Append(ds.Slice(decpt));
        }
    }

    /// <summary>The shortest decimal digits that read back as <paramref name="d"/> (positive, finite; the nearest
    /// such if several), without leading or trailing zeros, into <paramref name="digits"/> (24 chars suffice);
    /// returns their count. The value is 0.DIGITS * 10**<paramref name="decpt"/>. Float repr, str() and
    /// format's no-type form all start from these digits.</summary>
    public static int ShortestDecimal(double d, Span<char> digits, out int decpt)
    {
        Span<char> text = stackalloc char[40];
        text = text.Slice(0, ShortestDigits(d, text));
        int count = 0, pointPos = -1, exponent = 0, i = 0;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.') pointPos = count;
            else if (c == 'E' || c == 'e') break;
            else digits[count++] = c;
        }
        if (i < text.Length)
            exponent = int.Parse(text.Slice(i + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        decpt = (pointPos < 0 ? count : pointPos) + exponent;
        int start = 0;
        while (start < count - 1 && digits[start] == '0') { start++; decpt--; }
        while (count - 1 > start && digits[count - 1] == '0') count--;
        if (start > 0) digits.Slice(start, count - start).CopyTo(digits);
        return count - start;
    }

    /// <summary>Writes the shortest decimal that reads back as <paramref name="d"/> (positive, finite), the
    /// nearest such if several, in .NET's "R"/"E" layout; returns its length.</summary>
    static readonly string[] s_exponentFormats =
        { "E0", "E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10", "E11", "E12", "E13", "E14", "E15", "E16" };

    static int ShortestDigits(double d, Span<char> text)
    {
        // .NET's "R" is the shortest round-trip text nearly always, but not for every power of two (2**-25 gives
        // 2.980232238769531E-08, which reads back as a different double): check, and search by length if not.
        d.TryFormat(text, out int length, "R", CultureInfo.InvariantCulture);
        if (double.Parse(text.Slice(0, length), NumberStyles.Float, CultureInfo.InvariantCulture) == d) return length;
        for (int precision = 1; precision <= 17; precision++)
        {
            // "E<n>" is the correctly rounded (precision)-digit decimal: the nearest one, so the one to take if
            // it reads back. Next to a power of two the rounding interval is lopsided, so the neighbour on the
            // other side of d may read back when the nearest does not.
            d.TryFormat(text, out length, s_exponentFormats[precision - 1], CultureInfo.InvariantCulture);
            double back = double.Parse(text.Slice(0, length), NumberStyles.Float, CultureInfo.InvariantCulture);
            if (back == d) return length;
            if (StepLastDigit(text.Slice(0, length), up: back < d)
                && double.Parse(text.Slice(0, length), NumberStyles.Float, CultureInfo.InvariantCulture) == d)
                return length;
        }
        d.TryFormat(text, out length, "E16", CultureInfo.InvariantCulture);
        return length;
    }

    /// <summary>Moves a "D.DDDE+XXX" decimal one unit in its last digit, in place; false where that would change
    /// the digit count (the nearest decimal is then the only candidate of that length worth trying).</summary>
    static bool StepLastDigit(Span<char> number, bool up)
    {
        int e = number.IndexOf('E');
        int i = e - 1;
        while (i >= 0)
        {
            if (number[i] == '.') { i--; continue; }
            if (up)
            {
                if (number[i] != '9') { number[i]++; break; }
                number[i] = '0';
            }
            else
            {
                if (number[i] != '0') { number[i]--; break; }
                number[i] = '9';
            }
            i--;
        }
        // Carrying out of or borrowing into the leading digit changes the exponent: not a same-length neighbour.
        return i >= 0 && number[0] != '0';
    }

    public static string String(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        AppendString(sb, s);
        return sb.ToString();
    }

    /// <summary>Python's str repr. The string is UTF-16: a surrogate pair is one code point, a lone surrogate
    /// is itself a (non-printable) code point.</summary>
    public static void AppendString(StringBuilder sb, string s)
    {
        char quote = '\'';
        if (s.Contains('\'') && !s.Contains('"')) quote = '"';
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 0x7F)
            {
                AppendAscii(sb, c, quote);
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, s[i + 1]);
                if (UnicodeCategories.IsPrintable(cp)) sb.Append(c).Append(s[i + 1]);
                else AppendHex(sb, 'U', cp, 8);
                i++;
            }
            else if (UnicodeCategories.IsPrintable(c)) sb.Append(c);
            else AppendEscaped(sb, c);
        }
        sb.Append(quote);
    }

    /// <summary>Python's str repr of a string given as code points (see <see cref="CodePointString"/>).</summary>
    public static void AppendString(StringBuilder sb, ReadOnlySpan<int> codePoints)
    {
        char quote = '\'';
        if (codePoints.Contains('\'') && !codePoints.Contains('"')) quote = '"';
        sb.Append(quote);
        foreach (int cp in codePoints)
        {
            if (cp < 0x7F) AppendAscii(sb, (char)cp, quote);
            else if (!UnicodeCategories.IsPrintable(cp)) AppendEscaped(sb, cp);
            else if (cp <= 0xFFFF) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        sb.Append(quote);
    }

    static void AppendAscii(StringBuilder sb, char c, char quote)
    {
        if (c == quote || c == '\\') sb.Append('\\').Append(c);
        else if (c == '\t') sb.Append("\\t");
        else if (c == '\n') sb.Append("\\n");
        else if (c == '\r') sb.Append("\\r");
        else if (c < ' ') AppendHex(sb, 'x', c, 2);
        else sb.Append(c);
    }

    /// <summary>A non-printable code point from U+007F up: the shortest of \xhh, \uhhhh, \Uhhhhhhhh.</summary>
    static void AppendEscaped(StringBuilder sb, int cp)
    {
        if (cp <= 0xFF) AppendHex(sb, 'x', cp, 2);
        else if (cp <= 0xFFFF) AppendHex(sb, 'u', cp, 4);
        else AppendHex(sb, 'U', cp, 8);
    }

    public static string Bytes(byte[] bytes)
    {
        var sb = new StringBuilder(bytes.Length + 3);
        AppendBytes(sb, bytes);
        return sb.ToString();
    }

    public static void AppendBytes(StringBuilder sb, byte[] bytes)
    {
        char quote = '\'';
        if (Array.IndexOf(bytes, (byte)'\'') >= 0 && Array.IndexOf(bytes, (byte)'"') < 0) quote = '"';
        sb.Append('b').Append(quote);
        foreach (byte b in bytes)
        {
            if (b == quote || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\t') sb.Append("\\t");
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b < ' ' || b >= 0x7F) AppendHex(sb, 'x', b, 2);
            else sb.Append((char)b);
        }
        sb.Append(quote);
    }

    static void AppendHex(StringBuilder sb, char kind, int value, int width)
    {
        sb.Append('\\').Append(kind);
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4)
            sb.Append("0123456789abcdef"[(value >> shift) & 0xF]);
    }
}
