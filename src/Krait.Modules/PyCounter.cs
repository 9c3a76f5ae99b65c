using System.Text;
using Krait.Runtime;

namespace Krait.Modules;

/// <summary>collections.Counter: a dict of counts. Missing keys count 0; the multiset operators keep positive
/// counts only; most_common orders by count, ties in insertion order (a stable sort, as CPython's sorted/nlargest).</summary>
public sealed class PyCounter : NativeDict
{
    public static readonly PyType CounterType = NativeModule.Type("collections", "Counter", PyType.DictType, static t => new PyCounter(t), writtenInC: false);

    public PyCounter(PyType cls) : base(cls) { }
    public PyCounter() : base(CounterType) { }
    protected override PyType NativeType => CounterType;

    protected override PyObject Missing(PyObject key) => PyInt.Get(0);

    /// <summary>dict.get(key, 0): what Counter's own methods read (a subclass's __missing__ is not consulted).</summary>
    private PyObject Get0(PyObject key) => Table.Get(key) ?? PyInt.Get(0);

    /// <summary>Counts the elements of an iterable into this counter (the hot path of Counter(iterable)).</summary>
    public void CountElements(PyObject iterable)
    {
        var it = iterable.Iter();
        var t = Table;
        bool plain = Class == CounterType;
        var one = PyInt.Get(1);
        while (it.TryNext(out var v))
        {
            if (plain)
            {
                long h = Ops.Hash(v);
                int ix = t.Find(v, h);
                if (ix < 0) t.Insert(v, h, one);
                else t.Entries[ix].Value = t.Entries[ix].Value is PyInt n && n.Value < long.MaxValue ? PyInt.Get(n.Value + 1) : Ops.Add(t.Entries[ix].Value!, one);
            }
            else SetItem(v, Ops.Add(Get0(v), one));
        }
    }

