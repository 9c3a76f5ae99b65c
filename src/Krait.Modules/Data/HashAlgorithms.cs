using System.Buffers.Binary;
using System.Numerics;

namespace Krait.Modules.Data;

/// <summary>A message digest computed incrementally: hashlib's algorithms in managed code (no OpenSSL, which is
/// missing under the ARM64 emulator and ends the process when .NET loads it).</summary>
internal abstract class HashAlgorithm
{
    public abstract string Name { get; }
    public abstract int DigestSize { get; }
    public abstract int BlockSize { get; }
    public abstract void Update(ReadOnlySpan<byte> data);
    /// <summary>The digest of everything so far; the state is left unchanged.</summary>
    public abstract byte[] Digest();
    public abstract HashAlgorithm Clone();

    public static HashAlgorithm? Create(string name) => name switch
    {
        "md5" => new Md5(),
        "sha1" => new Sha1(),
        "sha224" => new Sha256(true),
        "sha256" => new Sha256(false),
        "sha384" => new Sha512Incremental(48),
        "sha512" => new Sha512Incremental(64),
        "sha512_224" => new Sha512Incremental(28),
        "sha512_256" => new Sha512Incremental(32),
        "sha3_224" => new Keccak("sha3_224", 28, 0x06),
        "sha3_256" => new Keccak("sha3_256", 32, 0x06),
        "sha3_384" => new Keccak("sha3_384", 48, 0x06),
        "sha3_512" => new Keccak("sha3_512", 64, 0x06),
        "shake_128" => new Keccak("shake_128", 16, 0x1F),
        "shake_256" => new Keccak("shake_256", 32, 0x1F),
        "blake2b" => new Blake2b(64, default, default, default),
        "blake2s" => new Blake2s(32, default, default, default),
        _ => null,
    };
}

/// <summary>Hashes of 64- or 128-byte blocks with a length-padded final block (MD5, SHA-1, SHA-2).</summary>
internal abstract class BlockHash : HashAlgorithm
{
    protected byte[] Buffer;
    protected int Buffered;
    protected ulong Length;

    protected BlockHash(int blockSize) { Buffer = new byte[blockSize]; }
    public override int BlockSize => Buffer.Length;

    protected abstract void Compress(ReadOnlySpan<byte> block);

    public override void Update(ReadOnlySpan<byte> data)
    {
        Length += (ulong)data.Length;
        int bs = Buffer.Length;
        if (Buffered > 0)
        {
            int n = Math.Min(bs - Buffered, data.Length);
            data.Slice(0, n).CopyTo(Buffer.AsSpan(Buffered));
            Buffered += n;
            data = data.Slice(n);
            if (Buffered < bs) return;
            Compress(Buffer);
            Buffered = 0;
        }
        while (data.Length >= bs)
        {
            Compress(data.Slice(0, bs));
            data = data.Slice(bs);
        }
        data.CopyTo(Buffer);
        Buffered = data.Length;
    }

    /// <summary>Pads a copy of the pending data (0x80, zeros, the bit length) and compresses it into the clone.</summary>
    protected void FinishInto(BlockHash clone, bool bigEndian)
    {
        int bs = Buffer.Length, lenBytes = bs == 128 ? 16 : 8;
        var pad = new byte[(Buffered + 1 + lenBytes <= bs) ? bs : 2 * bs];
        Buffer.AsSpan(0, Buffered).CopyTo(pad);
        pad[Buffered] = 0x80;
        ulong bits = Length << 3;
        if (bigEndian) BinaryPrimitives.WriteUInt64BigEndian(pad.AsSpan(pad.Length - 8), bits);
        else BinaryPrimitives.WriteUInt64LittleEndian(pad.AsSpan(pad.Length - 8), bits);
        if (lenBytes == 16) BinaryPrimitives.WriteUInt64BigEndian(pad.AsSpan(pad.Length - 16), Length >> 61);
        for (int i = 0; i < pad.Length; i += bs) clone.Compress(pad.AsSpan(i, bs));
    }

    protected T CloneBlock<T>() where T : BlockHash
    {
        var c = (T)MemberwiseClone();
        c.Buffer = (byte[])Buffer.Clone();
        return c;
    }
}

