using System.Numerics;
using System.Text;
using Krait.Runtime.Numerics;

namespace Krait.Runtime;

/// <summary>The builtins module (the part this slice needs) and the small <c>sys</c>.</summary>
public static partial class Builtins
{
    public static readonly PyModule Module = new("builtins", null);
    public static readonly PyModule Sys = new("sys", null);
    public static readonly ModuleTable Modules = new();
    public static Io.PyTextIOWrapper Stdout = null!, Stderr = null!;
    private static bool s_initialized;
    /// <summary>The type of iter(callable, sentinel).</summary>

    private static void Def(string name, BuiltinBody body, Func<PyObject, PyObject>? f1 = null, Func<PyObject, PyObject, PyObject>? f2 = null) =>
        Module.Set(name, new PyBuiltinFunction(name, body) { F1 = f1, F2 = f2, ModuleName = "builtins" });

    /// <summary>A builtin that is a class in CPython (reversed, enumerate, zip, map, filter): the name is bound to
    /// the type, which <paramref name="body"/> constructs.</summary>
    private static void DefType(PyType t, BuiltinBody body)
    {
        t.Constructor = (a, k) => body(a, k);
        Module.Set(t.Name, t);
    }

    private static void Def(PyModule m, string name, BuiltinBody body, Func<PyObject, PyObject>? f1 = null) =>
        m.Set(name, new PyBuiltinFunction(name, body) { F1 = f1, ModuleName = m.Name });

    private static PyObject Chr(PyObject o)
    {
        long n = Ops.Index(o);
        if (n < 0 || n > 0x10FFFF) throw Ops.ValueError("chr() arg not in range(0x110000)");
        return n < 256 ? PyStr.Char((char)n) : new PyStr(PyStr.FromCodePoint((int)n));
    }

    private static PyObject Ord(PyObject o)
    {
        var s = o as PyStr ?? (o as PyInstance)?.BaseValue as PyStr;
        if (s != null)
        {
            if (!s.HasAstral && s.Value.Length == 1) return PyInt.Get(s.Value[0]);
            var cps = s.HasAstral ? s.CodePoints() : null;
            long n = cps?.Length ?? s.Value.Length;
            if (n != 1) throw Ops.TypeError($"ord() expected a character, but string of length {n} found");
            return PyInt.Get(cps != null ? cps[0] : s.Value[0]);
        }
        if (o is PyBytes || o is PyByteArray)
        {
            var bv = BytesMethods.Buf(o);
            if (bv.Length != 1) throw Ops.TypeError($"ord() expected a character, but string of length {bv.Length} found");
            return PyInt.Get(bv[0]);
        }
        throw Ops.TypeError($"ord() expected string of length 1, but {o.Type.TpName} found");
    }

    public static void Initialize(string[] argv)
    {
        if (!s_initialized)
        {
            s_initialized = true;
            Io.IoOpen.InitStdio();
            Stdout = Io.IoOpen.Stdout;
            Stderr = Io.IoOpen.Stderr;
            DefineFunctions();
            DefineTypes();
            DefineDynamicFunctions();
            PyRange.DefineMethods();
            PySlice.DefineMethods();
            TypeMethods.Define();
            ObjectModel.Define();
            DefineSys();
            DefineIo();
            Modules["sys"] = Sys;
            Modules["builtins"] = Module;
        }
        Sys.Set("argv", StrList(argv));
        Sys.Set("orig_argv", StrList(Environment.GetCommandLineArgs()));
    }

    // A loop rather than LINQ: this runs at every start-up, and System.Linq is an assembly load.
    private static PyList StrList(string[] items)
    {
        var list = new PyObject[items.Length];
        for (int i = 0; i < items.Length; i++) list[i] = new PyStr(items[i]);
        return new PyList(list);
    }

    /// <summary>Flushes sys.stdout and sys.stderr before Krait itself writes to stderr; errors are dropped.</summary>
    public static void FlushAll()
    {
        Io.IoOpen.FlushOpenFiles();
        foreach (var name in new[] { "stdout", "stderr" })
        {
            try { if (Sys.TryGetAttr(name, out var s) && s != PyNone.Instance) Io.IoOpen.FlushObject(s); }
            catch (PythonException) { }
        }
    }

    /// <summary>The one positional argument of a type like staticmethod (CPython's message when it is missing).</summary>
    private static PyObject OneArgument(string name, PyObject[] args, string[]? kw)
    {
        if (kw != null && kw.Length > 0) throw Ops.TypeError($"{name}() takes no keyword arguments");
        if (args.Length != 1) throw Ops.TypeError($"{name} expected 1 argument, got {args.Length}");
        return args[0];
    }

