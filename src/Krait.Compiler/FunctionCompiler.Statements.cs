using System.Reflection.Emit;
using Krait.Runtime;
using Krait.Compiler.Scopes;
using Krait.Syntax.Ast;
using BinOp = Krait.Runtime.BinOp;
using BinOpExpr = Krait.Syntax.Ast.BinOp;

namespace Krait.Compiler;

internal sealed partial class FunctionCompiler
{
    private void EmitStatements(List<Stmt> body)
    {
        foreach (var s in body) EmitStatement(s);
    }

    private void EmitNotImplemented(string feature)
    {
        EmitThrowNew(nameof(Ops.NotImplementedFeature), feature);
    }

    private void EmitStatement(Stmt s)
    {
        var il = _il;
        EmitLine(s.Lineno);
        switch (s)
        {
            case ExprStmt e:
                _yieldAllowed = true;
                EmitExpr(e.Value);
                il.Emit(OpCodes.Pop);
                return;
            case Assign a:
                _yieldAllowed = true;
                EmitExpr(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1) il.Emit(OpCodes.Dup);
                    EmitStore(a.Targets[i]);
                }
                return;
            case AugAssign aug:
                EmitAugAssign(aug);
                return;
            case AnnAssign ann:
                if (ann.Value != null)
                {
                    EmitExpr(ann.Value);
                    EmitStore(ann.Target);
                }
                return;
            case Pass:
                return;
            case If iff:
            {
                var elseLabel = il.DefineLabel();
                var end = il.DefineLabel();
                EmitCondition(iff.Test, elseLabel, false);
                EmitStatements(iff.Body);
                if (iff.Orelse.Count > 0) il.Emit(OpCodes.Br, end);
                il.MarkLabel(elseLabel);
                EmitStatements(iff.Orelse);
                il.MarkLabel(end);
                return;
            }
            case While w:
            {
                var top = il.DefineLabel();
                var orelse = il.DefineLabel();
                var end = il.DefineLabel();
                il.MarkLabel(top);
                EmitLine(w.Lineno);
                EmitCondition(w.Test, orelse, false);
                _loops.Push((top, end, _tryDepth));
                EmitStatements(w.Body);
                _loops.Pop();
                il.Emit(OpCodes.Br, top);
                il.MarkLabel(orelse);
                EmitStatements(w.Orelse);
                il.MarkLabel(end);
                return;
            }
            case For f:
                EmitFor(f);
                return;
            case Break:
            {
                if (_loops.Count == 0) throw new CompileError("'break' outside loop", s);
                var loop = _loops.Peek();
                il.Emit(loop.TryDepth == _tryDepth ? OpCodes.Br : OpCodes.Leave, loop.Break);
                return;
            }
            case Continue:
            {
                if (_loops.Count == 0) throw new CompileError("'continue' not properly in loop", s);
                var loop = _loops.Peek();
                il.Emit(loop.TryDepth == _tryDepth ? OpCodes.Br : OpCodes.Leave, loop.Continue);
                return;
            }
            case Return r:
                if (_finallyDepth > 0) { EmitNotImplemented("'return' inside 'finally'"); return; }
                if (_gen) { EmitGeneratorReturn(r.Value); return; }
                if (r.Value != null) EmitExpr(r.Value); else EmitNone();
                il.Emit(OpCodes.Stloc, _ret);
                il.Emit(OpCodes.Leave, _retLabel);
                return;
            case DeleteStmt d:
                foreach (var t in d.Targets) EmitDelete(t);
                return;
            case Global or Nonlocal:
                return;
            case AssertStmt asrt:
            {
                var ok = il.DefineLabel();
                EmitCondition(asrt.Test, ok, true);
                if (asrt.Msg != null) EmitExpr(asrt.Msg); else il.Emit(OpCodes.Ldnull);
                CallOps(nameof(Ops.AssertionFailed));
                il.Emit(OpCodes.Throw);
                il.MarkLabel(ok);
                return;
            }
            case Raise r:
                if (r.Exc == null) CallOps(nameof(Ops.Reraise));
                else
                {
                    EmitExpr(r.Exc);
                    if (r.Cause != null) EmitExpr(r.Cause); else il.Emit(OpCodes.Ldnull);
                    CallOps(nameof(Ops.MakeRaise));
                }
                il.Emit(OpCodes.Throw);
                return;
            case Try t:
                EmitTry(t);
                return;
            case FunctionDef fd:
                EmitFunctionDef(fd);
                return;
            case ClassDef cd:
                EmitClassDef(cd);
                return;
            case Import im:
                foreach (var alias in im.Names)
                {
                    if (alias.Name.Contains('.')) { EmitNotImplemented("dotted imports"); continue; }
                    il.Emit(OpCodes.Ldstr, alias.Name);
                    CallOps(nameof(Ops.ImportModule));
                    EmitStoreName(alias.Asname ?? alias.Name);
                }
                return;
            case ImportFrom imf:
            {
                if ((imf.Level ?? 0) != 0 || imf.Module == null) { EmitNotImplemented("relative imports"); return; }
                il.Emit(OpCodes.Ldstr, imf.Module);
                CallOps(nameof(Ops.ImportModule));
                var mod = il.DeclareLocal(typeof(PyObject));
                il.Emit(OpCodes.Stloc, mod);
                foreach (var alias in imf.Names)
                {
                    if (alias.Name == "*") { EmitNotImplemented("'from module import *'"); continue; }
                    il.Emit(OpCodes.Ldloc, mod);
                    il.Emit(OpCodes.Ldstr, alias.Name);
                    CallOps(nameof(Ops.ImportFrom));
                    EmitStoreName(alias.Asname ?? alias.Name);
                }
                return;
            }
            case With w:
                EmitWith(w, 0);
                return;
            case MatchStmt:
                EmitNotImplemented("the 'match' statement");
                return;
            case AsyncFunctionDef or AsyncFor or AsyncWith:
                EmitNotImplemented("async functions");
                return;
            case TryStar:
                EmitNotImplemented("'except*'");
                return;
        }
        EmitNotImplemented(s.PythonName + " statements");
    }

    private void EmitAugAssign(AugAssign aug)
    {
        var il = _il;
        switch (aug.Target)
        {
            case NameExpr n:
                EmitLoadName(n.Id);
                EmitExpr(aug.Value);
                EmitInPlace(aug.Op);
                EmitStoreName(n.Id);
                return;
            case AttributeExpr a:
            {
                var obj = il.DeclareLocal(typeof(PyObject));
                var val = il.DeclareLocal(typeof(PyObject));
                EmitExpr(a.Value);
                il.Emit(OpCodes.Stloc, obj);
                il.Emit(OpCodes.Ldloc, obj);
                il.Emit(OpCodes.Ldsfld, NewField(typeof(AttributeCache), new AttributeCache(Mangled(a.Attr))));
                CallOps(nameof(Ops.LoadAttr));
                EmitExpr(aug.Value);
                EmitInPlace(aug.Op);
                il.Emit(OpCodes.Stloc, val);
                il.Emit(OpCodes.Ldloc, obj);
                il.Emit(OpCodes.Ldloc, val);
                il.Emit(OpCodes.Ldsfld, NewField(typeof(AttributeCache), new AttributeCache(Mangled(a.Attr))));
                CallOps(nameof(Ops.StoreAttr));
                return;
            }
            case Subscript s:
            {
                var obj = il.DeclareLocal(typeof(PyObject));
                var key = il.DeclareLocal(typeof(PyObject));
                var val = il.DeclareLocal(typeof(PyObject));
                EmitExpr(s.Value);
                il.Emit(OpCodes.Stloc, obj);
                EmitExpr(s.Slice);
                il.Emit(OpCodes.Stloc, key);
                il.Emit(OpCodes.Ldloc, obj);
                il.Emit(OpCodes.Ldloc, key);
                CallOps(nameof(Ops.GetItem));
                EmitExpr(aug.Value);
                EmitInPlace(aug.Op);
                il.Emit(OpCodes.Stloc, val);
                il.Emit(OpCodes.Ldloc, obj);
                il.Emit(OpCodes.Ldloc, key);
                il.Emit(OpCodes.Ldloc, val);
                CallOps(nameof(Ops.SetItem));
                return;
            }
        }
        throw new CompileError("illegal expression for augmented assignment", aug);
    }

    private void EmitInPlace(BinaryOperator op)
    {
        if (op == BinaryOperator.Add) { CallOps(nameof(Ops.InPlaceAdd)); return; }
        if (op == BinaryOperator.Sub) { CallOps(nameof(Ops.InPlaceSub)); return; }
        var tmpB = _il.DeclareLocal(typeof(PyObject));
        var tmpA = _il.DeclareLocal(typeof(PyObject));
        _il.Emit(OpCodes.Stloc, tmpB);
        _il.Emit(OpCodes.Stloc, tmpA);
        _il.Emit(OpCodes.Ldc_I4, (int)ToBinOp(op));
        _il.Emit(OpCodes.Ldloc, tmpA);
        _il.Emit(OpCodes.Ldloc, tmpB);
        CallOps(nameof(Ops.InPlace));
    }

    private void EmitFor(For f)
    {
        var il = _il;
        var it = il.DeclareLocal(typeof(PyIterator));
        var item = il.DeclareLocal(typeof(PyObject));
        EmitExpr(f.Iter);
        CallOps(nameof(Ops.GetIter));
        // In a generator the iterator must survive yields: it lives in the frame.
        int slot = _gen ? NewSlot() : -1;
        if (_gen) EmitFrameStore(slot);
        else il.Emit(OpCodes.Stloc, it);
        var top = il.DefineLabel();
        var orelse = il.DefineLabel();
        var end = il.DefineLabel();
        il.MarkLabel(top);
        if (_gen)
        {
            EmitFrameLoad(slot);
            il.Emit(OpCodes.Castclass, typeof(PyIterator));
        }
        else il.Emit(OpCodes.Ldloc, it);
        EmitIteratorStep(item, orelse);
        EmitStore(f.Target);
        _loops.Push((top, end, _tryDepth));
        EmitStatements(f.Body);
        _loops.Pop();
        EmitLine(f.Lineno);
        il.Emit(OpCodes.Br, top);
        il.MarkLabel(orelse);
        EmitStatements(f.Orelse);
        il.MarkLabel(end);
    }

    private void EmitTry(Try t)
    {
        var il = _il;
        if (t.Finalbody.Count > 0)
        {
            il.BeginExceptionBlock();
            _tryDepth++;
            if (t.Handlers.Count > 0) EmitTryExcept(t);
            else EmitStatements(t.Body);
            il.BeginFinallyBlock();
            _finallyDepth++;
            var savedLoops = _loops.ToArray();
            _loops.Clear();
            EmitStatements(t.Finalbody);
            for (int i = savedLoops.Length - 1; i >= 0; i--) _loops.Push(savedLoops[i]);
            _finallyDepth--;
            il.EndExceptionBlock();
            _tryDepth--;
            return;
        }
        EmitTryExcept(t);
    }

    private void EmitTryExcept(Try t)
    {
        var il = _il;
        var elseLabel = il.DefineLabel();
        var end = il.DefineLabel();
        il.BeginExceptionBlock();
        _tryDepth++;
        EmitStatements(t.Body);
        il.Emit(OpCodes.Leave, elseLabel);
        il.BeginCatchBlock(typeof(Exception));
        var exObj = il.DeclareLocal(typeof(Exception));
        var pyExc = il.DeclareLocal(typeof(PyBaseException));
        il.Emit(OpCodes.Stloc, exObj);
        il.Emit(OpCodes.Ldloc, exObj);
        il.Emit(OpCodes.Ldsfld, CodeField);
        il.Emit(OpCodes.Ldloc, _line);
        CallOps(nameof(Ops.EnterHandler));
        il.Emit(OpCodes.Stloc, pyExc);
        il.BeginExceptionBlock();
        _tryDepth++;
        foreach (ExceptHandler h in t.Handlers)
        {
            var next = il.DefineLabel();
            EmitLine(h.Lineno);
            if (h.Type != null)
            {
                il.Emit(OpCodes.Ldloc, pyExc);
                EmitExpr(h.Type);
                CallOps(nameof(Ops.ExceptionMatches));
                il.Emit(OpCodes.Brfalse, next);
            }
            if (h.Name != null)
            {
                il.Emit(OpCodes.Ldloc, pyExc);
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
        il.Emit(OpCodes.Ldloc, pyExc);
        il.Emit(OpCodes.Newobj, typeof(PythonException).GetConstructor(new[] { typeof(PyBaseException) })!);
        il.Emit(OpCodes.Throw);
        il.BeginFinallyBlock();
        CallOps(nameof(Ops.LeaveHandler));
        il.EndExceptionBlock();
        _tryDepth--;
        il.Emit(OpCodes.Leave, end);
        il.EndExceptionBlock();
        _tryDepth--;
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
        var mgr = il.DeclareLocal(typeof(PyObject));
        var exited = il.DeclareLocal(typeof(bool));
        EmitExpr(item.ContextExpr);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, mgr);
        CallOps(nameof(Ops.WithEnter));
        if (item.OptionalVars != null) EmitStore(item.OptionalVars);
        else il.Emit(OpCodes.Pop);
        var end = il.DefineLabel();
        il.BeginExceptionBlock();
        _tryDepth++;
        il.BeginExceptionBlock();
        _tryDepth++;
        EmitWith(w, index + 1);
        il.Emit(OpCodes.Leave, end);
        il.BeginCatchBlock(typeof(Exception));
        var ex = il.DeclareLocal(typeof(Exception));
        il.Emit(OpCodes.Stloc, ex);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Stloc, exited);
        il.Emit(OpCodes.Ldloc, mgr);
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
        il.BeginFinallyBlock();
        var skip = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, exited);
        il.Emit(OpCodes.Brtrue, skip);
        il.Emit(OpCodes.Ldloc, mgr);
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

    /// <summary>Returns the value on top of the stack from the resume method with a new state; execution
    /// continues at the following resume label with the sent value on the stack.</summary>
    private void EmitYieldValueOnStack()
    {
        var il = _il;
        il.Emit(OpCodes.Stloc, _ret);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4, _resumeLabels.Count);
        il.Emit(OpCodes.Stfld, typeof(PyGenerator).GetField(nameof(PyGenerator.State))!);
        il.Emit(OpCodes.Leave, _retLabel);
        var resume = il.DefineLabel();
        _resumeLabels.Add(resume);
        il.MarkLabel(resume);
        il.Emit(OpCodes.Ldarg_1);
    }

    private bool CheckYieldPosition()
    {
        bool ok = _gen && _yieldAllowed && _tryDepth == 1;
        _yieldAllowed = false;
        if (ok) return true;
        EmitNotImplemented(_gen && _tryDepth > 1 ? "'yield' inside 'try'" : "'yield' inside an expression");
        _il.Emit(OpCodes.Ldnull);
        return false;
    }

    private void EmitYield(YieldExpr y)
    {
        if (!CheckYieldPosition()) return;
        if (y.Value != null) EmitExpr(y.Value); else EmitNone();
        EmitYieldValueOnStack();
    }

    private void EmitYieldFrom(YieldFrom y)
    {
        var il = _il;
        if (!CheckYieldPosition()) return;
        EmitExpr(y.Value);
        CallOps(nameof(Ops.GetIter));
        int slot = NewSlot();
        EmitFrameStore(slot);
        var item = il.DeclareLocal(typeof(PyObject));
        var top = il.DefineLabel();
        var end = il.DefineLabel();
        il.MarkLabel(top);
        EmitFrameLoad(slot);
        il.Emit(OpCodes.Castclass, typeof(PyIterator));
        EmitIteratorStep(item, end);
        EmitYieldValueOnStack();
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Br, top);
        il.MarkLabel(end);
        EmitFrameLoad(slot);
        CallOps(nameof(Ops.YieldFromResult));
    }

    // ---- functions and classes ----
    private void EmitFunctionDef(FunctionDef fd)
    {
        foreach (var d in fd.DecoratorList) EmitExpr(d);
        EmitMakeFunction(fd, fd.Name, fd.Args, fd.Lineno);
        for (int i = 0; i < fd.DecoratorList.Count; i++)
            _il.Emit(OpCodes.Callvirt, typeof(PyObject).GetMethod(nameof(PyObject.Call1))!);
        EmitStoreName(fd.Name);
    }

    private void EmitMakeFunction(Node node, string name, Arguments args, int line)
    {
        var il = _il;
        var scope = _unit.Scopes[node];
        var names = CompilerScopes.Params(node).ToArray();
        int pos = args.Posonlyargs.Count + args.Args.Count;
        var unit = new CodeUnit { Scope = scope, Node = node, Filename = _unit.Filename, Module = _unit.Module, Scopes = _unit.Scopes };
        var code = PythonCompiler.NewCode(unit, name, CompilerScopes.QualName(scope), line, names, args.Posonlyargs.Count, pos,
            args.Vararg != null, args.Kwonlyargs.Count, args.Kwarg != null);
        il.Emit(OpCodes.Ldsfld, NewField(typeof(FunctionCode), code));
        il.Emit(OpCodes.Ldsfld, NewField(typeof(PyModule), _unit.Module));
        if (args.Defaults.Count > 0) EmitArray(args.Defaults);
        else il.Emit(OpCodes.Ldnull);
        var kwNames = new List<string>();
        var kwValues = new List<Expr>();
        for (int i = 0; i < args.Kwonlyargs.Count; i++)
            if (args.KwDefaults[i] != null) { kwNames.Add(args.Kwonlyargs[i].Arg); kwValues.Add(args.KwDefaults[i]); }
        if (kwNames.Count > 0)
        {
            EmitArray(kwValues);
            il.Emit(OpCodes.Ldsfld, NewField(typeof(string[]), kwNames.ToArray()));
        }
        else
        {
            il.Emit(OpCodes.Ldnull);
            il.Emit(OpCodes.Ldnull);
        }
        EmitClosure(scope);
        CallOps(nameof(Ops.MakeFunction));
    }

    /// <summary>The cells a nested scope closes over, in its free-variable order.</summary>
    private void EmitClosure(Scope inner)
    {
        var il = _il;
        var frees = inner.FreeVars();
        if (frees.Count == 0) { il.Emit(OpCodes.Ldnull); return; }
        il.Emit(OpCodes.Ldc_I4, frees.Count);
        il.Emit(OpCodes.Newarr, typeof(PyCell));
        for (int i = 0; i < frees.Count; i++)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldloc, CellFor(frees[i], _comps.Count - 1));
            il.Emit(OpCodes.Stelem_Ref);
        }
    }

    private void EmitClassDef(ClassDef cd)
    {
        var il = _il;
        if (cd.Keywords.Any(k => k.Arg == null) || cd.Bases.Any(b => b is StarredExpr))
        {
            EmitNotImplemented("*bases or **kwargs in a class statement");
            return;
        }
        foreach (var d in cd.DecoratorList) EmitExpr(d);
        var scope = _unit.Scopes[cd];
        var unit = new CodeUnit { Scope = scope, Node = cd, Filename = _unit.Filename, Module = _unit.Module, Scopes = _unit.Scopes };
        var qualName = CompilerScopes.QualName(scope);
        var code = PythonCompiler.NewCode(unit, cd.Name, qualName, cd.Lineno, new[] { "__ns__" }, 0, 1, false, 0, false);
        il.Emit(OpCodes.Ldsfld, NewField(typeof(FunctionCode), code));
        il.Emit(OpCodes.Ldsfld, NewField(typeof(PyModule), _unit.Module));
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Ldnull);
        EmitClosure(scope);
        CallOps(nameof(Ops.MakeFunction));
        il.Emit(OpCodes.Ldstr, cd.Name);
        il.Emit(OpCodes.Ldstr, qualName);
        EmitArray(cd.Bases);
        if (cd.Keywords.Count > 0)
        {
            il.Emit(OpCodes.Ldsfld, NewField(typeof(string[]), cd.Keywords.Select(k => k.Arg!).ToArray()));
            EmitArray(cd.Keywords.Select(k => k.Value).ToList());
            il.Emit(OpCodes.Ldsfld, NewField(typeof(PyModule), _unit.Module));
            CallOps(nameof(Ops.MakeClassKw));
        }
        else
        {
            il.Emit(OpCodes.Ldsfld, NewField(typeof(PyModule), _unit.Module));
            CallOps(nameof(Ops.MakeClass));
        }
        for (int i = 0; i < cd.DecoratorList.Count; i++)
            il.Emit(OpCodes.Callvirt, typeof(PyObject).GetMethod(nameof(PyObject.Call1))!);
        EmitStoreName(cd.Name);
    }
}
