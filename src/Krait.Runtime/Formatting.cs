using System.Globalization;
using System.Numerics;
using System.Text;
using Krait.Runtime.Numerics;

namespace Krait.Runtime;

/// <summary>printf-style <c>str % args</c>.</summary>
public static class PercentFormat
{
    public static string Format(string fmt, PyObject args)
    {
        PyObject[] items;
        PyObject? mapping = null;
        if (args is PyTuple t) items = t.Items;
        else
        {
            items = new[] { args };
            if (args is PyDict) mapping = args;
        }
        int argi = 0;
        var sb = new StringBuilder(fmt.Length + 16);
        int i = 0;
        while (i < fmt.Length)
        {
            char ch = fmt[i++];
            if (ch != '%') { sb.Append(ch); continue; }
            if (i >= fmt.Length) throw Ops.ValueError("incomplete format");
            PyObject? keyed = null;
            if (fmt[i] == '(')
            {
                int close = fmt.IndexOf(')', i);
                if (close < 0) throw Ops.ValueError("incomplete format key");
                if (mapping == null) throw Ops.TypeError("format requires a mapping");
                keyed = mapping.GetItem(new PyStr(fmt.Substring(i + 1, close - i - 1)));
                i = close + 1;
            }
            bool left = false, plus = false, space = false, alt = false, zero = false;
            for (; i < fmt.Length; i++)
            {
                char f = fmt[i];
                if (f == '-') left = true;
                else if (f == '+') plus = true;
                else if (f == ' ') space = true;
                else if (f == '#') alt = true;
                else if (f == '0') zero = true;
                else break;
            }
            int width = -1, prec = -1;
            if (i < fmt.Length && fmt[i] == '*') { width = (int)Ops.Index(Next()); i++; }
            else while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) width = Math.Max(width, 0) * 10 + (fmt[i++] - '0');
            if (i < fmt.Length && fmt[i] == '.')
            {
                i++;
                prec = 0;
                if (i < fmt.Length && fmt[i] == '*') { prec = (int)Ops.Index(Next()); i++; }
                else while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) prec = prec * 10 + (fmt[i++] - '0');
            }
            while (i < fmt.Length && (fmt[i] == 'l' || fmt[i] == 'h' || fmt[i] == 'L')) i++;
            if (i >= fmt.Length) throw Ops.ValueError("incomplete format");
            char type = fmt[i++];
            if (type == '%') { sb.Append('%'); continue; }
            var v = keyed ?? Next();
            string body;
            string sign = "";
            switch (type)
            {
                case 's': body = Ops.Str(v); if (prec >= 0 && body.Length > prec) body = body[..prec]; zero = false; break;
                case 'r': body = Ops.Repr(v); if (prec >= 0 && body.Length > prec) body = body[..prec]; zero = false; break;
                case 'a': body = Builtins.Ascii(Ops.Repr(v)); zero = false; break;
                case 'c':
                    zero = false;
                    if (v is PyStr cs && cs.Len() == 1) body = cs.Value;
                    else body = PyStr.FromCodePoint((int)Ops.Index(v));
                    break;
                case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
                {
                    BigInteger n;
                    if (Ops.IsIntLike(v)) n = Ops.ToBig(v);
                    else if (v is PyFloat fv)
                    {
                        if (type is 'o' or 'x' or 'X') throw Ops.TypeError($"%{type} format: an integer is required, not float");
                        n = FloatMath.Truncate(fv.Value);
                    }
                    else if (v.Type.Lookup("__index__") != null || v.Type.Lookup("__int__") != null) n = Ops.ToBig(Builtins.IntOf(v));
                    else throw Ops.TypeError($"%{type} format: {(type is 'o' or 'x' or 'X' ? "an integer" : "a real number")} is required, not {v.Type.Name}");
                    if (n.Sign < 0) { sign = "-"; n = -n; }
                    else if (plus) sign = "+";
                    else if (space) sign = " ";
                    body = type switch
                    {
                        'o' => (alt ? "0o" : "") + IntegerText.ToPowerOfTwoBase(n, 8),
                        'x' => (alt ? "0x" : "") + IntegerText.ToPowerOfTwoBase(n, 16),
                        'X' => (alt ? "0X" : "") + IntegerText.ToPowerOfTwoBase(n, 16).ToUpperInvariant(),
                        _ => n.ToString(CultureInfo.InvariantCulture),
                    };
                    if (prec > 0 && body.Length < prec) body = new string('0', prec - body.Length) + body;
                    break;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                {
                    double d;
                    if (v is PyFloat f) d = f.Value;
                    else if (Ops.IsIntLike(v)) d = Ops.ToDouble(v);
                    else if (v.Type.Lookup("__float__") != null) d = Ops.ToDouble(v);
                    else throw Ops.TypeError($"must be real number, not {v.Type.Name}");
                    if (prec < 0) prec = 6;
                    string s = FloatFormatting.Format(d, type, prec, alt);
                    if (s.StartsWith('-')) { sign = "-"; s = s[1..]; }
                    else if (plus) sign = "+";
                    else if (space) sign = " ";
                    body = s;
                    if (!double.IsFinite(d)) zero = false;
                    break;
                }
                default:
                    throw Ops.ValueError($"unsupported format character '{type}' (0x{(int)type:x}) at index {i - 1}");
            }
            int len = sign.Length + body.Length;
            if (width > len)
            {
                if (left) sb.Append(sign).Append(body).Append(' ', width - len);
                else if (zero) sb.Append(sign).Append('0', width - len).Append(body);
                else sb.Append(' ', width - len).Append(sign).Append(body);
            }
            else sb.Append(sign).Append(body);
        }
        if (mapping == null && argi < items.Length)
            throw Ops.TypeError("not all arguments converted during string formatting");
        return sb.ToString();

