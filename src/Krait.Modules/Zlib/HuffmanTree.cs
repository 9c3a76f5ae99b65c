namespace Krait.Modules.Zlib;

/// <summary>One of a DEFLATE block's three code trees (literal/length, distance, code-length) as zlib 1.2.13
/// keeps it: symbol frequencies, the code lengths and codes built from them, and the parent links of the
/// Huffman construction. The node arrays have room for the internal nodes (2 * symbols + 1).</summary>
internal sealed class HuffmanTree
{
    public const int MaxBits = 15, MaxBlBits = 7;
    public const int LiteralCount = 256, LengthCodes = 29, LCodes = LiteralCount + 1 + LengthCodes, DCodes = 30, BlCodes = 19;
    public const int EndBlock = 256;
    public const int HeapSize = 2 * LCodes + 1;

    public static readonly int[] ExtraLengthBits = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
    public static readonly int[] ExtraDistBits = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };
    public static readonly int[] ExtraBlBits = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7 };
    /// <summary>The order RFC 1951 sends the code-length code lengths in.</summary>
    public static readonly byte[] BlOrder = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };

    /// <summary>Length code (0..28) of a match length minus 3; 255 (length 258) has its own code 28.</summary>
    public static readonly byte[] LengthCode = new byte[256];
    public static readonly int[] BaseLength = new int[LengthCodes];
    /// <summary>Distance code of distance-1: index d for d below 256, else 256 + (d >> 7).</summary>
    public static readonly byte[] DistCode = new byte[512];
    public static readonly int[] BaseDist = new int[DCodes];
    public static readonly int[] StaticLCode = new int[LCodes + 2], StaticLLen = new int[LCodes + 2];
    public static readonly int[] StaticDCode = new int[DCodes], StaticDLen = new int[DCodes];

    static HuffmanTree()
    {
        int length = 0, code;
        for (code = 0; code < LengthCodes - 1; code++)
        {
            BaseLength[code] = length;
            for (int n = 0; n < 1 << ExtraLengthBits[code]; n++) LengthCode[length++] = (byte)code;
        }
        LengthCode[255] = (byte)code;
        BaseLength[LengthCodes - 1] = 255;
        int dist = 0;
        for (code = 0; code < 16; code++)
        {
            BaseDist[code] = dist;
            for (int n = 0; n < 1 << ExtraDistBits[code]; n++) DistCode[dist++] = (byte)code;
        }
        dist >>= 7;
        for (; code < DCodes; code++)
        {
            BaseDist[code] = dist << 7;
            for (int n = 0; n < 1 << (ExtraDistBits[code] - 7); n++) DistCode[256 + dist++] = (byte)code;
        }
        var count = new int[MaxBits + 1];
        for (int n = 0; n < LCodes + 2; n++)
        {
            StaticLLen[n] = n < 144 ? 8 : n < 256 ? 9 : n < 280 ? 7 : 8;
            count[StaticLLen[n]]++;
        }
        AssignCodes(StaticLCode, StaticLLen, LCodes + 1, count);
        for (int n = 0; n < DCodes; n++) { StaticDLen[n] = 5; StaticDCode[n] = Reverse(n, 5); }
    }

    public readonly int[] Freq, Len, Code, Dad;
    public int MaxCode;
    /// <summary>Lengths of the fixed code for the same symbols (null for the code-length tree).</summary>
    public readonly int[]? StaticLen;
    public readonly int[] ExtraBits;
    public readonly int ExtraBase, Elems, MaxLength;

    public HuffmanTree(int elems, int[]? staticLen, int[] extraBits, int extraBase, int maxLength)
    {
        int nodes = 2 * elems + 1;
        Freq = new int[nodes]; Len = new int[nodes]; Code = new int[nodes]; Dad = new int[nodes];
        Elems = elems; StaticLen = staticLen; ExtraBits = extraBits; ExtraBase = extraBase; MaxLength = maxLength;
    }

    public HuffmanTree Clone()
    {
        var t = new HuffmanTree(Elems, StaticLen, ExtraBits, ExtraBase, MaxLength) { MaxCode = MaxCode };
        Freq.CopyTo(t.Freq, 0); Len.CopyTo(t.Len, 0); Code.CopyTo(t.Code, 0); Dad.CopyTo(t.Dad, 0);
        return t;
    }

    public static int Reverse(int code, int len)
    {
        int r = 0;
        do { r |= code & 1; code >>= 1; r <<= 1; } while (--len > 0);
        return r >> 1;
    }

    /// <summary>Canonical codes (bit-reversed for LSB-first output) from code lengths and their counts.</summary>
    public static void AssignCodes(int[] codes, int[] lens, int maxCode, int[] blCount)
    {
        Span<int> next = stackalloc int[MaxBits + 1];
        int code = 0;
        for (int bits = 1; bits <= MaxBits; bits++)
        {
            code = (code + blCount[bits - 1]) << 1;
            next[bits] = code;
        }
        for (int n = 0; n <= maxCode; n++)
        {
            int len = lens[n];
            if (len != 0) codes[n] = Reverse(next[len]++, len);
        }
    }
}
