namespace Krait.Syntax.Unicode;

/// <summary>Unicode character names (for <c>\N{...}</c> and later <c>unicodedata</c>). (Stub: replaced by the
/// Unicode table work.)</summary>
public static class UnicodeNames
{
    /// <summary>Looks a name up as <c>\N{name}</c> does (case-insensitive, aliases included).</summary>
    public static bool TryLookup(ReadOnlySpan<char> name, out int codePoint) { codePoint = 0; return false; }

    /// <summary>The character's name, as <c>unicodedata.name</c> gives it.</summary>
    public static bool TryGetName(int codePoint, out string name) { name = ""; return false; }
}
