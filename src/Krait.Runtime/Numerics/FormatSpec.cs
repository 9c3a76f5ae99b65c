using System.Globalization;
using System.Numerics;
using System.Text;

namespace Krait.Runtime.Numerics;

/// <summary>A parsed format spec, <c>[[fill]align][sign][z][#][0][width][grouping][.precision][type]</c>, as
/// CPython 3.11's <c>format()</c> reads it, and the formatting of int, float and str values by it.</summary>
public readonly struct FormatSpec
{
    /// <summary>The fill character (a surrogate pair for an astral one).</summary>
    public string Fill { get; init; }
    /// <summary>'&lt;', '&gt;', '=', '^', or '\0' when not given.</summary>
    public char Align { get; init; }
    /// <summary>'+', '-', ' ', or '\0' when not given.</summary>
    public char Sign { get; init; }
    /// <summary>'z': negative zero (after rounding) loses its sign.</summary>
    public bool NoNegativeZero { get; init; }
    public bool Alternate { get; init; }
    /// <summary>-1 when not given.</summary>
    public int Width { get; init; }
    /// <summary>',', '_', or '\0'.</summary>
    public char Grouping { get; init; }
    /// <summary>-1 when not given.</summary>
    public int Precision { get; init; }
    /// <summary>The presentation type, '\0' when not given.</summary>
    public char Type { get; init; }

    static bool IsAlign(int c) => c == '<' || c == '>' || c == '=' || c == '^';

    /// <summary>Parses <paramref name="spec"/> for a value of Python type <paramref name="typeName"/> (used in
    /// messages); <paramref name="defaultAlign"/> is '&gt;' for numbers, '&lt;' for str (it decides what the '0'
    /// flag does).</summary>
    public static FormatSpec Parse(string spec, string typeName, char defaultAlign, char defaultType = '\0')
    {
        int pos = 0, end = spec.Length;
        string fill = " ";
        char align = '\0';
        bool fillGiven = false;
        // A fill character may be astral: one code point, two UTF-16 units.
        int firstLength = end >= 2 && char.IsHighSurrogate(spec[0]) && char.IsLowSurrogate(spec[1]) ? 2 : 1;
        if (end >= firstLength + 1 && IsAlign(spec[firstLength]))
        {
            fill = spec.Substring(0, firstLength);
            align = spec[firstLength];
            fillGiven = true;
            pos = firstLength + 1;
        }
        else if (end >= 1 && IsAlign(spec[0]))
        {
            align = spec[0];
            pos = 1;
        }
        char sign = '\0';
        if (pos < end && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) sign = spec[pos++];
        bool noNegativeZero = false;
        if (pos < end && spec[pos] == 'z') { noNegativeZero = true; pos++; }
        bool alternate = false;
        if (pos < end && spec[pos] == '#') { alternate = true; pos++; }
        if (pos < end && spec[pos] == '0' && !fillGiven)
        {
            fill = "0";
            if (align == '\0' && defaultAlign == '>') align = '=';
            pos++;
        }
        int width = ReadInteger(spec, ref pos);
        char grouping = '\0';
        if (pos < end && (spec[pos] == ',' || spec[pos] == '_'))
        {
            grouping = spec[pos++];
            if (pos < end && (spec[pos] == ',' || spec[pos] == '_') && spec[pos] != grouping)
                throw NumericError.Value("Cannot specify both ',' and '_'.");
        }
        int precision = -1;
        if (pos < end && spec[pos] == '.')
        {
            pos++;
            precision = ReadInteger(spec, ref pos);
            if (precision < 0) throw NumericError.Value("Format specifier missing precision");
        }
        if (end - pos > 1)
            throw NumericError.Value($"Invalid format specifier '{spec}' for object of type '{typeName}'");
        char type = pos < end ? spec[pos] : defaultType;
        if (grouping != '\0')
        {
            bool allowed = type is 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0'
                || (grouping == '_' && type is 'b' or 'o' or 'x' or 'X');
            if (!allowed) throw NumericError.Value($"Cannot specify '{grouping}' with {QuoteCode(type)}.");
        }
        return new FormatSpec
        {
            Fill = fill, Align = align, Sign = sign, NoNegativeZero = noNegativeZero, Alternate = alternate,
            Width = width, Grouping = grouping, Precision = precision, Type = type,
        };
    }

    /// <summary>Digits at pos as an int; -1 when there are none.</summary>
    static int ReadInteger(string spec, ref int pos)
    {
        int start = pos;
        long value = 0;
        while (pos < spec.Length && spec[pos] >= '0' && spec[pos] <= '9')
        {
            value = value * 10 + (spec[pos] - '0');
            if (value > int.MaxValue) throw NumericError.Value("Too many decimal digits in format string");
            pos++;
        }
        return pos == start ? -1 : (int)value;
    }

    /// <summary>A type character as CPython quotes it in messages: 'd', or '\x1' when not printable ASCII.</summary>
    static string QuoteCode(char c) =>
        c > ' ' && c < 127 ? $"'{c}'" : $"'\\x{((int)c).ToString("x", CultureInfo.InvariantCulture)}'";

    static NumericError UnknownCode(char type, string typeName) =>
        NumericError.Value($"Unknown format code {QuoteCode(type)} for object of type '{typeName}'");

    // ---- entry points ----

    /// <summary>format(value, spec) for an int.</summary>
    public static string FormatInt(BigInteger value, string spec)
    {
        if (spec.Length == 0) return IntegerText.ToDecimal(value);
        var f = Parse(spec, "int", '>');
        switch (f.Type)
        {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return f.FormatFloatCore(IntegerMath.ToDouble(value), "int");
            case 'b': case 'c': case 'd': case 'n': case 'o': case 'x': case 'X': case '\0':
                return f.FormatIntCore(value);
            default: throw UnknownCode(f.Type, "int");
        }
    }

    public static string FormatInt(long value, string spec) => FormatInt((BigInteger)value, spec);

    /// <summary>format(value, spec) for a float.</summary>
    public static string FormatFloat(double value, string spec)
    {
        if (spec.Length == 0) return Krait.Syntax.Text.PyRepr.Float(value);
        var f = Parse(spec, "float", '>');
        return f.FormatFloatCore(value, "float");
    }

    /// <summary>format(value, spec) for a str.</summary>
    public static string FormatString(string value, string spec)
    {
        if (spec.Length == 0) return value;
        var f = Parse(spec, "str", '<', 's');
        if (f.Type != 's' && f.Type != '\0') throw UnknownCode(f.Type, "str");
        if (f.Sign != '\0')
            throw NumericError.Value(f.Sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
        if (f.NoNegativeZero) throw NumericError.Value("Negative zero coercion (z) not allowed in string format specifier");
        if (f.Alternate) throw NumericError.Value("Alternate form (#) not allowed in string format specifier");
        if (f.Align == '=') throw NumericError.Value("'=' alignment not allowed in string format specifier");
        string text = value;
        int length = CodePointCount(value);
        if (f.Precision >= 0 && length > f.Precision)
        {
            text = PrefixByCodePoints(value, f.Precision);
            length = f.Precision;
        }
        return f.Pad(text, length, f.Align == '\0' ? '<' : f.Align);
    }

    // ---- ints ----

    string FormatIntCore(BigInteger value)
    {
        if (Precision >= 0) throw NumericError.Value("Precision not allowed in integer format specifier");
        if (NoNegativeZero) throw NumericError.Value("Negative zero coercion (z) not allowed in integer format specifier");
        char align = Align == '\0' ? '>' : Align;
        if (Type == 'c')
        {
            if (Sign != '\0') throw NumericError.Value("Sign not allowed with integer format specifier 'c'");
            if (Alternate) throw NumericError.Value("Alternate form (#) not allowed with integer format specifier 'c'");
            if (value < long.MinValue || value > long.MaxValue) throw NumericError.Overflow("Python int too large to convert to C long");
            if (value.Sign < 0 || value > 0x10FFFF) throw NumericError.Overflow("%c arg not in range(0x110000)");
            string ch = CodePointString((int)value);
            return Pad(ch, 1, align);
        }
        string prefix = "";
        int groupSize = 3;
        string digits = MagnitudeDigits(value, Type == 'b' ? 2 : Type == 'o' ? 8 : Type is 'x' or 'X' ? 16 : 10);
        switch (Type)
        {
            case 'b': prefix = "0b"; groupSize = 4; break;
            case 'o': prefix = "0o"; groupSize = 4; break;
            case 'x': prefix = "0x"; groupSize = 4; break;
            case 'X': digits = digits.ToUpperInvariant(); prefix = "0X"; groupSize = 4; break;
        }
        if (!Alternate) prefix = "";
        string sign = value.Sign < 0 ? "-" : Sign == '+' ? "+" : Sign == ' ' ? " " : "";
        return AssembleNumber(sign, prefix, digits, "", groupSize, align);
    }

    /// <summary>Digits of |value| in base 2, 8, 10 or 16 (lowercase), through long arithmetic when it fits.</summary>
    internal static string MagnitudeDigits(BigInteger value, int radix)
    {
        if (value > long.MinValue && value <= long.MaxValue)
        {
            long v = Math.Abs((long)value);
            if (radix == 10) return v.ToString(CultureInfo.InvariantCulture);
            if (radix == 16) return v.ToString("x", CultureInfo.InvariantCulture);
            if (radix == 2) return Convert.ToString(v, 2);
            return Convert.ToString(v, 8);
        }
        var magnitude = BigInteger.Abs(value);
        return radix == 10 ? IntegerText.ToDecimal(magnitude) : IntegerText.ToPowerOfTwoBase(magnitude, radix);
    }

    // ---- floats ----

    string FormatFloatCore(double value, string typeName)
    {
        char type = Type;
        int precision = Precision;
        bool addDotZero = false;
        string suffix = "";
        char align = Align == '\0' ? '>' : Align;
        switch (type)
        {
            case '\0':
                // No type: repr's digits when no precision, else 'g' that keeps a ".0".
                addDotZero = true;
                type = precision < 0 ? 'r' : 'g';
                break;
            case 'n': type = 'g'; break;
            case '%': type = 'f'; value *= 100; suffix = "%"; break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': break;
            default: throw UnknownCode(type, typeName);
        }
        if (precision < 0) precision = 6;
        string magnitude = FloatFormatting.FormatMagnitude(value, type, precision, Alternate, addDotZero);
        bool negative = double.IsNegative(value) && !double.IsNaN(value);
        if (negative && NoNegativeZero && IsAllZeros(magnitude)) negative = false;
        string sign = negative ? "-" : Sign == '+' ? "+" : Sign == ' ' ? " " : "";
        if (Grouping == '\0' && Width <= 0) return sign.Length == 0 && suffix.Length == 0 ? magnitude : sign + magnitude + suffix;
        // The integer digits get grouped; the rest (fraction, exponent, "inf") follows unchanged.
        int digitsEnd = 0;
        while (digitsEnd < magnitude.Length && magnitude[digitsEnd] >= '0' && magnitude[digitsEnd] <= '9') digitsEnd++;
        return AssembleNumber(sign, "", magnitude.Substring(0, digitsEnd), magnitude.Substring(digitsEnd) + suffix, 3, align);
    }

    static bool IsAllZeros(string magnitude)
    {
        foreach (char c in magnitude)
        {
            if (c == 'e' || c == 'E') break;
            if (c != '0' && c != '.') return false;
        }
        return true;
    }

    // ---- layout ----

    /// <summary>sign, prefix, integer digits (grouped if asked), rest; padded to the width. With '0' fill and
    /// '=' alignment the zero padding is part of the grouped digits (separators included).</summary>
    string AssembleNumber(string sign, string prefix, string digits, string rest, int groupSize, char align)
    {
        char separator = Type == 'n' ? '\0' : Grouping;
        if (separator != '\0' && digits.Length > 0)
        {
            if (Fill == "0" && align == '=' && Width > 0 && digits.Length > 0)
            {
                int minWidth = Width - sign.Length - prefix.Length - rest.Length;
                int n = digits.Length;
                while (n + (n - 1) / groupSize < minWidth) n++;
                if (n > digits.Length) digits = new string('0', n - digits.Length) + digits;
            }
            digits = Group(digits, separator, groupSize);
        }
        string body = digits + rest;
        int length = sign.Length + prefix.Length + body.Length;
        if (Width <= length) return sign + prefix + body;
        if (align == '=')
        {
            var sb = new StringBuilder(Width + 2);
            sb.Append(sign).Append(prefix);
            for (int i = 0; i < Width - length; i++) sb.Append(Fill);
            return sb.Append(body).ToString();
        }
        return Pad(sign + prefix + body, length, align);
    }

    static string Group(string digits, char separator, int groupSize)
    {
        if (digits.Length <= groupSize) return digits;
        var sb = new StringBuilder(digits.Length + digits.Length / groupSize);
        int first = digits.Length % groupSize;
        if (first == 0) first = groupSize;
        sb.Append(digits, 0, first);
        for (int i = first; i < digits.Length; i += groupSize) sb.Append(separator).Append(digits, i, groupSize);
        return sb.ToString();
    }

    /// <summary>Pads text (of <paramref name="length"/> code points) to the width with the fill.</summary>
    string Pad(string text, int length, char align)
    {
        if (Width <= length) return text;
        int total = Width - length;
        int left = align switch { '>' => total, '^' => total / 2, '=' => total, _ => 0 };
        int right = total - left;
        var sb = new StringBuilder(text.Length + total * Fill.Length);
        for (int i = 0; i < left; i++) sb.Append(Fill);
        sb.Append(text);
        for (int i = 0; i < right; i++) sb.Append(Fill);
        return sb.ToString();
    }

    /// <summary>A code point as a string; lone surrogates are allowed (Python str can hold them).</summary>
    internal static string CodePointString(int cp) =>
        cp >= 0xD800 && cp <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    internal static int CodePointCount(string s)
    {
        int n = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { n--; i++; }
        return n;
    }

    static string PrefixByCodePoints(string s, int count)
    {
        int i = 0;
        for (int k = 0; k < count && i < s.Length; k++)
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        return s.Substring(0, i);
    }
}
