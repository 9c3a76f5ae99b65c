using System.Text;

namespace Krait.Modules.Data;

/// <summary>NFC/NFD/NFKC/NFKD (UAX #15): full decomposition (Hangul by rule), canonical ordering, then
/// canonical composition with the exclusions from <see cref="UnicodeProps"/>.</summary>
internal static class UnicodeNormalizer
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static Dictionary<int, int[]>? s_canonical, s_compat;
    private static Dictionary<long, int>? s_compose;

    private static void Build()
    {
        var props = UnicodeProps.Instance;
        var canonical = new Dictionary<int, int[]>();
        var compat = new Dictionary<int, int[]>();
        var compose = new Dictionary<long, int>();
        foreach (var (cp, text) in props.Decompositions)
        {
            var parts = text.Split(' ');
            bool tagged = parts[0].StartsWith('<');
            var cps = new List<int>();
            for (int i = tagged ? 1 : 0; i < parts.Length; i++) cps.Add(Convert.ToInt32(parts[i], 16));
            var arr = cps.ToArray();
            compat[cp] = arr;
            if (tagged) continue;
            canonical[cp] = arr;
            if (arr.Length == 2 && !props.Exclusions.Contains(cp)) compose[(long)arr[0] << 21 | (uint)arr[1]] = cp;
        }
        s_compat = compat;
        s_compose = compose;
        s_canonical = canonical;
    }

    public static int Combining(int cp) => cp < 0x300 ? 0 : UnicodeProps.Instance.Get(cp).Combining;

    private static void Decompose(int cp, bool compat, List<int> o)
    {
        if (cp >= SBase && cp < SBase + SCount)
        {
            int s = cp - SBase;
            o.Add(LBase + s / NCount);
            o.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0) o.Add(TBase + s % TCount);
            return;
        }
        var table = compat ? s_compat! : s_canonical!;
        if (table.TryGetValue(cp, out var parts))
        {
            foreach (int p in parts) Decompose(p, compat, o);
            return;
        }
        o.Add(cp);
    }

    private static int Compose(int a, int b)
    {
        if (a >= LBase && a < LBase + LCount && b >= VBase && b < VBase + VCount)
            return SBase + ((a - LBase) * VCount + (b - VBase)) * TCount;
        if (a >= SBase && a < SBase + SCount && (a - SBase) % TCount == 0 && b > TBase && b < TBase + TCount)
            return a + (b - TBase);
        return s_compose!.TryGetValue((long)a << 21 | (uint)b, out int c) ? c : -1;
    }

    /// <summary>form is "NFC", "NFD", "NFKC" or "NFKD" (checked by the caller).</summary>
    public static string Normalize(string form, string s)
    {
        // Below U+00A0 nothing decomposes or composes, so such text is in every form already.
        bool simple = true;
        foreach (char c in s) if (c >= 0xA0) { simple = false; break; }
        if (simple) return s;
        if (s_canonical == null) Build();
        bool compat = form[2] == 'K';
        var cps = new List<int>(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(s[i], s[++i]);
            Decompose(cp, compat, cps);
        }
        // Canonical ordering: a stable sort by combining class of each run of non-starters.
        var ccc = new int[cps.Count];
        for (int i = 0; i < cps.Count; i++) ccc[i] = Combining(cps[i]);
        for (int i = 1; i < cps.Count; i++)
        {
            if (ccc[i] == 0) continue;
            int j = i;
            while (j > 0 && ccc[j - 1] > ccc[j])
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                (ccc[j - 1], ccc[j]) = (ccc[j], ccc[j - 1]);
                j--;
            }
        }
        if (form[^1] == 'C' && cps.Count > 1)
        {
            int starterPos = 0, outLen = 1;
            int lastClass = ccc[0] != 0 ? 256 : 0;
            bool starterValid = ccc[0] == 0;
            for (int i = 1; i < cps.Count; i++)
            {
                int ch = cps[i], cls = ccc[i];
                int composite = starterValid ? Compose(cps[starterPos], ch) : -1;
                if (composite >= 0 && (lastClass < cls || lastClass == 0))
                {
                    cps[starterPos] = composite;
                    continue;
                }
                if (cls == 0) { starterPos = outLen; starterValid = true; }
                lastClass = cls;
                cps[outLen++] = ch;
            }
            cps.RemoveRange(outLen, cps.Count - outLen);
        }
        var sb = new StringBuilder(cps.Count);
        foreach (int cp in cps)
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }
}
