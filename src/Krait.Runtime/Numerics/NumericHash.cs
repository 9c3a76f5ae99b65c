using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Krait.Runtime.Numerics;

/// <summary>CPython 3.11's <c>hash()</c> of numbers, tuples, str and bytes (64-bit build: <c>sys.hash_info</c> is
/// width 64, modulus 2**61-1, inf 314159, imag 1000003, algorithm siphash13, cutoff 0).</summary>
/// <remarks>Numbers hash by value so that equal int, float and complex values hash alike: a rational p/q hashes
/// to p * q^-1 modulo 2**61-1, with the sign of the value. -1 is never a hash (CPython uses it for "error"), so
/// -1 becomes -2 everywhere.
/// What is not a pure function of the value, and so left to the object model: in 3.11 a float NaN hashes by
/// object identity (<see cref="Float"/> returns <see cref="NaN"/> for it, which the caller must replace by the
/// object's identity hash), and so does <c>None</c> (3.12 made it a constant; 3.11 did not).</remarks>
public static class NumericHash
{
    /// <summary>2**61 - 1, a Mersenne prime: <c>sys.hash_info.modulus</c>.</summary>
    public const long Modulus = (1L << 61) - 1;
    public const int Bits = 61;
    public const long Infinity = 314159;
    /// <summary><c>sys.hash_info.nan</c>; not the hash of any NaN object in 3.11 (see the remarks).</summary>
    public const long NaN = 0;
    public const long ImaginaryMultiplier = 1000003;
    public const long True = 1;
    public const long False = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Int(long value) => (ulong)value < (ulong)Modulus ? value : IntReduced(value);

