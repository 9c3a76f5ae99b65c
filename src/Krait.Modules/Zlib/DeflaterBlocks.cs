using System.Runtime.CompilerServices;

namespace Krait.Modules.Zlib;

/// <summary>Block output of <see cref="Deflater"/>: the symbol buffer, the choice between stored, fixed and
/// dynamic blocks by their computed sizes, length-limited Huffman construction with zlib's heap order and
/// tie-breaking (equal frequencies: the shallower subtree first), and the bit writer.</summary>
internal sealed partial class Deflater
{
    private ushort[] _symDist;
    private byte[] _symLc;
    private int _symNext;
    private readonly int _symEnd;

    private HuffmanTree _lTree, _dTree, _blTree;
    private int[] _heap = new int[HuffmanTree.HeapSize];
    private byte[] _depth = new byte[HuffmanTree.HeapSize];
    private readonly int[] _blCount = new int[HuffmanTree.MaxBits + 1];
    private int _heapLen, _heapMax;
    private long _optLen, _staticLen;

    private ulong _biBuf;
    private int _biValid;

    private void InitBlock()
    {
        Array.Clear(_lTree.Freq, 0, HuffmanTree.LCodes);
        Array.Clear(_dTree.Freq, 0, HuffmanTree.DCodes);
        Array.Clear(_blTree.Freq, 0, HuffmanTree.BlCodes);
        _lTree.Freq[HuffmanTree.EndBlock] = 1;
        _optLen = _staticLen = 0;
        _symNext = 0;
    }

