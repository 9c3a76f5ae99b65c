using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary>Whether a generator body has a try or with statement (outside nested functions and classes): only
/// then can a suspended generator observe close(), so only then must it be closed when collected.</summary>
internal static class ProtectedRegions
{
    public static bool Any(List<Stmt>? body)
    {
        if (body == null) return false;
        foreach (var s in body)
        {
            switch (s)
            {
                case Try or TryStar or With or AsyncWith: return true;
                case If i when Any(i.Body) || Any(i.Orelse): return true;
                case For f when Any(f.Body) || Any(f.Orelse): return true;
                case AsyncFor af when Any(af.Body) || Any(af.Orelse): return true;
                case While w when Any(w.Body) || Any(w.Orelse): return true;
                case MatchStmt m:
                    foreach (var c in m.Cases) if (Any(c.Body)) return true;
                    break;
            }
        }
        return false;
    }
}
