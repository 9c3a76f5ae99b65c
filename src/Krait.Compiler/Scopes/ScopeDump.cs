using System.Text;
using Krait.Syntax.Errors;
using Krait.Syntax.Parsing;
using Krait.Syntax.Text;

namespace Krait.Compiler.Scopes;

/// <summary>Writes a scope tree in the text format of <c>tools/symtable_compare.py</c>, so Krait's analysis can
/// be diffed against CPython's <c>_symtable</c>.</summary>
public static class ScopeDump
{
    static readonly (SymbolFlags Flag, string Name)[] s_flagNames =
    {
        (SymbolFlags.DefGlobal, "DEF_GLOBAL"), (SymbolFlags.DefLocal, "DEF_LOCAL"), (SymbolFlags.DefParam, "DEF_PARAM"),
        (SymbolFlags.DefNonlocal, "DEF_NONLOCAL"), (SymbolFlags.Use, "USE"), (SymbolFlags.DefFree, "DEF_FREE"),
        (SymbolFlags.DefFreeClass, "DEF_FREE_CLASS"), (SymbolFlags.DefImport, "DEF_IMPORT"),
        (SymbolFlags.DefAnnot, "DEF_ANNOT"), (SymbolFlags.DefCompIter, "DEF_COMP_ITER"),
    };

    /// <summary>Everything the differential compares for one file: the scope tree (or the error), then the
    /// compiler checks' verdict and, when they pass, the code-object lines.</summary>
    public static string DumpFile(string path)
    {
        var sb = new StringBuilder();
        try
        {
            var source = SourceText.FromBytes(File.ReadAllBytes(path), path);
            var mod = PythonParser.Parse(source);
            ScopeTree tree;
            try
            {
                tree = ScopeAnalyzer.Analyze(mod, source);
            }
            catch (PythonSyntaxError e)
            {
                string err = ErrorText(e);
                return $"symtable-error {err}\ncompile-error {err}\n";
            }
            sb.Append(Format(tree));
            try
            {
                CompileChecks.Check(mod, tree, source, warn: false);
                sb.Append("compile ok\n");
                sb.Append(FormatCode(tree));
            }
            catch (PythonSyntaxError e)
            {
                sb.Append("compile-error ").Append(ErrorText(e)).Append('\n');
            }
        }
        catch (PythonSyntaxError e)
        {
            string err = ErrorText(e);
            return $"symtable-error {err}\ncompile-error {err}\n";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"krait-crash {e.GetType().Name}: {e.Message.Split('\n')[0]}\n";
        }
        return sb.ToString();
    }

    // CPython's RecursionError and MemoryError carry no position.
    static string ErrorText(PythonSyntaxError e) => e.ErrorType is "RecursionError" or "MemoryError"
        ? $"{e.ErrorType} {e.Msg}"
        : $"{e.ErrorType} {e.Msg} {e.Lineno} {e.Offset}";

    public static string Format(ScopeTree tree)
    {
        var sb = new StringBuilder();
        Write(tree.Top, sb);
        return sb.ToString();
    }

    static void Write(Scope s, StringBuilder sb)
    {
        string type = s.Kind switch { ScopeKind.Module => "module", ScopeKind.Class => "class", _ => "function" };
        sb.Append("scope ").Append(type).Append(' ').Append(s.Name).Append(" line=").Append(s.Lineno)
          .Append(" nested=").Append(s.IsNested ? 1 : 0).Append('\n');
        if (s.Varnames.Count > 0) sb.Append("  params ").AppendJoin(',', s.Varnames).Append('\n');
        var names = new List<string>(s.Symbols.Keys);
        names.Sort(CompareCodePoints);
        foreach (var name in names)
        {
            var sym = s.Symbols[name];
            sb.Append("  ").Append(name).Append(' ').Append(ScopeName(sym.Scope)).Append(' ').Append(FlagText(sym.Flags)).Append('\n');
        }
        foreach (var c in s.Children) Write(c, sb);
    }

    /// <summary>The code objects the scopes turn into (all but the module's), one sorted line each, with the flags,
    /// cell and free variables CPython's compiler derives from its symtable.</summary>
    public static string FormatCode(ScopeTree tree)
    {
        var lines = new List<string>();
        foreach (var c in tree.Top.Children) CodeLines(c, lines);
        lines.Sort(string.CompareOrdinal);
        var sb = new StringBuilder();
        foreach (var l in lines) sb.Append(l).Append('\n');
        return sb.ToString();
    }

    static void CodeLines(Scope s, List<string> lines)
    {
        var flags = new List<string>();
        if (s.Kind == ScopeKind.Function)
        {
            if (s.HasVarargs) flags.Add("VARARGS");
            if (s.HasVarKeywords) flags.Add("VARKEYWORDS");
            if (s.IsNested) flags.Add("NESTED");
            if (s.IsGenerator && !s.IsCoroutine) flags.Add("GENERATOR");
            if (s.IsCoroutine && !s.IsGenerator) flags.Add("COROUTINE");
            if (s.IsCoroutine && s.IsGenerator) flags.Add("ASYNC_GENERATOR");
        }
        var cells = s.CellVars();
        var frees = s.FreeVars();
        cells.Sort(CompareCodePoints);
        frees.Sort(CompareCodePoints);
        string name = s.Node switch
        {
            Krait.Syntax.Ast.LambdaExpr => "<lambda>",
            Krait.Syntax.Ast.ListComp => "<listcomp>",
            Krait.Syntax.Ast.SetComp => "<setcomp>",
            Krait.Syntax.Ast.DictComp => "<dictcomp>",
            Krait.Syntax.Ast.GeneratorExp => "<genexpr>",
            _ => s.Name,
        };
        lines.Add($"code {name} line={s.FirstLineno} {(flags.Count == 0 ? "0" : string.Join("|", flags))} " +
                  $"cells={string.Join(",", cells)} frees={string.Join(",", frees)}");
        foreach (var c in s.Children) CodeLines(c, lines);
    }

    static string ScopeName(SymbolScope s) => s switch
    {
        SymbolScope.Local => "LOCAL",
        SymbolScope.GlobalExplicit => "GLOBAL_EXPLICIT",
        SymbolScope.GlobalImplicit => "GLOBAL_IMPLICIT",
        SymbolScope.Free => "FREE",
        SymbolScope.Cell => "CELL",
        _ => "-",
    };

    public static string FlagText(SymbolFlags flags)
    {
        var sb = new StringBuilder();
        foreach (var (flag, name) in s_flagNames)
        {
            if ((flags & flag) == 0) continue;
            if (sb.Length > 0) sb.Append('|');
            sb.Append(name);
        }
        return sb.Length == 0 ? "0" : sb.ToString();
    }

    /// <summary>Python's string order (by code point), which differs from UTF-16 order for astral characters.</summary>
    static int CompareCodePoints(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            char x = a[i], y = b[i];
            if (x == y) continue;
            bool xs = char.IsSurrogate(x), ys = char.IsSurrogate(y);
            if (xs != ys) return xs ? 1 : -1;
            return x.CompareTo(y);
        }
        return a.Length.CompareTo(b.Length);
    }
}