    private static long IntReduced(long value)
    {
        ulong magnitude = value < 0 ? (ulong)-(value + 1) + 1 : (ulong)value;
        long h = (long)(magnitude % Modulus);
        if (value < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    public static long Int(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue) return Int((long)value);
        long h = (long)(ulong)BigInteger.Remainder(BigInteger.Abs(value), Modulus);
        if (value.Sign < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /// <summary>Hash of a float; NaN gives <see cref="NaN"/> (3.11 really hashes a NaN by identity).</summary>
    public static long Float(double value)
    {
        if (!double.IsFinite(value))
            return double.IsNaN(value) ? NaN : value > 0 ? Infinity : -Infinity;
        if (value == 0) return 0;
        long bits = BitConverter.DoubleToInt64Bits(value);
        int biased = (int)((bits >> 52) & 0x7FF);
        ulong mantissa = (ulong)bits & 0xF_FFFF_FFFF_FFFFUL;
        int exponent;
        if (biased == 0) exponent = -1074;
        else { mantissa |= 1UL << 52; exponent = biased - 1075; }
        // value = mantissa * 2**exponent, and 2**61 = 1 (mod 2**61-1), so 2**exponent = 2**(exponent mod 61).
        int shift = exponent % Bits;
        if (shift < 0) shift += Bits;
        long h = (long)(ulong)(((UInt128)mantissa << shift) % (ulong)Modulus);
        if (value < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    public static long Complex(double real, double imag)
    {
        long h = unchecked((long)((ulong)Float(real) + (ulong)ImaginaryMultiplier * (ulong)Float(imag)));
        return h == -1 ? -2 : h;
    }

    /// <summary>Identity hash for objects that hash by identity (3.11's NaN floats, None, plain objects).</summary>
    public static long Identity(object o) => RuntimeHelpers.GetHashCode(o);

    // Tuple hash: CPython 3.8+'s xxHash-derived combiner (64-bit primes) over the item hashes.
    const ulong TuplePrime1 = 11400714785074694791UL;
    const ulong TuplePrime2 = 14029467366897019727UL;
    const ulong TuplePrime5 = 2870177450012600261UL;

    public static long Tuple(ReadOnlySpan<long> itemHashes)
    {
        ulong acc = TupleStart;
        foreach (long h in itemHashes) acc = TupleAdd(acc, h);
        return TupleFinish(acc, itemHashes.Length);
    }

    /// <summary>Incremental form of <see cref="Tuple"/>: start, add each item's hash, finish with the count.</summary>
    public const ulong TupleStart = TuplePrime5;

    public static ulong TupleAdd(ulong acc, long itemHash)
    {
        acc = unchecked(acc + (ulong)itemHash * TuplePrime2);
        acc = BitOperations.RotateLeft(acc, 31);
        return unchecked(acc * TuplePrime1);
    }

    public static long TupleFinish(ulong acc, int length)
    {
        acc = unchecked(acc + ((ulong)length ^ (TuplePrime5 ^ 3527539UL)));
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    // ---- str and bytes: SipHash-1-3 keyed by the process's hash secret ----

    static ulong s_key0, s_key1;

    /// <summary>The hash seed in force: null when random (PYTHONHASHSEED unset or "random").</summary>
    public static uint? HashSeed { get; private set; }

    static NumericHash()
    {
        string? env = Environment.GetEnvironmentVariable("PYTHONHASHSEED");
        if (env != null && env != "random" && uint.TryParse(env, out uint seed)) SetHashSeed(seed);
        else SetRandomHashSeed();
    }

    /// <summary>As PYTHONHASHSEED=<paramref name="seed"/>: 0 disables randomization (an all-zero key); any other
    /// seed fills the 24-byte secret from the LCG x = x*214013 + 2531011, byte = (x >> 16) &amp; 0xff, whose
    /// first 16 bytes are the SipHash key.</summary>
    public static void SetHashSeed(uint seed)
    {
        HashSeed = seed;
        if (seed == 0) { s_key0 = s_key1 = 0; return; }
        Span<byte> secret = stackalloc byte[16];
        uint x = seed;
        for (int i = 0; i < secret.Length; i++)
        {
            x = unchecked(x * 214013 + 2531011);
            secret[i] = (byte)(x >> 16);
        }
        s_key0 = BinaryPrimitives.ReadUInt64LittleEndian(secret);
        s_key1 = BinaryPrimitives.ReadUInt64LittleEndian(secret.Slice(8));
    }

    public static void SetRandomHashSeed()
    {
        HashSeed = null;
        Span<byte> secret = stackalloc byte[16];
        OsEntropy.FillKey(secret);
        s_key0 = BinaryPrimitives.ReadUInt64LittleEndian(secret);
        s_key1 = BinaryPrimitives.ReadUInt64LittleEndian(secret.Slice(8));
    }

    public static long Bytes(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0) return 0;
        long h = (long)SipHash13(s_key0, s_key1, data);
        return h == -1 ? -2 : h;
    }

    /// <summary>hash(str). CPython hashes its compact representation: one byte per code point when all are below
    /// 256, two (little-endian) when all are below 65536, else four. Here a surrogate pair is one code point and
    /// a lone surrogate is itself.</summary>
    public static long String(string s)
    {
        if (s.Length == 0) return 0;
        // Most strings are one byte per code point: hashed from the chars without a narrowed copy.
        if (Latin1SipHash.TryHash(s, s_key0, s_key1, out ulong latin1))
            return (long)latin1 == -1 ? -2 : (long)latin1;
        int max = 0;
        bool astral = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c > max) max = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { astral = true; break; }
        }
        int width = astral ? 4 : max < 256 ? 1 : 2;
        int byteCount = s.Length * width; // an upper bound for UCS-4 (pairs shrink to one code point)
        byte[]? rented = null;
        Span<byte> buffer = byteCount <= 512 ? stackalloc byte[byteCount] : (rented = ArrayPool<byte>.Shared.Rent(byteCount));
        int n = 0;
        if (width == 1)
            foreach (char c in s) buffer[n++] = (byte)c;
        else if (width == 2)
            foreach (char c in s) { BinaryPrimitives.WriteUInt16LittleEndian(buffer.Slice(n), c); n += 2; }
        else
            for (int i = 0; i < s.Length; i++)
            {
                int cp = s[i];
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    cp = char.ConvertToUtf32(s[i], s[++i]);
                BinaryPrimitives.WriteInt32LittleEndian(buffer.Slice(n), cp);
                n += 4;
            }
        long h = Bytes(buffer.Slice(0, n));
        if (rented != null) ArrayPool<byte>.Shared.Return(rented);
        return h;
    }

    /// <summary>hash(str) of a string given as code points.</summary>
    public static long String(ReadOnlySpan<int> codePoints)
    {
        if (codePoints.Length == 0) return 0;
        int max = 0;
        foreach (int cp in codePoints) if (cp > max) max = cp;
        int width = max < 256 ? 1 : max < 65536 ? 2 : 4;
        byte[] buffer = new byte[codePoints.Length * width];
        for (int i = 0; i < codePoints.Length; i++)
        {
            if (width == 1) buffer[i] = (byte)codePoints[i];
            else if (width == 2) BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(2 * i), (ushort)codePoints[i]);
            else BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(4 * i), codePoints[i]);
        }
        return Bytes(buffer);
    }

    /// <summary>SipHash with one compression round per word and three finalization rounds.</summary>
    internal static ulong SipHash13(ulong k0, ulong k1, ReadOnlySpan<byte> data)
    {
        ulong v0 = k0 ^ 0x736f6d6570736575UL;
        ulong v1 = k1 ^ 0x646f72616e646f6dUL;
        ulong v2 = k0 ^ 0x6c7967656e657261UL;
        ulong v3 = k1 ^ 0x7465646279746573UL;
        int whole = data.Length & ~7;
        for (int i = 0; i < whole; i += 8)
        {
            ulong m = BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i));
            v3 ^= m;
            SipRound(ref v0, ref v1, ref v2, ref v3);
            v0 ^= m;
        }
        ulong last = (ulong)data.Length << 56;
        for (int i = data.Length - 1; i >= whole; i--)
            last |= (ulong)data[i] << (8 * (i - whole));
        v3 ^= last;
        SipRound(ref v0, ref v1, ref v2, ref v3);
        v0 ^= last;
        v2 ^= 0xff;
        SipRound(ref v0, ref v1, ref v2, ref v3);
        SipRound(ref v0, ref v1, ref v2, ref v3);
        SipRound(ref v0, ref v1, ref v2, ref v3);
        return v0 ^ v1 ^ v2 ^ v3;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void SipRound(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        unchecked
        {
            v0 += v1; v1 = BitOperations.RotateLeft(v1, 13); v1 ^= v0; v0 = BitOperations.RotateLeft(v0, 32);
            v2 += v3; v3 = BitOperations.RotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = BitOperations.RotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = BitOperations.RotateLeft(v1, 17); v1 ^= v2; v2 = BitOperations.RotateLeft(v2, 32);
        }
    }
}
