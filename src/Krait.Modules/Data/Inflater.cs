namespace Krait.Modules.Data;

/// <summary>A resumable DEFLATE decoder (RFC 1950/1951/1952) written here rather than .NET's DeflateStream,
/// because zlib's decompressobj semantics need exact control over input: where the stream ends
/// (unused_data), input left unread when max_length stops output (unconsumed_tail), and feeding a stream
/// in arbitrary pieces. Input not yet decodable is kept in a queue; every symbol or block header is decoded
/// from a checkpoint and rolled back if the input runs out in its middle.</summary>
internal sealed class Inflater
{
    public enum Wrap { Raw, Zlib, Gzip, Auto }

    private enum State { Header, BlockHeader, Stored, Codes, Trailer, Done }

    private Wrap _wrap;
    private readonly int _windowBits;
    private State _state = State.Header;
    private bool _lastBlock;

    // Input queue and bit reader.
    private byte[] _in = new byte[256];
    private int _inPos, _inEnd;
    private ulong _bits;
    private int _bitCount;

    // Output history for back references (the last 32 KiB, as a ring), and running checks.
    private byte[] _window = new byte[32768];
    private int _windowPos;
    private long _totalOut;
    private uint _adler = 1, _crc;

    // The current block.
    private int _storedLeft;
    private int[] _litTable = Array.Empty<int>(), _distTable = Array.Empty<int>();
    private int _litBits, _distBits;
    private int _copyLeft, _copyDist;

    public bool Eof => _state == State.Done;
    public string? ErrorMessage;
    /// <summary>zlib's return code for the error (-3 data error, 2 dictionary needed) and, when it is not the
    /// caller's, the step that failed.</summary>
    public int ErrorCode = -3;
    public string? ErrorContext;

    // A preset dictionary (zdict): given for zlib streams that ask for it; history bytes before the output.
    private byte[]? _dictionary;
    private int _dictionaryHistory;

    public byte[]? Dictionary
    {
        set
        {
            _dictionary = value;
            if (value != null && _wrap == Wrap.Raw) SetDictionary(value);
        }
    }

    private void SetDictionary(byte[] dict)
    {
        int n = Math.Min(dict.Length, 32768);
        for (int i = dict.Length - n; i < dict.Length; i++)
        {
            _window[_windowPos] = dict[i];
            _windowPos = (_windowPos + 1) & 32767;
        }
        _dictionaryHistory = Math.Min(dict.Length, 1 << (_windowBits == 0 ? 15 : _windowBits));
    }

    public Inflater(Wrap wrap, int windowBits)
    {
        _wrap = wrap;
        _windowBits = windowBits;
    }

    /// <summary>Bytes given but not yet decoded. After the end of the stream these are the unused data.</summary>
    public ReadOnlySpan<byte> Pending => _in.AsSpan(_inPos, _inEnd - _inPos);

    public void DropPending() { _inPos = _inEnd = 0; }

    public void Feed(ReadOnlySpan<byte> data)
    {
        if (_inPos > 0 && _inPos == _inEnd) _inPos = _inEnd = 0;
        if (_inEnd + data.Length > _in.Length)
        {
            int live = _inEnd - _inPos;
            int size = Math.Max(_in.Length, 256);
            while (size < live + data.Length) size *= 2;
            var n = size == _in.Length ? _in : new byte[size];
            Array.Copy(_in, _inPos, n, 0, live);
            _in = n;
            _inPos = 0;
            _inEnd = live;
        }
        data.CopyTo(_in.AsSpan(_inEnd));
        _inEnd += data.Length;
    }

    private bool Need(int n)
    {
        while (_bitCount < n)
        {
            if (_inPos >= _inEnd) return false;
            _bits |= (ulong)_in[_inPos++] << _bitCount;
            _bitCount += 8;
        }
        return true;
    }

    private int Take(int n)
    {
        int v = (int)(_bits & ((1UL << n) - 1));
        _bits >>= n;
        _bitCount -= n;
        return v;
    }

    private void AlignToByte() { int drop = _bitCount & 7; _bits >>= drop; _bitCount -= drop; }

