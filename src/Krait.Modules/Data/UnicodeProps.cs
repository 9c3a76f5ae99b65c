using System.IO.Compression;

namespace Krait.Modules.Data;

/// <summary>The unicodedata properties from UnicodeProps.bin (written by tools/gen_unicodedata_props.py from
/// CPython 3.11's Unicode 14.0.0 data), read on first use so start-up never pays for them.</summary>
internal sealed class UnicodeProps
{
    public readonly struct Record
    {
        public readonly byte Bidi, Combining, Eaw, Mirrored, DecimalPlus1, DigitPlus1;
        public readonly int NumericPlus1;
        public Record(byte bidi, byte ccc, byte eaw, byte mirrored, byte dec, byte dig, int num)
        { Bidi = bidi; Combining = ccc; Eaw = eaw; Mirrored = mirrored; DecimalPlus1 = dec; DigitPlus1 = dig; NumericPlus1 = num; }
    }

    private const int Block = 128;
    public readonly string[] BidiNames, EawNames;
    public readonly double[] Numerics;
    private readonly Record[] _records;
    private readonly ushort[] _blockIds;
    private readonly ushort[] _blocks;
    public readonly Dictionary<int, string> Decompositions;
    public readonly HashSet<int> Exclusions;

    private static UnicodeProps? s_instance;
    public static UnicodeProps Instance => s_instance ??= Load();

    public Record Get(int cp) => _records[_blocks[_blockIds[cp / Block] * Block + cp % Block]];

    private UnicodeProps(string[] bidi, string[] eaw, double[] numerics, Record[] records, ushort[] blockIds, ushort[] blocks,
                         Dictionary<int, string> decomps, HashSet<int> exclusions)
    {
        BidiNames = bidi; EawNames = eaw; Numerics = numerics; _records = records; _blockIds = blockIds; _blocks = blocks;
        Decompositions = decomps; Exclusions = exclusions;
    }

    private static UnicodeProps Load()
    {
        using var stream = typeof(UnicodeProps).Assembly.GetManifestResourceStream("Krait.Modules.Data.UnicodeProps.bin")
            ?? throw new InvalidOperationException("UnicodeProps.bin resource missing");
        using var zlib = new ZLibStream(stream, CompressionMode.Decompress);
        using var ms = new MemoryStream();
        zlib.CopyTo(ms);
        var data = ms.ToArray();
        int pos = 4;
        int Varint()
        {
            int v = 0, shift = 0;
            while (true)
            {
                byte b = data[pos++];
                v |= (b & 0x7F) << shift;
                if (b < 0x80) return v;
                shift += 7;
            }
        }
        string Str()
        {
            int len = data[pos++];
            var s = System.Text.Encoding.ASCII.GetString(data, pos, len);
            pos += len;
            return s;
        }
        string[] Strings() { var r = new string[Varint()]; for (int i = 0; i < r.Length; i++) r[i] = Str(); return r; }
        var bidi = Strings();
        var eaw = Strings();
        var numStrings = Strings();
        var numerics = new double[numStrings.Length];
        for (int i = 0; i < numerics.Length; i++)
            numerics[i] = double.Parse(numStrings[i], System.Globalization.CultureInfo.InvariantCulture);
        var records = new Record[Varint()];
        for (int i = 0; i < records.Length; i++)
        {
            var r = data.AsSpan(pos, 6);
            pos += 6;
            records[i] = new Record(r[0], r[1], r[2], r[3], r[4], r[5], Varint());
        }
        var blockIds = new ushort[Varint()];
        for (int i = 0; i < blockIds.Length; i++) blockIds[i] = (ushort)Varint();
        int nblocks = Varint();
        var blocks = new ushort[nblocks * Block];
        for (int i = 0; i < blocks.Length; i++) blocks[i] = (ushort)Varint();
        int ndec = Varint();
        var decomps = new Dictionary<int, string>(ndec);
        int cp = 0;
        for (int i = 0; i < ndec; i++) { cp += Varint(); decomps[cp] = Str(); }
        int nex = Varint();
        var ex = new HashSet<int>();
        cp = 0;
        for (int i = 0; i < nex; i++) { cp += Varint(); ex.Add(cp); }
        return new UnicodeProps(bidi, eaw, numerics, records, blockIds, blocks, decomps, ex);
    }
}
