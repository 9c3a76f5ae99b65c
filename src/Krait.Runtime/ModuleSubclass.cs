namespace Krait.Runtime;

/// <summary>Attribute access on a module whose <c>__class__</c> was set to a Python subclass of ModuleType
/// (<c>sys.modules[__name__].__class__ = M</c>, for module properties or a <c>__setattr__</c>): CPython's
/// generic attribute protocol over the subclass and the module's namespace. Plain modules never come here
/// (<see cref="PyModule.Class"/> is null), so their attribute reads stay one cell lookup.</summary>
public static class ModuleSubclass
{
    /// <summary>module.__class__ = value.</summary>
    public static void SetClass(PyModule m, PyObject value)
    {
        if (value is not PyType t)
            throw Ops.TypeError($"__class__ must be set to a class, not '{value.Type.TpName}' object");
        if (t == PyType.ModuleType) { m.Class = null; return; }
        if (!t.IsSubtypeOf(PyType.ModuleType) || !t.IsUserDefined)
            throw Ops.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        if (!t.HasDict)
            throw Ops.TypeError($"__class__ assignment: '{t.Name}' object layout differs from 'module'");
        m.Class = t;
    }

    /// <summary>Reads <paramref name="name"/>: the class's <c>__getattribute__</c> when Python code defines one,
    /// else the generic lookup; then the class's <c>__getattr__</c>.</summary>
    public static bool TryGetAttr(PyModule m, PyType cls, string name, out PyObject value)
    {
        try { return GetAttr(m, cls, name, out value); }
        catch (PythonException e) when (e.Value.Class.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            value = null!;
            return false;
        }
    }

    /// <summary>As <see cref="TryGetAttr"/>, but an AttributeError raised by Python code propagates (its
    /// message is what getattr shows).</summary>
    public static bool GetAttr(PyModule m, PyType cls, string name, out PyObject value)
    {
        var getattribute = cls.LookupOverride("__getattribute__");
        if (getattribute != null)
        {
            try { value = getattribute.Call2(m, new PyStr(name)); return true; }
            catch (PythonException e) when (e.Value.Class.IsSubtypeOf(ExceptionTypes.AttributeError))
            {
                if (cls.LookupOverride("__getattr__") is not { } hook) throw;
                value = hook.Call2(m, new PyStr(name));
                return true;
            }
        }
        if (GenericGetAttr(m, cls, name, out value)) return true;
        if (cls.LookupOverride("__getattr__") is { } getattr)
        {
            value = getattr.Call2(m, new PyStr(name));
            return true;
        }
        return false;
    }

    /// <summary>ModuleType.__getattribute__ for a subclass instance: data descriptors of the class, the
    /// module's namespace, other class attributes (bound), then what every module has.</summary>
    public static bool GenericGetAttr(PyModule m, PyType cls, string name, out PyObject value)
    {
        if (name == "__class__") { value = cls; return true; }
        var attr = ClassAttribute(cls, name);
        if (attr != null && Descriptors.IsData(attr))
        {
            value = Descriptors.Get(attr, m, cls);
            return true;
        }
        if (m.Cells.TryGetValue(name, out var c) && c.Value != null) { value = c.Value; return true; }
        if (attr != null)
        {
            value = Ops.BindDescriptor(attr, m);
            return true;
        }
        return m.PlainGetAttr(name, out value);
    }

    /// <summary>What the subclass defines for <paramref name="name"/>; the <c>__dict__</c>/<c>__weakref__</c>
    /// descriptors a Python subclass gets are for instances, a module answers those itself.</summary>
    private static PyObject? ClassAttribute(PyType cls, string name)
    {
        var attr = cls.LookupOverride(name);
        return attr is PyGetSetDescriptor { Name: "__dict__" or "__weakref__" } ? null : attr;
    }

    /// <summary>Stores <paramref name="name"/>: the class's <c>__setattr__</c>, else a data descriptor's
    /// <c>__set__</c>, else the namespace.</summary>
    public static void SetAttr(PyModule m, PyType cls, string name, PyObject value)
    {
        if (cls.LookupOverride("__setattr__") is { } hook) { hook.Call3(m, new PyStr(name), value); return; }
        GenericSetAttr(m, cls, name, value);
    }

    public static void GenericSetAttr(PyModule m, PyType cls, string name, PyObject value)
    {
        if (name == "__class__") { SetClass(m, value); return; }
        var attr = ClassAttribute(cls, name);
        if (attr != null && Descriptors.TrySet(attr, m, value)) return;
        m.Set(name, value);
    }

    public static void DelAttr(PyModule m, PyType cls, string name)
    {
        if (cls.LookupOverride("__delattr__") is { } hook) { hook.Call2(m, new PyStr(name)); return; }
        GenericDelAttr(m, cls, name);
    }

    public static void GenericDelAttr(PyModule m, PyType cls, string name)
    {
        var attr = ClassAttribute(cls, name);
        if (attr != null && Descriptors.TryDelete(attr, m)) return;
        m.PlainDelAttr(name);
    }
}
