using System.Numerics;
using System.Runtime.InteropServices;
using Krait.Runtime;
using Krait.Runtime.Numerics;
using static Krait.Modules.NumArgs;

namespace Krait.Modules;

/// <summary>The math module: CPython 3.11's functions with its special cases and errors. Elementary functions
/// come from the platform libm, as in CPython, so results agree bit for bit; gamma/lgamma use CPython's Lanczos
/// approximation, fsum Shewchuk's exact partials, hypot/dist the compensated vector norm.</summary>
public static class MathModule
{
    private static class LibM
    {
        [DllImport("libm.so.6")] public static extern double erf(double x);
        [DllImport("libm.so.6")] public static extern double erfc(double x);
        [DllImport("libm.so.6")] public static extern double expm1(double x);
        [DllImport("libm.so.6")] public static extern double log1p(double x);
        [DllImport("libm.so.6")] public static extern double exp2(double x);
        [DllImport("libm.so.6")] public static extern double cbrt(double x);
    }

    private static PythonException Domain() => Ops.ValueError("math domain error");
    private static PythonException Range() => Ops.OverflowError("math range error");

    public static PyModule Create()
    {
        var m = new PyModule("math", Builtins.Module);
        m.Set("__name__", new PyStr("math"));
        m.Set("pi", new PyFloat(Math.PI));
        m.Set("e", new PyFloat(Math.E));
        m.Set("tau", new PyFloat(Math.Tau));
        m.Set("inf", new PyFloat(double.PositiveInfinity));
        m.Set("nan", new PyFloat(FloatMath.PositiveNaN));

        // (name, function, can_overflow) as CPython's math_1: a NaN from a non-NaN is a domain error, an
        // infinity from a finite argument a range error when the function can overflow, else a domain error.
        Fn1(m, "acos", Math.Acos, false);
        Fn1(m, "acosh", Math.Acosh, false);
        Fn1(m, "asin", Math.Asin, false);
        Fn1(m, "asinh", Math.Asinh, false);
        Fn1(m, "atan", Math.Atan, false);
        Fn1(m, "atanh", Math.Atanh, false);
        Fn1(m, "cbrt", LibM.cbrt, false);
        Fn1(m, "cos", Math.Cos, false);
        Fn1(m, "cosh", Math.Cosh, true);
        Fn1(m, "exp", Math.Exp, true);
        Fn1(m, "exp2", LibM.exp2, true);
        Fn1(m, "expm1", LibM.expm1, true);
        Fn1(m, "fabs", Math.Abs, false);
        Fn1(m, "log1p", x => x == 0 ? x : LibM.log1p(x), false);
        Fn1(m, "sin", Math.Sin, false);
        Fn1(m, "sinh", Math.Sinh, true);
        Fn1(m, "sqrt", Math.Sqrt, false);
        Fn1(m, "tan", Math.Tan, false);
        Fn1(m, "tanh", Math.Tanh, false);
        if (m.TryGetAttr("sqrt", out var sqrt)) FusedArithmetic.SqrtFunction = sqrt;
        if (m.TryGetAttr("sin", out var sin)) FusedArithmetic.SinFunction = sin;
        if (m.TryGetAttr("cos", out var cos)) FusedArithmetic.CosFunction = cos;
        Fn1Errno(m, "erf", x => { double r = LibM.erf(x); return (r, 0); });
        Fn1Errno(m, "erfc", x => { double r = LibM.erfc(x); return (r, 0); });
        Fn1Errno(m, "gamma", Gamma);
        Fn1Errno(m, "lgamma", LogGamma);
        Fn1(m, "degrees", x => x * (180.0 / Math.PI), false);
        Fn1(m, "radians", x => x * (Math.PI / 180.0), false);

        Def(m, "log", (a, k) =>
        {
            if (k != null) throw Ops.TypeError("math.log() takes no keyword arguments");
            if (a.Length < 1 || a.Length > 2) throw Ops.TypeError("math.log requires 1 to 2 arguments");
            double num = LogOf(a[0], Math.Log);
            if (a.Length == 1) return new PyFloat(num);
            double den = LogOf(a[1], Math.Log);
            if (den == 0) throw Ops.ZeroDivision("float division by zero");
            return new PyFloat(num / den);
        }, x => new PyFloat(LogOf(x, Math.Log)));
        Def(m, "log2", (a, k) => { One("math.log2", a, k); return new PyFloat(LogOf(a[0], Math.Log2)); }, x => new PyFloat(LogOf(x, Math.Log2)));
        Def(m, "log10", (a, k) => { One("math.log10", a, k); return new PyFloat(LogOf(a[0], Math.Log10)); }, x => new PyFloat(LogOf(x, Math.Log10)));

        Fn2(m, "atan2", (x, y) => Math.Atan2(x, y));
        Fn2(m, "copysign", Math.CopySign);
        Fn2(m, "fmod", (x, y) =>
        {
            if (double.IsInfinity(y) && double.IsFinite(x)) return x;
            double r = x % y;
            if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw Domain();
            return r;
        });
        Fn2(m, "remainder", Remainder);
        Fn2(m, "pow", Pow);
        Fn2(m, "nextafter", NextAfter);

        Def(m, "ulp", (a, k) => { One("math.ulp", a, k); return new PyFloat(Ulp(Float(a[0]))); });
        Def(m, "isnan", (a, k) => { One("math.isnan", a, k); return Ops.Box(double.IsNaN(Float(a[0]))); });
        Def(m, "isinf", (a, k) => { One("math.isinf", a, k); return Ops.Box(double.IsInfinity(Float(a[0]))); });
        Def(m, "isfinite", (a, k) => { One("math.isfinite", a, k); return Ops.Box(double.IsFinite(Float(a[0]))); });
        Def(m, "floor", (a, k) => { One("math.floor", a, k); return Floor(a[0]); }, Floor);
        Def(m, "ceil", (a, k) => { One("math.ceil", a, k); return Ceil(a[0]); }, Ceil);
        Def(m, "trunc", (a, k) => { One("math.trunc", a, k); return Trunc(a[0]); }, Trunc);
        Def(m, "frexp", (a, k) =>
        {
            One("math.frexp", a, k);
            double mant = Frexp(Float(a[0]), out int e);
            return new PyTuple(new PyObject[] { new PyFloat(mant), PyInt.Get(e) });
        });
        Def(m, "ldexp", (a, k) => { Positional("ldexp", a, k, 2, 2); return new PyFloat(Ldexp(Float(a[0]), a[1])); });
        Def(m, "modf", (a, k) =>
        {
            One("math.modf", a, k);
            double x = Float(a[0]);
            double ip, fp;
            if (double.IsInfinity(x)) { ip = x; fp = Math.CopySign(0.0, x); }
            else if (double.IsNaN(x)) { ip = fp = x; }
            else { ip = Math.Truncate(x); fp = Math.CopySign(x - ip, x); }
            return new PyTuple(new PyObject[] { new PyFloat(fp), new PyFloat(ip) });
        });
        Def(m, "isclose", IsClose);
        Def(m, "fsum", (a, k) => { One("math.fsum", a, k); return new PyFloat(FSum(a[0])); });
        Def(m, "hypot", (a, k) =>
        {
            if (k != null) throw Ops.TypeError("math.hypot() takes no keyword arguments");
            var v = new double[a.Length];
            for (int i = 0; i < a.Length; i++) v[i] = Float(a[i]);
            return new PyFloat(VectorNorm(v));
        });
        Def(m, "dist", (a, k) =>
        {
            Positional("dist", a, k, 2, 2);
            var p = SequenceItems(a[0], "dist", 1);
            var q = SequenceItems(a[1], "dist", 2);
            if (p.Length != q.Length) throw Ops.ValueError("both points must have the same number of dimensions");
            var v = new double[p.Length];
            for (int i = 0; i < v.Length; i++) v[i] = Float(p[i]) - Float(q[i]);
            return new PyFloat(VectorNorm(v));
        });
        Def(m, "prod", (a, k) =>
        {
            int npos = a.Length - (k?.Length ?? 0);
            if (npos != 1) throw Ops.TypeError($"prod() takes exactly 1 positional argument ({npos} given)");
            var b = Bind("prod", a, k, new[] { "iterable", "start" }, 1, 1);
            PyObject acc = b[1] ?? PyInt.Get(1);
            var it = b[0]!.Iter();
            while (it.TryNext(out var x)) acc = Ops.Mul(acc, x);
            return acc;
        });

        Def(m, "factorial", (a, k) => { One("math.factorial", a, k); return Factorial(a[0]); });
        Def(m, "isqrt", (a, k) =>
        {
            One("math.isqrt", a, k);
            var n = BigIndex(a[0]);
            if (n.Sign < 0) throw Ops.ValueError("isqrt() argument must be nonnegative");
            return PyInt.From(ISqrt(n));
        });
        Def(m, "gcd", (a, k) =>
        {
            if (k != null) throw Ops.TypeError("math.gcd() takes no keyword arguments");
            BigInteger g = 0;
            for (int i = 0; i < a.Length; i++) g = BigInteger.GreatestCommonDivisor(g, BigIndex(a[i]));
            return PyInt.From(g);
        });
        Def(m, "lcm", (a, k) =>
        {
            if (k != null) throw Ops.TypeError("math.lcm() takes no keyword arguments");
            BigInteger l = 1;
            for (int i = 0; i < a.Length; i++)
            {
                var x = BigIndex(a[i]);
                if (l.IsZero || x.IsZero) { l = 0; continue; }
                l = BigInteger.Abs(l / BigInteger.GreatestCommonDivisor(l, x) * x);
            }
            return PyInt.From(l);
        });
        Def(m, "comb", (a, k) =>
        {
            Positional("comb", a, k, 2, 2);
            var n = BigIndex(a[0]);
            var r = BigIndex(a[1]);
            if (n.Sign < 0) throw Ops.ValueError("n must be a non-negative integer");
            if (r.Sign < 0) throw Ops.ValueError("k must be a non-negative integer");
            if (r > n) return PyInt.Get(0);
            var kk = BigInteger.Min(r, n - r);
            if (kk > long.MaxValue) throw Ops.OverflowError($"min(n - k, k) must not exceed {long.MaxValue}");
            return PyInt.From(Comb(n, (long)kk));
        });
        Def(m, "perm", (a, k) =>
        {
            Positional("perm", a, k, 1, 2);
            if (a.Length == 1 || a[1] == PyNone.Instance) return Factorial(a[0]);
            var n = BigIndex(a[0]);
            var r = BigIndex(a[1]);
            if (n.Sign < 0) throw Ops.ValueError("n must be a non-negative integer");
            if (r.Sign < 0) throw Ops.ValueError("k must be a non-negative integer");
            if (r > n) return PyInt.Get(0);
            if (r > long.MaxValue) throw Ops.OverflowError($"k must not exceed {long.MaxValue}");
            return PyInt.From(FallingProduct(n, (long)r));
        });
        return m;
    }

