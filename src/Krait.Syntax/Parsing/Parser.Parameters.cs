using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Syntax.Tokens;

namespace Krait.Syntax.Parsing;

internal sealed partial class Parser
{
    private static Arguments EmptyArguments()
        => new(new List<Parameter>(), new List<Parameter>(), null, new List<Parameter>(), new List<Expr>(), null, new List<Expr>());

    /// <summary>def parameters (closed by ')') or lambda parameters (closed by ':'), with CPython's
    /// invalid_parameters / invalid_star_etc messages.</summary>
    private Arguments ParseParameters(bool lambda)
    {
        var closer = lambda ? TokenKind.Colon : TokenKind.RPar;
        var posonly = new List<Parameter>();
        var args = new List<Parameter>();
        var defaults = new List<Expr>();
        var kwonly = new List<Parameter>();
        var kwDefaults = new List<Expr>();
        Parameter? vararg = null, kwarg = null;
        bool seenSlash = false, seenStar = false, seenDefault = false;
        while (true)
        {
            var t = Cur;
            switch (t.Kind)
            {
                case TokenKind.Slash:
                {
                    if (seenStar) throw ErrorAt(t, "/ must be ahead of *");
                    if (seenSlash) throw ErrorAt(t, "/ may appear only once");
                    if (args.Count == 0)
                    {
                        if (_secondPass && KindAt(1) == TokenKind.Comma) throw ErrorAt(t, "at least one argument must precede /");
                        throw InvalidSyntax();
                    }
                    _pos++;
                    if (_secondPass && Kind == TokenKind.Star) throw ErrorAt(Cur, "expected comma between / and *");
                    posonly.AddRange(args);
                    args.Clear();
                    seenSlash = true;
                    break;
                }
                case TokenKind.Star:
                {
                    var starTok = t;
                    if (seenStar)
                    {
                        // The rule wants a parameter (then ',' or the closer) or a ',' after the second '*'.
                        if (!_secondPass) throw InvalidSyntax();
                        var k1 = KindAt(1);
                        bool ok = k1 == TokenKind.Comma || k1 == TokenKind.Name && (KindAt(2) == TokenKind.Comma || KindAt(2) == closer || !lambda && KindAt(2) == TokenKind.Colon);
                        if (!ok) throw InvalidSyntax();
                        throw ErrorAt(t, "* argument may appear only once");
                    }
                    _pos++;
                    seenStar = true;
                    if (Kind == TokenKind.Comma || Kind == closer)
                    {
                        if (Kind == closer || KindAt(1) == closer || KindAt(1) == TokenKind.DoubleStar)
                        {
                            if (Kind == TokenKind.Comma) PeekAt(1);
                            throw lambda ? SpecificAtLast("named arguments must follow bare *") : ErrorAt(starTok, "named arguments must follow bare *");
                        }
                    }
                    else if (Kind == TokenKind.Name)
                    {
                        vararg = Param(lambda, starAnnotation: !lambda);
                        if (Kind == TokenKind.Equal) throw ErrorAt(Cur, "var-positional argument cannot have default value");
                    }
                    else throw InvalidSyntax();
                    break;
                }
                case TokenKind.DoubleStar:
                {
                    _pos++;
                    kwarg = Param(lambda, starAnnotation: false);
                    if (Kind == TokenKind.Equal) throw ErrorAt(Cur, "var-keyword argument cannot have default value");
                    if (Accept(TokenKind.Comma) && Kind != closer)
                    {
                        if (Kind == TokenKind.Name || Kind == TokenKind.Star || Kind == TokenKind.DoubleStar || Kind == TokenKind.Slash)
                            throw ErrorAt(Cur, "arguments cannot follow var-keyword argument");
                        throw InvalidSyntax();
                    }
                    return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
                }
                case TokenKind.Name:
                {
                    var p = Param(lambda, starAnnotation: false);
                    Expr? def = null;
                    if (Kind == TokenKind.Equal)
                    {
                        var eq = Advance();
                        if (!lambda && (Kind == TokenKind.Comma || Kind == closer)) throw ErrorAt(eq, "expected default value expression");
                        def = Expression();
                    }
                    if (seenStar)
                    {
                        kwonly.Add(p);
                        kwDefaults.Add(def!);
                    }
                    else
                    {
                        args.Add(p);
                        if (def != null) { defaults.Add(def); seenDefault = true; }
                        else if (seenDefault)
                        {
                            // param_no_default: the name must be followed by ',' or the closer.
                            if (Kind != TokenKind.Comma && Kind != closer) throw InvalidSyntax();
                            throw ErrorAt(p, "non-default argument follows default argument");
                        }
                    }
                    break;
                }
                case TokenKind.LPar when _secondPass && !seenSlash && !seenStar && !seenDefault:
                    throw ParenthesizedParameters(lambda);
                default:
                    throw InvalidSyntax();
            }
            if (!Accept(TokenKind.Comma)) break;
            if (Kind == closer) break;
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /// <summary>invalid_parameters: '(' NAME (',' NAME)* [','] ')' in a parameter list.</summary>
    private PythonSyntaxError ParenthesizedParameters(bool lambda)
    {
        var open = Cur;
        int k = 1;
        if (KindAt(k) != TokenKind.Name) return InvalidSyntax();
        while (true)
        {
            if (KindAt(k) != TokenKind.Name) break;
            if (!lambda && KindAt(k + 1) == TokenKind.Colon) return InvalidSyntax();
            k++;
            if (KindAt(k) != TokenKind.Comma) break;
            k++;
        }
        if (KindAt(k) != TokenKind.RPar) return InvalidSyntax();
        return ErrorRange(open, PeekAt(k), lambda ? "Lambda expression parameters cannot be parenthesized"
                                                 : "Function parameters cannot be parenthesized");
    }

    private Parameter Param(bool lambda, bool starAnnotation)
    {
        var n = Expect(TokenKind.Name);
        int line = n.Line, col = n.Col;
        string name = n.Text!;
        Expr? annotation = null;
        if (!lambda && Accept(TokenKind.Colon))
            annotation = starAnnotation ? StarExpression() : Expression();
        return Fin(new Parameter(name, annotation, null), line, col);
    }
}