internal sealed class Md5 : BlockHash
{
    private uint[] _h = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476 };
    private static readonly int[] s_shift = { 7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21 };
    private static readonly uint[] s_k = MakeK();

    // K[i] = floor(abs(sin(i + 1)) * 2^32), as RFC 1321 defines the table.
    private static uint[] MakeK()
    {
        var k = new uint[64];
        for (int i = 0; i < 64; i++) k[i] = (uint)(long)Math.Floor(Math.Abs(Math.Sin(i + 1)) * 4294967296.0);
        return k;
    }

    public Md5() : base(64) { }
    public override string Name => "md5";
    public override int DigestSize => 16;

    protected override void Compress(ReadOnlySpan<byte> block)
    {
        Span<uint> m = stackalloc uint[16];
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt32LittleEndian(block.Slice(i * 4));
        uint a = _h[0], b = _h[1], c = _h[2], d = _h[3];
        for (int i = 0; i < 64; i++)
        {
            uint f; int g;
            switch (i >> 4)
            {
                case 0: f = (b & c) | (~b & d); g = i; break;
                case 1: f = (d & b) | (~d & c); g = (5 * i + 1) & 15; break;
                case 2: f = b ^ c ^ d; g = (3 * i + 5) & 15; break;
                default: f = c ^ (b | ~d); g = (7 * i) & 15; break;
            }
            uint tmp = d;
            d = c;
            c = b;
            b += BitOperations.RotateLeft(a + f + s_k[i] + m[g], s_shift[(i >> 4) * 4 + (i & 3)]);
            a = tmp;
        }
        _h[0] += a; _h[1] += b; _h[2] += c; _h[3] += d;
    }

    public override byte[] Digest()
    {
        var c = (Md5)Clone();
        FinishInto(c, bigEndian: false);
        var r = new byte[16];
        for (int i = 0; i < 4; i++) BinaryPrimitives.WriteUInt32LittleEndian(r.AsSpan(i * 4), c._h[i]);
        return r;
    }

    public override HashAlgorithm Clone() { var c = CloneBlock<Md5>(); c._h = (uint[])_h.Clone(); return c; }
}

internal sealed class Sha1 : BlockHash
{
    private uint[] _h = { 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0 };
    public Sha1() : base(64) { }
    public override string Name => "sha1";
    public override int DigestSize => 20;

    protected override void Compress(ReadOnlySpan<byte> block)
    {
        Span<uint> w = stackalloc uint[80];
        for (int i = 0; i < 16; i++) w[i] = BinaryPrimitives.ReadUInt32BigEndian(block.Slice(i * 4));
        for (int i = 16; i < 80; i++) w[i] = BitOperations.RotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        uint a = _h[0], b = _h[1], c = _h[2], d = _h[3], e = _h[4];
        for (int i = 0; i < 80; i++)
        {
            uint f, k;
            if (i < 20) { f = (b & c) | (~b & d); k = 0x5A827999; }
            else if (i < 40) { f = b ^ c ^ d; k = 0x6ED9EBA1; }
            else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC; }
            else { f = b ^ c ^ d; k = 0xCA62C1D6; }
            uint t = BitOperations.RotateLeft(a, 5) + f + e + k + w[i];
            e = d; d = c; c = BitOperations.RotateLeft(b, 30); b = a; a = t;
        }
        _h[0] += a; _h[1] += b; _h[2] += c; _h[3] += d; _h[4] += e;
    }

    public override byte[] Digest()
    {
        var c = (Sha1)Clone();
        FinishInto(c, bigEndian: true);
        var r = new byte[20];
        for (int i = 0; i < 5; i++) BinaryPrimitives.WriteUInt32BigEndian(r.AsSpan(i * 4), c._h[i]);
        return r;
    }

    public override HashAlgorithm Clone() { var c = CloneBlock<Sha1>(); c._h = (uint[])_h.Clone(); return c; }
}

internal sealed class Sha256 : BlockHash
{
    private static readonly uint[] s_k =
    {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };

    private uint[] _h;
    private readonly bool _is224;