    /// <summary>Reads a whole byte after alignment (from the bit buffer first).</summary>
    private bool TryByte(out int b)
    {
        if (!Need(8)) { b = 0; return false; }
        b = Take(8);
        return true;
    }

    private void Emit(byte b, List<byte> output)
    {
        output.Add(b);
        _window[_windowPos] = b;
        _windowPos = (_windowPos + 1) & 32767;
        _totalOut++;
    }

    /// <summary>Decodes as much as the input allows, appending at most <paramref name="maxOutput"/> bytes.
    /// Returns false with <see cref="ErrorMessage"/> set when the data are invalid.</summary>
    public bool Run(List<byte> output, long maxOutput)
    {
        int start = output.Count;
        _checkFrom = start;
        while (true)
        {
            if (output.Count - start >= maxOutput) break;
            int savePos = _inPos, saveCount = _bitCount;
            ulong saveBits = _bits;
            bool progressed;
            switch (_state)
            {
                case State.Header: progressed = ReadHeader(); break;
                case State.BlockHeader: progressed = ReadBlockHeader(); break;
                case State.Stored:
                {
                    if (_storedLeft == 0) { _state = _lastBlock ? State.Trailer : State.BlockHeader; progressed = true; break; }
                    progressed = false;
                    while (_storedLeft > 0 && output.Count - start < maxOutput && TryByte(out int b))
                    {
                        Emit((byte)b, output);
                        _storedLeft--;
                        progressed = true;
                    }
                    if (!progressed) goto needInput;
                    continue;
                }
                case State.Codes: progressed = DecodeCodes(output, start, maxOutput); break;
                case State.Trailer: SyncChecks(output); progressed = ReadTrailer(); break;
                default: goto finish;
            }
            if (ErrorMessage != null) { FinishChecks(output, start); return false; }
            if (!progressed)
            {
                _inPos = savePos; _bitCount = saveCount; _bits = saveBits;
                goto needInput;
            }
        }
    needInput:
    finish:
        FinishChecks(output, start);
        return true;
    }

    private int _checkFrom;