    private static void Fn1(PyModule m, string name, Func<double, double> f, bool canOverflow)
    {
        string qual = "math." + name;
        PyObject Apply(PyObject o)
        {
            double x = o is PyFloat fl ? fl.Value : Ops.ToDouble(o);
            double r = f(x);
            if (double.IsNaN(r) && !double.IsNaN(x)) throw Domain();
            if (double.IsInfinity(r) && double.IsFinite(x)) throw canOverflow ? Range() : Domain();
            return new PyFloat(r);
        }
        Def(m, name, (a, k) => { One(qual, a, k); return Apply(a[0]); }, Apply);
    }

    /// <summary>A function that reports its own errno (CPython's math_1a): 1 = domain, 2 = range.</summary>
    private static void Fn1Errno(PyModule m, string name, Func<double, (double, int)> f)
    {
        string qual = "math." + name;
        PyObject Apply(PyObject o)
        {
            var (r, errno) = f(o is PyFloat fl ? fl.Value : Ops.ToDouble(o));
            if (errno == 1) throw Domain();
            if (errno == 2 && Math.Abs(r) >= 1.5) throw Range();
            return new PyFloat(r);
        }
        Def(m, name, (a, k) => { One(qual, a, k); return Apply(a[0]); }, Apply);
    }

    private static void Fn2(PyModule m, string name, Func<double, double, double> f)
    {
        PyObject Apply(PyObject x, PyObject y) => new PyFloat(f(Float(x), Float(y)));
        Def(m, name, (a, k) => { Positional(name, a, k, 2, 2); return Apply(a[0], a[1]); }, null, Apply);
    }

