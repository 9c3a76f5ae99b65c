namespace Krait.Syntax.Tokens;

/// <summary>The identifier test <c>str.isidentifier</c> makes: XID_Start or '_' first, XID_Continue after, on the
/// code points as given (no normalization).</summary>
public static class Identifiers
{
    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            bool first = i == 0;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(s[i], s[++i]);
            bool ok = first ? cp == '_' || IdentifierChars.IsXidStart(cp) : IdentifierChars.IsXidContinue(cp);
            if (!ok) return false;
        }
        return true;
    }

    public static bool IsPrintable(int cp) => IdentifierChars.IsPrintable(cp);
}
