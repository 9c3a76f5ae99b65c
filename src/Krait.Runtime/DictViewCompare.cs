namespace Krait.Runtime;

/// <summary>Comparisons of dict_keys and dict_items: they are set-like, so ==, &lt;, &lt;= ... compare them with sets,
/// frozensets and other keys/items views by size and containment (dict_values compare by identity only).</summary>
public static class DictViewCompare
{
    private static bool IsSetLike(PyObject o) =>
        o is PySet || o is PyDictView v && v.Kind != DictIterator.Kind.Values;

    public static PyObject Compare(PyDictView self, PyObject other, CompareOp op)
    {
        if (self.Kind == DictIterator.Kind.Values || !IsSetLike(other))
            return op switch
            {
                CompareOp.Eq => ReferenceEquals(self, other) ? PyBool.True : PyNotImplemented.Instance,
                CompareOp.Ne => ReferenceEquals(self, other) ? PyBool.False : PyNotImplemented.Instance,
                _ => PyNotImplemented.Instance,
            };
        long n = self.Len(), m = other.Len();
        bool r = op switch
        {
            CompareOp.Eq => n == m && AllIn(self, other),
            CompareOp.Ne => !(n == m && AllIn(self, other)),
            CompareOp.Lt => n < m && AllIn(self, other),
            CompareOp.Le => n <= m && AllIn(self, other),
            CompareOp.Gt => n > m && AllIn(other, self),
            _ => n >= m && AllIn(other, self),
        };
        return PyBool.Get(r);
    }

    private static bool AllIn(PyObject items, PyObject container)
    {
        var it = items.Iter();
        while (it.TryNext(out var x))
            if (!container.Contains(x)) return false;
        return true;
    }
}
