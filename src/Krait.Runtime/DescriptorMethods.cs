namespace Krait.Runtime;

/// <summary><c>__get__</c>, <c>__set__</c> and <c>__delete__</c> of the built-in descriptors (member_descriptor
/// of <c>__slots__</c>, getset_descriptor) called directly, with CPython's argument checks and messages.</summary>
internal static class DescriptorMethods
{
    /// <summary>Checks that <paramref name="obj"/> is an instance of <paramref name="owner"/>.</summary>
    public static void CheckApplies(string name, PyType owner, PyObject obj)
    {
        if (!obj.Type.IsSubtypeOf(owner))
            throw Ops.TypeError($"descriptor '{name}' for '{owner.Name}' objects doesn't apply to a '{obj.Type.TpName}' object");
    }

    /// <summary>descr.__get__(obj, type=None): the descriptor itself for obj None and a type.</summary>
    public static PyBuiltinFunction Getter(PyObject self, string name, PyType owner, Func<PyObject, PyObject> get) =>
        new("__get__", (a, k) =>
        {
            if (a.Length == 0) throw Ops.TypeError(" expected at least 1 argument, got 0");
            if (a.Length > 2) throw Ops.TypeError($" expected at most 2 arguments, got {a.Length}");
            var obj = a[0];
            if (obj == PyNone.Instance)
            {
                if (a.Length < 2 || a[1] == PyNone.Instance) throw Ops.TypeError("__get__(None, None) is invalid");
                return self;
            }
            CheckApplies(name, owner, obj);
            return get(obj);
        }) { Self = self };

    public static PyBuiltinFunction Setter(PyObject self, string name, PyType owner, Action<PyObject, PyObject> set) =>
        new("__set__", (a, k) =>
        {
            if (a.Length != 2) throw Ops.TypeError($" expected 2 arguments, got {a.Length}");
            CheckApplies(name, owner, a[0]);
            set(a[0], a[1]);
            return PyNone.Instance;
        }) { Self = self };

    public static PyBuiltinFunction Deleter(PyObject self, string name, PyType owner, Action<PyObject> delete) =>
        new("__delete__", (a, k) =>
        {
            if (a.Length != 1) throw Ops.TypeError($"expected 1 argument, got {a.Length}");
            CheckApplies(name, owner, a[0]);
            delete(a[0]);
            return PyNone.Instance;
        }) { Self = self };
}