    /// <summary>Records a literal; true when the symbol buffer is full and the block must end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TallyLit(byte c)
    {
        _symDist[_symNext] = 0;
        _symLc[_symNext++] = c;
        _lTree.Freq[c]++;
        return _symNext == _symEnd;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TallyDist(int distance, int length)
    {
        _symDist[_symNext] = (ushort)distance;
        _symLc[_symNext++] = (byte)length;
        distance--;
        _lTree.Freq[HuffmanTree.LengthCode[length] + HuffmanTree.LiteralCount + 1]++;
        _dTree.Freq[DistanceCode(distance)]++;
        return _symNext == _symEnd;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int DistanceCode(int dist) => dist < 256 ? HuffmanTree.DistCode[dist] : HuffmanTree.DistCode[256 + (dist >> 7)];

    // ---- bits ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SendBits(int value, int length)
    {
        _biBuf |= (ulong)(uint)value << _biValid;
        _biValid += length;
        if (_biValid >= 32)
        {
            var p = _pendingBuf;
            int at = _pending;
            p[at] = (byte)_biBuf; p[at + 1] = (byte)(_biBuf >> 8); p[at + 2] = (byte)(_biBuf >> 16); p[at + 3] = (byte)(_biBuf >> 24);
            _pending = at + 4;
            _biBuf >>= 32;
            _biValid -= 32;
        }
    }

    /// <summary>Moves the whole bytes of the bit buffer to pending output (fewer than 8 bits stay).</summary>
    private void FlushBits()
    {
        while (_biValid >= 8)
        {
            PutByte((byte)_biBuf);
            _biBuf >>= 8;
            _biValid -= 8;
        }
    }

    private void Windup()
    {
        FlushBits();
        if (_biValid > 0) PutByte((byte)_biBuf);
        _biBuf = 0;
        _biValid = 0;
    }

    // ---- blocks ----

    private void StoredBlock(byte[]? buf, int offset, int storedLen, bool last)
    {
        SendBits(last ? 1 : 0, 3);
        Windup();
        PutByte((byte)storedLen); PutByte((byte)(storedLen >> 8));
        PutByte((byte)~storedLen); PutByte((byte)(~storedLen >> 8));
        if (storedLen != 0) Buffer.BlockCopy(buf!, offset, _pendingBuf, _pending, storedLen);
        _pending += storedLen;
    }

    /// <summary>Z_PARTIAL_FLUSH: an empty fixed block.</summary>
    private void Align()
    {
        SendBits(1 << 1, 3);
        SendBits(HuffmanTree.StaticLCode[HuffmanTree.EndBlock], HuffmanTree.StaticLLen[HuffmanTree.EndBlock]);
        FlushBits();
    }

    /// <summary>Emits the buffered symbols as whichever of stored, fixed or dynamic block is smallest
    /// (buf is null when the block's start has slid out of the window, ruling out a stored block).</summary>
    private void FlushBlock(byte[]? buf, int offset, int storedLen, bool last)
    {
        BuildTree(_lTree);
        BuildTree(_dTree);
        int maxBlIndex = BuildBlTree();
        long optLenb = (_optLen + 3 + 7) >> 3;
        long staticLenb = (_staticLen + 3 + 7) >> 3;
        if (staticLenb <= optLenb || _strategy == 4) optLenb = staticLenb;
        if (storedLen + 4 <= optLenb && buf != null)
            StoredBlock(buf, offset, storedLen, last);
        else if (staticLenb == optLenb)
        {
            SendBits((1 << 1) + (last ? 1 : 0), 3);
            CompressBlock(HuffmanTree.StaticLCode, HuffmanTree.StaticLLen, HuffmanTree.StaticDCode, HuffmanTree.StaticDLen);
        }
        else
        {
            SendBits((2 << 1) + (last ? 1 : 0), 3);
            SendAllTrees(_lTree.MaxCode + 1, _dTree.MaxCode + 1, maxBlIndex + 1);
            CompressBlock(_lTree.Code, _lTree.Len, _dTree.Code, _dTree.Len);
        }
        InitBlock();
        if (last) Windup();
    }

    private void CompressBlock(int[] lCode, int[] lLen, int[] dCode, int[] dLen)
    {
        var symDist = _symDist;
        var symLc = _symLc;
        for (int sx = 0; sx < _symNext; sx++)
        {
            int dist = symDist[sx];
            int lc = symLc[sx];
            if (dist == 0)
                SendBits(lCode[lc], lLen[lc]);
            else
            {
                int code = HuffmanTree.LengthCode[lc];
                SendBits(lCode[code + HuffmanTree.LiteralCount + 1], lLen[code + HuffmanTree.LiteralCount + 1]);
                int extra = HuffmanTree.ExtraLengthBits[code];
                if (extra != 0) SendBits(lc - HuffmanTree.BaseLength[code], extra);
                dist--;
                code = DistanceCode(dist);
                SendBits(dCode[code], dLen[code]);
                extra = HuffmanTree.ExtraDistBits[code];
                if (extra != 0) SendBits(dist - HuffmanTree.BaseDist[code], extra);
            }
        }
        SendBits(lCode[HuffmanTree.EndBlock], lLen[HuffmanTree.EndBlock]);
    }

    // ---- Huffman construction ----

    /// <summary>Is node n lighter than node m: lower frequency, or equal frequency and no deeper.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Smaller(int[] freq, int n, int m) =>
        freq[n] < freq[m] || (freq[n] == freq[m] && _depth[n] <= _depth[m]);

    private void DownHeap(int[] freq, int k)
    {
        var heap = _heap;
        int v = heap[k];
        int j = k << 1;
        while (j <= _heapLen)
        {
            if (j < _heapLen && Smaller(freq, heap[j + 1], heap[j])) j++;
            if (Smaller(freq, v, heap[j])) break;
            heap[k] = heap[j];
            k = j;
            j <<= 1;
        }
        heap[k] = v;
    }

    private void BuildTree(HuffmanTree tree)
    {
        var freq = tree.Freq;
        var len = tree.Len;
        var heap = _heap;
        int elems = tree.Elems;
        int maxCode = -1;
        _heapLen = 0;
        _heapMax = HuffmanTree.HeapSize;
        for (int n = 0; n < elems; n++)
        {
            if (freq[n] != 0) { heap[++_heapLen] = maxCode = n; _depth[n] = 0; }
            else len[n] = 0;
        }
        // A code needs two symbols; give unused ones frequency 1 (their cost is taken back from the sizes).
        while (_heapLen < 2)
        {
            int node = heap[++_heapLen] = maxCode < 2 ? ++maxCode : 0;
            freq[node] = 1;
            _depth[node] = 0;
            _optLen--;
            if (tree.StaticLen != null) _staticLen -= tree.StaticLen[node];
        }
        tree.MaxCode = maxCode;
        for (int n = _heapLen / 2; n >= 1; n--) DownHeap(freq, n);
        int next = elems;
        do
        {
            int n = heap[1];
            heap[1] = heap[_heapLen--];
            DownHeap(freq, 1);
            int m = heap[1];
            heap[--_heapMax] = n;
            heap[--_heapMax] = m;
            freq[next] = freq[n] + freq[m];
            _depth[next] = (byte)((_depth[n] >= _depth[m] ? _depth[n] : _depth[m]) + 1);
            tree.Dad[n] = tree.Dad[m] = next;
            heap[1] = next++;
            DownHeap(freq, 1);
        } while (_heapLen >= 2);
        heap[--_heapMax] = heap[1];
        GenBitLengths(tree);
        HuffmanTree.AssignCodes(tree.Code, tree.Len, maxCode, _blCount);
    }

    /// <summary>Code lengths from the tree, limited to the tree's maximum by moving overflowing leaves down
    /// as zlib does, and the block size with this code (opt_len) and with the fixed code (static_len).</summary>
    private void GenBitLengths(HuffmanTree tree)
    {
        var freq = tree.Freq;
        var len = tree.Len;
        var dad = tree.Dad;
        var heap = _heap;
        int maxCode = tree.MaxCode, maxLength = tree.MaxLength, extraBase = tree.ExtraBase;
        var extra = tree.ExtraBits;
        var stree = tree.StaticLen;
        int overflow = 0;
        Array.Clear(_blCount);
        len[heap[_heapMax]] = 0;
        int h;
        for (h = _heapMax + 1; h < HuffmanTree.HeapSize; h++)
        {
            int n = heap[h];
            int bits = len[dad[n]] + 1;
            if (bits > maxLength) { bits = maxLength; overflow++; }
            len[n] = bits;
            if (n > maxCode) continue;
            _blCount[bits]++;
            int xbits = n >= extraBase ? extra[n - extraBase] : 0;
            long f = freq[n];
            _optLen += f * (bits + xbits);
            if (stree != null) _staticLen += f * (stree[n] + xbits);
        }
        if (overflow == 0) return;
        do
        {
            int bits = maxLength - 1;
            while (_blCount[bits] == 0) bits--;
            _blCount[bits]--;
            _blCount[bits + 1] += 2;
            _blCount[maxLength]--;
            overflow -= 2;
        } while (overflow > 0);
        for (int bits = maxLength; bits != 0; bits--)
        {
            int n = _blCount[bits];
            while (n != 0)
            {
                int m = heap[--h];
                if (m > maxCode) continue;
                if (len[m] != bits)
                {
                    _optLen += ((long)bits - len[m]) * freq[m];
                    len[m] = bits;
                }
                n--;
            }
        }
    }

    /// <summary>Counts the code-length symbols (with run-length codes 16/17/18) that will describe a tree.</summary>
    private void ScanTree(HuffmanTree tree)
    {
        var len = tree.Len;
        int maxCode = tree.MaxCode;
        var blFreq = _blTree.Freq;
        int prevLen = -1, nextLen = len[0], count = 0, maxCount = 7, minCount = 4;
        if (nextLen == 0) { maxCount = 138; minCount = 3; }
        for (int n = 0; n <= maxCode; n++)
        {
            int curLen = nextLen;
            nextLen = n + 1 <= maxCode ? len[n + 1] : 0xFFFF;
            if (++count < maxCount && curLen == nextLen) continue;
            if (count < minCount) blFreq[curLen] += count;
            else if (curLen != 0)
            {
                if (curLen != prevLen) blFreq[curLen]++;
                blFreq[16]++;
            }
            else if (count <= 10) blFreq[17]++;
            else blFreq[18]++;
            count = 0;
            prevLen = curLen;
            if (nextLen == 0) { maxCount = 138; minCount = 3; }
            else if (curLen == nextLen) { maxCount = 6; minCount = 3; }
            else { maxCount = 7; minCount = 4; }
        }
    }

    private void SendTree(HuffmanTree tree, int maxCode)
    {
        var len = tree.Len;
        var blCode = _blTree.Code;
        var blLen = _blTree.Len;
        int prevLen = -1, nextLen = len[0], count = 0, maxCount = 7, minCount = 4;
        if (nextLen == 0) { maxCount = 138; minCount = 3; }
        for (int n = 0; n <= maxCode; n++)
        {
            int curLen = nextLen;
            nextLen = n + 1 <= maxCode ? len[n + 1] : 0xFFFF;
            if (++count < maxCount && curLen == nextLen) continue;
            if (count < minCount)
            {
                do { SendBits(blCode[curLen], blLen[curLen]); } while (--count != 0);
            }
            else if (curLen != 0)
            {
                if (curLen != prevLen) { SendBits(blCode[curLen], blLen[curLen]); count--; }
                SendBits(blCode[16], blLen[16]);
                SendBits(count - 3, 2);
            }
            else if (count <= 10) { SendBits(blCode[17], blLen[17]); SendBits(count - 3, 3); }
            else { SendBits(blCode[18], blLen[18]); SendBits(count - 11, 7); }
            count = 0;
            prevLen = curLen;
            if (nextLen == 0) { maxCount = 138; minCount = 3; }
            else if (curLen == nextLen) { maxCount = 6; minCount = 3; }
            else { maxCount = 7; minCount = 4; }
        }
    }

    /// <summary>Builds the code-length tree; returns the index (in send order) of the last length sent.</summary>
    private int BuildBlTree()
    {
        ScanTree(_lTree);
        ScanTree(_dTree);
        BuildTree(_blTree);
        int maxBlIndex;
        for (maxBlIndex = HuffmanTree.BlCodes - 1; maxBlIndex >= 3; maxBlIndex--)
            if (_blTree.Len[HuffmanTree.BlOrder[maxBlIndex]] != 0) break;
        _optLen += 3 * ((long)maxBlIndex + 1) + 5 + 5 + 4;
        return maxBlIndex;
    }

    private void SendAllTrees(int lcodes, int dcodes, int blcodes)
    {
        SendBits(lcodes - 257, 5);
        SendBits(dcodes - 1, 5);
        SendBits(blcodes - 4, 4);
        for (int rank = 0; rank < blcodes; rank++) SendBits(_blTree.Len[HuffmanTree.BlOrder[rank]], 3);
        SendTree(_lTree, lcodes - 1);
        SendTree(_dTree, dcodes - 1);
    }
}