    // ---- logarithms ----

    /// <summary>CPython's loghelper: ints of any size (log of the mantissa plus the exponent times log 2).</summary>
    private static double LogOf(PyObject o, Func<double, double> log)
    {
        if (o is PyBigInt or PyInt or PyBool)
        {
            var v = Ops.ToBig(o);
            if (v.Sign <= 0) throw Domain();
            long bits = (long)v.GetBitLength();
            if (bits <= 1000) return CheckedLog(IntegerMath.ToDouble(v), log);
            // frexp of a huge int: x = v / 2**e in [0.5, 1) (rounded), e = bit length.
            var top = v >> (int)(bits - 60);
            double x = Math.ScaleB((double)(ulong)top, -60);
            return log(x) + log(2.0) * bits;
        }
        return CheckedLog(Float(o), log);
    }

    private static double CheckedLog(double x, Func<double, double> log)
    {
        if (double.IsNaN(x)) return x;
        if (x > 0 || double.IsPositiveInfinity(x)) return log(x);
        throw Domain();
    }

    // ---- two-argument functions ----

    private static double Remainder(double x, double y)
    {
        if (double.IsFinite(x) && double.IsFinite(y))
        {
            if (y == 0.0) throw Domain();
            double ax = Math.Abs(x), ay = Math.Abs(y);
            double mod = ax % ay;
            double c = ay - mod, r;
            if (mod < c) r = mod;
            else if (mod > c) r = -c;
            else r = mod - 2.0 * ((0.5 * (ax - mod)) % ay);
            return Math.CopySign(1.0, x) * r;
        }
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        if (double.IsInfinity(x)) throw Domain();
        return x;
    }

