namespace Krait.Runtime;

/// <summary>compile()'s link to the `_ast` module (Krait.Modules): with PyCF_ONLY_AST it returns `ast` node
/// objects, and given such objects it compiles them. The module installs these when it is first imported.</summary>
public static class AstHook
{
    public const int OnlyAst = 0x400;
    /// <summary>(source, filename, mode) to an ast.Module/Expression/Interactive object; raises SyntaxError.</summary>
    public static Func<string, string, string, PyObject>? Parse;
    /// <summary>(ast object, filename, mode) to a code object.</summary>
    public static Func<PyObject, string, string, PyObject>? CompileTree;
    /// <summary>Whether an object is an instance of _ast.AST.</summary>
    public static Func<PyObject, bool>? IsAst;

    public static void EnsureLoaded()
    {
        if (Parse == null) Ops.ImportName(new PyStr("_ast"), null, 0, Builtins.Module);
    }
}
