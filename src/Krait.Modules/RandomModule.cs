using System.Numerics;
using Krait.Runtime;
using Krait.Runtime.Numerics;
using static Krait.Modules.NumArgs;

namespace Krait.Modules;

/// <summary>An instance of random.Random (or a subclass): a user-visible instance carrying a Mersenne Twister.</summary>
public sealed class PyRandom : PyInstance
{
    public readonly MersenneTwister Mt = new();
    public double GaussNext;
    public bool HasGaussNext;

    public PyRandom(PyType type) : base(type) { Mt.SeedFromEntropy(); }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name == "gauss_next") { value = HasGaussNext ? new PyFloat(GaussNext) : PyNone.Instance; return true; }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (name == "gauss_next")
        {
            HasGaussNext = value != PyNone.Instance;
            if (HasGaussNext) GaussNext = Ops.ToDouble(value);
            return;
        }
        base.SetAttr(name, value);
    }
}

/// <summary>The random module: CPython 3.11's Random methods with the same draws from the generator, so every
/// seeded sequence (randrange, choice, shuffle, sample, choices, the distributions) matches CPython's. Methods a
/// subclass overrides (random, getrandbits, seed) are honoured as CPython's Python-level methods would.</summary>
public static class RandomModule
{
    private const double TwoPi = 2.0 * Math.PI;
    private static readonly double NvMagic = 4 * Math.Exp(-0.5) / Math.Sqrt(2.0);
    private static readonly double Log4 = Math.Log(4.0);
    private static readonly double SgMagic = 1.0 + Math.Log(4.5);
    private const long Bpf = 53;

    public static readonly PyType RandomType = MakeRandomType();
    public static readonly PyType SystemRandomType = MakeSystemRandomType();
    // Assigned while RandomType is built (no initializer, which would run after and reset them).
    private static PyObject? s_randomMethod, s_getrandbitsMethod;

    public static PyModule Create()
    {
        var m = new PyModule("random", Builtins.Module);
        m.Set("__name__", new PyStr("random"));
        m.Set("Random", RandomType);
        m.Set("SystemRandom", SystemRandomType);
        m.Set("BPF", PyInt.Get(Bpf));
        m.Set("RECIP_BPF", new PyFloat(Math.ScaleB(1.0, -53)));
        m.Set("TWOPI", new PyFloat(TwoPi));
        m.Set("NV_MAGICCONST", new PyFloat(NvMagic));
        m.Set("LOG4", new PyFloat(Log4));
        m.Set("SG_MAGICCONST", new PyFloat(SgMagic));
        var inst = new PyRandom(RandomType);
        m.Set("_inst", inst);
        foreach (var name in new[] { "seed", "random", "uniform", "triangular", "randint", "choice", "randrange",
                     "sample", "shuffle", "choices", "normalvariate", "lognormvariate", "expovariate",
                     "vonmisesvariate", "gammavariate", "gauss", "betavariate", "paretovariate", "weibullvariate",
                     "getstate", "setstate", "getrandbits", "randbytes" })
        {
            var md = (PyMethodDescriptor)RandomType.Dict[name];
            var body = md.Body;
            m.Set(name, new PyBuiltinFunction(name, (a, k) => body(inst, a, k)) { Self = inst });
        }
        return m;
    }

    private static void M(PyType t, string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);

    private static PyRandom Self(PyObject o) => o as PyRandom
        ?? throw Ops.TypeError($"descriptor requires a 'Random' object but received a '{o.Type.TpName}'");

