using System.Reflection.Emit;
using Krait.Runtime;
using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary>A generator's try/finally whose finally body yields: a .NET finally cannot be resumed into, so
/// the body runs after the protected block instead. The block's catch keeps the exception in a frame slot,
/// the finally body runs on both paths, and the exception is raised again after it (a return or break in the
/// finally body discards it, as in CPython). Only used when nothing in the try part leaves it by
/// return/break/continue, which would skip the inline finally.</summary>
internal sealed partial class FunctionCompiler
{
    private bool NeedsInlineFinally(Try t) =>
        _gen && _exceptStarDepth == 0 && t.Finalbody.Count > 0 && ContainsYield(t.Finalbody)
        && !LeavesBlock(t.Body, false) && !LeavesBlock(t.Orelse, false)
        && !t.Handlers.Any(h => LeavesBlock(((ExceptHandler)h).Body, false));

    private static bool ContainsYield(List<Stmt> body)
    {
        foreach (var s in body)
        {
            switch (s)
            {
                case ExprStmt { Value: YieldExpr or YieldFrom }:
                case Assign { Value: YieldExpr or YieldFrom }:
                    return true;
            }
            foreach (var inner in NestedBodies(s))
                if (ContainsYield(inner)) return true;
        }
        return false;
    }

    /// <summary>Whether a statement list can leave the enclosing block by return, or by break/continue
    /// (<paramref name="inLoop"/>: those inside a loop of the list itself stay inside).</summary>
    private static bool LeavesBlock(List<Stmt> body, bool inLoop)
    {
        foreach (var s in body)
        {
            switch (s)
            {
                case Return: return true;
                case Break or Continue when !inLoop: return true;
                case For f:
                    if (LeavesBlock(f.Body, true) || LeavesBlock(f.Orelse, inLoop)) return true;
                    continue;
                case While w:
                    if (LeavesBlock(w.Body, true) || LeavesBlock(w.Orelse, inLoop)) return true;
                    continue;
            }
            foreach (var inner in NestedBodies(s))
                if (LeavesBlock(inner, inLoop)) return true;
        }
        return false;
    }

    /// <summary>The statement lists nested in a compound statement (not in nested functions or classes).</summary>
    private static IEnumerable<List<Stmt>> NestedBodies(Stmt s)
    {
        switch (s)
        {
            case If i: yield return i.Body; yield return i.Orelse; break;
            case For f: yield return f.Body; yield return f.Orelse; break;
            case While w: yield return w.Body; yield return w.Orelse; break;
            case With w: yield return w.Body; break;
            case Try t:
                yield return t.Body; yield return t.Orelse; yield return t.Finalbody;
                foreach (var h in t.Handlers) yield return ((ExceptHandler)h).Body;
                break;
            case TryStar t:
                yield return t.Body; yield return t.Orelse; yield return t.Finalbody;
                foreach (var h in t.Handlers) yield return ((ExceptHandler)h).Body;
                break;
            case MatchStmt m:
                foreach (var c in m.Cases) yield return c.Body;
                break;
        }
    }

    private void EmitInlineFinally(Try t)
    {
        var il = _il;
        var pending = NewTemp(typeof(PyBaseException));
        var fin = il.DefineLabel();
        var done = il.DefineLabel();
        il.Emit(OpCodes.Ldnull);
        EmitTempStore(pending);
        il.BeginExceptionBlock();
        _tryDepth++;
        var region = BeginResumeRegion();
        if (t.Handlers.Count > 0) EmitTryExcept(t);
        else EmitStatements(t.Body);
        il.Emit(OpCodes.Leave, fin);
        EndResumeRegion(region, fin);
        il.BeginCatchBlock(typeof(Exception));
        il.Emit(OpCodes.Ldsfld, CodeField);
        il.Emit(OpCodes.Ldloc, _line);
        CallOps(nameof(Ops.CatchException));
        EmitTempStore(pending);
        il.Emit(OpCodes.Leave, fin);
        il.EndExceptionBlock();
        _tryDepth--;
        il.MarkLabel(fin);
        EmitStatements(t.Finalbody);
        EmitTempLoad(pending);
        il.Emit(OpCodes.Brfalse, done);
        EmitTempLoad(pending);
        il.Emit(OpCodes.Newobj, typeof(PythonException).GetConstructor(new[] { typeof(PyBaseException) })!);
        il.Emit(OpCodes.Throw);
        il.MarkLabel(done);
    }
}
