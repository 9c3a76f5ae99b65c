using System.Globalization;
using System.Numerics;
using System.Text;
using Krait.Runtime.Numerics;

namespace Krait.Runtime;

/// <summary>printf-style <c>str % args</c>.</summary>
public static class StrPercentFormat
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
                    if (v is PyStr cs) body = cs.Len() == 1 ? cs.Value : throw Ops.TypeError("%c requires int or char");
                    else if (Ops.IsIntLike(v) || v.Type.Lookup("__index__") != null)
                    {
                        var cp = Ops.ToBig(Ops.IsIntLike(v) ? v : Builtins.IntOf(v));
                        if (cp.Sign < 0 || cp > 0x10FFFF) throw Ops.OverflowError("%c arg not in range(0x110000)");
                        body = PyStr.FromCodePoint((int)cp);
                    }
                    else throw Ops.TypeError("%c requires int or char");
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
                    else throw Ops.TypeError($"%{type} format: {(type is 'o' or 'x' or 'X' ? "an integer" : "a real number")} is required, not {v.Type.TpName}");
                    if (n.Sign < 0) { sign = "-"; n = -n; }
                    else if (plus) sign = "+";
                    else if (space) sign = " ";
                    body = type switch
                    {
                        'o' => (alt ? "0o" : "") + IntegerText.ToPowerOfTwoBase(n, 8),
                        'x' => (alt ? "0x" : "") + IntegerText.ToPowerOfTwoBase(n, 16),
                        'X' => (alt ? "0X" : "") + IntegerText.ToPowerOfTwoBase(n, 16).ToUpperInvariant(),
                        _ => IntegerText.ToDecimal(n),
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
                    else throw Ops.TypeError($"must be real number, not {v.Type.TpName}");
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

/// <summary>format(value, spec): <c>__format__</c> of user classes, the numerics helper's format-spec
/// implementation for int, float and str.</summary>
public static class ValueFormat
{
    public static string Format(PyObject v, string spec)
    {
        if (v is PyInstance)
        {
            var m = v.Type.Lookup("__format__");
            if (m != null) return Ops.ExpectStr(m.Call2(v, new PyStr(spec)), "__format__");
            if (spec.Length == 0) return v.Str();
            throw Ops.TypeError($"unsupported format string passed to {v.Type.TpName}.__format__");
        }
        if (spec.Length == 0) return Ops.Str(v);
        try
        {
            switch (v)
            {
                case PyStr s: return Numerics.FormatSpec.FormatString(s.Value, spec);
                case PyInt i: return Numerics.FormatSpec.FormatInt(i.Value, spec);
                case PyBigInt bi: return Numerics.FormatSpec.FormatInt(bi.Value, spec);
                case PyBool b: return Numerics.FormatSpec.FormatInt(b.Value ? 1 : 0, spec);
                case PyFloat f: return Numerics.FormatSpec.FormatFloat(f.Value, spec);
                case PyComplex c: return ComplexMath.Format(c, spec);
            }
        }
        catch (Numerics.NumericError e) { throw Ops.FromNumeric(e); }
        throw Ops.TypeError($"unsupported format string passed to {v.Type.TpName}.__format__");
    }
}
