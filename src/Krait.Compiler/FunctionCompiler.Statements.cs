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

    /// <summary>Pushes the result of <c>__import__(name, globals, None, fromlist, level)</c>.</summary>
    private void EmitImportName(string name, PyTuple? fromlist, int level)
    {
        var il = _il;
        il.Emit(OpCodes.Ldsfld, StrConst(name));
        if (fromlist == null) il.Emit(OpCodes.Ldnull);
        else il.Emit(OpCodes.Ldsfld, NewField(typeof(PyTuple), fromlist));
        il.Emit(OpCodes.Ldc_I4, level);
        il.Emit(OpCodes.Ldsfld, NewField(typeof(PyModule), _unit.Module));
        CallOps(nameof(Ops.ImportName));
    }

    private void EmitNotImplemented(string feature)
    {
        EmitThrowNew(nameof(Ops.NotImplementedFeature), feature);
    }

    /// <summary>Where CPython reports a failed assert: the last comparison its condition jumps on (through
    /// <c>not</c>, <c>and</c>/<c>or</c> and conditional expressions, in compile order), else the whole statement,
    /// whichever operand decided.</summary>
    private static LocatedNode AssertFailurePosition(AssertStmt a) => LastJumpComparison(a.Test) ?? (LocatedNode)a;

    private static CompareExpr? LastJumpComparison(Expr e)
    {
        switch (e)
        {
            case CompareExpr c: return c;
            case UnaryOp { Op: UnaryOperator.Not } u: return LastJumpComparison(u.Operand);
            case IfExp i: return LastJumpComparison(i.Orelse) ?? LastJumpComparison(i.Body) ?? LastJumpComparison(i.Test);
            case BoolOp b:
                for (int k = b.Values.Count - 1; k >= 0; k--)
                    if (LastJumpComparison(b.Values[k]) is { } found) return found;
                return null;
            default: return null;
        }
    }

    private void EmitStatement(Stmt s)
    {
        var il = _il;
        EmitPos(s);
        if (_gen && TryEmitSpilledStatement(s)) return;
        if (_gen && s is Return or Break or Continue && TryEmitExitThroughFinally(s)) return;
        switch (s)
        {
            case ExprStmt e:
                _yieldAllowed = true;
                EmitExpr(e.Value);
                il.Emit(OpCodes.Pop);
                return;
            case Assign a:
                if (TryEmitShadowAssign(a) || TryEmitParallelAssign(a)) return;
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
                EmitAnnAssign(ann);
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
                EmitSignalCheck();
                EmitLine(w.Lineno);
                // A yield in the test: the test is computed into a frame slot at the top of each iteration.
                EmitCondition(_gen && HasYield(w.Test) ? Spill(w.Test, out _) : w.Test, orelse, false);
                _loops.Push(new LoopTargets(top, end, _tryDepth));
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
                if (_unit.Optimize > 0) return;
                var ok = il.DefineLabel();
                EmitCondition(asrt.Test, ok, true);
                // The stack is empty here, so a message holding a yield can be computed in place.
                if (asrt.Msg != null) { if (_gen) EmitWithEmptyStack(asrt.Msg); else EmitExpr(asrt.Msg); }
                else il.Emit(OpCodes.Ldnull);
                EmitPos(AssertFailurePosition(asrt), track: false);
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
                EmitPos(s);
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
                    EmitImportName(alias.Name, null, 0);
                    if (alias.Asname == null)
                    {
                        // `import a.b.c` binds the top-level package, which ImportName returns.
                        int dot = alias.Name.IndexOf('.');
                        EmitStoreName(dot < 0 ? alias.Name : alias.Name.Substring(0, dot));
                        continue;
                    }
                    // `import a.b.c as d` walks down from `a` as CPython's IMPORT_FROM chain does.
                    var parts = alias.Name.Split('.');
                    for (int i = 1; i < parts.Length; i++)
                    {
                        il.Emit(OpCodes.Ldstr, parts[i]);
                        CallOps(nameof(Ops.ImportFrom));
                    }
                    EmitStoreName(alias.Asname);
                }
                return;
            case ImportFrom imf:
            {
                var fromlist = new PyObject[imf.Names.Count];
                for (int i = 0; i < fromlist.Length; i++) fromlist[i] = new PyStr(imf.Names[i].Name);
                EmitImportName(imf.Module ?? "", new PyTuple(fromlist), imf.Level ?? 0);
                if (imf.Names.Count == 1 && imf.Names[0].Name == "*")
                {
                    // Only allowed at module level (the symtable rejects it elsewhere): names go to the globals.
                    il.Emit(OpCodes.Ldsfld, NewField(typeof(PyModule), _unit.Module));
                    CallOps(nameof(Ops.ImportStar));
                    return;
                }
                var mod = il.DeclareLocal(typeof(PyObject));
                il.Emit(OpCodes.Stloc, mod);
                foreach (var alias in imf.Names)
                {
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
            case MatchStmt m:
                EmitMatch(m);
                return;
            case AsyncFunctionDef afd:
                foreach (var d in afd.DecoratorList) EmitExpr(d);
                EmitMakeFunction(afd, afd.Name, afd.Args, afd.Lineno);
                EmitFunctionAnnotations(afd.Args, afd.Returns);
                EmitApplyDecorators(afd.DecoratorList);
                EmitStoreName(afd.Name);
                return;
            case AsyncFor or AsyncWith:
                EmitNotImplemented("async functions");
                return;
            case TryStar ts:
                EmitTryStar(ts);
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
                if (TryEmitShadowAugAssign(aug)) return;
                EmitLoadName(n.Id);
                EmitAugmentedValue(aug);
                EmitStoreName(n.Id);
                return;
            case AttributeExpr a:
            {
                var obj = RentLocal(typeof(PyObject));
                var val = RentLocal(typeof(PyObject));
                EmitExpr(a.Value);
                il.Emit(OpCodes.Stloc, obj);
                il.Emit(OpCodes.Ldloc, obj);
                il.Emit(OpCodes.Ldsfld, NewField(typeof(AttributeCache), new AttributeCache(Mangled(a.Attr))));
                EmitPos(a);
                CallOps(nameof(Ops.LoadAttr));
                EmitAugmentedValue(aug);
                il.Emit(OpCodes.Stloc, val);
                il.Emit(OpCodes.Ldloc, obj);
                il.Emit(OpCodes.Ldloc, val);
                il.Emit(OpCodes.Ldsfld, NewField(typeof(AttributeCache), new AttributeCache(Mangled(a.Attr))));
                EmitPos(a);
                CallOps(nameof(Ops.StoreAttr));
                ReturnLocal(obj);
                ReturnLocal(val);
                return;
            }
            case Subscript s:
            {
                var obj = RentLocal(typeof(PyObject));
                var key = RentLocal(typeof(PyObject));
                var val = RentLocal(typeof(PyObject));
                EmitExpr(s.Value);
                il.Emit(OpCodes.Stloc, obj);
                EmitExpr(s.Slice);
                il.Emit(OpCodes.Stloc, key);
                il.Emit(OpCodes.Ldloc, obj);
                il.Emit(OpCodes.Ldloc, key);
                EmitPos(s);
                CallOps(nameof(Ops.GetItem));
                EmitExpr(aug.Value);
                EmitPos(aug);
                EmitInPlace(aug.Op);
                il.Emit(OpCodes.Stloc, val);
                il.Emit(OpCodes.Ldloc, obj);
                il.Emit(OpCodes.Ldloc, key);
                il.Emit(OpCodes.Ldloc, val);
                EmitPos(s);
                CallOps(nameof(Ops.SetItem));
                ReturnLocal(obj);
                ReturnLocal(key);
                ReturnLocal(val);
                return;
            }
        }
        throw new CompileError("illegal expression for augmented assignment", aug);
    }

    /// <summary>With the target's current value on the stack: the value of <c>target op= value</c>.</summary>
    private void EmitAugmentedValue(AugAssign aug)
    {
        if (TryEmitFusedAugmented(aug)) return;
        EmitExpr(aug.Value);
        EmitPos(aug);
        EmitInPlace(aug.Op);
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
        if (IsRangeLoop(f)) { EmitRangeFor(f); return; }
        var il = _il;
        var it = il.DeclareLocal(typeof(PyIterator));
        var item = il.DeclareLocal(typeof(PyObject));
        if (!TryEmitGeneratorRangeIter(f))
        {
            EmitExpr(f.Iter);
            EmitPos(f);
            CallOps(nameof(Ops.GetIter));
        }
        // In a generator the iterator must survive yields: it lives in the frame.
        int slot = _gen ? NewSlot() : -1;
        if (_gen) EmitFrameStore(slot);
        else il.Emit(OpCodes.Stloc, it);
        var top = il.DefineLabel();
        var orelse = il.DefineLabel();
        var end = il.DefineLabel();
        var next = il.DefineLabel();
        il.MarkLabel(top);
        // Ops.IterNext takes the frame's PyObject as it is: only iterators are stored in this slot.
        if (_gen) EmitFrameLoad(slot);
        else il.Emit(OpCodes.Ldloc, it);
        EmitIteratorStep(item, orelse);
        EmitStore(f.Target);
        _loops.Push(new LoopTargets(next, end, _tryDepth));
        EmitStatements(f.Body);
        _loops.Pop();
        // Signals are checked at the back-edge, before the line returns to the for statement: a
        // KeyboardInterrupt there reports the body's last line, as CPython's does.
        il.MarkLabel(next);
        EmitSignalCheck();
        EmitPos(f);
        il.Emit(OpCodes.Br, top);
        il.MarkLabel(orelse);
        EmitStatements(f.Orelse);
        il.MarkLabel(end);
    }

    // ---- functions and classes ----
    private void EmitFunctionDef(FunctionDef fd)
    {
        foreach (var d in fd.DecoratorList) EmitExpr(d);
        EmitMakeFunction(fd, fd.Name, fd.Args, fd.Lineno);
        EmitFunctionAnnotations(fd.Args, fd.Returns);
        EmitApplyDecorators(fd.DecoratorList);
        EmitStoreName(fd.Name);
    }

    private void EmitMakeFunction(Node node, string name, Arguments args, int line)
    {
        var il = _il;
        var scope = _unit.Scopes[node];
        var names = CompilerScopes.Params(node).ToArray();
        int pos = args.Posonlyargs.Count + args.Args.Count;
        var unit = new CodeUnit { Scope = scope, Node = node, Filename = _unit.Filename, Module = _unit.Module, Scopes = _unit.Scopes, Optimize = _unit.Optimize };
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

    /// <summary>With the decorators (evaluated first) and the function or class on the stack: applies them
    /// innermost first, each call at its decorator's position.</summary>
    private void EmitApplyDecorators(List<Expr> decorators)
    {
        for (int i = decorators.Count - 1; i >= 0; i--)
        {
            EmitPos(decorators[i]);
            _il.Emit(OpCodes.Callvirt, s_call1);
        }
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
        var unit = new CodeUnit { Scope = scope, Node = cd, Filename = _unit.Filename, Module = _unit.Module, Scopes = _unit.Scopes, Optimize = _unit.Optimize };
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
        EmitApplyDecorators(cd.DecoratorList);
        EmitStoreName(cd.Name);
    }
}
