using System.Reflection.Emit;
using Krait.Compiler.Scopes;
using Krait.Runtime;
using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary>Calls of the builtins that act on their caller's frame (globals, locals, vars, dir, eval, exec):
/// where the name is not bound in the function, the call passes the module and, when the builtin can need
/// them, a dict of the current locals (see <see cref="Ops.CallWithFrame"/>). Other calls pay nothing.</summary>
internal sealed partial class FunctionCompiler
{
    private bool IsFrameBuiltinCall(string name, CallExpr call)
    {
        if (name is not ("globals" or "locals" or "vars" or "dir" or "eval" or "exec")) return false;
        var kind = Where(Mangled(name)).Kind;
        return kind is NameKind.Global or NameKind.ClassLocal;
    }

    /// <summary>Whether the builtin may read the caller's locals for this call: locals(), vars() and dir()
    /// without arguments, eval/exec without explicit globals.</summary>
    private static bool NeedsLocals(string name, CallExpr call) => name switch
    {
        "globals" => false,
        "eval" or "exec" => call.Args.Count < 2 && !call.Keywords.Any(k => k.Arg is "globals" or "locals"),
        _ => call.Args.Count == 0,
    };

    private FieldBuilder? _moduleField;

    /// <summary>Pushes the caller's module and its locals: null at module level (the module dict is the
    /// locals), the namespace in a class body, a new dict of the bound locals in a function.</summary>
    private void EmitFrameContext(bool withLocals)
    {
        var il = _il;
        il.Emit(OpCodes.Ldsfld, _moduleField ??= NewField(typeof(PyModule), _unit.Module));
        if (!withLocals || _scope.Kind == ScopeKind.Module) { il.Emit(OpCodes.Ldnull); return; }
        if (_scope.Kind == ScopeKind.Class) { il.Emit(OpCodes.Ldloc, _ns!); return; }
        il.Emit(OpCodes.Newobj, typeof(PyDict).GetConstructor(Type.EmptyTypes)!);
        foreach (var name in LocalNamesInOrder())
        {
            il.Emit(OpCodes.Ldsfld, StrConst(name));
            EmitRawLocal(name);
            CallOps(nameof(Ops.LocalsAdd));
        }
    }

    /// <summary>The function's locals as CPython's locals() lists them: parameters, other locals, then cell
    /// and free variables.</summary>
    private List<string> LocalNamesInOrder()
    {
        var names = new List<string>(_params);
        foreach (var sym in _scope.SymbolList)
            if (sym.Scope == SymbolScope.Local && !names.Contains(sym.Name)) names.Add(sym.Name);
        foreach (var c in _scope.CellVars()) if (!names.Contains(c) && _cells.ContainsKey(c)) names.Add(c);
        foreach (var f in _scope.FreeVars()) if (!names.Contains(f) && _cells.ContainsKey(f)) names.Add(f);
        return names;
    }

    /// <summary>A local's value without the unbound check (null when unbound).</summary>
    private void EmitRawLocal(string name)
    {
        var il = _il;
        if (_cells.TryGetValue(name, out var cell))
        {
            il.Emit(OpCodes.Ldloc, cell);
            il.Emit(OpCodes.Ldfld, typeof(PyCell).GetField(nameof(PyCell.Value))!);
        }
        else if (_gen) EmitFrameLoad(_slots[name]);
        else il.Emit(OpCodes.Ldloc, Local(name));
    }
}
