namespace Krait.Syntax.Tokens;

/// <summary>Python 3.11's hard keywords (soft keywords <c>match</c>, <c>case</c>, <c>_</c> are plain names).</summary>
public static class Keywords
{
    /// <summary>The keyword's kind, or <see cref="TokenKind.Name"/> for any other name.</summary>
    public static TokenKind Lookup(ReadOnlySpan<char> s) => s switch
    {
        "False" => TokenKind.False, "None" => TokenKind.None, "True" => TokenKind.True,
        "and" => TokenKind.And, "as" => TokenKind.As, "assert" => TokenKind.Assert,
        "async" => TokenKind.Async, "await" => TokenKind.Await, "break" => TokenKind.Break,
        "class" => TokenKind.Class, "continue" => TokenKind.Continue, "def" => TokenKind.Def,
        "del" => TokenKind.Del, "elif" => TokenKind.Elif, "else" => TokenKind.Else,
        "except" => TokenKind.Except, "finally" => TokenKind.Finally, "for" => TokenKind.For,
        "from" => TokenKind.From, "global" => TokenKind.Global, "if" => TokenKind.If,
        "import" => TokenKind.Import, "in" => TokenKind.In, "is" => TokenKind.Is,
        "lambda" => TokenKind.Lambda, "nonlocal" => TokenKind.Nonlocal, "not" => TokenKind.Not,
        "or" => TokenKind.Or, "pass" => TokenKind.Pass, "raise" => TokenKind.Raise,
        "return" => TokenKind.Return, "try" => TokenKind.Try, "while" => TokenKind.While,
        "with" => TokenKind.With, "yield" => TokenKind.Yield,
        _ => TokenKind.Name,
    };

    /// <summary>The source spelling of a keyword kind, or null.</summary>
    public static string? Spelling(TokenKind kind) => kind switch
    {
        TokenKind.False => "False", TokenKind.None => "None", TokenKind.True => "True",
        TokenKind.And => "and", TokenKind.As => "as", TokenKind.Assert => "assert",
        TokenKind.Async => "async", TokenKind.Await => "await", TokenKind.Break => "break",
        TokenKind.Class => "class", TokenKind.Continue => "continue", TokenKind.Def => "def",
        TokenKind.Del => "del", TokenKind.Elif => "elif", TokenKind.Else => "else",
        TokenKind.Except => "except", TokenKind.Finally => "finally", TokenKind.For => "for",
        TokenKind.From => "from", TokenKind.Global => "global", TokenKind.If => "if",
        TokenKind.Import => "import", TokenKind.In => "in", TokenKind.Is => "is",
        TokenKind.Lambda => "lambda", TokenKind.Nonlocal => "nonlocal", TokenKind.Not => "not",
        TokenKind.Or => "or", TokenKind.Pass => "pass", TokenKind.Raise => "raise",
        TokenKind.Return => "return", TokenKind.Try => "try", TokenKind.While => "while",
        TokenKind.With => "with", TokenKind.Yield => "yield",
        _ => null,
    };
}
