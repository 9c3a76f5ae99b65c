using System.Reflection;
using System.Reflection.Emit;
using Krait.Runtime;
using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary><c>for x in range(...)</c> with int bounds counts in IL longs: no range object, no iterator, no
/// virtual step per iteration. The guard is that the name <c>range</c> evaluates to the built-in type and the
/// arguments are ints that fit in 64 bits; anything else (a rebound name, floats that must raise, big ints)
/// makes the ordinary call and iterates its result. The body is emitted once: the loop head picks the counter
/// or the iterator by a flag set before the loop.</summary>
internal sealed partial class FunctionCompiler
{
    private static readonly FieldInfo s_rangeType = typeof(PyType).GetField(nameof(PyType.RangeType))!;
    private static readonly MethodInfo s_rangeLoopBounds = typeof(Ops).GetMethod(nameof(Ops.RangeLoopBounds))!;
    private static readonly MethodInfo s_intGet = typeof(PyInt).GetMethod(nameof(PyInt.Get), new[] { typeof(long) })!;

    /// <summary>Whether <paramref name="f"/> iterates a plain call of the name <c>range</c>; generators keep
    /// their loop state in the frame and take the ordinary path.</summary>
    private bool IsRangeLoop(For f) =>
        !_gen && f.Iter is CallExpr { Func: NameExpr { Id: "range" }, Keywords.Count: 0 } call
        && call.Args.Count is >= 1 and <= 3 && !call.Args.Any(a => a is StarredExpr);

