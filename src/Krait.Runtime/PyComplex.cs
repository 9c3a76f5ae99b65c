using System.Globalization;
using System.Text;
using Krait.Runtime.Numerics;

namespace Krait.Runtime;

/// <summary>complex: a pair of doubles with CPython's repr, hash, arithmetic (Smith's division, integer powers
/// by repeated squaring, others in polar form) and string parsing.</summary>
public sealed class PyComplex : PyObject
{
    public static readonly PyType ComplexType = MakeType();
    public readonly double Real, Imag;

    public PyComplex(double real, double imag) { Real = real; Imag = imag; }

    public override PyType Type => ComplexType;
    public override bool IsTrue() => Real != 0 || Imag != 0;
    public override long Hash() => NumericHash.Complex(Real, Imag);

    public override string Repr()
    {
        var sb = new StringBuilder(32);
        if (Real == 0 && !double.IsNegative(Real))
        {
            Krait.Syntax.Text.PyRepr.AppendImaginary(sb, Imag);
            return sb.ToString();
        }
        sb.Append('(');
        Krait.Syntax.Text.PyRepr.AppendFloat(sb, Real, addDotZero: false);
        var im = new StringBuilder(24);
        Krait.Syntax.Text.PyRepr.AppendImaginary(im, Imag);
        if (im[0] != '-') sb.Append('+');
        sb.Append(im);
        sb.Append(')');
        return sb.ToString();
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne)
        {
            if (other is PyComplex || other is PyFloat || Ops.IsIntLike(other)) return PyNotImplemented.Instance;
            return PyNotImplemented.Instance;
        }
        bool eq;
        if (other is PyComplex c) eq = Real == c.Real && Imag == c.Imag;
        else if (other is PyFloat f) eq = Imag == 0 && Real == f.Value;
        else if (Ops.IsIntLike(other)) eq = Imag == 0 && Ops.IsTrue(Ops.NumericCompare(new PyFloat(Real), other, CompareOp.Eq));
        else return PyNotImplemented.Instance;
        return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name == "real") { value = new PyFloat(Real); return true; }
        if (name == "imag") { value = new PyFloat(Imag); return true; }
        return base.TryGetAttr(name, out value);
    }

    private static PyType MakeType()
    {
        var t = new PyType("complex", new[] { PyType.ObjectType });
        static PyComplex C(PyObject o) => (PyComplex)o;
        void M(string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);
        M("conjugate", (self, a, k) => new PyComplex(C(self).Real, -C(self).Imag));
        M("__complex__", (self, a, k) => self);
        M("__abs__", (self, a, k) => new PyFloat(ComplexMath.Abs(C(self))));
        M("__neg__", (self, a, k) => new PyComplex(-C(self).Real, -C(self).Imag));
        M("__pos__", (self, a, k) => new PyComplex(C(self).Real, C(self).Imag));
        M("__getnewargs__", (self, a, k) => new PyTuple(new PyObject[] { new PyFloat(C(self).Real), new PyFloat(C(self).Imag) }));
        M("__format__", (self, a, k) =>
        {
            if (a.Length != 1 || a[0] is not PyStr spec) throw Ops.TypeError("__format__() argument must be str");
            return new PyStr(ComplexMath.Format(C(self), spec.Value));
        });
        t.Constructor = ComplexMath.Construct;
        return t;
    }
}

public static class ComplexMath
{
    public static double Abs(PyComplex c)
    {
        if (double.IsInfinity(c.Real) || double.IsInfinity(c.Imag)) return double.PositiveInfinity;
        if (double.IsNaN(c.Real) || double.IsNaN(c.Imag)) return double.NaN;
        double r = double.Hypot(c.Real, c.Imag);
        if (double.IsInfinity(r)) throw Ops.OverflowError("absolute value too large");
        return r;
    }

    /// <summary>An operand as (re, im), or false when it is not a number complex arithmetic accepts.</summary>
    public static bool TryParts(PyObject o, out double re, out double im)
    {
        im = 0;
        switch (o)
        {
            case PyComplex c: re = c.Real; im = c.Imag; return true;
            case PyFloat f: re = f.Value; return true;
            case PyInt i: re = i.Value; return true;
            case PyBool b: re = b.Value ? 1 : 0; return true;
            case PyBigInt: re = Ops.ToDouble(o); return true;
        }
        re = 0;
        return false;
    }

