using System.Reflection;
using System.Reflection.Emit;
using Krait.Runtime;
using Krait.Compiler.Scopes;
using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary>Direct calls to module-level functions. When a function body calls a global name that, at the time
/// the body is compiled, holds a Python function taking exactly that many positional arguments, the call site
/// checks that the global still holds that same function object and then calls its compiled method directly:
/// no virtual Call, no arity check, no delegate. Any other value takes the ordinary call.</summary>
internal sealed partial class FunctionCompiler
{
    /// <summary>The method being emitted for this code's entry, for direct self-calls (set by the driver).</summary>
    public MethodInfo? SelfEntry;

    private bool TryDirectCallTarget(CallExpr call, out PyFunction target, out MethodInfo entry)
    {
        target = null!; entry = null!;
        if (call.Func is not NameExpr name || call.Keywords.Count > 0 || call.Args.Count > FunctionCode.MaxDirectArity
            || _scope.Kind != ScopeKind.Function || Where(name.Id).Kind != NameKind.Global) return false;
        foreach (var a in call.Args) if (a is StarredExpr) return false;
        if (_unit.Module.GetCell(name.Id).Value is not PyFunction f || f.Code.SimpleArity != call.Args.Count) return false;
        MethodInfo? m = f.Code == _code ? SelfEntry : f.Code.TryCompile() ? f.Code.Entry : null;
        if (m == null) return false;
        target = f; entry = m;
        return true;
    }

    private void EmitDirectCall(CallExpr call, PyFunction target, MethodInfo entry)
    {
        var il = _il;
        var fn = RentLocal(typeof(PyObject));
        var args = new LocalBuilder[call.Args.Count];
        EmitExpr(call.Func);
        il.Emit(OpCodes.Stloc, fn);
        for (int i = 0; i < args.Length; i++)
        {
            EmitExpr(call.Args[i]);
            args[i] = RentLocal(typeof(PyObject));
            il.Emit(OpCodes.Stloc, args[i]);
        }
        var targetField = NewField(typeof(PyFunction), target);
        var generic = il.DefineLabel();
        var done = il.DefineLabel();
        EmitPos(call);
        il.Emit(OpCodes.Ldloc, fn);
        il.Emit(OpCodes.Ldsfld, targetField);
        il.Emit(OpCodes.Bne_Un, generic);
        il.Emit(OpCodes.Ldsfld, targetField);
        foreach (var a in args) il.Emit(OpCodes.Ldloc, a);
        il.Emit(OpCodes.Call, entry);
        il.Emit(OpCodes.Br, done);
        il.MarkLabel(generic);
        il.Emit(OpCodes.Ldloc, fn);
        if (args.Length <= 3)
        {
            foreach (var a in args) il.Emit(OpCodes.Ldloc, a);
            il.Emit(OpCodes.Callvirt, args.Length switch { 0 => s_call0, 1 => s_call1, 2 => s_call2, _ => s_call3 });
        }
        else
        {
            il.Emit(OpCodes.Ldc_I4, args.Length);
            il.Emit(OpCodes.Newarr, typeof(PyObject));
            for (int i = 0; i < args.Length; i++)
            {
                il.Emit(OpCodes.Dup);
                il.Emit(OpCodes.Ldc_I4, i);
                il.Emit(OpCodes.Ldloc, args[i]);
                il.Emit(OpCodes.Call, s_storeNoCheck);
            }
            il.Emit(OpCodes.Ldnull);
            il.Emit(OpCodes.Callvirt, s_callN);
        }
        il.MarkLabel(done);
        ReturnLocal(fn);
        foreach (var a in args) ReturnLocal(a);
    }
}
