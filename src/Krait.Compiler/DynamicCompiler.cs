using Krait.Compiler.Scopes;
using Krait.Runtime;
using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Syntax.Parsing;
using Krait.Syntax.Text;

namespace Krait.Compiler;

/// <summary>compile()/exec()/eval() from source at run time: parses and checks once (SyntaxErrors at compile
/// time, as CPython), then compiles the tree against the module that serves as globals each time it runs.
/// An 'eval' expression becomes the module statement <c>__krait_eval__ = expr</c>, read back after it runs.</summary>
internal static class DynamicCompiler
{
    private const string ResultName = "__krait_eval__";

    private sealed class Compiled
    {
        public required ModuleNode Tree;
        public required ScopeTree Scopes;
    }

    public static void Install()
    {
        PyCode.Compiler = Compile;
        PyCode.BytesCompiler = CompileBytes;
        PyCode.Runner = Run;
    }

    private static PyCode Compile(string source, string filename, string mode)
    {
        if (mode == "eval") source = source.TrimStart(' ', '\t');
        return Compile(SourceText.FromString(source, filename), filename, mode);
    }

    private static PyCode CompileBytes(byte[] source, string filename, string mode)
    {
        if (mode == "eval")
        {
            int skip = 0;
            while (skip < source.Length && (source[skip] == (byte)' ' || source[skip] == (byte)'\t')) skip++;
            if (skip > 0) source = source[skip..];
        }
        SourceText text;
        try
        {
            text = SourceText.FromFile(source, filename);
        }
        catch (PythonSyntaxError e)
        {
            throw SyntaxErrorFor(e, filename, e.Text);
        }
        return Compile(text, filename, mode);
    }

    private static PyCode Compile(SourceText text, string filename, string mode)
    {
        string source = text.Text;
        bool parsed = false;
        try
        {
            ModuleNode tree;
            if (mode == "eval")
            {
                var expr = (ExpressionNode)PythonParser.Parse(text, ParseMode.Eval);
                var target = new NameExpr(ResultName, ExprContext.Store);
                target.SetSpan(expr.Body.Lineno, expr.Body.ColOffset, expr.Body.EndLineno, expr.Body.EndColOffset);
                var assign = new Assign(new List<Expr> { target }, expr.Body, null);
                assign.SetSpan(expr.Body.Lineno, expr.Body.ColOffset, expr.Body.EndLineno, expr.Body.EndColOffset);
                // Declared global, so with separate locals the result still goes to the module, not the mapping.
                var global = new Global(new List<string> { ResultName });
                global.SetSpan(expr.Body.Lineno, expr.Body.ColOffset, expr.Body.Lineno, expr.Body.ColOffset);
                tree = new ModuleNode(new List<Stmt> { global, assign }, new List<TypeIgnore>());
            }
            else if (mode == "single")
            {
                var inter = (Interactive)PythonParser.Parse(text, ParseMode.Single);
                InteractiveDisplay.Rewrite(inter.Body);
                tree = new ModuleNode(inter.Body, new List<TypeIgnore>());
            }
            else tree = (ModuleNode)PythonParser.Parse(text);
            CompileWarnings.GiveParserWarnings(text);
            parsed = true;
            var scopes = ScopeAnalyzer.Analyze(tree, text, mode == "eval" ? 1 : 0);
            CompileChecks.Check(tree, scopes, text);
            SourceLines.Register(filename, source);
            return new PyCode(filename, mode, new Compiled { Tree = tree, Scopes = scopes });
        }
        catch (PythonSyntaxError e)
        {
            // Errors found after parsing (symtable, compiler checks) take their text from the file named, as
            // CPython's compiler does: None when there is no such file.
            throw SyntaxErrorFor(e, filename, parsed ? LineOfFile(filename, e.Lineno) : e.Text);
        }
    }

    private static string? LineOfFile(string filename, int lineno)
    {
        try
        {
            if (lineno < 1 || !File.Exists(filename)) return null;
            int n = 0;
            foreach (var line in File.ReadLines(filename))
                if (++n == lineno) return line + "\n";
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return null;
    }

    /// <summary>The Python exception for a compile error: SyntaxError (with its fields), or MemoryError,
    /// RecursionError, ValueError where CPython raises those.</summary>
    private static PythonException SyntaxErrorFor(PythonSyntaxError e, string filename, string? errorText)
    {
        if (CompileLimitErrors.For(e) is { } limit) return limit;
        if (e.ErrorType == "ValueError") return new PythonException(ExceptionTypes.Make(ExceptionTypes.ValueError, e.Msg));
        var type = e.ErrorType switch
        {
            "IndentationError" => ExceptionTypes.IndentationError,
            "TabError" => ExceptionTypes.TabError,
            _ => ExceptionTypes.SyntaxError,
        };
        return new PythonException(PySyntaxError.ForCompileError(type, e.Msg, e.Filename ?? filename, e.Lineno, e.Offset, errorText,
            e.EndLineno, e.EndOffset));
    }

    private static PyObject Run(PyCode code, PyModule module, PyObject? locals)
    {
        var c = (Compiled)code.State!;
        PythonCompiler.CompileModule(c.Tree, c.Scopes, code.Filename, module, locals, code.Optimize).Call0();
        if (code.Mode != "eval") return PyNone.Instance;
        if (!module.Cells.TryGetValue(ResultName, out var cell) || cell.Value == null) return PyNone.Instance;
        var value = cell.Value;
        Ops.DeleteGlobal(cell);
        return value;
    }
}
