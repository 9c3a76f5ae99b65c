namespace Krait.Runtime;

/// <summary><c>__reversed__</c> of list, dict and the dict views, giving CPython's reverse iterator types.</summary>
internal static class ReversedMethods
{
    public static void Install()
    {
        Add(PyType.ListType, self => new ListReverseIterator((PyList)self));
        Add(PyType.DictType, self => new DictReverseIterator((PyDict)self, DictIterator.Kind.Keys));
        foreach (var view in new[] { PyDictView.KeysType, PyDictView.ValuesType, PyDictView.ItemsType })
            Add(view, self => new DictReverseIterator(((PyDictView)self).Dict, ((PyDictView)self).Kind));
    }

    private static void Add(PyType t, Func<PyObject, PyObject> reverse)
    {
        t.Dict["__reversed__"] = new PyMethodDescriptor(t, "__reversed__", (self, a, k) =>
        {
            if (k is { Length: > 0 } || a.Length != 0) throw Ops.TypeError($"{t.Name}.__reversed__() takes no arguments ({a.Length} given)");
            return reverse(self);
        }) { Fast0 = reverse };
    }
}