    public static PyObject? Binary(BinOp op, PyObject a, PyObject b)
    {
        if (!TryParts(a, out double ar, out double ai) || !TryParts(b, out double br, out double bi)) return null;
        switch (op)
        {
            case BinOp.Add: return new PyComplex(ar + br, ai + bi);
            case BinOp.Sub: return new PyComplex(ar - br, ai - bi);
            case BinOp.Mul: return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
            case BinOp.TrueDiv:
                if (br == 0 && bi == 0) throw Ops.ZeroDivision("complex division by zero");
                Quot(ar, ai, br, bi, out double qr, out double qi);
                return new PyComplex(qr, qi);
            case BinOp.Pow: return Pow(ar, ai, br, bi);
        }
        return null;
    }

    /// <summary>Smith's algorithm (as CPython's complex division), avoiding overflow in the denominator.</summary>
    private static void Quot(double ar, double ai, double br, double bi, out double rr, out double ri)
    {
        double absR = Math.Abs(br), absI = Math.Abs(bi);
        if (absR >= absI)
        {
            if (absR == 0) { rr = ri = 0; return; }
            double ratio = bi / br, denom = br + bi * ratio;
            rr = (ar + ai * ratio) / denom;
            ri = (ai - ar * ratio) / denom;
        }
        else if (absI >= absR)
        {
            double ratio = br / bi, denom = br * ratio + bi;
            rr = (ar * ratio + ai) / denom;
            ri = (ai * ratio - ar) / denom;
        }
        else { rr = ri = double.NaN; }
    }

    private static PyObject Pow(double ar, double ai, double br, double bi)
    {
        double rr, ri;
        if (br == 0 && bi == 0) { rr = 1; ri = 0; }
        else if (ar == 0 && ai == 0)
        {
            if (bi != 0 || br < 0) throw Ops.ZeroDivision("0.0 to a negative or complex power");
            rr = ri = 0;
        }
        else if (bi == 0 && br == Math.Floor(br) && Math.Abs(br) <= 100)
        {
            long n = (long)br;
            if (n > 0) PowU(ar, ai, n, out rr, out ri);
            else
            {
                PowU(ar, ai, -n, out double pr, out double pi);
                Quot(1, 0, pr, pi, out rr, out ri);
            }
        }
        else
        {
            double vabs = double.Hypot(ar, ai);
            double len = Math.Pow(vabs, br);
            double at = Math.Atan2(ai, ar);
            double phase = at * br;
            if (bi != 0)
            {
                len /= Math.Exp(at * bi);
                phase += bi * Math.Log(vabs);
            }
            // cos/sin of an infinite angle is a domain error, which CPython reports as this ZeroDivisionError.
            if (double.IsInfinity(phase)) throw Ops.ZeroDivision("0.0 to a negative or complex power");
            rr = len * Math.Cos(phase);
            ri = len * Math.Sin(phase);
        }
        // Any infinite part counts as a range error (CPython's _Py_ADJUST_ERANGE2), whatever the operands were.
        if (double.IsInfinity(rr) || double.IsInfinity(ri)) throw Ops.OverflowError("complex exponentiation");
        return new PyComplex(rr, ri);
    }

