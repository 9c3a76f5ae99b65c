namespace Krait.Runtime;

/// <summary>Makes the named slot methods of built-in types (<c>int.__add__</c>, <c>list.__iadd__</c>, ...): method
/// descriptors whose bodies call the same <see cref="Ops"/> entry points the operators use, with the argument
/// checks and messages of CPython's slot wrappers. The operators themselves never go through these.</summary>
public static class SlotDefinitions
{
    /// <summary>CPython's slot-wrapper argument check: no keywords, exactly <paramref name="n"/> positionals.</summary>
    public static void Check(string name, PyObject[] a, string[]? k, int n)
    {
        if (k is { Length: > 0 }) throw Ops.TypeError($"wrapper {name}() takes no keyword arguments");
        if (a.Length != n) throw Ops.TypeError($"expected {n} argument{(n == 1 ? "" : "s")}, got {a.Length}");
    }

    public static PyMethodDescriptor Unary(PyType owner, string name, Func<PyObject, PyObject> f)
    {
        var d = new PyMethodDescriptor(owner, name, (self, a, k) => { Check(name, a, k, 0); return f(self); }) { Fast0 = f, IsOperatorSlot = true };
        owner.Dict[name] = d;
        return d;
    }

    public static PyMethodDescriptor Binary(PyType owner, string name, Func<PyObject, PyObject, PyObject> f)
    {
        var d = new PyMethodDescriptor(owner, name, (self, a, k) => { Check(name, a, k, 1); return f(self, a[0]); }) { Fast1 = f, IsOperatorSlot = true };
        owner.Dict[name] = d;
        return d;
    }

    /// <summary>A slot taking one or two arguments (<c>__pow__(value, mod=None)</c>); the second is null when absent.</summary>
    public static PyMethodDescriptor Ternary(PyType owner, string name, Func<PyObject, PyObject, PyObject?, PyObject> f)
    {
        var d = new PyMethodDescriptor(owner, name, (self, a, k) =>
        {
            if (k is { Length: > 0 }) throw Ops.TypeError($"wrapper {name}() takes no keyword arguments");
            // CPython's message has an empty function name here, hence the leading space.
            if (a.Length == 0) throw Ops.TypeError(" expected at least 1 argument, got 0");
            if (a.Length > 2) throw Ops.TypeError($" expected at most 2 arguments, got {a.Length}");
            return f(self, a[0], a.Length > 1 ? a[1] : null);
        }) { Fast1 = (self, x) => f(self, x, null), IsOperatorSlot = true };
        owner.Dict[name] = d;
        return d;
    }

    /// <summary>The six rich comparisons, each answering through <paramref name="compare"/> (which returns
    /// NotImplemented for operands it does not know).</summary>
    public static void Comparisons(PyType owner, Func<PyObject, PyObject, CompareOp, PyObject> compare)
    {
        foreach (var op in new[] { CompareOp.Lt, CompareOp.Le, CompareOp.Eq, CompareOp.Ne, CompareOp.Gt, CompareOp.Ge })
        {
            var cop = op;
            Binary(owner, Ops.CompareDunder(op), (s, o) => compare(s, o, cop));
        }
    }
}
