namespace Krait.Runtime;

public static partial class Ops
{
    /// <summary>Cls.name at an attribute site. When the class has the plain metaclass and the name is a function,
    /// a static method or an immutable value in its MRO, reading it always gives the same object until the class
    /// (or a base) changes, so the site keeps it keyed by the class version.</summary>
    private static PyObject ClassAttribute(PyType t, AttributeCache c)
    {
        if (c.ClassSeen == t && c.ClassSeenVersion == t.Version) return c.ClassValue!;
        var v = t.GetAttr(c.Name);
        if (t.Type == PyType.TypeType && !c.Name.StartsWith("__", StringComparison.Ordinal)
            && PyType.TypeType.Lookup(c.Name) == null
            && t.Lookup(c.Name) is PyFunction or PyStaticMethod or PyInt or PyStr or PyFloat or PyBool or PyNone or PyTuple)
        {
            c.ClassSeen = t;
            c.ClassSeenVersion = t.Version;
            c.ClassValue = v;
        }
        return v;
    }
}
