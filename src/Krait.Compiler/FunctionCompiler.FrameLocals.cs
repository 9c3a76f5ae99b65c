using System.Reflection.Emit;
using Krait.Compiler.Scopes;
using Krait.Runtime;
using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary>Published locals: a function compiled so that <c>frame.f_locals</c> of its running frames is exact
/// keeps every local in a cell and pushes the cells to <see cref="FrameLocalsRecords"/> on entry (a generator
/// pushes itself at each resume). Chosen at compile time, only for code that may be looked at: a body that
/// reaches for frames itself, a body calling (by a global name) a function that does, and everything compiled
/// after f_locals was first read from a frame that had published nothing. Other functions' IL is unchanged.</summary>
internal sealed partial class FunctionCompiler
{
    /// <summary>This code publishes its frame's locals.</summary>
    private readonly bool _publishLocals;
    /// <summary>With <see cref="_publishLocals"/> in a plain function: every local is a cell.</summary>
    private readonly bool _allCells;

    private static bool WantsPublishedLocals(CodeUnit unit, FrameUse? use)
    {
        if (FrameLocalsRecords.Wanted) return true;
        if (use == null) return false;
        if (use.Introspects) return true;
        if (use.Calls == null) return false;
        var module = unit.Module;
        foreach (var name in use.Calls)
        {
            var sym = unit.Scope.Lookup(name);
            if (sym != null && sym.Scope is SymbolScope.Local or SymbolScope.Cell or SymbolScope.Free) continue;
            if (!module.Cells.TryGetValue(name, out var cell) || cell.Value is not PyFunction f) continue;
            if (f.Code.CompilerState is not CodeUnit callee || callee.Node is not (FunctionDef or LambdaExpr)) continue;
            if (callee.FrameUse == null)
            {
                callee.FrameUse = new FrameUse();
                CompilerScopes.NoteFrameUse(callee.Node, callee.FrameUse);
            }
            if (callee.FrameUse.Introspects) return true;
        }
        return false;
    }

    /// <summary>In the prologue of a publishing function (after its parameters are in their cells): pushes the
    /// record, the cells in <see cref="FunctionCode.FrameLocalNames"/> order.</summary>
    private void EmitPublishLocals()
    {
        var il = _il;
        if (_gen)
        {
            il.Emit(OpCodes.Ldarg_0);
        }
        else if (_scope.Kind == ScopeKind.Class)
        {
            il.Emit(OpCodes.Ldloc, _ns!);
        }
        else
        {
            var names = _code.FrameLocalNames ??= LocalNamesInOrder().ToArray();
            il.Emit(OpCodes.Ldc_I4, names.Length);
            il.Emit(OpCodes.Newarr, typeof(PyCell));
            for (int i = 0; i < names.Length; i++)
            {
                if (!_cells.TryGetValue(names[i], out var cell)) continue;
                il.Emit(OpCodes.Dup);
                il.Emit(OpCodes.Ldc_I4, i);
                il.Emit(OpCodes.Ldloc, cell);
                il.Emit(OpCodes.Stelem_Ref);
            }
        }
        il.Emit(OpCodes.Ldsfld, CodeField);
        il.Emit(OpCodes.Call, typeof(FrameLocalsRecords).GetMethod(nameof(FrameLocalsRecords.Push))!);
    }

    /// <summary>In a function whose locals are all cells: the cells of the plain locals (parameters included),
    /// made before the parameters are stored.</summary>
    private void DeclareLocalCells()
    {
        var il = _il;
        foreach (var name in _params) DeclareLocalCell(il, name);
        foreach (var sym in _scope.SymbolList)
            if (sym.Scope == SymbolScope.Local) DeclareLocalCell(il, sym.Name);
    }

    private void DeclareLocalCell(ILGenerator il, string name)
    {
        if (_cells.ContainsKey(name)) return;
        var loc = il.DeclareLocal(typeof(PyCell));
        il.Emit(OpCodes.Ldstr, name);
        il.Emit(OpCodes.Newobj, typeof(PyCell).GetConstructor(new[] { typeof(string) })!);
        il.Emit(OpCodes.Stloc, loc);
        _cells[name] = loc;
    }
}