        PyObject Next()
        {
            if (argi >= items.Length) throw Ops.TypeError("not enough arguments for format string");
            return items[argi++];
        }
    }
}

/// <summary>format(value, spec): the format-spec mini-language for int, float and str.</summary>
public static class FormatSpec
{
    public static string Format(PyObject v, string spec)
    {
        if (v is PyInstance)
        {
            var m = v.Type.Lookup("__format__");
            if (m != null) return Ops.ExpectStr(m.Call2(v, new PyStr(spec)), "__format__");
            if (spec.Length == 0) return v.Str();
            throw Ops.TypeError($"unsupported format string passed to {v.Type.Name}.__format__");
        }
        if (spec.Length == 0) return Ops.Str(v);
        char fill = ' ', align = '\0', sign = '-';
        bool alt = false, zero = false;
        int width = -1, prec = -1;
        char grouping = '\0', type = '\0';
        int i = 0;
        if (spec.Length >= 2 && spec[1] is '<' or '>' or '^' or '=') { fill = spec[0]; align = spec[1]; i = 2; }
        else if (spec[0] is '<' or '>' or '^' or '=') { align = spec[0]; i = 1; }
        if (i < spec.Length && spec[i] is '+' or '-' or ' ') sign = spec[i++];
        if (i < spec.Length && spec[i] == 'z') i++;
        if (i < spec.Length && spec[i] == '#') { alt = true; i++; }
        if (i < spec.Length && spec[i] == '0') { zero = true; i++; }
        while (i < spec.Length && char.IsAsciiDigit(spec[i])) width = Math.Max(width, 0) * 10 + (spec[i++] - '0');
        if (i < spec.Length && spec[i] is ',' or '_') grouping = spec[i++];
        if (i < spec.Length && spec[i] == '.')
        {
            i++;
            prec = 0;
            while (i < spec.Length && char.IsAsciiDigit(spec[i])) prec = prec * 10 + (spec[i++] - '0');
        }
        if (i < spec.Length) type = spec[i++];
        if (i < spec.Length) throw Ops.ValueError("Invalid format specifier");
        if (zero && align == '\0') { fill = '0'; align = '='; }

        string body, signStr = "";
        if (v is PyStr s)
        {
            if (type != '\0' && type != 's') throw Ops.ValueError($"Unknown format code '{type}' for object of type 'str'");
            body = prec >= 0 && s.Value.Length > prec ? s.Value[..prec] : s.Value;
            if (align == '\0') align = '<';
        }
        else if (Ops.IsIntLike(v) && type is not ('e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%'))
        {
            var n = Ops.ToBig(v);
            if (n.Sign < 0) { signStr = "-"; n = -n; }
            else if (sign == '+') signStr = "+";
            else if (sign == ' ') signStr = " ";
            body = type switch
            {
                'x' => (alt ? "0x" : "") + IntegerText.ToPowerOfTwoBase(n, 16),
                'X' => (alt ? "0X" : "") + IntegerText.ToPowerOfTwoBase(n, 16).ToUpperInvariant(),
                'o' => (alt ? "0o" : "") + IntegerText.ToPowerOfTwoBase(n, 8),
                'b' => (alt ? "0b" : "") + IntegerText.ToPowerOfTwoBase(n, 2),
                'c' => PyStr.FromCodePoint((int)n),
                'd' or 'n' or '\0' => n.ToString(CultureInfo.InvariantCulture),
                _ => throw Ops.ValueError($"Unknown format code '{type}' for object of type 'int'"),
            };
            if (grouping != '\0') body = Group(body, grouping);
            if (align == '\0') align = '>';
        }
        else if (v is PyFloat || Ops.IsIntLike(v))
        {
            double d = Ops.ToDouble(v);
            bool percent = type == '%';
            if (percent) { d *= 100; type = 'f'; }
            string s2;
            if (type == '\0')
            {
                if (prec < 0) s2 = Krait.Syntax.Text.PyRepr.Float(d);
                else
                {
                    s2 = FloatFormatting.Format(d, 'g', prec == 0 ? 1 : prec, alt);
                    if (!s2.Contains('.') && !s2.Contains('e') && double.IsFinite(d)) s2 += ".0";
                }
            }
            else
            {
                if (type is not ('e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n'))
                    throw Ops.ValueError($"Unknown format code '{type}' for object of type 'float'");
                s2 = FloatFormatting.Format(d, type == 'n' ? 'g' : type, prec < 0 ? 6 : prec, alt);
            }
            if (s2.StartsWith('-')) { signStr = "-"; s2 = s2[1..]; }
            else if (sign == '+') signStr = "+";
            else if (sign == ' ') signStr = " ";
            if (grouping != '\0')
            {
                int dot = s2.IndexOfAny(new[] { '.', 'e', 'E' });
                s2 = dot < 0 ? Group(s2, grouping) : Group(s2[..dot], grouping) + s2[dot..];
            }
            body = percent ? s2 + "%" : s2;
            if (align == '\0') align = '>';
        }
        else
        {
            if (spec.Length > 0) throw Ops.TypeError($"unsupported format string passed to {v.Type.Name}.__format__");
            return Ops.Str(v);
        }
        int len = signStr.Length + body.Length;
        if (width <= len) return signStr + body;
        int pad = width - len;
        return align switch
        {
            '<' => signStr + body + new string(fill, pad),
            '^' => new string(fill, pad / 2) + signStr + body + new string(fill, pad - pad / 2),
            '=' => signStr + new string(fill, pad) + body,
            _ => new string(fill, pad) + signStr + body,
        };
    }

