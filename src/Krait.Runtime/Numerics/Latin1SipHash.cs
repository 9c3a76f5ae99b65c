using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Krait.Runtime.Numerics;

/// <summary>SipHash-1-3 of a string's one-byte-per-code-point form (what CPython hashes for a str whose code points
/// are all below 256), read straight from the UTF-16 chars: each 8-byte message word is packed from 8 chars, so
/// no narrowed copy is made. This is the hash of nearly every str key (slices, words, identifiers).</summary>
internal static class Latin1SipHash
{
    private const ulong HighBytes = 0xFF00FF00FF00FF00UL;

    /// <summary>False (and no hash) when a char is above U+00FF: the caller then hashes the wider form.</summary>
    public static bool TryHash(string s, ulong k0, ulong k1, out ulong hash)
    {
        ulong v0 = k0 ^ 0x736f6d6570736575UL;
        ulong v1 = k1 ^ 0x646f72616e646f6dUL;
        ulong v2 = k0 ^ 0x6c7967656e657261UL;
        ulong v3 = k1 ^ 0x7465646279746573UL;
        ref byte chars = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(s.AsSpan()));
        int n = s.Length, whole = n & ~7;
        for (int i = 0; i < whole; i += 8)
        {
            // Chars i..i+3 and i+4..i+7 as two little-endian words of four UTF-16 units.
            ulong lo = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref chars, 2 * i));
            ulong hi = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref chars, 2 * i + 8));
            if (((lo | hi) & HighBytes) != 0) { hash = 0; return false; }
            ulong m = Pack(lo) | (Pack(hi) << 32);
            v3 ^= m;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= m;
        }
        ulong last = (ulong)n << 56;
        for (int i = n - 1; i >= whole; i--)
        {
            char c = s[i];
            if (c > '\u00FF') { hash = 0; return false; }
            last |= (ulong)c << (8 * (i - whole));
        }
        v3 ^= last;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= last;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        hash = v0 ^ v1 ^ v2 ^ v3;
        return true;
    }

    /// <summary>The low bytes of four UTF-16 units (their high bytes known zero) as four consecutive bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pack(ulong x)
    {
        x = (x | (x >> 8)) & 0x0000FFFF0000FFFFUL;
        return (x | (x >> 16)) & 0xFFFFFFFFUL;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
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
