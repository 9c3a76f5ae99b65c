using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Krait.Modules.Data;

namespace Krait.Modules.Zlib;

/// <summary>A DEFLATE compressor that makes the same choices as zlib 1.2.13, so its output is byte-identical
/// to CPython's zlib module: the per-level configuration (good/lazy/nice/chain and stored/fast/slow routine),
/// the rolling hash and chain insertion rules, window sliding, lazy matching with the "too far" rule, the
/// symbol-buffer block boundary (from memLevel), stored/fixed/dynamic block choice and Huffman construction
/// (see DeflaterBlocks.cs). The caller drives it like zlib's deflate(): set input, give an output buffer,
/// call <see cref="Deflate"/> with a flush mode; how much output room each call has changes what level 0
/// emits, so <see cref="ZlibCompressor"/> supplies buffers the way CPython's zlib module does.</summary>
internal sealed partial class Deflater
{
    public const int NoFlush = 0, PartialFlush = 1, SyncFlush = 2, FullFlush = 3, Finish = 4, Block = 5;
    public const int Ok = 0, StreamEnd = 1, StreamError = -2, BufError = -5;

    private const int MinMatch = 3, MaxMatch = 258, MinLookahead = MaxMatch + MinMatch + 1, TooFar = 4096;
    private const int MaxStored = 65535;
    private const int InitState = 42, GzipState = 57, BusyState = 113, FinishState = 666;
    private enum BlockState { NeedMore, BlockDone, FinishStarted, FinishDone }

    private static readonly (int Good, int Lazy, int Nice, int Chain, int Routine)[] Config =
    {
        (0, 0, 0, 0, 0), (4, 4, 8, 4, 1), (4, 5, 16, 8, 1), (4, 6, 32, 32, 1), (4, 4, 16, 16, 2),
        (8, 16, 32, 32, 2), (8, 16, 128, 128, 2), (8, 32, 128, 256, 2), (32, 128, 258, 1024, 2), (32, 258, 258, 4096, 2),
    };

    // The stream: input, output room, running check value.
    private byte[] _input = Array.Empty<byte>();
    private int _nextIn, _availIn;
    private long _totalIn;
    private byte[] _output = Array.Empty<byte>();
    private int _nextOut, _availOut;
    private uint _check;

    private int _wrap, _status, _lastFlush;
    private readonly int _level, _strategy, _wBits, _wSize, _wMask, _windowSize;
    private readonly int _hashSize, _hashMask, _hashShift;
    private readonly int _litBufsize, _pendingBufSize;
    private readonly int _goodMatch, _maxLazyMatch, _niceMatch, _maxChainLength, _routine;

    private byte[] _window;
    private ushort[] _prev, _head;
    private byte[] _pendingBuf;
    private int _pendingOut, _pending;

    private int _insH, _strstart, _lookahead, _insert, _matchStart, _matchLength, _prevLength, _prevMatch;
    private bool _matchAvailable;
    private long _blockStart;

    public int AvailOut => _availOut;
    public int NextOut => _nextOut;
    public int AvailIn => _availIn;

    private int MaxDist => _wSize - MinLookahead;

