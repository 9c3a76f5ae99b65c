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
        if (!withLocals || (_scope.Kind == ScopeKind.Module && _ns == null)) { il.Emit(OpCodes.Ldnull); return; }
        if (_scope.Kind is ScopeKind.Class or ScopeKind.Module) { il.Emit(OpCodes.Ldloc, _ns!); return; }
        // One dict per frame, as CPython's f_locals: made at the first call, brought up to date at each.
        var dict = _frameLocalsDict ??= NewTemp(typeof(PyDict));
        EmitTempLoad(dict);
        CallOps(nameof(Ops.FrameLocalsDict));
        il.Emit(OpCodes.Dup);
        EmitTempStore(dict);
        foreach (var name in LocalNamesInOrder())
        {
            il.Emit(OpCodes.Ldsfld, StrConst(name));
            EmitRawLocal(name);
            CallOps(nameof(Ops.LocalsSync));
        }
    }

    private Temp? _frameLocalsDict;

    /// <summary>Where a generator keeps each local (its frame slot, or <c>-(i + 1)</c> for free variable i of
    /// the closure), so a suspended generator's gi_frame.f_locals can be read from its frame array.</summary>
    private void PublishGeneratorFrameLayout()
    {
        var names = _code.FrameLocalNames ??= LocalNamesInOrder().ToArray();
        var slots = new int[names.Length];
        var frees = _scope.FreeVars();
        for (int i = 0; i < names.Length; i++)
            slots[i] = _slots.TryGetValue(names[i], out var s) ? s : -(frees.IndexOf(names[i]) + 1);
        _code.FrameLocalSlots = slots;
    }

    /// <summary>In a function, pushes an array of its locals' current values (null when unbound) in
    /// <see cref="FunctionCode.FrameLocalNames"/> order, for the frame object a traceback keeps; pushes null in
    /// module and class bodies (their namespace is the frame's f_locals).</summary>
    /// <param name="byRef">Read plain IL locals through their address (see <see cref="Ops.ReadLocal"/>).</param>
    private void EmitFrameLocalsArray(bool byRef = false)
    {
        var il = _il;
        if (_scope.Kind is not ScopeKind.Function) { il.Emit(OpCodes.Ldnull); return; }
        var names = _code.FrameLocalNames ??= LocalNamesInOrder().ToArray();
        if (names.Length == 0) { il.Emit(OpCodes.Ldnull); return; }
        il.Emit(OpCodes.Ldc_I4, names.Length);
        il.Emit(OpCodes.Newarr, typeof(PyObject));
        for (int i = 0; i < names.Length; i++)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldc_I4, i);
            if (byRef && !_cells.ContainsKey(names[i]) && !_gen)
            {
                il.Emit(OpCodes.Ldloca, Local(names[i]));
                if (ShadowOf(names[i]) is { } shadow)
                {
                    il.Emit(OpCodes.Ldloca, shadow.D);
                    il.Emit(OpCodes.Ldloca, shadow.K);
                    CallOps(nameof(Ops.ReadShadowedLocal));
                }
                else CallOps(nameof(Ops.ReadLocal));
            }
            else EmitRawLocal(names[i]);
            il.Emit(OpCodes.Stelem_Ref);
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
            il.Emit(OpCodes.Ldfld, RuntimeMembers.CellValue);
        }
        else if (_gen) EmitFrameLoad(_slots[name]);
        else if (ShadowOf(name) is { } shadow) EmitShadowRaw(name, shadow);
        else il.Emit(OpCodes.Ldloc, Local(name));
    }
}
