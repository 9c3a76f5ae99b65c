using System.Text;

namespace Krait.Runtime;

/// <summary>Methods of the built-in types (the common ones), installed as method descriptors.</summary>
public static class TypeMethods
{
    private static void M(PyType t, string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);

    private static void Args(string name, PyObject[] a, string[]? k, int min, int max)
    {
        if (k != null) throw Ops.TypeError($"{name}() takes no keyword arguments");
        if (a.Length < min || a.Length > max)
        {
            if (max == 0) throw Ops.TypeError($"{name}() takes no arguments ({a.Length} given)");
            if (min == max) throw Ops.TypeError($"{name}() takes exactly one argument ({a.Length} given)");
            if (a.Length < min) throw Ops.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {a.Length}");
            throw Ops.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {a.Length}");
        }
    }

    /// <summary>The optional start and stop of list.index and tuple.index (a[1], a[2]): negative ones count from
    /// the end, both clamped to 0..length.</summary>
    private static (int From, int To) SearchRange(PyObject[] a, int length)
    {
        long from = a.Length > 1 ? SearchBound(a[1], length) : 0;
        long to = a.Length > 2 ? SearchBound(a[2], length) : length;
        return ((int)from, (int)to);
    }

    private static long SearchBound(PyObject o, int length)
    {
        if (o is not (PyInt or PyBool or PyBigInt) && o.Type.Lookup("__index__") == null)
            throw Ops.TypeError("slice indices must be integers or have an __index__ method");
        var big = Ops.ToBig(o is PyInt or PyBool or PyBigInt ? o : o.Type.Lookup("__index__")!.Call1(o));
        if (big < 0) big += length;
        return big < 0 ? 0 : big > length ? length : (long)big;
    }

