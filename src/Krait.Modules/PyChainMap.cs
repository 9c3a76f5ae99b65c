using Krait.Runtime;

namespace Krait.Modules;

/// <summary>collections.ChainMap: a list of mappings searched in order; writes and deletes go to the first.</summary>
public sealed class PyChainMap : PyObject
{
    public static readonly PyType ChainMapType = NativeModule.Type("collections", "ChainMap", null, static t => new PyChainMap(t), writtenInC: false);
    private static readonly PyType KeysViewType = NativeModule.Type("collections.abc", "KeysView", writtenInC: false);
    private static readonly PyType ItemsViewType = NativeModule.Type("collections.abc", "ItemsView", writtenInC: false);
    private static readonly PyType ValuesViewType = NativeModule.Type("collections.abc", "ValuesView", writtenInC: false);

    private readonly PyType _class;
    public PyList Maps = new();
    private Dictionary<string, PyObject>? _attrs;

    public PyChainMap(PyType cls) { _class = cls; }
    public override PyType Type => _class;

    private PyObject First => Maps.Count > 0 ? Maps.Items[0] : throw Ops.IndexError("list index out of range");

    private PyObject? Find(PyObject key)
    {
        for (int i = 0; i < Maps.Count; i++)
        {
            var m = Maps.Items[i];
            if (m is PyDict d && d.GetType() == typeof(PyDict)) { var v = d.TryGet(key); if (v != null) return v; continue; }
            if (m.Contains(key)) return m.GetItem(key);
        }
        return null;
    }

