using System.Globalization;

namespace Krait.Modules.Re;

[Flags]
internal enum ReCategory
{
    None = 0, Digit = 1, NotDigit = 2, Word = 4, NotWord = 8, Space = 16, NotSpace = 32,
}

internal enum CaseMode { None, Ascii, Unicode }

/// <summary>A character class: literal members below 256 in a bitmap, others as sorted ranges, plus the
/// category escapes (\d \w \s and negations). The full answer for every Latin-1 character (case folding and
/// negation included) is precomputed so the common case is one bit test.</summary>
internal sealed class ReCharSet
{
    private readonly ulong[] _low = new ulong[4];
    private readonly List<(int Lo, int Hi)> _ranges = new();
    private ReCategory _cats;
    public bool Negated;
    public bool UnicodeCategories;
    public CaseMode Case;
    private readonly ulong[] _fast = new ulong[4];
    private (int Lo, int Hi)[] _rangeArr = Array.Empty<(int, int)>();
    /// <summary>Whether no member is at or above 256 (so anything beyond Latin-1 is a non-member before negation).</summary>
    private bool _latin1Only;

    public void AddChar(int c)
    {
        if (c < 256) _low[c >> 6] |= 1UL << (c & 63);
        else _ranges.Add((c, c));
    }

    public void AddRange(int lo, int hi)
    {
        for (int c = lo; c <= hi && c < 256; c++) _low[c >> 6] |= 1UL << (c & 63);
        if (hi >= 256) _ranges.Add((Math.Max(lo, 256), hi));
    }

    public void AddCategory(ReCategory c) => _cats |= c;

    /// <summary>The single member when this set is exactly one character (no categories, not negated).</summary>
    public int SingleChar()
    {
        if (_cats != 0 || Negated) return -1;
        int found = -1;
        for (int c = 0; c < 256; c++)
            if ((_low[c >> 6] & (1UL << (c & 63))) != 0) { if (found >= 0) return -1; found = c; }
        foreach (var (lo, hi) in _ranges)
        {
            if (lo != hi || found >= 0) return -1;
            found = lo;
        }
        return found;
    }

    public void Finish()
    {
        _ranges.Sort();
        _rangeArr = _ranges.ToArray();
        Array.Clear(_fast);
        _latin1Only = _rangeArr.Length == 0 && (_cats == 0 || !UnicodeCategories && (_cats & (ReCategory.NotDigit | ReCategory.NotWord | ReCategory.NotSpace)) == 0);
        for (int c = 0; c < 256; c++)
            if (MatchSlow(c)) _fast[c >> 6] |= 1UL << (c & 63);
    }

    /// <summary>Latin-1 members (after folding and negation) for first-character scans; null when some member is
    /// beyond Latin-1.</summary>
    public ulong[]? Latin1Members => !Negated && _latin1Only && Case != CaseMode.Unicode ? _fast : null;

    public bool Matches(int c)
    {
        if (c < 256) return (_fast[c >> 6] & (1UL << (c & 63))) != 0;
        return MatchSlow(c);
    }

    private bool MatchSlow(int c)
    {
        bool r = Raw(c);
        if (!r && Case != CaseMode.None)
        {
            if (Case == CaseMode.Ascii)
            {
                if (c < 128 && char.IsAsciiLetter((char)c)) r = Raw(c ^ 0x20);
            }
            else
            {
                if (ReCase.TryGetVariants(c, out var variants))
                    foreach (var v in variants)
                        if (v != c && Raw(v)) { r = true; break; }
            }
        }
        return r != Negated;
    }

    private bool Raw(int c)
    {
        if (c < 256) { if ((_low[c >> 6] & (1UL << (c & 63))) != 0) return true; }
        else
        {
            var rs = _rangeArr;
            for (int i = 0; i < rs.Length; i++)
            {
                if (c < rs[i].Lo) break;
                if (c <= rs[i].Hi) return true;
            }
        }
        if (_cats == 0) return false;
        if ((_cats & ReCategory.Digit) != 0 && IsDigit(c, UnicodeCategories)) return true;
        if ((_cats & ReCategory.NotDigit) != 0 && !IsDigit(c, UnicodeCategories)) return true;
        if ((_cats & ReCategory.Word) != 0 && IsWord(c, UnicodeCategories)) return true;
        if ((_cats & ReCategory.NotWord) != 0 && !IsWord(c, UnicodeCategories)) return true;
        if ((_cats & ReCategory.Space) != 0 && IsSpace(c, UnicodeCategories)) return true;
        if ((_cats & ReCategory.NotSpace) != 0 && !IsSpace(c, UnicodeCategories)) return true;
        return false;
    }

    public static bool IsDigit(int c, bool unicode)
    {
        if (c < 128) return c is >= '0' and <= '9';
        if (!unicode) return false;
        return Category(c) == "Nd";
    }

    private static readonly ulong[] s_wordLatin1 = MakeWordLatin1();

    private static ulong[] MakeWordLatin1()
    {
        var a = new ulong[4];
        for (int c = 0; c < 256; c++)
            if (IsWordSlow(c)) a[c >> 6] |= 1UL << (c & 63);
        return a;
    }

    public static bool IsWord(int c, bool unicode)
    {
        if (c < 128) return c == '_' || char.IsAsciiLetterOrDigit((char)c);
        if (!unicode) return false;
        if (c < 256) return (s_wordLatin1[c >> 6] & (1UL << (c & 63))) != 0;
        return IsWordSlow(c);
    }

    // str.isalnum() or '_': letters (L*) and numbers (Nd, Nl, No).
    private static bool IsWordSlow(int c)
    {
        if (c == '_') return true;
        var cat = Category(c);
        return cat[0] == 'L' || cat == "Nd" || cat == "Nl" || cat == "No";
    }

    public static bool IsSpace(int c, bool unicode)
    {
        if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (unicode && c >= 0x1c && c <= 0x1f);
        if (!unicode) return false;
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
               || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    private static string Category(int c) => Krait.Syntax.Unicode.UnicodeCategories.Get(c);
}
