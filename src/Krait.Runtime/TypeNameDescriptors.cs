namespace Krait.Runtime;

/// <summary><c>type.__dict__['__name__']</c> and <c>['__qualname__']</c> as getset descriptors, so
/// <c>type.__dict__['__name__'].__get__(int)</c> works. Class attribute reads of these names are answered
/// before descriptors are consulted (PyType.TypeGetAttr); stores through the descriptor follow CPython's checks.</summary>
internal static class TypeNameDescriptors
{
    public static void Install(PyType type)
    {
        type.Dict["__name__"] = new PyGetSetDescriptor("__name__", type, o => new PyStr(((PyType)o).Name),
            (o, v) => ((PyType)o).Name = Checked((PyType)o, "__name__", v));
        type.Dict["__qualname__"] = new PyGetSetDescriptor("__qualname__", type, o => new PyStr(((PyType)o).QualName),
            (o, v) => ((PyType)o).QualName = Checked((PyType)o, "__qualname__", v));
    }

    private static string Checked(PyType t, string name, PyObject? value)
    {
        if (!t.IsUserDefined)
            throw Ops.TypeError($"cannot set '{name}' attribute of immutable type '{t.Name}'");
        if (value == null)
            throw Ops.TypeError($"cannot delete '{name}' attribute of immutable type '{t.Name}'");
        if (value is not PyStr s)
            throw Ops.TypeError($"can only assign string to {t.Name}.{name}, not '{value.Type.TpName}'");
        return s.Value;
    }
}
