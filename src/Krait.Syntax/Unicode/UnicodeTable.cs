using System.IO.Compression;

namespace Krait.Syntax.Unicode;

/// <summary>The Unicode 14.0 data (CPython 3.11's version) from the embedded <c>UnicodeData.bin</c>, written by
/// <c>tools/gen_unicode_data.py</c> (see there for the layout). Decoded once, on first use.</summary>
internal sealed class UnicodeTable
{
    /// <summary>Category names in the generator's order (index 0 is Cn, the category of unassigned code points).</summary>
    internal static readonly string[] CategoryNames =
    {
        "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe",
        "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co",
    };

    const int BlockShift = 7;
    const int BlockSize = 1 << BlockShift;

    /// <summary>Two-level category table: block number -> start of its (deduplicated) block in <see cref="_categoryBlocks"/>.</summary>
    readonly int[] _blockStart;
    readonly byte[] _categoryBlocks;

    internal readonly int[] CjkFirst;
    internal readonly int[] CjkLast;

    readonly string[] _words;
    /// <summary>Code points that have a name in UnicodeData.txt, ascending.</summary>
    readonly int[] _nameCodePoints;
    /// <summary>For each entry of <see cref="_nameCodePoints"/>: offset of its encoded name in <see cref="_data"/>.</summary>
    readonly int[] _nameOffsets;
    readonly byte[] _data;

    internal readonly int[] AliasCodePoints;
    internal readonly string[] Aliases;

    static UnicodeTable? s_instance;
    internal static UnicodeTable Instance => s_instance ??= Load();

    static UnicodeTable Load()
    {
        using var stream = typeof(UnicodeTable).Assembly.GetManifestResourceStream("Krait.Syntax.Unicode.UnicodeData.bin")
            ?? throw new InvalidOperationException("UnicodeData.bin resource is missing");
        using var zlib = new ZLibStream(stream, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        zlib.CopyTo(buffer);
        return new UnicodeTable(buffer.ToArray());
    }

    UnicodeTable(byte[] data)
    {
        _data = data;
        if (data.Length < 4 || data[0] != 'K' || data[1] != 'U' || data[2] != 'D' || data[3] != '1')
            throw new InvalidDataException("UnicodeData.bin: bad header");
        int pos = 4;

        // Categories: expand the runs, then share identical blocks.
        var flat = new byte[0x110000];
        int runCount = ReadVarint(data, ref pos);
        int cp = 0;
        for (int i = 0; i < runCount; i++)
        {
            int length = ReadVarint(data, ref pos);
            byte category = data[pos++];
            flat.AsSpan(cp, length).Fill(category);
            cp += length;
        }
        if (cp != 0x110000) throw new InvalidDataException("UnicodeData.bin: category runs do not cover the code space");
        int blockCount = 0x110000 >> BlockShift;
        _blockStart = new int[blockCount];
        var blocks = new MemoryStream();
        var seen = new Dictionary<string, int>();
        for (int b = 0; b < blockCount; b++)
        {
            var block = flat.AsSpan(b << BlockShift, BlockSize);
            string key = Convert.ToBase64String(block);
            if (!seen.TryGetValue(key, out int start))
            {
                start = (int)blocks.Length;
                blocks.Write(block);
                seen.Add(key, start);
            }
            _blockStart[b] = start;
        }
        _categoryBlocks = blocks.ToArray();

        int cjkCount = ReadVarint(data, ref pos);
        CjkFirst = new int[cjkCount];
        CjkLast = new int[cjkCount];
        for (int i = 0; i < cjkCount; i++)
        {
            CjkFirst[i] = ReadVarint(data, ref pos);
            CjkLast[i] = ReadVarint(data, ref pos);
        }

        int wordCount = ReadVarint(data, ref pos);
        _words = new string[wordCount];
        for (int i = 0; i < wordCount; i++)
        {
            int length = data[pos++];
            _words[i] = System.Text.Encoding.ASCII.GetString(data, pos, length);
            pos += length;
        }

        int nameCount = ReadVarint(data, ref pos);
        _nameCodePoints = new int[nameCount];
        _nameOffsets = new int[nameCount];
        cp = 0;
        for (int i = 0; i < nameCount; i++)
        {
            cp += ReadVarint(data, ref pos);
            _nameCodePoints[i] = cp;
            _nameOffsets[i] = pos;
            int words = data[pos++];
            for (int w = 0; w < words; w++) ReadVarint(data, ref pos);
        }

        int aliasCount = ReadVarint(data, ref pos);
        AliasCodePoints = new int[aliasCount];
        Aliases = new string[aliasCount];
        for (int i = 0; i < aliasCount; i++)
        {
            AliasCodePoints[i] = ReadVarint(data, ref pos);
            int length = data[pos++];
            Aliases[i] = System.Text.Encoding.ASCII.GetString(data, pos, length);
            pos += length;
        }
    }

    static int ReadVarint(byte[] data, ref int pos)
    {
        int value = 0, shift = 0;
        while (true)
        {
            byte b = data[pos++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value;
            shift += 7;
        }
    }

    internal byte CategoryIndex(int codePoint) =>
        _categoryBlocks[_blockStart[codePoint >> BlockShift] + (codePoint & (BlockSize - 1))];

    internal int NameCount => _nameCodePoints.Length;
    internal int NameCodePoint(int index) => _nameCodePoints[index];
    internal int FindName(int codePoint) => Array.BinarySearch(_nameCodePoints, codePoint);

    internal string DecodeName(int index)
    {
        int pos = _nameOffsets[index];
        int words = _data[pos++];
        if (words == 1) return _words[ReadVarint(_data, ref pos)];
        var sb = new System.Text.StringBuilder(48);
        for (int w = 0; w < words; w++)
        {
            if (w > 0) sb.Append(' ');
            sb.Append(_words[ReadVarint(_data, ref pos)]);
        }
        return sb.ToString();
    }
}