    private static double Pow(double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x)) return y == 0.0 ? 1.0 : x;
            if (double.IsNaN(y)) return x == 1.0 ? 1.0 : y;
            if (double.IsInfinity(x))
            {
                bool oddY = double.IsFinite(y) && Math.Abs(y) % 2.0 == 1.0;
                if (y > 0) return oddY ? x : Math.Abs(x);
                if (y == 0) return 1.0;
                return oddY ? Math.CopySign(0.0, x) : 0.0;
            }
            if (Math.Abs(x) == 1.0) return 1.0;
            if (y > 0 && Math.Abs(x) > 1.0) return y;
            if (y < 0 && Math.Abs(x) < 1.0) return -y;
            return 0.0;
        }
        double r = Math.Pow(x, y);
        if (double.IsNaN(r)) throw Domain();
        if (double.IsInfinity(r)) throw x == 0.0 ? Domain() : Range();
        return r;
    }

    private static double NextAfter(double x, double y)
    {
        if (double.IsNaN(x) || double.IsNaN(y)) return x + y;
        if (x == y) return y;
        if (x == 0) return Math.CopySign(double.Epsilon, y);
        return y > x ? Math.BitIncrement(x) : Math.BitDecrement(x);
    }

    private static double Ulp(double x)
    {
        if (double.IsNaN(x)) return x;
        x = Math.Abs(x);
        if (double.IsInfinity(x)) return x;
        double x2 = Math.BitIncrement(x);
        if (double.IsInfinity(x2)) return x - Math.BitDecrement(x);
        return x2 - x;
    }

    // ---- rounding ----

    private static PyObject Floor(PyObject o)
    {
        if (o is PyFloat f) return FloatToInt(f.Value, Math.Floor);
        if (o is PyInt || o is PyBigInt) return o;
        if (o is PyBool b) return PyInt.Get(b.Value ? 1 : 0);
        var m = o.Type.Lookup("__floor__");
        if (m != null) return m.Call1(o);
        return FloatToInt(Ops.ToDouble(o), Math.Floor);
    }

    private static PyObject Ceil(PyObject o)
    {
        if (o is PyFloat f) return FloatToInt(f.Value, Math.Ceiling);
        if (o is PyInt || o is PyBigInt) return o;
        if (o is PyBool b) return PyInt.Get(b.Value ? 1 : 0);
        var m = o.Type.Lookup("__ceil__");
        if (m != null) return m.Call1(o);
        return FloatToInt(Ops.ToDouble(o), Math.Ceiling);
    }

    private static PyObject Trunc(PyObject o)
    {
        if (o is PyFloat f) return FloatToInt(f.Value, Math.Truncate);
        if (o is PyInt || o is PyBigInt) return o;
        if (o is PyBool b) return PyInt.Get(b.Value ? 1 : 0);
        var m = o.Type.Lookup("__trunc__");
        if (m != null) return m.Call1(o);
        throw Ops.TypeError($"type {o.Type.TpName} doesn't define __trunc__ method");
    }

    private static PyObject FloatToInt(double x, Func<double, double> round)
    {
        double r = round(x);
        if (r >= -9.2e18 && r <= 9.2e18) return PyInt.Get((long)r);
        if (double.IsNaN(x)) throw Ops.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(x)) throw Ops.OverflowError("cannot convert float infinity to integer");
        return PyInt.From(new BigInteger(r));
    }

    // ---- float decomposition ----

    private static double Frexp(double x, out int e)
    {
        e = 0;
        if (x == 0 || !double.IsFinite(x)) return x;
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            // Subnormal: scale into the normal range first.
            x *= 1.8014398509481984E16; // 2**54
            bits = BitConverter.DoubleToInt64Bits(x);
            exp = (int)((bits >> 52) & 0x7FF) - 54;
        }
        e = exp - 1022;
        bits = (bits & unchecked((long)0x800FFFFFFFFFFFFFUL)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }

    private static double Ldexp(double x, PyObject expObj)
    {
        if (!IsInt(expObj)) throw Ops.TypeError("Expected an int as second argument to ldexp.");
        var eb = Ops.ToBig(expObj);
        if (x == 0 || !double.IsFinite(x)) return x;
        if (eb > int.MaxValue) throw Range();
        if (eb < int.MinValue) return Math.CopySign(0.0, x);
        double r = Math.ScaleB(x, (int)eb);
        if (double.IsInfinity(r)) throw Range();
        return r;
    }

    // ---- isclose / fsum / norms ----

    private static PyObject IsClose(PyObject[] args, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos != 2)
            throw Ops.TypeError(npos < 2 ? $"isclose() missing required argument '{(npos == 0 ? "a" : "b")}' (pos {npos + 1})"
                : $"isclose() takes exactly 2 positional arguments ({npos} given)");
        double relTol = 1e-9, absTol = 0.0;
        for (int i = 0; i < nkw; i++)
        {
            if (kw![i] == "rel_tol") relTol = Float(args[npos + i]);
            else if (kw[i] == "abs_tol") absTol = Float(args[npos + i]);
            else throw Ops.TypeError($"'{kw[i]}' is an invalid keyword argument for isclose()");
        }
        double a = Float(args[0]), b = Float(args[1]);
        if (relTol < 0.0 || absTol < 0.0) throw Ops.ValueError("tolerances must be non-negative");
        if (a == b) return PyBool.True;
        if (double.IsInfinity(a) || double.IsInfinity(b)) return PyBool.False;
        double diff = Math.Abs(b - a);
        return Ops.Box(diff <= Math.Abs(relTol * b) || diff <= Math.Abs(relTol * a) || diff <= absTol);
    }

    /// <summary>Exact sum of floats: Shewchuk's non-overlapping partials, then CPython's half-even correction.</summary>
    public static double FSum(PyObject iterable)
    {
        var p = new List<double>();
        double specialSum = 0.0, infSum = 0.0;
        var it = iterable.Iter();
        while (it.TryNext(out var item))
        {
            double x = Float(item), xsave = x;
            int i = 0;
            for (int j = 0; j < p.Count; j++)
            {
                double y = p[j];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) p[i++] = lo;
                x = hi;
            }
            p.RemoveRange(i, p.Count - i);
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    if (double.IsFinite(xsave)) throw Ops.OverflowError("intermediate overflow in fsum");
                    if (double.IsInfinity(xsave)) infSum += xsave;
                    specialSum += xsave;
                    p.Clear();
                }
                else p.Add(x);
            }
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) throw Ops.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        double sum = 0.0;
        int n = p.Count;
        if (n > 0)
        {
            sum = p[--n];
            double lo = 0.0;
            while (n > 0)
            {
                double x = sum, y = p[--n];
                sum = x + y;
                double yr = sum - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)))
            {
                double y = lo * 2.0;
                double x = sum + y;
                if (y == x - sum) sum = x;
            }
        }
        return sum;
    }

    private static (double Hi, double Lo) Split(double x)
    {
        double t = x * 134217729.0; // Veltkamp: 2**27 + 1
        double hi = t - (t - x);
        return (hi, x - hi);
    }

    private static (double Hi, double Lo) TwoProduct(double x, double y)
    {
        var (xh, xl) = Split(x);
        var (yh, yl) = Split(y);
        double p = xh * yh;
        double q = xh * yl + xl * yh;
        double z = p + q;
        double zz = p - z + q + xl * yl;
        return (z, zz);
    }

    /// <summary>Euclidean norm with lossless scaling and compensated squaring (CPython's vector_norm).</summary>
    private static double VectorNorm(double[] v)
    {
        double max = 0.0;
        bool foundNan = false;
        for (int i = 0; i < v.Length; i++)
        {
            double x = Math.Abs(v[i]);
            v[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return VectorNorm(v, max, foundNan);
    }

    private static double VectorNorm(double[] v, double max, bool foundNan)
    {
        if (double.IsInfinity(max)) return max;
        if (foundNan) return double.NaN;
        if (max == 0.0 || v.Length <= 1) return max;
        Frexp(max, out int maxE);
        if (maxE < -1023)
        {
            for (int i = 0; i < v.Length; i++) v[i] /= 2.2250738585072014e-308;
            return 2.2250738585072014e-308 * VectorNorm(v, max / 2.2250738585072014e-308, false);
        }
        double scale = Math.ScaleB(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (int i = 0; i < v.Length; i++)
        {
            double x = v[i] * scale;
            var pr = TwoProduct(x, x);
            double s = csum + pr.Hi;
            double slo = pr.Hi - (s - csum);
            csum = s;
            frac1 += pr.Lo;
            frac2 += slo;
        }
        double h = Math.Sqrt(csum - 1.0 + (frac1 + frac2));
        var pr2 = TwoProduct(-h, h);
        double s2 = csum + pr2.Hi;
        double slo2 = pr2.Hi - (s2 - csum);
        csum = s2;
        frac1 += pr2.Lo;
        frac2 += slo2;
        double xx = csum - 1.0 + (frac1 + frac2);
        h += xx / (2.0 * h);
        return h / scale;
    }

    private static PyObject[] SequenceItems(PyObject o, string fname, int argNo) => o switch
    {
        PyTuple t => t.Items,
        PyList l => l.ToArray(),
        _ => Ops.ToArray(o),
    };

    // ---- gamma ----

    private const double LanczosG = 6.024680040776729583740234375;
    private const double LanczosGMinusHalf = 5.524680040776729583740234375;
    private static readonly double[] s_lanczosNum =
    {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    private static readonly double[] s_lanczosDen =
    {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };
    private static readonly double[] s_gammaIntegral = MakeGammaIntegral();

    private static double[] MakeGammaIntegral()
    {
        var g = new double[23];
        double f = 1.0;
        for (int i = 0; i < 23; i++) { g[i] = f; f *= i + 1; }
        return g;
    }

    private static double LanczosSum(double x)
    {
        double num = 0.0, den = 0.0;
        int n = s_lanczosNum.Length;
        if (x < 5.0)
            for (int i = n; --i >= 0;) { num = num * x + s_lanczosNum[i]; den = den * x + s_lanczosDen[i]; }
        else
            for (int i = 0; i < n; i++) { num = num / x + s_lanczosNum[i]; den = den / x + s_lanczosDen[i]; }
        return num / den;
    }

    private static double SinPi(double x)
    {
        double y = Math.Abs(x) % 2.0;
        int n = (int)Math.Round(2.0 * y, MidpointRounding.AwayFromZero);
        double r = n switch
        {
            0 => Math.Sin(Math.PI * y),
            1 => Math.Cos(Math.PI * (y - 0.5)),
            2 => Math.Sin(Math.PI * (1.0 - y)),
            3 => -Math.Cos(Math.PI * (y - 1.5)),
            _ => Math.Sin(Math.PI * (y - 2.0)),
        };
        return Math.CopySign(1.0, x) * r;
    }

    private static (double, int) Gamma(double x)
    {
        if (!double.IsFinite(x))
        {
            if (double.IsNaN(x) || x > 0) return (x, 0);
            return (double.NaN, 1);
        }
        if (x == 0) return (Math.CopySign(double.PositiveInfinity, x), 1);
        if (x == Math.Floor(x))
        {
            if (x < 0) return (double.NaN, 1);
            if (x <= s_gammaIntegral.Length) return (s_gammaIntegral[(int)x - 1], 0);
        }
        double absx = Math.Abs(x);
        if (absx < 1e-20)
        {
            double r0 = 1.0 / x;
            return (r0, double.IsInfinity(r0) ? 2 : 0);
        }
        if (absx > 200.0)
        {
            if (x < 0.0) return (0.0 / SinPi(x), 0);
            return (double.PositiveInfinity, 2);
        }
        double y = absx + LanczosGMinusHalf, q, z, r;
        if (absx > LanczosGMinusHalf) { q = y - absx; z = q - LanczosGMinusHalf; }
        else { q = y - LanczosGMinusHalf; z = q - absx; }
        z = z * LanczosG / y;
        if (x < 0.0)
        {
            r = -Math.PI / SinPi(absx) / absx * Math.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= Math.Pow(y, absx - 0.5);
            else { double sp = Math.Pow(y, absx / 2.0 - 0.25); r /= sp; r /= sp; }
        }
        else
        {
            r = LanczosSum(absx) / Math.Exp(y);
            r += z * r;
            if (absx < 140.0) r *= Math.Pow(y, absx - 0.5);
            else { double sp = Math.Pow(y, absx / 2.0 - 0.25); r *= sp; r *= sp; }
        }
        return (r, double.IsInfinity(r) ? 2 : 0);
    }

    private static (double, int) LogGamma(double x)
    {
        if (!double.IsFinite(x)) return (double.IsNaN(x) ? x : double.PositiveInfinity, 0);
        if (x == Math.Floor(x) && x <= 2.0)
            return x <= 0.0 ? (double.PositiveInfinity, 1) : (0.0, 0);
        double absx = Math.Abs(x);
        if (absx < 1e-20) return (-Math.Log(absx), 0);
        double r = Math.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (Math.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0.0)
            r = 1.144729885849400174143427351353058711647 - Math.Log(Math.Abs(SinPi(absx))) - Math.Log(absx) - r;
        return (r, double.IsInfinity(r) ? 2 : 0);
    }

    // ---- integer functions ----

    private static PyObject Factorial(PyObject o)
    {
        if (o is PyFloat) throw Ops.TypeError("'float' object cannot be interpreted as an integer");
        var nb = BigIndex(o);
        if (nb.Sign < 0) throw Ops.ValueError("factorial() not defined for negative values");
        if (nb > long.MaxValue) throw Ops.OverflowError($"factorial() argument should not exceed {long.MaxValue}");
        long n = (long)nb;
        if (n <= 20)
        {
            long f = 1;
            for (long i = 2; i <= n; i++) f *= i;
            return PyInt.Get(f);
        }
        return PyInt.From(RangeProduct(1, n));
    }

    /// <summary>lo * (lo+1) * ... * hi by binary splitting (balanced operand sizes keep big multiplications fast).</summary>
    private static BigInteger RangeProduct(long lo, long hi)
    {
        if (lo > hi) return BigInteger.One;
        if (hi - lo < 16)
        {
            BigInteger r = lo;
            for (long i = lo + 1; i <= hi; i++) r *= i;
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return RangeProduct(lo, mid) * RangeProduct(mid + 1, hi);
    }

    private static BigInteger FallingProduct(BigInteger n, long k)
    {
        if (k == 0) return BigInteger.One;
        if (n <= long.MaxValue) return RangeProduct((long)n - k + 1, (long)n);
        BigInteger r = 1;
        for (long i = 0; i < k; i++) r *= n - i;
        return r;
    }

    private static BigInteger Comb(BigInteger n, long k)
    {
        if (k == 0) return BigInteger.One;
        if (n <= long.MaxValue && k > 20)
            return RangeProduct((long)n - k + 1, (long)n) / RangeProduct(1, k);
        BigInteger r = 1;
        for (long i = 1; i <= k; i++) r = r * (n - k + i) / i;
        return r;
    }

    public static BigInteger ISqrt(BigInteger n)
    {
        if (n.IsZero) return n;
        if (n < ulong.MaxValue)
        {
            ulong u = (ulong)n;
            ulong r = (ulong)Math.Sqrt(u);
            while (r > 0 && (UInt128)r * r > u) r--;
            while ((UInt128)(r + 1) * (r + 1) <= u) r++;
            return r;
        }
        // Newton from above.
        long bits = (long)n.GetBitLength();
        BigInteger x = BigInteger.One << (int)((bits + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }
}