    public Sha256(bool is224) : base(64)
    {
        _is224 = is224;
        _h = is224
            ? new uint[] { 0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4 }
            : new uint[] { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    }

    public override string Name => _is224 ? "sha224" : "sha256";
    public override int DigestSize => _is224 ? 28 : 32;

    protected override void Compress(ReadOnlySpan<byte> block)
    {
        Span<uint> w = stackalloc uint[64];
        for (int i = 0; i < 16; i++) w[i] = BinaryPrimitives.ReadUInt32BigEndian(block.Slice(i * 4));
        for (int i = 16; i < 64; i++)
        {
            uint s0 = BitOperations.RotateRight(w[i - 15], 7) ^ BitOperations.RotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3);
            uint s1 = BitOperations.RotateRight(w[i - 2], 17) ^ BitOperations.RotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint a = _h[0], b = _h[1], c = _h[2], d = _h[3], e = _h[4], f = _h[5], g = _h[6], h = _h[7];
        for (int i = 0; i < 64; i++)
        {
            uint S1 = BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25);
            uint ch = (e & f) ^ (~e & g);
            uint t1 = h + S1 + ch + s_k[i] + w[i];
            uint S0 = BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22);
            uint maj = (a & b) ^ (a & c) ^ (b & c);
            uint t2 = S0 + maj;
            h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
        }
        _h[0] += a; _h[1] += b; _h[2] += c; _h[3] += d; _h[4] += e; _h[5] += f; _h[6] += g; _h[7] += h;
    }

    public override byte[] Digest()
    {
        var c = (Sha256)Clone();
        FinishInto(c, bigEndian: true);
        var r = new byte[32];
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt32BigEndian(r.AsSpan(i * 4), c._h[i]);
        return _is224 ? r.AsSpan(0, 28).ToArray() : r;
    }

    public override HashAlgorithm Clone() { var c = CloneBlock<Sha256>(); c._h = (uint[])_h.Clone(); return c; }
}

/// <summary>SHA-512 and its truncations (SHA-384, SHA-512/224, SHA-512/256), sharing Sha512's round constants.</summary>
internal sealed class Sha512Incremental : BlockHash
{
    private ulong[] _h;
    private readonly int _size;

    public Sha512Incremental(int size) : base(128)
    {
        _size = size;
        _h = size switch
        {
            48 => new ulong[] { 0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
                                0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4 },
            28 => new ulong[] { 0x8C3D37C819544DA2, 0x73E1996689DCD4D6, 0x1DFAB7AE32FF9C82, 0x679DD514582F9FCF,
                                0x0F6D2B697BD44DA8, 0x77E36F7304C48942, 0x3F9D85A86A1D36C8, 0x1112E6AD91D692A1 },
            32 => new ulong[] { 0x22312194FC2BF72C, 0x9F555FA3C84C64C2, 0x2393B86B6F53B151, 0x963877195940EABD,
                                0x96283EE2A88EFFE3, 0xBE5E1E2553863992, 0x2B0199FC2C85B8AA, 0x0EB72DDC81C52CA2 },
            _ => (ulong[])Sha512.InitialH.Clone(),
        };
    }

    public override string Name => _size switch { 48 => "sha384", 28 => "sha512_224", 32 => "sha512_256", _ => "sha512" };
    public override int DigestSize => _size;

