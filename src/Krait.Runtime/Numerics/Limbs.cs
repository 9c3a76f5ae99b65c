using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Krait.Runtime.Numerics;

/// <summary>Magnitude arithmetic on little-endian 32-bit limbs (unsigned, no sign): the kernels under
/// <see cref="PyBigInt"/>'s add, subtract, multiply and division. Callers size the result spans exactly as each
/// method says; results may have leading zero limbs (the caller trims). Loops use unchecked refs because the
/// lengths are validated once at the top.</summary>
internal static class Limbs
{
    // Fully optimized at once and never inlined: with tiered PGO, a hot loop over thousands of limbs otherwise runs
    // for a long while in the instrumented tier (count probes in the loop), which cost pidigits ~20%.
    private const MethodImplOptions Hot = MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization;

    public static int Compare(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != b.Length) return a.Length < b.Length ? -1 : 1;
        for (int i = a.Length - 1; i >= 0; i--)
            if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
        return 0;
    }

    /// <summary>r = a + b for a.Length &gt;= b.Length; r.Length == a.Length + 1.</summary>
    [MethodImpl(Hot)]
    public static void Add(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, Span<uint> r)
    {
        if (a.Length < b.Length || r.Length != a.Length + 1) throw new ArgumentException("limb lengths");
        ref uint pa = ref MemoryMarshal.GetReference(a);
        ref uint pb = ref MemoryMarshal.GetReference(b);
        ref uint pr = ref MemoryMarshal.GetReference(r);
        // Two limbs per step as one 64-bit word. The carry out of x + y does not depend on the carry in; adding the
        // carry in can only overflow when x + y is all ones, which is taken as a rare branch, so
        // no step waits for the previous one's carry.
        ulong carry = 0;
        int i = 0;
        for (; i + 2 <= b.Length; i += 2)
        {
            ulong x = Read2(ref pa, i);
            ulong s = x + Read2(ref pb, i);
            ulong t = s + carry;
            ulong next = s < x ? 1UL : 0UL;
            if (t < s) { next = 1; s_rippledCarries++; }
            carry = next;
            Write2(ref pr, i, t);
        }
        for (; i < b.Length; i++)
        {
            carry += (ulong)Unsafe.Add(ref pa, i) + Unsafe.Add(ref pb, i);
            Unsafe.Add(ref pr, i) = (uint)carry;
            carry >>= 32;
        }
        for (; i + 2 <= a.Length; i += 2)
        {
            ulong t = Read2(ref pa, i) + carry;
            carry = t < carry ? 1UL : 0UL;
            Write2(ref pr, i, t);
        }
        for (; i < a.Length; i++)
        {
            carry += Unsafe.Add(ref pa, i);
            Unsafe.Add(ref pr, i) = (uint)carry;
            carry >>= 32;
        }
        Unsafe.Add(ref pr, i) = (uint)carry;
    }

    /// <summary>How often an incoming carry (or borrow) rippled through an all-ones (all-zeros) word. Nothing reads it: counting makes that
    /// branch two statements, which the JIT keeps a branch (a conditional move would put the carry back on every
    /// step's path, and a call there made it spill the loop's registers).</summary>
    internal static long s_rippledCarries;

    /// <summary>One 64-bit word of (limbs) x m for m below 2**32: low(word * m) + the previous word's high part +
    /// the carry bit, updating both for the next word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ProductWord(ulong word, ulong m, ref ulong high, ref ulong carryBit)
    {
        ulong nextHigh = Math.BigMul(word, m, out ulong low);
        ulong t = low + high;
        ulong next = t < low ? 1UL : 0UL;
        ulong w = t + carryBit;
        if (w < t) { next = 1; s_rippledCarries++; }
        carryBit = next;
        high = nextHigh;
        return w;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Read2(ref uint p, int i) =>
        Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<uint, byte>(ref Unsafe.Add(ref p, i)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Write2(ref uint p, int i, ulong v) =>
        Unsafe.WriteUnaligned(ref Unsafe.As<uint, byte>(ref Unsafe.Add(ref p, i)), v);

    /// <summary>r = a - b for a &gt;= b (as magnitudes); r.Length == a.Length.</summary>
    [MethodImpl(Hot)]
    public static void Subtract(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, Span<uint> r)
    {
        if (a.Length < b.Length || r.Length != a.Length) throw new ArgumentException("limb lengths");
        ref uint pa = ref MemoryMarshal.GetReference(a);
        ref uint pb = ref MemoryMarshal.GetReference(b);
        ref uint pr = ref MemoryMarshal.GetReference(r);
        // Two limbs per step, as in Add: the borrow out of x - y does not depend on the borrow in, which can only
        // propagate when x - y is zero (the rare branch).
        ulong borrow64 = 0;
        int i = 0;
        for (; i + 2 <= b.Length; i += 2)
        {
            ulong x = Read2(ref pa, i);
            ulong d = x - Read2(ref pb, i);
            ulong t = d - borrow64;
            ulong next = d > x ? 1UL : 0UL;
            if (t > d) { next = 1; s_rippledCarries++; }
            borrow64 = next;
            Write2(ref pr, i, t);
        }
        long borrow = -(long)borrow64;
        for (; i < b.Length; i++)
        {
            long d = (long)Unsafe.Add(ref pa, i) - Unsafe.Add(ref pb, i) + borrow;
            Unsafe.Add(ref pr, i) = (uint)d;
            borrow = d >> 32;
        }
        for (; i < a.Length; i++)
        {
            long d = Unsafe.Add(ref pa, i) + borrow;
            Unsafe.Add(ref pr, i) = (uint)d;
            borrow = d >> 32;
        }
    }

    /// <summary>r = a * m; r.Length == a.Length + 1.</summary>
    [MethodImpl(Hot)]
    public static void MultiplySmall(ReadOnlySpan<uint> a, uint m, Span<uint> r)
    {
        if (r.Length != a.Length + 1) throw new ArgumentException("limb lengths");
        ref uint pa = ref MemoryMarshal.GetReference(a);
        ref uint pr = ref MemoryMarshal.GetReference(r);
        // Two limbs per step: word j of the product is low(x_j * m) + high(x_j-1 * m) + a carry of at most 1. The
        // sum of the two halves (and its carry out) needs nothing from the previous step; adding the carry in can
        // only overflow when that sum is all ones, a rare branch, so the steps do not wait on each other.
        ulong high = 0, carryBit = 0;
        int i = 0;
        for (; i + 2 <= a.Length; i += 2)
            Write2(ref pr, i, ProductWord(Read2(ref pa, i), m, ref high, ref carryBit));
        // high < 2**32, so what is left to carry into the next limb fits a ulong.
        ulong carry = high + carryBit;
        for (; i < a.Length; i++)
        {
            carry += (ulong)Unsafe.Add(ref pa, i) * m;
            Unsafe.Add(ref pr, i) = (uint)carry;
            carry >>= 32;
        }
        Unsafe.Add(ref pr, i) = (uint)carry;
    }

    /// <summary>r = a * b (schoolbook) for b.Length &gt;= 1; r.Length == a.Length + b.Length. r needs no zeroing:
    /// the first row writes it.</summary>
    [MethodImpl(Hot)]
    public static void Multiply(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, Span<uint> r)
    {
        if (b.Length == 0 || r.Length != a.Length + b.Length) throw new ArgumentException("limb lengths");
        MultiplySmall(a, b[0], r.Slice(0, a.Length + 1));
        ref uint pa = ref MemoryMarshal.GetReference(a);
        int n = a.Length;
        for (int j = 1; j < b.Length; j++)
        {
            ulong m = b[j];
            ref uint pr = ref Unsafe.Add(ref MemoryMarshal.GetReference(r), j);
            ulong carry = 0;
            for (int i = 0; i < n; i++)
            {
                carry += (ulong)Unsafe.Add(ref pa, i) * m + Unsafe.Add(ref pr, i);
                Unsafe.Add(ref pr, i) = (uint)carry;
                carry >>= 32;
            }
            Unsafe.Add(ref pr, n) = (uint)carry;
        }
    }

    /// <summary>q = a / d, returns a % d; q.Length == a.Length; d != 0.</summary>
    [MethodImpl(Hot)]
    public static uint DivRemSmall(ReadOnlySpan<uint> a, uint d, Span<uint> q)
    {
        if (q.Length != a.Length || d == 0) throw new ArgumentException("limb lengths");
        ref uint pa = ref MemoryMarshal.GetReference(a);
        ref uint pq = ref MemoryMarshal.GetReference(q);
        ulong rem = 0;
        for (int i = a.Length - 1; i >= 0; i--)
        {
            ulong cur = (rem << 32) | Unsafe.Add(ref pa, i);
            ulong qd = cur / d;
            Unsafe.Add(ref pq, i) = (uint)qd;
            rem = cur - qd * d;
        }
        return (uint)rem;
    }

    /// <summary>Knuth's algorithm D: q = u / v, r = u % v, for v.Length &gt;= 2, v's top limb non-zero and
    /// u.Length &gt;= v.Length; q.Length == u.Length - v.Length + 1, r.Length == v.Length.</summary>
    [MethodImpl(Hot)]
    public static void DivRem(ReadOnlySpan<uint> u, ReadOnlySpan<uint> v, Span<uint> q, Span<uint> r)
    {
        int n = v.Length, m = u.Length - n;
        if (n < 2 || m < 0 || v[n - 1] == 0 || q.Length != m + 1 || r.Length != n) throw new ArgumentException("limb lengths");
        int shift = BitOperations.LeadingZeroCount(v[n - 1]);
        uint[] buffer = System.Buffers.ArrayPool<uint>.Shared.Rent(n + u.Length + 1);
        try
        {
            Span<uint> vn = buffer.AsSpan(0, n);
            Span<uint> un = buffer.AsSpan(n, u.Length + 1);
            // Normalize: the divisor's top bit set makes each estimated quotient limb at most 2 too large.
            un[u.Length] = ShiftLeft(u, shift, un.Slice(0, u.Length));
            ShiftLeft(v, shift, vn);
            ulong vTop = vn[n - 1], vNext = vn[n - 2];
            ref uint pv = ref MemoryMarshal.GetReference(vn);
            for (int j = m; j >= 0; j--)
            {
                ref uint pu = ref Unsafe.Add(ref MemoryMarshal.GetReference(un), j);
                ulong top = Unsafe.Add(ref pu, n);
                ulong num = (top << 32) | Unsafe.Add(ref pu, n - 1);
                ulong qhat, rhat;
                if (top >= vTop) { qhat = uint.MaxValue; rhat = num - qhat * vTop; }
                else { qhat = num / vTop; rhat = num - qhat * vTop; }
                while (rhat <= uint.MaxValue && qhat * vNext > ((rhat << 32) | Unsafe.Add(ref pu, n - 2)))
                {
                    qhat--;
                    rhat += vTop;
                }
                // u[j..j+n] -= qhat * v, two limbs per step where it can: the product word and the difference each
                // take their incoming carry or borrow off the step's path, as in MultiplySmall and Subtract.
                ulong high = 0, carryBit = 0, borrowBit = 0;
                int k = 0;
                for (; k + 2 <= n; k += 2)
                {
                    ulong w = ProductWord(Read2(ref pv, k), qhat, ref high, ref carryBit);
                    ulong x = Read2(ref pu, k);
                    ulong d = x - w;
                    ulong nextBorrow = d > x ? 1UL : 0UL;
                    ulong diff = d - borrowBit;
                    if (diff > d) { nextBorrow = 1; s_rippledCarries++; }
                    borrowBit = nextBorrow;
                    Write2(ref pu, k, diff);
                }
                ulong carry = high + carryBit;
                long borrow = -(long)borrowBit;
                for (; k < n; k++)
                {
                    ulong p = qhat * Unsafe.Add(ref pv, k) + carry;
                    carry = p >> 32;
                    long t = (long)Unsafe.Add(ref pu, k) - (uint)p + borrow;
                    Unsafe.Add(ref pu, k) = (uint)t;
                    borrow = t >> 32;
                }
                long last = (long)Unsafe.Add(ref pu, n) - (long)carry + borrow;
                Unsafe.Add(ref pu, n) = (uint)last;
                if (last < 0)
                {
                    // qhat was one too large (rare): add v back.
                    qhat--;
                    ulong c = 0;
                    for (int i = 0; i < n; i++)
                    {
                        c += (ulong)Unsafe.Add(ref pu, i) + Unsafe.Add(ref pv, i);
                        Unsafe.Add(ref pu, i) = (uint)c;
                        c >>= 32;
                    }
                    Unsafe.Add(ref pu, n) += (uint)c;
                }
                q[j] = (uint)qhat;
            }
            ShiftRight(un.Slice(0, n + 1), shift, r);
        }
        finally { System.Buffers.ArrayPool<uint>.Shared.Return(buffer); }
    }

    /// <summary>r = a &lt;&lt; shift (0 &lt;= shift &lt; 32) over r.Length == a.Length limbs; returns the bits
    /// shifted out of the top.</summary>
    private static uint ShiftLeft(ReadOnlySpan<uint> a, int shift, Span<uint> r)
    {
        if (shift == 0) { a.CopyTo(r); return 0; }
        uint carry = 0;
        for (int i = 0; i < a.Length; i++)
        {
            uint x = a[i];
            r[i] = (x << shift) | carry;
            carry = x >> (32 - shift);
        }
        return carry;
    }

    /// <summary>r = a &gt;&gt; shift (0 &lt;= shift &lt; 32) for r.Length == a.Length - 1 (a's top limb holds only
    /// bits that shift into r).</summary>
    private static void ShiftRight(ReadOnlySpan<uint> a, int shift, Span<uint> r)
    {
        if (shift == 0) { a.Slice(0, r.Length).CopyTo(r); return; }
        for (int i = 0; i < r.Length; i++) r[i] = (a[i] >> shift) | (a[i + 1] << (32 - shift));
    }

    /// <summary>The length of <paramref name="a"/> without its leading zero limbs.</summary>
    public static int Trimmed(ReadOnlySpan<uint> a)
    {
        int n = a.Length;
        while (n > 0 && a[n - 1] == 0) n--;
        return n;
    }
}
