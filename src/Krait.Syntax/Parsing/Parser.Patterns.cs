using Krait.Syntax.Ast;
using Krait.Syntax.Tokens;

namespace Krait.Syntax.Parsing;

internal sealed partial class Parser
{
    /// <summary>patterns: open_sequence_pattern (a MatchSequence without brackets) | pattern.</summary>
    private Pattern Patterns()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var first = MaybeStarPattern();
        if (Kind != TokenKind.Comma)
        {
            if (first is MatchStar) throw InvalidSyntax();
            return first;
        }
        var list = new List<Pattern> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.Colon || Kind == TokenKind.If) break;
            list.Add(MaybeStarPattern());
        }
        return Fin(new MatchSequence(list), sl, sc);
    }

    private Pattern MaybeStarPattern()
    {
        if (Kind != TokenKind.Star) return Pattern();
        var s = Advance();
        int line = s.Line, col = s.Col;
        var n = Expect(TokenKind.Name);
        return Fin(new MatchStar(n.Text == "_" ? null : n.Text), line, col);
    }

    /// <summary>pattern: or_pattern ['as' NAME].</summary>
    private Pattern Pattern()
    {
        if (!EnsureStack()) throw TooDeep();
        int sl = Cur.Line, sc = Cur.Col;
        var p = OrPattern();
        if (Kind != TokenKind.As) return p;
        _pos++;
        var n = Cur;
        if (n.Kind == TokenKind.Name && KindAt(1) != TokenKind.Dot && KindAt(1) != TokenKind.LPar && KindAt(1) != TokenKind.Equal)
        {
            if (n.Text == "_") throw ErrorAt(n, "cannot use '_' as a target");
            _pos++;
            return Fin(new MatchAs(p, n.Text), sl, sc);
        }
        if (_secondPass && n.Kind != TokenKind.Name)
        {
            var e = TryParse(Expression);
            if (e != null) throw ErrorAt(e, "invalid pattern target");
        }
        throw InvalidSyntax();
    }

    private Pattern OrPattern()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var first = ClosedPattern();
        if (Kind != TokenKind.VBar) return first;
        var list = new List<Pattern> { first };
        while (Accept(TokenKind.VBar)) list.Add(ClosedPattern());
        return Fin(new MatchOr(list), sl, sc);
    }

    private Pattern ClosedPattern()
    {
        if (!EnsureStack()) throw TooDeep();
        var t = Cur;
        int line = t.Line, col = t.Col;
        switch (t.Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
            {
                var v = NumberLiteralExpr();
                return Span(new MatchValue(v), v, v);
            }
            case TokenKind.String:
            {
                var v = Strings();
                return Span(new MatchValue(v), v, v);
            }
            case TokenKind.None:
                _pos++;
                return Fin(new MatchSingleton(null!), line, col);
            case TokenKind.True:
                _pos++;
                return Fin(new MatchSingleton(true), line, col);
            case TokenKind.False:
                _pos++;
                return Fin(new MatchSingleton(false), line, col);
            case TokenKind.Name:
            {
                var name = t.Text!;
                _pos++;
                if (Kind != TokenKind.Dot && Kind != TokenKind.LPar)
                {
                    if (Kind == TokenKind.Equal) throw InvalidSyntax();
                    return Fin(new MatchAs(null, name == "_" ? null : name), line, col);
                }
                Expr e = Fin(new NameExpr(name, ExprContext.Load), line, col);
                while (Accept(TokenKind.Dot))
                {
                    var a = Expect(TokenKind.Name);
                    e = Fin(new AttributeExpr(e, a.Text!, ExprContext.Load), line, col);
                }
                if (Kind == TokenKind.LPar) return ClassPattern(e);
                return Span(new MatchValue(e), e, e);
            }
            case TokenKind.LPar:
            {
                _pos++;
                if (Accept(TokenKind.RPar)) return Fin(new MatchSequence(new List<Pattern>()), line, col);
                var first = MaybeStarPattern();
                if (Accept(TokenKind.RPar))
                {
                    if (first is MatchStar) throw InvalidSyntax();
                    return first;
                }
                if (Kind != TokenKind.Comma) throw InvalidSyntax();
                var list = new List<Pattern> { first };
                while (Accept(TokenKind.Comma))
                {
                    if (Kind == TokenKind.RPar) break;
                    list.Add(MaybeStarPattern());
                }
                Expect(TokenKind.RPar);
                return Fin(new MatchSequence(list), line, col);
            }
            case TokenKind.LSqb:
            {
                _pos++;
                var list = new List<Pattern>();
                while (Kind != TokenKind.RSqb)
                {
                    list.Add(MaybeStarPattern());
                    if (!Accept(TokenKind.Comma)) break;
                }
                Expect(TokenKind.RSqb);
                return Fin(new MatchSequence(list), line, col);
            }
            case TokenKind.LBrace:
                return MappingPattern();
            default:
                throw InvalidSyntax();
        }
    }

    /// <summary>signed_number or complex_number (as BinOp/UnaryOp), checking real and imaginary parts.</summary>
    private Expr NumberLiteralExpr()
    {
        int line = Cur.Line, col = Cur.Col;
        bool neg = Accept(TokenKind.Minus);
        var n = Expect(TokenKind.Number);
        CheckIntLiteralDigits(n);
        var c = new Constant(ParseNumber(n.Text!), null);
        c.SetSpan(n.Line, n.Col, n.EndLine, n.EndCol);
        Expr left = neg ? Fin(new UnaryOp(UnaryOperator.USub, c), line, col) : c;
        if (Kind != TokenKind.Plus && Kind != TokenKind.Minus) return left;
        var op = Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Sub;
        if (c.Value is ImaginaryValue) throw ErrorAt(c, "real number required in complex literal");
        _pos++;
        var im = Expect(TokenKind.Number);
        var right = new Constant(ParseNumber(im.Text!), null);
        right.SetSpan(im.Line, im.Col, im.EndLine, im.EndCol);
        if (right.Value is not ImaginaryValue) throw ErrorAt(right, "imaginary number required in complex literal");
        return Fin(new BinOp(left, op, right), line, col);
    }

    private Pattern MappingPattern()
    {
        var open = Advance();
        int line = open.Line, col = open.Col;
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        string? rest = null;
        while (Kind != TokenKind.RBrace)
        {
            if (Accept(TokenKind.DoubleStar))
            {
                rest = Expect(TokenKind.Name).Text;
                Accept(TokenKind.Comma);
                break;
            }
            keys.Add(MappingKey());
            Expect(TokenKind.Colon);
            patterns.Add(Pattern());
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RBrace);
        return Fin(new MatchMapping(keys, patterns, rest), line, col);
    }

    private Expr MappingKey()
    {
        var t = Cur;
        int line = t.Line, col = t.Col;
        switch (t.Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
                return NumberLiteralExpr();
            case TokenKind.String:
                return Strings();
            case TokenKind.None:
            case TokenKind.True:
            case TokenKind.False:
                return Atom();
            case TokenKind.Name:
            {
                _pos++;
                Expr e = Fin(new NameExpr(t.Text!, ExprContext.Load), line, col);
                if (Kind != TokenKind.Dot) throw InvalidSyntax();
                while (Accept(TokenKind.Dot))
                {
                    var a = Expect(TokenKind.Name);
                    e = Fin(new AttributeExpr(e, a.Text!, ExprContext.Load), line, col);
                }
                return e;
            }
            default:
                throw InvalidSyntax();
        }
    }

    private Pattern ClassPattern(Expr cls)
    {
        _pos++; // '('
        var patterns = new List<Pattern>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<Pattern>();
        while (Kind != TokenKind.RPar)
        {
            if (Kind == TokenKind.Name && KindAt(1) == TokenKind.Equal)
            {
                kwdAttrs.Add(Advance().Text!);
                _pos++;
                kwdPatterns.Add(Pattern());
            }
            else
            {
                var p = Pattern();
                if (kwdAttrs.Count > 0)
                {
                    var last = p;
                    while (Kind == TokenKind.Comma && !(KindAt(1) == TokenKind.Name && KindAt(2) == TokenKind.Equal) && KindAt(1) != TokenKind.RPar)
                    {
                        _pos++;
                        last = Pattern();
                    }
                    throw MakeError("SyntaxError", "positional patterns follow keyword patterns", p.Lineno, p.ColOffset + 1, last.EndLineno, last.EndColOffset + 1);
                }
                patterns.Add(p);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RPar);
        return Fin(new MatchClass(cls, patterns, kwdAttrs, kwdPatterns), cls);
    }
}