    private void Update(PyObject[] a, string[]? k, bool subtract, string? method = null)
    {
        string name = method ?? (subtract ? "subtract" : "update");
        int nkw = k?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos > 1) throw Ops.TypeError($"Counter.{name}() takes from 1 to 2 positional arguments but {npos + 1} were given");
        if (npos == 1 && a[0] != PyNone.Instance) AddFrom(a[0], subtract);
        if (nkw > 0)
        {
            var kw = new PyDict();
            for (int i = 0; i < nkw; i++) kw.SetItem(new PyStr(k![i]), a[npos + i]);
            AddFrom(kw, subtract);
        }
    }

    private void AddFrom(PyObject src, bool subtract)
    {
        if (src is PyDict d)
        {
            if (!subtract && Table.Count == 0) { Ops.DictUpdate(this, d); return; }
            foreach (var (key, count) in Entries(d).ToArray())
                SetItem(key, subtract ? Ops.Sub(Get0(key), count) : Ops.Add(count, Get0(key)));
            return;
        }
        if (src.Type.Lookup("keys") is { } keys && src.Type.Lookup("__getitem__") != null)
        {
            foreach (var key in Ops.ToArray(keys.Call1(src)))
            {
                var count = src.GetItem(key);
                SetItem(key, subtract ? Ops.Sub(Get0(key), count) : Ops.Add(count, Get0(key)));
            }
            return;
        }
        if (subtract)
        {
            var it = src.Iter();
            var one = PyInt.Get(1);
            while (it.TryNext(out var v)) SetItem(v, Ops.Sub(Get0(v), one));
        }
        else CountElements(src);
    }

    /// <summary>Items by count, highest first; equal counts keep insertion order.</summary>
    public PyObject[] MostCommon()
    {
        var items = Entries(this).Select(e => (PyObject)new PyTuple(new[] { e.Key, e.Value })).ToArray();
        var list = new PyList(items);
        var key = new PyBuiltinFunction("itemgetter", (a, k) => ((PyTuple)a[0]).Items[1]);
        TypeMethods.Sort(list, key, PyBool.True);
        return list.ToArray();
    }

    protected override string NativeRepr()
    {
        if (Table.Count == 0) return Class.Name + "()";
        PyObject[] items;
        try { items = MostCommon(); }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
        {
            return Class.Name + "(" + DictRepr() + ")";
        }
        var sb = new StringBuilder(Class.Name).Append("({");
        for (int i = 0; i < items.Length; i++)
        {
            var t = ((PyTuple)items[i]).Items;
            if (i > 0) sb.Append(", ");
            sb.Append(Ops.Repr(t[0])).Append(": ").Append(Ops.Repr(t[1]));
        }
        return sb.Append("})").ToString();
    }

    private static bool Positive(PyObject count) => Ops.GtBool(count, PyInt.Get(0));
    private static bool Negative(PyObject count) => Ops.LtBool(count, PyInt.Get(0));

    private static PyObject Binary(PyObject self, PyObject other, char op)
    {
        if (other is not PyCounter o) return PyNotImplemented.Instance;
        var me = (PyCounter)self;
        var r = new PyCounter();
        foreach (var (elem, count) in Entries(me))
        {
            PyObject? n = null;
            switch (op)
            {
                case '+': n = Ops.Add(count, o.Get0(elem)); break;
                case '-': n = Ops.Sub(count, o.Get0(elem)); break;
                case '|': { var oc = o.Get0(elem); n = Ops.LtBool(count, oc) ? oc : count; break; }
                case '&': { var oc = o.Get0(elem); n = Ops.LtBool(count, oc) ? count : oc; break; }
            }
            if (Positive(n!)) r.Table.Set(elem, n!);
        }
        if (op == '&') return r;
        foreach (var (elem, count) in Entries(o))
        {
            if (me.Contains(elem)) continue;
            if (op == '-') { if (Negative(count)) r.Table.Set(elem, Ops.Sub(PyInt.Get(0), count)); }
            else if (Positive(count)) r.Table.Set(elem, count);
        }
        return r;
    }

    private static PyObject InPlace(PyObject self, PyObject other, char op)
    {
        if (other is not PyCounter o) return PyNotImplemented.Instance;
        var me = (PyCounter)self;
        switch (op)
        {
            case '+': foreach (var (e, c) in Entries(o).ToArray()) me.SetItem(e, Ops.Add(me.Get0(e), c)); break;
            case '-': foreach (var (e, c) in Entries(o).ToArray()) me.SetItem(e, Ops.Sub(me.Get0(e), c)); break;
            case '|':
                foreach (var (e, oc) in Entries(o).ToArray())
                    if (Ops.GtBool(oc, me.Get0(e))) me.SetItem(e, oc);
                break;
            case '&':
                foreach (var (e, c) in Entries(me).ToArray())
                {
                    var oc = o.Get0(e);
                    if (Ops.LtBool(oc, c)) me.SetItem(e, oc);
                }
                break;
        }
        foreach (var (e, c) in Entries(me).ToArray())
            if (!Positive(c)) me.Table.Remove(e, out _);
        return me;
    }

    private static PyObject Unary(PyObject self, bool negate)
    {
        var r = new PyCounter();
        foreach (var (e, c) in Entries((PyCounter)self))
        {
            if (!negate && Positive(c)) r.Table.Set(e, c);
            else if (negate && Negative(c)) r.Table.Set(e, Ops.Sub(PyInt.Get(0), c));
        }
        return r;
    }

    /// <summary>Whether cmp holds for every element of either counter (missing counts as 0).</summary>
    private bool AllCounts(PyCounter o, Func<PyObject, PyObject, bool> cmp)
    {
        foreach (var c in new[] { this, o })
            foreach (var (e, _) in Entries(c))
                if (!cmp(Get0(e), o.Get0(e))) return false;
        return true;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (Class != CounterType && SubclassSupport.Override(this, CounterType, Ops.CompareDunder(op)) is { } ov)
            return ov.Call2(this, other);
        if (other is not PyCounter o)
            return op is CompareOp.Eq or CompareOp.Ne ? base.RichCompare(other, op) : PyNotImplemented.Instance;
        bool eq = AllCounts(o, Ops.EqBool);
        return op switch
        {
            CompareOp.Eq => PyBool.Get(eq),
            CompareOp.Ne => PyBool.Get(!eq),
            CompareOp.Le => PyBool.Get(AllCounts(o, Ops.LeBool)),
            CompareOp.Lt => PyBool.Get(AllCounts(o, Ops.LeBool) && !eq),
            CompareOp.Ge => PyBool.Get(AllCounts(o, Ops.GeBool)),
            _ => PyBool.Get(AllCounts(o, Ops.GeBool) && !eq),
        };
    }

    public override void DelItem(PyObject key) => Table.Remove(key, out _);

    private sealed class ElementsIterator : PyIterator
    {
        private static readonly PyType IterType = MakeType();
        private readonly PyObject[] _keys;
        private readonly long[] _counts;
        private int _i;
        private long _left;

        private static PyType MakeType()
        {
            var t = new PyType("itertools.chain", new[] { PyType.ObjectType });
            NativeModule.IteratorMethods(t);
            return t;
        }

        public ElementsIterator(PyCounter c)
        {
            var entries = Entries(c).ToArray();
            _keys = new PyObject[entries.Length];
            _counts = new long[entries.Length];
            for (int i = 0; i < entries.Length; i++)
            {
                _keys[i] = entries[i].Key;
                // elements() repeats each element count times; counts below one are skipped, non-ints are an error.
                _counts[i] = Math.Max(0, Ops.Index(entries[i].Value));
            }
            _left = _counts.Length > 0 ? _counts[0] : 0;
        }

        public override PyType Type => IterType;

        public override bool TryNext(out PyObject value)
        {
            while (_i < _keys.Length)
            {
                if (_left > 0) { _left--; value = _keys[_i]; return true; }
                _i++;
                if (_i < _keys.Length) _left = _counts[_i];
            }
            value = null!;
            return false;
        }
    }

    static PyCounter()
    {
        var t = CounterType;
        t.HasDict = true;
        DefineItemMethods(t);
        t.Constructor = (a, k) =>
        {
            var c = new PyCounter();
            c.Update(a, k, false, "__init__");
            return c;
        };
        NativeModule.Method(t, "__init__", (self, a, k) => { ((PyCounter)self).Update(a, k, false, "__init__"); return PyNone.Instance; });
        NativeModule.Method(t, "update", (self, a, k) => { ((PyCounter)self).Update(a, k, false); return PyNone.Instance; });
        NativeModule.Method(t, "subtract", (self, a, k) => { ((PyCounter)self).Update(a, k, true); return PyNone.Instance; });
        NativeModule.Method(t, "__missing__", (self, a, k) => PyInt.Get(0));
        NativeModule.Method(t, "most_common", (self, a, k) =>
        {
            var p = NativeArgs.Bind("Counter.most_common", a, k, new[] { "n" }, 0);
            var items = ((PyCounter)self).MostCommon();
            if (p[0] == null || p[0] == PyNone.Instance) return new PyList(items);
            long n = Ops.Index(p[0]!);
            if (n < 0) n = 0;
            return new PyList(items[..(int)Math.Min(n, items.Length)]);
        });
        NativeModule.Method(t, "elements", (self, a, k) => new ElementsIterator((PyCounter)self));
        NativeModule.Method(t, "total", (self, a, k) =>
        {
            PyObject sum = PyInt.Get(0);
            foreach (var (_, c) in Entries((PyCounter)self)) sum = Ops.Add(sum, c);
            return sum;
        });
        NativeModule.Method(t, "copy", (self, a, k) => self.Type.Call1(self));
        NativeModule.Method(t, "__copy__", (self, a, k) => self.Type.Call1(self));
        NativeModule.Method(t, "__delitem__", (self, a, k) => { self.DelItem(a[0]); return PyNone.Instance; });
        NativeModule.Method(t, "__repr__", (self, a, k) => new PyStr(self.Repr()));
        t.Dict["fromkeys"] = new PyClassMethod(new PyBuiltinFunction("fromkeys", (a, k) =>
            throw Ops.Error(ExceptionTypes.NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")));
        NativeModule.Method(t, "__add__", (self, a, k) => Binary(self, a[0], '+'));
        NativeModule.Method(t, "__sub__", (self, a, k) => Binary(self, a[0], '-'));
        NativeModule.Method(t, "__or__", (self, a, k) => Binary(self, a[0], '|'));
        NativeModule.Method(t, "__and__", (self, a, k) => Binary(self, a[0], '&'));
        NativeModule.Method(t, "__iadd__", (self, a, k) => InPlace(self, a[0], '+'));
        NativeModule.Method(t, "__isub__", (self, a, k) => InPlace(self, a[0], '-'));
        NativeModule.Method(t, "__ior__", (self, a, k) => InPlace(self, a[0], '|'));
        NativeModule.Method(t, "__iand__", (self, a, k) => InPlace(self, a[0], '&'));
        NativeModule.Method(t, "__pos__", (self, a, k) => Unary(self, false));
        NativeModule.Method(t, "__neg__", (self, a, k) => Unary(self, true));
    }
}