    public static void Define()
    {
        StrMethods.Define();
        NumberMethods.Define();
        FunctionTypeAttributes.Define();
        DictViewSetOps.Install(PyDictView.KeysType);
        DictViewSetOps.Install(PyDictView.ItemsType);
        ReversedMethods.Install();
        DictFromKeys.Install();

        var list = PyType.ListType;
        M(list, "append", (self, a, k) => { Args("append", a, k, 1, 1); ((PyList)self).Append(a[0]); return PyNone.Instance; });
        M(list, "extend", (self, a, k) => { Args("extend", a, k, 1, 1); ListExtend.Into((PyList)self, a[0]); return PyNone.Instance; });
        M(list, "pop", (self, a, k) =>
        {
            Args("pop", a, k, 0, 1);
            var l = (PyList)self;
            if (l.Count == 0) throw Ops.IndexError("pop from empty list");
            long i = a.Length > 0 ? SsizeArg(a[0]) : l.Count - 1;
            if (i < 0) i += l.Count;
            if ((ulong)i >= (ulong)l.Count) throw Ops.IndexError("pop index out of range");
            var v = l.Items[i];
            l.RemoveAt((int)i);
            return v;
        });
        M(list, "insert", (self, a, k) => { Args("insert", a, k, 2, 2); ((PyList)self).Insert(SsizeArg(a[0]), a[1]); return PyNone.Instance; });
        M(list, "remove", (self, a, k) =>
        {
            Args("remove", a, k, 1, 1);
            var l = (PyList)self;
            for (int i = 0; i < l.Count; i++)
                if (ReferenceEquals(l.Items[i], a[0]) || Ops.EqBool(l.Items[i], a[0])) { l.RemoveAt(i); return PyNone.Instance; }
            throw Ops.ValueError("list.remove(x): x not in list");
        });
        M(list, "index", (self, a, k) =>
        {
            Args("index", a, k, 1, 3);
            var l = (PyList)self;
            var (from, to) = SearchRange(a, l.Count);
            for (int i = from; i < to && i < l.Count; i++)
                if (ReferenceEquals(l.Items[i], a[0]) || Ops.EqBool(l.Items[i], a[0])) return PyInt.Get(i);
            throw Ops.ValueError($"{Ops.Repr(a[0])} is not in list");
        });
        M(list, "count", (self, a, k) =>
        {
            Args("list.count", a, k, 1, 1);
            var l = (PyList)self;
            int n = 0;
            for (int i = 0; i < l.Count; i++) if (ReferenceEquals(l.Items[i], a[0]) || Ops.EqBool(l.Items[i], a[0])) n++;
            return PyInt.Get(n);
        });
        M(list, "reverse", (self, a, k) => { var l = (PyList)self; Array.Reverse(l.Items, 0, l.Count); return PyNone.Instance; });
        M(list, "copy", (self, a, k) => new PyList(((PyList)self).ToArray()));
        M(list, "clear", (self, a, k) => { var l = (PyList)self; l.Items = Array.Empty<PyObject>(); l.Count = 0; return PyNone.Instance; });
        M(list, "sort", (self, a, k) =>
        {
            if (a.Length > (k?.Length ?? 0)) throw Ops.TypeError("sort() takes no positional arguments");
            PyObject? key = null, reverse = null;
            for (int i = 0; i < (k?.Length ?? 0); i++)
            {
                if (k![i] == "key") key = a[i];
                else if (k[i] == "reverse") reverse = a[i];
                else throw Ops.TypeError($"'{k[i]}' is an invalid keyword argument for sort()");
            }
            Sort((PyList)self, key, reverse);
            return PyNone.Instance;
        });

        var tuple = PyType.TupleType;
        M(tuple, "index", (self, a, k) =>
        {
            Args("index", a, k, 1, 3);
            var t = (PyTuple)self;
            var (from, to) = SearchRange(a, t.Items.Length);
            for (int i = from; i < to; i++)
                if (ReferenceEquals(t.Items[i], a[0]) || Ops.EqBool(t.Items[i], a[0])) return PyInt.Get(i);
            throw Ops.ValueError("tuple.index(x): x not in tuple");
        });
        M(tuple, "count", (self, a, k) =>
        {
            if (k != null) throw Ops.TypeError("tuple.count() takes no keyword arguments");
            if (a.Length != 1) throw Ops.TypeError($"tuple.count() takes exactly one argument ({a.Length} given)");
            var items = ((PyTuple)self).Items;
            int n = 0;
            for (int i = 0; i < items.Length; i++) if (ReferenceEquals(items[i], a[0]) || Ops.EqBool(items[i], a[0])) n++;
            return PyInt.Get(n);
        });

        var dict = PyType.DictType;
        M(dict, "get", (self, a, k) => { Args("get", a, k, 1, 2); return ((PyDict)self).TryGet(a[0]) ?? (a.Length > 1 ? a[1] : PyNone.Instance); });
        M(dict, "keys", (self, a, k) => new PyDictView((PyDict)self, DictIterator.Kind.Keys));
        M(dict, "values", (self, a, k) => new PyDictView((PyDict)self, DictIterator.Kind.Values));
        M(dict, "items", (self, a, k) => new PyDictView((PyDict)self, DictIterator.Kind.Items));
        M(dict, "pop", (self, a, k) =>
        {
            Args("pop", a, k, 1, 2);
            if (((PyDict)self).Table.Remove(a[0], out var v)) return v!;
            if (a.Length > 1) return a[1];
            throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, a[0]));
        });
        M(dict, "popitem", (self, a, k) =>
        {
            var t = ((PyDict)self).Table;
            for (int e = t.Used - 1; e >= 0; e--)
                if (t.Entries[e].Key != null)
                {
                    var key = t.Entries[e].Key!;
                    t.Remove(key, out var v);
                    return new PyTuple(new[] { key, v! });
                }
            throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, "popitem(): dictionary is empty"));
        });
        M(dict, "setdefault", (self, a, k) =>
        {
            Args("setdefault", a, k, 1, 2);
            var d = (PyDict)self;
            var v = d.TryGet(a[0]);
            if (v != null) return v;
            v = a.Length > 1 ? a[1] : PyNone.Instance;
            d.SetItem(a[0], v);
            return v;
        });
        M(dict, "update", (self, a, k) =>
        {
            var d = (PyDict)self;
            int np = a.Length - (k?.Length ?? 0);
            if (np > 0) DictUpdate(d, a[0]);
            for (int i = 0; i < (k?.Length ?? 0); i++) d.SetItem(new PyStr(k![i]), a[np + i]);
            return PyNone.Instance;
        });
        M(dict, "copy", (self, a, k) => { var d = new PyDict(); Ops.DictUpdate(d, (PyDict)self); return d; });
        M(dict, "clear", (self, a, k) => { ((PyDict)self).Table.Clear(); return PyNone.Instance; });

        SetMethods.Define();

        M(PyType.IntType, "bit_length", (self, a, k) => PyInt.Get(Numerics.IntegerMath.BitLength(Ops.ToBig(self))));
        M(PyType.IntType, "__index__", (self, a, k) => self);
        M(PyType.FloatType, "is_integer", (self, a, k) => Ops.Box(Numerics.FloatMath.IsInteger(((PyFloat)self).Value)));
        BytesMethods.Define();
        M(PyType.ObjectType, "__init__", (self, a, k) => PyNone.Instance);
        FastMethodEntries.Install();
    }

    public static void DictUpdate(PyDict d, PyObject src)
    {
        if (src is PyDict sd) { Ops.DictUpdate(d, sd); return; }
        if (src is PyMappingProxy proxy) { Ops.DictUpdate(d, proxy.ToDict()); return; }
        // Anything with a keys attribute is a mapping here (CPython tests hasattr(src, 'keys')).
        if (src.TryGetAttr("keys", out var keys))
        {
            foreach (var key in Ops.ToArray(keys.Call0())) d.SetItem(key, src.GetItem(key));
            return;
        }
        int i = 0;
        foreach (var item in Ops.ToArray(src))
        {
            var pair = Ops.ToArray(item);
            if (pair.Length != 2)
                throw Ops.ValueError($"dictionary update sequence element #{i} has length {pair.Length}; 2 is required");
            d.SetItem(pair[0], pair[1]);
            i++;
        }
    }

    /// <summary>A method argument CPython converts as a C ssize_t: OverflowError beyond 64 bits (subscripts raise
    /// IndexError instead, Ops.Index).</summary>
    private static long SsizeArg(PyObject o) => o is PyBigInt
        ? throw Ops.OverflowError("Python int too large to convert to C ssize_t") : Ops.Index(o);

    /// <summary>list.sort (ListSort has the algorithm).</summary>
    public static void Sort(PyList list, PyObject? key, PyObject? reverse) => ListSort.Sort(list, key, reverse);
}

