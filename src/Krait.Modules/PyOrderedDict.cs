using System.Text;
using Krait.Runtime;

namespace Krait.Modules;

/// <summary>collections.OrderedDict on the dict's own insertion order: move_to_end re-inserts (at the end) or
/// rebuilds the table (to the front); equality with another OrderedDict also compares the order.</summary>
public sealed class PyOrderedDict : NativeDict
{
    public static readonly PyType OrderedDictType = NativeModule.Type("collections", "OrderedDict", PyType.DictType, static t => new PyOrderedDict(t));

    public PyOrderedDict(PyType cls) : base(cls) { }
    protected override PyType NativeType => OrderedDictType;
    public override PyIterator Iter() => new OrderedDictIterator(new DictIterator(this, DictIterator.Kind.Keys));

    protected override string NativeRepr()
    {
        if (Table.Count == 0) return Class.Name + "()";
        var sb = new StringBuilder(Class.Name).Append("([");
        bool first = true;
        foreach (var (k, v) in Entries(this))
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append('(').Append(Ops.Repr(k)).Append(", ").Append(Ops.Repr(v)).Append(')');
        }
        return sb.Append("])").ToString();
    }

    public void MoveToEnd(PyObject key, bool last)
    {
        var t = Table;
        int ix = t.Find(key, Ops.Hash(key));
        if (ix < 0) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, key));
        if (last)
        {
            var k = t.Entries[ix].Key!;
            t.Remove(k, out var v);
            t.Set(k, v);
            return;
        }
        var k0 = t.Entries[ix].Key!;
        var v0 = t.Entries[ix].Value!;
        var entries = Entries(this).ToArray();
        t.Clear();
        t.Set(k0, v0);
        foreach (var (k, v) in entries)
            if (!ReferenceEquals(k, k0)) t.Set(k, v);
    }

    private PyObject PopItem(bool last)
    {
        var t = Table;
        if (t.Count == 0) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, new PyStr("dictionary is empty")));
        int e = last ? t.Used - 1 : 0;
        int step = last ? -1 : 1;
        while (t.Entries[e].Key == null) e += step;
        var key = t.Entries[e].Key!;
        t.Remove(key, out var v);
        return new PyTuple(new[] { key, v! });
    }

    private PyOrderedDict Copy()
    {
        var d = (PyOrderedDict)NewSame();
        Ops.DictUpdate(d, this);
        return d;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        var r = base.RichCompare(other, op);
        if (other is not PyOrderedDict o || r is not PyBool b || op is not (CompareOp.Eq or CompareOp.Ne)) return r;
        bool eq = b.Value == (op == CompareOp.Eq);
        if (eq)
        {
            var mine = Entries(this).Select(e => e.Key).ToArray();
            var theirs = Entries(o).Select(e => e.Key).ToArray();
            for (int i = 0; i < mine.Length && eq; i++) eq = ReferenceEquals(mine[i], theirs[i]) || Ops.EqBool(mine[i], theirs[i]);
        }
        return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
    }

    private void Init(PyObject[] a, string[]? k)
    {
        int nkw = k?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos > 1) throw Ops.TypeError($"OrderedDict expected at most 1 argument, got {npos}");
        if (npos == 1) TypeMethods.DictUpdate(this, a[0]);
        for (int i = 0; i < nkw; i++) SetItem(new PyStr(k![i]), a[npos + i]);
    }

    static PyOrderedDict()
    {
        var t = OrderedDictType;
        t.HasDict = true;
        DefineItemMethods(t);
        OrderedDictView.DefineMethods(t);
        t.Constructor = (a, k) => { var d = new PyOrderedDict(OrderedDictType); d.Init(a, k); return d; };
        NativeModule.Method(t, "__init__", (self, a, k) => { ((PyOrderedDict)self).Init(a, k); return PyNone.Instance; });
        NativeModule.Method(t, "move_to_end", (self, a, k) =>
        {
            var p = NativeArgs.Bind("move_to_end", a, k, new[] { "key", "last" }, 1);
            ((PyOrderedDict)self).MoveToEnd(p[0]!, p[1] == null || Ops.IsTrue(p[1]!));
            return PyNone.Instance;
        });
        NativeModule.Method(t, "popitem", (self, a, k) =>
        {
            var p = NativeArgs.Bind("popitem", a, k, new[] { "last" }, 0);
            return ((PyOrderedDict)self).PopItem(p[0] == null || Ops.IsTrue(p[0]!));
        });
        NativeModule.Method(t, "copy", (self, a, k) => ((PyOrderedDict)self).Copy());
        NativeModule.Method(t, "__copy__", (self, a, k) => ((PyOrderedDict)self).Copy());
        NativeModule.Method(t, "__repr__", (self, a, k) => new PyStr(self.Repr()));
        t.Dict["fromkeys"] = new PyClassMethod(new PyBuiltinFunction("fromkeys", (a, k) =>
        {
            NativeArgs.Count("fromkeys", a[1..], k, 1, 2);
            var cls = (PyType)a[0];
            var d = cls.Call0();
            var value = a.Length > 2 ? a[2] : PyNone.Instance;
            foreach (var key in Ops.ToArray(a[1])) d.SetItem(key, value);
            return d;
        }));
        NativeModule.Method(t, "__or__", (self, a, k) =>
        {
            if (a[0] is not PyDict other) return PyNotImplemented.Instance;
            var d = ((PyOrderedDict)self).Copy();
            Ops.DictUpdate(d, other);
            return d;
        });
        // dict | OrderedDict is an OrderedDict too: the reflected form builds the OrderedDict's type from the left.
        NativeModule.Method(t, "__ror__", (self, a, k) =>
        {
            if (a[0] is not PyDict other) return PyNotImplemented.Instance;
            var d = self.Type.Call1(other);
            if (d is PyDict target) TypeMethods.DictUpdate(target, self);
            else d.GetAttr("update").Call1(self);
            return d;
        });
        NativeModule.Method(t, "__ior__", (self, a, k) => { TypeMethods.DictUpdate((PyDict)self, a[0]); return self; });
    }
}
