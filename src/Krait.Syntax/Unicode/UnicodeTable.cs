using System.IO.Compression;

namespace Krait.Syntax.Unicode;

/// <summary>Reads the embedded Unicode tables written by <c>tools/gen_unicode_data.py</c> (see there for the
/// layouts). The data is Unicode 14.0, CPython 3.11's version.</summary>
internal static class UnicodeResource
{
    internal static byte[] Read(string name, ReadOnlySpan<byte> magic)
    {
        using var stream = typeof(UnicodeResource).Assembly.GetManifestResourceStream("Krait.Syntax.Unicode." + name)
            ?? throw new InvalidOperationException(name + " resource is missing");
        using var zlib = new ZLibStream(stream, CompressionMode.Decompress);
        using var buffer = new MemoryStream(1 << 16);
        zlib.CopyTo(buffer);
        byte[] data = buffer.ToArray();
        if (!data.AsSpan().StartsWith(magic)) throw new InvalidDataException(name + ": bad header");
        return data;
    }

    internal static int ReadVarint(byte[] data, ref int pos)
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
}

/// <summary>General category of every code point, as a two-level table of 128-code-point blocks.</summary>
internal sealed class CategoryTable
{
    /// <summary>Category names in the generator's order (index 0 is Cn, the category of unassigned code points).</summary>
    internal static readonly string[] Names =
    {
        "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe",
        "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co",
    };

    const int BlockShift = 7;

    readonly ushort[] _blockIndex;
    readonly byte[] _blocks;

    static CategoryTable? s_instance;
    internal static CategoryTable Instance => s_instance ??= new CategoryTable(UnicodeResource.Read("UnicodeCategories.bin", "KUC1"u8));

    CategoryTable(byte[] data)
    {
        int pos = 4;
        int blockCount = UnicodeResource.ReadVarint(data, ref pos);
        if (blockCount != 0x110000 >> BlockShift) throw new InvalidDataException("UnicodeCategories.bin: wrong block count");
        _blockIndex = new ushort[blockCount];
        for (int i = 0; i < blockCount; i++) _blockIndex[i] = (ushort)UnicodeResource.ReadVarint(data, ref pos);
        int distinct = UnicodeResource.ReadVarint(data, ref pos);
        _blocks = data.AsSpan(pos, distinct << BlockShift).ToArray();
    }

    /// <summary>Index into <see cref="Names"/>; <paramref name="codePoint"/> must be in 0..0x10FFFF.</summary>
    internal byte Get(int codePoint) =>
        _blocks[(_blockIndex[codePoint >> BlockShift] << BlockShift) | (codePoint & ((1 << BlockShift) - 1))];
}

/// <summary>Character names from UnicodeData.txt, name aliases and the CJK unified ideograph ranges.</summary>
internal sealed class NameTable
{
    internal readonly int[] CjkFirst;
    internal readonly int[] CjkLast;

    /// <summary>Start of each dictionary word in <see cref="_data"/>; its length is the byte before it.</summary>
    readonly int[] _wordStart;
    /// <summary>Code points that have a name in UnicodeData.txt, ascending.</summary>
    readonly int[] _codePoints;
    /// <summary>For each entry of <see cref="_codePoints"/>: offset of its encoded name in <see cref="_data"/>.</summary>
    readonly int[] _offsets;
    readonly byte[] _data;
    /// <summary>Open-addressed hash of upper-cased names and aliases: 0 = empty, n = name n-1, or alias
    /// n-1-Count. Built from the encoded names without making strings of them.</summary>
    int[]? _slots;

    internal readonly int[] AliasCodePoints;
    internal readonly string[] Aliases;

    static NameTable? s_instance;
    internal static NameTable Instance => s_instance ??= new NameTable(UnicodeResource.Read("UnicodeNames.bin", "KUN1"u8));

    NameTable(byte[] data)
    {
        _data = data;
        int pos = 4;
        int cjkCount = UnicodeResource.ReadVarint(data, ref pos);
        CjkFirst = new int[cjkCount];
        CjkLast = new int[cjkCount];
        for (int i = 0; i < cjkCount; i++)
        {
            CjkFirst[i] = UnicodeResource.ReadVarint(data, ref pos);
            CjkLast[i] = UnicodeResource.ReadVarint(data, ref pos);
        }

        int wordCount = UnicodeResource.ReadVarint(data, ref pos);
        _wordStart = new int[wordCount];
        for (int i = 0; i < wordCount; i++)
        {
            int length = data[pos++];
            _wordStart[i] = pos;
            pos += length;
        }

        int nameCount = UnicodeResource.ReadVarint(data, ref pos);
        _codePoints = new int[nameCount];
        _offsets = new int[nameCount];
        int cp = 0;
        for (int i = 0; i < nameCount; i++)
        {
            cp += UnicodeResource.ReadVarint(data, ref pos);
            _codePoints[i] = cp;
            _offsets[i] = pos;
            int words = data[pos++];
            for (int w = 0; w < words; w++)
                while (data[pos++] >= 0x80) { }
        }

        int aliasCount = UnicodeResource.ReadVarint(data, ref pos);
        AliasCodePoints = new int[aliasCount];
        Aliases = new string[aliasCount];
        for (int i = 0; i < aliasCount; i++)
        {
            AliasCodePoints[i] = UnicodeResource.ReadVarint(data, ref pos);
            int length = data[pos++];
            Aliases[i] = System.Text.Encoding.ASCII.GetString(data, pos, length);
            pos += length;
        }
    }

