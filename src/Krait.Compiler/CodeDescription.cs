using Krait.Compiler.Scopes;
using Krait.Runtime;
using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary>co_varnames, co_cellvars, co_freevars, co_names and co_flags of a compiled function's code object,
/// from its symbol table (computed when a program first asks).</summary>
internal static class CodeDescription
{
    public static CodeNames Describe(FunctionCode code)
    {
        if (code.CompilerState is not CodeUnit unit) return CodeNames.Empty;
        var scope = unit.Scope;
        var cells = scope.CellVars();
        var frees = scope.FreeVars();
        var globals = new List<string>();
        var varNames = new List<string>();
        if (scope.Kind == ScopeKind.Function)
        {
            // Parameters as CPython numbers them: positional, keyword-only, then *args and **kwargs.
            var ps = code.ParamNames;
            int pos = code.PosCount, kwStart = pos + (code.HasVarArgs ? 1 : 0);
            for (int i = 0; i < pos; i++) varNames.Add(ps[i]);
            for (int i = 0; i < code.KwOnlyCount; i++) varNames.Add(ps[kwStart + i]);
            if (code.HasVarArgs) varNames.Add(ps[pos]);
            if (code.HasKwArgs) varNames.Add(ps[kwStart + code.KwOnlyCount]);
            foreach (var sym in scope.SymbolList)
            {
                if (sym.Scope == SymbolScope.Local && !varNames.Contains(sym.Name)) varNames.Add(sym.Name);
                if (sym.IsGlobal && sym.IsReferenced) globals.Add(sym.Name);
            }
        }
        else
        {
            // Module and class bodies name everything they use (CPython's co_names).
            foreach (var sym in scope.SymbolList)
                if (sym.Scope is not (SymbolScope.Free or SymbolScope.Cell)) globals.Add(sym.Name);
        }
        int flags = 0;
        if (scope.Kind == ScopeKind.Function)
        {
            flags |= PyCode.Optimized | PyCode.NewLocals;
            if (code.HasVarArgs) flags |= PyCode.VarArgs;
            if (code.HasKwArgs) flags |= PyCode.VarKeywords;
            if (scope.IsNested) flags |= PyCode.Nested;
            if (unit.Node is AsyncFunctionDef) flags |= scope.IsGenerator ? PyCode.AsyncGenerator : PyCode.Coroutine;
            else if (scope.IsGenerator || unit.Node is GeneratorExp) flags |= PyCode.Generator;
        }
        return new CodeNames(varNames.ToArray(), cells.ToArray(), frees.ToArray(), globals.ToArray(), flags);
    }
}
