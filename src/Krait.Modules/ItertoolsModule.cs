using Krait.Runtime;

namespace Krait.Modules;

/// <summary>The itertools module: each function is a type whose instances are exception-free iterators.</summary>
public static class ItertoolsModule
{
    private static PyType T(string name, Func<PyObject[], string[]?, PyObject> ctor)
    {
        var t = NativeModule.Type("itertools", name);
        NativeModule.IteratorMethods(t);
        t.Constructor = ctor;
        return t;
    }

    private static readonly PyType Count = T("count", (a, k) =>
    {
        var p = NativeArgs.Bind("count", a, k, new[] { "start", "step" }, 0);
        var start = p[0] ?? PyInt.Get(0);
        var step = p[1] ?? PyInt.Get(1);
        if (!IsNumber(start) || !IsNumber(step)) throw Ops.TypeError("a number is required");
        return new CountIterator(Count!, start, step);
    });

    private static bool IsNumber(PyObject o) =>
        o is PyInt or PyFloat or PyBigInt or PyBool || o.Type.Lookup("__index__") != null
        || o.Type.Lookup("__float__") != null || o.Type.Lookup("__int__") != null || o.Type.Name == "complex";

    private static readonly PyType Cycle = T("cycle", (a, k) =>
    {
        NativeArgs.NoKeywords("cycle", k);
        NativeArgs.Count("cycle", a, k, 1, 1);
        return new CycleIterator(Cycle!, a[0]);
    });

    private static readonly PyType Repeat = T("repeat", (a, k) =>
    {
        var p = NativeArgs.Bind("repeat", a, k, new[] { "object", "times" }, 1);
        long times = p[1] == null ? -1 : Math.Max(0, NativeArgs.Int(p[1]!));
        return new RepeatIterator(Repeat!, p[0]!, times);
    });

    private static readonly PyType Accumulate = T("accumulate", (a, k) =>
    {
        var p = NativeArgs.Bind("accumulate", a, k, new[] { "iterable", "func", "initial" }, 1, kwOnlyFrom: 2);
        var func = p[1] == PyNone.Instance ? null : p[1];
        var initial = p[2] == PyNone.Instance ? null : p[2];
        return new AccumulateIterator(Accumulate!, p[0]!, func, initial);
    });

    private static readonly PyType Chain = T("chain", (a, k) =>
    {
        NativeArgs.NoKeywords("chain", k);
        return new ChainIterator(Chain!, new ArrayIterator(a, a.Length));
    });

    private static readonly PyType Compress = T("compress", (a, k) =>
    {
        var p = NativeArgs.Bind("compress", a, k, new[] { "data", "selectors" }, 2);
        return new CompressIterator(Compress!, p[0]!, p[1]!);
    });

    private static readonly PyType DropWhile = T("dropwhile", (a, k) => Predicate("dropwhile", DropWhile!, PredicateIterator.Kind.DropWhile, a, k));
    private static readonly PyType TakeWhile = T("takewhile", (a, k) => Predicate("takewhile", TakeWhile!, PredicateIterator.Kind.TakeWhile, a, k));
    private static readonly PyType FilterFalse = T("filterfalse", (a, k) => Predicate("filterfalse", FilterFalse!, PredicateIterator.Kind.FilterFalse, a, k));

    private static PyObject Predicate(string name, PyType t, PredicateIterator.Kind kind, PyObject[] a, string[]? k)
    {
        NativeArgs.NoKeywords(name, k);
        NativeArgs.Count(name, a, k, 2, 2);
        return new PredicateIterator(t, kind, a[0], a[1]);
    }

    private static readonly PyType Grouper = MakeGrouper();
    private static PyType MakeGrouper()
    {
        var t = NativeModule.Type("itertools", "_grouper");
        NativeModule.IteratorMethods(t);
        return t;
    }

    private static readonly PyType GroupBy = T("groupby", (a, k) =>
    {
        var p = NativeArgs.Bind("groupby", a, k, new[] { "iterable", "key" }, 1);
        return new GroupByIterator(GroupBy!, Grouper, p[0]!, p[1]);
    });

