using System.Numerics;
using System.Reflection;
using System.Reflection.Emit;
using Krait.Runtime;
using Krait.Compiler.Scopes;
using Krait.Syntax.Ast;
using BinOp = Krait.Runtime.BinOp;
using BinOpExpr = Krait.Syntax.Ast.BinOp;

namespace Krait.Compiler;

internal sealed partial class FunctionCompiler
{
    private static readonly MethodInfo s_call0 = typeof(PyObject).GetMethod(nameof(PyObject.Call0))!;
    private static readonly MethodInfo s_call1 = typeof(PyObject).GetMethod(nameof(PyObject.Call1))!;
    private static readonly MethodInfo s_call2 = typeof(PyObject).GetMethod(nameof(PyObject.Call2))!;
    private static readonly MethodInfo s_call3 = typeof(PyObject).GetMethod(nameof(PyObject.Call3))!;
    private static readonly MethodInfo s_callN = typeof(PyObject).GetMethod(nameof(PyObject.Call))!;
    private static readonly MethodInfo s_listAppend = typeof(PyList).GetMethod(nameof(PyList.Append))!;

    private static BinOp ToBinOp(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => BinOp.Add, BinaryOperator.Sub => BinOp.Sub, BinaryOperator.Mult => BinOp.Mul,
        BinaryOperator.MatMult => BinOp.MatMul, BinaryOperator.Div => BinOp.TrueDiv, BinaryOperator.Mod => BinOp.Mod,
        BinaryOperator.Pow => BinOp.Pow, BinaryOperator.LShift => BinOp.LShift, BinaryOperator.RShift => BinOp.RShift,
        BinaryOperator.BitOr => BinOp.Or, BinaryOperator.BitXor => BinOp.Xor, BinaryOperator.BitAnd => BinOp.And,
        _ => BinOp.FloorDiv,
    };

    private static string BinaryMethod(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => nameof(Ops.Add), BinaryOperator.Sub => nameof(Ops.Sub), BinaryOperator.Mult => nameof(Ops.Mul),
        BinaryOperator.MatMult => nameof(Ops.MatMul), BinaryOperator.Div => nameof(Ops.TrueDiv), BinaryOperator.Mod => nameof(Ops.Mod),
        BinaryOperator.Pow => nameof(Ops.Pow), BinaryOperator.LShift => nameof(Ops.LShift), BinaryOperator.RShift => nameof(Ops.RShift),
        BinaryOperator.BitOr => nameof(Ops.BitOr), BinaryOperator.BitXor => nameof(Ops.BitXor), BinaryOperator.BitAnd => nameof(Ops.BitAnd),
        _ => nameof(Ops.FloorDiv),
    };

    private static string CompareMethod(CompareOperator op, bool asBool) => op switch
    {
        CompareOperator.Eq => asBool ? nameof(Ops.EqBool) : nameof(Ops.Eq),
        CompareOperator.NotEq => asBool ? nameof(Ops.NeBool) : nameof(Ops.Ne),
        CompareOperator.Lt => asBool ? nameof(Ops.LtBool) : nameof(Ops.Lt),
        CompareOperator.LtE => asBool ? nameof(Ops.LeBool) : nameof(Ops.Le),
        CompareOperator.Gt => asBool ? nameof(Ops.GtBool) : nameof(Ops.Gt),
        CompareOperator.GtE => asBool ? nameof(Ops.GeBool) : nameof(Ops.Ge),
        CompareOperator.In => asBool ? nameof(Ops.InBool) : nameof(Ops.In),
        CompareOperator.NotIn => nameof(Ops.NotIn),
        CompareOperator.Is => nameof(Ops.Is),
        _ => nameof(Ops.IsNot),
    };

