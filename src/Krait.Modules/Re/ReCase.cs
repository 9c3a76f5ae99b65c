using System.Text;

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

    /// <summary>Simple lowercase mapping (UnicodeData field 13), as CPython's _PyUnicode_ToLowercase.</summary>
    public static int Lower(int cp)
    {
        if (cp < 0x80) return cp is >= 'A' and <= 'Z' ? cp + 32 : cp;
        if (cp == 0x130) return 0x69;
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return cp;
        return Rune.ToLowerInvariant(new Rune(cp)).Value;
    }

    public static int Upper(int cp)
    {
        if (cp < 0x80) return cp is >= 'a' and <= 'z' ? cp - 32 : cp;
        if (cp == 0x131) return 0x49;
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return cp;
        return Rune.ToUpperInvariant(new Rune(cp)).Value;
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
    public static int[] Variants(int cp)
    {
        var classes = s_classes ??= MakeClasses();
        return classes.TryGetValue(Fold(cp), out var v) ? v : new[] { cp };
    }

    public static bool HasVariants(int cp) => Variants(cp).Length > 1;

    private static Dictionary<int, int[]> MakeClasses()
    {
        var groups = new Dictionary<int, List<int>>();
        for (int cp = 0; cp < 0x20000; cp++)
        {
            if (cp == 0xD800) cp = 0xE000;
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
