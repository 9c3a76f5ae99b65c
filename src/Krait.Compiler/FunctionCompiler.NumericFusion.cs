using System.Reflection;
using System.Reflection.Emit;
using Krait.Runtime;
using Krait.Syntax.Ast;
using BinOpExpr = Krait.Syntax.Ast.BinOp;

namespace Krait.Compiler;

/// <summary>Fused numeric expressions. A tree of <c>+ - * /</c> and unary minus (say
/// <c>dx * dx + dy * dy + dz * dz</c>) is emitted once, with its operands evaluated in Python's order as usual,
/// but every intermediate value kept in an IL double while all operands are floats or ints exact in a double:
/// one allocation for the result instead of one per operation, and none at all for a comparison in a
/// condition. Each operand's kind is checked when it is evaluated; the first operand or operation the fused
/// code cannot do exactly (a big int, a non-number, an int result past 2**53, a division by zero) clears the
/// tree's <c>fast</c> flag, and from there every remaining operation calls the ordinary protocol on boxed
/// values, so the semantics (order, errors, tracebacks, reflected operators) stay CPython's.</summary>
internal sealed partial class FunctionCompiler
{
    private sealed class ArithNode
    {
        public LocatedNode Source = null!;
        public ArithNode? Left, Right;
        public BinaryOperator Op;
        public bool IsLeaf, IsConst, IsNeg, Preloaded, InPlace;
        public double ConstValue;
        public PyObject? ConstObject;
        // A leaf reading a shadowed local (FunctionCompiler.UnboxedLocals): P may be null (not boxed yet).
        public ShadowLocal? Shadow;
        public string? ShadowName;
        // A call of math.sqrt/sin/cos (FusedArithmetic.SqrtFunction...) with Left as its argument; F is the callee.
        public int MathFn;
        public Expr? Callee;
        public LocalBuilder? F;
        // Value as a Python object (leaves always; operations only when computed by the protocol), as a
        // double, and its kind (FusedArithmetic.IntKind/FloatKind; an operation may hold 3 = int|float).
        public LocalBuilder P = null!, D = null!, K = null!;
    }

    private static readonly MethodInfo s_fusedClassify = typeof(FusedArithmetic).GetMethod(nameof(FusedArithmetic.Classify))!;
    private static readonly MethodInfo s_fusedClassifyOutOfLine = typeof(FusedArithmetic).GetMethod(nameof(FusedArithmetic.ClassifyOutOfLine))!;
    private static readonly MethodInfo s_fusedBox = typeof(FusedArithmetic).GetMethod(nameof(FusedArithmetic.Box))!;
    private static readonly MethodInfo s_mathAbs = typeof(Math).GetMethod(nameof(Math.Abs), new[] { typeof(double) })!;
    private readonly Dictionary<Type, Stack<LocalBuilder>> _fusionLocals = new();

    private static bool IsFusableOp(BinaryOperator op) =>
        op is BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.Div
            || UnboxedLocalsEnabled && op is BinaryOperator.Mod or BinaryOperator.FloorDiv or BinaryOperator.LShift or BinaryOperator.RShift
            or BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor;

    /// <summary>Operators the fused code does only on two ints (FusedArithmetic.IntOp).</summary>
    private static int IntOpCode(BinaryOperator op) => op switch
    {
        BinaryOperator.Mod => FusedArithmetic.ModOp,
        BinaryOperator.FloorDiv => FusedArithmetic.FloorDivOp,
        BinaryOperator.LShift => FusedArithmetic.LShiftOp,
        BinaryOperator.RShift => FusedArithmetic.RShiftOp,
        BinaryOperator.BitAnd => FusedArithmetic.AndOp,
        BinaryOperator.BitOr => FusedArithmetic.OrOp,
        BinaryOperator.BitXor => FusedArithmetic.XorOp,
        _ => -1,
    };

