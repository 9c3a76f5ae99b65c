using System.Reflection.Emit;
using Krait.Runtime;
using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary>try/except/finally, with, and the generator machinery that lets a yield suspend inside them.
///
/// A generator's resume method cannot jump into a protected block (IL allows entering a try only at its
/// first instruction), so every try a generator emits starts with a small dispatch: when the method was
/// entered to resume (<c>_resumeState</c> non-zero), the try branches on the state to the yield inside it
/// or to the entry of the next nested try. Leaving by a yield is a <c>leave</c>, which runs finally blocks:
/// user finally bodies and <c>__exit__</c> skip themselves while <c>_yielding</c> is set. Except handler
/// bodies run outside the .NET catch (which only records the exception and leaves), in a try/finally that
/// pushes and pops the handled exception, so a yield in a handler can be resumed and sys.exc_info() is
/// restored on resume.</summary>
internal sealed partial class FunctionCompiler
{
    private sealed class ResumeRegion
    {
        public Label Entry, Dispatch;
        public readonly List<(int State, Label Target)> Cases = new();
    }

    private readonly List<ResumeRegion> _regions = new();
    private LocalBuilder? _resumeState, _yieldingLocal;
    private int _lastPos;
    private LocalBuilder Yielding => _yieldingLocal ??= _il.DeclareLocal(typeof(bool));

    /// <summary>A value kept across a protected block: a frame slot in a generator (it must survive yields),
    /// else an IL local.</summary>
    private readonly struct Temp
    {
        public readonly LocalBuilder? Local;
        public readonly int Slot;
        public readonly Type Type;
        public Temp(LocalBuilder? local, int slot, Type type) { Local = local; Slot = slot; Type = type; }
    }

    private Temp NewTemp(Type type) => _gen ? new Temp(null, NewSlot(), type) : new Temp(_il.DeclareLocal(type), -1, type);

    private void EmitTempStore(Temp t)
    {
        if (t.Local != null) _il.Emit(OpCodes.Stloc, t.Local);
        else EmitFrameStore(t.Slot);
    }

    private void EmitTempLoad(Temp t)
    {
        if (t.Local != null) { _il.Emit(OpCodes.Ldloc, t.Local); return; }
        EmitFrameLoad(t.Slot);
        if (t.Type != typeof(PyObject)) _il.Emit(OpCodes.Castclass, t.Type);
    }

    /// <summary>Called at the first instruction of a try block (or at <paramref name="entry"/>, a label that
    /// falls through into it): in a generator, the block's resume dispatch.</summary>
    private ResumeRegion? BeginResumeRegion(Label? entry = null)
    {
        if (!_gen) return null;
        var r = new ResumeRegion { Dispatch = _il.DefineLabel() };
        if (entry is Label e) r.Entry = e;
        else
        {
            r.Entry = _il.DefineLabel();
            _il.MarkLabel(r.Entry);
        }
        _il.Emit(OpCodes.Ldloc, _resumeState!);
        _il.Emit(OpCodes.Brtrue, r.Dispatch);
        _regions.Add(r);
        return r;
    }

    /// <summary>Ends the body of a try block begun with <see cref="BeginResumeRegion"/>: leaves to
    /// <paramref name="exit"/>, then the dispatch to the yields inside.</summary>
    private void EndResumeRegion(ResumeRegion? r, Label exit)
    {
        if (r == null) return;
        _regions.RemoveAt(_regions.Count - 1);
        var il = _il;
        il.Emit(OpCodes.Leave, exit);
        il.MarkLabel(r.Dispatch);
        foreach (var (state, target) in r.Cases)
        {
            il.Emit(OpCodes.Ldloc, _resumeState!);
            il.Emit(OpCodes.Ldc_I4, state);
            il.Emit(OpCodes.Beq, target);
        }
        il.Emit(OpCodes.Leave, exit);
    }

    /// <summary>A finally body a generator must skip when the block is left by a yield.</summary>
    private void EmitSkipIfYielding(Label skip)
    {
        if (!_gen) return;
        _il.Emit(OpCodes.Ldloc, Yielding);
        _il.Emit(OpCodes.Brtrue, skip);
    }

