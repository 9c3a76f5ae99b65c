namespace Krait.Syntax.Unicode;

/// <summary>Unicode 14.0 general categories (CPython 3.11's version); code points assigned later are "Cn".</summary>
public static class UnicodeCategories
{
    /// <summary>The two-letter general category, as <c>unicodedata.category</c> gives it.</summary>
    public static string Get(int codePoint) =>
        (uint)codePoint > 0x10FFFF ? "Cn" : CategoryTable.Names[CategoryTable.Instance.Get(codePoint)];

    /// <summary>Whether <c>str.isprintable</c> holds for the character: the ASCII space, or any category outside
    /// C* (Cc, Cf, Cs, Co, Cn) and Z* (Zs, Zl, Zp).</summary>
    public static bool IsPrintable(int codePoint)
    {
        if (codePoint < 0x7F) return codePoint >= 0x20;
        if ((uint)codePoint > 0x10FFFF) return false;
        char major = CategoryTable.Names[CategoryTable.Instance.Get(codePoint)][0];
        return major != 'C' && major != 'Z';
    }
}
