namespace Krait.Syntax.Tokens;

/// <summary>Token kinds. Hard keywords get their own kind so the parser compares one byte; soft keywords
/// (<c>match</c>, <c>case</c>, <c>_</c>) stay <see cref="Name"/>.</summary>
public enum TokenKind : byte
{
    EndMarker, Name, Number, String, Newline, Indent, Dedent,

    // Delimiters and operators.
    LPar, RPar, LSqb, RSqb, LBrace, RBrace, Colon, Comma, Semi, Dot, Ellipsis, At, RArrow, ColonEqual,
    Plus, Minus, Star, Slash, DoubleSlash, Percent, DoubleStar, VBar, Amper, Circumflex, Tilde,
    LeftShift, RightShift, Less, Greater, EqEqual, NotEqual, LessEqual, GreaterEqual, Equal,
    PlusEqual, MinEqual, StarEqual, SlashEqual, DoubleSlashEqual, PercentEqual, DoubleStarEqual,
    AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual, AtEqual,
    /// <summary>CPython's generic OP: a character no grammar rule accepts (<c>$ ? ` !</c>, and <c>&lt;&gt;</c>
    /// without barry_as_FLUFL). The parser fails on it with its ordinary "invalid syntax".</summary>
    Op,

    // Hard keywords.
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,
}
