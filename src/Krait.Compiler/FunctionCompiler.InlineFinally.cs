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
        _gen && _exceptStarDepth == 0 && t.Finalbody.Count > 0 && ContainsYield(t.Finalbody);

    /// <summary>An inline finally being emitted: a return, break or continue in its try part records what it
    /// does (1 return, 2 break, 3 continue) and the return value, and jumps to the finally body, which then
    /// carries it out.</summary>
    private sealed class InlineExit
    {
        public Label Fin;
        public int Action, Value;
        /// <summary>Loops active when the try began: break/continue of those leave through the finally.</summary>
        public int Loops;
        public bool Returns, Breaks, Continues;
    }

    private readonly List<InlineExit> _inlineExits = new();

    /// <summary>A return/break/continue that must run an enclosing inline finally first: records it and leaves
    /// to the finally body. False when no inline finally lies between the statement and its target.</summary>
    private bool TryEmitExitThroughFinally(Stmt s)
    {
        if (_inlineExits.Count == 0 || _finallyDepth > 0) return false;
        var x = _inlineExits[^1];
        var il = _il;
        switch (s)
        {
            case Return r:
                if (r.Value != null) EmitExpr(r.Value); else EmitNone();
                EmitFrameStore(x.Value);
                EmitConst(PyInt.Get(1));
                x.Returns = true;
                break;
            case Break when _loops.Count == x.Loops:
                EmitConst(PyInt.Get(2));
                x.Breaks = true;
                break;
            case Continue when _loops.Count == x.Loops:
                EmitConst(PyInt.Get(3));
                x.Continues = true;
                break;
            default:
                return false;
        }
        EmitFrameStore(x.Action);
        il.Emit(OpCodes.Leave, x.Fin);
        return true;
    }

    /// <summary>After an inline finally body: carries out the return/break/continue that led into it.</summary>
    private void EmitPendingExit(InlineExit x)
    {
        var il = _il;
        void When(int action, Action emit)
        {
            var skip = il.DefineLabel();
            EmitFrameLoad(x.Action);
            EmitConst(PyInt.Get(action));
            il.Emit(OpCodes.Bne_Un, skip);
            emit();
            il.MarkLabel(skip);
        }
        if (x.Returns) When(1, () => EmitStatement(new Return(new SlotExpr(x.Value))));
        if (x.Breaks) When(2, () => EmitStatement(new Break()));
        if (x.Continues) When(3, () => EmitStatement(new Continue()));
    }

    private static bool ContainsYield(List<Stmt> body)
    {
        foreach (var s in body)
        {
            if (s is not (FunctionDef or AsyncFunctionDef or ClassDef))
                foreach (var v in s.FieldValues())
                {
                    if (v is Expr e && HasYield(e)) return true;
                    if (v is System.Collections.IList list)
                        foreach (var item in list)
                            if (item is Node n and not Stmt && HasYield(n)) return true;
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
        var exit = new InlineExit { Fin = fin, Action = NewSlot(), Value = NewSlot(), Loops = _loops.Count };
        il.Emit(OpCodes.Ldnull);
        EmitTempStore(pending);
        il.Emit(OpCodes.Ldnull);
        EmitFrameStore(exit.Action);
        il.BeginExceptionBlock();
        _tryDepth++;
        var region = BeginResumeRegion();
        _inlineExits.Add(exit);
        try
        {
            if (t.Handlers.Count > 0) EmitTryExcept(t);
            else EmitStatements(t.Body);
        }
        finally { _inlineExits.RemoveAt(_inlineExits.Count - 1); }
        il.Emit(OpCodes.Leave, fin);
        EndResumeRegion(region, fin);
        il.BeginCatchBlock(typeof(Exception));
        il.Emit(OpCodes.Ldsfld, CodeField);
        il.Emit(OpCodes.Ldloc, _line);
        EmitFrameLocalsArray();
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
        EmitPendingExit(exit);
    }
}
