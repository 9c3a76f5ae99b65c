using System.Buffers.Binary;
using System.Numerics;

namespace Krait.Modules.Data;

/// <summary>BLAKE2 message schedule shared by both variants (RFC 7693).</summary>
internal static class Blake2Sigma
{
    public static readonly byte[][] Rows =
    {
        new byte[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 },
        new byte[] { 14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3 },
        new byte[] { 11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4 },
        new byte[] { 7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8 },
        new byte[] { 9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13 },
        new byte[] { 2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9 },
        new byte[] { 12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11 },
        new byte[] { 13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10 },
        new byte[] { 6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5 },
        new byte[] { 10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0 },
    };
}

/// <summary>BLAKE2b (64-bit words, 128-byte blocks) with key, salt and personalization.</summary>
internal sealed class Blake2b : HashAlgorithm
{
    private static readonly ulong[] s_iv =
    {
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    };

    private ulong[] _h = new ulong[8];
    private byte[] _buf = new byte[128];
    private int _buffered;
    private ulong _t0, _t1;
    private readonly int _size;

    public Blake2b(int size, ReadOnlySpan<byte> key, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> person)
    {
        _size = size;
        Array.Copy(s_iv, _h, 8);
        _h[0] ^= 0x01010000UL ^ ((ulong)key.Length << 8) ^ (ulong)size;
        Span<byte> p = stackalloc byte[16];
        p.Clear(); salt.CopyTo(p);
        _h[4] ^= BinaryPrimitives.ReadUInt64LittleEndian(p); _h[5] ^= BinaryPrimitives.ReadUInt64LittleEndian(p.Slice(8));
        p.Clear(); person.CopyTo(p);
        _h[6] ^= BinaryPrimitives.ReadUInt64LittleEndian(p); _h[7] ^= BinaryPrimitives.ReadUInt64LittleEndian(p.Slice(8));
        if (key.Length > 0)
        {
            var block = new byte[128];
            key.CopyTo(block);
            Update(block);
        }
    }

    public override string Name => "blake2b";
    public override int DigestSize => _size;
    public override int BlockSize => 128;

