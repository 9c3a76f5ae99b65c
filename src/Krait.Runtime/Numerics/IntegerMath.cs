using System.Numerics;

namespace Krait.Runtime.Numerics;

/// <summary>Python int arithmetic with CPython 3.11's semantics and errors, over <c>long</c> (fast paths that
/// report overflow so the caller can redo the operation with BigInteger) and <see cref="BigInteger"/>.</summary>
public static class IntegerMath
{
    const string DivisionByZero = "integer division or modulo by zero";
    const string ModuloByZero = "integer modulo by zero";

    // ---- floor division and modulo: the quotient rounds toward -inf, the remainder takes the divisor's sign ----

    /// <summary>a // b; false only for long.MinValue // -1 (whose result needs BigInteger).</summary>
    public static bool TryFloorDivide(long a, long b, out long quotient)
    {
        if (b == 0) throw NumericError.ZeroDivision(DivisionByZero);
        if (b == -1)
        {
            quotient = a == long.MinValue ? 0 : -a;
            return a != long.MinValue;
        }
        long q = a / b;
        if ((a ^ b) < 0 && q * b != a) q--;
        quotient = q;
        return true;
    }

    public static long Modulo(long a, long b)
    {
        if (b == 0) throw NumericError.ZeroDivision(ModuloByZero);
        if (b == -1) return 0; // long.MinValue % -1 traps in .NET
        long r = a % b;
        if (r != 0 && (r ^ b) < 0) r += b;
        return r;
    }

    /// <summary>divmod(a, b); false only for long.MinValue, -1.</summary>
    public static bool TryDivMod(long a, long b, out long quotient, out long remainder)
    {
        if (b == 0) throw NumericError.ZeroDivision(DivisionByZero);
        remainder = b == -1 ? 0 : Modulo(a, b);
        return TryFloorDivide(a, b, out quotient);
    }

    public static BigInteger FloorDivide(BigInteger a, BigInteger b) => DivMod(a, b, out _);