    // ---- try ----
    private void EmitTry(Try t)
    {
        var il = _il;
        if (t.Finalbody.Count == 0)
        {
            EmitTryExcept(t);
            return;
        }
        if (NeedsInlineFinally(t))
        {
            EmitInlineFinally(t);
            return;
        }
        var end = il.BeginExceptionBlock();
        _tryDepth++;
        var region = BeginResumeRegion();
        if (t.Handlers.Count > 0) EmitTryExcept(t);
        else EmitStatements(t.Body);
        EndResumeRegion(region, end);
        il.BeginFinallyBlock();
        _finallyDepth++;
        var savedLoops = _loops.ToArray();
        _loops.Clear();
        var skip = il.DefineLabel();
        EmitSkipIfYielding(skip);
        EmitStatements(t.Finalbody);
        il.MarkLabel(skip);
        for (int i = savedLoops.Length - 1; i >= 0; i--) _loops.Push(savedLoops[i]);
        _finallyDepth--;
        il.EndExceptionBlock();
        _tryDepth--;
    }

    private void EmitTryExcept(Try t)
    {
        var il = _il;
        var elseLabel = il.DefineLabel();
        var end = il.DefineLabel();
        var handlers = il.DefineLabel();
        var exc = NewTemp(typeof(PyBaseException));

        il.BeginExceptionBlock();
        _tryDepth++;
        var region = BeginResumeRegion();
        EmitStatements(t.Body);
        il.Emit(OpCodes.Leave, elseLabel);
        EndResumeRegion(region, elseLabel);
        il.BeginCatchBlock(typeof(Exception));
        il.Emit(OpCodes.Ldsfld, CodeField);
        il.Emit(OpCodes.Ldloc, _line);
        EmitFrameLocalsArray();
        CallOps(nameof(Ops.CatchException));
        EmitTempStore(exc);
        il.Emit(OpCodes.Leave, handlers);
        il.EndExceptionBlock();
        _tryDepth--;

        // The handlers run outside the catch, with the exception pushed as the one being handled.
        il.MarkLabel(handlers);
        EmitTempLoad(exc);
        CallOps(nameof(Ops.PushHandled));
        il.BeginExceptionBlock();
        _tryDepth++;
        var hregion = BeginResumeRegion(handlers);
        _handlerDepth++;
        foreach (ExceptHandler h in t.Handlers)
        {
            var next = il.DefineLabel();
            EmitLine(h.Lineno);
            if (h.Type != null)
            {
                EmitTempLoad(exc);
                EmitExpr(h.Type);
                CallOps(nameof(Ops.ExceptionMatches));
                il.Emit(OpCodes.Brfalse, next);
            }
            if (h.Name != null)
            {
                EmitTempLoad(exc);
                EmitStoreName(h.Name);
            }
            EmitStatements(h.Body);
            if (h.Name != null)
            {
                il.Emit(OpCodes.Ldnull);
                if (Where(h.Name) is (NameKind.Local, null) && !_gen) il.Emit(OpCodes.Stloc, Local(h.Name));
                else { il.Emit(OpCodes.Pop); EmitDeleteName(h.Name); }
            }
            il.Emit(OpCodes.Leave, end);
            il.MarkLabel(next);
        }
        _handlerDepth--;
        EmitTempLoad(exc);
        il.Emit(OpCodes.Newobj, typeof(PythonException).GetConstructor(new[] { typeof(PyBaseException) })!);
        il.Emit(OpCodes.Throw);
        EndResumeRegion(hregion, end);
        il.BeginFinallyBlock();
        CallOps(nameof(Ops.LeaveHandler));
        il.EndExceptionBlock();
        _tryDepth--;
        il.Emit(OpCodes.Br, end);

        il.MarkLabel(elseLabel);
        EmitStatements(t.Orelse);
        il.MarkLabel(end);
    }

    // ---- try ... except* ----
    private int _exceptStarDepth;
    /// <summary>Except clause bodies being emitted around the current statement: a <c>yield from</c> there
    /// must resume this body at each step (it pushes the handled exception), so it is not stepped directly.</summary>
    private int _handlerDepth;