    private Deflater(int level, int wBits, int wrap, int memLevel, int strategy)
    {
        _level = level; _strategy = strategy; _wrap = wrap;
        _wBits = wBits; _wSize = 1 << wBits; _wMask = _wSize - 1; _windowSize = 2 * _wSize;
        int hashBits = memLevel + 7;
        _hashSize = 1 << hashBits; _hashMask = _hashSize - 1; _hashShift = (hashBits + MinMatch - 1) / MinMatch;
        _litBufsize = 1 << (memLevel + 6);
        _pendingBufSize = _litBufsize * 4;
        var spare = _spare;
        if (spare != null && spare._wSize == _wSize && spare._litBufsize == _litBufsize && spare._hashSize == _hashSize)
        {
            // A finished one-shot compressor's arrays: cleared where zlib's fresh state would be zero.
            _spare = null;
            _window = spare._window; Array.Clear(_window);
            _prev = spare._prev; Array.Clear(_prev);
            _head = spare._head; Array.Clear(_head);
            _pendingBuf = spare._pendingBuf;
            _symDist = spare._symDist;
            _symLc = spare._symLc;
        }
        else
        {
            _window = new byte[_windowSize];
            _prev = new ushort[_wSize];
            _head = new ushort[_hashSize];
            // Room for the largest block zlib can emit at once (it bounds that by its buffer sharing; a stored
            // block is at most 64 KiB and a coded one at most 6 bytes a symbol) plus headers and trailers.
            _pendingBuf = new byte[6 * _litBufsize + MaxStored + 1024];
            _symDist = new ushort[_litBufsize];
            _symLc = new byte[_litBufsize];
        }
        _symEnd = _litBufsize - 1;
        _lTree = new HuffmanTree(HuffmanTree.LCodes, HuffmanTree.StaticLLen, HuffmanTree.ExtraLengthBits, HuffmanTree.LiteralCount + 1, HuffmanTree.MaxBits);
        _dTree = new HuffmanTree(HuffmanTree.DCodes, HuffmanTree.StaticDLen, HuffmanTree.ExtraDistBits, 0, HuffmanTree.MaxBits);
        _blTree = new HuffmanTree(HuffmanTree.BlCodes, null, HuffmanTree.ExtraBlBits, 0, HuffmanTree.MaxBlBits);
        var c = Config[level];
        _goodMatch = c.Good; _maxLazyMatch = c.Lazy; _niceMatch = c.Nice; _maxChainLength = c.Chain; _routine = c.Routine;
        // deflateReset
        _status = wrap == 2 ? GzipState : InitState;
        _check = wrap == 2 ? 0u : 1u;
        _lastFlush = -2;
        InitBlock();
        _matchLength = _prevLength = MinMatch - 1;
    }

    /// <summary>deflateInit2's checks; null where zlib answers Z_STREAM_ERROR.</summary>
    public static Deflater? Create(long level, long method, long wbits, long memLevel, long strategy)
    {
        if (level == -1) level = 6;
        int wrap = 1;
        if (wbits < 0)
        {
            wrap = 0;
            if (wbits < -15) return null;
            wbits = -wbits;
        }
        else if (wbits > 15) { wrap = 2; wbits -= 16; }
        if (memLevel < 1 || memLevel > 9 || method != 8 || wbits < 8 || wbits > 15 || level < 0 || level > 9
            || strategy < 0 || strategy > 4 || (wbits == 8 && wrap != 1))
            return null;
        if (wbits == 8) wbits = 9;
        return new Deflater((int)level, (int)wbits, wrap, (int)memLevel, (int)strategy);
    }

    /// <summary>One finished compressor per thread whose arrays the next one of the same sizes takes over
    /// (zlib.compress of many small strings would otherwise allocate ~400 KB each time).</summary>
    [ThreadStatic] private static Deflater? _spare;

    /// <summary>Called when this compressor will not be used again.</summary>
    public void Release()
    {
        _input = Array.Empty<byte>();
        _output = Array.Empty<byte>();
        _spare = this;
    }

    public Deflater Clone()
    {
        var d = (Deflater)MemberwiseClone();
        d._window = (byte[])_window.Clone();
        d._prev = (ushort[])_prev.Clone();
        d._head = (ushort[])_head.Clone();
        d._pendingBuf = (byte[])_pendingBuf.Clone();
        d._symDist = (ushort[])_symDist.Clone();
        d._symLc = (byte[])_symLc.Clone();
        d._lTree = _lTree.Clone(); d._dTree = _dTree.Clone(); d._blTree = _blTree.Clone();
        d._heap = (int[])_heap.Clone(); d._depth = (byte[])_depth.Clone();
        return d;
    }

    public void SetInput(byte[] data, int offset, int count) { _input = data; _nextIn = offset; _availIn = count; }
    public void SetOutput(byte[] buffer, int offset, int count) { _output = buffer; _nextOut = offset; _availOut = count; }

