using System.Text;

namespace Krait.Syntax.Tokens;

/// <summary>NFKC normalization of identifiers, as CPython applies to every non-ASCII name. Implemented over
/// tables generated from Python's Unicode 14 database because .NET's <c>string.Normalize</c> is a no-op under
/// <c>InvariantGlobalization</c> (and would follow ICU's Unicode version otherwise).</summary>
internal static partial class IdentifierNormalizer
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    public static string Nfkc(string s)
    {
        var cps = new List<int>(s.Length + 4);
        // 1. Full compatibility decomposition.
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { cp = char.ConvertToUtf32(s[i], s[i + 1]); i++; }
            Decompose(cp, cps);
        }
        // 2. Canonical ordering: stable sort of each run of non-starters by combining class.
        for (int i = 1; i < cps.Count; i++)
        {
            int cc = CombiningClass(cps[i]);
            if (cc == 0) continue;
            int j = i;
            while (j > 0 && CombiningClass(cps[j - 1]) > cc) { (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]); j--; }
        }
        // 3. Canonical composition.
        if (cps.Count > 0)
        {
            int starter = 0;
            int lastClass = CombiningClass(cps[0]) == 0 ? 0 : 256;
            int outLen = 1;
            for (int i = 1; i < cps.Count; i++)
            {
                int ch = cps[i];
                int cc = CombiningClass(ch);
                int composite = Compose(cps[starter], ch);
                if (composite >= 0 && (lastClass < cc || lastClass == 0))
                {
                    cps[starter] = composite;
                    continue;
                }
                if (cc == 0) starter = outLen;
                lastClass = cc;
                cps[outLen++] = ch;
            }
            cps.RemoveRange(outLen, cps.Count - outLen);
        }
        var sb = new StringBuilder(cps.Count);
        foreach (int cp in cps) sb.Append(char.ConvertFromUtf32(cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp));
        return sb.ToString();
    }

    private static void Decompose(int cp, List<int> into)
    {
        if (cp < 0x80) { into.Add(cp); return; }
        int s = cp - SBase;
        if ((uint)s < SCount)
        {
            into.Add(LBase + s / NCount);
            into.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0) into.Add(TBase + s % TCount);
            return;
        }
        int k = DecompositionKeys.BinarySearch(cp);
        if (k < 0) { into.Add(cp); return; }
        for (int i = DecompositionOffsets[k]; i < DecompositionOffsets[k + 1]; i++) into.Add(DecompositionData[i]);
    }

    private static int CombiningClass(int cp)
    {
        if (cp < 0x300) return 0;
        ReadOnlySpan<int> r = CombiningClassRanges;
        int lo = 0, hi = r.Length / 3 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (cp < r[3 * mid]) hi = mid - 1;
            else if (cp > r[3 * mid + 1]) lo = mid + 1;
            else return r[3 * mid + 2];
        }
        return 0;
    }

    private static int Compose(int a, int b)
    {
        int l = a - LBase, v = b - VBase;
        if ((uint)l < LCount && (uint)v < VCount) return SBase + (l * VCount + v) * TCount;
        int sIndex = a - SBase, t = b - TBase;
        if ((uint)sIndex < SCount && sIndex % TCount == 0 && t > 0 && t < TCount) return a + t;
        int k = CompositionKeys.BinarySearch(((long)a << 21) | (long)b);
        return k >= 0 ? CompositionValues[k] : -1;
    }
}