    /// <summary>Brings the Adler-32/CRC-32 of the output up to date (before the trailer is compared).</summary>
    private void SyncChecks(List<byte> output)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output).Slice(_checkFrom);
        if (_wrap == Wrap.Zlib) _adler = ZlibModule.Adler32(span, _adler);
        else if (_wrap == Wrap.Gzip) _crc = BinasciiModule.Crc32(span, _crc);
        _checkFrom = output.Count;
    }

    private void FinishChecks(List<byte> output, int start)
    {
        SyncChecks(output);
        // Whole bytes read ahead into the bit buffer go back to the queue, so Pending is exact.
        while (_bitCount >= 8) { _inPos--; _bitCount -= 8; }
        _bits &= (1UL << _bitCount) - 1;
    }

    public Inflater Clone()
    {
        var c = (Inflater)MemberwiseClone();
        c._in = (byte[])_in.Clone();
        c._window = (byte[])_window.Clone();
        return c;
    }

    private bool ReadHeader()
    {
        if (_wrap == Wrap.Auto)
        {
            if (!Need(16)) return false;
            int first = (int)(_bits & 0xFF), second = (int)(_bits >> 8 & 0xFF);
            _wrap = first == 0x1F && second == 0x8B ? Wrap.Gzip : Wrap.Zlib;
        }
        switch (_wrap)
        {
            case Wrap.Raw:
                _state = State.BlockHeader;
                return true;
            case Wrap.Zlib:
            {
                if (!Need(16)) return false;
                int cmf = Take(8), flg = Take(8);
                if (((cmf << 8) | flg) % 31 != 0) { ErrorMessage = "incorrect header check"; return true; }
                if ((cmf & 0x0F) != 8) { ErrorMessage = "unknown compression method"; return true; }
                if ((cmf >> 4) + 8 > (_windowBits == 0 ? 15 : _windowBits)) { ErrorMessage = "invalid window size"; return true; }
                if ((flg & 0x20) != 0)
                {
                    if (!Need(32)) return false;
                    uint id = (uint)Take(8) << 24 | (uint)Take(8) << 16 | (uint)Take(8) << 8 | (uint)Take(8);
                    // zlib reports Z_NEED_DICT (2) when no dictionary was given; a wrong one fails in inflateSetDictionary.
                    if (_dictionary == null) { ErrorCode = 2; ErrorMessage = "need dictionary"; return true; }
                    if (ZlibModule.Adler32(_dictionary, 1) != id)
                    {
                        ErrorMessage = "invalid input data";
                        ErrorContext = "setting zdict";
                        return true;
                    }
                    SetDictionary(_dictionary);
                }
                _state = State.BlockHeader;
                return true;
            }
            default:
            {
                if (!Need(16)) return false;
                if (Take(8) != 0x1F || Take(8) != 0x8B) { ErrorMessage = "incorrect header check"; return true; }
                if (!TryByte(out int cm)) return false;
                if (cm != 8) { ErrorMessage = "unknown compression method"; return true; }
                if (!TryByte(out int flags)) return false;
                if ((flags & 0xE0) != 0) { ErrorMessage = "unknown header flags set"; return true; }
                for (int i = 0; i < 6; i++) if (!TryByte(out _)) return false;
                if ((flags & 4) != 0)
                {
                    if (!TryByte(out int lo) || !TryByte(out int hi)) return false;
                    for (int i = 0; i < (lo | hi << 8); i++) if (!TryByte(out _)) return false;
                }
                for (int f = 8; f <= 16; f <<= 1)
                {
                    if (f != 8 && f != 16 || (flags & f) == 0) continue;
                    while (true)
                    {
                        if (!TryByte(out int c)) return false;
                        if (c == 0) break;
                    }
                }
                if ((flags & 2) != 0) for (int i = 0; i < 2; i++) if (!TryByte(out _)) return false;
                _state = State.BlockHeader;
                return true;
            }
        }
    }

    private bool ReadTrailer()
    {
        AlignToByte();
        if (_wrap == Wrap.Zlib)
        {
            if (!Need(32)) return false;
            uint v = 0;
            for (int i = 0; i < 4; i++) v = v << 8 | (uint)Take(8);
            if (v != _adler) { ErrorMessage = "incorrect data check"; return true; }
        }
        else if (_wrap == Wrap.Gzip)
        {
            if (!Need(32)) return false;
            uint crc = (uint)Take(16) | (uint)Take(16) << 16;
            if (!Need(32)) return false;
            uint size = (uint)Take(16) | (uint)Take(16) << 16;
            if (crc != _crc) { ErrorMessage = "incorrect data check"; return true; }
            if (size != (uint)_totalOut) { ErrorMessage = "incorrect length check"; return true; }
        }
        // Whole bytes left in the bit buffer go back to the input queue: they are past the stream.
        while (_bitCount >= 8) { _inPos--; _bitCount -= 8; }
        _bits = 0;
        _bitCount = 0;
        _state = State.Done;
        return true;
    }

    private bool ReadBlockHeader()
    {
        if (!Need(3)) return false;
        _lastBlock = Take(1) == 1;
        int type = Take(2);
        switch (type)
        {
            case 0:
            {
                AlignToByte();
                if (!Need(32)) return false;
                int len = Take(16), nlen = Take(16);
                if (len != (~nlen & 0xFFFF)) { ErrorMessage = "invalid stored block lengths"; return true; }
                _storedLeft = len;
                _state = State.Stored;
                return true;
            }
            case 1:
                _litTable = s_fixedLit ??= Build(FixedLitLengths(), out s_fixedLitBits);
                _litBits = s_fixedLitBits;
                _distTable = s_fixedDist ??= Build(Enumerable.Repeat((byte)5, 30).ToArray(), out s_fixedDistBits);
                _distBits = s_fixedDistBits;
                _state = State.Codes;
                return true;
            case 2:
                return ReadDynamicTables();
            default:
                ErrorMessage = "invalid block type";
                return true;
        }
    }

    private static int[]? s_fixedLit, s_fixedDist;
    private static int s_fixedLitBits, s_fixedDistBits;

    private static byte[] FixedLitLengths()
    {
        var l = new byte[288];
        for (int i = 0; i < 144; i++) l[i] = 8;
        for (int i = 144; i < 256; i++) l[i] = 9;
        for (int i = 256; i < 280; i++) l[i] = 7;
        for (int i = 280; i < 288; i++) l[i] = 8;
        return l;
    }

    private static readonly byte[] s_clOrder = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };

    private bool ReadDynamicTables()
    {
        if (!Need(14)) return false;
        int hlit = Take(5) + 257, hdist = Take(5) + 1, hclen = Take(4) + 4;
        if (hlit > 286 || hdist > 30) { ErrorMessage = "too many length or distance symbols"; return true; }
        var clLengths = new byte[19];
        for (int i = 0; i < hclen; i++)
        {
            if (!Need(3)) return false;
            clLengths[s_clOrder[i]] = (byte)Take(3);
        }
        var clTable = Build(clLengths, out int clBits);
        if (clTable.Length == 0 || !Complete(clLengths)) { ErrorMessage = "invalid code lengths set"; return true; }
        var lengths = new byte[hlit + hdist];
        int n = 0;
        while (n < lengths.Length)
        {
            int sym = Decode(clTable, clBits);
            if (sym == -1) return false;
            if (sym == -2) { ErrorMessage = "invalid code lengths set"; return true; }
            if (sym < 16) { lengths[n++] = (byte)sym; continue; }
            int repeat; byte value = 0;
            if (sym == 16)
            {
                if (n == 0) { ErrorMessage = "invalid bit length repeat"; return true; }
                if (!Need(2)) return false;
                value = lengths[n - 1];
                repeat = 3 + Take(2);
            }
            else if (sym == 17) { if (!Need(3)) return false; repeat = 3 + Take(3); }
            else { if (!Need(7)) return false; repeat = 11 + Take(7); }
            if (n + repeat > lengths.Length) { ErrorMessage = "invalid bit length repeat"; return true; }
            while (repeat-- > 0) lengths[n++] = value;
        }
        if (lengths[256] == 0) { ErrorMessage = "invalid code -- missing end-of-block"; return true; }
        var litLengths = lengths.AsSpan(0, hlit).ToArray();
        var distLengths = lengths.AsSpan(hlit).ToArray();
        if (Oversubscribed(litLengths) || (!Complete(litLengths) && Count(litLengths) != 1))
        { ErrorMessage = "invalid literal/lengths set"; return true; }
        if (Oversubscribed(distLengths) || (!Complete(distLengths) && Count(distLengths) > 1))
        { ErrorMessage = "invalid distances set"; return true; }
        _litTable = Build(litLengths, out _litBits);
        _distTable = Build(distLengths, out _distBits);
        _state = State.Codes;
        return true;
    }

    private static int Count(byte[] lengths) { int c = 0; foreach (var l in lengths) if (l != 0) c++; return c; }

    private static bool Oversubscribed(byte[] lengths)
    {
        long left = 1;
        var counts = new int[16];
        foreach (var l in lengths) counts[l]++;
        for (int len = 1; len < 16; len++) { left <<= 1; left -= counts[len]; if (left < 0) return true; }
        return false;
    }

    private static bool Complete(byte[] lengths)
    {
        long left = 1;
        var counts = new int[16];
        foreach (var l in lengths) counts[l]++;
        for (int len = 1; len < 16; len++) { left <<= 1; left -= counts[len]; }
        return left == 0;
    }

    /// <summary>A lookup table indexed by the next <paramref name="bits"/> input bits (LSB first): entry =
    /// symbol &lt;&lt; 4 | code length, 0 for no code.</summary>
    private static int[] Build(byte[] lengths, out int bits)
    {
        int max = 0;
        foreach (var l in lengths) if (l > max) max = l;
        bits = max;
        if (max == 0) return Array.Empty<int>();
        var counts = new int[16];
        foreach (var l in lengths) counts[l]++;
        counts[0] = 0;
        var next = new int[16];
        int code = 0;
        for (int len = 1; len <= 15; len++) { code = (code + counts[len - 1]) << 1; next[len] = code; }
        var table = new int[1 << max];
        for (int sym = 0; sym < lengths.Length; sym++)
        {
            int len = lengths[sym];
            if (len == 0) continue;
            int c = next[len]++;
            int rev = 0;
            for (int i = 0; i < len; i++) { rev = rev << 1 | (c & 1); c >>= 1; }
            for (int idx = rev; idx < table.Length; idx += 1 << len) table[idx] = sym << 4 | len;
        }
        return table;
    }

    /// <summary>The next symbol, -1 when more input is needed, -2 for a code not in the table.</summary>
    private int Decode(int[] table, int bits)
    {
        if (table.Length == 0) return -2;
        Need(bits);
        int e = table[(int)(_bits & ((1UL << bits) - 1))];
        int len = e & 15;
        if (len == 0) return _bitCount >= bits ? -2 : -1;
        if (len > _bitCount) return -1;
        _bits >>= len;
        _bitCount -= len;
        return e >> 4;
    }

    private static readonly int[] s_lenBase = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };
    private static readonly int[] s_lenExtra = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
    private static readonly int[] s_distBase = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
    private static readonly int[] s_distExtra = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };

    /// <summary>Literal/length symbols until the block ends, output is full, or input runs out (then false
    /// only if nothing was decoded, so the caller's checkpoint rollback covers just the partial symbol).</summary>
    private bool DecodeCodes(List<byte> output, int start, long maxOutput)
    {
        bool any = false;
        while (true)
        {
            if (_copyLeft > 0)
            {
                long room = maxOutput - (output.Count - start);
                if (room <= 0) return true;
                // The whole back reference (or what fits) in one loop over the output span and the window ring.
                int n = (int)Math.Min(_copyLeft, room);
                int at = output.Count;
                System.Runtime.InteropServices.CollectionsMarshal.SetCount(output, at + n);
                var dest = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output).Slice(at, n);
                var window = _window;
                int wp = _windowPos, back = _copyDist;
                for (int i = 0; i < dest.Length; i++)
                {
                    byte b = window[(wp - back) & 32767];
                    dest[i] = b;
                    window[wp] = b;
                    wp = (wp + 1) & 32767;
                }
                _windowPos = wp;
                _totalOut += n;
                _copyLeft -= n;
                any = true;
                if (_copyLeft > 0) return true;
            }
            if (output.Count - start >= maxOutput) return true;
            int savePos = _inPos, saveCount = _bitCount;
            ulong saveBits = _bits;
            int sym = Decode(_litTable, _litBits);
            if (sym == -2) { ErrorMessage = "invalid literal/length code"; return true; }
            if (sym == -1) { _inPos = savePos; _bitCount = saveCount; _bits = saveBits; return any; }
            if (sym < 256) { Emit((byte)sym, output); any = true; continue; }
            if (sym == 256) { _state = _lastBlock ? State.Trailer : State.BlockHeader; return true; }
            sym -= 257;
            if (sym >= 29) { ErrorMessage = "invalid literal/length code"; return true; }
            if (!Need(s_lenExtra[sym])) { _inPos = savePos; _bitCount = saveCount; _bits = saveBits; return any; }
            int length = s_lenBase[sym] + Take(s_lenExtra[sym]);
            int dsym = Decode(_distTable, _distBits);
            if (dsym == -2 || dsym >= 30) { ErrorMessage = "invalid distance code"; return true; }
            if (dsym == -1) { _inPos = savePos; _bitCount = saveCount; _bits = saveBits; return any; }
            if (!Need(s_distExtra[dsym])) { _inPos = savePos; _bitCount = saveCount; _bits = saveBits; return any; }
            int dist = s_distBase[dsym] + Take(s_distExtra[dsym]);
            if (dist > _totalOut + _dictionaryHistory || dist > (1 << (_windowBits == 0 ? 15 : _windowBits))) { ErrorMessage = "invalid distance too far back"; return true; }
            _copyLeft = length;
            _copyDist = dist;
            any = true;
        }
    }
}
