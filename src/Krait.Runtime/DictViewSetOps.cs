namespace Krait.Runtime;

/// <summary>The set operations of dict_keys and dict_items views (<c>d.keys() - other</c>, <c>&amp;</c>,
/// <c>|</c>, <c>^</c>, isdisjoint): each side becomes a set of its items, as CPython's views compute them, and
/// the result is a set.</summary>
public static class DictViewSetOps
{
    private static PySet ToSet(PyObject o)
    {
        var s = new PySet();
        foreach (var v in Ops.ToArray(o)) s.Add(v);
        return s;
    }

    private static bool Iterable(PyObject o) => o.Type.Lookup("__iter__") != null || o is PyDictView || o is PySet
        || o is PyList || o is PyTuple || o is PyStr || o is PyDict;

    public static void Install(PyType view)
    {
        Op(view, "sub", Ops.Sub);
        Op(view, "and", Ops.BitAnd);
        Op(view, "or", Ops.BitOr);
        Op(view, "xor", Ops.BitXor);
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
            a.Length == 1 && Iterable(a[0]) ? apply(ToSet(self), ToSet(a[0])) : PyNotImplemented.Instance);
        view.Dict["__r" + name + "__"] = new PyMethodDescriptor(view, "__r" + name + "__", (self, a, k) =>
            a.Length == 1 && Iterable(a[0]) ? apply(ToSet(a[0]), ToSet(self)) : PyNotImplemented.Instance);
    }
}
