using Krait.Modules.Zlib;
using Krait.Runtime;

namespace Krait.Modules.Data;

/// <summary>zlib: decompression by Krait's own <see cref="Inflater"/> (exact stream-end and max_length
/// behaviour); compression by Krait's own <see cref="Deflater"/>, which makes zlib 1.2.13's choices so the
/// compressed bytes equal CPython's (docs/ZLIB.md).</summary>
public static class ZlibModule
{
    public static readonly PyType ErrorType = DataArgs.ErrorType("zlib", "error", ExceptionTypes.Exception);
    public static readonly PyType CompressType = MakeCompressType();
    public static readonly PyType DecompressType = MakeDecompressType();

    private const int DefBufSize = 16384;

    private static PythonException Error(string message) => DataArgs.Error(ErrorType, message);

    public static uint Adler32(ReadOnlySpan<byte> data, uint adler)
    {
        uint a = adler & 0xFFFF, b = adler >> 16;
        // zlib's short paths reduce an unreduced start value differently: one subtraction for a single
        // byte, and a reduction even for no bytes at all.
        if (data.Length <= 1)
        {
            if (data.Length == 1) a += data[0];
            if (a >= 65521) a -= 65521;
            if (data.Length == 1) { b += a; if (b >= 65521) b -= 65521; }
            else b %= 65521;
            return b << 16 | a;
        }
        int i = 0;
        while (i < data.Length)
        {
            // 5552 bytes is the most that can be summed before b may exceed 32 bits.
            int n = Math.Min(5552, data.Length - i);
            for (int end = i + n; i < end; i++) { a += data[i]; b += a; }
            a %= 65521;
            b %= 65521;
        }
        return b << 16 | a;
    }

    /// <summary>The container wbits selects for decompression, or null for an invalid value.</summary>
    private static Inflater? NewInflater(long wbits)
    {
        if (wbits == 0) return new Inflater(Inflater.Wrap.Zlib, 0);
        if (wbits >= 8 && wbits <= 15) return new Inflater(Inflater.Wrap.Zlib, (int)wbits);
        if (wbits >= -15 && wbits <= -8) return new Inflater(Inflater.Wrap.Raw, (int)-wbits);
        if (wbits >= 24 && wbits <= 31) return new Inflater(Inflater.Wrap.Gzip, (int)wbits - 16);
        if (wbits >= 40 && wbits <= 47) return new Inflater(Inflater.Wrap.Auto, (int)wbits - 32);
        return null;
    }

    private static PythonException InflateError(Inflater inf, string when) =>
        inf.ErrorCode == 2 ? Error($"Error 2 while {when}") : Error($"Error -3 while {inf.ErrorContext ?? when}: {inf.ErrorMessage}");

    public static byte[] Decompress(ReadOnlySpan<byte> data, long wbits)
    {
        var inf = NewInflater(wbits) ?? throw Error("Error -2 while preparing to decompress data: inconsistent stream state");
        inf.Feed(data);
        var o = new List<byte>(data.Length * 3 + 16);
        if (!inf.Run(o, long.MaxValue)) throw InflateError(inf, "decompressing data");
        if (!inf.Eof) throw Error("Error -5 while decompressing data: incomplete or truncated stream");
        return o.ToArray();
    }

    public static byte[] Compress(ReadOnlySpan<byte> data, long level, long wbits)
    {
        var d = Deflater.Create(level, 8, wbits, 8, 0) ?? throw Error("Bad compression level");
        var input = data.ToArray();
        return ZlibCompressor.CompressAll(d, input, 0, input.Length);
    }

    /// <summary>The bytes of a bytes-like object as an array: bytes' own array (no copy), else a copy.</summary>
    private static byte[] InputArray(PyObject o) => o is PyBytes b ? b.Value : DataArgs.Buffer(o).ToArray();

    private static byte[] Compress(PyObject data, long level, long wbits)
    {
        var d = Deflater.Create(level, 8, wbits, 8, 0) ?? throw Error("Bad compression level");
        var input = InputArray(data);
        return ZlibCompressor.CompressAll(d, input, 0, input.Length);
    }

    // ---- compressobj ----

    private sealed class Compressor : PyObject
    {
        /// <summary>Null once Z_FINISH has ended the stream (CPython calls deflateEnd then).</summary>
        public Deflater? Deflater;
        public Compressor(Deflater deflater) { Deflater = deflater; }
        public override PyType Type => CompressType;
    }

    private static PythonException StreamStateError(string when) => Error($"Error -2 while {when}: inconsistent stream state");

