namespace Krait.Runtime;

/// <summary>dict.fromkeys(iterable, value=None): a classmethod, so a dict subclass gets an instance of itself
/// (filled through its own __setitem__ when it is not a plain dict).</summary>
public static class DictFromKeys
{
    public static void Install()
    {
        var dict = PyType.DictType;
        dict.Dict["fromkeys"] = new PyClassMethod(new PyBuiltinFunction("fromkeys", (a, k) =>
        {
            if (k != null) throw Ops.TypeError("fromkeys() takes no keyword arguments");
            if (a.Length < 2) throw Ops.TypeError("fromkeys expected at least 1 argument, got 0");
            if (a.Length > 3) throw Ops.TypeError($"fromkeys expected at most 2 arguments, got {a.Length - 1}");
            var cls = a[0];
            var value = a.Length == 3 ? a[2] : PyNone.Instance;
            var keys = Ops.ToArray(a[1]);
            if (ReferenceEquals(cls, PyType.DictType))
            {
                var d = new PyDict();
                foreach (var key in keys) d.SetItem(key, value);
                return d;
            }
            var r = cls.Call(Array.Empty<PyObject>(), null);
            foreach (var key in keys) Ops.SetItem(r, key, value);
            return r;
        }));
        dict.Changed();
    }
}
