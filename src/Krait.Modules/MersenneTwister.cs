using System.Numerics;

namespace Krait.Modules;

/// <summary>MT19937 with CPython's seeding (init_by_array over the 32-bit words of |seed|) and its float and
/// bit-extraction recipes, so seeded sequences equal CPython's.</summary>
public sealed class MersenneTwister
{
    public const int N = 624;
    private const int M = 397;
    public readonly uint[] State = new uint[N];
    public int Index = N + 1;

    private void InitGenrand(uint s)
    {
        var mt = State;
        mt[0] = s;
        for (int i = 1; i < N; i++)
            mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint)i;
        Index = N;
    }

    public void InitByArray(ReadOnlySpan<uint> key)
    {
        InitGenrand(19650218u);
        var mt = State;
        int i = 1, j = 0;
        int len = key.Length;
        for (int k = Math.Max(N, len); k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++; j++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
            if (j >= len) j = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
        }
        mt[0] = 0x80000000u;
        Index = N;
    }

    /// <summary>Seeds from a non-negative integer as CPython: its 32-bit words, least significant first.</summary>
    public void Seed(BigInteger n)
    {
        if (n.Sign < 0) n = -n;
        var bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        int words = n.IsZero ? 1 : (int)((n.GetBitLength() - 1) / 32 + 1);
        var key = new uint[words];
        for (int b = 0; b < bytes.Length && b / 4 < words; b++) key[b / 4] |= (uint)bytes[b] << (8 * (b % 4));
        InitByArray(key);
    }

    public void SeedFromEntropy()
    {
        var key = new uint[N];
        Krait.Runtime.OsEntropy.Fill(System.Runtime.InteropServices.MemoryMarshal.AsBytes(key.AsSpan()));
        InitByArray(key);
    }

    public uint Next()
    {
        var mt = State;
        if (Index >= N)
        {
            int kk;
            uint y;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ ((y & 1u) * 0x9908b0dfu);
            }
            for (; kk < N - 1; kk++)
            {
                y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
                mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1u) * 0x9908b0dfu);
            }
            y = (mt[N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ ((y & 1u) * 0x9908b0dfu);
            Index = 0;
        }
        uint r = mt[Index++];
        r ^= r >> 11;
        r ^= (r << 7) & 0x9d2c5680u;
        r ^= (r << 15) & 0xefc60000u;
        r ^= r >> 18;
        return r;
    }

    /// <summary>random(): 53 bits from two outputs (27 + 26 bits).</summary>
    public double NextDouble()
    {
        uint a = Next() >> 5, b = Next() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary>getrandbits(k) for 0 &lt;= k &lt;= 64: 32-bit words low first, the last one's top bits.</summary>
    public ulong Bits64(int k)
    {
        if (k == 0) return 0;
        if (k <= 32) return Next() >> (32 - k);
        ulong lo = Next();
        ulong hi = Next() >> (64 - k);
        return lo | (hi << 32);
    }

    public BigInteger Bits(long k)
    {
        if (k <= 64) return Bits64((int)k);
        long words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4 + 1];
        for (long i = 0; i < words; i++, k -= 32)
        {
            uint r = Next();
            if (k < 32) r >>= (int)(32 - k);
            bytes[i * 4] = (byte)r;
            bytes[i * 4 + 1] = (byte)(r >> 8);
            bytes[i * 4 + 2] = (byte)(r >> 16);
            bytes[i * 4 + 3] = (byte)(r >> 24);
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    /// <summary>_randbelow_with_getrandbits for 0 &lt; n &lt; 2**63: rejection sampling on bit_length(n) bits.</summary>
    public long Below(long n)
    {
        int k = 64 - BitOperations.LeadingZeroCount((ulong)n);
        ulong r = Bits64(k);
        while (r >= (ulong)n) r = Bits64(k);
        return (long)r;
    }

    public BigInteger Below(BigInteger n)
    {
        if (n <= long.MaxValue) return Below((long)n);
        long k = (long)n.GetBitLength();
        var r = Bits(k);
        while (r >= n) r = Bits(k);
        return r;
    }
}
