using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary>compile(..., "single"): an expression statement of the module body (also inside if/for/while/with/try
/// blocks, but not in function or class bodies) passes its value to sys.displayhook, as CPython's interactive
/// mode does. The statement is rewritten to <c>__import__('sys').displayhook(value)</c>.</summary>
public static class InteractiveDisplay
{
    public static void Rewrite(List<Stmt> body)
    {
        for (int i = 0; i < body.Count; i++)
        {
            switch (body[i])
            {
                case ExprStmt e: body[i] = Display(e); break;
                case If s: Rewrite(s.Body); Rewrite(s.Orelse); break;
                case For s: Rewrite(s.Body); Rewrite(s.Orelse); break;
                case While s: Rewrite(s.Body); Rewrite(s.Orelse); break;
                case With s: Rewrite(s.Body); break;
                case Try s: RewriteTry(s.Body, s.Handlers, s.Orelse, s.Finalbody); break;
                case TryStar s: RewriteTry(s.Body, s.Handlers, s.Orelse, s.Finalbody); break;
            }
        }
    }

    private static void RewriteTry(List<Stmt> body, List<ExceptHandlerBase> handlers, List<Stmt> orelse, List<Stmt> final)
    {
        Rewrite(body);
        foreach (var h in handlers)
            if (h is ExceptHandler eh) Rewrite(eh.Body);
        Rewrite(orelse);
        Rewrite(final);
    }

    private static Stmt Display(ExprStmt e)
    {
        var v = e.Value;
        T At<T>(T node) where T : LocatedNode
        {
            node.SetSpan(v.Lineno, v.ColOffset, v.EndLineno, v.EndColOffset);
            return node;
        }
        var import = At(new CallExpr(At(new NameExpr("__import__", ExprContext.Load)),
            new List<Expr> { At(new Constant("sys", null)) }, new List<Keyword>()));
        var hook = At(new AttributeExpr(import, "displayhook", ExprContext.Load));
        var call = At(new CallExpr(hook, new List<Expr> { v }, new List<Keyword>()));
        return At(new ExprStmt(call));
    }
}
