using Krait.Syntax.Ast;
using Krait.Syntax.Tokens;

namespace Krait.Syntax.Parsing;

/// <summary>Turns a run of adjacent STRING tokens into one Constant or JoinedStr. (Stub: replaced by the
/// string literal work.)</summary>
internal static class StringLiteralParser
{
    public static Expr Parse(Parser parser, List<Token> tokens) => throw new NotImplementedException("string literals");
}
