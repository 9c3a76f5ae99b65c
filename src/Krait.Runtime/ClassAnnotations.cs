namespace Krait.Runtime;

/// <summary><c>type.__annotations__</c> (PEP 563's 3.10 rule): a class's annotations are its own dict's
/// <c>__annotations__</c>, never a base's; reading it on a class without one stores a fresh empty dict there,
/// and built-in types have none.</summary>
public static class ClassAnnotations
{
    public const string Name = "__annotations__";

    public static PyObject Get(PyType t)
    {
        if (!t.IsUserDefined) throw Ops.AttributeError($"type object '{t.TpName}' has no attribute '{Name}'", t, Name);
        if (t.Dict.TryGetValue(Name, out var v))
            return v is PyInstance vi && vi.Class.Lookup("__get__") is { } get ? get.Call3(v, PyNone.Instance, t) : v;
        var fresh = new PyDict();
        t.Dict[Name] = fresh;
        t.Changed();
        return fresh;
    }

    public static void Set(PyType t, PyObject? value)
    {
        if (!t.IsUserDefined) throw Ops.TypeError($"cannot set '{Name}' attribute of immutable type '{t.Name}'");
        if (value != null) t.Dict[Name] = value;
        else if (!t.Dict.Remove(Name)) throw Ops.AttributeError(Name);
        t.Changed();
    }

    /// <summary>The getset entries type's dict lists for this name and for <c>__abstractmethods__</c>.</summary>
    public static void Install(PyType type)
    {
        type.Dict[Name] = new PyGetSetDescriptor(Name, type, o => Get(AsType(o, Name)), (o, v) => Set(AsType(o, Name), v));
        type.Dict[AbstractClasses.Name] = new PyGetSetDescriptor(AbstractClasses.Name, type, o => AbstractClasses.Get(AsType(o, AbstractClasses.Name)),
            (o, v) =>
            {
                var t = AsType(o, AbstractClasses.Name);
                if (!t.IsUserDefined) throw Ops.TypeError($"cannot set '{AbstractClasses.Name}' attribute of immutable type '{t.Name}'");
                if (v == null) AbstractClasses.Delete(t); else AbstractClasses.Set(t, v);
            });
    }

    private static PyType AsType(PyObject o, string name) =>
        o as PyType ?? throw Ops.TypeError($"descriptor '{name}' for 'type' objects doesn't apply to a '{o.Type.TpName}' object");
}
