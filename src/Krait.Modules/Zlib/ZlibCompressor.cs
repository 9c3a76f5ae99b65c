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

    [ThreadStatic] private static byte[]? _firstBlock;

    /// <summary>The output blocks of one call.</summary>
    private struct Output
    {
        private byte[]? _first;
        private List<byte[]>? _more;
        private int _count;

        public void Start(Deflater d)
        {
            _first = _firstBlock ?? new byte[BlockSizes[0]];
            _firstBlock = null;
            _count = 1;
            d.SetOutput(_first, 0, _first.Length);
        }

        public void Grow(Deflater d)
        {
            var b = new byte[BlockSizes[Math.Min(_count, BlockSizes.Length - 1)]];
            (_more ??= new List<byte[]>()).Add(b);
            _count++;
            d.SetOutput(b, 0, b.Length);
        }

        public byte[] Finish(Deflater d)
        {
            int firstLen = _more == null ? _first!.Length - d.AvailOut : _first!.Length;
            long total = firstLen;
            if (_more != null)
                for (int i = 0; i < _more.Count; i++) total += i == _more.Count - 1 ? _more[i].Length - d.AvailOut : _more[i].Length;
            var r = total == 0 ? Array.Empty<byte>() : new byte[total];
            Buffer.BlockCopy(_first, 0, r, 0, firstLen);
            long at = firstLen;
            if (_more != null)
                for (int i = 0; i < _more.Count; i++)
                {
                    int n = i == _more.Count - 1 ? _more[i].Length - d.AvailOut : _more[i].Length;
                    Buffer.BlockCopy(_more[i], 0, r, (int)at, n);
                    at += n;
                }
            _firstBlock = _first;
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
        return o.Finish(d);
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