    public override PyObject GetItem(PyObject key)
    {
        var v = Find(key);
        if (v != null) return v;
        if (SubclassSupport.Override(this, ChainMapType, "__missing__") is { } ov) return ov.Call2(this, key);
        throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, key));
    }

    public override void SetItem(PyObject key, PyObject value) => First.SetItem(key, value);

    public override void DelItem(PyObject key)
    {
        try { First.DelItem(key); }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.KeyError))
        {
            throw NotInFirst(key);
        }
    }

    private static PythonException NotInFirst(PyObject key) =>
        new(ExceptionTypes.Make(ExceptionTypes.KeyError, new PyStr($"Key not found in the first mapping: {Ops.Repr(key)}")));

    /// <summary>The merged keys: later maps first, so the order is that of dict.update over reversed maps.</summary>
    private PyDict Merged()
    {
        var d = new PyDict();
        for (int i = Maps.Count - 1; i >= 0; i--)
            foreach (var k in Ops.ToArray(Maps.Items[i])) d.Table.Set(k, PyNone.Instance);
        return d;
    }

    public override long Len() => Merged().Table.Count;
    public override PyIterator Iter() => Merged().Iter();
    public override bool Contains(PyObject item)
    {
        for (int i = 0; i < Maps.Count; i++) if (Maps.Items[i].Contains(item)) return true;
        return false;
    }
    public override bool IsTrue()
    {
        for (int i = 0; i < Maps.Count; i++) if (Ops.IsTrue(Maps.Items[i])) return true;
        return false;
    }
    public override long Hash() => throw Ops.TypeError($"unhashable type: '{_class.Name}'");

    public override string Repr()
    {
        if (SubclassSupport.Override(this, ChainMapType, "__repr__") is { } ov) return Ops.ExpectStr(ov.Call1(this), "__repr__");
        if (!ReprGuard.Enter(this)) return "...";
        try { return _class.Name + "(" + string.Join(", ", Maps.ToArray().Select(Ops.Repr)) + ")"; }
        finally { ReprGuard.Leave(this); }
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
        PyDict mine = ToDict(this);
        PyObject theirs = other is PyChainMap o ? ToDict(o) : other;
        if (theirs is not PyDict) return PyNotImplemented.Instance;
        return mine.RichCompare(theirs, op);
    }

    private static PyDict ToDict(PyChainMap m)
    {
        var d = new PyDict();
        foreach (var k in Ops.ToArray(m.Merged())) d.SetItem(k, m.GetItem(k));
        return d;
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "maps": value = Maps; return true;
            case "parents":
                value = Make(_class, Maps.Count > 1 ? Maps.ToArray()[1..] : Array.Empty<PyObject>());
                return true;
        }
        return SubclassSupport.TryGetAttr(this, _attrs, name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (name == "maps") { Maps = value as PyList ?? new PyList(Ops.ToArray(value)); return; }
        SubclassSupport.SetAttr(this, ChainMapType, true, ref _attrs, name, value);
    }

    private static PyChainMap Make(PyType cls, PyObject[] maps)
    {
        var c = (PyChainMap)cls.Allocator!(cls);
        c.Maps = new PyList(maps.Length == 0 ? new PyObject[] { new PyDict() } : maps);
        return c;
    }

    private sealed class View : PyObject
    {
        private readonly PyChainMap _m;
        private readonly int _kind;
        public View(PyChainMap m, int kind) { _m = m; _kind = kind; }
        public override PyType Type => _kind == 0 ? KeysViewType : _kind == 1 ? ItemsViewType : ValuesViewType;
        public override long Len() => _m.Len();
        public override string Repr() => $"{Type.Name}({_m.Repr()})";
        public override PyIterator Iter()
        {
            var keys = Ops.ToArray(_m.Merged());
            var r = new PyObject[keys.Length];
            for (int i = 0; i < keys.Length; i++)
                r[i] = _kind == 0 ? keys[i] : _kind == 2 ? _m.GetItem(keys[i]) : new PyTuple(new[] { keys[i], _m.GetItem(keys[i]) });
            return new ArrayIterator(r, r.Length);
        }
    }

    static PyChainMap()
    {
        var t = ChainMapType;
        t.HasDict = true;
        t.Dict["__hash__"] = PyNone.Instance;
        MethodBody init = (self, a, k) =>
        {
            NativeArgs.NoKeywords("ChainMap", k);
            ((PyChainMap)self).Maps = new PyList(a.Length == 0 ? new PyObject[] { new PyDict() } : (PyObject[])a.Clone());
            return PyNone.Instance;
        };
        t.Constructor = (a, k) => { var c = new PyChainMap(ChainMapType); init(c, a, k); return c; };
        NativeModule.Method(t, "__init__", init);
        NativeModule.Method(t, "get", (self, a, k) =>
        {
            NativeArgs.Count("get", a, k, 1, 2);
            return ((PyChainMap)self).Find(a[0]) ?? (a.Length > 1 ? a[1] : PyNone.Instance);
        });
        NativeModule.Method(t, "new_child", (self, a, k) =>
        {
            var me = (PyChainMap)self;
            int nkw = k?.Length ?? 0;
            PyObject m = a.Length - nkw > 0 && a[0] != PyNone.Instance ? a[0] : new PyDict();
            for (int i = 0; i < nkw; i++) m.SetItem(new PyStr(k![i]), a[a.Length - nkw + i]);
            var maps = new PyObject[me.Maps.Count + 1];
            maps[0] = m;
            Array.Copy(me.Maps.Items, 0, maps, 1, me.Maps.Count);
            return Make(me._class, maps);
        });
        NativeModule.Method(t, "copy", (self, a, k) =>
        {
            var me = (PyChainMap)self;
            var maps = me.Maps.ToArray();
            maps[0] = Ops.GetAttr(maps[0], "copy").Call0();
            return Make(me._class, maps);
        });
        NativeModule.Method(t, "__copy__", (self, a, k) => Ops.GetAttr(self, "copy").Call0());
        NativeModule.Method(t, "keys", (self, a, k) => new View((PyChainMap)self, 0));
        NativeModule.Method(t, "items", (self, a, k) => new View((PyChainMap)self, 1));
        NativeModule.Method(t, "values", (self, a, k) => new View((PyChainMap)self, 2));
        NativeModule.Method(t, "pop", (self, a, k) =>
        {
            NativeArgs.Count("pop", a, k, 1, 2);
            var first = ((PyChainMap)self).First;
            if (first.Contains(a[0]))
            {
                var v = first.GetItem(a[0]);
                first.DelItem(a[0]);
                return v;
            }
            if (a.Length > 1) return a[1];
            throw NotInFirst(a[0]);
        });
        NativeModule.Method(t, "popitem", (self, a, k) =>
        {
            try { return Ops.GetAttr(((PyChainMap)self).First, "popitem").Call0(); }
            catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.KeyError))
            {
                throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, new PyStr("No keys found in the first mapping.")));
            }
        });
        NativeModule.Method(t, "clear", (self, a, k) => Ops.GetAttr(((PyChainMap)self).First, "clear").Call0());
        NativeModule.Method(t, "__getitem__", (self, a, k) => self.GetItem(a[0]));
        NativeModule.Method(t, "__setitem__", (self, a, k) => { self.SetItem(a[0], a[1]); return PyNone.Instance; });
        NativeModule.Method(t, "__delitem__", (self, a, k) => { self.DelItem(a[0]); return PyNone.Instance; });
        NativeModule.Method(t, "__contains__", (self, a, k) => Ops.Box(self.Contains(a[0])));
        NativeModule.Method(t, "__len__", (self, a, k) => PyInt.Get(self.Len()));
        NativeModule.Method(t, "__iter__", (self, a, k) => self.Iter());
        NativeModule.Method(t, "__repr__", (self, a, k) => new PyStr(self.Repr()));
    }
}
