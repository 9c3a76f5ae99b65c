using System.Reflection.Emit;
using Krait.Runtime;
using Krait.Compiler.Scopes;
using Krait.Syntax.Ast;
using BinOpExpr = Krait.Syntax.Ast.BinOp;

namespace Krait.Compiler;

/// <summary>Unboxed locals across statements. A plain local of a function (not a generator, not captured) that
/// some statement assigns a fusable numeric value (<c>x = a * b + c</c>, <c>x = 0.0</c>, <c>x += d</c>) gets a
/// shadow: an IL double and a kind (<see cref="FusedArithmetic.IntKind"/>/<see cref="FusedArithmetic.FloatKind"/>,
/// 3 = float made from mixed operands) next to its object local. Invariant: kind != 0 means the double holds the
/// value and the object local holds its box or null (not boxed yet); kind == 0 means the object local holds the
/// value and it is not a number the fused code takes (null = unbound). Fused assignments store the double without
/// boxing; fused expressions and conditions read it without unboxing; every other read boxes on demand and keeps
/// the box until the next assignment, so identity (<c>x is x</c>) holds. Any other store (unpacking, a call
/// result) classifies the object it stores, once, so fused reads never classify (a function has one store site
/// for many reads, and the JIT's optimizing compile holds every inlined classification in memory at once);
/// <c>del</c> sets the kind to 0.</summary>
internal sealed partial class FunctionCompiler
{
    private sealed class ShadowLocal
    {
        public LocalBuilder D = null!, K = null!;
    }

    private Dictionary<string, ShadowLocal>? _shadows;

    /// <summary>Shadowed locals, int operators and math calls in fused trees; KRAIT_UNBOXED_LOCALS=0 turns them
    /// off (for comparisons). A function with shadows gives its exception filter every local by reference
    /// (<see cref="Ops.ReadShadowedLocal"/>): read by value, the doubles and kinds were live into the handler and
    /// RyuJIT's SSA construction for them took seconds on big loops (see bench/PROFILE.md).</summary>
    internal static readonly bool UnboxedLocalsEnabled = Environment.GetEnvironmentVariable("KRAIT_UNBOXED_LOCALS") != "0";

