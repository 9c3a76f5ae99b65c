using Krait.Runtime;

namespace Krait.Modules;

/// <summary>collections.defaultdict: a dict whose <c>__missing__</c> stores and returns default_factory().</summary>
public sealed class PyDefaultDict : NativeDict
{
    public static readonly PyType DefaultDictType = NativeModule.Type("collections", "defaultdict", PyType.DictType, static t => new PyDefaultDict(t));

    public PyObject Factory = PyNone.Instance;

    public PyDefaultDict(PyType cls) : base(cls) { }
    protected override PyType NativeType => DefaultDictType;
    protected override bool HasDict => false;
    protected override bool GuardsRepr => false;

    protected override PyObject Missing(PyObject key)
    {
        var f = Factory;
        if (f == PyNone.Instance) return base.Missing(key);
        var v = f.Call0();
        SetItem(key, v);
        return v;
    }

    protected override string NativeRepr()
    {
        string factory;
        if (!ReprGuard.Enter(Factory)) factory = "...";
        else
        {
            try { factory = Ops.Repr(Factory); }
            finally { ReprGuard.Leave(Factory); }
        }
        return $"{Class.Name}({factory}, {DictRepr()})";
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name == "default_factory") { value = Factory; return true; }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (name == "default_factory") { Factory = value; return; }
        base.SetAttr(name, value);
    }

    private PyDefaultDict Copy()
    {
        var d = (PyDefaultDict)NewSame();
        d.Factory = Factory;
        Ops.DictUpdate(d, this);
        return d;
    }

    private void Init(PyObject[] a, string[]? k)
    {
        int nkw = k?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos > 0)
        {
            var f = a[0];
            if (f != PyNone.Instance && !Builtins.IsCallable(f))
                throw Ops.TypeError("first argument must be callable or None");
            Factory = f;
        }
        if (npos > 2) throw Ops.TypeError($"dict expected at most 1 argument, got {npos - 1}");
        if (npos == 2) TypeMethods.DictUpdate(this, a[1]);
        for (int i = 0; i < nkw; i++) Table.Set(new PyStr(k![i]), a[npos + i]);
    }

    static PyDefaultDict()
    {
        var t = DefaultDictType;
        DefineItemMethods(t);
        t.Constructor = (a, k) => { var d = new PyDefaultDict(DefaultDictType); d.Init(a, k); return d; };
        NativeModule.Method(t, "__init__", (self, a, k) => { ((PyDefaultDict)self).Init(a, k); return PyNone.Instance; });
        NativeModule.Method(t, "__missing__", (self, a, k) => { NativeArgs.Exactly("__missing__", a, k, 1); return ((PyDefaultDict)self).Missing(a[0]); });
        NativeModule.Method(t, "copy", (self, a, k) => ((PyDefaultDict)self).Copy());
        NativeModule.Method(t, "__copy__", (self, a, k) => ((PyDefaultDict)self).Copy());
        // copy and pickle rebuild it as cls(factory) plus its items.
        NativeModule.Method(t, "__reduce__", (self, a, k) =>
        {
            var f = ((PyDefaultDict)self).Factory;
            var args = new PyTuple(f == PyNone.Instance ? Array.Empty<PyObject>() : new[] { f });
            return new PyTuple(new PyObject[] { self.Type, args, PyNone.Instance, PyNone.Instance, Ops.GetAttr(self, "items").Call0().Iter() });
        });
        NativeModule.Method(t, "__repr__", (self, a, k) => new PyStr(self.Repr()));
        NativeModule.Method(t, "__or__", (self, a, k) =>
        {
            if (a[0] is not PyDict other) return PyNotImplemented.Instance;
            var d = ((PyDefaultDict)self).Copy();
            Ops.DictUpdate(d, other);
            return d;
        });
        NativeModule.Method(t, "__ror__", (self, a, k) =>
        {
            if (a[0] is not PyDict other) return PyNotImplemented.Instance;
            var me = (PyDefaultDict)self;
            var d = (PyDefaultDict)me.NewSame();
            d.Factory = me.Factory;
            Ops.DictUpdate(d, other);
            Ops.DictUpdate(d, me);
            return d;
        });
        NativeModule.Method(t, "__ior__", (self, a, k) => { TypeMethods.DictUpdate((PyDict)self, a[0]); return self; });
    }
}
