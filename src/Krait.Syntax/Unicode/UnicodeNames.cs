namespace Krait.Syntax.Unicode;

/// <summary>Unicode 14.0 character names (CPython 3.11's version), for <c>\N{...}</c> and later <c>unicodedata</c>.
/// Names come from the embedded table (see <c>tools/gen_unicode_data.py</c>); CJK unified ideographs and Hangul
/// syllables are named by rule. The table is read on first use.</summary>
public static class UnicodeNames
{
    const string HangulPrefix = "HANGUL SYLLABLE ";
    const string CjkPrefix = "CJK UNIFIED IDEOGRAPH-";
    const int HangulFirst = 0xAC00, HangulLast = 0xD7A3;
    const int VowelCount = 21, TrailCount = 28;

    // Short names of the conjoining jamo (Jamo.txt), in syllable composition order.
    static readonly string[] s_leads = { "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H" };
    static readonly string[] s_vowels = { "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I" };
    static readonly string[] s_trails = { "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H" };

    /// <summary>Looks a name up as <c>\N{name}</c> and <c>unicodedata.lookup</c> do: table names and aliases
    /// case-insensitively (ASCII only); the rule-named "HANGUL SYLLABLE ..." and "CJK UNIFIED IDEOGRAPH-XXXX"
    /// only in upper case, as CPython. Named sequences are not included.</summary>
    public static bool TryLookup(ReadOnlySpan<char> name, out int codePoint)
    {
        codePoint = 0;
        foreach (char c in name)
            if (c >= 0x80) return false;
        if (name.StartsWith(HangulPrefix, StringComparison.Ordinal))
            return TryLookupHangul(name.Slice(HangulPrefix.Length), out codePoint);
        if (name.StartsWith(CjkPrefix, StringComparison.Ordinal))
            return TryLookupCjk(name.Slice(CjkPrefix.Length), out codePoint);
        codePoint = NameTable.Instance.Lookup(name);
        if (codePoint >= 0) return true;
        codePoint = 0;
        return false;
    }

    /// <summary>The character's name, as <c>unicodedata.name</c> gives it (aliases are never returned).</summary>
    public static bool TryGetName(int codePoint, out string name)
    {
        name = "";
        if ((uint)codePoint > 0x10FFFF) return false;
        if (codePoint >= HangulFirst && codePoint <= HangulLast)
        {
            int s = codePoint - HangulFirst;
            name = string.Concat(HangulPrefix, s_leads[s / (VowelCount * TrailCount)],
                s_vowels[s % (VowelCount * TrailCount) / TrailCount], s_trails[s % TrailCount]);
            return true;
        }
        var table = NameTable.Instance;
        if (table.IsUnifiedIdeograph(codePoint))
        {
            name = CjkPrefix + codePoint.ToString("X4");
            return true;
        }
        int index = table.Find(codePoint);
        if (index < 0) return false;
        name = table.Decode(index);
        return true;
    }

    static bool TryLookupCjk(ReadOnlySpan<char> hex, out int codePoint)
    {
        codePoint = 0;
        if (hex.Length != 4 && hex.Length != 5) return false;
        int value = 0;
        foreach (char c in hex)
        {
            // Upper-case hex digits only, as CPython.
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) return false;
            value = value * 16 + digit;
        }
        if (!NameTable.Instance.IsUnifiedIdeograph(value)) return false;
        codePoint = value;
        return true;
    }

    static bool TryLookupHangul(ReadOnlySpan<char> rest, out int codePoint)
    {
        codePoint = 0;
        // Each part takes the longest jamo name that matches (CPython's rule; the lead and trail may be empty).
        int lead = LongestPrefix(s_leads, rest, out int length);
        if (lead < 0) return false;
        rest = rest.Slice(length);
        int vowel = LongestPrefix(s_vowels, rest, out length);
        if (vowel < 0) return false;
        rest = rest.Slice(length);
        int trail = LongestPrefix(s_trails, rest, out length);
        if (trail < 0 || length != rest.Length) return false;
        codePoint = HangulFirst + (lead * VowelCount + vowel) * TrailCount + trail;
        return true;
    }

    static int LongestPrefix(string[] names, ReadOnlySpan<char> text, out int length)
    {
        int best = -1;
        length = -1;
        for (int i = 0; i < names.Length; i++)
        {
            string n = names[i];
            if (n.Length > length && text.StartsWith(n, StringComparison.Ordinal))
            {
                best = i;
                length = n.Length;
            }
        }
        return best;
    }
}