    /// <summary>1, 2, 3 for a call <c>sqrt(x)</c>/<c>math.sqrt(x)</c>, sin, cos with one positional argument
    /// (the callee is checked at run time to be math's own function); 0 otherwise.</summary>
    private static int MathCallKind(Expr e)
    {
        if (!UnboxedLocalsEnabled) return 0;
        if (e is not CallExpr { Keywords.Count: 0, Args.Count: 1 } call || call.Args[0] is StarredExpr) return 0;
        string? name = call.Func switch
        {
            NameExpr n => n.Id,
            AttributeExpr { Value: NameExpr } a => a.Attr,
            _ => null,
        };
        return name switch { "sqrt" => 1, "sin" => 2, "cos" => 3, _ => 0 };
    }

    private static readonly FieldInfo[] s_mathFunctionFields =
    {
        typeof(FusedArithmetic).GetField(nameof(FusedArithmetic.SqrtFunction))!,
        typeof(FusedArithmetic).GetField(nameof(FusedArithmetic.SinFunction))!,
        typeof(FusedArithmetic).GetField(nameof(FusedArithmetic.CosFunction))!,
    };
    private static readonly MethodInfo s_fusedIntOp = typeof(FusedArithmetic).GetMethod(nameof(FusedArithmetic.IntOp))!;
    private static readonly MethodInfo s_isFinite = typeof(double).GetMethod(nameof(double.IsFinite), new[] { typeof(double) })!;
    private static readonly MethodInfo[] s_mathMethods =
    {
        typeof(Math).GetMethod(nameof(Math.Sqrt), new[] { typeof(double) })!,
        typeof(Math).GetMethod(nameof(Math.Sin), new[] { typeof(double) })!,
        typeof(Math).GetMethod(nameof(Math.Cos), new[] { typeof(double) })!,
    };

    private ArithNode BuildArith(Expr e, ref int ops, ref bool floatConst)
    {
        if (e is BinOpExpr b && IsFusableOp(b.Op))
        {
            ops++;
            var left = BuildArith(b.Left, ref ops, ref floatConst);
            var right = BuildArith(b.Right, ref ops, ref floatConst);
            return new ArithNode { Source = b, Op = b.Op, Left = left, Right = right };
        }
        if (TryNumericConstant(e, out double value, out PyObject? obj))
        {
            if (obj is PyFloat) floatConst = true;
            return new ArithNode { Source = e, IsConst = true, ConstValue = value, ConstObject = obj };
        }
        if (MathCallKind(e) is int fn and > 0)
        {
            ops++;
            var call = (CallExpr)e;
            return new ArithNode { Source = call, MathFn = fn, Callee = call.Func, Left = BuildArith(call.Args[0], ref ops, ref floatConst) };
        }
        if (e is UnaryOp { Op: UnaryOperator.USub } u)
        {
            ops++;
            return new ArithNode { Source = u, IsNeg = true, Left = BuildArith(u.Operand, ref ops, ref floatConst) };
        }
        if (e is NameExpr n && _shadows != null && ShadowOf(Mangled(n.Id)) is { } shadow)
            return new ArithNode { Source = e, IsLeaf = true, Shadow = shadow, ShadowName = Mangled(n.Id) };
        return new ArithNode { Source = e, IsLeaf = true };
    }

    /// <summary>An int (exact in a double) or float literal, possibly negated.</summary>
    private static bool TryNumericConstant(Expr e, out double value, out PyObject? obj)
    {
        bool negate = false;
        if (e is UnaryOp { Op: UnaryOperator.USub, Operand: Constant inner }) { negate = true; e = inner; }
        value = 0; obj = null;
        if (e is not Constant c) return false;
        switch (c.Value)
        {
            case double d:
                value = negate ? -d : d;
                obj = new PyFloat(value);
                return true;
            case long or int when c.Value is not bool:
                long l = Convert.ToInt64(c.Value);
                if (negate) l = -l;
                if (Math.Abs((double)l) >= FusedArithmetic.ExactIntLimit) return false;
                value = l;
                obj = PyInt.Get(l);
                return true;
        }
        return false;
    }

    /// <summary>Worth fusing: at least two operations, or one with a float literal operand. In a generator the
    /// fused values live in IL locals, which do not survive a yield, so a tree containing one is left alone.</summary>
    private bool WorthFusing(Expr e, int ops, bool floatConst) =>
        (ops >= 2 || (ops >= 1 && floatConst)) && !(_gen && ContainsYieldExpr(e));

