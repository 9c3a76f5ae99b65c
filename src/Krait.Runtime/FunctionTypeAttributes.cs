namespace Krait.Runtime;

/// <summary>The attribute descriptors CPython's `function` type lists in its dict. Instances answer these names
/// themselves (<see cref="PyFunction.TryGetAttr"/>); the class-level descriptors exist because code inspects
/// them (types.py takes `type(FunctionType.__code__)` as GetSetDescriptorType and
/// `type(FunctionType.__globals__)` as MemberDescriptorType).</summary>
public static class FunctionTypeAttributes
{
    public static void Define()
    {
        var t = PyType.FunctionType;
        foreach (var name in new[] { "__code__", "__defaults__", "__kwdefaults__", "__annotations__", "__dict__", "__name__", "__qualname__" })
        {
            string n = name;
            t.Dict[n] = new PyGetSetDescriptor(n, t, f => Ops.GetAttr(f, n), (f, v) =>
            {
                if (v == null) Ops.DelAttr(f, n);
                else f.SetAttr(n, v);
            });
        }
        foreach (var name in new[] { "__closure__", "__doc__", "__globals__", "__module__", "__builtins__" })
            t.Dict[name] = new PyMemberDescriptor(name, t);
        // inspect's static lookups read these from type.__dict__.
        var type = PyType.TypeType;
        type.Dict["__mro__"] = new PyGetSetDescriptor("__mro__", type, o => new PyTuple(Array.ConvertAll<PyType, PyObject>(((PyType)o).Mro, x => x)), null);
        type.Dict["__dict__"] = new PyGetSetDescriptor("__dict__", type, o => new PyMappingProxy(((PyType)o).Dict), null);
        type.Changed();
    }
}