    /// <summary>deflateSetDictionary: false where zlib refuses (gzip, or after compression started).</summary>
    public bool SetDictionary(byte[] dict)
    {
        int wrap = _wrap;
        if (wrap == 2 || (wrap == 1 && _status != InitState) || _lookahead != 0) return false;
        if (wrap == 1) _check = ZlibModule.Adler32(dict, _check);
        _wrap = 0;
        int start = 0, length = dict.Length;
        if (length >= _wSize)
        {
            if (wrap == 0)
            {
                Array.Clear(_head);
                _strstart = 0; _blockStart = 0; _insert = 0;
            }
            start = length - _wSize;
            length = _wSize;
        }
        var savedIn = _input; int savedNext = _nextIn, savedAvail = _availIn;
        _input = dict; _nextIn = start; _availIn = length;
        FillWindow();
        while (_lookahead >= MinMatch)
        {
            int str = _strstart, n = _lookahead - (MinMatch - 1);
            do
            {
                _insH = ((_insH << _hashShift) ^ _window[str + MinMatch - 1]) & _hashMask;
                _prev[str & _wMask] = _head[_insH];
                _head[_insH] = (ushort)str;
                str++;
            } while (--n != 0);
            _strstart = str;
            _lookahead = MinMatch - 1;
            FillWindow();
        }
        _strstart += _lookahead;
        _blockStart = _strstart;
        _insert = _lookahead;
        _lookahead = 0;
        _matchLength = _prevLength = MinMatch - 1;
        _matchAvailable = false;
        _input = savedIn; _nextIn = savedNext; _availIn = savedAvail;
        _wrap = wrap;
        return true;
    }

    private static int Rank(int f) => f * 2 - (f > 4 ? 9 : 0);