    /// <summary>In a generator, <c>for x in range(...)</c> (arguments without yields): leaves the loop's
    /// iterator on the stack, a range iterator made directly when the guard holds, else the ordinary call's.</summary>
    private bool TryEmitGeneratorRangeIter(For f)
    {
        if (!(_gen && f.Iter is CallExpr { Func: NameExpr { Id: "range" }, Keywords.Count: 0 } call
              && call.Args.Count is >= 1 and <= 3 && !call.Args.Any(a => a is StarredExpr || HasYield(a))))
            return false;
        var il = _il;
        var args = EmitRangeCallOperands(call, out var fn);
        var done = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, fn);
        for (int i = 0; i < 3; i++)
        {
            if (i < args.Length) il.Emit(OpCodes.Ldloc, args[i]);
            else il.Emit(OpCodes.Ldnull);
        }
        CallOps(nameof(Ops.RangeLoopIterator));
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Brtrue, done);
        il.Emit(OpCodes.Pop);
        EmitGenericRangeIter(fn, args, call, f);
        il.MarkLabel(done);
        return true;
    }

    /// <summary>Evaluates the callee and the arguments of a <c>range(...)</c> call in Python's order into locals.</summary>
    /// <summary>The ordinary path of both range-loop forms: call what `range` names with the evaluated arguments,
    /// then iter() of the result, each with its own traceback position.</summary>
    private void EmitGenericRangeIter(LocalBuilder fn, LocalBuilder[] args, CallExpr call, For f)
    {
        var il = _il;
        il.Emit(OpCodes.Ldloc, fn);
        foreach (var a in args) il.Emit(OpCodes.Ldloc, a);
        EmitPos(call);
        il.Emit(OpCodes.Callvirt, args.Length switch { 1 => s_call1, 2 => s_call2, _ => s_call3 });
        EmitPos(f);
        CallOps(nameof(Ops.GetIter));
    }

    private LocalBuilder[] EmitRangeCallOperands(CallExpr call, out LocalBuilder fn)
    {
        var il = _il;
        fn = il.DeclareLocal(typeof(PyObject));
        var args = new LocalBuilder[call.Args.Count];
        EmitExpr(call.Func);
        il.Emit(OpCodes.Stloc, fn);
        for (int i = 0; i < args.Length; i++)
        {
            EmitExpr(call.Args[i]);
            args[i] = il.DeclareLocal(typeof(PyObject));
            il.Emit(OpCodes.Stloc, args[i]);
        }
        return args;
    }

    private void EmitRangeFor(For f)
    {
        var il = _il;
        var call = (CallExpr)f.Iter;
        var args = EmitRangeCallOperands(call, out var fn);
        var cur = il.DeclareLocal(typeof(long));
        var step = il.DeclareLocal(typeof(long));
        var left = il.DeclareLocal(typeof(long));
        var counting = il.DeclareLocal(typeof(bool));
        var it = il.DeclareLocal(typeof(PyIterator));
        var item = il.DeclareLocal(typeof(PyObject));
        var generic = il.DefineLabel();
        var top = il.DefineLabel();
        var iterStep = il.DefineLabel();
        var store = il.DefineLabel();
        var orelse = il.DefineLabel();
        var end = il.DefineLabel();
        var next = il.DefineLabel();

        il.Emit(OpCodes.Ldloc, fn);
        il.Emit(OpCodes.Ldsfld, s_rangeType);
        il.Emit(OpCodes.Bne_Un, generic);
        for (int i = 0; i < 3; i++)
        {
            if (i < args.Length) il.Emit(OpCodes.Ldloc, args[i]);
            else il.Emit(OpCodes.Ldnull);
        }
        il.Emit(OpCodes.Ldloca, cur);
        il.Emit(OpCodes.Ldloca, step);
        il.Emit(OpCodes.Ldloca, left);
        il.Emit(OpCodes.Call, s_rangeLoopBounds);
        il.Emit(OpCodes.Brfalse, generic);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Stloc, counting);
        il.Emit(OpCodes.Br, top);

        // The ordinary call and iteration, exactly as EmitCall and EmitFor would emit them.
        il.MarkLabel(generic);
        EmitGenericRangeIter(fn, args, call, f);
        il.Emit(OpCodes.Stloc, it);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, counting);

        il.MarkLabel(top);
        il.Emit(OpCodes.Ldloc, counting);
        il.Emit(OpCodes.Brfalse, iterStep);
        il.Emit(OpCodes.Ldloc, left);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Conv_I8);
        il.Emit(OpCodes.Ble, orelse);
        il.Emit(OpCodes.Ldloc, left);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Conv_I8);
        il.Emit(OpCodes.Sub);
        il.Emit(OpCodes.Stloc, left);
        var body = il.DefineLabel();
        if (f.Target is NameExpr tn && ShadowOf(Mangled(tn.Id)) is { } shadow)
            EmitRangeValueToShadow(Mangled(tn.Id), shadow, cur, step, body);
        il.Emit(OpCodes.Ldloc, cur);
        il.Emit(OpCodes.Call, s_intGet);
        // The last value's successor may pass the 64-bit range; it is never boxed.
        il.Emit(OpCodes.Ldloc, cur);
        il.Emit(OpCodes.Ldloc, step);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stloc, cur);
        il.Emit(OpCodes.Br, store);

        il.MarkLabel(iterStep);
        il.Emit(OpCodes.Ldloc, it);
        EmitIteratorStep(item, orelse);

        il.MarkLabel(store);
        EmitStore(f.Target);
        il.MarkLabel(body);
        _loops.Push(new LoopTargets(next, end, _tryDepth));
        EmitStatements(f.Body);
        _loops.Pop();
        il.MarkLabel(next);
        EmitSignalCheck();
        EmitPos(f);
        il.Emit(OpCodes.Br, top);
        il.MarkLabel(orelse);
        EmitStatements(f.Orelse);
        il.MarkLabel(end);
    }

    private static readonly MethodInfo s_isExactInDouble = typeof(FusedArithmetic).GetMethod(nameof(FusedArithmetic.IsExactInDouble))!;

    /// <summary>A counted range loop whose variable is a shadowed local: a value exact in a double goes into the
    /// shadow unboxed (then to <paramref name="body"/>); a larger one falls through to the boxing code.</summary>
    private void EmitRangeValueToShadow(string name, ShadowLocal shadow, LocalBuilder cur, LocalBuilder step, Label body)
    {
        var il = _il;
        var box = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, cur);
        il.Emit(OpCodes.Call, s_isExactInDouble);
        il.Emit(OpCodes.Brfalse, box);
        il.Emit(OpCodes.Ldloc, cur);
        il.Emit(OpCodes.Conv_R8);
        il.Emit(OpCodes.Stloc, shadow.D);
        il.Emit(OpCodes.Ldc_I4, FusedArithmetic.IntKind);
        il.Emit(OpCodes.Stloc, shadow.K);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Stloc, Local(name));
        il.Emit(OpCodes.Ldloc, cur);
        il.Emit(OpCodes.Ldloc, step);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stloc, cur);
        il.Emit(OpCodes.Br, body);
        il.MarkLabel(box);
    }
}