    private static void CheckArgs(string name, PyObject[] args, string[]? kw, int min, int max)
    {
        if (kw != null) throw Ops.TypeError($"{name}() takes no keyword arguments");
        if (args.Length < min || args.Length > max)
        {
            if (min == max)
                throw Ops.TypeError(min == 1 ? $"{name}() takes exactly one argument ({args.Length} given)"
                    : $"{name} expected {min} arguments, got {args.Length}");
            if (args.Length < min) throw Ops.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
            throw Ops.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {args.Length}");
        }
    }

    /// <summary>Splits keyword arguments off a vectorcall argument array.</summary>
    private static PyObject[] Positional(PyObject[] args, string[]? kw, out Dictionary<string, PyObject>? kwargs)
    {
        if (kw == null) { kwargs = null; return args; }
        kwargs = new Dictionary<string, PyObject>();
        int np = args.Length - kw.Length;
        for (int i = 0; i < kw.Length; i++) kwargs[kw[i]] = args[np + i];
        return args[..np];
    }

    private static PyObject? TakeKw(Dictionary<string, PyObject>? kwargs, string name)
    {
        if (kwargs == null || !kwargs.Remove(name, out var v)) return null;
        return v;
    }

    private static void NoMoreKw(string fname, Dictionary<string, PyObject>? kwargs)
    {
        if (kwargs != null && kwargs.Count > 0)
            throw Ops.TypeError($"'{kwargs.Keys.First()}' is an invalid keyword argument for {fname}()");
    }

