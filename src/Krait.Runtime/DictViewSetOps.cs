namespace Krait.Runtime;

/// <summary>The set operations of dict_keys and dict_items views (<c>d.keys() - other</c>, <c>&amp;</c>,
/// <c>|</c>, <c>^</c>, isdisjoint), in CPython's steps: the left operand becomes a set (a keys view of a plain
/// dict through the dict's stored hashes) which is then updated with the right one; &amp; iterates the smaller
/// side. The steps decide the order the resulting set iterates in.</summary>
public static class DictViewSetOps
{
    /// <summary>The set an operation starts from: a keys view of a plain dict is copied from the dict.</summary>
    private static PySet ToSet(PyObject o)
    {
        if (o is PyDictView { Kind: DictIterator.Kind.Keys } v && v.Dict.Type == PyType.DictType)
            return PySet.From(v.Dict, false);
        return PySet.From(o, false);
    }

    public static void Install(PyType view)
    {
        Op(view, "sub", Sub);
        Op(view, "and", And);
        Op(view, "or", Or);
        Op(view, "xor", Xor);
        view.Dict["isdisjoint"] = new PyMethodDescriptor(view, "isdisjoint", (self, a, k) =>
        {
            if (a.Length != 1 || k != null) throw Ops.TypeError($"isdisjoint() takes exactly one argument ({a.Length} given)");
            foreach (var v in Ops.ToArray(a[0])) if (self.Contains(v)) return PyBool.False;
            return PyBool.True;
        });
        view.Changed();
    }

    private static void Op(PyType view, string name, Func<PyObject, PyObject, PyObject> apply)
    {
        view.Dict["__" + name + "__"] = new PyMethodDescriptor(view, "__" + name + "__", (self, a, k) =>
            a.Length == 1 ? apply(self, a[0]) : throw Ops.TypeError($"expected 1 argument, got {a.Length}"));
        view.Dict["__r" + name + "__"] = new PyMethodDescriptor(view, "__r" + name + "__", (self, a, k) =>
            a.Length == 1 ? apply(a[0], self) : throw Ops.TypeError($"expected 1 argument, got {a.Length}"));
    }

    private static PyObject Sub(PyObject left, PyObject right)
    {
        var r = ToSet(left);
        SetOps.DifferenceUpdate(r, right);
        return r;
    }

    private static PyObject Or(PyObject left, PyObject right)
    {
        var r = ToSet(left);
        r.Update(right);
        return r;
    }

    private static PyObject Xor(PyObject left, PyObject right)
    {
        if (left is PyDictView { Kind: DictIterator.Kind.Items } a && right is PyDictView { Kind: DictIterator.Kind.Items } b)
            return ItemsXor(a.Dict, b.Dict);
        var r = ToSet(left);
        SetOps.SymmetricDifferenceUpdate(r, right);
        return r;
    }

    /// <summary>items ^ items: the pairs of the right dict that the left lacks or maps differently, then the
    /// left's remaining pairs.</summary>
    private static PyObject ItemsXor(PyDict d1, PyDict d2)
    {
        var rest = new PyDict();
        foreach (var kv in Ops.ToArray(new PyDictView(d1, DictIterator.Kind.Items)))
        {
            var t = (PyTuple)kv;
            rest.SetItem(t.Items[0], t.Items[1]);
        }
        var r = new PySet();
        foreach (var kv in Ops.ToArray(new PyDictView(d2, DictIterator.Kind.Items)))
        {
            var t = (PyTuple)kv;
            var mine = rest.TryGet(t.Items[0]);
            if (mine != null && Ops.EqBool(mine, t.Items[1])) rest.DelItem(t.Items[0]);
            else r.Add(kv);
        }
        r.Update(new PyDictView(rest, DictIterator.Kind.Items));
        return r;
    }

    /// <summary>&amp;: through set.intersection when the other side is a set at least as big; otherwise the
    /// smaller side is iterated and tested against the bigger view.</summary>
    private static PyObject And(PyObject left, PyObject right)
    {
        PyObject self = left, other = right;
        if (self is not PyDictView) (self, other) = (other, self);
        long n = self.Len();
        if (other is PySet { Frozen: false } os && other.Type == PyType.SetType && n <= os.Table.Count)
            return SetOps.Intersection(os, self);
        if (other is PyDictView ov && ov.Len() > n) (self, other) = (other, self);
        var r = new PySet();
        var it = Ops.GetIter(other);
        while (it.TryNext(out var v))
            if (self.Contains(v)) r.Add(v);
        return r;
    }
}
