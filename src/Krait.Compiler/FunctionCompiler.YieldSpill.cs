using System.Reflection.Emit;
using Krait.Runtime;
using Krait.Syntax.Ast;
using BinOp = Krait.Syntax.Ast.BinOp;

namespace Krait.Compiler;

/// <summary>A value already computed into a generator frame slot (stands in for a spilled operand).</summary>
internal sealed class SlotExpr : Expr
{
    public readonly int Slot;
    public SlotExpr(int slot) { Slot = slot; }
    public override string PythonName => "Slot";
    public override FieldSpec[] Fields => Array.Empty<FieldSpec>();
    public override object?[] FieldValues() => Array.Empty<object?>();
}

/// <summary><c>yield</c> inside an expression (<c>x = 1 + (yield y)</c>, <c>f((yield), z)</c>, ...). A yield
/// returns from the resume method, so the IL stack must be empty there: the operands evaluated before a yield
/// are spilled into frame slots (they survive the return), the yield runs with an empty stack, and the
/// operation is then emitted over the slots. The statement's expression is computed this way into a slot,
/// and the statement itself is emitted with that slot in its place.</summary>
internal sealed partial class FunctionCompiler
{
    /// <summary>Whether <paramref name="e"/> holds a yield of this code object (not of a nested scope).</summary>
    private static bool HasYield(Node? e)
    {
        switch (e)
        {
            case null: return false;
            case YieldExpr or YieldFrom: return true;
            // A comprehension is its own scope, except for its first iterable, evaluated in the enclosing one.
            case ListComp lc: return HasYield(lc.Generators[0].Iter);
            case SetComp sc: return HasYield(sc.Generators[0].Iter);
            case DictComp dc: return HasYield(dc.Generators[0].Iter);
            case GeneratorExp ge: return HasYield(ge.Generators[0].Iter);
            case LambdaExpr: return false;
        }
        foreach (var v in e.FieldValues())
        {
            if (v is Node n) { if (HasYield(n)) return true; }
            else if (v is System.Collections.IList list)
                foreach (var item in list) if (item is Node ni && HasYield(ni)) return true;
        }
        return false;
    }

    /// <summary>A yield below the top of the expression (a yield that is the whole expression is handled by
    /// the statements themselves).</summary>
    private bool NeedsSpill(Expr? e) => _gen && e switch
    {
        null => false,
        YieldExpr y => HasYield(y.Value),
        YieldFrom yf => HasYield(yf.Value),
        _ => HasYield(e),
    };

    /// <summary>Emits a statement whose expression holds a yield below its top; false when it is not one.</summary>
    private bool TryEmitSpilledStatement(Stmt s)
    {
        if (!_gen) return false;
        switch (s)
        {
            case ExprStmt es when NeedsSpill(es.Value):
                es.Value = Spill(es.Value, out var oe);
                try { EmitStatement(s); } finally { es.Value = oe; }
                return true;
            case Assign a when NeedsSpill(a.Value):
                a.Value = Spill(a.Value, out var oa);
                try { EmitStatement(s); } finally { a.Value = oa; }
                return true;
            case AnnAssign an when NeedsSpill(an.Value):
                an.Value = Spill(an.Value!, out var oan);
                try { EmitStatement(s); } finally { an.Value = oan; }
                return true;
            case AugAssign au when HasYield(au.Value):
                au.Value = Spill(au.Value, out var oau);
                try { EmitStatement(s); } finally { au.Value = oau; }
                return true;
            case Return r when r.Value != null && HasYield(r.Value):
                r.Value = Spill(r.Value, out var or);
                try { EmitStatement(s); } finally { r.Value = or; }
                return true;
            case Raise rs when HasYield(rs.Exc) || HasYield(rs.Cause):
            {
                Expr? oexc = rs.Exc, ocause = rs.Cause;
                if (rs.Exc != null) rs.Exc = Spill(rs.Exc, out _);
                if (rs.Cause != null) rs.Cause = Spill(rs.Cause, out _);
                try { EmitStatement(s); } finally { rs.Exc = oexc; rs.Cause = ocause; }
                return true;
            }
            case AssertStmt asrt when HasYield(asrt.Test):
                asrt.Test = Spill(asrt.Test, out var oat);
                try { EmitStatement(s); } finally { asrt.Test = oat; }
                return true;
            case MatchStmt m when HasYield(m.Subject):
                m.Subject = Spill(m.Subject, out var oms);
                try { EmitStatement(s); } finally { m.Subject = oms; }
                return true;
            case Assign a when a.Targets.Any(HasYield):
            {
                // The value first, then each target's container and key, as CPython evaluates them.
                var ov = a.Value;
                a.Value = Spill(a.Value, out _);
                var restore = new List<Action>();
                foreach (var t in a.Targets) SpillTarget(t, restore);
                try { EmitStatement(s); }
                finally { a.Value = ov; foreach (var r in restore) r(); }
                return true;
            }
            case AugAssign au when HasYield(au.Target):
            {
                var restore = new List<Action>();
                SpillTarget(au.Target, restore);
                var ov = au.Value;
                if (HasYield(au.Value)) au.Value = Spill(au.Value, out _);
                try { EmitStatement(s); }
                finally { au.Value = ov; foreach (var r in restore) r(); }
                return true;
            }
            case DeleteStmt d when d.Targets.Any(HasYield):
            {
                var restore = new List<Action>();
                foreach (var t in d.Targets) SpillTarget(t, restore);
                try { EmitStatement(s); }
                finally { foreach (var r in restore) r(); }
                return true;
            }
            case If i when HasYield(i.Test):
                i.Test = Spill(i.Test, out var oi);
                try { EmitStatement(s); } finally { i.Test = oi; }
                return true;
            case For f when HasYield(f.Iter):
                f.Iter = Spill(f.Iter, out var of);
                try { EmitStatement(s); } finally { f.Iter = of; }
                return true;
        }
        return false;
    }