    private static PyType MakeCompressType()
    {
        var t = new PyType("Compress", new[] { PyType.ObjectType }) { Module = "zlib" };
        NativeModule.Method(t, "compress", (self, a, k) =>
        {
            NativeArgs.Exactly("compress", a, k, 1);
            var data = InputArray(a[0]);
            var d = ((Compressor)self).Deflater ?? throw StreamStateError("compressing data");
            var r = ZlibCompressor.Compress(d, data, 0, data.Length, out int err);
            if (err != 0) throw StreamStateError("compressing data");
            return DataArgs.Bytes(r);
        });
        NativeModule.Method(t, "flush", (self, a, k) =>
        {
            var p = NativeArgs.Bind("flush", a, k, new[] { "mode" }, 0, posOnly: 1);
            long mode = DataArgs.Index(p[0], 4);
            if (mode == 0) return PyBytes.Empty;
            var c = (Compressor)self;
            var d = c.Deflater;
            if (d == null || mode < 0 || mode > Deflater.Block) throw StreamStateError("flushing");
            var r = ZlibCompressor.Flush(d, (int)mode, out int result);
            if (result == Deflater.StreamError) throw StreamStateError("flushing");
            if (result == Deflater.StreamEnd && mode == Deflater.Finish) c.Deflater = null;
            return DataArgs.Bytes(r);
        });
        NativeModule.Method(t, "copy", (self, a, k) =>
        {
            NativeArgs.Exactly("copy", a, k, 0);
            var d = ((Compressor)self).Deflater ?? throw Ops.ValueError("Inconsistent stream state");
            return new Compressor(d.Clone());
        });
        NativeModule.Method(t, "__copy__", (self, a, k) =>
        {
            var d = ((Compressor)self).Deflater ?? throw Ops.ValueError("Inconsistent stream state");
            return new Compressor(d.Clone());
        });
        NativeModule.Method(t, "__deepcopy__", (self, a, k) =>
        {
            var d = ((Compressor)self).Deflater ?? throw Ops.ValueError("Inconsistent stream state");
            return new Compressor(d.Clone());
        });
        return t;
    }

    // ---- decompressobj ----

    private sealed class Decompressor : PyObject
    {
        public Inflater Inflater;
        public PyBytes UnusedData = PyBytes.Empty, UnconsumedTail = PyBytes.Empty;
        public Decompressor(Inflater inflater) { Inflater = inflater; }
        public override PyType Type => DecompressType;

        public PyObject Run(ReadOnlySpan<byte> data, long maxLength, string when)
        {
            var inf = Inflater;
            // CPython keeps leftover input as unconsumed_tail when output was cut short, and also (a quirk of
            // its save_unconsumed_input) whenever the previous tail was not empty, even at the stream's end.
            bool hadTail = UnconsumedTail.Value.Length > 0;
            if (inf.Eof)
            {
                if (data.Length > 0) UnusedData = Concat(UnusedData.Value, data);
                if (hadTail) UnconsumedTail = DataArgs.Bytes(data.ToArray());
                return PyBytes.Empty;
            }
            inf.Feed(data);
            var o = new List<byte>();
            if (!inf.Run(o, maxLength <= 0 ? long.MaxValue : maxLength))
            {
                inf.DropPending();
                throw InflateError(inf, when);
            }
            var pending = inf.Pending;
            if (inf.Eof && pending.Length > 0) UnusedData = Concat(UnusedData.Value, pending);
            if (inf.Eof ? hadTail : (pending.Length > 0 || hadTail))
                UnconsumedTail = DataArgs.Bytes(pending.ToArray());
            if (inf.Eof || maxLength > 0) inf.DropPending();
            return DataArgs.Bytes(o.ToArray());
        }
    }

    private static PyBytes Concat(byte[] a, ReadOnlySpan<byte> b)
    {
        var r = new byte[a.Length + b.Length];
        a.CopyTo(r, 0);
        b.CopyTo(r.AsSpan(a.Length));
        return new PyBytes(r);
    }

    private static PyType MakeDecompressType()
    {
        var t = new PyType("Decompress", new[] { PyType.ObjectType }) { Module = "zlib" };
        NativeModule.Method(t, "decompress", (self, a, k) =>
        {
            var p = NativeArgs.Bind("decompress", a, k, new[] { "data", "max_length" }, 1, posOnly: 1);
            long max = DataArgs.Index(p[1], 0);
            if (max < 0) throw Ops.ValueError("max_length must be non-negative");
            return ((Decompressor)self).Run(DataArgs.Buffer(p[0]!), max, "decompressing data");
        });
        NativeModule.Method(t, "flush", (self, a, k) =>
        {
            var p = NativeArgs.Bind("flush", a, k, new[] { "length" }, 0, posOnly: 1);
            if (DataArgs.Index(p[0], DefBufSize) <= 0) throw Ops.ValueError("length must be greater than zero");
            var d = (Decompressor)self;
            var tail = d.UnconsumedTail.Value;
            d.UnconsumedTail = PyBytes.Empty;
            return d.Run(tail, 0, "flushing");
        });
        NativeModule.Method(t, "copy", (self, a, k) =>
        {
            var d = (Decompressor)self;
            return new Decompressor(d.Inflater.Clone()) { UnusedData = d.UnusedData, UnconsumedTail = d.UnconsumedTail };
        });
        t.Dict["unused_data"] = new PyProperty(new PyBuiltinFunction("unused_data", (a, k) => ((Decompressor)a[0]).UnusedData), null, null);
        t.Dict["unconsumed_tail"] = new PyProperty(new PyBuiltinFunction("unconsumed_tail", (a, k) => ((Decompressor)a[0]).UnconsumedTail), null, null);
        t.Dict["eof"] = new PyProperty(new PyBuiltinFunction("eof", (a, k) => PyBool.Get(((Decompressor)a[0]).Inflater.Eof)), null, null);
        return t;
    }