    public static string Ascii(string repr)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < repr.Length; i++)
        {
            char c = repr[i];
            if (c < 128) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1]))
            { sb.Append($"\\U{char.ConvertToUtf32(c, repr[i + 1]):x8}"); i++; }
            else if (c < 256) sb.Append($"\\x{(int)c:x2}");
            else sb.Append($"\\u{(int)c:x4}");
        }
        return sb.ToString();
    }

    private static void DefineFunctions()
    {
        Def("print", (args, kw) =>
        {
            var pos = Positional(args, kw, out var kwargs);
            var sepObj = TakeKw(kwargs, "sep");
            var endObj = TakeKw(kwargs, "end");
            var fileObj = TakeKw(kwargs, "file");
            var flushObj = TakeKw(kwargs, "flush");
            NoMoreKw("print", kwargs);
            string sep = sepObj == null || sepObj == PyNone.Instance ? " " : sepObj is PyStr s1 ? s1.Value
                : throw Ops.TypeError($"sep must be None or a string, not {sepObj.Type.TpName}");
            string end = endObj == null || endObj == PyNone.Instance ? "\n" : endObj is PyStr s2 ? s2.Value
                : throw Ops.TypeError($"end must be None or a string, not {endObj.Type.TpName}");
            var sb = new StringBuilder();
            for (int i = 0; i < pos.Length; i++)
            {
                if (i > 0) sb.Append(sep);
                sb.Append(Ops.Str(pos[i]));
            }
            sb.Append(end);
            if (fileObj == null || fileObj == PyNone.Instance) fileObj = Sys.GetAttr("stdout");
            if (fileObj is Io.PyTextIOWrapper ts) ts.Write(sb.ToString());
            else
            {
                // Other file objects see each piece in its own write() call, as CPython's print makes them.
                var write = fileObj.GetAttr("write");
                for (int i = 0; i < pos.Length; i++)
                {
                    if (i > 0) write.Call1(new PyStr(sep));
                    write.Call1(Ops.StrObj(pos[i]));
                }
                write.Call1(new PyStr(end));
            }
            if (flushObj != null && Ops.IsTrue(flushObj)) fileObj.GetAttr("flush").Call0();
            return PyNone.Instance;
        });
        Def("len", (a, k) => { CheckArgs("len", a, k, 1, 1); return PyInt.Get(a[0].Len()); }, o => PyInt.Get(o.Len()));
        Def("repr", (a, k) => { CheckArgs("repr", a, k, 1, 1); return new PyStr(a[0].Repr()); }, o => new PyStr(o.Repr()));
        Def("ascii", (a, k) => { CheckArgs("ascii", a, k, 1, 1); return new PyStr(Ascii(a[0].Repr())); });
        Def("abs", (a, k) => { CheckArgs("abs", a, k, 1, 1); return Abs(a[0]); }, Abs);
        Def("hash", (a, k) => { CheckArgs("hash", a, k, 1, 1); return PyInt.Get(Ops.Hash(a[0])); });
        Def("id", (a, k) => { CheckArgs("id", a, k, 1, 1); return PyInt.Get(Ops.Id(a[0])); });
        Def("callable", (a, k) => { CheckArgs("callable", a, k, 1, 1); return Ops.Box(IsCallable(a[0])); });
        Def("chr", (a, k) => { CheckArgs("chr", a, k, 1, 1); return Chr(a[0]); }, Chr);
        Def("ord", (a, k) => { CheckArgs("ord", a, k, 1, 1); return Ord(a[0]); }, Ord);
        Def("isinstance", (a, k) => { CheckArgs("isinstance", a, k, 2, 2); return Ops.Box(IsInstance(a[0], a[1])); });
        Def("issubclass", (a, k) =>
        {
            CheckArgs("issubclass", a, k, 2, 2);
            if (a[0] is not PyType t) throw Ops.TypeError("issubclass() arg 1 must be a class");
            return Ops.Box(IsSubclass(t, a[1]));
        });
        Def("getattr", (a, k) =>
        {
            CheckArgs("getattr", a, k, 2, 3);
            string name = a[1] is PyStr s ? s.Value : throw Ops.TypeError("attribute name must be string, not '" + a[1].Type.Name + "'");
            if (a.Length == 3) return a[0].TryGetAttr(name, out var v) ? v : a[2];
            return a[0].GetAttr(name);
        });
        Def("setattr", (a, k) =>
        {
            CheckArgs("setattr", a, k, 3, 3);
            a[0].SetAttr(a[1] is PyStr s ? s.Value : throw Ops.TypeError("attribute name must be string"), a[2]);
            return PyNone.Instance;
        });
        Def("delattr", (a, k) =>
        {
            CheckArgs("delattr", a, k, 2, 2);
            a[0].DelAttr(a[1] is PyStr s ? s.Value : throw Ops.TypeError("attribute name must be string"));
            return PyNone.Instance;
        });
        Def("hasattr", (a, k) =>
        {
            CheckArgs("hasattr", a, k, 2, 2);
            return Ops.Box(a[0].TryGetAttr(a[1] is PyStr s ? s.Value : throw Ops.TypeError("attribute name must be string"), out _));
        });
        Def("iter", (a, k) =>
        {
            CheckArgs("iter", a, k, 1, 2);
            if (a.Length == 2)
            {
                if (!IsCallable(a[0])) throw Ops.TypeError("iter(v, w): v must be callable");
                return new CallableIterator(a[0], a[1]);
            }
            var it = a[0].Iter();
            return it is NextMethodIterator nm ? nm.Target : it;
        });
        Def("next", (a, k) =>
        {
            CheckArgs("next", a, k, 1, 2);
            return Next(a[0], a.Length == 2 ? a[1] : null);
        });
        Def("min", (a, k) => MinMax(a, k, "min", CompareOp.Lt));
        Def("max", (a, k) => MinMax(a, k, "max", CompareOp.Gt), null, (x, y) => Ops.GtBool(y, x) ? y : x);
        Module.Get("min").F2 = (x, y) => Ops.LtBool(y, x) ? y : x;
        Def("sum", (a, k) =>
        {
            var pos = Positional(a, k, out var kwargs);
            var start = TakeKw(kwargs, "start") ?? (pos.Length > 1 ? pos[1] : PyInt.Get(0));
            NoMoreKw("sum", kwargs);
            if (pos.Length < 1) throw Ops.TypeError("sum() takes at least 1 positional argument (0 given)");
            if (start is PyStr) throw Ops.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
            var acc = start;
            var it = pos[0].Iter();
            if (acc is PyInt a0)
            {
                // Exact ints add in a long, boxed once at the end (no int object per partial sum); the first
                // item that is not an int, or an overflow, continues with the general addition.
                long s = a0.Value;
                while (true)
                {
                    if (!it.TryNext(out var v)) return PyInt.Get(s);
                    if (v is PyInt vi)
                    {
                        long r = s + vi.Value;
                        if (((s ^ r) & (vi.Value ^ r)) >= 0) { s = r; continue; }
                    }
                    acc = Ops.Add(PyInt.Get(s), v);
                    break;
                }
            }
            while (it.TryNext(out var v)) acc = Ops.Add(acc, v);
            return acc;
        });
        Def("any", (a, k) =>
        {
            CheckArgs("any", a, k, 1, 1);
            var it = a[0].Iter();
            while (it.TryNext(out var v)) if (Ops.IsTrue(v)) return PyBool.True;
            return PyBool.False;
        });
        Def("all", (a, k) =>
        {
            CheckArgs("all", a, k, 1, 1);
            var it = a[0].Iter();
            while (it.TryNext(out var v)) if (!Ops.IsTrue(v)) return PyBool.False;
            return PyBool.True;
        });
        Def("sorted", (a, k) =>
        {
            var pos = Positional(a, k, out var kwargs);
            if (pos.Length != 1) throw Ops.TypeError($"sorted expected 1 argument, got {pos.Length}");
            // Ops.ToArray shares a tuple's own array; every other source gives a fresh one.
            var list = new PyList(pos[0] is PyTuple t ? (PyObject[])t.Items.Clone() : Ops.ToArray(pos[0]));
            TypeMethods.Sort(list, TakeKw(kwargs, "key"), TakeKw(kwargs, "reverse"));
            NoMoreKw("sort", kwargs);
            return list;
        });
        DefType(IteratorTypes.Reversed, (a, k) =>
        {
            if (k is { Length: > 0 }) throw Ops.TypeError("reversed() takes no keyword arguments");
            if (a.Length != 1) throw Ops.TypeError($"reversed expected 1 argument, got {a.Length}");
            var o = a[0];
            if (o is PyList l) return new ListReverseIterator(l);
            if (o is PyTuple t && o.Type == PyType.TupleType) return new ReversedIterator(t, t.Items.Length);
            if (o is PyRange r) return r.ReversedIter();
            if (o is PyStr s && o.Type == PyType.StrType) return new ReversedIterator(s, s.Len());
            // Exact types only: OrderedDict and its views have their own __reversed__ (odict_iterator).
            if (o is PyDict dict && o.Type == PyType.DictType) return new DictReverseIterator(dict, DictIterator.Kind.Keys);
            if (o is PyDictView view && o.GetType() == typeof(PyDictView)) return new DictReverseIterator(view.Dict, view.Kind);
            var m = o.Type.Lookup("__reversed__");
            if (m == PyNone.Instance) throw Ops.TypeError($"'{o.Type.TpName}' object is not reversible");
            if (m != null) return m.Call1(o);
            if (o.Type.Lookup("__getitem__") != null && o.Type.Lookup("__len__") != null && o is not PyDict)
                return new ReversedIterator(o, o.Len());
            throw Ops.TypeError($"'{o.Type.TpName}' object is not reversible");
        });
        DefType(IteratorTypes.Enumerate, (a, k) =>
        {
            var pos = Positional(a, k, out var kwargs);
            if (a.Length > 2) throw Ops.TypeError($"enumerate() takes at most 2 arguments ({a.Length} given)");
            var iterable = TakeKw(kwargs, "iterable") ?? (pos.Length > 0 ? pos[0]
                : throw Ops.TypeError("enumerate() missing required argument 'iterable'"));
            var start = TakeKw(kwargs, "start") ?? (pos.Length > 1 ? pos[1] : PyInt.Get(0));
            NoMoreKw("enumerate", kwargs);
            if (!Ops.IsIntLike(start)) start = PyInt.From(IndexBig(start));
            return new EnumerateIterator(iterable.Iter(), start);
        });
        DefType(IteratorTypes.Zip, (a, k) =>
        {
            var pos = Positional(a, k, out var kwargs);
            var strict = TakeKw(kwargs, "strict");
            NoMoreKw("zip", kwargs);
            var its = new PyIterator[pos.Length];
            for (int i = 0; i < its.Length; i++) its[i] = pos[i].Iter();
            return new ZipIterator(its, strict != null && Ops.IsTrue(strict));
        });
        DefType(IteratorTypes.Map, (a, k) =>
        {
            if (k != null) throw Ops.TypeError("map() takes no keyword arguments");
            if (a.Length < 2) throw Ops.TypeError("map() must have at least two arguments.");
            var its = new PyIterator[a.Length - 1];
            for (int i = 0; i < its.Length; i++) its[i] = a[i + 1].Iter();
            return new MapIterator(a[0], its);
        });
        DefType(IteratorTypes.Filter, (a, k) =>
        {
            CheckArgs("filter", a, k, 2, 2);
            return new FilterIterator(a[0], a[1].Iter());
        });
        Def("divmod", (a, k) =>
        {
            CheckArgs("divmod", a, k, 2, 2);
            return BuiltinDivmod.DivMod(a[0], a[1]);
        });
        Def("pow", (a, k) =>
        {
            CheckArgs("pow", a, k, 2, 3);
            if (a.Length == 3 && a[2] != PyNone.Instance)
            {
                if (!Ops.IsIntLike(a[0]) || !Ops.IsIntLike(a[1]) || !Ops.IsIntLike(a[2]))
                    throw Ops.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
                try { return PyInt.From(IntegerMath.ModPow(Ops.ToBig(a[0]), Ops.ToBig(a[1]), Ops.ToBig(a[2]))); }
                catch (NumericError e) { throw Ops.FromNumeric(e); }
            }
            return Ops.Pow(a[0], a[1]);
        });
        Def("round", (a, k) =>
        {
            var pos = Positional(a, k, out var kwargs);
            var nd = TakeKw(kwargs, "ndigits") ?? (pos.Length > 1 ? pos[1] : null);
            var x = pos.Length > 0 ? pos[0] : TakeKw(kwargs, "number");
            if (x == null) throw Ops.TypeError("round() missing required argument 'number' (pos 1)");
            if (pos.Length > 2) throw Ops.TypeError($"round() takes at most 2 arguments ({pos.Length} given)");
            if (x is PyFloat f)
            {
                try
                {
                    if (nd == null || nd == PyNone.Instance)
                    {
                        if (double.IsNaN(f.Value)) throw Ops.ValueError("cannot convert float NaN to integer");
                        if (double.IsInfinity(f.Value)) throw Ops.OverflowError("cannot convert float infinity to integer");
                        return PyInt.From(FloatMath.RoundToInteger(f.Value));
                    }
                    return new PyFloat(FloatMath.Round(f.Value, Ops.Index(nd)));
                }
                catch (NumericError e) { throw Ops.FromNumeric(e); }
            }
            if (Ops.IsIntLike(x))
            {
                if (nd == null || nd == PyNone.Instance) return PyInt.From(Ops.ToBig(x));
                long n = Ops.Index(nd);
                if (n >= 0) return PyInt.From(Ops.ToBig(x));
                var p = BigInteger.Pow(10, (int)-n);
                var v = Ops.ToBig(x);
                var q = IntegerMath.DivMod(v, p, out var r);
                var twice = r * 2;
                if (twice > p || (twice == p && !q.IsEven)) q += 1;
                return PyInt.From(q * p);
            }
            var m = x.Type.Lookup("__round__");
            if (m != null) return nd == null ? m.Call1(x) : m.Call2(x, nd);
            throw Ops.TypeError($"type {x.Type.TpName} doesn't define __round__ method");
        });
        Def("format", (a, k) =>
        {
            CheckArgs("format", a, k, 1, 2);
            return new PyStr(ValueFormat.Format(a[0], a.Length > 1 ? Ops.ExpectStr(a[1], "format") : ""));
        });
        Def("exit", (a, k) => throw new PythonException(ExceptionTypes.Make(ExceptionTypes.SystemExit, a)));
        Def("quit", (a, k) => throw new PythonException(ExceptionTypes.Make(ExceptionTypes.SystemExit, a)));
        Def("input", Io.IoOpen.Input);
        Module.Set("None", PyNone.Instance);
        Module.Set("True", PyBool.True);
        Module.Set("False", PyBool.False);
        Module.Set("Ellipsis", PyEllipsis.Instance);
        Module.Set("NotImplemented", PyNotImplemented.Instance);
        // SetSysFlags sets it again from -O once the command line is read.
        Module.Set("__debug__", PyBool.True);
        Module.Set("__name__", new PyStr("builtins"));
        foreach (var t in ExceptionTypes.Builtins) Module.Set(t.Name, t);
        Module.Set("EnvironmentError", ExceptionTypes.OSError);
        Module.Set("IOError", ExceptionTypes.OSError);
    }

    public static PyType EnumerateType => IteratorTypes.Enumerate;
    public static PyType ZipType => IteratorTypes.Zip;
    public static PyType MapType => IteratorTypes.Map;
    public static PyType FilterType => IteratorTypes.Filter;

    public static PyObject Next(PyObject o, PyObject? dflt)
    {
        if (o is PyGenerator g)
        {
            var r = g.Step(PyNone.Instance);
            if (r != null) return r;
            if (dflt != null) return dflt;
            return g.StopIteration();
        }
        if (o is PyIterator it)
        {
            if (it.TryNext(out var v)) return v;
            if (dflt != null) return dflt;
            throw new PythonException(ExceptionTypes.Make(ExceptionTypes.StopIteration));
        }
        var m = o.Type.Lookup("__next__");
        if (m == null) throw Ops.TypeError($"'{o.Type.TpName}' object is not an iterator");
        if (dflt == null) return m.Call1(o);
        try { return m.Call1(o); }
        catch (PythonException e) when (e.Value.Class.IsSubtypeOf(ExceptionTypes.StopIteration)) { return dflt; }
    }

    private static PyObject MinMax(PyObject[] a, string[]? k, string name, CompareOp op)
    {
        var pos = Positional(a, k, out var kwargs);
        var key = TakeKw(kwargs, "key");
        var dflt = TakeKw(kwargs, "default");
        NoMoreKw(name, kwargs);
        if (key == PyNone.Instance) key = null;
        PyIterator it;
        if (pos.Length == 0) throw Ops.TypeError($"{name} expected at least 1 argument, got 0");
        if (pos.Length == 1) it = pos[0].Iter();
        else
        {
            if (dflt != null) throw Ops.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
            it = new ArrayIterator(pos, pos.Length);
        }
        PyObject? best = null, bestKey = null;
        while (it.TryNext(out var v))
        {
            var kv = key == null ? v : key.Call1(v);
            if (best == null || Ops.IsTrue(Ops.Compare(kv, bestKey!, op))) { best = v; bestKey = kv; }
        }
        if (best != null) return best;
        if (dflt != null) return dflt;
        throw Ops.ValueError($"{name}() arg is an empty sequence");
    }

    public static PyObject Abs(PyObject o)
    {
        switch (o)
        {
            case PyInt i: return i.Value == long.MinValue ? PyInt.From(-(BigInteger)i.Value) : PyInt.Get(System.Math.Abs(i.Value));
            case PyFloat f: return new PyFloat(System.Math.Abs(f.Value));
            case PyBool b: return PyInt.Get(b.Value ? 1 : 0);
            case PyBigInt bi: return PyInt.From(BigInteger.Abs(bi.Value));
        }
        var m = o.Type.Lookup("__abs__");
        if (m != null) return m.Call1(o);
        throw Ops.TypeError($"bad operand type for abs(): '{o.Type.TpName}'");
    }

    public static bool IsCallable(PyObject o) =>
        o is PyFunction or PyBuiltinFunction or PyType or PyBoundMethod or PyMethodDescriptor or PyStaticMethod
        || o.Type.Lookup("__call__") != null;

    public static bool IsInstance(PyObject o, PyObject cls)
    {
        if (cls is PyType t)
        {
            if (o.Type == t) return true;
            // A metaclass may define __instancecheck__ (abc-style virtual subclasses).
            var check = t.Metatype?.LookupOverride("__instancecheck__");
            if (check != null) return Ops.IsTrue(check.Call2(t, o));
            return o.Type.IsSubtypeOf(t);
        }
        if (cls is PyTuple tup)
        {
            foreach (var c in tup.Items) if (IsInstance(o, c)) return true;
            return false;
        }
        if (cls is PyUnion u)
        {
            foreach (var m in u.Args.Items) if (IsInstance(o, NotGeneric(m, "isinstance"))) return true;
            return false;
        }
        throw Ops.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static bool IsSubclass(PyType t, PyObject cls)
    {
        if (cls is PyType c)
        {
            var check = c.Metatype?.LookupOverride("__subclasscheck__");
            if (check != null) return Ops.IsTrue(check.Call2(c, t));
            return t.IsSubtypeOf(c);
        }
        if (cls is PyTuple tup)
        {
            foreach (var x in tup.Items) if (IsSubclass(t, x)) return true;
            return false;
        }
        if (cls is PyUnion u)
        {
            foreach (var m in u.Args.Items) if (IsSubclass(t, NotGeneric(m, "issubclass"))) return true;
            return false;
        }
        throw Ops.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /// <summary>A union member for isinstance/issubclass, which refuse a parameterized generic once they reach it.</summary>
    private static PyObject NotGeneric(PyObject member, string caller) => member is PyGenericAlias
        ? throw Ops.TypeError($"{caller}() argument 2 cannot be a parameterized generic")
        : member;

    public static PyObject IntOf(PyObject o)
    {
        switch (o)
        {
            case PyInt or PyBigInt: return o;
            case PyBool b: return PyInt.Get(b.Value ? 1 : 0);
            case PyFloat f:
                if (double.IsNaN(f.Value)) throw Ops.ValueError("cannot convert float NaN to integer");
                if (double.IsInfinity(f.Value)) throw Ops.OverflowError("cannot convert float infinity to integer");
                if (f.Value > -9.2e18 && f.Value < 9.2e18) return PyInt.Get((long)f.Value);
                return PyInt.From(FloatMath.Truncate(f.Value));
            case PyStr s: return ParseInt(s.Value, 10, s);
            case PyBytes by: return ParseIntBytes(by.Value, 10);
            case PyByteArray ba: return ParseIntBytes(ba.Span, 10);
        }
        var m = o.Type.Lookup("__int__") ?? o.Type.Lookup("__index__");
        if (m != null) return m.Call1(o);
        m = o.Type.Lookup("__trunc__");
        if (m != null) return m.Call1(o);
        throw Ops.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{o.Type.TpName}'");
    }

    private static PyObject ParseInt(string text, int @base, PyObject original)
    {
        // Parse returns false when the value is in big (it does not fit a long); it throws for bad text.
        try
        {
            return IntegerText.Parse(text, @base, out long small, out BigInteger big) ? PyInt.Get(small) : PyInt.From(big);
        }
        catch (NumericError e) { throw Ops.FromNumeric(e); }
    }

    private static PyObject ParseIntBytes(ReadOnlySpan<byte> text, int @base)
    {
        try
        {
            return IntegerText.Parse(text, @base, out long small, out BigInteger big) ? PyInt.Get(small) : PyInt.From(big);
        }
        catch (NumericError e) { throw Ops.FromNumeric(e); }
    }

    public static PyObject FloatOf(PyObject o)
    {
        switch (o)
        {
            case PyFloat: return o;
            case PyStr s:
                try { return new PyFloat(FloatMath.Parse(s.Value)); }
                catch (NumericError) { throw Ops.ValueError($"could not convert string to float: {Ops.Repr(s)}"); }
            case PyBytes or PyByteArray or PyMemoryView:
                // Bytes are parsed as their ASCII text (pickle's protocol 0 FLOAT opcode relies on it).
                var raw = BytesMethods.Buf(o).ToArray();
                try { return new PyFloat(FloatMath.Parse(System.Text.Encoding.Latin1.GetString(raw))); }
                catch (NumericError) { throw Ops.ValueError($"could not convert string to float: {Ops.Repr(new PyBytes(raw))}"); }
        }
        if (Ops.IsIntLike(o)) return new PyFloat(Ops.ToDouble(o));
        var m = o.Type.Lookup("__float__");
        if (m != null) return m.Call1(o);
        m = o.Type.Lookup("__index__");
        if (m != null) return new PyFloat(Ops.ToDouble(m.Call1(o)));
        throw Ops.TypeError($"float() argument must be a string or a real number, not '{o.Type.TpName}'");
    }

    private static void DefineTypes()
    {
        PyType.IntType.Constructor = (a, k) =>
        {
            var pos = Positional(a, k, out var kwargs);
            var b = TakeKw(kwargs, "base") ?? (pos.Length > 1 ? pos[1] : null);
            NoMoreKw("int", kwargs);
            if (pos.Length == 0) return PyInt.Get(0);
            if (b != null)
            {
                if (pos[0] is PyBytes by) return ParseIntBytes(by.Value, (int)Ops.Index(b));
                if (pos[0] is PyByteArray ba) return ParseIntBytes(ba.Span, (int)Ops.Index(b));
                if (PyInstance.Unwrap(pos[0]) is not PyStr s) throw Ops.TypeError("int() can't convert non-string with explicit base");
                return ParseInt(s.Value, (int)Ops.Index(b), s);
            }
            return IntOf(pos[0]);
        };
        PyType.MethodType.Constructor = (a, k) =>
        {
            if (k != null && k.Length > 0) throw Ops.TypeError("method() takes no keyword arguments");
            if (a.Length != 2) throw Ops.TypeError($"method expected 2 arguments, got {a.Length}");
            if (!IsCallable(a[0])) throw Ops.TypeError("first argument must be callable");
            if (a[1] == PyNone.Instance) throw Ops.TypeError("instance must not be None");
            return new PyBoundMethod(a[0], a[1]);
        };
        PyType.FloatType.Constructor = (a, k) => { CheckArgs("float", a, k, 0, 1); return a.Length == 0 ? new PyFloat(0) : FloatOf(a[0]); };
        PyType.BoolType.Constructor = (a, k) => { CheckArgs("bool", a, k, 0, 1); return Ops.Box(a.Length > 0 && Ops.IsTrue(a[0])); };
        PyType.StrType.Constructor = (a, k) =>
        {
            if (a.Length == 0) return PyStr.Empty;
            if (a.Length == 1 && k == null) return Ops.StrObj(a[0]);
            return StrConstruct(a, k);
        };
        PyType.TupleType.Constructor = (a, k) => { CheckArgs("tuple", a, k, 0, 1); return a.Length == 0 ? PyTuple.Empty : a[0] is PyTuple t && t.GetType() == typeof(PyTuple) ? t : new PyTuple(Ops.ToArray(a[0]).ToArray()); };
        PyType.ListType.Constructor = (a, k) => { CheckArgs("list", a, k, 0, 1); return a.Length == 0 ? new PyList() : new PyList(Ops.ToArray(a[0]) is var arr && a[0] is PyTuple ? (PyObject[])arr.Clone() : arr); };
        PyType.DictType.Constructor = (a, k) =>
        {
            var pos = Positional(a, k, out var kwargs);
            var d = new PyDict();
            if (pos.Length > 0) TypeMethods.DictUpdate(d, pos[0]);
            if (kwargs != null) foreach (var kv in kwargs) d.SetItem(new PyStr(kv.Key), kv.Value);
            return d;
        };
        PyType.SetType.Constructor = (a, k) =>
        {
            CheckArgs("set", a, k, 0, 1);
            return PySet.From(a.Length > 0 ? a[0] : null, frozen: false);
        };
        PyType.FrozenSetType.Constructor = (a, k) =>
        {
            CheckArgs("frozenset", a, k, 0, 1);
            // frozenset(f) of an exact frozenset is f itself, as in CPython.
            if (a.Length > 0 && a[0] is PySet { Frozen: true } same) return same;
            return PySet.From(a.Length > 0 ? a[0] : null, frozen: true);
        };
        PyType.RangeType.Constructor = (a, k) =>
        {
            if (k != null) throw Ops.TypeError("range() takes no keyword arguments");
            if (a.Length == 0) throw Ops.TypeError("range expected at least 1 argument, got 0");
            if (a.Length > 3) throw Ops.TypeError($"range expected at most 3 arguments, got {a.Length}");
            return PyRange.Create(a);
        };
        PyType.SliceType.Constructor = (a, k) =>
        {
            CheckArgs("slice", a, k, 1, 3);
            return a.Length == 1 ? new PySlice(PyNone.Instance, a[0], PyNone.Instance)
                : new PySlice(a[0], a[1], a.Length > 2 ? a[2] : PyNone.Instance);
        };
        PyType.BytesType.Constructor = (a, k) =>
            a.Length == 1 && k == null && a[0] is PyBytes same ? same : new PyBytes(BytesMethods.Construct("bytes", a, k));
        PyType.ByteArrayType.Constructor = (a, k) => new PyByteArray(BytesMethods.Construct("bytearray", a, k));
        PyType.ObjectType.Constructor = (a, k) =>
        {
            if (a.Length > 0) throw Ops.TypeError("object() takes no arguments");
            return new PyInstance(PyType.ObjectType);
        };
        PyType.TypeType.Constructor = (a, k) =>
        {
            if (a.Length == 1) return a[0].Type;
            throw Ops.NotImplemented("type() with three arguments");
        };
        PyType.SuperType.Constructor = (a, k) =>
        {
            if (a.Length != 2) throw Ops.RuntimeError("super(): no arguments");
            if (a[0] is not PyType t) throw Ops.TypeError($"super() argument 1 must be a type, not {a[0].Type.TpName}");
            return new PySuper(t, a[1]);
        };
        PyType.ClassMethodType.Constructor = (a, k) => new PyClassMethod(OneArgument("classmethod", a, k));
        PyType.StaticMethodType.Constructor = (a, k) => new PyStaticMethod(OneArgument("staticmethod", a, k));
        PyType.PropertyType.Constructor = (a, k) =>
        {
            var pos = Positional(a, k, out var kwargs);
            PyObject? Arg(int i, string n) { var v = TakeKw(kwargs, n) ?? (pos.Length > i ? pos[i] : null); return v == PyNone.Instance ? null : v; }
            return new PyProperty(Arg(0, "fget"), Arg(1, "fset"), Arg(2, "fdel"), Arg(3, "doc"));
        };
        foreach (var t in new[] { PyType.IntType, PyType.FloatType, PyType.BoolType, PyType.StrType, PyType.TupleType,
                     PyType.ListType, PyType.DictType, PyType.SetType, PyType.FrozenSetType, PyType.RangeType,
                     PyType.SliceType, PyType.BytesType, PyType.ByteArrayType, PyType.ObjectType, PyType.TypeType,
                     PyType.SuperType, PyType.ClassMethodType, PyType.StaticMethodType, PyType.PropertyType,
                     PyMemoryView.MemoryViewType, PyComplex.ComplexType })
            Module.Set(t.Name, t);
    }

    private static void DefineSys()
    {
        Sys.Set("stdout", Stdout);
        Sys.Set("stderr", Stderr);
        DefineSysModule();
    }
}

internal static class ModuleExtensions
{
    public static PyBuiltinFunction Get(this PyModule m, string name) => (PyBuiltinFunction)m.Cells[name].Value!;
}
