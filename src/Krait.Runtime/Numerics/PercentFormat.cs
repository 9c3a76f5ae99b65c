using System.Globalization;
using System.Numerics;
using System.Text;
using Krait.Syntax.Text;

namespace Krait.Runtime.Numerics;

/// <summary>printf-style <c>'%5.2f' % x</c> formatting as CPython 3.11, for the conversions of numbers
/// (<c>d i u x X o e E f F g G c</c>) plus <c>s r a</c> and <c>%%</c> over the .NET values that stand for Python
/// ones (long, int, BigInteger, bool, double, string). Mapping keys (<c>%(name)s</c>) and other objects' str/repr
/// belong to the object model.</summary>
public static class PercentFormat
{
    [Flags]
    public enum Flags { None = 0, LeftAdjust = 1, Sign = 2, Space = 4, Alternate = 8, Zero = 16 }

    /// <summary><c>format % args</c> with positional arguments.</summary>
    public static string Format(string format, params object?[] args)
    {
        var sb = new StringBuilder(format.Length + 16);
        int argIndex = 0;
        int i = 0;
        while (i < format.Length)
        {
            char c = format[i];
            if (c != '%') { sb.Append(c); i++; continue; }
            int start = i;
            i++;
            if (i < format.Length && format[i] == '(')
                throw NumericError.Type("format requires a mapping");
            var flags = Flags.None;
            for (; i < format.Length; i++)
            {
                char f = format[i];
                if (f == '-') flags |= Flags.LeftAdjust;
                else if (f == '+') flags |= Flags.Sign;
                else if (f == ' ') flags |= Flags.Space;
                else if (f == '#') flags |= Flags.Alternate;
                else if (f == '0') flags |= Flags.Zero;
                else break;
            }
            int width = -1;
            if (i < format.Length && format[i] == '*')
            {
                width = StarArgument(args, ref argIndex);
                if (width < 0) { flags |= Flags.LeftAdjust; width = -width; }
                i++;
            }
            else width = ReadNumber(format, ref i);
            int precision = -1;
            if (i < format.Length && format[i] == '.')
            {
                i++;
                if (i < format.Length && format[i] == '*')
                {
                    precision = Math.Max(StarArgument(args, ref argIndex), 0);
                    i++;
                }
                else precision = Math.Max(ReadNumber(format, ref i), 0);
            }
            while (i < format.Length && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L')) i++;
            if (i >= format.Length) throw NumericError.Value("incomplete format");
            char conversion = format[i++];
            // Only a bare "%%" is a literal percent; "%5%" takes an argument and then fails as unsupported.
            if (conversion == '%' && i == start + 2)
            {
                sb.Append('%');
                continue;
            }
            if (argIndex >= args.Length) throw NumericError.Type("not enough arguments for format string");
            object? arg = args[argIndex++];
            sb.Append(conversion switch
            {
                'd' or 'i' or 'u' or 'x' or 'X' or 'o' => FormatInteger(ToInteger(arg, conversion), conversion, flags, width, precision),
                'e' or 'E' or 'f' or 'F' or 'g' or 'G' => FormatFloat(ToDouble(arg), conversion, flags, width, precision),
                'c' => FormatChar(arg, flags, width),
                's' or 'r' or 'a' => PadText(Text(arg, conversion, precision), flags, width),
                _ => throw NumericError.Value(
                    $"unsupported format character '{(conversion < 127 && conversion >= ' ' ? conversion.ToString() : "?")}' (0x{((int)conversion).ToString("x", CultureInfo.InvariantCulture)}) at index {i - 1}"),
            });
        }
        if (argIndex < args.Length) throw NumericError.Type("not all arguments converted during string formatting");
        return sb.ToString();
    }

    static int ReadNumber(string s, ref int i)
    {
        int start = i;
        long v = 0;
        while (i < s.Length && s[i] >= '0' && s[i] <= '9')
        {
            v = v * 10 + (s[i] - '0');
            if (v > int.MaxValue) throw NumericError.Value("width too big");
            i++;
        }
        return i == start ? -1 : (int)v;
    }

    static int StarArgument(object?[] args, ref int argIndex)
    {
        if (argIndex >= args.Length) throw NumericError.Type("not enough arguments for format string");
        object? a = args[argIndex++];
        return a switch
        {
            int n => n,
            long l when l >= int.MinValue && l <= int.MaxValue => (int)l,
            BigInteger big when big >= int.MinValue && big <= int.MaxValue => (int)big,
            bool b => b ? 1 : 0,
            _ => throw NumericError.Type("* wants int"),
        };
    }

    static string TypeName(object? o) => o switch
    {
        null => "NoneType", bool => "bool", int or long or BigInteger => "int", double => "float", string => "str",
        _ => o.GetType().Name,
    };

    static BigInteger ToInteger(object? arg, char conversion) => arg switch
    {
        bool b => b ? 1 : 0,
        int n => n,
        long l => l,
        BigInteger big => big,
        // %d, %i, %u take any real number (truncated); %x, %X, %o need a true integer.
        double d when conversion is 'd' or 'i' or 'u' => FloatMath.Truncate(d),
        double when true => throw NumericError.Type($"%{conversion} format: an integer is required, not float"),
        _ => throw NumericError.Type(conversion is 'd' or 'i' or 'u'
            ? $"%{conversion} format: a real number is required, not {TypeName(arg)}"
            : $"%{conversion} format: an integer is required, not {TypeName(arg)}"),
    };

    static double ToDouble(object? arg) => arg switch
    {
        double d => d,
        bool b => b ? 1 : 0,
        int n => n,
        long l => l,
        BigInteger big => IntegerMath.ToDouble(big),
        _ => throw NumericError.Type($"must be real number, not {TypeName(arg)}"),
    };

    /// <summary>One integer conversion: at least <paramref name="precision"/> digits, '#' prefixes, sign flags,
    /// zero or space padding.</summary>
    public static string FormatInteger(BigInteger value, char conversion, Flags flags, int width, int precision)
    {
        string digits = FormatSpec.MagnitudeDigits(value, conversion is 'x' or 'X' ? 16 : conversion == 'o' ? 8 : 10);
        if (conversion == 'X') digits = digits.ToUpperInvariant();
        if (precision > digits.Length) digits = new string('0', precision - digits.Length) + digits;
        string prefix = (flags & Flags.Alternate) == 0 ? "" : conversion switch { 'x' => "0x", 'X' => "0X", 'o' => "0o", _ => "" };
        string sign = value.Sign < 0 ? "-" : (flags & Flags.Sign) != 0 ? "+" : (flags & Flags.Space) != 0 ? " " : "";
        return PadNumber(sign, prefix, digits, flags, width);
    }

    /// <summary>One float conversion (precision defaults to 6).</summary>
    public static string FormatFloat(double value, char conversion, Flags flags, int width, int precision)
    {
        if (precision < 0) precision = 6;
        string magnitude = FloatFormatting.FormatMagnitude(value, conversion, precision, (flags & Flags.Alternate) != 0, addDotZero: false);
        bool negative = double.IsNegative(value) && !double.IsNaN(value);
        string sign = negative ? "-" : (flags & Flags.Sign) != 0 ? "+" : (flags & Flags.Space) != 0 ? " " : "";
        return PadNumber(sign, "", magnitude, flags, width);
    }

    static string PadNumber(string sign, string prefix, string body, Flags flags, int width)
    {
        int length = sign.Length + prefix.Length + body.Length;
        if (width <= length) return sign + prefix + body;
        if ((flags & Flags.LeftAdjust) != 0) return sign + prefix + body + new string(' ', width - length);
        if ((flags & Flags.Zero) != 0) return sign + prefix + new string('0', width - length) + body;
        return new string(' ', width - length) + sign + prefix + body;
    }

    static string FormatChar(object? arg, Flags flags, int width)
    {
        string ch = arg switch
        {
            string s when FormatSpec.CodePointCount(s) == 1 => s,
            string => throw NumericError.Type("%c requires int or char"),
            bool or int or long or BigInteger => CharOf(ToInteger(arg, 'd')),
            _ => throw NumericError.Type("%c requires int or char"),
        };
        return PadText(ch, flags, width);
    }

    static string CharOf(BigInteger cp)
    {
        if (cp.Sign < 0 || cp > 0x10FFFF) throw NumericError.Overflow("%c arg not in range(0x110000)");
        return FormatSpec.CodePointString((int)cp);
    }

    static string Text(object? arg, char conversion, int precision)
    {
        string s = arg switch
        {
            string str => conversion == 's' ? str : PyRepr.String(str),
            null => "None",
            bool b => b ? "True" : "False",
            int n => n.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture),
            BigInteger big => IntegerText.ToDecimal(big),
            double d => PyRepr.Float(d),
            _ => throw new ArgumentException($"no Python str for {arg.GetType()}"),
        };
        if (conversion == 'a') s = AsciiEscaped(s);
        if (precision >= 0 && FormatSpec.CodePointCount(s) > precision)
        {
            int i = 0;
            for (int k = 0; k < precision && i < s.Length; k++)
                i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            s = s.Substring(0, i);
        }
        return s;
    }

    /// <summary>ascii(): repr with every non-ASCII code point escaped.</summary>
    static string AsciiEscaped(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(s[i], s[++i]);
            if (cp < 128) sb.Append((char)cp);
            else if (cp <= 0xFF) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp <= 0xFFFF) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    static string PadText(string s, Flags flags, int width)
    {
        int length = FormatSpec.CodePointCount(s);
        if (width <= length) return s;
        return (flags & Flags.LeftAdjust) != 0 ? s + new string(' ', width - length) : new string(' ', width - length) + s;
    }
}
