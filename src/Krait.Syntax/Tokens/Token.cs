namespace Krait.Syntax.Tokens;

/// <summary>One token. Positions follow CPython: lines 1-based, columns 0-based UTF-8 byte offsets.
/// <see cref="Start"/>/<see cref="End"/> index the decoded source text (UTF-16 chars).</summary>
public readonly struct Token
{
    public readonly TokenKind Kind;
    public readonly int Line, Col, EndLine, EndCol;
    public readonly int Start, End;
    /// <summary>For Name: the identifier (NFKC-normalized, interned per parse). For Number and String: the
    /// raw source text (prefix and quotes included). Null for operators, keywords and layout tokens.</summary>
    public readonly string? Text;

    public Token(TokenKind kind, int line, int col, int endLine, int endCol, int start, int end, string? text)
    {
        Kind = kind; Line = line; Col = col; EndLine = endLine; EndCol = endCol; Start = start; End = end; Text = text;
    }

    public override string ToString() => $"{Kind} {Text} {Line}:{Col}-{EndLine}:{EndCol}";
}
