namespace Krait.Runtime;

/// <summary>Sizes no .NET object can have: a request beyond them is CPython's MemoryError (empty message), raised
/// before any allocation is tried, so an impossible size never surfaces as a .NET OverflowException or a long
/// run into OutOfMemory.</summary>
public static class MemoryLimits
{
    /// <summary>The most chars a .NET string holds.</summary>
    public const long MaxStringLength = 0x3FFFFFDF;

    public static PythonException NoMemory() => new(ExceptionTypes.Make(ExceptionTypes.MemoryError));

    /// <summary><paramref name="n"/> as an array length, or MemoryError.</summary>
    public static int ArrayLength(long n) => (ulong)n <= (ulong)Array.MaxLength ? (int)n : throw NoMemory();

    /// <summary>The length of <paramref name="count"/> repeats of <paramref name="itemLength"/> items as an array
    /// length, or MemoryError (also when the product passes 64 bits, as CPython's list and tuple repeat).</summary>
    public static int RepeatLength(long itemLength, long count)
    {
        if (itemLength <= 0 || count <= 0) return 0;
        if (count > long.MaxValue / itemLength) throw NoMemory();
        return ArrayLength(itemLength * count);
    }

    /// <summary>A count of iterable length (a range, a sized object) too large to be materialized.</summary>
    public static void CheckMaterialize(PyObject iterable)
    {
        if (iterable is PyRange r && r.BigLength > Array.MaxLength) throw NoMemory();
    }
}