    private void EmitTryStar(TryStar t)
    {
        var il = _il;
        if (t.Finalbody.Count == 0)
        {
            EmitTryStarExcept(t);
            return;
        }
        var end = il.BeginExceptionBlock();
        _tryDepth++;
        var region = BeginResumeRegion();
        EmitTryStarExcept(t);
        EndResumeRegion(region, end);
        il.BeginFinallyBlock();
        _finallyDepth++;
        var skip = il.DefineLabel();
        EmitSkipIfYielding(skip);
        EmitStatements(t.Finalbody);
        il.MarkLabel(skip);
        _finallyDepth--;
        il.EndExceptionBlock();
        _tryDepth--;
    }

    /// <summary>The clauses run in order on what earlier ones left (Ops.ExceptStarMatch splits it); each body
    /// runs with its match as the handled exception, and what it raises is collected; afterwards
    /// Ops.ExceptStarEnd raises the combination.</summary>
    private void EmitTryStarExcept(TryStar t)
    {
        var il = _il;
        var elseLabel = il.DefineLabel();
        var end = il.DefineLabel();
        var handlers = il.DefineLabel();
        var exc = NewTemp(typeof(PyBaseException));

        il.BeginExceptionBlock();
        _tryDepth++;
        var region = BeginResumeRegion();
        EmitStatements(t.Body);
        il.Emit(OpCodes.Leave, elseLabel);
        EndResumeRegion(region, elseLabel);
        il.BeginCatchBlock(typeof(Exception));
        il.Emit(OpCodes.Ldsfld, CodeField);
        il.Emit(OpCodes.Ldloc, _line);
        EmitFrameLocalsArray();
        CallOps(nameof(Ops.CatchException));
        EmitTempStore(exc);
        il.Emit(OpCodes.Leave, handlers);
        il.EndExceptionBlock();
        _tryDepth--;

        il.MarkLabel(handlers);
        // In a generator the state and the current match live in frame slots: a clause body may yield.
        var state = NewTemp(typeof(ExceptStarState));
        var match = NewTemp(typeof(PyObject));
        EmitTempLoad(exc);
        CallOps(nameof(Ops.ExceptStarBegin));
        EmitTempStore(state);
        _exceptStarDepth++;
        foreach (ExceptHandler h in t.Handlers)
        {
            var next = il.DefineLabel();
            var after = il.DefineLabel();
            var enter = il.DefineLabel();
            EmitLine(h.Lineno);
            EmitTempLoad(state);
            EmitExpr(h.Type!);
            CallOps(nameof(Ops.ExceptStarMatch));
            il.Emit(OpCodes.Dup);
            EmitTempStore(match);
            il.Emit(OpCodes.Brfalse, next);
            // A yield in the body resumes here: the match is pushed as the handled exception again.
            il.MarkLabel(enter);
            EmitTempLoad(match);
            il.Emit(OpCodes.Castclass, typeof(PyBaseException));
            CallOps(nameof(Ops.PushHandled));
            il.BeginExceptionBlock();
            _tryDepth++;
            var outer = BeginResumeRegion(enter);
            il.BeginExceptionBlock();
            _tryDepth++;
            var inner = BeginResumeRegion();
            if (h.Name != null)
            {
                EmitTempLoad(match);
                EmitStoreName(h.Name);
            }
            _handlerDepth++;
            EmitStatements(h.Body);
            _handlerDepth--;
            il.Emit(OpCodes.Leave, after);
            EndResumeRegion(inner, after);
            il.BeginCatchBlock(typeof(Exception));
            var raised = il.DeclareLocal(typeof(Exception));
            il.Emit(OpCodes.Stloc, raised);
            EmitTempLoad(state);
            il.Emit(OpCodes.Ldloc, raised);
            EmitTempLoad(match);
            il.Emit(OpCodes.Ldsfld, CodeField);
            il.Emit(OpCodes.Ldloc, _line);
            CallOps(nameof(Ops.ExceptStarRaised));
            il.Emit(OpCodes.Leave, after);
            il.EndExceptionBlock();
            _tryDepth--;
            EndResumeRegion(outer, after);
            il.BeginFinallyBlock();
            CallOps(nameof(Ops.LeaveHandler));
            il.EndExceptionBlock();
            _tryDepth--;
            il.MarkLabel(after);
            if (h.Name != null)
            {
                il.Emit(OpCodes.Ldnull);
                if (Where(h.Name) is (NameKind.Local, null) && !_gen) il.Emit(OpCodes.Stloc, Local(h.Name));
                else { il.Emit(OpCodes.Pop); EmitDeleteName(h.Name); }
            }
            il.MarkLabel(next);
        }
        _exceptStarDepth--;
        EmitPos(t);
        EmitTempLoad(state);
        CallOps(nameof(Ops.ExceptStarEnd));
        il.Emit(OpCodes.Br, end);

        il.MarkLabel(elseLabel);
        EmitStatements(t.Orelse);
        il.MarkLabel(end);
    }