    private const string IndexMessage = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    private static long SliceIndex(PyObject o, string message, long dflt)
    {
        if (o == PyNone.Instance) return dflt;
        long v;
        try { v = Ops.Index(o); }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError)) { throw Ops.ValueError(message); }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.OverflowError)) { v = long.MaxValue; }
        if (v < 0) throw Ops.ValueError(message);
        return v;
    }

    private static readonly PyType ISlice = T("islice", (a, k) =>
    {
        NativeArgs.NoKeywords("islice", k);
        NativeArgs.Count("islice", a, k, 2, 4);
        long start = 0, stop, step = 1;
        if (a.Length == 2) stop = SliceIndex(a[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", -1);
        else
        {
            start = SliceIndex(a[1], IndexMessage, 0);
            stop = SliceIndex(a[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", -1);
            if (a.Length == 4)
            {
                if (a[3] != PyNone.Instance)
                {
                    try { step = Ops.Index(a[3]); }
                    catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError)) { step = 0; }
                }
                if (step <= 0) throw Ops.ValueError("Step for islice() must be a positive integer or None.");
            }
        }
        return new ISliceIterator(ISlice!, a[0], start, stop, step);
    });

    private static readonly PyType Pairwise = T("pairwise", (a, k) =>
    {
        NativeArgs.NoKeywords("pairwise", k);
        NativeArgs.Count("pairwise", a, k, 1, 1);
        return new PairwiseIterator(Pairwise!, a[0]);
    });

    private static readonly PyType Starmap = T("starmap", (a, k) =>
    {
        NativeArgs.NoKeywords("starmap", k);
        NativeArgs.Count("starmap", a, k, 2, 2);
        return new StarmapIterator(Starmap!, a[0], a[1]);
    });

    private static readonly PyType Tee = MakeTee();
    private static PyType MakeTee()
    {
        var t = NativeModule.Type("itertools", "_tee");
        NativeModule.IteratorMethods(t);
        NativeModule.Method(t, "__copy__", (self, a, k) => ((TeeIterator)self).Copy());
        return t;
    }

    private static readonly PyType ZipLongest = T("zip_longest", (a, k) =>
    {
        int nkw = k?.Length ?? 0;
        PyObject fill = PyNone.Instance;
        for (int i = 0; i < nkw; i++)
        {
            if (k![i] != "fillvalue") throw Ops.TypeError("zip_longest() got an unexpected keyword argument");
            fill = a[a.Length - nkw + i];
        }
        return new ZipLongestIterator(ZipLongest!, a[..(a.Length - nkw)], fill);
    });

    private static readonly PyType Product = T("product", (a, k) =>
    {
        int nkw = k?.Length ?? 0;
        long repeat = 1;
        for (int i = 0; i < nkw; i++)
        {
            if (k![i] != "repeat") throw Ops.TypeError($"'{k[i]}' is an invalid keyword argument for product()");
            repeat = NativeArgs.Int(a[a.Length - nkw + i]);
        }
        if (repeat < 0) throw Ops.ValueError("repeat argument cannot be negative");
        int npos = a.Length - nkw;
        var pools = new PyObject[npos][];
        for (int i = 0; i < npos; i++) pools[i] = (PyObject[])Ops.ToArray(a[i]).Clone();
        var all = new PyObject[npos * repeat][];
        for (long r = 0; r < repeat; r++) Array.Copy(pools, 0, all, r * npos, npos);
        return new CombinatoricIterator(Product!, CombinatoricIterator.Kind.Product, all, 0);
    });

    private static readonly PyType Permutations = T("permutations", (a, k) =>
    {
        var p = NativeArgs.Bind("permutations", a, k, new[] { "iterable", "r" }, 1);
        var pool = (PyObject[])Ops.ToArray(p[0]!).Clone();
        long r = p[1] == null || p[1] == PyNone.Instance ? pool.Length : NativeArgs.Int(p[1]!);
        if (r < 0) throw Ops.ValueError("r must be non-negative");
        return new CombinatoricIterator(Permutations!, CombinatoricIterator.Kind.Permutations, new[] { pool }, (int)Math.Min(r, int.MaxValue));
    });

    private static readonly PyType Combinations = T("combinations", (a, k) => Combos("combinations", Combinations!, CombinatoricIterator.Kind.Combinations, a, k));
    private static readonly PyType CombinationsWithReplacement = T("combinations_with_replacement", (a, k) =>
        Combos("combinations_with_replacement", CombinationsWithReplacement!, CombinatoricIterator.Kind.CombinationsWithReplacement, a, k));

    private static PyObject Combos(string name, PyType t, CombinatoricIterator.Kind kind, PyObject[] a, string[]? k)
    {
        var p = NativeArgs.Bind(name, a, k, new[] { "iterable", "r" }, 2);
        var pool = (PyObject[])Ops.ToArray(p[0]!).Clone();
        long r = NativeArgs.Int(p[1]!);
        if (r < 0) throw Ops.ValueError("r must be non-negative");
        return new CombinatoricIterator(t, kind, new[] { pool }, (int)Math.Min(r, int.MaxValue));
    }

    public static PyModule Create()
    {
        var m = NativeModule.New("itertools");
        foreach (var t in new[] { Count, Cycle, Repeat, Accumulate, Chain, Compress, DropWhile, TakeWhile, FilterFalse,
                                  GroupBy, ISlice, Pairwise, Starmap, ZipLongest, Product, Permutations, Combinations,
                                  CombinationsWithReplacement })
            m.Set(t.Name, t);
        Chain.Dict["from_iterable"] = new PyClassMethod(new PyBuiltinFunction("from_iterable", (a, k) =>
        {
            NativeArgs.Exactly("chain.from_iterable", a[1..], k, 1);
            return new ChainIterator(Chain, a[1].Iter());
        }));
        NativeModule.Method(Repeat, "__length_hint__", (self, a, k) => PyInt.Get(Math.Max(0, ((RepeatIterator)self).LengthHint)));
        foreach (var t in new[] { Count, Repeat })
            NativeModule.Method(t, "__repr__", (self, a, k) => new PyStr(self.Repr()));
        NativeModule.Def(m, "tee", (a, k) =>
        {
            NativeArgs.NoKeywords("tee", k);
            NativeArgs.Count("tee", a, k, 1, 2);
            long n = a.Length > 1 ? NativeArgs.Int(a[1]) : 2;
            if (n < 0) throw Ops.ValueError("n must be >= 0");
            var it = a[0].Iter();
            return new PyTuple(TeeIterator.Make(Tee, n == 0 ? PyTuple.Empty : it, (int)n));
        });
        return m;
    }
}