    private static void PowU(double xr, double xi, long n, out double rr, out double ri)
    {
        rr = 1; ri = 0;
        double pr = xr, pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0) { double t = rr * pr - ri * pi; ri = rr * pi + ri * pr; rr = t; }
            mask <<= 1;
            double u = pr * pr - pi * pi; pi = 2 * pr * pi; pr = u;
        }
    }

    // ---- construction ----
    public static PyObject Construct(PyObject[] a, string[]? k)
    {
        int np = a.Length - (k?.Length ?? 0);
        if (np > 2) throw Ops.TypeError($"complex() takes at most 2 arguments ({a.Length} given)");
        PyObject? re = np > 0 ? a[0] : null, im = np > 1 ? a[1] : null;
        if (k != null)
            for (int i = 0; i < k.Length; i++)
            {
                if (k[i] == "real") re = a[np + i];
                else if (k[i] == "imag") im = a[np + i];
                else throw Ops.TypeError($"complex() got an unexpected keyword argument '{k[i]}'");
            }
        if (re == null) return new PyComplex(0, im == null ? 0 : Part(im, "second", out double i0, out _) ? i0 : 0);
        if (re is PyStr s)
        {
            if (im != null) throw Ops.TypeError("complex() can't take second arg if first is a string");
            return Parse(s.Value);
        }
        if (im is PyStr) throw Ops.TypeError("complex() second arg can't be a string");
        if (re is PyComplex c && im == null) return c;
        // As CPython: only a complex part contributes its cross term, so complex(0, -0.0) keeps the sign.
        Part(re, "first", out double rr, out double ri);
        double ir = 0, ii = 0;
        if (im != null) Part(im, "second", out ir, out ii);
        double real = im is PyComplex ? rr - ii : rr;
        double imag = re is PyComplex || (re is PyInstance && re.Type.Lookup("__complex__") != null)
            ? (im != null ? ir + ri : ri) : ir;
        return new PyComplex(real, imag);
    }

    private static bool Part(PyObject o, string which, out double re, out double im)
    {
        if (TryParts(o, out re, out im)) return true;
        if (o is PyInstance)
        {
            var m = o.Type.Lookup("__complex__");
            if (m != null)
            {
                var r = m.Call1(o);
                if (r is not PyComplex c) throw Ops.TypeError($"__complex__ returned non-complex (type {r.Type.TpName})");
                re = c.Real; im = c.Imag;
                return true;
            }
            if (o.Type.Lookup("__float__") != null || o.Type.Lookup("__index__") != null)
            {
                re = Ops.ToDouble(PyType.FloatType.Call1(o));
                im = 0;
                return true;
            }
        }
        throw Ops.TypeError(which == "first"
            ? $"complex() first argument must be a string or a number, not '{o.Type.TpName}'"
            : $"complex() second argument must be a number, not '{o.Type.TpName}'");
    }

    public static PyComplex Parse(string text)
    {
        for (int u = 0; u < text.Length; u++)
            if (text[u] == '_' && (u == 0 || u + 1 >= text.Length || !char.IsAsciiDigit(text[u - 1]) || !char.IsAsciiDigit(text[u + 1])))
                throw Ops.ValueError("could not convert string to complex: " + Krait.Syntax.Text.PyRepr.String(text));
        var s = text.Trim(' ', '\t', '\n', '\r', '\v', '\f');
        if (s.StartsWith('(') && s.EndsWith(')') && s.Length >= 2) s = s[1..^1].Trim(' ', '\t', '\n', '\r', '\v', '\f');
        if (s.Length == 0) throw Malformed();
        int pos = 0;
        if (!ReadFloat(s, ref pos, out double first, out bool firstBare)) throw Malformed();
        if (pos == s.Length)
        {
            if (firstBare) throw Malformed();
            return new PyComplex(first, 0);
        }
        if (s[pos] == 'j' || s[pos] == 'J')
        {
            if (pos + 1 != s.Length) throw Malformed();
            return new PyComplex(0, first);
        }
        if (firstBare) throw Malformed();
        if (s[pos] != '+' && s[pos] != '-') throw Malformed();
        if (!ReadFloat(s, ref pos, out double second, out _)) throw Malformed();
        if (pos + 1 != s.Length || (s[pos] != 'j' && s[pos] != 'J')) throw Malformed();
        return new PyComplex(first, second);
    }

    private static PythonException Malformed() => Ops.ValueError("complex() arg is a malformed string");

    /// <summary>A signed float at <paramref name="pos"/>; a bare sign (as in "-j") reads as ±1 with <paramref name="bare"/> set.</summary>
    private static bool ReadFloat(string s, ref int pos, out double v, out bool bare)
    {
        bare = false;
        int start = pos;
        if (pos < s.Length && (s[pos] == '+' || s[pos] == '-')) pos++;
        int body = pos;
        if (pos + 3 <= s.Length && string.Compare(s, pos, "inf", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
        {
            pos += 3;
            if (pos + 5 <= s.Length && string.Compare(s, pos, "inity", 0, 5, StringComparison.OrdinalIgnoreCase) == 0) pos += 5;
            v = s[start] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (pos + 3 <= s.Length && string.Compare(s, pos, "nan", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
        {
            pos += 3;
            v = double.NaN;
            return true;
        }
        bool digits = false;
        while (pos < s.Length && (char.IsAsciiDigit(s[pos]) || (s[pos] == '_' && digits))) { digits = true; pos++; }
        if (pos < s.Length && s[pos] == '.')
        {
            pos++;
            while (pos < s.Length && char.IsAsciiDigit(s[pos])) { digits = true; pos++; }
        }
        if (!digits)
        {
            if (pos == body && pos < s.Length && (s[pos] == 'j' || s[pos] == 'J'))
            {
                v = start < body && s[start] == '-' ? -1 : 1;
                bare = true;
                // A bare "j" is only valid as the imaginary unit; callers check what follows.
                bare = false;
                return true;
            }
            v = 0;
            return false;
        }
        if (pos < s.Length && (s[pos] == 'e' || s[pos] == 'E'))
        {
            int save = pos;
            pos++;
            if (pos < s.Length && (s[pos] == '+' || s[pos] == '-')) pos++;
            if (pos < s.Length && char.IsAsciiDigit(s[pos])) while (pos < s.Length && char.IsAsciiDigit(s[pos])) pos++;
            else pos = save;
        }
        var text = s[start..pos].Replace("_", "");
        if (s[start..pos].Contains("__") || s[start..pos].EndsWith('_')) { v = 0; return false; }
        v = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    // ---- format() ----
    public static string Format(PyComplex c, string spec)
    {
        if (spec.Length == 0) return c.Repr();
        var fs = FormatSpec.Parse(spec, "complex", '>');
        if (spec.Contains('0') && IsZeroPadded(spec)) throw Ops.ValueError("Zero padding is not allowed in complex format specifier");
        if (fs.Align == '=') throw Ops.ValueError("'=' alignment flag is not allowed in complex format specifier");
        char type = fs.Type;
        bool parens = false, skipRe = false;
        if (type == '\0')
        {
            parens = true;
            skipRe = c.Real == 0 && !double.IsNegative(c.Real);
        }
        else if ("eEfFgGn%".IndexOf(type) < 0)
            throw Ops.ValueError($"Unknown format code '{type}' for object of type 'complex'");
        if (type == '%') throw Ops.ValueError("Unknown format code '%' for object of type 'complex'");
        var inner = new StringBuilder();
        if (fs.Sign != '\0' && fs.Sign != '-') inner.Append(fs.Sign);
        if (fs.Alternate) inner.Append('#');
        if (fs.Grouping != '\0') inner.Append(fs.Grouping);
        if (fs.Precision >= 0) inner.Append('.').Append(fs.Precision);
        string reSpec = inner.ToString();
        string imSpecBase = reSpec.Length > 0 && (reSpec[0] == '+' || reSpec[0] == ' ') ? reSpec[1..] : reSpec;
        string Part(double v, string sp)
        {
            if (type == '\0' && fs.Precision < 0)
            {
                var sb = new StringBuilder();
                bool negative = v < 0 || (v == 0 && double.IsNegative(v));
                if (sp.StartsWith('+') && !negative) sb.Append('+');
                else if (sp.StartsWith(' ') && !negative) sb.Append(' ');
                int digitsAt = sb.Length + (negative ? 1 : 0);
                Krait.Syntax.Text.PyRepr.AppendFloat(sb, v, addDotZero: false);
                if (fs.Grouping != '\0') GroupIntegerDigits(sb, digitsAt, fs.Grouping);
                return sb.ToString();
            }
            return FormatSpec.FormatFloat(v, sp + (type == '\0' ? "g" : type == 'n' ? "g" : type.ToString()));
        }
        string re = skipRe ? "" : Part(c.Real, reSpec);
        string im = Part(c.Imag, skipRe ? reSpec : "+" + imSpecBase);
        string body = (parens && !skipRe ? "(" : "") + re + im + "j" + (parens && !skipRe ? ")" : "");
        if (fs.Width > body.Length)
        {
            int pad = fs.Width - body.Length;
            char align = fs.Align == '\0' ? '>' : fs.Align;
            string fill = fs.Fill ?? " ";
            string Rep(int n) { var sb = new StringBuilder(); for (int i = 0; i < n; i++) sb.Append(fill); return sb.ToString(); }
            body = align switch
            {
                '<' => body + Rep(pad),
                '^' => Rep(pad / 2) + body + Rep(pad - pad / 2),
                _ => Rep(pad) + body,
            };
        }
        return body;
    }

    /// <summary>Separates the integer digits of the repr-style number starting at <paramref name="from"/> in threes
    /// (CPython groups the shortest-repr parts of a complex when the spec has ',' or '_' but no type).</summary>
    private static void GroupIntegerDigits(StringBuilder sb, int from, char separator)
    {
        int end = from;
        while (end < sb.Length && char.IsAsciiDigit(sb[end])) end++;
        for (int at = end - 3; at > from; at -= 3) sb.Insert(at, separator);
    }

    private static bool IsZeroPadded(string spec)
    {
        // The '0' flag: a '0' right before the width digits, not part of the fill/align or precision.
        int i = 0;
        if (spec.Length >= 2 && "<>=^".IndexOf(spec[1]) >= 0) i = 2;
        else if (spec.Length >= 1 && "<>=^".IndexOf(spec[0]) >= 0) i = 1;
        if (i < spec.Length && "+- ".IndexOf(spec[i]) >= 0) i++;
        if (i < spec.Length && spec[i] == 'z') i++;
        if (i < spec.Length && spec[i] == '#') i++;
        return i < spec.Length && spec[i] == '0';
    }
}
