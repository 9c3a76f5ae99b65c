using System.Globalization;
using Krait.Syntax.Unicode;

namespace Krait.Syntax.Tests;

/// <summary>Expected values from python3.11's unicodedata (Unicode 14.0), written by
/// tools/gen_repr_unicode_test_data.py into Data/unicode_sample.txt and Data/unicode_aliases.txt.</summary>
public class UnicodeNamesTests
{
    [Fact]
    public void SampleMatchesUnicodedata()
    {
        var failures = new List<string>();
        int named = 0;
        foreach (var line in File.ReadLines(PyReprTests.DataFile("unicode_sample.txt")))
        {
            var parts = line.Split('\t');
            int cp = int.Parse(parts[0], NumberStyles.HexNumber);
            string category = UnicodeCategories.Get(cp);
            if (category != parts[1]) failures.Add($"{parts[0]}: category {category}, expected {parts[1]}");
            bool has = UnicodeNames.TryGetName(cp, out string name);
            if (parts[2].Length == 0)
            {
                if (has) failures.Add($"{parts[0]}: name {name}, expected none");
                continue;
            }
            named++;
            if (name != parts[2]) failures.Add($"{parts[0]}: name {name}, expected {parts[2]}");
            if (!UnicodeNames.TryLookup(parts[2], out int found) || found != cp)
                failures.Add($"lookup {parts[2]}: {found:x}");
            // Table names are found case-insensitively; the rule-named ones only in upper case, as CPython.
            bool ruleNamed = parts[2].StartsWith("HANGUL SYLLABLE ") || parts[2].StartsWith("CJK UNIFIED IDEOGRAPH-");
            bool foundLower = UnicodeNames.TryLookup(parts[2].ToLowerInvariant(), out found);
            if (foundLower == ruleNamed || (foundLower && found != cp))
                failures.Add($"lookup lower-case {parts[2]}: {foundLower} {found:x}");
        }
        Assert.True(named > 1000);
        Assert.Empty(failures.Take(20));
    }

    [Fact]
    public void AliasesAreLookedUpButNeverNamed()
    {
        var failures = new List<string>();
        foreach (var line in File.ReadLines(PyReprTests.DataFile("unicode_aliases.txt")))
        {
            var parts = line.Split('\t');
            int cp = int.Parse(parts[1], NumberStyles.HexNumber);
            if (!UnicodeNames.TryLookup(parts[0], out int found) || found != cp) failures.Add($"{parts[0]}: {found:x}");
            if (UnicodeNames.TryGetName(cp, out string name) && name == parts[0]) failures.Add($"{cp:x} named {name}");
        }
        Assert.Empty(failures);
    }

    [Theory]
    // python3.11: unicodedata.lookup gives these; KeyError for the rest.
    [InlineData("HANGUL SYLLABLE GAG", 0xAC01)]
    [InlineData("HANGUL SYLLABLE A", 0xC544)]
    [InlineData("HANGUL SYLLABLE HIH", 0xD7A3)]
    [InlineData("CJK UNIFIED IDEOGRAPH-4E00", 0x4E00)]
    [InlineData("CJK UNIFIED IDEOGRAPH-04E00", 0x4E00)]
    [InlineData("CJK UNIFIED IDEOGRAPH-2B738", 0x2B738)]
    [InlineData("latin small letter a", 0x61)]
    [InlineData("nushu character-1b170", 0x1B170)]
    [InlineData("Line Feed", 0x0A)]
    [InlineData("BYTE ORDER MARK", 0xFEFF)]
    [InlineData("hangul syllable GAG", -1)]
    [InlineData("HANGUL SYLLABLE gag", -1)]
    [InlineData("HANGUL SYLLABLE ", -1)]
    [InlineData("CJK UNIFIED IDEOGRAPH-4e00", -1)]
    [InlineData("cjk unified ideograph-4E00", -1)]
    [InlineData("CJK UNIFIED IDEOGRAPH-2B739", -1)]
    [InlineData("CJK UNIFIED IDEOGRAPH-004E00", -1)]
    [InlineData("LATIN SMALL LETTER \uFF21", -1)]
    [InlineData("EM", -1)]
    [InlineData("", -1)]
    public void Lookup(string name, int expected)
    {
        bool found = UnicodeNames.TryLookup(name, out int cp);
        Assert.Equal(expected >= 0, found);
        if (found) Assert.Equal(expected, cp);
    }

    [Fact]
    public void CharactersNewerThanUnicode14HaveNoName()
    {
        // U+1FAE8 SHAKING FACE and U+2B739 (CJK Extension C) are Unicode 15.0: unicodedata 14.0 knows neither.
        Assert.False(UnicodeNames.TryGetName(0x1FAE8, out _));
        Assert.False(UnicodeNames.TryLookup("SHAKING FACE", out _));
        Assert.Equal("Cn", UnicodeCategories.Get(0x1FAE8));
        Assert.False(UnicodeNames.TryGetName(0x2B739, out _));
        Assert.False(UnicodeNames.TryGetName(0x31350, out _));
        Assert.True(UnicodeNames.TryGetName(0x1F977, out string ninja));
        Assert.Equal("NINJA", ninja);
    }
}
