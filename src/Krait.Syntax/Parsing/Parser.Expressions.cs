using System.Globalization;
using System.Numerics;
using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Syntax.Tokens;

namespace Krait.Syntax.Parsing;

internal sealed partial class Parser
{
    /// <summary>Tokens that can begin an <c>expression</c> (CPython's rule of that name).</summary>
    private static readonly bool[] s_startsExpression = MakeStartsExpression();

    private static bool[] MakeStartsExpression()
    {
        var t = new bool[256];
        foreach (var k in new[] { TokenKind.Name, TokenKind.Number, TokenKind.String, TokenKind.LPar, TokenKind.LSqb,
                                  TokenKind.LBrace, TokenKind.Minus, TokenKind.Plus, TokenKind.Tilde, TokenKind.Not,
                                  TokenKind.Lambda, TokenKind.Await, TokenKind.None, TokenKind.True, TokenKind.False,
                                  TokenKind.Ellipsis })
            t[(int)k] = true;
        return t;
    }

    private PythonSyntaxError UnpackingAfterArguments(LocatedNode first, LocatedNode last)
        => ErrorRange(first, last, "iterable argument unpacking follows keyword argument unpacking");

    private static bool IsAfter(LocatedNode a, LocatedNode b)
        => a.Lineno > b.Lineno || a.Lineno == b.Lineno && a.ColOffset > b.ColOffset;

    /// <summary>for_if_clauses ahead: 'for', or 'async' 'for'.</summary>
    private bool StartsComprehension() => Kind == TokenKind.For || Kind == TokenKind.Async && KindAt(1) == TokenKind.For;

    private static bool StartsExpression(TokenKind k) => s_startsExpression[(int)k];
    private static bool StartsStarExpression(TokenKind k) => k == TokenKind.Star || s_startsExpression[(int)k];

    // ---------------------------------------------------------------- expression lists