    /// <summary>A leaf of the tree reads a shadowed local: fusing saves boxing it.</summary>
    private static bool HasShadowLeaf(ArithNode n) =>
        n.Shadow != null || (n.Left != null && HasShadowLeaf(n.Left)) || (n.Right != null && HasShadowLeaf(n.Right));

    private static bool ContainsYieldExpr(Node n)
    {
        if (n is YieldExpr or YieldFrom or AwaitExpr) return true;
        foreach (var v in n.FieldValues())
        {
            if (v is Node child) { if (ContainsYieldExpr(child)) return true; }
            else if (v is System.Collections.IEnumerable list and not string)
                foreach (var item in list)
                    if (item is Node c && ContainsYieldExpr(c)) return true;
        }
        return false;
    }

    /// <summary>Emits <paramref name="b"/> fused when that pays, leaving its value on the stack.</summary>
    private bool TryEmitFusedBinOp(BinOpExpr b)
    {
        if (!IsFusableOp(b.Op)) return false;
        int ops = 0; bool floatConst = false;
        var root = BuildArith(b, ref ops, ref floatConst);
        if (!WorthFusing(b, ops, floatConst) && !(HasShadowLeaf(root) && !(_gen && ContainsYieldExpr(b)))) return false;
        var fast = BeginFusion(root);
        EmitArithNode(root, fast);
        EmitArithObject(root);
        EndFusion(root, fast);
        return true;
    }

    /// <summary><c>target op= value</c> with the target's current value on the stack: leaves the new value.</summary>
    private bool TryEmitFusedAugmented(AugAssign aug)
    {
        if (!IsFusableOp(aug.Op)) return false;
        int ops = 1; bool floatConst = false;
        var right = BuildArith(aug.Value, ref ops, ref floatConst);
        if (!WorthFusing(aug.Value, ops, floatConst) && !(HasShadowLeaf(right) && !(_gen && ContainsYieldExpr(aug.Value)))) return false;
        var current = new ArithNode { Source = aug.Target, IsLeaf = true, Preloaded = true };
        var root = new ArithNode { Source = aug, Op = aug.Op, InPlace = true, Left = current, Right = right };
        var fast = BeginFusion(root);
        _il.Emit(OpCodes.Stloc, current.P);
        EmitArithNode(root, fast);
        EmitArithObject(root);
        EndFusion(root, fast);
        return true;
    }

