using System.IO.Compression;

namespace Krait.Modules.Data;

/// <summary>Compression for zlib: .NET's raw DeflateStream (its bundled zlib-ng) for the DEFLATE data, with the
/// zlib/gzip header and trailer written here as zlib 1.2.13 writes them (same header bytes as CPython, and
/// window sizes below 32 KiB honoured by using Huffman-only coding, which has no back references).</summary>
internal sealed class Deflater
{
    private readonly MemoryStream _sink = new();
    private DeflateStream? _stream;
    private readonly Inflater.Wrap _wrap;
    private readonly int _level, _windowBits, _strategy;
    private bool _started, _wroteData;
    private uint _adler = 1, _crc;
    private long _size;

    public bool Finished { get; private set; }

    private Deflater(Inflater.Wrap wrap, int level, int windowBits, int strategy)
    {
        _wrap = wrap; _level = level; _windowBits = windowBits; _strategy = strategy;
    }

    /// <summary>A deflater for zlib's level/wbits/strategy, or null when zlib would reject them.</summary>
    public static Deflater? Create(long level, long wbits, long strategy)
    {
        if (level == -1) level = 6;
        if (level < 0 || level > 9 || strategy < 0 || strategy > 4) return null;
        Inflater.Wrap wrap;
        long bits;
        if (wbits >= 9 && wbits <= 15) { wrap = Inflater.Wrap.Zlib; bits = wbits; }
        else if (wbits >= -15 && wbits <= -9) { wrap = Inflater.Wrap.Raw; bits = -wbits; }
        else if (wbits >= 25 && wbits <= 31) { wrap = Inflater.Wrap.Gzip; bits = wbits - 16; }
        else return null;
        return new Deflater(wrap, (int)level, (int)bits, (int)strategy);
    }

    private void Start()
    {
        if (_started) return;
        _started = true;
        if (_wrap == Inflater.Wrap.Zlib)
        {
            int cmf = (_windowBits - 8) << 4 | 8;
            int flevel = _strategy >= 2 || _level < 2 ? 0 : _level < 6 ? 1 : _level == 6 ? 2 : 3;
            int flg = flevel << 6;
            flg += 31 - (cmf * 256 + flg) % 31;
            _sink.WriteByte((byte)cmf);
            _sink.WriteByte((byte)flg);
        }
        else if (_wrap == Inflater.Wrap.Gzip)
        {
            byte xfl = (byte)(_level == 9 ? 2 : _strategy >= 2 || _level < 2 ? 4 : 0);
            _sink.Write(new byte[] { 0x1F, 0x8B, 8, 0, 0, 0, 0, 0, xfl, 3 });
        }
        // A window below 32 KiB cannot be asked of .NET; Huffman-only output never refers back at all.
        int strategy = _windowBits < 15 && _level > 0 ? 2 : _strategy;
        var options = new ZLibCompressionOptions
        {
            CompressionLevel = _level,
            CompressionStrategy = strategy switch
            {
                1 => ZLibCompressionStrategy.Filtered,
                2 => ZLibCompressionStrategy.HuffmanOnly,
                3 => ZLibCompressionStrategy.RunLengthEncoding,
                4 => ZLibCompressionStrategy.Fixed,
                _ => ZLibCompressionStrategy.Default,
            },
        };
        _stream = new DeflateStream(_sink, options, leaveOpen: true);
    }

    public void Write(ReadOnlySpan<byte> data)
    {
        Start();
        if (data.Length == 0) return;
        _stream!.Write(data);
        _wroteData = true;
        _size += data.Length;
        if (_wrap == Inflater.Wrap.Zlib) _adler = ZlibModule.Adler32(data, _adler);
        else if (_wrap == Inflater.Wrap.Gzip) _crc = BinasciiModule.Crc32(data, _crc);
    }

    /// <summary>Z_SYNC_FLUSH / Z_FULL_FLUSH: everything so far becomes decodable output.</summary>
    public void Flush()
    {
        Start();
        if (_wroteData) _stream!.Flush();
    }

    public void Finish()
    {
        Start();
        _stream!.Dispose();
        // .NET writes nothing for a stream that never got data; zlib writes an empty final block.
        if (!_wroteData)
        {
            if (_level == 0) _sink.Write(new byte[] { 1, 0, 0, 0xFF, 0xFF });
            else _sink.Write(new byte[] { 3, 0 });
        }
        if (_wrap == Inflater.Wrap.Zlib)
        {
            _sink.WriteByte((byte)(_adler >> 24)); _sink.WriteByte((byte)(_adler >> 16));
            _sink.WriteByte((byte)(_adler >> 8)); _sink.WriteByte((byte)_adler);
        }
        else if (_wrap == Inflater.Wrap.Gzip)
        {
            for (int i = 0; i < 4; i++) _sink.WriteByte((byte)(_crc >> (8 * i)));
            for (int i = 0; i < 4; i++) _sink.WriteByte((byte)(_size >> (8 * i)));
        }
        Finished = true;
    }

    /// <summary>The compressed bytes produced since the last call.</summary>
    public byte[] TakeOutput()
    {
        var r = _sink.ToArray();
        _sink.SetLength(0);
        return r;
    }
}
