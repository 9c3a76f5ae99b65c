using System.Runtime.CompilerServices;
namespace Krait.Runtime;

/// <summary>Attribute value storage of an instance. The first <see cref="InlineSlotCount"/> shape slots are
/// fields of the instance itself, so a small object (a tree node, a vector) is one allocation; the slots
/// after those live in an overflow array. Invariant: storage exists for every index below
/// <c>Shape.Count</c>, so an index taken from the shape (or from a cache entry matching the shape) is valid.</summary>
public partial class PyInstance
{
    public const int InlineSlotCount = 4;

    [InlineArray(InlineSlotCount)]
    public struct InlineSlotArray { private PyObject? _element0; }

    private InlineSlotArray _inline;
    /// <summary>Slots from <see cref="InlineSlotCount"/> on; null while the shape fits inline.</summary>
    private PyObject?[]? _overflow;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject? GetSlot(int i)
    {
        if ((uint)i < InlineSlotCount) return Unsafe.Add(ref Unsafe.As<InlineSlotArray, PyObject?>(ref _inline), i);
        return _overflow![i - InlineSlotCount];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetSlot(int i, PyObject? value)
    {
        if ((uint)i < InlineSlotCount) Unsafe.Add(ref Unsafe.As<InlineSlotArray, PyObject?>(ref _inline), i) = value;
        else Ops.StoreNoCheck(_overflow!, i - InlineSlotCount, value);
    }

    /// <summary>Makes room for slot index <paramref name="i"/> (called before the shape grows to include it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnsureSlot(int i)
    {
        if (i >= InlineSlotCount && (_overflow == null || i - InlineSlotCount >= _overflow.Length)) GrowOverflow(i);
    }

    private void GrowOverflow(int i)
    {
        int need = i - InlineSlotCount + 1;
        int size = Math.Max(need, _overflow == null ? 4 : _overflow.Length * 2);
        var bigger = new PyObject?[size];
        if (_overflow != null) Array.Copy(_overflow, bigger, _overflow.Length);
        _overflow = bigger;
    }

    /// <summary>The values of the shape's slots, in slot order (a copy).</summary>
    public PyObject?[] SlotValues()
    {
        var values = new PyObject?[Shape.Count];
        for (int i = 0; i < values.Length; i++) values[i] = GetSlot(i);
        return values;
    }

    /// <summary>Replaces every slot value (the shape is set by the caller to match <paramref name="values"/>).</summary>
    private void ResetSlots(PyObject?[] values)
    {
        _inline = default;
        _overflow = null;
        if (values.Length > 0) EnsureSlot(values.Length - 1);
        for (int i = 0; i < values.Length; i++) SetSlot(i, values[i]);
    }
}
