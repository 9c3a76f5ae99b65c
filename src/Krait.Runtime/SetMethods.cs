namespace Krait.Runtime;

/// <summary>The methods of set and frozenset, with CPython's argument errors.</summary>
internal static class SetMethods
{
    private static PyMethodDescriptor M(PyType t, string name, MethodBody body)
    {
        var d = new PyMethodDescriptor(t, name, body);
        t.Dict[name] = d;
        return d;
    }

    private static string Owner(PyObject self) => ((PySet)self).Frozen ? "frozenset" : "set";

    private static void NoKw(PyObject self, string name, string[]? k)
    {
        if (k is { Length: > 0 }) throw Ops.TypeError($"{Owner(self)}.{name}() takes no keyword arguments");
    }

    /// <summary>The operand of an operator dunder called directly (set.__ior__(s, t)).</summary>
    private static PyObject ExpectOneOperand(PyObject[] a) =>
        a.Length == 1 ? a[0] : throw Ops.TypeError($"expected 1 argument, got {a.Length}");

    private static void One(PyObject self, string name, PyObject[] a, string[]? k)
    {
        NoKw(self, name, k);
        if (a.Length != 1) throw Ops.TypeError($"{Owner(self)}.{name}() takes exactly one argument ({a.Length} given)");
    }

    private static void None(PyObject self, string name, PyObject[] a, string[]? k)
    {
        NoKw(self, name, k);
        if (a.Length != 0) throw Ops.TypeError($"{Owner(self)}.{name}() takes no arguments ({a.Length} given)");
    }

    private static PythonException KeyError(PyObject key) => new(ExceptionTypes.Make(ExceptionTypes.KeyError, key));

