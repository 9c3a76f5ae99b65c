using Krait.Syntax.Ast;
using Krait.Syntax.Tokens;

namespace Krait.Syntax.Parsing;

internal sealed partial class Parser
{
    private enum TargetsKind { Star, Del, For }

    /// <summary>Turns a parsed expression into an assignment/deletion target in place. False when the
    /// expression is not a valid target of that kind (the caller then reports the error).</summary>
    private static bool SetContext(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case NameExpr n: n.Ctx = ctx; return true;
            case AttributeExpr a: a.Ctx = ctx; return true;
            case Subscript s: s.Ctx = ctx; return true;
            case StarredExpr st:
                if (ctx == ExprContext.Del || st.Value is StarredExpr) return false;
                st.Ctx = ctx;
                return SetContext(st.Value, ctx);
            case TupleExpr t:
                foreach (var elt in t.Elts) if (!SetContext(elt, ctx)) return false;
                t.Ctx = ctx;
                return true;
            case ListExpr l:
                foreach (var elt in l.Elts) if (!SetContext(elt, ctx)) return false;
                l.Ctx = ctx;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The sub-expression that makes <paramref name="e"/> an invalid target (CPython's
    /// _PyPegen_get_invalid_target), or null.</summary>
    private static Expr? InvalidTarget(Expr e, TargetsKind kind)
    {
        switch (e)
        {
            case ListExpr l:
                foreach (var elt in l.Elts) { var r = InvalidTarget(elt, kind); if (r != null) return r; }
                return null;
            case TupleExpr t:
                foreach (var elt in t.Elts) { var r = InvalidTarget(elt, kind); if (r != null) return r; }
                return null;
            case StarredExpr s:
                return kind == TargetsKind.Del ? e : InvalidTarget(s.Value, kind);
            case CompareExpr c:
                if (kind == TargetsKind.For)
                    return c.Ops[0] == CompareOperator.In ? InvalidTarget(c.Left, kind) : null;
                return e;
            case NameExpr or Subscript or AttributeExpr:
                return null;
            default:
                return e;
        }
    }

    /// <summary>RAISE_SYNTAX_ERROR_INVALID_TARGET.</summary>
    private Errors.PythonSyntaxError InvalidTargetError(Expr e, TargetsKind kind)
    {
        var bad = InvalidTarget(e, kind);
        if (bad is null) return InvalidSyntax();
        return ErrorAt(bad, (kind == TargetsKind.Del ? "cannot delete " : "cannot assign to ") + ExprName(bad));
    }

    // ---------------------------------------------------------------- star_targets

    /// <summary>star_targets followed by 'in' (for statements and comprehensions); consumes the 'in'.</summary>
    private Expr ForTargets()
    {
        int start = _pos;
        var t = _backtrack ? TryParse(StarTargets) : StarTargets();
        if (t is not null && Kind == TokenKind.In)
        {
            _pos++;
            return t;
        }
        if (!_secondPass) throw InvalidSyntax();
        // invalid_for_target: re-read as star_expressions to name the offending target.
        _pos = start;
        var e = StarExpressions();
        throw InvalidTargetError(e, TargetsKind.For);
    }

    /// <summary>star_targets: null when what follows is not a valid target list.</summary>
    private Expr? StarTargets()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var first = StarTarget();
        if (first is null) return null;
        if (Kind != TokenKind.Comma) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            var k = Kind;
            if (k != TokenKind.Star && k != TokenKind.Name && k != TokenKind.LPar && k != TokenKind.LSqb && !StartsExpression(k)) break;
            if (k == TokenKind.In) break;
            var t = StarTarget();
            if (t is null) return null;
            elts.Add(t);
        }
        return Fin(new TupleExpr(elts, ExprContext.Store), sl, sc);
    }

    private Expr? StarTarget()
    {
        if (Kind == TokenKind.Star)
        {
            var s = Advance();
            int line = s.Line, col = s.Col;
            if (Kind == TokenKind.Star) return null;
            var inner = StarTarget();
            if (inner is null) return null;
            return Fin(new StarredExpr(inner, ExprContext.Store), line, col);
        }
        if (!StartsExpression(Kind)) throw InvalidSyntax();
        var e = Primary();
        return SetContext(e, ExprContext.Store) ? e : null;
    }

    /// <summary>The 'as' target of a with item: star_target followed by ',', ')' or ':'.</summary>
    private Expr WithTarget()
    {
        int start = _pos;
        var t = StarTarget();
        var k = Kind;
        if (t is not null && (k == TokenKind.Comma || k == TokenKind.RPar || k == TokenKind.Colon)) return t;
        // invalid_with_stmt reads the items up to a NEWLINE and says "expected ':'".
        if (t is not null && k == TokenKind.Newline && _secondPass) return t;
        if (!_secondPass) throw InvalidSyntax();
        _pos = start;
        var e = TryParse(Expression);
        k = Kind;
        if (e is not null && (k == TokenKind.Comma || k == TokenKind.RPar || k == TokenKind.Colon))
            throw InvalidTargetError(e, TargetsKind.Star);
        throw InvalidSyntax();
    }
}
