using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Syntax.Text;

namespace Krait.Compiler.Scopes;

[Flags]
public enum FutureFlags
{
    None = 0,
    Division = 1 << 0,
    AbsoluteImport = 1 << 1,
    WithStatement = 1 << 2,
    PrintFunction = 1 << 3,
    UnicodeLiterals = 1 << 4,
    BarryAsBdfl = 1 << 5,
    GeneratorStop = 1 << 6,
    Annotations = 1 << 7,
}

/// <summary>The <c>from __future__ import</c> statements at the start of a module, found as CPython's
/// future pass finds them (before the symbol table is built).</summary>
public sealed class FutureFeatures
{
    public FutureFlags Flags { get; private set; }
    /// <summary>Line of the last future statement in the leading block; later ones are errors (the
    /// compiler reports them).</summary>
    public int LastLine { get; private set; }

    public bool Annotations => (Flags & FutureFlags.Annotations) != 0;

    internal static FutureFeatures Parse(Mod mod, SourceText source)
    {
        var ff = new FutureFeatures();
        List<Stmt> body;
        if (mod is ModuleNode m) body = m.Body;
        else if (mod is Interactive it) body = it.Body;
        else return ff;
        int i = 0;
        if (body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string } }) i = 1;
        bool done = false;
        int prevLine = 0;
        for (; i < body.Count; i++)
        {
            var s = body[i];
            // Statements joined by semicolons on the line of a late future import are checked here; later lines
            // are left to the compiler.
            if (done && s.Lineno > prevLine) break;
            prevLine = s.Lineno;
            if (s is ImportFrom { Module: "__future__" } imp)
            {
                if (done)
                    throw ScopeErrors.At(source, "from __future__ imports must occur at the beginning of the file",
                                         s.Lineno, s.ColOffset, 0, -1);
                foreach (var alias in imp.Names)
                    ff.Flags |= Feature(alias.Name, s, source);
                ff.LastLine = s.Lineno;
            }
            else done = true;
        }
        return ff;
    }

    static FutureFlags Feature(string name, Stmt s, SourceText source)
    {
        switch (name)
        {
            case "nested_scopes": case "generators": case "with_statement": return FutureFlags.None;
            case "division": return FutureFlags.Division;
            case "absolute_import": return FutureFlags.AbsoluteImport;
            case "print_function": return FutureFlags.PrintFunction;
            case "unicode_literals": return FutureFlags.UnicodeLiterals;
            case "barry_as_FLUFL": return FutureFlags.BarryAsBdfl;
            case "generator_stop": return FutureFlags.GeneratorStop;
            case "annotations": return FutureFlags.Annotations;
            case "braces": throw ScopeErrors.At(source, "not a chance", s.Lineno, s.ColOffset + 1, 0, -1);
            default:
                throw ScopeErrors.At(source, $"future feature {Truncate(name, 100)} is not defined",
                                     s.Lineno, s.ColOffset + 1, 0, -1);
        }
    }

    internal static string Truncate(string s, int max) => s.Length <= max ? s : s.Substring(0, max);
}

/// <summary>Builds the errors of the compile stages after parsing. Unlike the parser's errors, CPython reports
/// their offsets as UTF-8 byte offsets (+1), not converted to characters.</summary>
internal static class ScopeErrors
{
    /// <summary>An error at 1-based byte offsets; endOffset -1 means CPython leaves the end unset.</summary>
    internal static PythonSyntaxError At(SourceText source, string msg, int lineno, int offset, int endLineno, int endOffset)
    {
        if (endOffset < 0) endLineno = lineno;
        return new PythonSyntaxError("SyntaxError", msg, source.Filename, lineno, offset, endLineno,
                                     endOffset < 0 ? 0 : endOffset, source.GetLine(lineno));
    }

    /// <summary>An error over a node's span (CPython's ranged location: columns + 1).</summary>
    internal static PythonSyntaxError AtNode(SourceText source, string msg, int lineno, int col, int endLineno, int endCol)
        => At(source, msg, lineno, col + 1, endLineno, endCol + 1);

    internal static PythonSyntaxError AtNode(SourceText source, string msg, LocatedNode n)
        => AtNode(source, msg, n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset);
}