    public static PyModule Create()
    {
        var m = NativeModule.New("zlib");
        m.Set("error", ErrorType);
        void C(string name, long v) => m.Set(name, PyInt.Get(v));
        C("MAX_WBITS", 15); C("DEFLATED", 8); C("DEF_MEM_LEVEL", 8); C("DEF_BUF_SIZE", DefBufSize);
        C("Z_NO_COMPRESSION", 0); C("Z_BEST_SPEED", 1); C("Z_BEST_COMPRESSION", 9); C("Z_DEFAULT_COMPRESSION", -1);
        C("Z_FILTERED", 1); C("Z_HUFFMAN_ONLY", 2); C("Z_RLE", 3); C("Z_FIXED", 4); C("Z_DEFAULT_STRATEGY", 0);
        C("Z_NO_FLUSH", 0); C("Z_PARTIAL_FLUSH", 1); C("Z_SYNC_FLUSH", 2); C("Z_FULL_FLUSH", 3); C("Z_FINISH", 4);
        C("Z_BLOCK", 5); C("Z_TREES", 6);
        m.Set("ZLIB_VERSION", new PyStr("1.2.13"));
        m.Set("ZLIB_RUNTIME_VERSION", new PyStr("1.2.13"));
        NativeModule.Def(m, "adler32", (a, k) =>
        {
            NativeArgs.Count("adler32", a, k, 1, 2);
            return PyInt.Get(Adler32(DataArgs.Buffer(a[0]), a.Length > 1 ? DataArgs.UInt32Masked(a[1]) : 1));
        });
        NativeModule.Def(m, "crc32", (a, k) =>
        {
            NativeArgs.Count("crc32", a, k, 1, 2);
            return PyInt.Get(BinasciiModule.Crc32(DataArgs.Buffer(a[0]), a.Length > 1 ? DataArgs.UInt32Masked(a[1]) : 0));
        });
        NativeModule.Def(m, "compress", (a, k) =>
        {
            var p = NativeArgs.Bind("compress", a, k, new[] { "data", "level", "wbits" }, 1, posOnly: 1);
            return DataArgs.Bytes(Compress(p[0]!, DataArgs.Index(p[1], -1), DataArgs.Index(p[2], 15)));
        });
        NativeModule.Def(m, "decompress", (a, k) =>
        {
            var p = NativeArgs.Bind("decompress", a, k, new[] { "data", "wbits", "bufsize" }, 1, posOnly: 1);
            if (DataArgs.Index(p[2], DefBufSize) < 0) throw Ops.ValueError("bufsize must be non-negative");
            return DataArgs.Bytes(Decompress(DataArgs.Buffer(p[0]!), DataArgs.Index(p[1], 15)));
        });
        NativeModule.Def(m, "compressobj", (a, k) =>
        {
            var p = NativeArgs.Bind("compressobj", a, k, new[] { "level", "method", "wbits", "memLevel", "strategy", "zdict" }, 0);
            long level = DataArgs.Index(p[0], -1), method = DataArgs.Index(p[1], 8), wbits = DataArgs.Index(p[2], 15);
            long memLevel = DataArgs.Index(p[3], 8), strategy = DataArgs.Index(p[4], 0);
            var d = Deflater.Create(level, method, wbits, memLevel, strategy) ?? throw Ops.ValueError("Invalid initialization option");
            if (p[5] != null)
            {
                if (!d.SetDictionary(DataArgs.Buffer(p[5]!).ToArray())) throw Ops.ValueError("Invalid dictionary");
            }
            return new Compressor(d);
        });
        NativeModule.Def(m, "decompressobj", (a, k) =>
        {
            var p = NativeArgs.Bind("decompressobj", a, k, new[] { "wbits", "zdict" }, 0);
            byte[]? zdict = null;
            if (p[1] != null)
            {
                if (p[1] is not (PyBytes or PyByteArray or PyMemoryView or PyArray))
                    throw Ops.TypeError("zdict argument must support the buffer protocol");
                zdict = DataArgs.Buffer(p[1]!).ToArray();
            }
            var inf = NewInflater(DataArgs.Index(p[0], 15)) ?? throw Ops.ValueError("Invalid initialization option");
            inf.Dictionary = zdict;
            return new Decompressor(inf);
        });
        return m;
    }
}