    public static void Define()
    {
        var set = PyType.SetType;
        M(set, "add", (self, a, k) => { One(self, "add", a, k); ((PySet)self).Add(a[0]); return PyNone.Instance; })
            .Fast1 = static (self, x) => { ((PySet)self).Add(x); return PyNone.Instance; };
        M(set, "remove", (self, a, k) =>
        {
            One(self, "remove", a, k);
            if (!((PySet)self).Discard(a[0])) throw KeyError(a[0]);
            return PyNone.Instance;
        });
        M(set, "discard", (self, a, k) => { One(self, "discard", a, k); ((PySet)self).Discard(a[0]); return PyNone.Instance; })
            .Fast1 = static (self, x) => { ((PySet)self).Discard(x); return PyNone.Instance; };
        M(set, "pop", (self, a, k) =>
        {
            None(self, "pop", a, k);
            return ((PySet)self).Table.Pop() ?? throw KeyError(new PyStr("pop from an empty set"));
        });
        M(set, "clear", (self, a, k) => { None(self, "clear", a, k); ((PySet)self).Table.Clear(); return PyNone.Instance; });
        M(set, "update", (self, a, k) =>
        {
            NoKw(self, "update", k);
            foreach (var x in a) ((PySet)self).Update(x);
            return PyNone.Instance;
        });
        M(set, "intersection_update", (self, a, k) =>
        {
            NoKw(self, "intersection_update", k);
            var s = (PySet)self;
            if (a.Length == 0) return PyNone.Instance;
            PySet r = s;
            foreach (var x in a) r = SetOps.Intersection(r, x);
            s.Table.TakeSlotsOf(r == s ? s.Copy().Table : r.Table);
            return PyNone.Instance;
        });
        M(set, "difference_update", (self, a, k) =>
        {
            NoKw(self, "difference_update", k);
            foreach (var x in a) SetOps.DifferenceUpdate((PySet)self, x);
            return PyNone.Instance;
        });
        M(set, "symmetric_difference_update", (self, a, k) =>
        {
            One(self, "symmetric_difference_update", a, k);
            SetOps.SymmetricDifferenceUpdate((PySet)self, a[0]);
            return PyNone.Instance;
        });
        M(set, "__iand__", (self, a, k) => SetOps.InPlace(BinOp.And, self, ExpectOneOperand(a)) ?? PyNotImplemented.Instance);
        M(set, "__ior__", (self, a, k) => SetOps.InPlace(BinOp.Or, self, ExpectOneOperand(a)) ?? PyNotImplemented.Instance);
        M(set, "__isub__", (self, a, k) => SetOps.InPlace(BinOp.Sub, self, ExpectOneOperand(a)) ?? PyNotImplemented.Instance);
        M(set, "__ixor__", (self, a, k) => SetOps.InPlace(BinOp.Xor, self, ExpectOneOperand(a)) ?? PyNotImplemented.Instance);

        foreach (var st in new[] { PyType.SetType, PyType.FrozenSetType })
        {
            M(st, "copy", (self, a, k) =>
            {
                None(self, "copy", a, k);
                var s = (PySet)self;
                return s.Frozen ? s : s.Copy();
            });
            M(st, "union", (self, a, k) =>
            {
                NoKw(self, "union", k);
                var r = ((PySet)self).Copy();
                foreach (var x in a) if (x != self) r.Update(x);
                return r;
            });
            M(st, "intersection", (self, a, k) =>
            {
                NoKw(self, "intersection", k);
                var s = (PySet)self;
                if (a.Length == 0) return s.Copy();
                PySet r = s;
                foreach (var x in a) r = SetOps.Intersection(r, x);
                return r;
            });
            M(st, "difference", (self, a, k) =>
            {
                NoKw(self, "difference", k);
                var s = (PySet)self;
                if (a.Length == 0) return s.Copy();
                var r = SetOps.Difference(s, a[0]);
                for (int i = 1; i < a.Length; i++) SetOps.DifferenceUpdate(r, a[i]);
                return r;
            });
            M(st, "symmetric_difference", (self, a, k) =>
            {
                One(self, "symmetric_difference", a, k);
                return SetOps.SymmetricDifference((PySet)self, a[0]);
            });
            M(st, "isdisjoint", (self, a, k) =>
            {
                One(self, "isdisjoint", a, k);
                return PyBool.Get(SetOps.IsDisjoint((PySet)self, a[0]));
            });
            M(st, "issubset", (self, a, k) =>
            {
                One(self, "issubset", a, k);
                var o = SetOps.AsSet(a[0]) ?? PySet.From(a[0], false);
                return PyBool.Get(PySet.IsSubset((PySet)self, o));
            });
            M(st, "issuperset", (self, a, k) =>
            {
                One(self, "issuperset", a, k);
                var s = (PySet)self;
                if (SetOps.AsSet(a[0]) is PySet o) return PyBool.Get(PySet.IsSubset(o, s));
                var it = Ops.GetIter(a[0]);
                while (it.TryNext(out var v)) if (!s.Contains(v)) return PyBool.False;
                return PyBool.True;
            });
            Binary(st, "__or__", "__ror__", (x, y) => SetOps.Union(x, y));
            Binary(st, "__and__", "__rand__", (x, y) => SetOps.Intersection(x, y));
            Binary(st, "__sub__", "__rsub__", (x, y) => SetOps.Difference(x, y));
            Binary(st, "__xor__", "__rxor__", (x, y) => SetOps.SymmetricDifference(x, y));
        }
    }

    private static void Binary(PyType t, string name, string rname, Func<PySet, PySet, PySet> op)
    {
        M(t, name, (self, a, k) =>
        {
            if (a.Length != 1) throw Ops.TypeError($"expected 1 argument, got {a.Length}");
            return SetOps.AsSet(a[0]) is PySet o ? op((PySet)self, o) : PyNotImplemented.Instance;
        });
        M(t, rname, (self, a, k) =>
        {
            if (a.Length != 1) throw Ops.TypeError($"expected 1 argument, got {a.Length}");
            return SetOps.AsSet(a[0]) is PySet o ? op(o, (PySet)self) : PyNotImplemented.Instance;
        });
    }
}