    /// <summary>zlib's deflate(): compress what input and output room allow, honouring the flush mode.</summary>
    public int Deflate(int flush)
    {
        if (flush > Block || flush < 0) return StreamError;
        if (_status == FinishState && flush != Finish) return StreamError;
        if (_availOut == 0) return BufError;
        int oldFlush = _lastFlush;
        _lastFlush = flush;
        if (_pending != 0)
        {
            FlushPending();
            if (_availOut == 0) { _lastFlush = -1; return Ok; }
        }
        else if (_availIn == 0 && Rank(flush) <= Rank(oldFlush) && flush != Finish)
            return BufError;
        if (_status == FinishState && _availIn != 0) return BufError;
        if (_status == InitState && _wrap == 0) _status = BusyState;
        if (_status == InitState)
        {
            int header = (8 + ((_wBits - 8) << 4)) << 8;
            int levelFlags = _strategy >= 2 || _level < 2 ? 0 : _level < 6 ? 1 : _level == 6 ? 2 : 3;
            header |= levelFlags << 6;
            if (_strstart != 0) header |= 0x20;
            header += 31 - header % 31;
            PutShortMsb(header);
            if (_strstart != 0) { PutShortMsb((int)(_check >> 16)); PutShortMsb((int)(_check & 0xFFFF)); }
            _check = 1;
            _status = BusyState;
            FlushPending();
            if (_pending != 0) { _lastFlush = -1; return Ok; }
        }
        if (_status == GzipState)
        {
            _check = 0;
            PutByte(31); PutByte(139); PutByte(8);
            PutByte(0); PutByte(0); PutByte(0); PutByte(0); PutByte(0);
            PutByte((byte)(_level == 9 ? 2 : _strategy >= 2 || _level < 2 ? 4 : 0));
            PutByte(3); // OS_CODE: Unix
            _status = BusyState;
            FlushPending();
            if (_pending != 0) { _lastFlush = -1; return Ok; }
        }
        if (_availIn != 0 || _lookahead != 0 || (flush != NoFlush && _status != FinishState))
        {
            BlockState bstate = _level == 0 ? DeflateStored(flush)
                : _strategy == 2 ? DeflateHuff(flush)
                : _strategy == 3 ? DeflateRle(flush)
                : _routine == 1 ? DeflateFast(flush) : DeflateSlow(flush);
            if (bstate == BlockState.FinishStarted || bstate == BlockState.FinishDone) _status = FinishState;
            if (bstate == BlockState.NeedMore || bstate == BlockState.FinishStarted)
            {
                if (_availOut == 0) _lastFlush = -1;
                return Ok;
            }
            if (bstate == BlockState.BlockDone)
            {
                if (flush == PartialFlush) Align();
                else if (flush != Block)
                {
                    StoredBlock(null, 0, 0, false);
                    if (flush == FullFlush)
                    {
                        Array.Clear(_head);
                        if (_lookahead == 0) { _strstart = 0; _blockStart = 0; _insert = 0; }
                    }
                }
                FlushPending();
                if (_availOut == 0) { _lastFlush = -1; return Ok; }
            }
        }
        if (flush != Finish) return Ok;
        if (_wrap <= 0) return StreamEnd;
        if (_wrap == 2)
        {
            for (int i = 0; i < 4; i++) PutByte((byte)(_check >> (8 * i)));
            for (int i = 0; i < 4; i++) PutByte((byte)(_totalIn >> (8 * i)));
        }
        else
        {
            PutShortMsb((int)(_check >> 16));
            PutShortMsb((int)(_check & 0xFFFF));
        }
        FlushPending();
        if (_wrap > 0) _wrap = -_wrap;
        return _pending != 0 ? Ok : StreamEnd;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PutByte(byte b) => _pendingBuf[_pending++] = b;

    private void PutShortMsb(int b) { PutByte((byte)(b >> 8)); PutByte((byte)b); }

    /// <summary>Moves whole bytes of the bit buffer and then as much pending output as fits to the caller.</summary>
    private void FlushPending()
    {
        FlushBits();
        int len = Math.Min(_pending, _availOut);
        if (len == 0) return;
        Buffer.BlockCopy(_pendingBuf, _pendingOut, _output, _nextOut, len);
        _nextOut += len; _pendingOut += len; _availOut -= len; _pending -= len;
        if (_pending == 0) _pendingOut = 0;
    }

    /// <summary>Copies up to size input bytes to buf, updating the check value of the wrapper.</summary>
    private int ReadBuf(byte[] buf, int at, int size)
    {
        int len = Math.Min(_availIn, size);
        if (len == 0) return 0;
        _availIn -= len;
        Buffer.BlockCopy(_input, _nextIn, buf, at, len);
        if (_wrap == 1) _check = ZlibModule.Adler32(buf.AsSpan(at, len), _check);
        else if (_wrap == 2) _check = BinasciiModule.Crc32(buf.AsSpan(at, len), _check);
        _nextIn += len;
        _totalIn += len;
        return len;
    }

    /// <summary>Positions in the chains move down by the window size; those that fall out become 0 (none).</summary>
    private void SlideHash()
    {
        Slide(_head, (ushort)_wSize);
        Slide(_prev, (ushort)_wSize);
    }

    private static void Slide(ushort[] table, ushort wsize)
    {
        var span = table.AsSpan();
        int n = 0;
        if (Vector.IsHardwareAccelerated && span.Length >= Vector<ushort>.Count)
        {
            var w = new Vector<ushort>(wsize);
            var vectors = MemoryMarshal.Cast<ushort, Vector<ushort>>(span);
            for (int i = 0; i < vectors.Length; i++) vectors[i] = Vector.Max(vectors[i], w) - w;
            n = vectors.Length * Vector<ushort>.Count;
        }
        for (; n < span.Length; n++) { int m = span[n]; span[n] = (ushort)(m >= wsize ? m - wsize : 0); }
    }

    /// <summary>Reads input into the window when lookahead runs low, sliding the upper half down first when
    /// the current position is near the end, and (re)starts the rolling hash over the bytes not yet hashed.</summary>
    private void FillWindow()
    {
        int wsize = _wSize;
        do
        {
            int more = _windowSize - _lookahead - _strstart;
            if (_strstart >= wsize + MaxDist)
            {
                Buffer.BlockCopy(_window, wsize, _window, 0, wsize - more);
                _matchStart -= wsize;
                _strstart -= wsize;
                _blockStart -= wsize;
                if (_insert > _strstart) _insert = _strstart;
                SlideHash();
                more += wsize;
            }
            if (_availIn == 0) break;
            int n = ReadBuf(_window, _strstart + _lookahead, more);
            _lookahead += n;
            if (_lookahead + _insert >= MinMatch)
            {
                int str = _strstart - _insert;
                _insH = _window[str];
                _insH = ((_insH << _hashShift) ^ _window[str + 1]) & _hashMask;
                while (_insert != 0)
                {
                    _insH = ((_insH << _hashShift) ^ _window[str + MinMatch - 1]) & _hashMask;
                    _prev[str & _wMask] = _head[_insH];
                    _head[_insH] = (ushort)str;
                    str++;
                    _insert--;
                    if (_lookahead + _insert < MinMatch) break;
                }
            }
        } while (_lookahead < MinLookahead && _availIn != 0);
    }

    /// <summary>Hashes the string at str into the chains; returns the previous head of its chain.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int InsertString(int str)
    {
        int h = ((_insH << _hashShift) ^ _window[str + MinMatch - 1]) & _hashMask;
        _insH = h;
        int head = _head[h];
        _prev[str & _wMask] = (ushort)head;
        _head[h] = (ushort)str;
        return head;
    }

    /// <summary>Walks the hash chain from curMatch for the longest match longer than prev_length (zlib's
    /// longest_match: chain shortened when the previous match is already good, stop at nice length).</summary>
    private int LongestMatch(int curMatch)
    {
        int chainLength = _maxChainLength;
        int scan = _strstart;
        int bestLen = _prevLength;
        int niceMatch = _niceMatch;
        int limit = _strstart > MaxDist ? _strstart - MaxDist : 0;
        int wmask = _wMask;
        if (_prevLength >= _goodMatch) chainLength >>= 2;
        if (niceMatch > _lookahead) niceMatch = _lookahead;
        // Reads stay inside the window: strstart is at most window_size - MIN_LOOKAHEAD and a match is
        // compared over at most MAX_MATCH bytes.
        ref byte w = ref MemoryMarshal.GetArrayDataReference(_window);
        ref ushort prev = ref MemoryMarshal.GetArrayDataReference(_prev);
        ushort scanStart = Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref w, scan));
        ushort scanEnd = Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref w, scan + bestLen - 1));
        do
        {
            int match = curMatch;
            if (Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref w, match + bestLen - 1)) != scanEnd
                || Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref w, match)) != scanStart)
                continue;
            // Bytes 0 and 1 are equal and byte 2 is too (same hash chain), so the match is at least 3 long.
            int len = 3;
            while (len + 8 <= MaxMatch)
            {
                ulong x = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref w, scan + len))
                          ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref w, match + len));
                if (x != 0) { len += BitOperations.TrailingZeroCount(x) >> 3; goto found; }
                len += 8;
            }
            while (len < MaxMatch && Unsafe.Add(ref w, scan + len) == Unsafe.Add(ref w, match + len)) len++;
            found:
            if (len > bestLen)
            {
                _matchStart = curMatch;
                bestLen = len;
                if (len >= niceMatch) break;
                scanEnd = Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref w, scan + bestLen - 1));
            }
        } while ((curMatch = Unsafe.Add(ref prev, curMatch & wmask)) > limit && --chainLength != 0);
        return bestLen <= _lookahead ? bestLen : _lookahead;
    }

    /// <summary>Level 0: stored blocks, as large as the output room, the input and 64 KiB allow, copied
    /// straight from input to output when possible (zlib 1.2.11+'s deflate_stored).</summary>
    private BlockState DeflateStored(int flush)
    {
        FlushBits();
        int minBlock = Math.Min(_pendingBufSize - 5, _wSize);
        int len, left, have;
        bool last = false;
        int used = _availIn;
        do
        {
            len = MaxStored;
            have = (_biValid + 42) >> 3;
            if (_availOut < have) break;
            have = _availOut - have;
            left = (int)(_strstart - _blockStart);
            if (len > (long)left + _availIn) len = left + _availIn;
            if (len > have) len = have;
            if (len < minBlock && ((len == 0 && flush != Finish) || flush == NoFlush || len != left + _availIn))
                break;
            last = flush == Finish && len == left + _availIn;
            StoredBlock(null, 0, 0, last);
            _pendingBuf[_pending - 4] = (byte)len;
            _pendingBuf[_pending - 3] = (byte)(len >> 8);
            _pendingBuf[_pending - 2] = (byte)~len;
            _pendingBuf[_pending - 1] = (byte)(~len >> 8);
            FlushPending();
            if (left != 0)
            {
                if (left > len) left = len;
                Buffer.BlockCopy(_window, (int)_blockStart, _output, _nextOut, left);
                _nextOut += left; _availOut -= left;
                _blockStart += left;
                len -= left;
            }
            if (len != 0)
            {
                ReadBuf(_output, _nextOut, len);
                _nextOut += len; _availOut -= len;
            }
        } while (!last);

        used -= _availIn;
        if (used != 0)
        {
            if (used >= _wSize)
            {
                Buffer.BlockCopy(_input, _nextIn - _wSize, _window, 0, _wSize);
                _strstart = _wSize;
                _insert = _strstart;
            }
            else
            {
                if (_windowSize - _strstart <= used)
                {
                    _strstart -= _wSize;
                    Buffer.BlockCopy(_window, _wSize, _window, 0, _strstart);
                    if (_insert > _strstart) _insert = _strstart;
                }
                Buffer.BlockCopy(_input, _nextIn - used, _window, _strstart, used);
                _strstart += used;
                _insert += Math.Min(used, _wSize - _insert);
            }
            _blockStart = _strstart;
        }
        if (last) return BlockState.FinishDone;
        if (flush != NoFlush && flush != Finish && _availIn == 0 && _strstart == _blockStart) return BlockState.BlockDone;

        have = _windowSize - _strstart;
        if (_availIn > have && _blockStart >= _wSize)
        {
            _blockStart -= _wSize;
            _strstart -= _wSize;
            Buffer.BlockCopy(_window, _wSize, _window, 0, _strstart);
            have += _wSize;
            if (_insert > _strstart) _insert = _strstart;
        }
        if (have > _availIn) have = _availIn;
        if (have != 0)
        {
            ReadBuf(_window, _strstart, have);
            _strstart += have;
            _insert += Math.Min(have, _wSize - _insert);
        }

        have = (_biValid + 42) >> 3;
        have = Math.Min(_pendingBufSize - have, MaxStored);
        minBlock = Math.Min(have, _wSize);
        left = (int)(_strstart - _blockStart);
        if (left >= minBlock || ((left != 0 || flush == Finish) && flush != NoFlush && _availIn == 0 && left <= have))
        {
            len = Math.Min(left, have);
            last = flush == Finish && _availIn == 0 && len == left;
            StoredBlock(_window, (int)_blockStart, len, last);
            _blockStart += len;
            FlushPending();
        }
        return last ? BlockState.FinishStarted : BlockState.NeedMore;
    }

    /// <summary>Ends the current block (zlib's FLUSH_BLOCK_ONLY) and hands out what fits.</summary>
    private void FlushBlockOnly(bool last)
    {
        if (_blockStart >= 0) FlushBlock(_window, (int)_blockStart, (int)(_strstart - _blockStart), last);
        else FlushBlock(null, 0, (int)(_strstart - _blockStart), last);
        _blockStart = _strstart;
        FlushPending();
    }

    private BlockState FinishRoutine(int flush)
    {
        if (flush == Finish)
        {
            FlushBlockOnly(true);
            return _availOut == 0 ? BlockState.FinishStarted : BlockState.FinishDone;
        }
        if (_symNext != 0)
        {
            FlushBlockOnly(false);
            if (_availOut == 0) return BlockState.NeedMore;
        }
        return BlockState.BlockDone;
    }

    /// <summary>Levels 1-3: take the longest match at once; insert its strings only when it is short.</summary>
    private BlockState DeflateFast(int flush)
    {
        for (;;)
        {
            if (_lookahead < MinLookahead)
            {
                FillWindow();
                if (_lookahead < MinLookahead && flush == NoFlush) return BlockState.NeedMore;
                if (_lookahead == 0) break;
            }
            int hashHead = 0;
            if (_lookahead >= MinMatch) hashHead = InsertString(_strstart);
            if (hashHead != 0 && _strstart - hashHead <= MaxDist) _matchLength = LongestMatch(hashHead);
            bool bflush;
            if (_matchLength >= MinMatch)
            {
                bflush = TallyDist(_strstart - _matchStart, _matchLength - MinMatch);
                _lookahead -= _matchLength;
                if (_matchLength <= _maxLazyMatch && _lookahead >= MinMatch)
                {
                    _matchLength--;
                    do
                    {
                        _strstart++;
                        InsertString(_strstart);
                    } while (--_matchLength != 0);
                    _strstart++;
                }
                else
                {
                    _strstart += _matchLength;
                    _matchLength = 0;
                    _insH = _window[_strstart];
                    _insH = ((_insH << _hashShift) ^ _window[_strstart + 1]) & _hashMask;
                }
            }
            else
            {
                bflush = TallyLit(_window[_strstart]);
                _lookahead--;
                _strstart++;
            }
            if (bflush)
            {
                FlushBlockOnly(false);
                if (_availOut == 0) return BlockState.NeedMore;
            }
        }
        _insert = _strstart < MinMatch - 1 ? _strstart : MinMatch - 1;
        return FinishRoutine(flush);
    }

    /// <summary>Levels 4-9: lazy evaluation — a match is emitted only if the next position has no longer one.</summary>
    private BlockState DeflateSlow(int flush)
    {
        for (;;)
        {
            if (_lookahead < MinLookahead)
            {
                FillWindow();
                if (_lookahead < MinLookahead && flush == NoFlush) return BlockState.NeedMore;
                if (_lookahead == 0) break;
            }
            int hashHead = 0;
            if (_lookahead >= MinMatch) hashHead = InsertString(_strstart);
            _prevLength = _matchLength; _prevMatch = _matchStart;
            _matchLength = MinMatch - 1;
            if (hashHead != 0 && _prevLength < _maxLazyMatch && _strstart - hashHead <= MaxDist)
            {
                _matchLength = LongestMatch(hashHead);
                if (_matchLength <= 5 && (_strategy == 1 || (_matchLength == MinMatch && _strstart - _matchStart > TooFar)))
                    _matchLength = MinMatch - 1;
            }
            if (_prevLength >= MinMatch && _matchLength <= _prevLength)
            {
                int maxInsert = _strstart + _lookahead - MinMatch;
                bool bflush = TallyDist(_strstart - 1 - _prevMatch, _prevLength - MinMatch);
                _lookahead -= _prevLength - 1;
                _prevLength -= 2;
                do
                {
                    if (++_strstart <= maxInsert) InsertString(_strstart);
                } while (--_prevLength != 0);
                _matchAvailable = false;
                _matchLength = MinMatch - 1;
                _strstart++;
                if (bflush)
                {
                    FlushBlockOnly(false);
                    if (_availOut == 0) return BlockState.NeedMore;
                }
            }
            else if (_matchAvailable)
            {
                if (TallyLit(_window[_strstart - 1])) FlushBlockOnly(false);
                _strstart++;
                _lookahead--;
                if (_availOut == 0) return BlockState.NeedMore;
            }
            else
            {
                _matchAvailable = true;
                _strstart++;
                _lookahead--;
            }
        }
        if (_matchAvailable)
        {
            TallyLit(_window[_strstart - 1]);
            _matchAvailable = false;
        }
        _insert = _strstart < MinMatch - 1 ? _strstart : MinMatch - 1;
        return FinishRoutine(flush);
    }

    /// <summary>Z_RLE: matches only at distance 1.</summary>
    private BlockState DeflateRle(int flush)
    {
        var window = _window;
        for (;;)
        {
            if (_lookahead <= MaxMatch)
            {
                FillWindow();
                if (_lookahead <= MaxMatch && flush == NoFlush) return BlockState.NeedMore;
                if (_lookahead == 0) break;
            }
            _matchLength = 0;
            if (_lookahead >= MinMatch && _strstart > 0)
            {
                int s = _strstart;
                byte prev = window[s - 1];
                if (prev == window[s] && prev == window[s + 1] && prev == window[s + 2])
                {
                    int len = 3;
                    while (len < MaxMatch && window[s + len] == prev) len++;
                    _matchLength = len > _lookahead ? _lookahead : len;
                }
            }
            bool bflush;
            if (_matchLength >= MinMatch)
            {
                bflush = TallyDist(1, _matchLength - MinMatch);
                _lookahead -= _matchLength;
                _strstart += _matchLength;
                _matchLength = 0;
            }
            else
            {
                bflush = TallyLit(window[_strstart]);
                _lookahead--;
                _strstart++;
            }
            if (bflush)
            {
                FlushBlockOnly(false);
                if (_availOut == 0) return BlockState.NeedMore;
            }
        }
        _insert = 0;
        return FinishRoutine(flush);
    }

    /// <summary>Z_HUFFMAN_ONLY: literals only.</summary>
    private BlockState DeflateHuff(int flush)
    {
        for (;;)
        {
            if (_lookahead == 0)
            {
                FillWindow();
                if (_lookahead == 0)
                {
                    if (flush == NoFlush) return BlockState.NeedMore;
                    break;
                }
            }
            _matchLength = 0;
            bool bflush = TallyLit(_window[_strstart]);
            _lookahead--;
            _strstart++;
            if (bflush)
            {
                FlushBlockOnly(false);
                if (_availOut == 0) return BlockState.NeedMore;
            }
        }
        _insert = 0;
        return FinishRoutine(flush);
    }
}