    protected override void Compress(ReadOnlySpan<byte> block)
    {
        Span<ulong> w = stackalloc ulong[80];
        var K = Sha512.K;
        for (int t = 0; t < 16; t++) w[t] = BinaryPrimitives.ReadUInt64BigEndian(block.Slice(t * 8));
        for (int t = 16; t < 80; t++)
        {
            ulong s0 = BitOperations.RotateRight(w[t - 15], 1) ^ BitOperations.RotateRight(w[t - 15], 8) ^ (w[t - 15] >> 7);
            ulong s1 = BitOperations.RotateRight(w[t - 2], 19) ^ BitOperations.RotateRight(w[t - 2], 61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        ulong a = _h[0], b = _h[1], c = _h[2], d = _h[3], e = _h[4], f = _h[5], g = _h[6], h = _h[7];
        for (int t = 0; t < 80; t++)
        {
            ulong S1 = BitOperations.RotateRight(e, 14) ^ BitOperations.RotateRight(e, 18) ^ BitOperations.RotateRight(e, 41);
            ulong t1 = h + S1 + ((e & f) ^ (~e & g)) + K[t] + w[t];
            ulong S0 = BitOperations.RotateRight(a, 28) ^ BitOperations.RotateRight(a, 34) ^ BitOperations.RotateRight(a, 39);
            ulong t2 = S0 + ((a & b) ^ (a & c) ^ (b & c));
            h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
        }
        _h[0] += a; _h[1] += b; _h[2] += c; _h[3] += d; _h[4] += e; _h[5] += f; _h[6] += g; _h[7] += h;
    }

    public override byte[] Digest()
    {
        var c = (Sha512Incremental)Clone();
        FinishInto(c, bigEndian: true);
        var r = new byte[64];
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt64BigEndian(r.AsSpan(i * 8), c._h[i]);
        return r.AsSpan(0, _size).ToArray();
    }

    public override HashAlgorithm Clone() { var c = CloneBlock<Sha512Incremental>(); c._h = (ulong[])_h.Clone(); return c; }
}

/// <summary>SHA-3 and SHAKE (FIPS 202): Keccak-f[1600] sponge; <c>pad</c> is the domain byte (0x06 or 0x1F).</summary>
internal sealed class Keccak : HashAlgorithm
{
    private static readonly ulong[] s_rc =
    {
        0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000, 0x000000000000808B,
        0x0000000080000001, 0x8000000080008081, 0x8000000000008009, 0x000000000000008A, 0x0000000000000088,
        0x0000000080008009, 0x000000008000000A, 0x000000008000808B, 0x800000000000008B, 0x8000000000008089,
        0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    };
    private static readonly int[] s_rot = { 1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44 };
    private static readonly int[] s_pi = { 10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1 };

    private ulong[] _state = new ulong[25];
    private byte[] _queue;
    private int _queued;
    private readonly string _name;
    private readonly int _size;
    private readonly byte _pad;

    public Keccak(string name, int size, byte pad)
    {
        _name = name; _size = size; _pad = pad;
        _queue = new byte[200 - 2 * size];
    }

    public override string Name => _name;
    public override int DigestSize => _pad == 0x1F ? 0 : _size;
    public override int BlockSize => _queue.Length;
    public bool IsShake => _pad == 0x1F;

    private static void Permute(ulong[] s)
    {
        Span<ulong> c = stackalloc ulong[5];
        for (int round = 0; round < 24; round++)
        {
            for (int x = 0; x < 5; x++) c[x] = s[x] ^ s[x + 5] ^ s[x + 10] ^ s[x + 15] ^ s[x + 20];
            for (int x = 0; x < 5; x++)
            {
                ulong d = c[(x + 4) % 5] ^ BitOperations.RotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) s[y + x] ^= d;
            }
            ulong t = s[1];
            for (int i = 0; i < 24; i++)
            {
                int j = s_pi[i];
                ulong tmp = s[j];
                s[j] = BitOperations.RotateLeft(t, s_rot[i]);
                t = tmp;
            }
            for (int y = 0; y < 25; y += 5)
            {
                for (int x = 0; x < 5; x++) c[x] = s[y + x];
                for (int x = 0; x < 5; x++) s[y + x] = c[x] ^ (~c[(x + 1) % 5] & c[(x + 2) % 5]);
            }
            s[0] ^= s_rc[round];
        }
    }

    private void Absorb(ReadOnlySpan<byte> block)
    {
        for (int i = 0; i < block.Length / 8; i++) _state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block.Slice(i * 8));
        Permute(_state);
    }

    public override void Update(ReadOnlySpan<byte> data)
    {
        int rate = _queue.Length;
        while (data.Length > 0)
        {
            int n = Math.Min(rate - _queued, data.Length);
            data.Slice(0, n).CopyTo(_queue.AsSpan(_queued));
            _queued += n;
            data = data.Slice(n);
            if (_queued == rate) { Absorb(_queue); _queued = 0; }
        }
    }

    public byte[] Squeeze(int length)
    {
        var c = (Keccak)Clone();
        int rate = _queue.Length;
        Array.Clear(c._queue, c._queued, rate - c._queued);
        c._queue[c._queued] ^= _pad;
        c._queue[rate - 1] ^= 0x80;
        c.Absorb(c._queue);
        var r = new byte[length];
        int pos = 0;
        var block = new byte[rate];
        while (true)
        {
            for (int i = 0; i < rate / 8; i++) BinaryPrimitives.WriteUInt64LittleEndian(block.AsSpan(i * 8), c._state[i]);
            int n = Math.Min(rate, length - pos);
            block.AsSpan(0, n).CopyTo(r.AsSpan(pos));
            pos += n;
            if (pos == length) return r;
            Permute(c._state);
        }
    }

    public override byte[] Digest() => Squeeze(_size);

    public override HashAlgorithm Clone()
    {
        var c = (Keccak)MemberwiseClone();
        c._state = (ulong[])_state.Clone();
        c._queue = (byte[])_queue.Clone();
        return c;
    }
}
