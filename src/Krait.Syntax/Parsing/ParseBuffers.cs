using Krait.Syntax.Tokens;

namespace Krait.Syntax.Parsing;

/// <summary>One spare pair of token buffers per thread, handed from one parse to the next. Not the shared
/// ArrayPool: its instantiations over Token and short are not precompiled, and JIT-compiling them cost every
/// start-up a few milliseconds.</summary>
internal static class ParseBuffers
{
    public static readonly Token[] NoTokens = new Token[0];
    public static readonly short[] NoLevels = new short[0];

    [ThreadStatic] private static Token[]? s_tokens;
    [ThreadStatic] private static short[]? s_levels;

    public static Token[] RentTokens(int minimum)
    {
        var spare = s_tokens;
        if (spare != null && spare.Length >= minimum) { s_tokens = null; return spare; }
        return new Token[minimum];
    }

    public static short[] RentLevels(int minimum)
    {
        var spare = s_levels;
        if (spare != null && spare.Length >= minimum) { s_levels = null; return spare; }
        return new short[minimum];
    }

    /// <summary>Keeps the larger buffers for the next parse; the tokens (which hold strings) are cleared.</summary>
    public static void Return(Token[] tokens, int used, short[] levels)
    {
        if (tokens.Length > 0 && (s_tokens == null || s_tokens.Length < tokens.Length))
        {
            Array.Clear(tokens, 0, Math.Min(used, tokens.Length));
            s_tokens = tokens;
        }
        if (levels.Length > 0 && (s_levels == null || s_levels.Length < levels.Length)) s_levels = levels;
    }
}
