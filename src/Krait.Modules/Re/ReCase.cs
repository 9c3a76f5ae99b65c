using Krait.Runtime;

namespace Krait.Modules.Re;

/// <summary>Case folding as sre does it for IGNORECASE: characters compare equal when their simple lowercase
/// forms are equal, plus the extra equivalences sre adds (dotless i, long s, the Greek symbol variants, ...).</summary>
internal static class ReCase
{
    // Lowercase characters sre treats as the same letter although simple lowercasing keeps them apart.
    private static readonly int[][] s_equivalences =
    {
        new[] { 0x69, 0x131 }, new[] { 0x73, 0x17f }, new[] { 0xb5, 0x3bc }, new[] { 0x345, 0x3b9, 0x1fbe },
        new[] { 0x390, 0x1fd3 }, new[] { 0x3b0, 0x1fe3 }, new[] { 0x3b2, 0x3d0 }, new[] { 0x3b5, 0x3f5 },
        new[] { 0x3b8, 0x3d1 }, new[] { 0x3ba, 0x3f0 }, new[] { 0x3c0, 0x3d6 }, new[] { 0x3c1, 0x3f1 },
        new[] { 0x3c2, 0x3c3 }, new[] { 0x3c6, 0x3d5 }, new[] { 0x1e61, 0x1e9b }, new[] { 0xfb05, 0xfb06 },
        new[] { 0x432, 0x1c80 }, new[] { 0x434, 0x1c81 }, new[] { 0x43e, 0x1c82 }, new[] { 0x441, 0x1c83 },
        new[] { 0x442, 0x1c84, 0x1c85 }, new[] { 0x44a, 0x1c86 }, new[] { 0x463, 0x1c87 }, new[] { 0x1c88, 0xa64b },
    };

    private static readonly Dictionary<int, int> s_canon = MakeCanon();
    private static readonly int[] s_latin1Fold = MakeLatin1();
    private static Dictionary<int, int[]>? s_classes;

    private static Dictionary<int, int> MakeCanon()
    {
        var d = new Dictionary<int, int>();
        foreach (var g in s_equivalences)
            foreach (var c in g) d[c] = g[0];
        return d;
    }

    private static int[] MakeLatin1()
    {
        var a = new int[256];
        for (int i = 0; i < 256; i++) a[i] = FoldSlow(i);
        return a;
    }

    /// <summary>Simple lowercase mapping (UnicodeData field 13), as CPython's _PyUnicode_ToLowercase, from the
    /// Unicode 14 tables CPython 3.11 uses (not .NET's newer data, which relates more characters).</summary>
    public static int Lower(int cp) => cp < 0x10000 ? (s_bmpLower ??= BmpTable(StrMethods.SimpleLower))[cp] : StrMethods.SimpleLower(cp);

    public static int Upper(int cp) => cp == 0x131 ? 0x49 : StrMethods.SimpleUpper(cp);

    // The BMP's lowercase mappings in one array (made on first use): matching with IGNORECASE folds every
    // character it compares.
    private static char[]? s_bmpLower;

    private static char[] BmpTable(Func<int, int> map)
    {
        var t = new char[0x10000];
        for (int cp = 0; cp < t.Length; cp++)
        {
            int m = map(cp);
            t[cp] = m < 0x10000 ? (char)m : (char)cp;
        }
        return t;
    }

    private static int FoldSlow(int cp)
    {
        int l = Lower(cp);
        return s_canon.TryGetValue(l, out var c) ? c : l;
    }

    /// <summary>The representative of cp's case class (unicode rules).</summary>
    public static int Fold(int cp) => cp < 256 ? s_latin1Fold[cp] : FoldSlow(cp);

    public static int FoldAscii(int cp) => cp is >= 'A' and <= 'Z' ? cp + 32 : cp;

    /// <summary>Every character in cp's case class (cp included).</summary>
    public static int[] Variants(int cp) => TryGetVariants(cp, out var v) ? v : new[] { cp };

    /// <summary>cp's case class when it has other members (no allocation: matching asks for every character).</summary>
    public static bool TryGetVariants(int cp, out int[] variants)
    {
        var classes = s_classes ??= MakeClasses();
        return classes.TryGetValue(Fold(cp), out variants!);
    }

    public static bool HasVariants(int cp) => Variants(cp).Length > 1;

    // The blocks holding every character that has a simple case mapping (checked against Unicode 14 data), so
    // building the classes scans about 15k code points instead of all of them.
    private static readonly (int, int)[] s_casedBlocks =
    {
        (0, 0x58F), (0x10A0, 0x10FF), (0x13A0, 0x13FF), (0x1C80, 0x1CBF), (0x1D00, 0x1FFF), (0x2100, 0x218F),
        (0x24B6, 0x24E9), (0x2C00, 0x2D2F), (0xA640, 0xA7FF), (0xAB50, 0xABBF), (0xFB00, 0xFB06), (0xFF21, 0xFF5A),
        (0x10400, 0x104FF), (0x10570, 0x105BF), (0x10C80, 0x10CFF), (0x118A0, 0x118DF), (0x16E40, 0x16E9F),
        (0x1E900, 0x1E94B),
    };

    private static Dictionary<int, int[]> MakeClasses()
    {
        var groups = new Dictionary<int, List<int>>();
        foreach (var (lo, hi) in s_casedBlocks)
        for (int cp = lo; cp <= hi; cp++)
        {
            int f = FoldSlow(cp);
            if (f == cp && Upper(cp) == cp && !s_canon.ContainsKey(cp)) continue;
            if (!groups.TryGetValue(f, out var list)) groups[f] = list = new List<int>();
            list.Add(cp);
        }
        var d = new Dictionary<int, int[]>();
        foreach (var (k, list) in groups)
        {
            if (!list.Contains(k)) list.Add(k);
            if (list.Count > 1) d[k] = list.ToArray();
        }
        return d;
    }
}