    /// <summary>star_expressions: a Tuple when there is a comma (the span includes a trailing comma).</summary>
    private Expr StarExpressions()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var e = StarExpression();
        if (Kind != TokenKind.Comma) return e;
        var elts = new List<Expr> { e };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsStarExpression(Kind)) break;
            elts.Add(StarExpression());
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), sl, sc);
    }

    private Expr StarExpression()
    {
        if (Kind == TokenKind.Star)
        {
            var s = Advance();
            int line = s.Line, col = s.Col;
            var v = BitwiseOr();
            return Fin(new StarredExpr(v, ExprContext.Load), line, col);
        }
        return Expression();
    }

    /// <summary>expressions: expression (',' expression)* [','].</summary>
    private Expr Expressions()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var e = Expression();
        if (Kind != TokenKind.Comma) return e;
        var elts = new List<Expr> { e };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression(Kind)) break;
            elts.Add(Expression());
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), sl, sc);
    }

    private Expr StarNamedExpression()
    {
        if (Kind == TokenKind.Star)
        {
            var s = Advance();
            int line = s.Line, col = s.Col;
            var v = BitwiseOr();
            return Fin(new StarredExpr(v, ExprContext.Load), line, col);
        }
        return NamedExpression();
    }

    /// <summary>named_expression: NAME ':=' expression | expression !':='.</summary>
    private Expr NamedExpression()
    {
        if (Kind == TokenKind.Name && KindAt(1) == TokenKind.ColonEqual) return AssignmentExpression();
        int startMark = _pos;
        var e = Expression();
        if (Kind == TokenKind.ColonEqual) throw WalrusTargetError(e);
        if (_secondPass && Kind == TokenKind.Equal) CheckInvalidNamedExpression(startMark);
        return e;
    }

    /// <summary>invalid_named_expression's first alternative: 'expression := expression' with a target that
    /// is not a name (second pass; the right-hand side must parse).</summary>
    private PythonSyntaxError WalrusTargetError(Expr target)
    {
        if (!_secondPass) return InvalidSyntax();
        int save = _pos;
        _pos++;
        var value = TryParse(Expression);
        _pos = save;
        if (value is null) return InvalidSyntax();
        return ErrorAt(target, $"cannot use assignment expressions with {ExprName(target)}");
    }

    private Expr AssignmentExpression()
    {
        var n = Advance();
        var target = new NameExpr(n.Text!, ExprContext.Store);
        target.SetSpan(n.Line, n.Col, n.EndLine, n.EndCol);
        _pos++; // ':='
        var value = Expression();
        return Fin(new NamedExpr(target, value), target);
    }

    /// <summary>Named-expression contexts where the expression is followed by '=': CPython's
    /// invalid_named_expression alternatives, tried from the expression's first token.</summary>
    private void CheckInvalidNamedExpression(int startMark)
    {
        int save = _pos;
        _pos = startMark;
        try
        {
            if (Kind == TokenKind.Name && KindAt(1) == TokenKind.Equal)
            {
                var a = Cur;
                var aTok = a;
                _pos += 2;
                if (TryBitwiseOrNotFollowedByAssign(out var b))
                    throw ErrorRange(aTok, b!, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                _pos = startMark;
            }
            var k = Kind;
            if (k == TokenKind.True || k == TokenKind.False || k == TokenKind.None) return;
            if (StartsWithListTupleOrGenexp()) return;
            Expr? lhs = TryParse(BitwiseOr);
            if (lhs is null || Kind != TokenKind.Equal) return;
            _pos++;
            if (TryBitwiseOrNotFollowedByAssign(out _))
                throw ErrorAt(lhs, $"cannot assign to {ExprName(lhs)} here. Maybe you meant '==' instead of '='?");
        }
        finally
        {
            _pos = save;
        }
    }

    private bool TryBitwiseOrNotFollowedByAssign(out Expr? b)
    {
        b = TryParse(BitwiseOr);
        return b is not null && Kind != TokenKind.Equal && Kind != TokenKind.ColonEqual;
    }

    /// <summary>CPython's lookahead <c>(list|tuple|genexp)</c> at the current token.</summary>
    private bool StartsWithListTupleOrGenexp()
    {
        if (Kind != TokenKind.LPar && Kind != TokenKind.LSqb) return false;
        int save = _pos;
        var atom = TryParse(Atom);
        _pos = save;
        return atom is ListExpr or GeneratorExp || atom is TupleExpr t && t.ColOffset == Cur.Col && t.Lineno == Cur.Line;
    }

    /// <summary>Tentative parse for error-path lookaheads: null (position restored) when it fails.</summary>
    private T? TryParse<T>(Func<T> rule) where T : class
    {
        int save = _pos, ruleLevel = _ruleLevel;
        try
        {
            return rule();
        }
        catch (PythonSyntaxError e) when (!ReferenceEquals(e, _tokenizerError) && (!_secondPass || IsGeneric(e)) && e.ErrorType != "MemoryError")
        {
            // A failed alternative. In the second pass a specific error propagates, as CPython's do.
            _pos = save;
            _ruleLevel = ruleLevel;
            return null;
        }
    }

    // ---------------------------------------------------------------- expression

    private Expr Expression()
    {
        int sl = Cur.Line, sc = Cur.Col;
        if (!EnsureStack()) throw TooDeep();
        if (Kind == TokenKind.Lambda) return Lambda();
        int startMark = _pos;
        // CPython memoizes 'expression': once read without the checks (inside "expression_without_invalid"),
        // later reads at that position do not run them either.
        if (_backtrack && !_secondPass) (_uncheckedExpressions ??= new HashSet<int>()).Add(startMark);
        var e = Disjunction();
        if (_secondPass && (_uncheckedExpressions is null || !_uncheckedExpressions.Contains(startMark))) CheckInvalidExpression(startMark, e);
        if (Kind == TokenKind.If)
        {
            int ifPos = _pos++;
            var test = _backtrack ? TryParse(Disjunction) : Disjunction();
            if (_backtrack && (test is null || Kind != TokenKind.Else))
            {
                // PEG: the conditional alternative fails and the disjunction alone is the expression.
                _pos = ifPos;
                return e;
            }
            if (Kind != TokenKind.Else) throw InvalidSyntax();
            _pos++;
            Nest(1);
            var orelse = Expression();
            _ruleLevel -= 1;
            return Fin(new IfExp(test!, e, orelse), sl, sc);
        }
        return e;
    }

    /// <summary>The second pass's invalid_expression and invalid_legacy_expression, in CPython's order,
    /// after the leading disjunction <paramref name="a"/> has been parsed.</summary>
    private void CheckInvalidExpression(int startMark, Expr a)
    {
        if (StartsExpression(Kind)) CheckForgottenComma(startMark, a);
        if (Kind == TokenKind.If)
        {
            int save = _pos;
            _pos++;
            var b = TryParse(Disjunction);
            if (b is not null && Kind != TokenKind.Else && Kind != TokenKind.Colon)
                throw ErrorRange(a, b, "expected 'else' after 'if' expression");
            _pos = save;
        }
        int here = _pos;
        _pos = startMark;
        CheckLegacyPrint();
        _pos = here;
    }

    private HashSet<int>? _legacyChecked;
    private HashSet<int>? _uncheckedExpressions;
    private HashSet<int>? _uncheckedCalls;

    /// <summary>invalid_legacy_expression: <c>print x</c> / <c>exec x</c>.</summary>
    private void CheckLegacyPrint()
    {
        if (Kind != TokenKind.Name) return;
        if (KindAt(1) == TokenKind.LPar || !StartsStarExpression(KindAt(1))) return;
        // CPython parses the operand before looking at the name, so it reads as far for any name
        // (memoized per position, as CPython's rules are: nested brackets would otherwise re-parse).
        if (!(_legacyChecked ??= new HashSet<int>()).Add(_pos)) return;
        var id = Cur.Text;
        int save = _pos;
        var a = Cur;
        _pos++;
        var b = TryParse(StarExpressions);
        _pos = save;
        if (b is not null && (id == "print" || id == "exec"))
            throw ErrorRange(a, b, $"Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
    }

    /// <summary>invalid_expression: two expressions in a row inside brackets.</summary>
    private void CheckForgottenComma(int startMark, Expr a)
    {
        var first = _tokens[startMark];
        if (first.Kind == TokenKind.Name)
        {
            if (_tokens[startMark + 1].Kind == TokenKind.String) return;
            // CPython's SOFT_KEYWORD test compares only the name's length of characters: any prefix of
            // 'match' or 'case' (and '_') counts as a soft keyword there.
            var id = first.Text!;
            if ("match".StartsWith(id, StringComparison.Ordinal) || "case".StartsWith(id, StringComparison.Ordinal) || id == "_") return;
            if (a is NameExpr n && (n.Id == "print" || n.Id == "exec")) return;
        }
        int save = _pos;
        bool saved = _secondPass;
        // expression_without_invalid is a rule of its own: only the expressions nested in it share the
        // memo of 'expression' (see Expression()).
        bool known = _uncheckedExpressions != null && _uncheckedExpressions.Contains(save);
        _secondPass = false;
        var b = TryParse(Expression);
        _secondPass = saved;
        if (!known) _uncheckedExpressions?.Remove(save);
        int end = _pos;
        _pos = save;
        if (b is null || _levels[end - 1] == 0) return;
        throw ErrorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
    }

    private Expr Disjunction()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var e = Conjunction();
        if (Kind != TokenKind.Or) return e;
        var values = new List<Expr> { e };
        while (Kind == TokenKind.Or)
        {
            int opPos = _pos++;
            var r = _backtrack ? TryParse(Conjunction) : Conjunction();
            if (r is null) { _pos = opPos; break; }
            values.Add(r);
        }
        if (values.Count == 1) return e;
        return Fin(new BoolOp(BoolOperator.Or, values), sl, sc);
    }

    private Expr Conjunction()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var e = Inversion();
        if (Kind != TokenKind.And) return e;
        var values = new List<Expr> { e };
        while (Kind == TokenKind.And)
        {
            int opPos = _pos++;
            var r = _backtrack ? TryParse(Inversion) : Inversion();
            if (r is null) { _pos = opPos; break; }
            values.Add(r);
        }
        if (values.Count == 1) return e;
        return Fin(new BoolOp(BoolOperator.And, values), sl, sc);
    }

    private Expr Inversion()
    {
        if (Kind == TokenKind.Not)
        {
            Nest(1);
            var s = Advance();
            int line = s.Line, col = s.Col;
            var operand = Inversion();
            _ruleLevel -= 1;
            return Fin(new UnaryOp(UnaryOperator.Not, operand), line, col);
        }
        return Comparison();
    }

    private Expr Comparison()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var e = BitwiseOr();
        List<CompareOperator>? ops = null;
        List<Expr>? comparators = null;
        while (true)
        {
            int opPos = _pos;
            CompareOperator op;
            switch (Kind)
            {
                case TokenKind.EqEqual: op = CompareOperator.Eq; break;
                case TokenKind.NotEqual: op = CompareOperator.NotEq; break;
                case TokenKind.Less: op = CompareOperator.Lt; break;
                case TokenKind.LessEqual: op = CompareOperator.LtE; break;
                case TokenKind.Greater: op = CompareOperator.Gt; break;
                case TokenKind.GreaterEqual: op = CompareOperator.GtE; break;
                case TokenKind.In: op = CompareOperator.In; break;
                case TokenKind.Is:
                    if (KindAt(1) == TokenKind.Not) { _pos++; op = CompareOperator.IsNot; }
                    else op = CompareOperator.Is;
                    break;
                case TokenKind.Not:
                    if (KindAt(1) != TokenKind.In) goto done;
                    _pos++;
                    op = CompareOperator.NotIn;
                    break;
                default: goto done;
            }
            _pos++;
            var r = _backtrack ? TryParse(BitwiseOr) : BitwiseOr();
            if (r is null) { _pos = opPos; break; }
            (ops ??= new()).Add(op);
            (comparators ??= new()).Add(r);
        }
    done:
        if (ops is null) return e;
        return Fin(new CompareExpr(e, ops, comparators!), sl, sc);
    }

    private Expr BitwiseOr()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var e = BitwiseXor();
        while (Kind == TokenKind.VBar)
        {
            int opPos = _pos++;
            var r = _backtrack ? TryParse(BitwiseXor) : BitwiseXor();
            if (r is null) { _pos = opPos; return e; }
            e = Fin(new BinOp(e, BinaryOperator.BitOr, r), sl, sc);
        }
        return e;
    }

    private Expr BitwiseXor()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var e = BitwiseAnd();
        while (Kind == TokenKind.Circumflex)
        {
            int opPos = _pos++;
            var r = _backtrack ? TryParse(BitwiseAnd) : BitwiseAnd();
            if (r is null) { _pos = opPos; return e; }
            e = Fin(new BinOp(e, BinaryOperator.BitXor, r), sl, sc);
        }
        return e;
    }

    private Expr BitwiseAnd()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var e = ShiftExpr();
        while (Kind == TokenKind.Amper)
        {
            int opPos = _pos++;
            var r = _backtrack ? TryParse(ShiftExpr) : ShiftExpr();
            if (r is null) { _pos = opPos; return e; }
            e = Fin(new BinOp(e, BinaryOperator.BitAnd, r), sl, sc);
        }
        return e;
    }

    private Expr ShiftExpr()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var e = Sum();
        while (true)
        {
            BinaryOperator op;
            if (Kind == TokenKind.LeftShift) op = BinaryOperator.LShift;
            else if (Kind == TokenKind.RightShift) op = BinaryOperator.RShift;
            else return e;
            int opPos = _pos++;
            var r = _backtrack ? TryParse(Sum) : Sum();
            if (r is null) { _pos = opPos; return e; }
            e = Fin(new BinOp(e, op, r), sl, sc);
        }
    }

    private Expr Sum()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var e = Term();
        while (true)
        {
            BinaryOperator op;
            if (Kind == TokenKind.Plus) op = BinaryOperator.Add;
            else if (Kind == TokenKind.Minus) op = BinaryOperator.Sub;
            else return e;
            int opPos = _pos++;
            var r = _backtrack ? TryParse(Term) : Term();
            if (r is null) { _pos = opPos; return e; }
            e = Fin(new BinOp(e, op, r), sl, sc);
        }
    }

    private Expr Term()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var e = Factor();
        while (true)
        {
            BinaryOperator op;
            switch (Kind)
            {
                case TokenKind.Star: op = BinaryOperator.Mult; break;
                case TokenKind.Slash: op = BinaryOperator.Div; break;
                case TokenKind.DoubleSlash: op = BinaryOperator.FloorDiv; break;
                case TokenKind.Percent: op = BinaryOperator.Mod; break;
                case TokenKind.At: op = BinaryOperator.MatMult; break;
                default: return e;
            }
            int opPos = _pos++;
            var r = _backtrack ? TryParse(Factor) : Factor();
            if (r is null) { _pos = opPos; return e; }
            e = Fin(new BinOp(e, op, r), sl, sc);
        }
    }

    private Expr Factor()
    {
        UnaryOperator op;
        switch (Kind)
        {
            case TokenKind.Plus: op = UnaryOperator.UAdd; break;
            case TokenKind.Minus: op = UnaryOperator.USub; break;
            case TokenKind.Tilde: op = UnaryOperator.Invert; break;
            default: return Power();
        }
        Nest(1);
        var s = Advance();
        int line = s.Line, col = s.Col;
        var operand = Factor();
        _ruleLevel -= 1;
        return Fin(new UnaryOp(op, operand), line, col);
    }

    private Expr Power()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var e = AwaitPrimary();
        if (Kind != TokenKind.DoubleStar) return e;
        Nest(2);
        int opPos = _pos++;
        var r = _backtrack ? TryParse(Factor) : Factor();
        _ruleLevel -= 2;
        if (r is null) { _pos = opPos; return e; }
        return Fin(new BinOp(e, BinaryOperator.Pow, r), sl, sc);
    }

    private Expr AwaitPrimary()
    {
        if (Kind == TokenKind.Await)
        {
            var s = Advance();
            int line = s.Line, col = s.Col;
            var v = Primary();
            return Fin(new AwaitExpr(v), line, col);
        }
        return Primary();
    }

    private Expr Primary()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var e = Atom();
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.Dot:
                {
                    if (_backtrack && KindAt(1) != TokenKind.Name) return e;
                    _pos++;
                    var n = Expect(TokenKind.Name);
                    e = Fin(new AttributeExpr(e, n.Text!, ExprContext.Load), sl, sc);
                    break;
                }
                case TokenKind.LPar:
                    if (_backtrack)
                    {
                        // PEG semantics: a call that does not parse leaves the primary as it was, for the
                        // callers' checks (e.g. "forgot a comma" before a parenthesized group).
                        int save = _pos;
                        var call = TryParse(() => CallTrailer(e, sl, sc));
                        if (call is null) { _pos = save; return e; }
                        e = call;
                    }
                    else e = CallTrailer(e, sl, sc);
                    break;
                case TokenKind.LSqb:
                {
                    int save = _pos;
                    _pos++;
                    Nest(24);
                    var slice = _backtrack ? TryParse(Slices) : Slices();
                    _ruleLevel -= 24;
                    if (slice is null || _backtrack && Kind != TokenKind.RSqb) { _pos = save; return e; }
                    Expect(TokenKind.RSqb);
                    e = Fin(new Subscript(e, slice, ExprContext.Load), sl, sc);
                    break;
                }
                default:
                    return e;
            }
        }
    }

    // ---------------------------------------------------------------- subscripts

    private Expr Slices()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var first = SliceOrStarred();
        if (Kind != TokenKind.Comma)
        {
            if (first is StarredExpr) return Fin(new TupleExpr(new List<Expr> { first }, ExprContext.Load), sl, sc);
            return first;
        }
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RSqb) break;
            elts.Add(SliceOrStarred());
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), sl, sc);
    }

    private Expr SliceOrStarred()
    {
        var s = Cur;
        int line = s.Line, col = s.Col;
        if (s.Kind == TokenKind.Star)
        {
            _pos++;
            var v = Expression();
            return Fin(new StarredExpr(v, ExprContext.Load), line, col);
        }
        Expr? lower = null;
        if (s.Kind != TokenKind.Colon)
        {
            if (Kind == TokenKind.Name && KindAt(1) == TokenKind.ColonEqual) return AssignmentExpression();
            int mark = _pos;
            lower = Expression();
            if (Kind == TokenKind.ColonEqual) throw WalrusTargetError(lower);
            if (Kind != TokenKind.Colon)
            {
                if (_secondPass && Kind == TokenKind.Equal) CheckInvalidNamedExpression(mark);
                return lower;
            }
        }
        _pos++; // ':'
        Expr? upper = null, step = null;
        if (StartsExpression(Kind)) upper = Expression();
        if (Accept(TokenKind.Colon))
        {
            if (StartsExpression(Kind)) step = Expression();
        }
        return Fin(new SliceExpr(lower, upper, step), line, col);
    }

    // ---------------------------------------------------------------- atoms

    private Expr Atom()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Name:
            {
                _pos++;
                var n = new NameExpr(t.Text!, ExprContext.Load);
                n.SetSpan(t.Line, t.Col, t.EndLine, t.EndCol);
                return n;
            }
            case TokenKind.Number:
            {
                _pos++;
                CheckIntLiteralDigits(t);
                var c = new Constant(ParseNumber(t.Text!), null);
                c.SetSpan(t.Line, t.Col, t.EndLine, t.EndCol);
                return c;
            }
            case TokenKind.String:
                return Strings();
            case TokenKind.None:
            case TokenKind.True:
            case TokenKind.False:
            case TokenKind.Ellipsis:
            {
                _pos++;
                object? v = t.Kind switch
                {
                    TokenKind.None => null,
                    TokenKind.True => true,
                    TokenKind.False => false,
                    _ => EllipsisValue.Instance,
                };
                var c = new Constant(v!, null);
                c.SetSpan(t.Line, t.Col, t.EndLine, t.EndCol);
                return c;
            }
            case TokenKind.LPar:
            {
                Nest(28);
                var e = ParenAtom();
                _ruleLevel -= 28;
                return e;
            }
            case TokenKind.LSqb:
            {
                Nest(29);
                var e = ListAtom();
                _ruleLevel -= 29;
                return e;
            }
            case TokenKind.LBrace:
            {
                Nest(29);
                var e = BraceAtom();
                _ruleLevel -= 29;
                return e;
            }
            default:
                throw InvalidSyntax();
        }
    }

    private Expr Strings()
    {
        var tokens = new List<Token>();
        do tokens.Add(Advance());
        while (Kind == TokenKind.String);
        return StringLiteralParser.Parse(this, tokens);
    }

    private Expr ParenAtom()
    {
        var open = Advance();
        int line = open.Line, col = open.Col;
        if (Kind == TokenKind.RPar)
        {
            _pos++;
            return Fin(new TupleExpr(new List<Expr>(), ExprContext.Load), line, col);
        }
        if (Kind == TokenKind.Yield)
        {
            var y = YieldExpression();
            Expect(TokenKind.RPar);
            return y;
        }
        if (Kind == TokenKind.DoubleStar && _secondPass)
        {
            var ds = Cur;
            _pos++;
            if (TryParse(Expression) is not null && Kind == TokenKind.RPar)
                throw ErrorAt(ds, "cannot use double starred expression here");
            throw InvalidSyntax();
        }
        int firstMark = _pos;
        var first = StarNamedExpression();
        CheckStarredElement(firstMark, first, TokenKind.RPar);
        switch (Kind)
        {
            case TokenKind.RPar:
                _pos++;
                if (first is StarredExpr) throw ErrorAt(first, "cannot use starred expression here");
                return first;
            case TokenKind.For:
            case TokenKind.Async:
            {
                if (first is StarredExpr) throw StarredComprehension(first);
                var gens = ForIfClauses();
                Expect(TokenKind.RPar);
                return Fin(new GeneratorExp(first, gens), line, col);
            }
            case TokenKind.Comma:
            {
                var elts = new List<Expr> { first };
                while (Accept(TokenKind.Comma))
                {
                    if (Kind == TokenKind.RPar) break;
                    elts.Add(StarNamedExpression());
                }
                Expect(TokenKind.RPar);
                return Fin(new TupleExpr(elts, ExprContext.Load), line, col);
            }
            default:
                throw InvalidSyntax();
        }
    }

    private Expr ListAtom()
    {
        var open = Advance();
        int line = open.Line, col = open.Col;
        if (Accept(TokenKind.RSqb)) return Fin(new ListExpr(new List<Expr>(), ExprContext.Load), line, col);
        int firstMark = _pos;
        var first = StarNamedExpression();
        CheckStarredElement(firstMark, first, TokenKind.RSqb);
        if (StartsComprehension())
        {
            if (first is StarredExpr) throw StarredComprehension(first);
            var gens = ForIfClauses();
            Expect(TokenKind.RSqb);
            return Fin(new ListComp(first, gens), line, col);
        }
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RSqb || _secondPass && (StartsComprehension())) break;
            elts.Add(StarNamedExpression());
        }
        if (Kind != TokenKind.RSqb && _secondPass) CheckUnparenthesizedComprehensionTarget(first, elts);
        Expect(TokenKind.RSqb);
        return Fin(new ListExpr(elts, ExprContext.Load), line, col);
    }

    /// <summary>invalid_comprehension reads a leading starred element as '*' expression, with that
    /// expression's checks (second pass, when the display does not go on normally).</summary>
    private void CheckStarredElement(int firstMark, Expr first, TokenKind closer)
    {
        if (!_secondPass || first is not StarredExpr || Kind == TokenKind.Comma || Kind == closer) return;
        int save = _pos;
        _pos = firstMark + 1;
        TryParse(Expression);
        _pos = save;
    }

    /// <summary>invalid_comprehension's '[' starred_expression for_if_clauses: in the second pass, once the
    /// clauses parse.</summary>
    private PythonSyntaxError StarredComprehension(Expr starred)
    {
        if (!_secondPass || TryParse(ForIfClauses) is null) return InvalidSyntax();
        return ErrorAt(starred, "iterable unpacking cannot be used in comprehension");
    }

    /// <summary>invalid_comprehension: <c>[a, b for ...]</c>.</summary>
    private void CheckUnparenthesizedComprehensionTarget(Expr first, List<Expr> elts)
    {
        if (Kind != TokenKind.For && Kind != TokenKind.Async) return;
        // The rule needs its for_if_clauses to parse (errors inside them come first).
        int save = _pos;
        var gens = TryParse(ForIfClauses);
        _pos = save;
        if (gens is null || gens.Count == 0) return;
        if (Prev.Kind == TokenKind.Comma && elts.Count == 1)
            throw ErrorRange(first, Prev, "did you forget parentheses around the comprehension target?");
        throw ErrorRange(first, elts[^1], "did you forget parentheses around the comprehension target?");
    }

    private Expr BraceAtom()
    {
        var open = Advance();
        int line = open.Line, col = open.Col;
        if (Accept(TokenKind.RBrace)) return Fin(new DictExpr(new List<Expr>(), new List<Expr>()), line, col);
        if (Kind == TokenKind.DoubleStar)
        {
            var ds = Advance();
            var dsTok = ds;
            var v = BitwiseOr();
            if (StartsComprehension())
            {
                // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'.
                if (!_secondPass) throw InvalidSyntax();
                if (TryParse(ForIfClauses) is null || Kind != TokenKind.RBrace) throw InvalidSyntax();
                throw ErrorAt(dsTok, "dict unpacking cannot be used in dict comprehension");
            }
            var keys = new List<Expr> { null! };
            var values = new List<Expr> { v };
            return DictRest(keys, values, line, col);
        }
        var first = StarNamedExpression();
        if (Kind == TokenKind.Colon && first is not StarredExpr)
        {
            var colon = Advance();
            if (_secondPass && (Kind == TokenKind.RBrace || Kind == TokenKind.Comma))
                throw ErrorAt(colon, "expression expected after dictionary key and ':'");
            if (_secondPass && Kind == TokenKind.Star)
                throw StarredDictValue();
            var value = Expression();
            if (StartsComprehension())
            {
                var gens = ForIfClauses();
                Expect(TokenKind.RBrace);
                return Fin(new DictComp(first, value, gens), line, col);
            }
            return DictRest(new List<Expr> { first }, new List<Expr> { value }, line, col);
        }
        if (StartsComprehension())
        {
            if (first is StarredExpr) throw StarredComprehension(first);
            var gens = ForIfClauses();
            Expect(TokenKind.RBrace);
            return Fin(new SetComp(first, gens), line, col);
        }
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RBrace || _secondPass && (StartsComprehension())) break;
            elts.Add(StarNamedExpression());
        }
        if (Kind != TokenKind.RBrace && _secondPass) CheckUnparenthesizedComprehensionTarget(first, elts);
        Expect(TokenKind.RBrace);
        return Fin(new SetExpr(elts), line, col);
    }

    /// <summary>invalid_double_starred_kvpairs: "expression ':' '*' bitwise_or", reported from the star to
    /// the tokenizer's position (CPython's CURRENT_POS end).</summary>
    private PythonSyntaxError StarredDictValue()
    {
        var star = Cur;
        _pos++;
        if (TryParse(BitwiseOr) is null) return InvalidSyntax();
        var last = _tokens[_count - 1];
        return MakeError("SyntaxError", "cannot use a starred expression in a dictionary value",
            star.Line, star.Col + 1, last.EndLine, last.EndCol);
    }

    private Expr DictRest(List<Expr> keys, List<Expr> values, int line, int col)
    {
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RBrace) break;
            if (Accept(TokenKind.DoubleStar))
            {
                keys.Add(null!);
                values.Add(BitwiseOr());
                continue;
            }
            if (_secondPass)
            {
                // After a comma CPython reports a key without ':' before any check inside the key fires
                // (observed: "{1: 2, a b}" says "':' expected after dictionary key").
                int keyStart = _pos;
                _secondPass = false;
                _backtrack = false;
                var plain = TryParse(Expression);
                _secondPass = true;
                _backtrack = true;
                if (plain is not null && Kind != TokenKind.Colon)
                    throw ErrorNoEnd(plain.EndLineno, plain.EndColOffset - 1, "':' expected after dictionary key");
                _pos = keyStart;
            }
            var k = Expression();
            if (Kind != TokenKind.Colon)
            {
                if (_secondPass) throw ErrorNoEnd(k.EndLineno, k.EndColOffset - 1, "':' expected after dictionary key");
                throw InvalidSyntax();
            }
            _pos++;
            if (_secondPass && (Kind == TokenKind.RBrace || Kind == TokenKind.Comma))
                throw ErrorAt(Prev, "expression expected after dictionary key and ':'");
            if (_secondPass && Kind == TokenKind.Star)
                throw StarredDictValue();
            values.Add(Expression());
            keys.Add(k);
        }
        Expect(TokenKind.RBrace);
        return Fin(new DictExpr(keys, values), line, col);
    }

    // ---------------------------------------------------------------- comprehensions

    private List<Comprehension> ForIfClauses()
    {
        var gens = new List<Comprehension>();
        while (true)
        {
            int isAsync = 0;
            if (Kind == TokenKind.Async)
            {
                if (KindAt(1) != TokenKind.For) break;
                _pos++;
                isAsync = 1;
            }
            else if (Kind != TokenKind.For) break;
            _pos++;
            var target = ForTargets();
            var iter = Disjunction();
            List<Expr> ifs = new();
            while (Accept(TokenKind.If)) ifs.Add(Disjunction());
            gens.Add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    // ---------------------------------------------------------------- yield, lambda

    private Expr YieldExpression()
    {
        var y = Advance();
        int line = y.Line, col = y.Col;
        if (Accept(TokenKind.From))
        {
            var v = Expression();
            return Fin(new YieldFrom(v), line, col);
        }
        Expr? value = StartsStarExpression(Kind) ? StarExpressions() : null;
        return Fin(new YieldExpr(value), line, col);
    }

    private Expr Lambda()
    {
        var l = Advance();
        int line = l.Line, col = l.Col;
        var args = Kind == TokenKind.Colon ? EmptyArguments() : ParseParameters(lambda: true);
        if (Kind != TokenKind.Colon) throw InvalidSyntax();
        _pos++;
        Nest(2);
        var body = Expression();
        _ruleLevel -= 2;
        return Fin(new LambdaExpr(args, body), line, col);
    }

    // ---------------------------------------------------------------- calls

    private Expr CallTrailer(Expr func, int sl, int sc, bool allowGenexp = true)
    {
        // CPython memoizes 'arguments': a call's arguments first read without the checks (inside
        // expression_without_invalid) are not checked when read again.
        if (_backtrack)
        {
            if (!_secondPass) (_uncheckedCalls ??= new HashSet<int>()).Add(_pos);
            else if (_uncheckedCalls != null && _uncheckedCalls.Contains(_pos))
            {
                _secondPass = false;
                try { return CallArguments(func, sl, sc, allowGenexp); }
                finally { _secondPass = true; }
            }
        }
        return CallArguments(func, sl, sc, allowGenexp);
    }

    private Expr CallArguments(Expr func, int sl, int sc, bool allowGenexp)
    {
        Nest(24);
        var e = CallArgumentsNested(func, sl, sc, allowGenexp);
        _ruleLevel -= 24;
        return e;
    }

    private Expr CallArgumentsNested(Expr func, int sl, int sc, bool allowGenexp)
    {
        var open = Advance(); // '('
        var args = new List<Expr>();
        var keywords = new List<Keyword>();
        if (Accept(TokenKind.RPar)) return Fin(new CallExpr(func, args, keywords), sl, sc);
        bool seenKeyword = false, seenDoubleStar = false;
        LocatedNode? firstArg = null, lastArg = null;
        while (true)
        {
            if (args.Count + keywords.Count > 0)
            {
                lastArg = keywords.Count > 0 && (args.Count == 0 || IsAfter(keywords[^1], args[^1])) ? keywords[^1] : args[^1];
                firstArg ??= lastArg;
            }
            var t = Cur;
            int line = t.Line, col = t.Col;
            if (t.Kind == TokenKind.Star)
            {
                // CPython 3.11.2's invalid_arguments "args ',' '*'": when the arguments so far end before a
                // '*' they cannot take (after '**', or with no expression), the message spans those arguments.
                bool hasPrevious = firstArg != null;
                if (seenDoubleStar) throw _secondPass ? UnpackingAfterArguments(firstArg!, lastArg!) : InvalidSyntax();
                _pos++;
                Expr v;
                if (_secondPass && hasPrevious)
                {
                    v = TryParse(Expression)!;
                    if (v is null) throw UnpackingAfterArguments(firstArg!, lastArg!);
                }
                else v = Expression();
                args.Add(Fin(new StarredExpr(v, ExprContext.Load), line, col));
            }
            else if (t.Kind == TokenKind.DoubleStar)
            {
                _pos++;
                var v = Expression();
                keywords.Add(Fin(new Keyword(null, v), line, col));
                seenDoubleStar = true;
            }
            else if (t.Kind == TokenKind.Name && KindAt(1) == TokenKind.Equal)
            {
                var nameTok = t;
                var eqTok = PeekAt(1);
                _pos += 2;
                var v = Expression();
                if (_secondPass && StartsComprehension())
                {
                    // invalid_kwarg: NAME '=' expression for_if_clauses.
                    int save = _pos;
                    bool clauses = TryParse(ForIfClauses) is not null;
                    _pos = save;
                    if (clauses) throw ErrorRange(nameTok, eqTok, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                keywords.Add(Fin(new Keyword(nameTok.Text, v), line, col));
                seenKeyword = true;
            }
            else
            {
                if ((t.Kind == TokenKind.True || t.Kind == TokenKind.False || t.Kind == TokenKind.None) && KindAt(1) == TokenKind.Equal)
                {
                    var kw = t;
                    throw ErrorRange(kw, PeekAt(1), $"cannot assign to {KeywordText(kw.Kind)}");
                }
                // After keywords CPython's first pass reads only keyword items: the list ends here.
                if ((seenKeyword || seenDoubleStar) && !_secondPass) throw InvalidSyntax();
                Expr e;
                bool walrus = t.Kind == TokenKind.Name && KindAt(1) == TokenKind.ColonEqual;
                if (walrus) e = AssignmentExpression();
                else
                {
                    e = Expression();
                    if (Kind == TokenKind.ColonEqual) throw InvalidSyntax();
                }
                if (Kind == TokenKind.Equal)
                {
                    if (walrus) throw InvalidSyntax();
                    throw ErrorRange(e, Cur, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                bool firstArgument = args.Count == 0 && keywords.Count == 0;
                // CPython's first pass meets for_if_clauses only in a call's sole generator argument.
                if (Kind == TokenKind.For || Kind == TokenKind.Async && (firstArgument || _secondPass) && KindAt(1) == TokenKind.For)
                {
                    if (!firstArgument && !_secondPass) throw InvalidSyntax();
                    if (!allowGenexp && firstArgument) throw InvalidSyntax();
                    var gens = ForIfClauses();
                    if (args.Count == 0 && keywords.Count == 0 && Kind == TokenKind.RPar)
                    {
                        _pos++;
                        // The generator's span is the call's parentheses.
                        args.Add(Fin(new GeneratorExp(e, gens), open));
                        return Fin(new CallExpr(func, args, keywords), sl, sc);
                    }
                    if (Kind == TokenKind.Comma || args.Count > 0 || keywords.Count > 0)
                    {
                        // The rule goes on to try [args | expression for_if_clauses] after the comma, reading
                        // as far as those go (a tokenizer error on the way wins).
                        if (Kind == TokenKind.Comma)
                        {
                            int save = _pos;
                            _pos++;
                            while (StartsStarExpression(Kind) || Kind == TokenKind.DoubleStar)
                            {
                                if (Kind == TokenKind.Star || Kind == TokenKind.DoubleStar) _pos++;
                                else if (Kind == TokenKind.Name && KindAt(1) == TokenKind.Equal) _pos += 2;
                                if (TryParse(Expression) is null || !Accept(TokenKind.Comma)) break;
                            }
                            _pos = save;
                        }
                        throw ErrorRange(e, LastComprehensionItem(gens), "Generator expression must be parenthesized");
                    }
                    throw InvalidSyntax();
                }
                if (seenDoubleStar || seenKeyword)
                {
                    // CPython reports it at the last token its args rule fetched: after the rest of the arguments.
                    while (Kind == TokenKind.Comma)
                    {
                        _pos++;
                        if (Kind == TokenKind.Star || Kind == TokenKind.DoubleStar) _pos++;
                        else if (Kind == TokenKind.Name && KindAt(1) == TokenKind.Equal) _pos += 2;
                        else if (!StartsExpression(Kind)) break;
                        if (TryParse(Expression) is null) break;
                    }
                    throw SpecificAtLast(seenDoubleStar ? "positional argument follows keyword argument unpacking"
                                                        : "positional argument follows keyword argument");
                }
                args.Add(e);
            }
            if (Accept(TokenKind.Comma))
            {
                if (Accept(TokenKind.RPar)) break;
                continue;
            }
            if (Kind == TokenKind.RPar) { _pos++; break; }
            throw InvalidSyntax();
        }
        return Fin(new CallExpr(func, args, keywords), sl, sc);
    }

    private static LocatedNode LastComprehensionItem(List<Comprehension> gens)
    {
        var last = gens[^1];
        return last.Ifs.Count > 0 ? last.Ifs[^1] : last.Iter;
    }

    private static string KeywordText(TokenKind k) => k switch
    {
        TokenKind.True => "True",
        TokenKind.False => "False",
        TokenKind.None => "None",
        _ => k.ToString(),
    };

    // ---------------------------------------------------------------- numbers

    /// <summary>CPython's SyntaxError for a decimal literal over the int digit limit: the token's line, no
    /// column.</summary>
    private void CheckIntLiteralDigits(in Token t)
    {
        int digits = IntLiteralLimit.DigitsOverLimit(t.Text!);
        if (digits > 0)
            throw MakeError("SyntaxError", $"Exceeds the limit ({IntLiteralLimit.MaxDigits} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", t.Line, 0, t.Line, 0);
    }

    private static object ParseNumber(string text)
    {
        char last = text[^1];
        if (last == 'j' || last == 'J') return new ImaginaryValue(ParseFloat(text.AsSpan(0, text.Length - 1)));
        if (text.Length > 1 && text[0] == '0')
        {
            char p = text[1];
            if (p == 'x' || p == 'X') return ParseRadix(text, 16);
            if (p == 'o' || p == 'O') return ParseRadix(text, 8);
            if (p == 'b' || p == 'B') return ParseRadix(text, 2);
        }
        foreach (char c in text)
            if (c == '.' || c == 'e' || c == 'E') return ParseFloat(text);
        return ParseDecimal(text);
    }

    private static double ParseFloat(ReadOnlySpan<char> text)
    {
        Span<char> buf = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text) if (c != '_') buf[n++] = c;
        return double.Parse(buf[..n], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static object ParseDecimal(string text)
    {
        if (text.Length <= 18 && text.IndexOf('_') < 0)
        {
            long v = 0;
            foreach (char c in text) v = v * 10 + (c - '0');
            return v;
        }
        var digits = text.Replace("_", "");
        if (digits.Length <= 18) return long.Parse(digits, CultureInfo.InvariantCulture);
        var big = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        return big <= long.MaxValue ? (object)(long)big : big;
    }

    private static object ParseRadix(string text, int radix)
    {
        BigInteger big = BigInteger.Zero;
        ulong small = 0;
        bool isBig = false;
        int bits = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        for (int i = 2; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '_') continue;
            int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
            if (!isBig)
            {
                if ((small >> (63 - bits)) != 0) { isBig = true; big = small; }
                else { small = (small << bits) | (uint)d; continue; }
            }
            big = (big << bits) | d;
        }
        if (!isBig) return (long)small;
        return big <= long.MaxValue ? (object)(long)big : big;
    }

    // ---------------------------------------------------------------- names of expressions in messages

    private static string ExprName(Expr e) => e switch
    {
        AttributeExpr => "attribute",
        Subscript => "subscript",
        StarredExpr => "starred",
        NameExpr => "name",
        ListExpr => "list",
        TupleExpr => "tuple",
        LambdaExpr => "lambda",
        CallExpr => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        YieldExpr or YieldFrom => "yield expression",
        AwaitExpr => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        DictExpr => "dict literal",
        SetExpr => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            null => "None",
            true => "True",
            false => "False",
            EllipsisValue => "ellipsis",
            _ => "literal",
        },
        CompareExpr => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