    private static PyType MakeRandomType()
    {
        var t = new PyType("Random", new[] { PyType.ObjectType }, userDefined: true) { Module = "random" };
        t.Allocator = static type => new PyRandom(type);
        M(t, "__init__", (self, a, k) =>
        {
            var b = Bind("Random.__init__", a, k, new[] { "x" }, 0, 1, 1);
            CallSeed(self, b[0] ?? PyNone.Instance);
            return PyNone.Instance;
        });
        M(t, "seed", (self, a, k) =>
        {
            var b = Bind("Random.seed", a, k, new[] { "a", "version" }, 0, 2, 1);
            Seed(Self(self), b[0] ?? PyNone.Instance, b[1] == null ? 2 : Ops.Index(b[1]!));
            return PyNone.Instance;
        });
        M(t, "random", (self, a, k) =>
        {
            if (a.Length != 0) throw Ops.TypeError($"Random.random() takes no arguments ({a.Length} given)");
            return new PyFloat(Self(self).Mt.NextDouble());
        });
        M(t, "getrandbits", (self, a, k) =>
        {
            One("Random.getrandbits", a, k);
            return GetRandBits(Self(self), a[0]);
        });
        s_randomMethod = t.Dict["random"];
        s_getrandbitsMethod = t.Dict["getrandbits"];
        M(t, "getstate", (self, a, k) =>
        {
            if (a.Length != 0) throw Ops.TypeError($"Random.getstate() takes 1 positional argument but {a.Length + 1} were given");
            var r = Self(self);
            var items = new PyObject[MersenneTwister.N + 1];
            for (int i = 0; i < MersenneTwister.N; i++) items[i] = PyInt.Get(r.Mt.State[i]);
            items[MersenneTwister.N] = PyInt.Get(r.Mt.Index);
            return new PyTuple(new PyObject[] { PyInt.Get(3), new PyTuple(items), r.HasGaussNext ? new PyFloat(r.GaussNext) : PyNone.Instance });
        });
        M(t, "setstate", (self, a, k) =>
        {
            var b = Bind("Random.setstate", a, k, new[] { "state" }, 1, 1, 1);
            SetState(Self(self), b[0]!);
            return PyNone.Instance;
        });
        M(t, "randbytes", (self, a, k) =>
        {
            var b = Bind("Random.randbytes", a, k, new[] { "n" }, 1, 1, 1);
            long n = Ops.Index(b[0]!);
            var bits = GetRandBits(self, PyInt.Get(n * 8));
            var big = Ops.ToBig(bits);
            var bytes = new byte[n];
            var raw = big.ToByteArray(isUnsigned: true, isBigEndian: false);
            Array.Copy(raw, bytes, Math.Min(raw.Length, bytes.Length));
            return new PyBytes(bytes);
        });
        M(t, "randrange", (self, a, k) =>
        {
            var b = Bind("Random.randrange", a, k, new[] { "start", "stop", "step" }, 1, 3, 1);
            return RandRange(self, b[0]!, b[1], b[2]);
        });
        M(t, "randint", (self, a, k) =>
        {
            var b = Bind("Random.randint", a, k, new[] { "a", "b" }, 2, 2, 1);
            return RandRange(self, b[0]!, Ops.Add(b[1]!, PyInt.Get(1)), null);
        });
        M(t, "choice", (self, a, k) =>
        {
            var b = Bind("Random.choice", a, k, new[] { "seq" }, 1, 1, 1);
            var seq = b[0]!;
            if (seq is PyList l)
            {
                if (l.Count == 0) throw Ops.IndexError("Cannot choose from an empty sequence");
                long i = RandBelow(self, l.Count);
                return l.Items[i];
            }
            long n = seq.Len();
            if (n == 0) throw Ops.IndexError("Cannot choose from an empty sequence");
            return seq.GetItem(PyInt.Get(RandBelow(self, n)));
        });
        M(t, "shuffle", (self, a, k) =>
        {
            var b = Bind("Random.shuffle", a, k, new[] { "x" }, 1, 1, 1);
            var x = b[0]!;
            if (x is PyList l)
            {
                for (long i = l.Count - 1; i >= 1; i--)
                {
                    long j = RandBelow(self, i + 1);
                    if (j >= l.Count || i >= l.Count) throw Ops.IndexError("list index out of range");
                    (l.Items[i], l.Items[j]) = (l.Items[j], l.Items[i]);
                }
                return PyNone.Instance;
            }
            for (long i = x.Len() - 1; i >= 1; i--)
            {
                var pj = PyInt.Get(RandBelow(self, i + 1));
                var pi = PyInt.Get(i);
                var xi = x.GetItem(pi);
                var xj = x.GetItem(pj);
                x.SetItem(pi, xj);
                x.SetItem(pj, xi);
            }
            return PyNone.Instance;
        });
        M(t, "sample", (self, a, k) =>
        {
            var b = Bind("Random.sample", a, k, new[] { "population", "k", "counts" }, 2, 2, 1);
            return Sample(self, b[0]!, b[1]!, b[2]);
        });
        M(t, "choices", (self, a, k) =>
        {
            var b = Bind("Random.choices", a, k, new[] { "population", "weights", "cum_weights", "k" }, 1, 2, 1);
            return Choices(self, b[0]!, b[1], b[2], b[3]);
        });
        M(t, "uniform", (self, a, k) =>
        {
            var b = Bind("Random.uniform", a, k, new[] { "a", "b" }, 2, 2, 1);
            double u = NextFloat(self);
            if (b[0] is PyFloat fa && b[1] is PyFloat fb) return new PyFloat(fa.Value + (fb.Value - fa.Value) * u);
            return Ops.Add(b[0]!, Ops.Mul(Ops.Sub(b[1]!, b[0]!), new PyFloat(u)));
        });
        M(t, "triangular", (self, a, k) =>
        {
            var b = Bind("Random.triangular", a, k, new[] { "low", "high", "mode" }, 0, 3, 1);
            PyObject low = b[0] ?? new PyFloat(0.0), high = b[1] ?? new PyFloat(1.0);
            double u = NextFloat(self);
            double c;
            try
            {
                c = b[2] == null || b[2] == PyNone.Instance ? 0.5
                    : Ops.ToDouble(Ops.TrueDiv(Ops.Sub(b[2]!, low), Ops.Sub(high, low)));
            }
            catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.ZeroDivisionError))
            {
                return low;
            }
            if (u > c) { u = 1.0 - u; c = 1.0 - c; (low, high) = (high, low); }
            return Ops.Add(low, Ops.Mul(Ops.Sub(high, low), new PyFloat(Math.Sqrt(u * c))));
        });
        M(t, "normalvariate", (self, a, k) =>
        {
            var b = Bind("Random.normalvariate", a, k, new[] { "mu", "sigma" }, 0, 2, 1);
            return Affine(b[0], b[1], NormalZ(self));
        });
        M(t, "gauss", (self, a, k) =>
        {
            var b = Bind("Random.gauss", a, k, new[] { "mu", "sigma" }, 0, 2, 1);
            var r = Self(self);
            double z;
            if (r.HasGaussNext) { z = r.GaussNext; r.HasGaussNext = false; }
            else
            {
                double x2pi = NextFloat(self) * TwoPi;
                double g2rad = Math.Sqrt(-2.0 * Math.Log(1.0 - NextFloat(self)));
                z = Math.Cos(x2pi) * g2rad;
                r.GaussNext = Math.Sin(x2pi) * g2rad;
                r.HasGaussNext = true;
            }
            return Affine(b[0], b[1], z);
        });
        M(t, "lognormvariate", (self, a, k) =>
        {
            var b = Bind("Random.lognormvariate", a, k, new[] { "mu", "sigma" }, 2, 2, 1);
            double v = Ops.ToDouble(Affine(b[0], b[1], NormalZ(self)));
            double r = Math.Exp(v);
            if (double.IsInfinity(r) && double.IsFinite(v)) throw Ops.OverflowError("math range error");
            return new PyFloat(r);
        });
        M(t, "expovariate", (self, a, k) =>
        {
            var b = Bind("Random.expovariate", a, k, new[] { "lambd" }, 1, 1, 1);
            return Ops.TrueDiv(new PyFloat(-Math.Log(1.0 - NextFloat(self))), b[0]!);
        });
        M(t, "vonmisesvariate", (self, a, k) =>
        {
            var b = Bind("Random.vonmisesvariate", a, k, new[] { "mu", "kappa" }, 2, 2, 1);
            double mu = Ops.ToDouble(b[0]!), kappa = Ops.ToDouble(b[1]!);
            if (kappa <= 1e-6) return new PyFloat(TwoPi * NextFloat(self));
            double s = 0.5 / kappa;
            double r = s + Math.Sqrt(1.0 + s * s);
            double z;
            while (true)
            {
                double u1 = NextFloat(self);
                z = Math.Cos(Math.PI * u1);
                double d = z / (r + z);
                double u2 = NextFloat(self);
                if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.Exp(d)) break;
            }
            double q = 1.0 / r;
            double f = (q + z) / (1.0 + q * z);
            double u3 = NextFloat(self);
            double theta = u3 > 0.5 ? FloatMath.Modulo(mu + Math.Acos(f), TwoPi) : FloatMath.Modulo(mu - Math.Acos(f), TwoPi);
            return new PyFloat(theta);
        });
        M(t, "gammavariate", (self, a, k) =>
        {
            var b = Bind("Random.gammavariate", a, k, new[] { "alpha", "beta" }, 2, 2, 1);
            return new PyFloat(GammaVariate(self, Ops.ToDouble(b[0]!), Ops.ToDouble(b[1]!)));
        });
        M(t, "betavariate", (self, a, k) =>
        {
            var b = Bind("Random.betavariate", a, k, new[] { "alpha", "beta" }, 2, 2, 1);
            double y = GammaVariate(self, Ops.ToDouble(b[0]!), 1.0);
            if (y != 0) return new PyFloat(y / (y + GammaVariate(self, Ops.ToDouble(b[1]!), 1.0)));
            return new PyFloat(0.0);
        });
        M(t, "paretovariate", (self, a, k) =>
        {
            var b = Bind("Random.paretovariate", a, k, new[] { "alpha" }, 1, 1, 1);
            double u = 1.0 - NextFloat(self);
            return Ops.Pow(new PyFloat(u), Ops.TrueDiv(new PyFloat(-1.0), b[0]!));
        });
        M(t, "weibullvariate", (self, a, k) =>
        {
            var b = Bind("Random.weibullvariate", a, k, new[] { "alpha", "beta" }, 2, 2, 1);
            double u = 1.0 - NextFloat(self);
            return Ops.Mul(b[0]!, Ops.Pow(new PyFloat(-Math.Log(u)), Ops.TrueDiv(new PyFloat(1.0), b[1]!)));
        });
        return t;
    }

    private static PyType MakeSystemRandomType()
    {
        var t = new PyType("SystemRandom", new[] { RandomType }, userDefined: true) { Module = "random" };
        M(t, "random", (self, a, k) =>
        {
            Span<byte> b = stackalloc byte[8];
            OsEntropy.Fill(b);
            ulong v = BitConverter.ToUInt64(b) >> 11;
            return new PyFloat(v * (1.0 / 9007199254740992.0));
        });
        M(t, "getrandbits", (self, a, k) =>
        {
            One("getrandbits", a, k);
            long n = Ops.Index(a[0]);
            if (n < 0) throw Ops.ValueError("number of bits must be non-negative");
            var bytes = new byte[(n + 7) / 8 + 1];
            OsEntropy.Fill(bytes.AsSpan(0, bytes.Length - 1));
            var v = new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
            return PyInt.From(v >> (int)((bytes.Length - 1) * 8 - n));
        });
        M(t, "seed", (self, a, k) => PyNone.Instance);
        M(t, "randbytes", (self, a, k) =>
        {
            One("randbytes", a, k);
            var bytes = new byte[Ops.Index(a[0])];
            OsEntropy.Fill(bytes);
            return new PyBytes(bytes);
        });
        MethodBody noState = (self, a, k) =>
            throw Ops.Error(ExceptionTypes.NotImplementedError, "System entropy source does not have state.");
        M(t, "getstate", noState);
        M(t, "setstate", noState);
        return t;
    }

    // ---- the generator, as a subclass may override it ----

    private static double NextFloat(PyObject self)
    {
        if (self is PyRandom r && (r.Class == RandomType || r.Class.Lookup("random") == s_randomMethod))
            return r.Mt.NextDouble();
        var m = self.Type.Lookup("random")!;
        return Ops.ToDouble(m is PyMethodDescriptor md ? md.Body(self, Array.Empty<PyObject>(), null) : m.Call1(self));
    }

    private static PyObject GetRandBits(PyObject self, PyObject kObj)
    {
        if (self is PyRandom r && (r.Class == RandomType || r.Class.Lookup("getrandbits") == s_getrandbitsMethod))
        {
            long k = Ops.Index(kObj);
            if (k < 0) throw Ops.ValueError("number of bits must be non-negative");
            return k <= 63 ? PyInt.Get((long)r.Mt.Bits64((int)k)) : PyInt.From(r.Mt.Bits(k));
        }
        var m = self.Type.Lookup("getrandbits")!;
        return m is PyMethodDescriptor md ? md.Body(self, new[] { kObj }, null) : m.Call2(self, kObj);
    }

    /// <summary>Which _randbelow CPython's __init_subclass__ picks: the first class in the MRO defining
    /// getrandbits (with it) or random (without it).</summary>
    private static bool UsesGetRandBits(PyType t)
    {
        foreach (var c in t.Mro)
        {
            if (c == RandomType) return true;
            if (c.Dict.ContainsKey("getrandbits")) return true;
            if (c.Dict.ContainsKey("random")) return false;
        }
        return true;
    }

    private static long RandBelow(PyObject self, long n)
    {
        if (self is PyRandom r && (r.Class == RandomType || (r.Class.Lookup("getrandbits") == s_getrandbitsMethod && UsesGetRandBits(r.Class))))
            return r.Mt.Below(n);
        return (long)RandBelowSlow(self, n);
    }

    private static BigInteger RandBelow(PyObject self, BigInteger n)
    {
        if (n <= long.MaxValue) return RandBelow(self, (long)n);
        if (self is PyRandom r && (r.Class == RandomType || (r.Class.Lookup("getrandbits") == s_getrandbitsMethod && UsesGetRandBits(r.Class))))
            return r.Mt.Below(n);
        return RandBelowSlow(self, n);
    }

    private static BigInteger RandBelowSlow(PyObject self, BigInteger n)
    {
        if (UsesGetRandBits(self.Type))
        {
            long k = (long)n.GetBitLength();
            var kObj = PyInt.Get(k);
            var r = Ops.ToBig(GetRandBits(self, kObj));
            while (r >= n) r = Ops.ToBig(GetRandBits(self, kObj));
            return r;
        }
        // _randbelow_without_getrandbits: floats of 53 bits, rejecting the top partial block.
        BigInteger maxsize = BigInteger.One << 53;
        if (n >= maxsize) return new BigInteger(Math.Floor(NextFloat(self) * (double)n));
        long rem = (long)(maxsize % n);
        double limit = (double)(maxsize - rem) / (double)maxsize;
        double x = NextFloat(self);
        while (x >= limit) x = NextFloat(self);
        return new BigInteger(Math.Floor(x * (double)maxsize)) % n;
    }

    // ---- seeding and state ----

    private static void CallSeed(PyObject self, PyObject a)
    {
        var m = self.Type.Lookup("seed");
        if (m is PyMethodDescriptor md && md.Owner == RandomType) Seed(Self(self), a, 2);
        else if (m is PyMethodDescriptor md2) md2.Body(self, new[] { a }, null);
        else m!.Call2(self, a);
        if (self is PyRandom r) r.HasGaussNext = false;
    }

    private static void Seed(PyRandom r, PyObject a, long version)
    {
        r.HasGaussNext = false;
        if (a == PyNone.Instance) { r.Mt.SeedFromEntropy(); return; }
        if (version == 1 && (a is PyStr || a is PyBytes))
        {
            // Bytes are read as latin-1 text.
            var cps = a is PyBytes bv ? bv.Value.Select(c => (int)c).ToArray()
                : ((PyStr)a).HasAstral ? ((PyStr)a).CodePoints() : ((PyStr)a).Value.Select(c => (int)c).ToArray();
            ulong x = cps.Length > 0 ? (ulong)cps[0] << 7 : 0;
            foreach (int c in cps) x = unchecked(1000003UL * x) ^ (ulong)c;
            x ^= (ulong)cps.Length;
            r.Mt.Seed(x == ulong.MaxValue ? 2 : x);
            return;
        }
        if (version == 2 && (a is PyStr || a is PyBytes || a is PyByteArray))
        {
            byte[] data = a switch
            {
                PyStr s => System.Text.Encoding.UTF8.GetBytes(s.Value),
                PyBytes bs => bs.Value,
                _ => ((PyByteArray)a).ToArray(),
            };
            var digest = Sha512.Hash(data);
            var all = new byte[data.Length + digest.Length];
            data.CopyTo(all, 0);
            digest.CopyTo(all, data.Length);
            r.Mt.Seed(new BigInteger(all, isUnsigned: true, isBigEndian: true));
            return;
        }
        if (IsInt(a)) { r.Mt.Seed(Ops.ToBig(a)); return; }
        if (a is not (PyFloat or PyStr or PyBytes or PyByteArray))
            throw Ops.TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        r.Mt.Seed(new BigInteger(unchecked((ulong)a.Hash())));
    }

    private static void SetState(PyRandom r, PyObject state)
    {
        if (state is not PyTuple t || t.Items.Length == 0)
            throw Ops.TypeError("state vector must be a tuple");
        var version = t.Items[0];
        bool v2 = IsInt(version) && Ops.ToBig(version) == 2;
        if (!v2 && !(IsInt(version) && Ops.ToBig(version) == 3))
            throw Ops.ValueError($"state with version {Ops.Str(version)} passed to Random.setstate() of version 3");
        if (t.Items.Length != 3)
            throw Ops.ValueError($"too many values to unpack (expected 3)");
        if (t.Items[1] is not PyTuple inner) throw Ops.TypeError("state vector must be a tuple");
        if (inner.Items.Length != MersenneTwister.N + 1) throw Ops.ValueError("state vector is the wrong size");
        var words = new uint[MersenneTwister.N];
        for (int i = 0; i < MersenneTwister.N; i++)
        {
            var v = Ops.ToBig(inner.Items[i]);
            if (v2) v = IntegerMath.Modulo(v, BigInteger.One << 32); // version 2 stored signed words
            if (v.Sign < 0) throw Ops.OverflowError("can't convert negative int to unsigned");
            words[i] = (uint)(v & uint.MaxValue);
        }
        var idx = Ops.ToBig(inner.Items[MersenneTwister.N]);
        if (idx < 0 || idx > MersenneTwister.N) throw Ops.ValueError("invalid state");
        words.CopyTo(r.Mt.State, 0);
        r.Mt.Index = (int)idx;
        var g = t.Items[2];
        r.HasGaussNext = g != PyNone.Instance;
        if (r.HasGaussNext) r.GaussNext = Ops.ToDouble(g);
    }

    // ---- integers ----

    /// <summary>operator.index(x), or CPython 3.11's deprecated fallback: an integral float is accepted.</summary>
    private static BigInteger RangeArg(PyObject o, string which)
    {
        if (o is PyInt i) return i.Value;
        if (IsInt(o) || o.Type.Lookup("__index__") != null) return BigIndex(o);
        double d = Ops.ToDouble(o);
        var n = FloatMath.Truncate(d);
        if ((double)n != d) throw Ops.ValueError($"non-integer {which} for randrange()");
        return n;
    }

    private static PyObject RandRange(PyObject self, PyObject start, PyObject? stop, PyObject? step)
    {
        if (start is PyInt s0 && (stop == null || stop is PyInt) && step == null)
        {
            // Common case without big-int arithmetic.
            long lo = s0.Value;
            if (stop == null)
            {
                if (lo > 0) return PyInt.Get(RandBelow(self, lo));
                throw Ops.ValueError("empty range for randrange()");
            }
            long hi = ((PyInt)stop).Value;
            if (IntegerMath.TrySubtract(hi, lo, out long w) && w > 0) return PyInt.Get(lo + RandBelow(self, w));
        }
        var istart = RangeArg(start, "arg 1");
        if (stop == null || stop == PyNone.Instance)
        {
            if (step != null) throw Ops.TypeError("Missing a non-None stop argument");
            if (istart > 0) return PyInt.From(RandBelow(self, istart));
            throw Ops.ValueError("empty range for randrange()");
        }
        var istop = RangeArg(stop, "stop");
        var width = istop - istart;
        var istep = step == null ? BigInteger.One : RangeArg(step, "step");
        if (istep.IsOne)
        {
            if (width > 0) return PyInt.From(istart + RandBelow(self, width));
            throw Ops.ValueError($"empty range for randrange() ({istart}, {istop}, {width})");
        }
        BigInteger n;
        if (istep > 0) n = IntegerMath.FloorDivide(width + istep - 1, istep);
        else if (istep < 0) n = IntegerMath.FloorDivide(width + istep + 1, istep);
        else throw Ops.ValueError("zero step for randrange()");
        if (n <= 0) throw Ops.ValueError("empty range for randrange()");
        return PyInt.From(istart + istep * RandBelow(self, n));
    }

    // ---- sequences ----

    private static bool IsSequence(PyObject o) =>
        o is PyList or PyTuple or PyStr or PyRange or PyBytes or PyByteArray
        || (o is PyInstance && o.Type.Lookup("__getitem__") != null && o.Type.Lookup("__len__") != null);

    private static PyObject Sample(PyObject self, PyObject population, PyObject kObj, PyObject? counts)
    {
        if (!IsSequence(population))
            throw Ops.TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        long n = population.Len();
        if (counts != null && counts != PyNone.Instance)
        {
            var cum = new List<PyObject>();
            PyObject? acc = null;
            var it = counts.Iter();
            while (it.TryNext(out var c)) { acc = acc == null ? c : Ops.Add(acc, c); cum.Add(acc); }
            if (cum.Count != n) throw Ops.ValueError("The number of counts does not match the population");
            var total = cum[^1];
            cum.RemoveAt(cum.Count - 1);
            if (!IsInt(total)) throw Ops.TypeError("Counts must be integers");
            if (Ops.ToBig(total) <= 0) throw Ops.ValueError("Total of counts must be greater than zero");
            var selections = (PyList)Sample(self, new PyRange(0, (long)Ops.ToBig(total), 1), kObj, null);
            var res = new PyObject[selections.Count];
            for (int i = 0; i < res.Length; i++)
            {
                var s = selections.Items[i];
                int lo = 0, hi = cum.Count;
                while (lo < hi)
                {
                    int mid = (lo + hi) / 2;
                    if (Ops.LtBool(s, cum[mid])) hi = mid; else lo = mid + 1;
                }
                res[i] = population.GetItem(PyInt.Get(lo));
            }
            return new PyList(res);
        }
        var kb = BigIndex(kObj);
        if (kb < 0 || kb > n) throw Ops.ValueError("Sample larger than population or is negative");
        int k = (int)kb;
        var result = new PyObject[k];
        long setsize = 21;
        if (k > 5) setsize += (long)Math.Pow(4, Math.Ceiling(Math.Log(k * 3) / Math.Log(4)));
        if (n <= setsize)
        {
            var pool = Ops.ToArray(population);
            for (int i = 0; i < k; i++)
            {
                long j = RandBelow(self, n - i);
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        }
        else
        {
            var selected = new HashSet<long>();
            for (int i = 0; i < k; i++)
            {
                long j = RandBelow(self, n);
                while (selected.Contains(j)) j = RandBelow(self, n);
                selected.Add(j);
                result[i] = population is PyList pl ? pl.Items[j] : population.GetItem(PyInt.Get(j));
            }
        }
        return new PyList(result);
    }

    private static PyObject Choices(PyObject self, PyObject population, PyObject? weights, PyObject? cumWeights, PyObject? kObj)
    {
        long n = population.Len();
        long k = kObj == null ? 1 : Ops.Index(kObj);
        if (cumWeights == null || cumWeights == PyNone.Instance)
        {
            if (weights == null || weights == PyNone.Instance)
            {
                double nf = n;
                var res0 = new List<PyObject>();
                for (long i = 0; i < k; i++)
                {
                    double f = Math.Floor(NextFloat(self) * nf);
                    res0.Add(population.GetItem(PyInt.Get((long)f)));
                }
                return new PyList(res0.ToArray());
            }
            if (IsInt(weights))
                throw Ops.TypeError($"The number of choices must be a keyword argument: k={Ops.Repr(weights)}");
            var acc = new List<PyObject>();
            PyObject? sum = null;
            var it = weights.Iter();
            while (it.TryNext(out var w)) { sum = sum == null ? w : Ops.Add(sum, w); acc.Add(sum); }
            cumWeights = new PyList(acc.ToArray());
        }
        else if (weights != null && weights != PyNone.Instance)
            throw Ops.TypeError("Cannot specify both weights and cumulative weights");
        var cw = Ops.ToArray(cumWeights);
        if (cw.Length != n) throw Ops.ValueError("The number of weights does not match the population");
        double total = Ops.ToDouble(Ops.Add(cw[^1], new PyFloat(0.0)));
        if (total <= 0.0) throw Ops.ValueError("Total of weights must be greater than zero");
        if (!double.IsFinite(total)) throw Ops.ValueError("Total of weights must be finite");
        // Comparisons in doubles when every cumulative weight converts exactly.
        double[]? fast = new double[cw.Length];
        for (int i = 0; i < cw.Length; i++)
        {
            if (cw[i] is PyFloat f) fast[i] = f.Value;
            else if (cw[i] is PyInt pi && Math.Abs(pi.Value) <= (1L << 53)) fast[i] = pi.Value;
            else { fast = null; break; }
        }
        int hiIdx = (int)n - 1;
        var res = new PyObject[k];
        for (long i = 0; i < k; i++)
        {
            double x = NextFloat(self) * total;
            int lo = 0, hi = hiIdx;
            if (fast != null)
                while (lo < hi) { int mid = (lo + hi) / 2; if (x < fast[mid]) hi = mid; else lo = mid + 1; }
            else
            {
                var px = new PyFloat(x);
                while (lo < hi) { int mid = (lo + hi) / 2; if (Ops.LtBool(px, cw[mid])) hi = mid; else lo = mid + 1; }
            }
            res[i] = population.GetItem(PyInt.Get(lo));
        }
        return new PyList(res);
    }

    // ---- distributions ----

    private static double NormalZ(PyObject self)
    {
        while (true)
        {
            double u1 = NextFloat(self);
            double u2 = 1.0 - NextFloat(self);
            double z = NvMagic * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Math.Log(u2)) return z;
        }
    }

    /// <summary>mu + z * sigma with Python arithmetic (defaults 0.0 and 1.0).</summary>
    private static PyObject Affine(PyObject? mu, PyObject? sigma, double z)
    {
        if ((mu == null || mu is PyFloat) && (sigma == null || sigma is PyFloat))
            return new PyFloat((mu == null ? 0.0 : ((PyFloat)mu).Value) + z * (sigma == null ? 1.0 : ((PyFloat)sigma).Value));
        return Ops.Add(mu ?? new PyFloat(0.0), Ops.Mul(new PyFloat(z), sigma ?? new PyFloat(1.0)));
    }

    private static double GammaVariate(PyObject self, double alpha, double beta)
    {
        if (alpha <= 0.0 || beta <= 0.0) throw Ops.ValueError("gammavariate: alpha and beta must be > 0.0");
        if (alpha > 1.0)
        {
            double ainv = Math.Sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - Log4;
            double ccc = alpha + ainv;
            while (true)
            {
                double u1 = NextFloat(self);
                if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
                double u2 = 1.0 - NextFloat(self);
                double v = Math.Log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * Math.Exp(v);
                double z = u1 * u1 * u2;
                double r = bbb + ccc * v - x;
                if (r + SgMagic - 4.5 * z >= 0.0 || r >= Math.Log(z)) return x * beta;
            }
        }
        if (alpha == 1.0) return -Math.Log(1.0 - NextFloat(self)) * beta;
        double xx;
        while (true)
        {
            double u = NextFloat(self);
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            xx = p <= 1.0 ? Math.Pow(p, 1.0 / alpha) : -Math.Log((b - p) / alpha);
            double u1 = NextFloat(self);
            if (p > 1.0) { if (u1 <= Math.Pow(xx, alpha - 1.0)) break; }
            else if (u1 <= Math.Exp(-xx)) break;
        }
        return xx * beta;
    }
}
