using System.Numerics;

namespace Krait.Runtime.Numerics;

/// <summary>Python's + - * // % divmod and comparisons when an operand is a <see cref="PyBigInt"/> (the other a
/// PyBigInt, PyInt or bool), on limbs: results are built directly in their final array (no pooled buffer and
/// copy, as BigInteger does), and big x one-limb products and quotients run single-limb loops. Products and
/// quotients of two long operands go to BigInteger, whose Karatsuba and Burnikel-Ziegler beat schoolbook.</summary>
public static class BigIntArithmetic
{
    // Beyond these (limbs of the shorter operand / of the quotient), BigInteger's sub-quadratic algorithms win.
    private const int SchoolbookMultiplyLimit = 48;
    private const int SchoolbookDivideLimit = 64;

    /// <summary>The magnitude of an int operand (<paramref name="scratch"/> holds a long's, 2 limbs); false when
    /// <paramref name="o"/> is not an exact int or bool.</summary>
    private static bool Operand(PyObject o, Span<uint> scratch, out ReadOnlySpan<uint> magnitude, out bool negative)
    {
        long v;
        switch (o)
        {
            case PyBigInt big:
                magnitude = big.Magnitude;
                negative = big.Negative;
                return true;
            case PyInt i: v = i.Value; break;
            case PyBool b: v = b.Value ? 1 : 0; break;
            default:
                magnitude = default;
                negative = false;
                return false;
        }
        negative = v < 0;
        ulong m = negative ? (ulong)-(v + 1) + 1 : (ulong)v;
        scratch[0] = (uint)m;
        scratch[1] = (uint)(m >> 32);
        magnitude = scratch.Slice(0, m == 0 ? 0 : m <= uint.MaxValue ? 1 : 2);
        return true;
    }

    /// <summary>a op b for + - * // % when either is a PyBigInt and both are ints; null for other operations or
    /// operands (the caller's general path).</summary>
    public static PyObject? Binary(BinOp op, PyObject a, PyObject b)
    {
        if (op is not (BinOp.Add or BinOp.Sub or BinOp.Mul or BinOp.FloorDiv or BinOp.Mod)) return null;
        Span<uint> sa = stackalloc uint[2], sb = stackalloc uint[2];
        if (!Operand(a, sa, out var x, out bool xn) || !Operand(b, sb, out var y, out bool yn)) return null;
        switch (op)
        {
            case BinOp.Add: return AddSigned(x, xn, y, yn);
            case BinOp.Sub: return AddSigned(x, xn, y, !yn);
            case BinOp.Mul: return Multiply(x, y, xn != yn);
            case BinOp.FloorDiv:
                if (y.Length == 0) throw Ops.ZeroDivision("integer division or modulo by zero");
                return FloorDivMod(x, xn, y, yn, wantQuotient: true, wantRemainder: false, out _);
            default:
                if (y.Length == 0) throw Ops.ZeroDivision("integer modulo by zero");
                FloorDivMod(x, xn, y, yn, wantQuotient: false, wantRemainder: true, out var r);
                return r;
        }
    }

    /// <summary>divmod(a, b) with one division, when either is a PyBigInt and both are ints.</summary>
    public static bool TryDivMod(PyObject a, PyObject b, out PyObject quotient, out PyObject remainder)
    {
        Span<uint> sa = stackalloc uint[2], sb = stackalloc uint[2];
        if (!(a is PyBigInt || b is PyBigInt)
            || !Operand(a, sa, out var x, out bool xn) || !Operand(b, sb, out var y, out bool yn))
        {
            quotient = remainder = null!;
            return false;
        }
        if (y.Length == 0) throw Ops.ZeroDivision("integer division or modulo by zero");
        quotient = FloorDivMod(x, xn, y, yn, wantQuotient: true, wantRemainder: true, out remainder);
        return true;
    }

    /// <summary>The ordering of two ints (either one a PyBigInt); false when an operand is not an exact int.</summary>
    public static bool TryCompare(PyObject a, PyObject b, out int order)
    {
        Span<uint> sa = stackalloc uint[2], sb = stackalloc uint[2];
        if (!Operand(a, sa, out var x, out bool xn) || !Operand(b, sb, out var y, out bool yn))
        {
            order = 0;
            return false;
        }
        if (xn != yn) order = xn ? -1 : 1;
        else
        {
            int c = Limbs.Compare(x, y);
            order = xn ? -c : c;
        }
        return true;
    }

    public static PyObject Negate(PyBigInt a) => Result(a.Digits, a.Length, !a.Negative);

