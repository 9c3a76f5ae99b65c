namespace Krait.Modules.Zlib;

/// <summary>Drives a <see cref="Deflater"/> the way CPython 3.11's zlib module drives zlib's deflate(): the
/// output goes into blocks of 32 KiB, 64 KiB, 256 KiB, 1 MiB, ... and deflate() is called again whenever a block
/// is full. The block sizes matter for the bytes: level 0 sizes its stored blocks by the output room, and a
/// flush that exactly fills a block is repeated by zlib (an extra empty stored block).</summary>
internal static class ZlibCompressor
{
    private static readonly int[] BlockSizes =
    {
        32 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20, 8 << 20, 16 << 20, 16 << 20,
        32 << 20, 32 << 20, 32 << 20, 32 << 20, 64 << 20, 64 << 20, 128 << 20, 128 << 20, 256 << 20,
    };

    /// <summary>The output of one call: CPython's blocks are only simulated (the output room each deflate()
    /// call gets); the bytes go to one scratch buffer kept between calls, then to an exact-size result.</summary>
    [ThreadStatic] private static byte[]? _scratch;
    private const int KeepScratchUpTo = 8 << 20;

    private struct Output
    {
        private byte[] _buffer;
        private int _blocks, _end;

        public void Start(Deflater d)
        {
            _buffer = _scratch ?? new byte[BlockSizes[0]];
            _scratch = null;
            _blocks = 1;
            _end = BlockSizes[0];
            d.SetOutput(_buffer, 0, BlockSizes[0]);
        }

        public void Grow(Deflater d)
        {
            int size = BlockSizes[Math.Min(_blocks, BlockSizes.Length - 1)];
            int start = _end;
            if ((long)start + size > Array.MaxLength) throw new OutOfMemoryException();
            if (start + size > _buffer.Length)
            {
                var bigger = new byte[Math.Max(start + size, (int)Math.Min(Array.MaxLength, 2L * _buffer.Length))];
                Buffer.BlockCopy(_buffer, 0, bigger, 0, start);
                _buffer = bigger;
            }
            _blocks++;
            _end = start + size;
            d.SetOutput(_buffer, start, size);
        }

        public byte[] Finish(Deflater d)
        {
            int total = _end - d.AvailOut;
            var r = total == 0 ? Array.Empty<byte>() : _buffer.AsSpan(0, total).ToArray();
            if (_buffer.Length <= KeepScratchUpTo) _scratch = _buffer;
            d.SetOutput(Array.Empty<byte>(), 0, 0);
            return r;
        }
    }

    /// <summary>zlib.compress: all input, then Z_FINISH.</summary>
    public static byte[] CompressAll(Deflater d, byte[] data, int offset, int count)
    {
        var o = new Output();
        o.Start(d);
        d.SetInput(data, offset, count);
        do
        {
            if (d.AvailOut == 0) o.Grow(d);
            d.Deflate(Deflater.Finish);
        } while (d.AvailOut == 0);
        var r = o.Finish(d);
        d.Release();
        return r;
    }

    /// <summary>Compress.compress: deflate(Z_NO_FLUSH) until the input is taken and output room is left.</summary>
    public static byte[] Compress(Deflater d, byte[] data, int offset, int count, out int error)
    {
        var o = new Output();
        o.Start(d);
        d.SetInput(data, offset, count);
        error = 0;
        do
        {
            if (d.AvailOut == 0) o.Grow(d);
            int err = d.Deflate(Deflater.NoFlush);
            if (err == Deflater.StreamError) { error = err; break; }
        } while (d.AvailOut == 0);
        d.SetInput(Array.Empty<byte>(), 0, 0);
        return o.Finish(d);
    }

    /// <summary>Compress.flush(mode) for a mode other than Z_NO_FLUSH; streamEnd when Z_FINISH completed.</summary>
    public static byte[] Flush(Deflater d, int mode, out int result)
    {
        var o = new Output();
        o.Start(d);
        int err;
        do
        {
            if (d.AvailOut == 0) o.Grow(d);
            err = d.Deflate(mode);
            if (err == Deflater.StreamError) break;
        } while (d.AvailOut == 0);
        result = err;
        return o.Finish(d);
    }
}