    /// <summary>Chooses the shadowed locals of a function body (called before its statements are emitted).</summary>
    private void FindShadowLocals(FunctionDef f)
    {
        if (!UnboxedLocalsEnabled || _gen || _allCells || _scope.Kind != ScopeKind.Function) return;
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        var arithmetic = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in f.Body) CollectShadowCandidates(s, candidates, excluded, arithmetic);
        foreach (var name in candidates)
        {
            if (excluded.Contains(name) || _cellNames.Contains(name) || !arithmetic.Contains(name)) continue;
            if (_scope.Lookup(name)?.Scope != SymbolScope.Local) continue;
            _shadows ??= new(StringComparer.Ordinal);
            _shadows[name] = new ShadowLocal { D = _il.DeclareLocal(typeof(double)), K = _il.DeclareLocal(typeof(int)) };
        }
        // A parameter that is also assigned numbers holds its argument now: classify it as any other store.
        if (_shadows != null)
            foreach (var p in _params)
                if (_shadows.TryGetValue(p, out var s)) EmitShadowClassify(p, s, outOfLine: false);
    }

    /// <summary>Finds the locals assigned fusable values (<paramref name="candidates"/>), those that must not be
    /// shadowed, and those read as operands of fusable arithmetic or comparisons (<paramref name="arithmetic"/>).
    /// A candidate never read that way is left boxed: a local only used as an object or an index (say
    /// <c>n = p + d</c> then <c>cells[n]</c>, <c>stack.append(n)</c>) would pay for classifying and boxing its value
    /// and gain nothing. A counted range loop's variable counts as read (it is never boxed while unread).</summary>
    private void CollectShadowCandidates(Node n, HashSet<string> candidates, HashSet<string> excluded, HashSet<string> arithmetic)
    {
        switch (n)
        {
            case BinOpExpr b when IsFusableOp(b.Op):
                NoteArithmeticOperand(b.Left, arithmetic);
                NoteArithmeticOperand(b.Right, arithmetic);
                break;
            case UnaryOp { Op: UnaryOperator.USub } u:
                NoteArithmeticOperand(u.Operand, arithmetic);
                break;
            case CompareExpr c:
                NoteArithmeticOperand(c.Left, arithmetic);
                foreach (var operand in c.Comparators) NoteArithmeticOperand(operand, arithmetic);
                break;
            case CallExpr call when MathCallKind(call) > 0:
                NoteArithmeticOperand(call.Args[0], arithmetic);
                break;
            // `self.x /= norm`, `a[i] += d`: the value is an operand whatever the target.
            case AugAssign aug when IsFusableOp(aug.Op):
                NoteArithmeticOperand(aug.Value, arithmetic);
                break;
        }
        switch (n)
        {
            // Nested scopes have their own locals; comprehensions too (an enclosing local they read is a cell).
            case FunctionDef or AsyncFunctionDef or ClassDef or LambdaExpr
                or ListComp or SetComp or DictComp or GeneratorExp:
                return;
            case Assign a when IsFusableValue(a.Value):
                foreach (var t in a.Targets)
                    if (t is NameExpr tn) candidates.Add(Mangled(tn.Id));
                break;
            case AugAssign { Target: NameExpr an } aug when IsFusableOp(aug.Op):
                candidates.Add(Mangled(an.Id));
                arithmetic.Add(Mangled(an.Id));
                break;
            // A counted range loop stores its variable unboxed.
            case For { Target: NameExpr fn } loop when IsRangeLoop(loop):
                candidates.Add(Mangled(fn.Id));
                arithmetic.Add(Mangled(fn.Id));
                break;
            // A walrus can rebind a name inside an expression, after a fused leaf has read it.
            case NamedExpr { Target: NameExpr wn }:
                excluded.Add(Mangled(wn.Id));
                break;
            // Handler names are cleared by a direct store at the end of the handler.
            case ExceptHandler { Name: { } hn }:
                excluded.Add(Mangled(hn));
                break;
        }
        foreach (var v in n.FieldValues())
        {
            if (v is Node child) CollectShadowCandidates(child, candidates, excluded, arithmetic);
            else if (v is System.Collections.IEnumerable list and not string)
                foreach (var item in list)
                    if (item is Node c) CollectShadowCandidates(c, candidates, excluded, arithmetic);
        }
    }

    private void NoteArithmeticOperand(Expr e, HashSet<string> arithmetic)
    {
        if (e is NameExpr name) arithmetic.Add(Mangled(name.Id));
    }

    private static bool IsFusableValue(Expr e) =>
        e is BinOpExpr b && IsFusableOp(b.Op) || e is UnaryOp { Op: UnaryOperator.USub } || MathCallKind(e) > 0
        || TryNumericConstant(e, out _, out _);

    /// <summary>The shadow of a base-scope local named <paramref name="name"/> (already mangled), if any.</summary>
    private ShadowLocal? ShadowOf(string name) =>
        _shadows != null && _comps.Count == 0 && _shadows.TryGetValue(name, out var s) ? s : null;

    /// <summary>Loads a shadowed local as an object: its box, made now (and kept) if the fused code stored
    /// only the double.</summary>
    private void EmitShadowLoad(string name, ShadowLocal s, LocatedNode? at)
    {
        var il = _il;
        var loc = Local(name);
        var ok = il.DefineLabel();
        var unbound = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, loc);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Brtrue, ok);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ldloc, s.K);
        il.Emit(OpCodes.Brfalse, unbound);
        il.Emit(OpCodes.Ldloc, s.D);
        il.Emit(OpCodes.Ldloc, s.K);
        il.Emit(OpCodes.Call, s_fusedBox);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, loc);
        il.Emit(OpCodes.Br, ok);
        il.MarkLabel(unbound);
        if (at != null) EmitPos(at, track: false);
        EmitThrowNew(nameof(Ops.UnboundLocal), name);
        il.MarkLabel(ok);
    }

    /// <summary>A shadowed local's value or null when unbound, with no exception (frame snapshots).</summary>
    private void EmitShadowRaw(string name, ShadowLocal s)
    {
        var il = _il;
        var ok = il.DefineLabel();
        var none = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, Local(name));
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Brtrue, ok);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ldloc, s.K);
        il.Emit(OpCodes.Brfalse, none);
        il.Emit(OpCodes.Ldloc, s.D);
        il.Emit(OpCodes.Ldloc, s.K);
        il.Emit(OpCodes.Call, s_fusedBox);
        il.Emit(OpCodes.Br, ok);
        il.MarkLabel(none);
        il.Emit(OpCodes.Ldnull);
        il.MarkLabel(ok);
    }

    /// <summary>Marks the object local as the value (after <c>del</c>).</summary>
    private void EmitShadowClear(ShadowLocal s)
    {
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Stloc, s.K);
    }

    /// <summary>After an object is stored into a shadowed local: its kind and double, or kind 0 when it is not a
    /// number the fused code takes. <paramref name="outOfLine"/> for stores on cold paths.</summary>
    private void EmitShadowClassify(string name, ShadowLocal s, bool outOfLine)
    {
        var il = _il;
        // The scratch double is address-taken; the shadow's own double must not be (it stays in a register).
        var scratch = _classifyScratch ??= il.DeclareLocal(typeof(double));
        il.Emit(OpCodes.Ldloc, Local(name));
        il.Emit(OpCodes.Ldloca, scratch);
        il.Emit(OpCodes.Call, outOfLine ? s_fusedClassifyOutOfLine : s_fusedClassify);
        il.Emit(OpCodes.Stloc, s.K);
        il.Emit(OpCodes.Ldloc, scratch);
        il.Emit(OpCodes.Stloc, s.D);
    }

    /// <summary>Stores a fused tree's result into a shadowed local: the double and kind when the fused code
    /// computed it, else the object the protocol returned.</summary>
    private void EmitShadowStoreNode(string name, ShadowLocal s, ArithNode n)
    {
        var il = _il;
        var loc = Local(name);
        if (n.IsConst)
        {
            EmitConst(n.ConstObject!);
            il.Emit(OpCodes.Stloc, loc);
            il.Emit(OpCodes.Ldc_R8, n.ConstValue);
            il.Emit(OpCodes.Stloc, s.D);
            il.Emit(OpCodes.Ldc_I4, n.ConstObject is PyFloat ? FusedArithmetic.FloatKind : FusedArithmetic.IntKind);
            il.Emit(OpCodes.Stloc, s.K);
            return;
        }
        var boxed = il.DefineLabel();
        var done = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, n.P);
        il.Emit(OpCodes.Brtrue, boxed);
        il.Emit(OpCodes.Ldloc, n.D);
        il.Emit(OpCodes.Stloc, s.D);
        il.Emit(OpCodes.Ldloc, n.K);
        il.Emit(OpCodes.Stloc, s.K);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Stloc, loc);
        il.Emit(OpCodes.Br, done);
        il.MarkLabel(boxed);
        il.Emit(OpCodes.Ldloc, n.P);
        il.Emit(OpCodes.Stloc, loc);
        EmitShadowClassify(name, s, outOfLine: true);
        il.MarkLabel(done);
    }

    /// <summary><c>x = value</c> for a shadowed <c>x</c> and a fusable value: no box made.</summary>
    private bool TryEmitShadowAssign(Assign a)
    {
        if (_shadows == null || a.Targets.Count != 1 || a.Targets[0] is not NameExpr tn) return false;
        string name = Mangled(tn.Id);
        var s = ShadowOf(name);
        if (s == null) return false;
        if (a.Value is NameExpr src && ShadowOf(Mangled(src.Id)) is { } from && from != s)
        {
            // Shadow to shadow: the source's box (made now if needed, so `x is y` holds) and its double.
            EmitLoadName(src.Id, src);
            _il.Emit(OpCodes.Stloc, Local(name));
            _il.Emit(OpCodes.Ldloc, from.D);
            _il.Emit(OpCodes.Stloc, s.D);
            _il.Emit(OpCodes.Ldloc, from.K);
            _il.Emit(OpCodes.Stloc, s.K);
            return true;
        }
        if (!IsFusableValue(a.Value)) return false;
        if (_gen && ContainsYieldExpr(a.Value)) return false;
        int ops = 0; bool floatConst = false;
        var root = BuildArith(a.Value, ref ops, ref floatConst);
        if (root.IsLeaf) return false;
        if (root.IsConst) { EmitShadowStoreNode(name, s, root); return true; }
        var fast = BeginFusion(root);
        EmitArithNode(root, fast);
        EmitShadowStoreNode(name, s, root);
        EndFusion(root, fast);
        return true;
    }

    /// <summary><c>x op= value</c> for a shadowed <c>x</c> and a fusable operator.</summary>
    private bool TryEmitShadowAugAssign(AugAssign aug)
    {
        if (_shadows == null || aug.Target is not NameExpr tn || !IsFusableOp(aug.Op)) return false;
        string name = Mangled(tn.Id);
        var s = ShadowOf(name);
        if (s == null) return false;
        if (_gen && ContainsYieldExpr(aug.Value)) return false;
        int ops = 1; bool floatConst = false;
        var right = BuildArith(aug.Value, ref ops, ref floatConst);
        var current = new ArithNode { Source = tn, IsLeaf = true, Shadow = s, ShadowName = name };
        var root = new ArithNode { Source = aug, Op = aug.Op, InPlace = true, Left = current, Right = right };
        var fast = BeginFusion(root);
        EmitArithNode(root, fast);
        EmitShadowStoreNode(name, s, root);
        EndFusion(root, fast);
        return true;
    }

    private LocalBuilder? _classifyScratch;

    /// <summary>A fused leaf that reads a shadowed local uses the shadow's own double and kind (no locals of its
    /// own: a shadowed name is never a walrus target, so nothing rebinds it inside an expression).</summary>
    private void EmitShadowLeaf(ArithNode n, LocalBuilder fast)
    {
        var il = _il;
        var s = n.Shadow!;
        var done = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, s.K);
        il.Emit(OpCodes.Brtrue, done);
        if (!_neverUnbound.Contains(n.ShadowName!))
        {
            var ok = il.DefineLabel();
            il.Emit(OpCodes.Ldloc, Local(n.ShadowName!));
            il.Emit(OpCodes.Brtrue, ok);
            EmitPos(n.Source, track: false);
            EmitThrowNew(nameof(Ops.UnboundLocal), n.ShadowName!);
            il.MarkLabel(ok);
        }
        // Not a number the fused code takes (stores classify what they store): the protocol computes the tree.
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, fast);
        il.MarkLabel(done);
    }

    /// <summary>A shadow leaf's value as an object: the local's box, made and kept now if needed.</summary>
    private void EmitShadowLeafObject(ArithNode n)
    {
        var il = _il;
        var s = n.Shadow!;
        var loc = Local(n.ShadowName!);
        var has = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, loc);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Brtrue, has);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ldloc, s.D);
        il.Emit(OpCodes.Ldloc, s.K);
        il.Emit(OpCodes.Call, s_fusedBox);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, loc);
        il.MarkLabel(has);
    }

    private static readonly System.Reflection.MethodInfo s_getItemAt = typeof(FusedArithmetic).GetMethod(nameof(FusedArithmetic.GetItemAt))!;
    private static readonly System.Reflection.MethodInfo s_setItemAt = typeof(FusedArithmetic).GetMethod(nameof(FusedArithmetic.SetItemAt))!;

    /// <summary><c>o[i]</c> / <c>o[i + 1] = v</c> (the container on the stack) whose index reads a shadowed local:
    /// the index is fused and, when it is an int the fused code holds, used without boxing.</summary>
    private bool TryEmitUnboxedIndex(Subscript s, bool store, LocalBuilder? value = null)
    {
        if (_shadows == null || s.Slice is SliceExpr or TupleExpr) return false;
        if (_gen && ContainsYieldExpr(s.Slice)) return false;
        int ops = 0; bool floatConst = false;
        var root = BuildArith(s.Slice, ref ops, ref floatConst);
        if (root.IsConst || !HasShadowLeaf(root)) return false;
        var il = _il;
        var obj = RentLocal(typeof(PyObject));
        il.Emit(OpCodes.Stloc, obj);
        var fast = BeginFusion(root);
        EmitArithNode(root, fast);
        var generic = il.DefineLabel();
        var done = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, fast);
        il.Emit(OpCodes.Brfalse, generic);
        EmitArithKind(root);
        il.Emit(OpCodes.Ldc_I4, FusedArithmetic.IntKind);
        il.Emit(OpCodes.Bne_Un, generic);
        il.Emit(OpCodes.Ldloc, obj);
        EmitArithDouble(root);
        if (store) il.Emit(OpCodes.Ldloc, value!);
        EmitPos(s);
        il.Emit(OpCodes.Call, store ? s_setItemAt : s_getItemAt);
        il.Emit(OpCodes.Br, done);
        il.MarkLabel(generic);
        il.Emit(OpCodes.Ldloc, obj);
        EmitArithObject(root);
        if (store) il.Emit(OpCodes.Ldloc, value!);
        EmitPos(s);
        CallOps(store ? nameof(Ops.SetItem) : nameof(Ops.GetItem));
        il.MarkLabel(done);
        EndFusion(root, fast);
        ReturnLocal(obj);
        return true;
    }
}
