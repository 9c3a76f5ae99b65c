using Krait.Runtime;

namespace Krait.Modules;

/// <summary>What instances of native types need so user classes can derive from them: an attribute dict
/// (user subclasses, and the types that have one in CPython such as Counter) and the user's overrides of
/// special methods the native code would otherwise answer itself.</summary>
public static class SubclassSupport
{
    public static bool TryGetAttr(PyObject self, Dictionary<string, PyObject>? attrs, string name, out PyObject value)
    {
        var type = self.Type;
        var attr = type.Lookup(name);
        if (attr is PyProperty prop) { value = prop.Get(self); return true; }
        if (attrs != null && attrs.TryGetValue(name, out value!)) return true;
        if (attr != null) { value = Ops.BindDescriptor(attr, self); return true; }
        switch (name)
        {
            case "__class__": value = type; return true;
            case "__dict__" when attrs != null:
                var d = new PyDict();
                foreach (var kv in attrs) d.SetItem(new PyStr(kv.Key), kv.Value);
                value = d;
                return true;
        }
        if (type.Lookup("__getattr__") is PyFunction getattr)
        {
            try { value = getattr.Call2(self, new PyStr(name)); return true; }
            catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError)) { }
        }
        value = null!;
        return false;
    }

    /// <summary>Stores an instance attribute; <paramref name="hasDict"/> says whether the native type itself has
    /// a <c>__dict__</c> (user subclasses always do).</summary>
    public static void SetAttr(PyObject self, PyType nativeType, bool hasDict, ref Dictionary<string, PyObject>? attrs,
                               string name, PyObject value)
    {
        var type = self.Type;
        var attr = type.Lookup(name);
        if (attr is PyProperty prop) { prop.Set(self, value); return; }
        if (type != nativeType && type.Lookup("__setattr__") is PyFunction setattr)
        {
            setattr.Call3(self, new PyStr(name), value);
            return;
        }
        if (!hasDict && type == nativeType)
        {
            if (attr != null) throw Ops.AttributeError($"'{QualifiedName(type)}' object attribute '{name}' is read-only");
            throw Ops.AttributeError($"'{QualifiedName(type)}' object has no attribute '{name}'");
        }
        (attrs ??= new Dictionary<string, PyObject>())[name] = value;
    }

    public static void DelAttr(PyObject self, Dictionary<string, PyObject>? attrs, string name)
    {
        if (attrs == null || !attrs.Remove(name)) throw Ops.AttributeErrorFor(self, name);
    }

    /// <summary>A Python-level override of <paramref name="name"/> in a user subclass, or null.</summary>
    public static PyObject? Override(PyObject self, PyType nativeType, string name)
    {
        var type = self.Type;
        if (type == nativeType) return null;
        var mro = type.Mro;
        for (int i = 0; i < mro.Length; i++)
        {
            if (mro[i] == nativeType) return null;
            if (mro[i].Dict.TryGetValue(name, out var v)) return v is PyMethodDescriptor ? null : v;
        }
        return null;
    }

    /// <summary>The type's name as CPython's messages give it: dotted for the types CPython writes in C.</summary>
    public static string QualifiedName(PyType t) =>
        t == PyDeque.DequeType || t == PyDefaultDict.DefaultDictType ? "collections." + t.Name : t.Name;
}
