using Krait.Compiler;
using Krait.Compiler.Scopes;
using Krait.Runtime;
using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Syntax.Parsing;
using Krait.Syntax.Text;

namespace Krait.Modules;

/// <summary>Compiles a Python source file and runs it as the body of a module.</summary>
public static class ModuleLoader
{
    /// <summary>Runs the file at <paramref name="path"/> in <paramref name="module"/>'s namespace. Compile errors
    /// raise SyntaxError as CPython's import does.</summary>
    public static void ExecSource(PyModule module, string path)
    {
        byte[] source;
        try { source = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var err = ExceptionTypes.Make(ExceptionTypes.OSError, $"[Errno 2] No such file or directory: '{path}'");
            throw new PythonException(err);
        }
        ExecSource(module, source, path);
    }

    public static void ExecSource(PyModule module, byte[] source, string path)
    {
        ModuleNode tree;
        ScopeTree scopes;
        try
        {
            var sourceText = SourceText.FromFile(source, path);
            tree = (ModuleNode)PythonParser.Parse(sourceText);
            CompileWarnings.GiveParserWarnings(sourceText);
            scopes = ScopeAnalyzer.Analyze(tree, sourceText);
            CompileChecks.Check(tree, scopes, sourceText);
        }
        catch (PythonSyntaxError e)
        {
            throw CompileLimitErrors.For(e) ?? new PythonException(SyntaxErrorFor(e, path));
        }
        SourceLines.Register(path, System.Text.Encoding.UTF8.GetString(source));
        module.Set("__builtins__", Builtins.Module);
        PythonCompiler.CompileModule(tree, scopes, path, module).Call0();
    }

    /// <summary>The Python SyntaxError (or IndentationError, TabError) for a compile error, with CPython's
    /// attributes.</summary>
    public static PyBaseException SyntaxErrorFor(PythonSyntaxError e, string path)
    {
        var type = e.ErrorType switch
        {
            "IndentationError" => ExceptionTypes.IndentationError,
            "TabError" => ExceptionTypes.TabError,
            _ => ExceptionTypes.SyntaxError,
        };
        return PySyntaxError.ForCompileError(type, e.Msg, path, e.Lineno, e.Offset, e.Text, e.EndLineno, e.EndOffset);
    }
}