    /// <summary>Spills the parts of an assignment or del target evaluated before the store (a subscript's object
    /// and key, an attribute's object), recursing into tuple, list and starred targets.</summary>
    private void SpillTarget(Expr t, List<Action> restore)
    {
        switch (t)
        {
            case Subscript sb when HasYield(sb):
            {
                Expr ov = sb.Value, osl = sb.Slice;
                sb.Value = Spill(sb.Value, out _);
                sb.Slice = Spill(sb.Slice, out _);
                restore.Add(() => { sb.Value = ov; sb.Slice = osl; });
                break;
            }
            case AttributeExpr at when HasYield(at):
            {
                var ov = at.Value;
                at.Value = Spill(at.Value, out _);
                restore.Add(() => at.Value = ov);
                break;
            }
            case TupleExpr te: foreach (var e in te.Elts) SpillTarget(e, restore); break;
            case ListExpr le: foreach (var e in le.Elts) SpillTarget(e, restore); break;
            case StarredExpr st: SpillTarget(st.Value, restore); break;
        }
    }

    /// <summary>Computes <paramref name="e"/> (with an empty stack) into a new slot; returns the slot's stand-in.</summary>
    private SlotExpr Spill(Expr e, out Expr original)
    {
        original = e;
        EmitWithEmptyStack(e);
        int slot = NewSlot();
        EmitFrameStore(slot);
        return new SlotExpr(slot);
    }

    /// <summary>Emits <paramref name="e"/>, which may hold yields anywhere, at a point where the stack is empty.</summary>
    private void EmitWithEmptyStack(Expr e)
    {
        var il = _il;
        if (!HasYield(e)) { EmitExpr(e); return; }
        switch (e)
        {
            case YieldExpr y:
                if (y.Value != null && HasYield(y.Value)) { y.Value = Spill(y.Value, out var ov); try { EmitYieldHere(y); } finally { y.Value = ov; } }
                else EmitYieldHere(y);
                return;
            case YieldFrom yf:
                if (HasYield(yf.Value)) { yf.Value = Spill(yf.Value, out var ov); try { EmitYieldHere(yf); } finally { yf.Value = ov; } }
                else EmitYieldHere(yf);
                return;
            case IfExp ie:
            {
                var orelse = il.DefineLabel();
                var end = il.DefineLabel();
                int result = NewSlot();
                EmitWithEmptyStack(ie.Test);
                il.Emit(OpCodes.Call, s_isTrue);
                il.Emit(OpCodes.Brfalse, orelse);
                EmitWithEmptyStack(ie.Body);
                EmitFrameStore(result);
                il.Emit(OpCodes.Br, end);
                il.MarkLabel(orelse);
                EmitWithEmptyStack(ie.Orelse);
                EmitFrameStore(result);
                il.MarkLabel(end);
                EmitFrameLoad(result);
                return;
            }
            case BoolOp bo:
            {
                var end = il.DefineLabel();
                int result = NewSlot();
                for (int i = 0; i < bo.Values.Count; i++)
                {
                    EmitWithEmptyStack(bo.Values[i]);
                    EmitFrameStore(result);
                    if (i == bo.Values.Count - 1) break;
                    EmitFrameLoad(result);
                    il.Emit(OpCodes.Call, s_isTrue);
                    il.Emit(bo.Op == BoolOperator.And ? OpCodes.Brfalse : OpCodes.Brtrue, end);
                }
                il.MarkLabel(end);
                EmitFrameLoad(result);
                return;
            }
        }
        var children = Operands(e);
        if (children == null) { EmitExpr(e); return; }
        // Spill every operand up to the last one holding a yield; later ones are evaluated in place.
        int last = -1;
        for (int i = 0; i < children.Count; i++) if (HasYield(children[i].Get())) last = i;
        var saved = new Expr?[last + 1];
        for (int i = 0; i <= last; i++)
        {
            var c = children[i].Get();
            saved[i] = c;
            if (c == null) continue;
            EmitWithEmptyStack(c);
            int slot = NewSlot();
            EmitFrameStore(slot);
            children[i].Set(new SlotExpr(slot));
        }
        try { EmitExpr(e); }
        finally { for (int i = 0; i <= last; i++) if (saved[i] != null) children[i].Set(saved[i]!); }
    }

