namespace Krait.Syntax.Tokens;

/// <summary>Identifier character classes of CPython 3.11 (Unicode 14.0 XID_Start / XID_Continue) and its
/// notion of a printable character. Tables are generated from Python itself so they match CPython exactly,
/// independent of the Unicode version .NET ships.</summary>
internal static partial class IdentifierChars
{
    public static bool IsAsciiStart(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';
    public static bool IsAsciiContinue(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || (uint)(c - '0') <= 9;

    public static bool IsXidStart(int cp) => cp < 0x80 ? cp <= 0x7F && IsAsciiStart((char)cp) : InRanges(XidStartRanges, cp);
    public static bool IsXidContinue(int cp) => cp < 0x80 ? IsAsciiContinue((char)cp) : InRanges(XidContinueRanges, cp);

    /// <summary>Python's <c>str.isprintable()</c> for one code point.</summary>
    public static bool IsPrintable(int cp) => cp < 0x80 ? cp >= 0x20 && cp < 0x7F : !InRanges(NonPrintableRanges, cp);

    private static bool InRanges(ReadOnlySpan<int> pairs, int cp)
    {
        int lo = 0, hi = pairs.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (cp < pairs[2 * mid]) hi = mid - 1;
            else if (cp > pairs[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
