using Krait.Runtime;

namespace Krait.Modules;

/// <summary>functools._lru_cache_wrapper: memoizes calls by their arguments. The cache is a dict table in
/// recency order (a hit moves its entry to the end, eviction drops the first). An instance, so update_wrapper
/// can give it __name__, __doc__, __wrapped__.</summary>
public sealed class LruCacheWrapper : PyInstance
{
    public static readonly PyType WrapperType = MakeType();
    /// <summary>Separates positional from keyword parts of a key (CPython's kwd_mark).</summary>
    private static readonly PyObject KwdMark = new PyInstance(PyType.ObjectType);

    private readonly PyObject _func;
    private readonly long _maxSize;   // -1: unbounded
    private readonly bool _typed;
    private readonly PyObject _cacheInfoType;
    private readonly HashTable _cache = new();
    private long _hits, _misses;

    public LruCacheWrapper(PyObject func, long maxSize, bool typed, PyObject cacheInfoType) : base(WrapperType)
    {
        _func = func; _maxSize = maxSize; _typed = typed; _cacheInfoType = cacheInfoType;
    }

    private static PyType MakeType()
    {
        var t = NativeModule.Type("functools", "_lru_cache_wrapper");
        t.HasDict = true;
        t.Constructor = (a, k) =>
        {
            NativeArgs.Count("_lru_cache_wrapper", a, k, 4, 4);
            if (!Builtins.IsCallable(a[0])) throw Ops.TypeError("the first argument must be callable");
            long max = a[1] == PyNone.Instance ? -1 : Math.Max(0, Ops.Index(a[1]));
            return new LruCacheWrapper(a[0], max, Ops.IsTrue(a[2]), a[3]);
        };
        NativeModule.Method(t, "__call__", (self, a, k) => self.Call(a, k));
        NativeModule.Method(t, "__get__", (self, a, k) =>
            a.Length == 0 || a[0] == PyNone.Instance ? self : new PyBoundMethod(self, a[0]));
        NativeModule.Method(t, "cache_info", (self, a, k) =>
        {
            var w = (LruCacheWrapper)self;
            return w._cacheInfoType.Call(new PyObject[]
            {
                PyInt.Get(w._hits), PyInt.Get(w._misses),
                w._maxSize < 0 ? PyNone.Instance : PyInt.Get(w._maxSize), PyInt.Get(w._cache.Count),
            }, null);
        });
        NativeModule.Method(t, "cache_clear", (self, a, k) =>
        {
            var w = (LruCacheWrapper)self;
            w._cache.Clear();
            w._hits = w._misses = 0;
            return PyNone.Instance;
        });
        NativeModule.Method(t, "__copy__", (self, a, k) => self);
        NativeModule.Method(t, "__deepcopy__", (self, a, k) => self);
        return t;
    }

    private PyObject MakeKey(PyObject[] args, string[]? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        if (nkw == 0 && !_typed && args.Length == 1 && (args[0] is PyInt || args[0] is PyStr)) return args[0];
        int npos = args.Length - nkw;
        var parts = new List<PyObject>(args.Length * 2 + 1);
        for (int i = 0; i < npos; i++) parts.Add(args[i]);
        if (nkw > 0)
        {
            parts.Add(KwdMark);
            for (int i = 0; i < nkw; i++) { parts.Add(new PyStr(kwnames![i])); parts.Add(args[npos + i]); }
        }
        if (_typed)
        {
            for (int i = 0; i < npos; i++) parts.Add(args[i].Type);
            for (int i = 0; i < nkw; i++) parts.Add(args[npos + i].Type);
        }
        return new PyTuple(parts.ToArray());
    }

    public override PyObject Call1(PyObject a) => Call(new[] { a }, null);
    public override PyObject Call2(PyObject a, PyObject b) => Call(new[] { a, b }, null);
    public override PyObject Call0() => Call(Array.Empty<PyObject>(), null);

    public override PyObject Call(PyObject[] args, string[]? kwnames)
    {
        if (_maxSize == 0)
        {
            _misses++;
            return _func.Call(args, kwnames);
        }
        var key = MakeKey(args, kwnames);
        long hash = Ops.Hash(key);
        int ix = _cache.Find(key, hash);
        if (ix >= 0)
        {
            _hits++;
            var v = _cache.Entries[ix].Value!;
            if (_maxSize > 0)
            {
                // Most recently used goes to the end.
                var k = _cache.Entries[ix].Key!;
                _cache.Remove(k, out _);
                _cache.Insert(k, hash, v);
            }
            return v;
        }
        _misses++;
        var result = _func.Call(args, kwnames);
        // The call may have filled the entry meanwhile (recursion): keep the first result, as CPython does.
        if (_cache.Find(key, hash) >= 0) return result;
        if (_maxSize > 0 && _cache.Count >= _maxSize)
        {
            for (int e = 0; e < _cache.Used; e++)
                if (_cache.Entries[e].Key is { } oldest) { _cache.Remove(oldest, out _); break; }
        }
        _cache.Insert(key, hash, result);
        return result;
    }
}

/// <summary>functools.cmp_to_key's wrapper: compares wrapped objects through the old-style cmp function.</summary>
public sealed class KeyWrapper : PyObject
{
    public static readonly PyType KeyWrapperType = MakeType();
    private readonly PyObject _cmp;
    private readonly PyObject? _obj;

    public KeyWrapper(PyObject cmp, PyObject? obj) { _cmp = cmp; _obj = obj; }
    public override PyType Type => KeyWrapperType;

    private static PyType MakeType()
    {
        var t = NativeModule.Type("functools", "KeyWrapper");
        t.Dict["__hash__"] = PyNone.Instance;
        NativeModule.Method(t, "__call__", (self, a, k) => self.Call(a, k));
        return t;
    }

    public override long Hash() => throw Ops.TypeError("unhashable type: 'functools.KeyWrapper'");

    public override PyObject Call1(PyObject a) => new KeyWrapper(_cmp, a);

    public override PyObject Call(PyObject[] args, string[]? kwnames)
    {
        var p = NativeArgs.Bind("K", args, kwnames, new[] { "obj" }, 1);
        return new KeyWrapper(_cmp, p[0]);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not KeyWrapper o || _obj == null || o._obj == null) throw Ops.TypeError("other argument must be K instance");
        var r = _cmp.Call2(_obj, o._obj);
        return Ops.Compare(r, PyInt.Get(0), op);
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name == "obj" && _obj != null) { value = _obj; return true; }
        return base.TryGetAttr(name, out value);
    }
}
