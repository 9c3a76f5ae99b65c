namespace Krait.Runtime;

/// <summary>Per-type cache of operator dunder lookups (<c>__add__</c>, <c>__radd__</c>, ...): a binary operator
/// on instances of a user class would otherwise walk the MRO's dicts by name on every operation. Entries are
/// dropped whenever the type's version changes.</summary>
public sealed partial class PyType
{
    public const int OperatorSlotCount = 64;
    private static readonly PyObject s_noSlot = new PyStr("<no slot>");
    private PyObject?[]? _operatorSlots;
    private int _operatorSlotsVersion;

    /// <summary><see cref="Lookup"/> of <paramref name="name"/>, cached under <paramref name="slot"/> (each
    /// caller owns a fixed slot number for a fixed name, below <see cref="OperatorSlotCount"/>: the binary
    /// operators take 0-38, <see cref="SpecialSlot"/> the rest).</summary>
    public PyObject? LookupOperator(int slot, string name) => Cached(slot, name, overrideOnly: false);

    /// <summary><see cref="LookupOverride"/> of <paramref name="name"/>, cached under <paramref name="slot"/>.</summary>
    public PyObject? LookupSpecial(int slot, string name) => Cached(slot, name, overrideOnly: true);

    private PyObject? Cached(int slot, string name, bool overrideOnly)
    {
        var slots = _operatorSlots;
        if (slots == null || _operatorSlotsVersion != Version)
        {
            _operatorSlots = slots = new PyObject?[OperatorSlotCount];
            _operatorSlotsVersion = Version;
        }
        var v = slots[slot];
        if (v == null) slots[slot] = v = (overrideOnly ? LookupOverride(name) : Lookup(name)) ?? s_noSlot;
        return ReferenceEquals(v, s_noSlot) ? null : v;
    }
}

/// <summary>Cache slots of the special methods instances look up on every protocol call.</summary>
public static class SpecialSlot
{
    public const int Repr = 40, Str = 41, Bool = 42, Len = 43, GetItem = 44, SetItem = 45, DelItem = 46, Iter = 47,
        Contains = 48, Call = 49, Missing = 50, Eq = 51;
    /// <summary>__lt__ .. __ge__ in <see cref="CompareOp"/> order.</summary>
    public const int CompareBase = 52;
}