    private void Compress(ReadOnlySpan<byte> block, bool last)
    {
        Span<ulong> m = stackalloc ulong[16];
        Span<ulong> v = stackalloc ulong[16];
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt64LittleEndian(block.Slice(i * 8));
        for (int i = 0; i < 8; i++) { v[i] = _h[i]; v[i + 8] = s_iv[i]; }
        v[12] ^= _t0; v[13] ^= _t1;
        if (last) v[14] = ~v[14];
        for (int r = 0; r < 12; r++)
        {
            var s = Blake2Sigma.Rows[r % 10];
            G(v, 0, 4, 8, 12, m[s[0]], m[s[1]]); G(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            G(v, 2, 6, 10, 14, m[s[4]], m[s[5]]); G(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            G(v, 0, 5, 10, 15, m[s[8]], m[s[9]]); G(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            G(v, 2, 7, 8, 13, m[s[12]], m[s[13]]); G(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) _h[i] ^= v[i] ^ v[i + 8];
    }

    private static void G(Span<ulong> v, int a, int b, int c, int d, ulong x, ulong y)
    {
        v[a] = v[a] + v[b] + x; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 63);
    }

    private void Count(int n) { _t0 += (ulong)n; if (_t0 < (ulong)n) _t1++; }

    public override void Update(ReadOnlySpan<byte> data)
    {
        // The last block is held back: it must be compressed with the final flag.
        while (data.Length > 0)
        {
            if (_buffered == 128) { Count(128); Compress(_buf, false); _buffered = 0; }
            int n = Math.Min(128 - _buffered, data.Length);
            data.Slice(0, n).CopyTo(_buf.AsSpan(_buffered));
            _buffered += n;
            data = data.Slice(n);
        }
    }

    public override byte[] Digest()
    {
        var c = (Blake2b)Clone();
        c.Count(c._buffered);
        Array.Clear(c._buf, c._buffered, 128 - c._buffered);
        c.Compress(c._buf, true);
        var r = new byte[64];
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt64LittleEndian(r.AsSpan(i * 8), c._h[i]);
        return r.AsSpan(0, _size).ToArray();
    }

    public override HashAlgorithm Clone()
    {
        var c = (Blake2b)MemberwiseClone();
        c._h = (ulong[])_h.Clone();
        c._buf = (byte[])_buf.Clone();
        return c;
    }
}

/// <summary>BLAKE2s (32-bit words, 64-byte blocks) with key, salt and personalization.</summary>
internal sealed class Blake2s : HashAlgorithm
{
    private static readonly uint[] s_iv = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };

    private uint[] _h = new uint[8];
    private byte[] _buf = new byte[64];
    private int _buffered;
    private uint _t0, _t1;
    private readonly int _size;

    public Blake2s(int size, ReadOnlySpan<byte> key, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> person)
    {
        _size = size;
        Array.Copy(s_iv, _h, 8);
        _h[0] ^= 0x01010000U ^ ((uint)key.Length << 8) ^ (uint)size;
        Span<byte> p = stackalloc byte[8];
        p.Clear(); salt.CopyTo(p);
        _h[4] ^= BinaryPrimitives.ReadUInt32LittleEndian(p); _h[5] ^= BinaryPrimitives.ReadUInt32LittleEndian(p.Slice(4));
        p.Clear(); person.CopyTo(p);
        _h[6] ^= BinaryPrimitives.ReadUInt32LittleEndian(p); _h[7] ^= BinaryPrimitives.ReadUInt32LittleEndian(p.Slice(4));
        if (key.Length > 0)
        {
            var block = new byte[64];
            key.CopyTo(block);
            Update(block);
        }
    }

    public override string Name => "blake2s";
    public override int DigestSize => _size;
    public override int BlockSize => 64;

    private void Compress(ReadOnlySpan<byte> block, bool last)
    {
        Span<uint> m = stackalloc uint[16];
        Span<uint> v = stackalloc uint[16];
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt32LittleEndian(block.Slice(i * 4));
        for (int i = 0; i < 8; i++) { v[i] = _h[i]; v[i + 8] = s_iv[i]; }
        v[12] ^= _t0; v[13] ^= _t1;
        if (last) v[14] = ~v[14];
        for (int r = 0; r < 10; r++)
        {
            var s = Blake2Sigma.Rows[r];
            G(v, 0, 4, 8, 12, m[s[0]], m[s[1]]); G(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            G(v, 2, 6, 10, 14, m[s[4]], m[s[5]]); G(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            G(v, 0, 5, 10, 15, m[s[8]], m[s[9]]); G(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            G(v, 2, 7, 8, 13, m[s[12]], m[s[13]]); G(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) _h[i] ^= v[i] ^ v[i + 8];
    }

    private static void G(Span<uint> v, int a, int b, int c, int d, uint x, uint y)
    {
        v[a] = v[a] + v[b] + x; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 12);
        v[a] = v[a] + v[b] + y; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 8);
        v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 7);
    }

    private void Count(int n) { _t0 += (uint)n; if (_t0 < (uint)n) _t1++; }

    public override void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            if (_buffered == 64) { Count(64); Compress(_buf, false); _buffered = 0; }
            int n = Math.Min(64 - _buffered, data.Length);
            data.Slice(0, n).CopyTo(_buf.AsSpan(_buffered));
            _buffered += n;
            data = data.Slice(n);
        }
    }

    public override byte[] Digest()
    {
        var c = (Blake2s)Clone();
        c.Count(c._buffered);
        Array.Clear(c._buf, c._buffered, 64 - c._buffered);
        c.Compress(c._buf, true);
        var r = new byte[32];
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt32LittleEndian(r.AsSpan(i * 4), c._h[i]);
        return r.AsSpan(0, _size).ToArray();
    }

    public override HashAlgorithm Clone()
    {
        var c = (Blake2s)MemberwiseClone();
        c._h = (uint[])_h.Clone();
        c._buf = (byte[])_buf.Clone();
        return c;
    }
}