    private void EmitArray(List<Expr> items)
    {
        var il = _il;
        il.Emit(OpCodes.Ldc_I4, items.Count);
        il.Emit(OpCodes.Newarr, typeof(PyObject));
        for (int i = 0; i < items.Count; i++)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldc_I4, i);
            EmitExpr(items[i]);
            il.Emit(OpCodes.Call, s_storeNoCheck);
        }
    }

    /// <summary>Items with possible <c>*x</c> into a new PyList left on the stack.</summary>
    private void EmitListWithStars(List<Expr> items)
    {
        var il = _il;
        il.Emit(OpCodes.Newobj, RuntimeMembers.ListNew);
        foreach (var e in items)
        {
            il.Emit(OpCodes.Dup);
            if (e is StarredExpr s)
            {
                EmitExpr(s.Value);
                CallOps(nameof(Ops.ExtendList));
            }
            else
            {
                EmitExpr(e);
                il.Emit(OpCodes.Call, s_listAppend);
            }
        }
    }

    /// <summary>Branches to <paramref name="target"/> when the truth of <paramref name="e"/> equals
    /// <paramref name="jumpIf"/>; comparisons and boolean operators avoid boxing a bool.</summary>
    private void EmitCondition(Expr e, Label target, bool jumpIf)
    {
        var il = _il;
        switch (e)
        {
            case UnaryOp { Op: UnaryOperator.Not } u:
                EmitCondition(u.Operand, target, !jumpIf);
                return;
            case BoolOp b:
            {
                bool isAnd = b.Op == BoolOperator.And;
                if (isAnd != jumpIf)
                {
                    // and/jump-if-false, or/jump-if-true: any operand decides.
                    foreach (var v in b.Values) EmitCondition(v, target, jumpIf);
                    return;
                }
                var skip = il.DefineLabel();
                for (int i = 0; i < b.Values.Count - 1; i++) EmitCondition(b.Values[i], skip, !jumpIf);
                EmitCondition(b.Values[^1], target, jumpIf);
                il.MarkLabel(skip);
                return;
            }
            case CompareExpr c when c.Ops.Count == 1:
            {
                var op = c.Ops[0];
                if (TryEmitFusedCondition(c, target, jumpIf)) return;
                EmitExpr(c.Left);
                EmitExpr(c.Comparators[0]);
                switch (op)
                {
                    case CompareOperator.Is: il.Emit(jumpIf ? OpCodes.Beq : OpCodes.Bne_Un, target); return;
                    case CompareOperator.IsNot: il.Emit(jumpIf ? OpCodes.Bne_Un : OpCodes.Beq, target); return;
                    case CompareOperator.NotIn:
                        EmitPos(c);
                        CallOps(nameof(Ops.InBool));
                        il.Emit(jumpIf ? OpCodes.Brfalse : OpCodes.Brtrue, target);
                        return;
                }
                EmitPos(c);
                CallOps(CompareMethod(op, true));
                il.Emit(jumpIf ? OpCodes.Brtrue : OpCodes.Brfalse, target);
                return;
            }
        }
        EmitExpr(e);
        il.Emit(OpCodes.Call, s_isTrue);
        il.Emit(jumpIf ? OpCodes.Brtrue : OpCodes.Brfalse, target);
    }

    private void EmitExpr(Expr e)
    {
        var il = _il;
        // A yield is only allowed as the whole value of an expression statement or assignment (the IL stack
        // must be empty where the method returns).
        if (e is not (YieldExpr or YieldFrom)) _yieldAllowed = false;
        switch (e)
        {
            case Constant c:
                EmitConst(ConstantValue(c.Value));
                return;
            case SlotExpr slot:
                EmitFrameLoad(slot.Slot);
                return;
            case NameExpr { Id: "__debug__" }:
                // A constant of the compilation, as CPython's compiler makes it.
                EmitConst(PyBool.Get(_unit.Optimize == 0));
                return;
            case NameExpr n:
                EmitLoadName(n.Id, n);
                return;
            case BinOpExpr b:
                if (TryEmitFusedBinOp(b)) return;
                EmitExpr(b.Left);
                EmitExpr(b.Right);
                EmitPos(b);
                CallOps(BinaryMethod(b.Op));
                return;
            case UnaryOp u:
                EmitExpr(u.Operand);
                EmitPos(u);
                CallOps(u.Op switch
                {
                    UnaryOperator.Not => nameof(Ops.Not), UnaryOperator.USub => nameof(Ops.Neg),
                    UnaryOperator.UAdd => nameof(Ops.Pos), _ => nameof(Ops.Invert),
                });
                return;
            case BoolOp bo:
            {
                var end = il.DefineLabel();
                for (int i = 0; i < bo.Values.Count; i++)
                {
                    EmitExpr(bo.Values[i]);
                    if (i == bo.Values.Count - 1) break;
                    il.Emit(OpCodes.Dup);
                    il.Emit(OpCodes.Call, s_isTrue);
                    il.Emit(bo.Op == BoolOperator.Or ? OpCodes.Brtrue : OpCodes.Brfalse, end);
                    il.Emit(OpCodes.Pop);
                }
                il.MarkLabel(end);
                return;
            }
            case CompareExpr cmp:
                EmitCompare(cmp);
                return;
            case IfExp ie:
            {
                var elseLabel = il.DefineLabel();
                var end = il.DefineLabel();
                EmitCondition(ie.Test, elseLabel, false);
                EmitExpr(ie.Body);
                il.Emit(OpCodes.Br, end);
                il.MarkLabel(elseLabel);
                EmitExpr(ie.Orelse);
                il.MarkLabel(end);
                return;
            }
            case CallExpr call:
                EmitCall(call);
                return;
            case AttributeExpr a:
                EmitExpr(a.Value);
                il.Emit(OpCodes.Ldsfld, NewField(typeof(AttributeCache), new AttributeCache(Mangled(a.Attr))));
                EmitPos(a);
                CallOps(nameof(Ops.LoadAttr));
                return;
            case Subscript { Slice: SliceExpr { Step: null, Upper: BinOpExpr { Op: BinaryOperator.Add } sum } range } s
                when !(_gen && (HasYield(s.Value) || HasYield(range.Lower) || HasYield(sum))):
                EmitSliceAdd(s, range.Lower, sum);
                return;
            case Subscript { Slice: SliceExpr { Step: null } range } s:
                // o[lo:hi] makes no slice object for str and list (Ops.GetSlice).
                EmitExpr(s.Value);
                if (range.Lower != null) EmitExpr(range.Lower); else il.Emit(OpCodes.Ldnull);
                if (range.Upper != null) EmitExpr(range.Upper); else il.Emit(OpCodes.Ldnull);
                EmitPos(s);
                CallOps(nameof(Ops.GetSlice));
                return;
            case Subscript s:
                EmitExpr(s.Value);
                if (TryEmitUnboxedIndex(s, store: false)) return;
                EmitExpr(s.Slice);
                EmitPos(s);
                CallOps(nameof(Ops.GetItem));
                return;
            case SliceExpr sl:
                if (sl.Lower != null) EmitExpr(sl.Lower); else il.Emit(OpCodes.Ldnull);
                if (sl.Upper != null) EmitExpr(sl.Upper); else il.Emit(OpCodes.Ldnull);
                if (sl.Step != null) EmitExpr(sl.Step); else il.Emit(OpCodes.Ldnull);
                CallOps(nameof(Ops.MakeSlice));
                return;
            case TupleExpr t:
                if (t.Elts.Any(x => x is StarredExpr))
                {
                    EmitListWithStars(t.Elts);
                    CallOps(nameof(Ops.ListToTuple));
                    return;
                }
                if (t.Elts.Count == 0) { il.Emit(OpCodes.Ldsfld, RuntimeMembers.TupleEmpty); return; }
                EmitArray(t.Elts);
                il.Emit(OpCodes.Newobj, RuntimeMembers.TupleNew);
                return;
            case ListExpr l:
                if (l.Elts.Any(x => x is StarredExpr)) { EmitListWithStars(l.Elts); return; }
                if (l.Elts.Count == 0) { il.Emit(OpCodes.Newobj, RuntimeMembers.ListNew); return; }
                EmitArray(l.Elts);
                il.Emit(OpCodes.Newobj, RuntimeMembers.ListFromArray);
                return;
            case SetExpr se:
                if (se.Elts.Any(x => x is StarredExpr))
                {
                    // `*x` merges x as set.update does (a set's table is copied, not re-added item by item).
                    il.Emit(OpCodes.Ldc_I4_0);
                    il.Emit(OpCodes.Newobj, RuntimeMembers.SetNew);
                    foreach (var item in se.Elts)
                    {
                        il.Emit(OpCodes.Dup);
                        EmitExpr(item is StarredExpr st ? st.Value : item);
                        CallOps(item is StarredExpr ? nameof(Ops.SetUpdate) : nameof(Ops.SetAdd));
                    }
                    return;
                }
                EmitArray(se.Elts);
                // CPython compiles a display of three or more constants as a frozenset constant merged into a
                // new set, which places the items differently from adding them one by one.
                CallOps(se.Elts.Count > 2 && se.Elts.All(ConstantDisplay.IsFolded) ? nameof(Ops.SetFromConstants) : nameof(Ops.SetFromItems));
                return;
            case DictExpr d:
                EmitDict(d);
                return;
            case ListComp lc:
                EmitComprehension(lc, lc.Generators, () =>
                {
                    il.Emit(OpCodes.Newobj, RuntimeMembers.ListNew);
                }, acc =>
                {
                    il.Emit(OpCodes.Ldloc, acc);
                    EmitExpr(lc.Elt);
                    il.Emit(OpCodes.Call, s_listAppend);
                }, typeof(PyList));
                return;
            case GeneratorExp ge:
                EmitGenexp(ge);
                return;
            case SetComp sc:
                EmitComprehension(sc, sc.Generators, () =>
                {
                    il.Emit(OpCodes.Ldc_I4_0);
                    il.Emit(OpCodes.Newobj, RuntimeMembers.SetNew);
                }, acc =>
                {
                    il.Emit(OpCodes.Ldloc, acc);
                    EmitExpr(sc.Elt);
                    CallOps(nameof(Ops.SetAdd));
                }, typeof(PySet));
                return;
            case DictComp dc:
                EmitComprehension(dc, dc.Generators, () =>
                {
                    il.Emit(OpCodes.Newobj, RuntimeMembers.DictNew);
                }, acc =>
                {
                    il.Emit(OpCodes.Ldloc, acc);
                    EmitExpr(dc.Key);
                    EmitExpr(dc.Value);
                    CallOps(nameof(Ops.DictSet));
                }, typeof(PyDict));
                return;
            case LambdaExpr lam:
                EmitMakeFunction(lam, "<lambda>", lam.Args, lam.Lineno);
                return;
            case JoinedStr js:
                EmitJoinedStr(js);
                return;
            case FormattedValue fv:
                EmitFormattedValue(fv);
                return;
            case NamedExpr ne:
                EmitExpr(ne.Value);
                il.Emit(OpCodes.Dup);
                EmitStore(ne.Target);
                return;
            case YieldExpr y:
                EmitYield(y);
                return;
            case YieldFrom yf:
                EmitYieldFrom(yf);
                return;
            case AwaitExpr:
                EmitNotImplemented("async functions (await)");
                il.Emit(OpCodes.Ldnull);
                return;
            case StarredExpr:
                throw new CompileError("can't use starred expression here", e);
        }
        EmitNotImplemented(e.PythonName + " expressions");
        il.Emit(OpCodes.Ldnull);
    }

    internal static PyObject ConstantValue(object? v) => v switch
    {
        null => PyNone.Instance,
        bool b => PyBool.Get(b),
        long l => PyInt.Get(l),
        int i => PyInt.Get(i),
        BigInteger bi => PyInt.From(bi),
        double d => new PyFloat(d),
        string s => new PyStr(s),
        byte[] bytes => new PyBytes(bytes),
        EllipsisValue => PyEllipsis.Instance,
        ImaginaryValue im => new PyComplex(0, im.Imag),
        CodePointString cps => new PyStr(string.Concat(cps.CodePoints.Select(PyStr.FromCodePoint))),
        _ => throw new CompileError("unknown constant " + v.GetType().Name, null),
    };

    private void EmitCompare(CompareExpr cmp)
    {
        var il = _il;
        if (cmp.Ops.Count == 1)
        {
            EmitExpr(cmp.Left);
            EmitExpr(cmp.Comparators[0]);
            EmitPos(cmp);
            CallOps(CompareMethod(cmp.Ops[0], false));
            return;
        }
        var end = il.DefineLabel();
        var right = il.DeclareLocal(typeof(PyObject));
        EmitExpr(cmp.Left);
        for (int i = 0; i < cmp.Ops.Count; i++)
        {
            EmitExpr(cmp.Comparators[i]);
            if (i < cmp.Ops.Count - 1)
            {
                il.Emit(OpCodes.Dup);
                il.Emit(OpCodes.Stloc, right);
            }
            EmitPos(cmp);
            CallOps(CompareMethod(cmp.Ops[i], false));
            if (i < cmp.Ops.Count - 1)
            {
                il.Emit(OpCodes.Dup);
                il.Emit(OpCodes.Call, s_isTrue);
                il.Emit(OpCodes.Brfalse, end);
                il.Emit(OpCodes.Pop);
                il.Emit(OpCodes.Ldloc, right);
            }
        }
        il.MarkLabel(end);
    }

    private void EmitDict(DictExpr d)
    {
        var il = _il;
        il.Emit(OpCodes.Newobj, RuntimeMembers.DictNew);
        for (int i = 0; i < d.Keys.Count; i++)
        {
            il.Emit(OpCodes.Dup);
            if (d.Keys[i] == null)
            {
                EmitExpr(d.Values[i]);
                CallOps(nameof(Ops.MergeDisplay));
                continue;
            }
            EmitExpr(d.Keys[i]!);
            EmitExpr(d.Values[i]);
            CallOps(nameof(Ops.DictSet));
        }
    }

    /// <summary>A generator expression is a real generator, as in CPython: a one-parameter generator function
    /// (its own code unit, compiled lazily like any function) called with the iterator of the first iterable,
    /// which is evaluated here in the enclosing scope. Unlike the other comprehensions it cannot be inlined:
    /// its body runs on each next(), after this method may have returned.</summary>
    private void EmitGenexp(GeneratorExp ge)
    {
        var il = _il;
        foreach (var g in ge.Generators)
            if (g.IsAsync != 0) throw new CompileError("async generator expressions are not supported", g);
        var scope = _unit.Scopes[ge];
        var unit = new CodeUnit { Scope = scope, Node = ge, Filename = _unit.Filename, Module = _unit.Module, Scopes = _unit.Scopes, Optimize = _unit.Optimize };
        var code = PythonCompiler.NewCode(unit, "<genexpr>", CompilerScopes.QualName(scope), ge.Lineno,
            new[] { ".0" }, 0, 1, false, 0, false);
        il.Emit(OpCodes.Ldsfld, NewField(typeof(FunctionCode), code));
        il.Emit(OpCodes.Ldsfld, NewField(typeof(PyModule), _unit.Module));
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Ldnull);
        EmitClosure(scope);
        CallOps(nameof(Ops.MakeFunction));
        EmitExpr(ge.Generators[0].Iter);
        CallOps(nameof(Ops.GetIter));
        il.Emit(OpCodes.Callvirt, s_call1);
    }

    /// <summary>The body of a generator expression's own code object: the loops of every `for` clause, yielding
    /// the element at the innermost. Iterators live in frame slots because they must survive the yields; the
    /// first one is the ".0" parameter.</summary>
    private void EmitGenexpLevel(GeneratorExp ge, int level)
    {
        var il = _il;
        var g = ge.Generators[level];
        int slot;
        if (level == 0) slot = _slots[".0"];
        else
        {
            EmitExpr(g.Iter);
            CallOps(nameof(Ops.GetIter));
            slot = NewSlot();
            EmitFrameStore(slot);
        }
        var item = il.DeclareLocal(typeof(PyObject));
        var top = il.DefineLabel();
        var end = il.DefineLabel();
        il.MarkLabel(top);
        EmitFrameLoad(slot);
        EmitIteratorStep(item, end);
        EmitStore(g.Target);
        foreach (var cond in g.Ifs) EmitCondition(cond, top, false);
        if (level + 1 < ge.Generators.Count) EmitGenexpLevel(ge, level + 1);
        else
        {
            // The stack is empty here (loop bodies start empty), as a yield's leave requires.
            EmitLine(ge.Elt.Lineno);
            EmitExpr(ge.Elt);
            EmitYieldValueOnStack();
            il.Emit(OpCodes.Pop);
            // The line is an IL local, lost across the yield: tracebacks from the loops and conditions that
            // run after resuming need it again.
            EmitLine(ge.Lineno);
        }
        il.Emit(OpCodes.Br, top);
        il.MarkLabel(end);
    }

    /// <summary>A comprehension inlined into this method: its loop variables are fresh IL locals.</summary>
    /// <summary>A comprehension inlined into this method. The first iterable is evaluated in the enclosing
    /// scope (as CPython passes it as the argument); everything else resolves names in the comprehension's own
    /// scope, whose locals are fresh IL locals and whose cells are made here, once per evaluation.</summary>
    private void EmitComprehension(Node node, List<Comprehension> gens, Action makeAcc, Action<LocalBuilder> add, Type accType)
    {
        var il = _il;
        foreach (var g in gens)
            if (g.IsAsync != 0) throw new CompileError("async comprehensions are not supported", g);
        var acc = il.DeclareLocal(accType);
        makeAcc();
        il.Emit(OpCodes.Stloc, acc);
        var firstIter = il.DeclareLocal(typeof(PyIterator));
        EmitExpr(gens[0].Iter);
        CallOps(nameof(Ops.GetIter));
        il.Emit(OpCodes.Stloc, firstIter);
        var frame = new CompFrame(_unit.Scopes[node]);
        foreach (var sym in frame.Scope.SymbolList)
        {
            if (sym.Name == ".0") continue; // the implicit iterator argument: firstIter above
            if (sym.Scope == SymbolScope.Local)
            {
                // Cleared per evaluation: inside an outer loop the IL local still holds the last run's value,
                // and a load before this run's store must find it unbound.
                var loc = il.DeclareLocal(typeof(PyObject));
                il.Emit(OpCodes.Ldnull);
                il.Emit(OpCodes.Stloc, loc);
                frame.Locals[sym.Name] = loc;
            }
            else if (sym.Scope == SymbolScope.Cell)
            {
                var cell = il.DeclareLocal(typeof(PyCell));
                il.Emit(OpCodes.Ldstr, sym.Name);
                il.Emit(OpCodes.Newobj, RuntimeMembers.CellNew);
                il.Emit(OpCodes.Stloc, cell);
                frame.Cells[sym.Name] = cell;
            }
        }
        _comps.Add(frame);
        if (node is LocatedNode located) BeginComprehensionFrame(located);
        EmitComprehensionLevel(gens, 0, firstIter, () => add(acc));
        if (node is LocatedNode) EndComprehensionFrame();
        _comps.RemoveAt(_comps.Count - 1);
        il.Emit(OpCodes.Ldloc, acc);
    }

    private void EmitComprehensionLevel(List<Comprehension> gens, int level, LocalBuilder? preparedIter, Action body)
    {
        var il = _il;
        var g = gens[level];
        var it = preparedIter;
        if (it == null)
        {
            it = il.DeclareLocal(typeof(PyIterator));
            EmitExpr(g.Iter);
            CallOps(nameof(Ops.GetIter));
            il.Emit(OpCodes.Stloc, it);
        }
        var item = il.DeclareLocal(typeof(PyObject));
        var top = il.DefineLabel();
        var end = il.DefineLabel();
        il.MarkLabel(top);
        EmitSignalCheck();
        // The iterator's next() fails in the comprehension's frame, at the comprehension (as in CPython).
        if (_compSpans.Count > 0) EmitPosition(-(_compSpans[^1].Inner + 1));
        il.Emit(OpCodes.Ldloc, it);
        EmitIteratorStep(item, end);
        EmitStore(g.Target);
        foreach (var cond in g.Ifs) EmitCondition(cond, top, false);
        if (level + 1 < gens.Count) EmitComprehensionLevel(gens, level + 1, null, body);
        else body();
        il.Emit(OpCodes.Br, top);
        il.MarkLabel(end);
    }

    /// <summary><c>o[lo:a + b]</c>: <see cref="Ops.TrySliceAdd"/> slices without boxing the sum when all are
    /// ints; otherwise the addition and the slice run as separately emitted, each at its own position.</summary>
    private void EmitSliceAdd(Subscript s, Expr? lower, BinOpExpr sum)
    {
        var il = _il;
        var o = RentLocal(typeof(PyObject));
        var lo = RentLocal(typeof(PyObject));
        var a = RentLocal(typeof(PyObject));
        var b = RentLocal(typeof(PyObject));
        var done = il.DefineLabel();
        EmitExpr(s.Value);
        il.Emit(OpCodes.Stloc, o);
        if (lower != null) EmitExpr(lower); else il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Stloc, lo);
        EmitExpr(sum.Left);
        il.Emit(OpCodes.Stloc, a);
        EmitExpr(sum.Right);
        il.Emit(OpCodes.Stloc, b);
        foreach (var l in new[] { o, lo, a, b }) il.Emit(OpCodes.Ldloc, l);
        CallOps(nameof(Ops.TrySliceAdd));
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Brtrue, done);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ldloc, o);
        il.Emit(OpCodes.Ldloc, lo);
        il.Emit(OpCodes.Ldloc, a);
        il.Emit(OpCodes.Ldloc, b);
        EmitPos(sum);
        CallOps(BinaryMethod(sum.Op));
        EmitPos(s);
        CallOps(nameof(Ops.GetSlice));
        il.MarkLabel(done);
        foreach (var l in new[] { b, a, lo, o }) ReturnLocal(l);
    }

    private void EmitJoinedStr(JoinedStr js)
    {
        var il = _il;
        if (js.Values.Count == 1)
        {
            if (js.Values[0] is Constant c) { EmitExpr(c); return; }
            EmitExpr(js.Values[0]);
            return;
        }
        EmitArray(js.Values);
        CallOps(nameof(Ops.JoinStrings));
    }

    private void EmitFormattedValue(FormattedValue fv)
    {
        EmitExpr(fv.Value);
        _il.Emit(OpCodes.Ldc_I4, fv.Conversion);
        if (fv.FormatSpec != null) EmitExpr(fv.FormatSpec); else _il.Emit(OpCodes.Ldnull);
        CallOps(nameof(Ops.FormatValue));
    }

    // ---- calls ----
    private void EmitCall(CallExpr call)
    {
        var il = _il;
        bool simple = !call.Args.Any(a => a is StarredExpr) && !call.Keywords.Any(k => k.Arg == null);
        // Zero-argument super() inside a method: the __class__ cell and the first parameter.
        if (call.Func is NameExpr { Id: "super" } && call.Args.Count == 0 && call.Keywords.Count == 0
            && _comps.Count == 0 && _scope.Kind == ScopeKind.Function && _cells.ContainsKey("__class__")
            && Where("super").Kind == NameKind.Global)
        {
            il.Emit(OpCodes.Ldloc, _cells["__class__"]);
            if (_params.Count > 0) EmitLoadName(_params[0]); else il.Emit(OpCodes.Ldnull);
            CallOps(nameof(Ops.Super));
            return;
        }
        if (simple && call.Func is NameExpr { Id: var fname } && IsFrameBuiltinCall(fname, call))
        {
            EmitExpr(call.Func);
            EmitArgsAndNames(call);
            EmitFrameContext(NeedsLocals(fname, call));
            EmitPos(call);
            CallOps(nameof(Ops.CallWithFrame));
            return;
        }
        if (simple && call.Func is AttributeExpr attr)
        {
            // obj.m(args): no bound method is made when the class holds a plain function.
            EmitExpr(attr.Value);
            il.Emit(OpCodes.Ldsfld, NewField(typeof(AttributeCache), new AttributeCache(Mangled(attr.Attr))));
            if (call.Keywords.Count == 0 && call.Args.Count <= 3)
            {
                foreach (var a in call.Args) EmitExpr(a);
                EmitMethodCallPos(call, attr);
                CallOps(call.Args.Count switch
                {
                    0 => nameof(Ops.CallMethod0), 1 => nameof(Ops.CallMethod1),
                    2 => nameof(Ops.CallMethod2), _ => nameof(Ops.CallMethod3),
                });
                return;
            }
            EmitArgsAndNames(call);
            EmitMethodCallPos(call, attr);
            CallOps(nameof(Ops.CallMethodN));
            return;
        }
        if (simple && TryDirectCallTarget(call, out var target, out var entry))
        {
            EmitDirectCall(call, target, entry);
            return;
        }
        EmitExpr(call.Func);
        if (simple)
        {
            if (call.Keywords.Count == 0 && call.Args.Count <= 3)
            {
                foreach (var a in call.Args) EmitExpr(a);
                EmitPos(call);
                il.Emit(OpCodes.Callvirt, call.Args.Count switch { 0 => s_call0, 1 => s_call1, 2 => s_call2, _ => s_call3 });
                return;
            }
            EmitArgsAndNames(call);
            EmitPos(call);
            il.Emit(OpCodes.Callvirt, s_callN);
            return;
        }
        // f(*args, **kwargs): a list of positionals and a dict of keywords.
        var fn = il.DeclareLocal(typeof(PyObject));
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, fn);
        EmitListWithStars(call.Args);
        if (call.Keywords.Count == 0) il.Emit(OpCodes.Ldnull);
        else
        {
            il.Emit(OpCodes.Newobj, RuntimeMembers.DictNew);
            foreach (var k in call.Keywords)
            {
                il.Emit(OpCodes.Dup);
                if (k.Arg == null)
                {
                    EmitExpr(k.Value);
                    il.Emit(OpCodes.Ldloc, fn);
                    CallOps(nameof(Ops.MergeKwargs));
                }
                else
                {
                    il.Emit(OpCodes.Ldsfld, StrConst(k.Arg));
                    EmitExpr(k.Value);
                    il.Emit(OpCodes.Ldloc, fn);
                    CallOps(nameof(Ops.AddKwarg));
                }
            }
        }
        EmitPos(call);
        CallOps(nameof(Ops.CallEx));
    }

    private void EmitArgsAndNames(CallExpr call)
    {
        var il = _il;
        int n = call.Args.Count + call.Keywords.Count;
        il.Emit(OpCodes.Ldc_I4, n);
        il.Emit(OpCodes.Newarr, typeof(PyObject));
        int i = 0;
        foreach (var a in call.Args)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldc_I4, i++);
            EmitExpr(a);
            il.Emit(OpCodes.Call, s_storeNoCheck);
        }
        foreach (var k in call.Keywords)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldc_I4, i++);
            EmitExpr(k.Value);
            il.Emit(OpCodes.Call, s_storeNoCheck);
        }
        if (call.Keywords.Count == 0) il.Emit(OpCodes.Ldnull);
        else il.Emit(OpCodes.Ldsfld, NewField(typeof(string[]), call.Keywords.Select(k => k.Arg!).ToArray()));
    }
}
