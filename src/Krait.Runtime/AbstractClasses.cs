namespace Krait.Runtime;

/// <summary><c>__abstractmethods__</c> of classes and the refusal to instantiate abstract ones. As in CPython the
/// value lives in the class's own dict and its truth sets <see cref="PyType.IsAbstract"/>, which object's
/// <c>__new__</c> tests (the plain-class call fast path is disabled for abstract classes, so normal classes pay
/// nothing). Only object's <c>__new__</c> refuses: a subclass of list or int is instantiable regardless.</summary>
public static class AbstractClasses
{
    public const string Name = "__abstractmethods__";

    /// <summary>type.__abstractmethods__ read: the class's own dict only (never inherited), absent on type.</summary>
    public static PyObject Get(PyType t)
    {
        if (t != PyType.TypeType && t.Dict.TryGetValue(Name, out var v)) return v;
        throw Ops.AttributeError(Name);
    }

    public static void Set(PyType t, PyObject value)
    {
        bool abstractNow = Ops.IsTrue(value);
        t.Dict[Name] = value;
        t.IsAbstract = abstractNow;
        t.Changed();
    }

    public static void Delete(PyType t)
    {
        if (!t.Dict.Remove(Name)) throw Ops.AttributeError(Name);
        t.IsAbstract = false;
        t.Changed();
    }

    /// <summary>The TypeError object's <c>__new__</c> raises for an abstract class: its abstract names sorted and
    /// joined, "method" or "methods" by their count.</summary>
    public static PythonException InstantiationError(PyType t)
    {
        var names = new PyList(Ops.ToArray(t.Dict.TryGetValue(Name, out var v) ? v : new PyTuple(Array.Empty<PyObject>())));
        TypeMethods.Sort(names, null, null);
        var parts = new string[names.Count];
        for (int i = 0; i < parts.Length; i++)
            parts[i] = names.Items[i] is PyStr s ? s.Value : throw Ops.TypeError(
                $"sequence item {i}: expected str instance, {names.Items[i].Type.TpName} found");
        var plural = names.Count > 1 ? "s" : "";
        return Ops.TypeError($"Can't instantiate abstract class {t.Name} with abstract method{plural} {string.Join(", ", parts)}");
    }
}