    internal int Count => _codePoints.Length;
    internal int CodePoint(int index) => _codePoints[index];
    internal int Find(int codePoint) => Array.BinarySearch(_codePoints, codePoint);

    internal bool IsUnifiedIdeograph(int codePoint)
    {
        for (int i = 0; i < CjkFirst.Length; i++)
            if (codePoint >= CjkFirst[i] && codePoint <= CjkLast[i]) return true;
        return false;
    }

    internal string Decode(int index)
    {
        int pos = _offsets[index];
        int words = _data[pos++];
        int length = words - 1, p = pos;
        for (int w = 0; w < words; w++)
            length += _data[_wordStart[UnicodeResource.ReadVarint(_data, ref p)] - 1];
        return string.Create(length, (this, pos, words), static (span, state) =>
        {
            var (table, pos, words) = state;
            int at = 0;
            for (int w = 0; w < words; w++)
            {
                if (w > 0) span[at++] = ' ';
                int start = table._wordStart[UnicodeResource.ReadVarint(table._data, ref pos)];
                int count = table._data[start - 1];
                for (int i = 0; i < count; i++) span[at++] = (char)table._data[start + i];
            }
        });
    }

    /// <summary>The code point whose name or alias is <paramref name="name"/>, compared ignoring ASCII case; -1 if
    /// none. <paramref name="name"/> must be ASCII.</summary>
    internal int Lookup(ReadOnlySpan<char> name)
    {
        var slots = _slots ??= BuildSlots();
        int mask = slots.Length - 1;
        uint hash = Fnv1aUpper(name);
        for (int i = (int)(hash & mask); ; i = (i + 1) & mask)
        {
            int entry = slots[i] - 1;
            if (entry < 0) return -1;
            if (entry < Count)
            {
                if (NameEquals(entry, name)) return _codePoints[entry];
            }
            else if (name.Equals(Aliases[entry - Count], StringComparison.OrdinalIgnoreCase))
                return AliasCodePoints[entry - Count];
        }
    }

    int[] BuildSlots()
    {
        int size = 1;
        while (size < 2 * (Count + Aliases.Length)) size <<= 1;
        var slots = new int[size];
        for (int entry = 0; entry < Count + Aliases.Length; entry++)
        {
            uint hash = entry < Count ? HashName(entry) : Fnv1aUpper(Aliases[entry - Count]);
            int i = (int)(hash & (size - 1));
            while (slots[i] != 0) i = (i + 1) & (size - 1);
            slots[i] = entry + 1;
        }
        return slots;
    }

    const uint FnvOffset = 2166136261, FnvPrime = 16777619;

    static uint Fnv1aUpper(ReadOnlySpan<char> text)
    {
        uint hash = FnvOffset;
        foreach (char c in text)
            hash = (hash ^ (uint)(c >= 'a' && c <= 'z' ? c - 32 : c)) * FnvPrime;
        return hash;
    }

    /// <summary>The same hash as <see cref="Fnv1aUpper"/> of the name's text (names are upper case already).</summary>
    uint HashName(int index)
    {
        int pos = _offsets[index];
        int words = _data[pos++];
        uint hash = FnvOffset;
        for (int w = 0; w < words; w++)
        {
            if (w > 0) hash = (hash ^ ' ') * FnvPrime;
            int start = _wordStart[UnicodeResource.ReadVarint(_data, ref pos)];
            int end = start + _data[start - 1];
            for (int i = start; i < end; i++) hash = (hash ^ _data[i]) * FnvPrime;
        }
        return hash;
    }

    bool NameEquals(int index, ReadOnlySpan<char> name)
    {
        int pos = _offsets[index];
        int words = _data[pos++];
        int at = 0;
        for (int w = 0; w < words; w++)
        {
            if (w > 0)
            {
                if (at >= name.Length || name[at++] != ' ') return false;
            }
            int start = _wordStart[UnicodeResource.ReadVarint(_data, ref pos)];
            int count = _data[start - 1];
            if (name.Length - at < count) return false;
            for (int i = 0; i < count; i++)
            {
                char c = name[at++];
                if (c >= 'a' && c <= 'z') c = (char)(c - 32);
                if (c != _data[start + i]) return false;
            }
        }
        return at == name.Length;
    }
}