    private void EmitYieldHere(Expr y)
    {
        _yieldAllowed = true;
        EmitExpr(y);
    }

    private readonly record struct Operand(Func<Expr?> Get, Action<Expr> Set);

    private static void AddList(List<Operand> ops, List<Expr> list)
    {
        for (int i = 0; i < list.Count; i++)
        {
            int k = i;
            ops.Add(new Operand(() => list[k], v => list[k] = v));
        }
    }

    /// <summary>The operands of an expression in evaluation order, with setters; null for kinds not spilled.</summary>
    private static List<Operand>? Operands(Expr e)
    {
        var ops = new List<Operand>();
        switch (e)
        {
            case BinOp b:
                ops.Add(new Operand(() => b.Left, v => b.Left = v));
                ops.Add(new Operand(() => b.Right, v => b.Right = v));
                break;
            case UnaryOp u: ops.Add(new Operand(() => u.Operand, v => u.Operand = v)); break;
            case CompareExpr c:
                ops.Add(new Operand(() => c.Left, v => c.Left = v));
                AddList(ops, c.Comparators);
                break;
            case CallExpr call:
                ops.Add(new Operand(() => call.Func, v => call.Func = v));
                foreach (var a in call.Args)
                {
                    if (a is StarredExpr st) ops.Add(new Operand(() => st.Value, v => st.Value = v));
                    else { int k = call.Args.IndexOf(a); ops.Add(new Operand(() => call.Args[k], v => call.Args[k] = v)); }
                }
                foreach (var kw in call.Keywords) ops.Add(new Operand(() => kw.Value, v => kw.Value = v));
                break;
            case AttributeExpr at: ops.Add(new Operand(() => at.Value, v => at.Value = v)); break;
            case Subscript sb:
                ops.Add(new Operand(() => sb.Value, v => sb.Value = v));
                ops.Add(new Operand(() => sb.Slice, v => sb.Slice = v));
                break;
            case SliceExpr sl:
                ops.Add(new Operand(() => sl.Lower, v => sl.Lower = v));
                ops.Add(new Operand(() => sl.Upper, v => sl.Upper = v));
                ops.Add(new Operand(() => sl.Step, v => sl.Step = v));
                break;
            case TupleExpr t: AddStarredList(ops, t.Elts); break;
            case ListExpr l: AddStarredList(ops, l.Elts); break;
            case SetExpr se: AddStarredList(ops, se.Elts); break;
            case DictExpr d:
                for (int i = 0; i < d.Values.Count; i++)
                {
                    int k = i;
                    if (d.Keys[k] != null) ops.Add(new Operand(() => d.Keys[k], v => d.Keys[k] = v));
                    ops.Add(new Operand(() => d.Values[k], v => d.Values[k] = v));
                }
                break;
            case JoinedStr js: AddList(ops, js.Values); break;
            case FormattedValue fv:
                ops.Add(new Operand(() => fv.Value, v => fv.Value = v));
                ops.Add(new Operand(() => fv.FormatSpec, v => fv.FormatSpec = v));
                break;
            case StarredExpr s: ops.Add(new Operand(() => s.Value, v => s.Value = v)); break;
            case NamedExpr ne: ops.Add(new Operand(() => ne.Value, v => ne.Value = v)); break;
            case ListComp lc: FirstIterable(ops, lc.Generators[0]); break;
            case SetComp sc: FirstIterable(ops, sc.Generators[0]); break;
            case DictComp dc: FirstIterable(ops, dc.Generators[0]); break;
            case GeneratorExp ge: FirstIterable(ops, ge.Generators[0]); break;
            default: return null;
        }
        return ops;
    }

    private static void FirstIterable(List<Operand> ops, Comprehension c) =>
        ops.Add(new Operand(() => c.Iter, v => c.Iter = v));

    private static void AddStarredList(List<Operand> ops, List<Expr> list)
    {
        for (int i = 0; i < list.Count; i++)
        {
            int k = i;
            if (list[k] is StarredExpr st) ops.Add(new Operand(() => st.Value, v => st.Value = v));
            else ops.Add(new Operand(() => list[k], v => list[k] = v));
        }
    }
}
