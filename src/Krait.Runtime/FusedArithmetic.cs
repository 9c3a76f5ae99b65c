using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>Runtime side of arithmetic the compiler fuses into unboxed doubles (see the compiler's
/// NumericFusion). A fused expression keeps its int and float operands as doubles while every int is exact in
/// a double (|v| &lt; 2**53), so each intermediate result needs no PyInt/PyFloat allocation; anything else
/// (a big int, a str, a user type) makes the expression fall back to the ordinary protocol calls.</summary>
public static class FusedArithmetic
{
    /// <summary>2**53: ints of smaller magnitude convert to double and back exactly.</summary>
    public const double ExactIntLimit = 9007199254740992.0;

    public const int IntKind = 1, FloatKind = 2;

    /// <summary>The operand kind of <paramref name="o"/> (<see cref="IntKind"/>, <see cref="FloatKind"/>) with
    /// its value as a double, or 0 when it is not a number the fused code can handle.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Classify(PyObject? o, out double value)
    {
        if (o is PyFloat f) { value = f.Value; return FloatKind; }
        if (o is PyInt i && IsExactInDouble(i.Value))
        {
            value = i.Value;
            return IntKind;
        }
        value = 0;
        return 0;
    }

    /// <summary>|v| &lt; 2**53: the int converts to a double and back exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExactInDouble(long v) => (ulong)(v + ((1L << 53) - 1)) < (1UL << 54) - 1;

    /// <summary>The Python object for a fused intermediate: an int when every operand that made it was an int
    /// (kind 1), else a float.</summary>
    public static PyObject Box(double value, int kind) => kind == IntKind ? PyInt.Get((long)value) : new PyFloat(value);
}
