using System.Reflection.Emit;
using Krait.Runtime;
using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary><c>a, b = x, y</c> (a swap, <c>perm[i], perm[j] = perm[j], perm[i]</c>): a tuple display unpacked into
/// a target list of the same length. The values are evaluated left to right into temporaries and then stored
/// left to right, exactly the order of building the tuple and unpacking it, without the tuple.</summary>
internal sealed partial class FunctionCompiler
{
    private bool TryEmitParallelAssign(Assign a)
    {
        if (a.Targets.Count != 1 || a.Value is not TupleExpr value) return false;
        var targets = a.Targets[0] switch { TupleExpr t => t.Elts, ListExpr l => l.Elts, _ => null };
        if (targets == null || targets.Count != value.Elts.Count || targets.Count is < 2 or > 4) return false;
        foreach (var e in value.Elts) if (e is StarredExpr) return false;
        foreach (var e in targets) if (e is StarredExpr) return false;
        if (_gen && ContainsYieldExpr(a)) return false;
        var temps = new LocalBuilder[value.Elts.Count];
        for (int i = 0; i < temps.Length; i++)
        {
            EmitExpr(value.Elts[i]);
            temps[i] = RentLocal(typeof(PyObject));
            _il.Emit(OpCodes.Stloc, temps[i]);
        }
        for (int i = 0; i < temps.Length; i++)
        {
            _il.Emit(OpCodes.Ldloc, temps[i]);
            EmitStore(targets[i]);
        }
        foreach (var t in temps) ReturnLocal(t);
        return true;
    }
}