/// <summary>A dict's keys, values or items view (OrderedDict's views derive from it under their own type names).</summary>
public class PyDictView : PyObject, INativeDunders
{
    private readonly PyDict _d;
    private readonly DictIterator.Kind _kind;
    internal static readonly PyType KeysType = new("dict_keys", new[] { PyType.ObjectType });
    internal static readonly PyType ValuesType = new("dict_values", new[] { PyType.ObjectType });
    internal static readonly PyType ItemsType = new("dict_items", new[] { PyType.ObjectType });

    public PyDictView(PyDict d, DictIterator.Kind kind) { _d = d; _kind = kind; }
    public PyDict Dict => _d;
    public override PyType Type => _kind switch { DictIterator.Kind.Keys => KeysType, DictIterator.Kind.Values => ValuesType, _ => ItemsType };
    public DictIterator.Kind Kind => _kind;
    public override PyObject RichCompare(PyObject other, CompareOp op) => DictViewCompare.Compare(this, other, op);
    public override long Len() => _d.Table.Count;
    public override PyIterator Iter() => new DictIterator(_d, _kind);
    public override bool Contains(PyObject item)
    {
        if (_kind == DictIterator.Kind.Keys) return _d.Contains(item);
        return base.Contains(item);
    }
    public override string Repr()
    {
        var items = Ops.ToArray(this);
        return Type.Name + "([" + string.Join(", ", items.Select(Ops.Repr)) + "])";
    }
}
