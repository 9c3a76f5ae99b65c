using Krait.Runtime;

namespace Krait.Modules.Data;

/// <summary>The binascii module: hex, base64 and the CRCs, with CPython's errors (binascii.Error is a
/// ValueError). The uu and quoted-printable codecs are not provided.</summary>
public static class BinasciiModule
{
    public static readonly PyType ErrorType = DataArgs.ErrorType("binascii", "Error", ExceptionTypes.ValueError);
    public static readonly PyType IncompleteType = DataArgs.ErrorType("binascii", "Incomplete", ExceptionTypes.Exception);

    private const string B64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static readonly sbyte[] s_b64Values = MakeB64Values();

    private static sbyte[] MakeB64Values()
    {
        var t = new sbyte[256];
        Array.Fill(t, (sbyte)-1);
        for (int i = 0; i < 64; i++) t[B64Alphabet[i]] = (sbyte)i;
        return t;
    }

    private static PythonException Error(string message) => DataArgs.Error(ErrorType, message);

    public static byte[] Hexlify(ReadOnlySpan<byte> data, PyObject? sep, long bytesPerSep)
    {
        const string digits = "0123456789abcdef";
        if (sep == null || sep == PyNone.Instance)
        {
            var r = new byte[data.Length * 2];
            for (int i = 0; i < data.Length; i++) { r[2 * i] = (byte)digits[data[i] >> 4]; r[2 * i + 1] = (byte)digits[data[i] & 15]; }
            return r;
        }
        byte sepByte;
        if (sep is PyStr ss)
        {
            if (ss.Value.Length != 1) throw Ops.ValueError("sep must be length 1.");
            if (ss.Value[0] >= 0x80) throw Ops.ValueError("sep must be ASCII.");
            sepByte = (byte)ss.Value[0];
        }
        else
        {
            var sb = DataArgs.Buffer(sep);
            if (sb.Length != 1) throw Ops.ValueError("sep must be length 1.");
            sepByte = sb[0];
        }
        if (data.Length == 0) return Array.Empty<byte>();
        long group = Math.Abs(bytesPerSep);
        if (group == 0 || group >= data.Length) return Hexlify(data, null, 1);
        int nseps = (int)((data.Length - 1) / group);
        var o = new byte[data.Length * 2 + nseps];
        int pos = 0;
        // A positive count groups from the right, a negative one from the left.
        int firstGroup = bytesPerSep > 0 ? (int)((data.Length - 1) % group) + 1 : (int)group;
        int inGroup = 0, limit = firstGroup;
        for (int i = 0; i < data.Length; i++)
        {
            if (inGroup == limit) { o[pos++] = sepByte; inGroup = 0; limit = (int)group; }
            o[pos++] = (byte)digits[data[i] >> 4];
            o[pos++] = (byte)digits[data[i] & 15];
            inGroup++;
        }
        return o;
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    public static byte[] Unhexlify(ReadOnlySpan<byte> s)
    {
        if (s.Length % 2 != 0) throw Error("Odd-length string");
        var r = new byte[s.Length / 2];
        for (int i = 0; i < r.Length; i++)
        {
            int hi = HexValue(s[2 * i]), lo = HexValue(s[2 * i + 1]);
            if (hi < 0 || lo < 0) throw Error("Non-hexadecimal digit found");
            r[i] = (byte)(hi << 4 | lo);
        }
        return r;
    }

    public static byte[] B2aBase64(ReadOnlySpan<byte> data, bool newline)
    {
        int n = (data.Length + 2) / 3 * 4;
        var o = new byte[n + (newline ? 1 : 0)];
        int pos = 0, i = 0;
        for (; i + 3 <= data.Length; i += 3)
        {
            int v = data[i] << 16 | data[i + 1] << 8 | data[i + 2];
            o[pos++] = (byte)B64Alphabet[v >> 18]; o[pos++] = (byte)B64Alphabet[v >> 12 & 63];
            o[pos++] = (byte)B64Alphabet[v >> 6 & 63]; o[pos++] = (byte)B64Alphabet[v & 63];
        }
        int rest = data.Length - i;
        if (rest > 0)
        {
            int v = data[i] << 16 | (rest == 2 ? data[i + 1] << 8 : 0);
            o[pos++] = (byte)B64Alphabet[v >> 18]; o[pos++] = (byte)B64Alphabet[v >> 12 & 63];
            o[pos++] = rest == 2 ? (byte)B64Alphabet[v >> 6 & 63] : (byte)'=';
            o[pos++] = (byte)'=';
        }
        if (newline) o[pos] = (byte)'\n';
        return o;
    }

    /// <summary>CPython's decoder: non-alphabet characters are skipped unless strict; decoding stops at the padding
    /// that completes a quantum.</summary>
    public static byte[] A2bBase64(ReadOnlySpan<byte> s, bool strict)
    {
        var o = new byte[s.Length / 4 * 3 + 3];
        int pos = 0, quad = 0, pads = 0, left = 0;
        bool paddingStarted = false;
        if (strict && s.Length > 0 && s[0] == '=') throw Error("Leading padding not allowed");
        int i = 0;
        for (; i < s.Length; i++)
        {
            byte c = s[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (quad >= 2 && quad + ++pads >= 4)
                {
                    if (strict && i + 1 < s.Length) throw Error("Excess data after padding");
                    return o.AsSpan(0, pos).ToArray();
                }
                continue;
            }
            int v = s_b64Values[c];
            if (v < 0)
            {
                if (strict) throw Error("Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) throw Error("Discontinuous padding not allowed");
            pads = 0;
            switch (quad)
            {
                case 0: quad = 1; left = v; break;
                case 1: quad = 2; o[pos++] = (byte)(left << 2 | v >> 4); left = v & 0xF; break;
                case 2: quad = 3; o[pos++] = (byte)(left << 4 | v >> 2); left = v & 3; break;
                default: quad = 0; o[pos++] = (byte)(left << 6 | v); left = 0; break;
            }
        }
        if (quad != 0)
        {
            if (quad == 1)
                throw Error($"Invalid base64-encoded string: number of data characters ({pos / 3 * 4 + 1}) cannot be 1 more than a multiple of 4");
            throw Error("Incorrect padding");
        }
        return o.AsSpan(0, pos).ToArray();
    }

    private static readonly uint[] s_crcTable = MakeCrcTable();

    private static uint[] MakeCrcTable()
    {
        var t = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }

    public static uint Crc32(ReadOnlySpan<byte> data, uint crc)
    {
        crc = ~crc;
        foreach (byte b in data) crc = s_crcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    public static uint CrcHqx(ReadOnlySpan<byte> data, uint crc)
    {
        crc &= 0xFFFF;
        foreach (byte b in data)
        {
            crc ^= (uint)b << 8;
            for (int k = 0; k < 8; k++) crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            crc &= 0xFFFF;
        }
        return crc;
    }

    private static readonly string[] HexParams = { "data", "sep", "bytes_per_sep" };

    private static PyObject HexFn(string name, PyObject[] a, string[]? k)
    {
        var p = NativeArgs.Bind(name, a, k, HexParams, 1);
        return DataArgs.Bytes(Hexlify(DataArgs.Buffer(p[0]!), p[1], DataArgs.Index(p[2], 1)));
    }

    private static PyObject UnhexFn(string name, PyObject[] a, string[]? k)
    {
        var p = NativeArgs.Bind(name, a, k, new[] { "hexstr" }, 1);
        return DataArgs.Bytes(Unhexlify(DataArgs.AsciiData(p[0]!)));
    }

    public static PyModule Create()
    {
        var m = NativeModule.New("binascii");
        m.Set("Error", ErrorType);
        m.Set("Incomplete", IncompleteType);
        NativeModule.Def(m, "hexlify", (a, k) => HexFn("hexlify", a, k));
        NativeModule.Def(m, "b2a_hex", (a, k) => HexFn("b2a_hex", a, k));
        NativeModule.Def(m, "unhexlify", (a, k) => UnhexFn("unhexlify", a, k));
        NativeModule.Def(m, "a2b_hex", (a, k) => UnhexFn("a2b_hex", a, k));
        NativeModule.Def(m, "b2a_base64", (a, k) =>
        {
            var p = NativeArgs.Bind("b2a_base64", a, k, new[] { "data", "newline" }, 1, kwOnlyFrom: 1);
            return DataArgs.Bytes(B2aBase64(DataArgs.Buffer(p[0]!), DataArgs.Truth(p[1], true)));
        });
        NativeModule.Def(m, "a2b_base64", (a, k) =>
        {
            var p = NativeArgs.Bind("a2b_base64", a, k, new[] { "data", "strict_mode" }, 1, kwOnlyFrom: 1, posOnly: 1);
            return DataArgs.Bytes(A2bBase64(DataArgs.AsciiData(p[0]!), DataArgs.Truth(p[1], false)));
        });
        NativeModule.Def(m, "crc32", (a, k) =>
        {
            NativeArgs.Count("crc32", a, k, 1, 2);
            uint start = a.Length > 1 ? DataArgs.UInt32Masked(a[1]) : 0;
            return PyInt.Get(Crc32(DataArgs.Buffer(a[0]), start));
        });
        NativeModule.Def(m, "crc_hqx", (a, k) =>
        {
            NativeArgs.Count("crc_hqx", a, k, 2, 2);
            return PyInt.Get(CrcHqx(DataArgs.Buffer(a[0]), DataArgs.UInt32Masked(a[1])));
        });
        return m;
    }
}
