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
    // Only the float test is inlined, and compiled code's cold paths (a fused store whose value came from the
    // protocol, a math function's fallback) call ClassifyOutOfLine: compiled code classifies at many sites, and
    // every inlined block and temporary is held in memory at once by the JIT's optimizing compile of a big
    // function (with classification at stores rather than reads, nbody's peak 54 -> 50 MB; no loss of speed).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Classify(PyObject? o, out double value)
    {
        if (o is PyFloat f) { value = f.Value; return FloatKind; }
        return ClassifyOutOfLine(o, out value);
    }

    /// <summary><see cref="Classify"/> as a call.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int ClassifyOutOfLine(PyObject? o, out double value)
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
    // Not inlined: compiled code boxes at many sites (each fallback path), and inlined copies multiply the
    // JIT's temporaries, whose count makes its optimizing compile of a big function steeply slower.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject Box(double value, int kind) => kind == IntKind ? PyInt.Get((long)value) : new PyFloat(value);

    /// <summary>Operation codes of <see cref="IntOp"/>.</summary>
    public const int ModOp = 0, FloorDivOp = 1, LShiftOp = 2, RShiftOp = 3, AndOp = 4, OrOp = 5, XorOp = 6;

    /// <summary>An int operation on two ints exact in a double, with Python's floor semantics for % and //.
    /// False when the fused code must leave it to the protocol: a zero divisor, a negative shift count, a
    /// result past 2**53.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IntOp(int op, double x, double y, out double result)
    {
        long a = (long)x, b = (long)y, v;
        result = 0;
        switch (op)
        {
            case ModOp:
                if (b == 0) return false;
                v = a % b;
                if (v != 0 && (v ^ b) < 0) v += b;
                break;
            case FloorDivOp:
                if (b == 0) return false;
                v = a / b;
                if ((a % b) != 0 && (a ^ b) < 0) v--;
                break;
            case LShiftOp:
                if (b < 0 || b >= 53) return false;
                v = a << (int)b;
                if ((v >> (int)b) != a) return false;
                break;
            case RShiftOp:
                if (b < 0) return false;
                v = b >= 63 ? (a < 0 ? -1 : 0) : a >> (int)b;
                break;
            case AndOp: v = a & b; break;
            case OrOp: v = a | b; break;
            default: v = a ^ b; break;
        }
        if (!IsExactInDouble(v)) return false;
        result = v;
        return true;
    }

    /// <summary>math.sqrt, math.sin and math.cos as the math module made them, so fused code can call the .NET
    /// function directly when a call's callee is one of these objects (null until math is imported).</summary>
    public static PyObject? SqrtFunction, SinFunction, CosFunction;

    /// <summary><c>o[i]</c> for an int index the fused code holds as a double (exact): a list is indexed
    /// directly, anything else gets the boxed int through the ordinary protocol (as Ops.GetItem).</summary>
    public static PyObject GetItemAt(PyObject o, double index)
    {
        long k = (long)index;
        if (o is PyList l && (ulong)k < (ulong)l.Count) return l.Items[k];
        return o.GetItem(PyInt.Get(k));
    }

    /// <summary><c>o[i] = v</c> for an int index held as a double (as Ops.SetItem).</summary>
    public static void SetItemAt(PyObject o, double index, PyObject v)
    {
        long k = (long)index;
        if (o is PyList l && (ulong)k < (ulong)l.Count) { Ops.StoreNoCheck(l.Items, (int)k, v); return; }
        o.SetItem(PyInt.Get(k), v);
    }
}
