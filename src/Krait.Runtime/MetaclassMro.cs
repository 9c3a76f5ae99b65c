namespace Krait.Runtime;

/// <summary>A metaclass that overrides <c>mro()</c> decides its classes' <c>__mro__</c>: CPython calls it when the
/// class is made and when its (or a base's) <c>__bases__</c> is assigned, and checks each entry is a class whose
/// instance layout the new class can share. Classes of <c>type</c> itself keep the C3 linearization.</summary>
public static class MetaclassMro
{
    /// <summary>The MRO <paramref name="t"/> gets now: its metaclass's <c>mro()</c> when a Python class along
    /// the metaclass's MRO defines one, else C3.</summary>
    public static PyType[] Compute(PyType t)
    {
        var meta = t.Metatype;
        if (meta == null || meta.LookupOverride("mro") is not { } mro) return t.ComputeMro();
        var result = Ops.ToArray(Ops.BindDescriptor(mro, t).Call0());
        if (result.Length == 0) throw Ops.TypeError("type MRO must not be empty");
        var layout = t.BaseValueType();
        var entries = new PyType[result.Length];
        for (int i = 0; i < result.Length; i++)
        {
            if (result[i] is not PyType entry)
                throw Ops.TypeError($"mro() returned a non-class ('{result[i].Type.TpName}')");
            var entryLayout = entry.BaseValueType();
            if (entryLayout != null && (layout == null || !layout.IsSubtypeOf(entryLayout)))
                throw Ops.TypeError($"mro() returned base with unsuitable layout ('{entry.Name}')");
            entries[i] = entry;
        }
        return entries;
    }
}
