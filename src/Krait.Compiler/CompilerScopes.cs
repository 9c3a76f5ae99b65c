using Krait.Compiler.Scopes;
using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary>What code generation needs from the symtable beyond <see cref="Scope"/> itself; all of it is
/// computed at compile time, none of it is consulted by generated code.</summary>
internal static class CompilerScopes
{
    /// <summary>Parameter names in argument-array order (positional-only, positional, *args, keyword-only,
    /// **kwargs): the layout the calling convention fills, which is not co_varnames' order.</summary>
    public static List<string> Params(Node node)
    {
        var names = new List<string>();
        // A generator expression's code object takes the first iterable's iterator as ".0", as in CPython.
        if (node is GeneratorExp) { names.Add(".0"); return names; }
        var a = node switch { FunctionDef f => f.Args, AsyncFunctionDef af => af.Args, LambdaExpr l => l.Args, _ => null };
        if (a == null) return names;
        foreach (var p in a.Posonlyargs) names.Add(p.Arg);
        foreach (var p in a.Args) names.Add(p.Arg);
        if (a.Vararg != null) names.Add(a.Vararg.Arg);
        foreach (var p in a.Kwonlyargs) names.Add(p.Arg);
        if (a.Kwarg != null) names.Add(a.Kwarg.Arg);
        return names;
    }

    /// <summary>CPython's __qualname__: functions nest under "&lt;locals&gt;", classes directly, and a name
    /// declared global in the enclosing scope starts afresh.</summary>
    public static string QualName(Scope s)
    {
        // The symtable names lambdas and comprehensions "lambda", "listcomp"...; their code objects are "<lambda>".
        var name = s.IsLambda || s.IsComprehension ? "<" + s.Name + ">" : s.Name;
        var p = s.Parent;
        if (p == null || p.Kind == ScopeKind.Module) return name;
        if (p.Lookup(s.Name)?.Scope == SymbolScope.GlobalExplicit) return name;
        // CPython adds "<locals>" under functions and lambdas but not under comprehensions.
        return p.Kind == ScopeKind.Function && !p.IsComprehension ? QualName(p) + ".<locals>." + name : QualName(p) + "." + name;
    }

    /// <summary>Notes in <paramref name="use"/> what the body of the scope <paramref name="node"/> opens says about
    /// frame introspection. Nested functions and classes are skipped (they note their own bodies).</summary>
    public static void NoteFrameUse(Node node, FrameUse use)
    {
        foreach (var child in Children(node)) Walk(child, use);
    }

    private static void Walk(Node node, FrameUse use)
    {
        if (node is FunctionDef or AsyncFunctionDef or ClassDef or LambdaExpr) return;
        use.Note(node);
        foreach (var child in Children(node)) Walk(child, use);
    }

    private static IEnumerable<Node> Children(Node node)
    {
        foreach (var v in node.FieldValues())
        {
            if (v is Node n) yield return n;
            else if (v is System.Collections.IEnumerable list and not string)
                foreach (var item in list)
                    if (item is Node m) yield return m;
        }
    }
}

internal sealed class CompileError : Exception
{
    public readonly Node? Node;
    public CompileError(string message, Node? node) : base(message) { Node = node; }
}