    /// <summary>A single comparison of fused operands in a condition: branches without making a bool.</summary>
    private bool TryEmitFusedCondition(CompareExpr c, Label target, bool jumpIf)
    {
        var op = c.Ops[0];
        if (op is not (CompareOperator.Lt or CompareOperator.LtE or CompareOperator.Gt or CompareOperator.GtE
            or CompareOperator.Eq or CompareOperator.NotEq)) return false;
        int ops = 0; bool floatConst = false;
        var left = BuildArith(c.Left, ref ops, ref floatConst);
        var right = BuildArith(c.Comparators[0], ref ops, ref floatConst);
        if (ops == 0 && !floatConst && !HasShadowLeaf(left) && !HasShadowLeaf(right)) return false;
        if (_gen && ContainsYieldExpr(c)) return false;
        if (left.IsConst && right.IsConst) return false;
        var il = _il;
        var fast = RentLocal(typeof(bool));
        DeclareArithLocals(left);
        DeclareArithLocals(right);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Stloc, fast);
        EmitArithNode(left, fast);
        EmitArithNode(right, fast);
        var generic = il.DefineLabel();
        var done = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, fast);
        il.Emit(OpCodes.Brfalse, generic);
        // IEEE comparisons false on NaN, as Python's (<= is < or ==, so that NaN stays false).
        switch (op)
        {
            case CompareOperator.Lt: EmitArithDouble(left); EmitArithDouble(right); il.Emit(OpCodes.Clt); break;
            case CompareOperator.Gt: EmitArithDouble(left); EmitArithDouble(right); il.Emit(OpCodes.Cgt); break;
            case CompareOperator.Eq: EmitArithDouble(left); EmitArithDouble(right); il.Emit(OpCodes.Ceq); break;
            case CompareOperator.NotEq:
                EmitArithDouble(left); EmitArithDouble(right); il.Emit(OpCodes.Ceq);
                il.Emit(OpCodes.Ldc_I4_0); il.Emit(OpCodes.Ceq);
                break;
            default:
                EmitArithDouble(left); EmitArithDouble(right); il.Emit(op == CompareOperator.LtE ? OpCodes.Clt : OpCodes.Cgt);
                EmitArithDouble(left); EmitArithDouble(right); il.Emit(OpCodes.Ceq);
                il.Emit(OpCodes.Or);
                break;
        }
        il.Emit(jumpIf ? OpCodes.Brtrue : OpCodes.Brfalse, target);
        il.Emit(OpCodes.Br, done);
        il.MarkLabel(generic);
        int saved = _lastPos;
        EmitArithObject(left);
        EmitArithObject(right);
        EmitPos(c);
        CallOps(CompareMethod(op, true));
        _lastPos = saved;
        il.Emit(jumpIf ? OpCodes.Brtrue : OpCodes.Brfalse, target);
        il.MarkLabel(done);
        ReleaseArithLocals(left);
        ReleaseArithLocals(right);
        ReturnLocal(fast);
        return true;
    }

    private LocalBuilder BeginFusion(ArithNode root)
    {
        DeclareArithLocals(root);
        var fast = RentLocal(typeof(bool));
        _il.Emit(OpCodes.Ldc_I4_1);
        _il.Emit(OpCodes.Stloc, fast);
        return fast;
    }

    private void EndFusion(ArithNode root, LocalBuilder fast)
    {
        ReleaseArithLocals(root);
        ReturnLocal(fast);
    }

    private LocalBuilder RentLocal(Type t) =>
        _fusionLocals.TryGetValue(t, out var free) && free.Count > 0 ? free.Pop() : _il.DeclareLocal(t);

    private void ReturnLocal(LocalBuilder l)
    {
        if (!_fusionLocals.TryGetValue(l.LocalType, out var free)) _fusionLocals[l.LocalType] = free = new();
        free.Push(l);
    }

    private void DeclareArithLocals(ArithNode n)
    {
        if (n.IsConst || n.Shadow != null) return;
        n.P = RentLocal(typeof(PyObject));
        n.D = RentLocal(typeof(double));
        n.K = RentLocal(typeof(int));
        if (n.MathFn != 0) n.F = RentLocal(typeof(PyObject));
        if (n.Left != null) DeclareArithLocals(n.Left);
        if (n.Right != null) DeclareArithLocals(n.Right);
    }

    private void ReleaseArithLocals(ArithNode n)
    {
        if (n.IsConst || n.Shadow != null) return;
        ReturnLocal(n.P); ReturnLocal(n.D); ReturnLocal(n.K);
        if (n.F != null) ReturnLocal(n.F);
        if (n.Left != null) ReleaseArithLocals(n.Left);
        if (n.Right != null) ReleaseArithLocals(n.Right);
    }

    private void EmitArithNode(ArithNode n, LocalBuilder fast)
    {
        var il = _il;
        if (n.IsConst) return;
        if (n.Shadow != null) { EmitShadowLeaf(n, fast); return; }
        if (n.MathFn != 0) { EmitMathCall(n, fast); return; }
        if (n.IsLeaf)
        {
            if (!n.Preloaded)
            {
                EmitExpr((Expr)n.Source);
                il.Emit(OpCodes.Stloc, n.P);
            }
            var skip = il.DefineLabel();
            il.Emit(OpCodes.Ldloc, fast);
            il.Emit(OpCodes.Brfalse, skip);
            il.Emit(OpCodes.Ldloc, n.P);
            il.Emit(OpCodes.Ldloca, n.D);
            il.Emit(OpCodes.Call, s_fusedClassify);
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Stloc, n.K);
            il.Emit(OpCodes.Brtrue, skip);
            il.Emit(OpCodes.Ldc_I4_0);
            il.Emit(OpCodes.Stloc, fast);
            il.MarkLabel(skip);
            return;
        }
        EmitArithNode(n.Left!, fast);
        if (n.Right != null) EmitArithNode(n.Right, fast);
        var generic = il.DefineLabel();
        var bail = il.DefineLabel();
        var done = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, fast);
        il.Emit(OpCodes.Brfalse, generic);
        if (n.IsNeg)
        {
            EmitArithDouble(n.Left!);
            il.Emit(OpCodes.Neg);
            il.Emit(OpCodes.Stloc, n.D);
            EmitArithKind(n.Left!);
            il.Emit(OpCodes.Stloc, n.K);
            EmitPositiveZeroForInt(n);
        }
        else if (IntOpCode(n.Op) is int code and >= 0)
        {
            EmitArithKind(n.Left!);
            il.Emit(OpCodes.Ldc_I4, FusedArithmetic.IntKind);
            il.Emit(OpCodes.Bne_Un, bail);
            EmitArithKind(n.Right!);
            il.Emit(OpCodes.Ldc_I4, FusedArithmetic.IntKind);
            il.Emit(OpCodes.Bne_Un, bail);
            il.Emit(OpCodes.Ldc_I4, code);
            EmitArithDouble(n.Left!);
            EmitArithDouble(n.Right!);
            il.Emit(OpCodes.Ldloca, n.D);
            il.Emit(OpCodes.Call, s_fusedIntOp);
            il.Emit(OpCodes.Brfalse, bail);
            il.Emit(OpCodes.Ldc_I4, FusedArithmetic.IntKind);
            il.Emit(OpCodes.Stloc, n.K);
        }
        else if (n.Op == BinaryOperator.Div)
        {
            EmitArithDouble(n.Right!);
            il.Emit(OpCodes.Ldc_R8, 0.0);
            il.Emit(OpCodes.Beq, bail);
            EmitArithDouble(n.Left!);
            EmitArithDouble(n.Right!);
            il.Emit(OpCodes.Div);
            il.Emit(OpCodes.Stloc, n.D);
            il.Emit(OpCodes.Ldc_I4, FusedArithmetic.FloatKind);
            il.Emit(OpCodes.Stloc, n.K);
        }
        else
        {
            EmitArithDouble(n.Left!);
            EmitArithDouble(n.Right!);
            il.Emit(n.Op switch { BinaryOperator.Add => OpCodes.Add, BinaryOperator.Sub => OpCodes.Sub, _ => OpCodes.Mul });
            il.Emit(OpCodes.Stloc, n.D);
            EmitArithKind(n.Left!);
            EmitArithKind(n.Right!);
            il.Emit(OpCodes.Or);
            il.Emit(OpCodes.Stloc, n.K);
            // An int result is exact only below 2**53 (rounding is monotonic, so a rounded |result| below
            // the limit means the exact one is too); past it the protocol computes the int.
            var isFloat = il.DefineLabel();
            il.Emit(OpCodes.Ldloc, n.K);
            il.Emit(OpCodes.Ldc_I4, FusedArithmetic.IntKind);
            il.Emit(OpCodes.Bne_Un, isFloat);
            il.Emit(OpCodes.Ldloc, n.D);
            il.Emit(OpCodes.Call, s_mathAbs);
            il.Emit(OpCodes.Ldc_R8, FusedArithmetic.ExactIntLimit);
            il.Emit(OpCodes.Bge_Un, bail);
            il.MarkLabel(isFloat);
            if (n.Op == BinaryOperator.Mult) EmitPositiveZeroForInt(n);
        }
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Stloc, n.P);
        il.Emit(OpCodes.Br, done);
        il.MarkLabel(bail);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, fast);
        il.MarkLabel(generic);
        int saved = _lastPos;
        EmitArithObject(n.Left!);
        if (n.IsNeg)
        {
            EmitPos(n.Source);
            CallOps(nameof(Ops.Neg));
        }
        else
        {
            EmitArithObject(n.Right!);
            EmitPos(n.Source);
            if (n.InPlace) EmitInPlace(n.Op); else CallOps(BinaryMethod(n.Op));
        }
        _lastPos = saved;
        il.Emit(OpCodes.Stloc, n.P);
        il.MarkLabel(done);
    }

    /// <summary>An int's double is never -0.0 (an int zero has no sign), though a product or negation of ints
    /// computed in doubles can give it: adding 0.0 turns it into +0.0 and leaves every other value alone.</summary>
    private void EmitPositiveZeroForInt(ArithNode n)
    {
        var il = _il;
        var skip = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, n.K);
        il.Emit(OpCodes.Ldc_I4, FusedArithmetic.IntKind);
        il.Emit(OpCodes.Bne_Un, skip);
        il.Emit(OpCodes.Ldloc, n.D);
        il.Emit(OpCodes.Ldc_R8, 0.0);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stloc, n.D);
        il.MarkLabel(skip);
    }

    private void EmitArithDouble(ArithNode n)
    {
        if (n.IsConst) _il.Emit(OpCodes.Ldc_R8, n.ConstValue);
        else _il.Emit(OpCodes.Ldloc, n.Shadow?.D ?? n.D);
    }

    private void EmitArithKind(ArithNode n)
    {
        if (n.IsConst) _il.Emit(OpCodes.Ldc_I4, n.ConstObject is PyFloat ? FusedArithmetic.FloatKind : FusedArithmetic.IntKind);
        else _il.Emit(OpCodes.Ldloc, n.Shadow?.K ?? n.K);
    }

    /// <summary>The node's value as a Python object: a leaf's own object, or an operation's result boxed now
    /// if the fused code computed it.</summary>
    private void EmitArithObject(ArithNode n)
    {
        var il = _il;
        if (n.IsConst) { EmitConst(n.ConstObject!); return; }
        if (n.Shadow != null) { EmitShadowLeafObject(n); return; }
        il.Emit(OpCodes.Ldloc, n.P);
        if (n.IsLeaf) return;
        var has = il.DefineLabel();
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Brtrue, has);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ldloc, n.D);
        il.Emit(OpCodes.Ldloc, n.K);
        il.Emit(OpCodes.Call, s_fusedBox);
        il.MarkLabel(has);
    }

    /// <summary>A math.sqrt/sin/cos call: the .NET function on the argument's double when the callee is math's
    /// own function and the argument is in the domain where it cannot raise; otherwise the ordinary call, whose
    /// result is classified as a leaf's.</summary>
    private void EmitMathCall(ArithNode n, LocalBuilder fast)
    {
        var il = _il;
        var generic = il.DefineLabel();
        var done = il.DefineLabel();
        EmitExpr(n.Callee!);
        il.Emit(OpCodes.Stloc, n.F!);
        EmitArithNode(n.Left!, fast);
        il.Emit(OpCodes.Ldloc, fast);
        il.Emit(OpCodes.Brfalse, generic);
        il.Emit(OpCodes.Ldloc, n.F!);
        il.Emit(OpCodes.Ldsfld, s_mathFunctionFields[n.MathFn - 1]);
        il.Emit(OpCodes.Bne_Un, generic);
        EmitArithDouble(n.Left!);
        if (n.MathFn == 1)
        {
            // sqrt of a negative number raises; NaN gives NaN.
            il.Emit(OpCodes.Ldc_R8, 0.0);
            il.Emit(OpCodes.Blt, generic);
        }
        else
        {
            il.Emit(OpCodes.Call, s_isFinite);
            il.Emit(OpCodes.Brfalse, generic);
        }
        EmitArithDouble(n.Left!);
        il.Emit(OpCodes.Call, s_mathMethods[n.MathFn - 1]);
        il.Emit(OpCodes.Stloc, n.D);
        il.Emit(OpCodes.Ldc_I4, FusedArithmetic.FloatKind);
        il.Emit(OpCodes.Stloc, n.K);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Stloc, n.P);
        il.Emit(OpCodes.Br, done);
        il.MarkLabel(generic);
        int saved = _lastPos;
        il.Emit(OpCodes.Ldloc, n.F!);
        EmitArithObject(n.Left!);
        EmitPos(n.Source);
        il.Emit(OpCodes.Callvirt, s_call1);
        _lastPos = saved;
        il.Emit(OpCodes.Stloc, n.P);
        il.Emit(OpCodes.Ldloc, fast);
        il.Emit(OpCodes.Brfalse, done);
        il.Emit(OpCodes.Ldloc, n.P);
        il.Emit(OpCodes.Ldloca, n.D);
        il.Emit(OpCodes.Call, s_fusedClassifyOutOfLine);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, n.K);
        il.Emit(OpCodes.Brtrue, done);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, fast);
        il.MarkLabel(done);
    }
}