    private static string Group(string digits, char sep)
    {
        var sb = new StringBuilder();
        int n = digits.Length;
        for (int i = 0; i < n; i++)
        {
            if (i > 0 && (n - i) % 3 == 0) sb.Append(sep);
            sb.Append(digits[i]);
        }
        return sb.ToString();
    }
}

public static class SetOps
{
    public static PySet Union(PySet a, PySet b)
    {
        var r = new PySet(a.Frozen);
        foreach (var v in Ops.ToArray(a)) r.Add(v);
        foreach (var v in Ops.ToArray(b)) r.Add(v);
        return r;
    }

    public static PySet Intersection(PySet a, PySet b)
    {
        var r = new PySet(a.Frozen);
        foreach (var v in Ops.ToArray(a)) if (b.Contains(v)) r.Add(v);
        return r;
    }

    public static PySet Difference(PySet a, PySet b)
    {
        var r = new PySet(a.Frozen);
        foreach (var v in Ops.ToArray(a)) if (!b.Contains(v)) r.Add(v);
        return r;
    }

    public static PySet SymmetricDifference(PySet a, PySet b)
    {
        var r = new PySet(a.Frozen);
        foreach (var v in Ops.ToArray(a)) if (!b.Contains(v)) r.Add(v);
        foreach (var v in Ops.ToArray(b)) if (!a.Contains(v)) r.Add(v);
        return r;
    }
}