    private static PyObject AddSigned(ReadOnlySpan<uint> x, bool xn, ReadOnlySpan<uint> y, bool yn)
    {
        if (xn == yn)
        {
            if (x.Length < y.Length) { var t = x; x = y; y = t; }
            var sum = GC.AllocateUninitializedArray<uint>(x.Length + 1);
            Limbs.Add(x, y, sum);
            return Result(sum, sum.Length, xn);
        }
        int c = Limbs.Compare(x, y);
        if (c == 0) return PyInt.Get(0);
        if (c < 0) { var t = x; x = y; y = t; xn = yn; }
        var difference = GC.AllocateUninitializedArray<uint>(x.Length);
        Limbs.Subtract(x, y, difference);
        return Result(difference, difference.Length, xn);
    }

    private static PyObject Multiply(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y, bool negative)
    {
        if (x.Length < y.Length) { var t = x; x = y; y = t; }
        if (y.Length == 0) return PyInt.Get(0);
        if (y.Length >= SchoolbookMultiplyLimit)
            return PyInt.From(ToBigInteger(x, negative) * ToBigInteger(y, false));
        var product = GC.AllocateUninitializedArray<uint>(x.Length + y.Length);
        if (y.Length == 1) Limbs.MultiplySmall(x, y[0], product);
        else Limbs.Multiply(x, y, product);
        return Result(product, product.Length, negative);
    }

    /// <summary>Floor division and modulo (the remainder takes the divisor's sign) of non-zero y; the quotient is
    /// returned, the remainder set, each only when wanted (otherwise null).</summary>
    private static PyObject FloorDivMod(ReadOnlySpan<uint> x, bool xn, ReadOnlySpan<uint> y, bool yn,
        bool wantQuotient, bool wantRemainder, out PyObject remainder)
    {
        uint[] q, r;
        int qLength, rLength;
        if (Limbs.Compare(x, y) < 0)
        {
            q = Array.Empty<uint>();
            qLength = 0;
            r = x.ToArray();
            rLength = r.Length;
        }
        else if (y.Length == 1)
        {
            q = GC.AllocateUninitializedArray<uint>(x.Length);
            uint rem = Limbs.DivRemSmall(x, y[0], q);
            qLength = q.Length;
            r = rem == 0 ? Array.Empty<uint>() : new[] { rem };
            rLength = r.Length;
        }
        else if (y.Length >= SchoolbookDivideLimit && x.Length - y.Length >= SchoolbookDivideLimit)
        {
            var bq = IntegerMath.DivMod(ToBigInteger(x, xn), ToBigInteger(y, yn), out var br);
            remainder = wantRemainder ? PyInt.From(br) : null!;
            return wantQuotient ? PyInt.From(bq) : null!;
        }
        else
        {
            q = GC.AllocateUninitializedArray<uint>(x.Length - y.Length + 1);
            r = GC.AllocateUninitializedArray<uint>(y.Length);
            Limbs.DivRem(x, y, q, r);
            qLength = q.Length;
            rLength = Limbs.Trimmed(r);
        }
        // Truncated division gave |q|, |r| (r with x's sign); floor when the signs differ and r != 0:
        // q = -(|q| + 1), r = |y| - |r| with y's sign.
        bool floorAdjust = xn != yn && rLength != 0;
        remainder = null!;
        if (wantRemainder)
        {
            if (floorAdjust)
            {
                var adjusted = GC.AllocateUninitializedArray<uint>(y.Length);
                Limbs.Subtract(y, r.AsSpan(0, rLength), adjusted);
                remainder = Result(adjusted, adjusted.Length, yn);
            }
            else remainder = Result(r, rLength, yn);
        }
        if (!wantQuotient) return null!;
        if (floorAdjust)
        {
            var bumped = GC.AllocateUninitializedArray<uint>(qLength + 1);
            Span<uint> one = stackalloc uint[] { 1 };
            Limbs.Add(q.AsSpan(0, qLength), qLength == 0 ? Span<uint>.Empty : one, bumped);
            if (qLength == 0) bumped[0] = 1;
            return Result(bumped, bumped.Length, true);
        }
        return Result(q, qLength, xn != yn);
    }

    private static BigInteger ToBigInteger(ReadOnlySpan<uint> magnitude, bool negative)
    {
        var v = new BigInteger(System.Runtime.InteropServices.MemoryMarshal.AsBytes(magnitude), isUnsigned: true, isBigEndian: false);
        return negative ? -v : v;
    }

    /// <summary>The int for a magnitude (leading zero limbs allowed) and sign: a PyInt when it fits a long (the
    /// invariant PyBigInt relies on), otherwise a PyBigInt over <paramref name="digits"/> itself.</summary>
    internal static PyObject Result(uint[] digits, int length, bool negative)
    {
        while (length > 0 && digits[length - 1] == 0) length--;
        if (length <= 2)
        {
            ulong m = length == 0 ? 0 : length == 1 ? digits[0] : digits[0] | (ulong)digits[1] << 32;
            if (m <= long.MaxValue) return PyInt.Get(negative ? -(long)m : (long)m);
            if (negative && m == 1UL << 63) return PyInt.Get(long.MinValue);
        }
        return new PyBigInt(digits, length, negative && length > 0);
    }
}