    public static BigInteger Modulo(BigInteger a, BigInteger b)
    {
        if (b.IsZero) throw NumericError.ZeroDivision(ModuloByZero);
        var r = BigInteger.Remainder(a, b);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) r += b;
        return r;
    }

    public static BigInteger DivMod(BigInteger a, BigInteger b, out BigInteger remainder)
    {
        if (b.IsZero) throw NumericError.ZeroDivision(DivisionByZero);
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) { q -= 1; r += b; }
        remainder = r;
        return q;
    }

    // ---- true division: correctly rounded, as CPython ----

    public static double TrueDivide(long a, long b)
    {
        const long Exact = 1L << 53;
        if (b == 0) throw NumericError.ZeroDivision("division by zero");
        if (a >= -Exact && a <= Exact && b >= -Exact && b <= Exact) return (double)a / b;
        return TrueDivide((BigInteger)a, (BigInteger)b);
    }

    public static double TrueDivide(BigInteger a, BigInteger b)
    {
        if (b.IsZero) throw NumericError.ZeroDivision("division by zero");
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        if (a.IsZero) return negative ? -0.0 : 0.0;
        var num = BigInteger.Abs(a);
        var den = BigInteger.Abs(b);
        long diff = (long)num.GetBitLength() - (long)den.GetBitLength();
        // The quotient lies in [2**(diff-1), 2**(diff+1)).
        if (diff > 1025) throw NumericError.Overflow("integer division result too large for a float");
        if (diff < -1080) return negative ? -0.0 : 0.0;
        // Scale so the integer quotient has at least 55 bits (2 beyond double precision), or reaches 3 bits below
        // the smallest subnormal; the remainder becomes a sticky bit, then round once, by hand.
        long shift = Math.Max(diff - 55, -1077);
        if (shift < 0) num <<= (int)-shift; else den <<= (int)shift;
        var q = BigInteger.DivRem(num, den, out var r);
        double result = RoundToDouble(q, !r.IsZero, shift);
        if (double.IsInfinity(result)) throw NumericError.Overflow("integer division result too large for a float");
        return negative ? -result : result;
    }

    /// <summary>(q + sticky) * 2**shift rounded half-even to a double (infinity when too large), where
    /// <paramref name="sticky"/> says the true value is a little above q. q is non-negative.</summary>
    internal static double RoundToDouble(BigInteger q, bool sticky, long shift)
    {
        long bits = (long)q.GetBitLength();
        // Keep 53 significant bits, fewer where the result is subnormal (lowest bit 2**-1074).
        long drop = Math.Max(bits - 53, -1074 - shift);
        if (drop > bits + 1) return 0.0; // below half the smallest subnormal
        if (drop > 0)
        {
            var kept = q >> (int)drop;
            var rest = q - (kept << (int)drop);
            var half = BigInteger.One << (int)(drop - 1);
            int cmp = rest.CompareTo(half);
            if (cmp > 0 || (cmp == 0 && (sticky || !kept.IsEven))) kept += 1;
            q = kept;
            shift += drop;
        }
        // q <= 2**53 now: exact as a double; scaling is exact unless it overflows.
        return Math.ScaleB((double)(long)q, (int)Math.Clamp(shift, -2000, 2000));
    }

    /// <summary>float(int), correctly rounded; OverflowError when out of range.</summary>
    public static double ToDouble(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue) return (long)value;
        var magnitude = BigInteger.Abs(value);
        long bits = (long)magnitude.GetBitLength();
        if (bits > 1024) throw NumericError.Overflow("int too large to convert to float");
        int drop = (int)(bits - 60);
        var top = magnitude >> drop;
        bool sticky = !(magnitude - (top << drop)).IsZero;
        double d = RoundToDouble(top, sticky, drop);
        if (double.IsInfinity(d)) throw NumericError.Overflow("int too large to convert to float");
        return value.Sign < 0 ? -d : d;
    }

    // ---- powers ----

    /// <summary>b ** e for e &gt;= 0 (a negative exponent without modulus makes a float: the caller converts
    /// both to float and uses float power); false when the result does not fit a long.</summary>
    public static bool TryPower(long b, long e, out long result)
    {
        if (e < 0) throw new ArgumentOutOfRangeException(nameof(e));
        long r = 1;
        result = 0;
        while (true)
        {
            if ((e & 1) != 0 && !TryMultiply(r, b, out r)) return false;
            e >>= 1;
            if (e == 0) break;
            if (!TryMultiply(b, b, out b)) return false;
        }
        result = r;
        return true;
    }

    // ---- long fast paths: false when the result needs BigInteger ----

    public static bool TryAdd(long a, long b, out long sum)
    {
        sum = unchecked(a + b);
        return ((a ^ sum) & (b ^ sum)) >= 0;
    }

    public static bool TrySubtract(long a, long b, out long difference)
    {
        difference = unchecked(a - b);
        return ((a ^ b) & (a ^ difference)) >= 0;
    }

    public static bool TryNegate(long a, out long negated)
    {
        negated = unchecked(-a);
        return a != long.MinValue;
    }

    public static bool TryMultiply(long a, long b, out long product)
    {
        long high = Math.BigMul(a, b, out long low);
        product = low;
        return high == (low >> 63);
    }

    public static BigInteger Power(BigInteger b, BigInteger e)
    {
        if (e.Sign < 0) throw new ArgumentOutOfRangeException(nameof(e));
        if (b.IsZero) return e.IsZero ? BigInteger.One : BigInteger.Zero;
        if (b.IsOne) return b;
        if (b == BigInteger.MinusOne) return e.IsEven ? BigInteger.One : BigInteger.MinusOne;
        // .NET caps a BigInteger near 2**31 * 32 bits; CPython would run out of memory long before.
        if (e > int.MaxValue || (double)BigInteger.Abs(b).GetBitLength() * (double)e > 2e10)
            throw NumericError.Memory();
        return BigInteger.Pow(b, (int)e);
    }

    /// <summary>pow(b, e, m): the result has m's sign (or is 0); a negative exponent uses the inverse of b
    /// modulo m (3.8+).</summary>
    public static BigInteger ModPow(BigInteger b, BigInteger e, BigInteger m)
    {
        if (m.IsZero) throw NumericError.Value("pow() 3rd argument cannot be 0");
        bool negativeModulus = m.Sign < 0;
        if (negativeModulus) m = -m;
        if (m.IsOne) return BigInteger.Zero;
        if (e.Sign < 0)
        {
            b = ModInverse(b, m) ?? throw NumericError.Value("base is not invertible for the given modulus");
            e = -e;
        }
        b = BigInteger.Remainder(b, m);
        if (b.Sign < 0) b += m;
        var r = BigInteger.ModPow(b, e, m);
        if (negativeModulus && !r.IsZero) r -= m;
        return r;
    }

    /// <summary>x with a*x = 1 (mod m), 0 &lt;= x &lt; m, for m &gt; 1; null when gcd(a, m) != 1.</summary>
    public static BigInteger? ModInverse(BigInteger a, BigInteger m)
    {
        a = BigInteger.Remainder(a, m);
        if (a.Sign < 0) a += m;
        BigInteger oldR = a, r = m, oldS = BigInteger.One, s = BigInteger.Zero;
        while (!r.IsZero)
        {
            var q = BigInteger.DivRem(oldR, r, out var rem);
            (oldR, r) = (r, rem);
            (oldS, s) = (s, oldS - q * s);
        }
        if (!oldR.IsOne) return null;
        oldS = BigInteger.Remainder(oldS, m);
        return oldS.Sign < 0 ? oldS + m : oldS;
    }

    /// <summary>round(value, ndigits) for an int: to a multiple of 10**-ndigits, ties to even.</summary>
    public static BigInteger Round(BigInteger value, long ndigits)
    {
        if (ndigits >= 0 || value.IsZero) return value;
        // 10**-ndigits beyond twice |value|: everything rounds to 0 (saves building a huge power).
        if ((double)-ndigits * 3.3219280948873622 > (double)BigInteger.Abs(value).GetBitLength() + 2) return BigInteger.Zero;
        var unit = BigInteger.Pow(10, (int)-ndigits);
        var q = DivMod(value, unit, out var r);
        int cmp = (r << 1).CompareTo(unit);
        if (cmp > 0 || (cmp == 0 && !q.IsEven)) q += 1;
        return q * unit;
    }

    // ---- shifts ----

    public static BigInteger ShiftLeft(BigInteger value, BigInteger count)
    {
        if (count.Sign < 0) throw NumericError.Value("negative shift count");
        if (value.IsZero) return value;
        if (count > long.MaxValue) throw NumericError.Overflow("too many digits in integer");
        if (count > int.MaxValue - 64 || (long)value.GetBitLength() + (long)count > (long)int.MaxValue * 8)
            throw NumericError.Memory();
        return value << (int)count;
    }

    public static BigInteger ShiftRight(BigInteger value, BigInteger count)
    {
        if (count.Sign < 0) throw NumericError.Value("negative shift count");
        if (count >= value.GetBitLength() + 1) return value.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero;
        return value >> (int)count; // .NET's >> on BigInteger floors, as Python
    }

    /// <summary>value &lt;&lt; count in a long; false when it does not fit.</summary>
    public static bool TryShiftLeft(long value, long count, out long result)
    {
        if (count < 0) throw NumericError.Value("negative shift count");
        result = 0;
        if (value == 0) return true;
        if (count >= 63) return false;
        result = value << (int)count;
        return result >> (int)count == value;
    }

    public static long ShiftRight(long value, long count)
    {
        if (count < 0) throw NumericError.Value("negative shift count");
        return value >> (int)Math.Min(count, 63);
    }

    // ---- bits ----

    public static int BitLength(long value)
    {
        ulong magnitude = value < 0 ? (ulong)-(value + 1) + 1 : (ulong)value;
        return 64 - BitOperations.LeadingZeroCount(magnitude);
    }

    public static long BitLength(BigInteger value) => (long)BigInteger.Abs(value).GetBitLength();

    public static int BitCount(long value)
    {
        ulong magnitude = value < 0 ? (ulong)-(value + 1) + 1 : (ulong)value;
        return BitOperations.PopCount(magnitude);
    }

    public static long BitCount(BigInteger value)
    {
        var bytes = BigInteger.Abs(value).ToByteArray(isUnsigned: true);
        long count = 0;
        foreach (byte b in bytes) count += BitOperations.PopCount(b);
        return count;
    }

    // ---- bytes ----

    /// <summary>int.to_bytes(length, byteorder, signed=...).</summary>
    public static byte[] ToBytes(BigInteger value, long length, bool bigEndian, bool signed)
    {
        if (length < 0) throw NumericError.Value("length argument must be non-negative");
        if (!signed && value.Sign < 0) throw NumericError.Overflow("can't convert negative int to unsigned");
        // CPython 3.11 quirk: (-1).to_bytes(0, signed=True) is b'' (its sign check is skipped for length 0).
        int needed = value.IsZero || (signed && value == BigInteger.MinusOne) ? 0 : value.GetByteCount(isUnsigned: !signed);
        if (needed > length) throw NumericError.Overflow("int too big to convert");
        if (length > Array.MaxLength) throw NumericError.Memory();
        var result = new byte[length];
        if (needed > 0) value.TryWriteBytes(result, out _, isUnsigned: !signed, isBigEndian: false);
        if (value.Sign < 0) result.AsSpan(needed).Fill(0xFF);
        if (bigEndian) Array.Reverse(result);
        return result;
    }

    public static BigInteger FromBytes(ReadOnlySpan<byte> bytes, bool bigEndian, bool signed) =>
        bytes.IsEmpty ? BigInteger.Zero : new BigInteger(bytes, isUnsigned: !signed, isBigEndian: bigEndian);
}