    // ---- with ----
    /// <summary><c>with</c> item <paramref name="index"/> and the rest nested inside it: __exit__ runs in a finally
    /// (so return/break/continue leave through it), an exception goes to __exit__ first and is re-raised unless
    /// it returns true.</summary>
    private void EmitWith(With w, int index)
    {
        var il = _il;
        if (index == w.Items.Count)
        {
            EmitStatements(w.Body);
            return;
        }
        var item = w.Items[index];
        var mgr = NewTemp(typeof(PyObject));
        var exited = il.DeclareLocal(typeof(bool));
        // A yield in the context expression: computed into a frame slot first, with an empty stack.
        EmitExpr(_gen && HasYield(item.ContextExpr) ? Spill(item.ContextExpr, out _) : item.ContextExpr);
        il.Emit(OpCodes.Dup);
        EmitTempStore(mgr);
        EmitPos(w);
        CallOps(nameof(Ops.WithEnter));
        if (item.OptionalVars != null) EmitStore(item.OptionalVars);
        else il.Emit(OpCodes.Pop);
        // Cleared on every entry: in a loop, an exception an earlier pass suppressed must not skip this __exit__.
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, exited);
        var end = il.DefineLabel();
        il.BeginExceptionBlock();
        _tryDepth++;
        var outer = BeginResumeRegion();
        il.BeginExceptionBlock();
        _tryDepth++;
        var inner = BeginResumeRegion();
        EmitWith(w, index + 1);
        il.Emit(OpCodes.Leave, end);
        EndResumeRegion(inner, end);
        il.BeginCatchBlock(typeof(Exception));
        var ex = il.DeclareLocal(typeof(Exception));
        il.Emit(OpCodes.Stloc, ex);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Stloc, exited);
        EmitTempLoad(mgr);
        il.Emit(OpCodes.Ldloc, ex);
        il.Emit(OpCodes.Ldsfld, CodeField);
        il.Emit(OpCodes.Ldloc, _line);
        CallOps(nameof(Ops.WithExitException));
        var suppress = il.DefineLabel();
        il.Emit(OpCodes.Brtrue, suppress);
        il.Emit(OpCodes.Rethrow);
        il.MarkLabel(suppress);
        il.Emit(OpCodes.Leave, end);
        il.EndExceptionBlock();
        _tryDepth--;
        EndResumeRegion(outer, end);
        il.BeginFinallyBlock();
        var skip = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, exited);
        il.Emit(OpCodes.Brtrue, skip);
        EmitSkipIfYielding(skip);
        EmitPos(w);
        EmitTempLoad(mgr);
        CallOps(nameof(Ops.WithExitNormal));
        il.MarkLabel(skip);
        il.EndExceptionBlock();
        _tryDepth--;
        il.MarkLabel(end);
    }

    // ---- generators ----
    private void EmitGeneratorReturn(Expr? value)
    {
        var il = _il;
        if (value != null) EmitExpr(value); else EmitNone();
        var tmp = il.DeclareLocal(typeof(PyObject));
        il.Emit(OpCodes.Stloc, tmp);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldloc, tmp);
        il.Emit(OpCodes.Stfld, typeof(PyGenerator).GetField(nameof(PyGenerator.ReturnValue))!);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4_M1);
        il.Emit(OpCodes.Stfld, typeof(PyGenerator).GetField(nameof(PyGenerator.State))!);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Stloc, _ret);
        il.Emit(OpCodes.Leave, _retLabel);
    }

    /// <summary>The generator body's start and the method-level resume dispatch around it.</summary>
    private void EmitGeneratorFrame(Action body)
    {
        var il = _il;
        _resumeState = il.DeclareLocal(typeof(int));
        var dispatch = il.DefineLabel();
        var start = il.DefineLabel();
        (_resumeLabels ??= new()).Add(start);
        il.Emit(OpCodes.Br, dispatch);
        il.MarkLabel(start);
        // throw() into a generator that has not started raises at its first line.
        EmitLine(_code.FirstLine);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        CallOps(nameof(Ops.GenResume));
        il.Emit(OpCodes.Pop);
        body();
        EmitGeneratorReturn(null);
        il.MarkLabel(dispatch);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, typeof(PyGenerator).GetField(nameof(PyGenerator.State))!);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, _resumeState);
        il.Emit(OpCodes.Switch, _resumeLabels!.ToArray());
        il.Emit(OpCodes.Ldnull);
    }

    /// <summary>Returns the value on top of the stack from the resume method with a new state; execution
    /// continues at the following resume label with the sent value on the stack (after raising what
    /// throw()/close() left pending, unless <paramref name="raisePending"/> is false: yield from passes it on).</summary>
    private void EmitYieldValueOnStack(bool raisePending = true)
    {
        var il = _il;
        int state = _resumeLabels!.Count;
        int position = _lastPos;
        il.Emit(OpCodes.Stloc, _ret);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4, state);
        il.Emit(OpCodes.Stfld, typeof(PyGenerator).GetField(nameof(PyGenerator.State))!);
        if (_regions.Count > 0)
        {
            il.Emit(OpCodes.Ldc_I4_1);
            il.Emit(OpCodes.Stloc, Yielding);
        }
        il.Emit(OpCodes.Leave, _retLabel);
        var resume = il.DefineLabel();
        il.MarkLabel(resume);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, _resumeState!);
        EmitPosition(position);
        if (raisePending) il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        if (raisePending) CallOps(nameof(Ops.GenResume));
        // The method-level switch reaches this label through the entry of every enclosing try.
        Label target = resume;
        for (int i = _regions.Count - 1; i >= 0; i--)
        {
            _regions[i].Cases.Add((state, target));
            target = _regions[i].Entry;
        }
        (_resumeLabels ??= new()).Add(target);
    }

    private bool CheckYieldPosition()
    {
        bool allowed = _gen && _yieldAllowed;
        _yieldAllowed = false;
        string? problem = !allowed ? "'yield' inside an expression"
            : _finallyDepth > 0 ? "'yield' inside 'finally'"
            : null;
        if (problem == null) return true;
        EmitNotImplemented(problem);
        _il.Emit(OpCodes.Ldnull);
        return false;
    }

    private void EmitYield(YieldExpr y)
    {
        if (!CheckYieldPosition()) return;
        if (y.Value != null) EmitExpr(y.Value); else EmitNone();
        EmitYieldValueOnStack();
    }

    /// <summary><c>yield from</c>: each step (first next(), then whatever the caller sent, threw or closed)
    /// goes through <see cref="Ops.YieldFromStep"/>; the subiterator lives in a frame slot.</summary>
    private void EmitYieldFrom(YieldFrom y)
    {
        var il = _il;
        if (!CheckYieldPosition()) return;
        EmitExpr(y.Value);
        CallOps(nameof(Ops.GetIter));
        int slot = NewSlot();
        EmitFrameStore(slot);
        var sent = il.DeclareLocal(typeof(PyObject));
        var item = il.DeclareLocal(typeof(PyObject));
        EmitNone();
        il.Emit(OpCodes.Stloc, sent);
        var top = il.DefineLabel();
        var end = il.DefineLabel();
        il.MarkLabel(top);
        il.Emit(OpCodes.Ldarg_0);
        EmitFrameLoad(slot);
        il.Emit(OpCodes.Ldloc, sent);
        il.Emit(OpCodes.Ldloca, item);
        il.Emit(_handlerDepth == 0 ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
        CallOps(nameof(Ops.YieldFromStep));
        il.Emit(OpCodes.Brfalse, end);
        il.Emit(OpCodes.Ldloc, item);
        EmitYieldValueOnStack(raisePending: false);
        il.Emit(OpCodes.Stloc, sent);
        il.Emit(OpCodes.Br, top);
        il.MarkLabel(end);
        il.Emit(OpCodes.Ldnull);
        EmitFrameStore(slot);
        il.Emit(OpCodes.Ldloc, item);
    }
}
