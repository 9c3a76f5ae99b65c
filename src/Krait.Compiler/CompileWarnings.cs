using System.Numerics;
using Krait.Runtime;
using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Compiler.Scopes;
using Krait.Syntax.Text;

namespace Krait.Compiler;

/// <summary>The SyntaxWarnings CPython's compiler gives for code that is valid but almost surely a mistake:
/// <c>x is 1</c>, <c>[(1, 2) (3, 4)]</c> (a missed comma makes a call), <c>"abc"[1, 2]</c>,
/// <c>assert (x, "msg")</c>. They go through <c>warnings.warn_explicit</c>, so filters apply; a filter that makes
/// them errors turns them into a SyntaxError at the expression, as in CPython.</summary>
public sealed class CompileWarnings
{
    private readonly SourceText _source;

    internal CompileWarnings(SourceText source) => _source = source;

    internal void Compare(CompareExpr c)
    {
        var left = c.Left;
        for (int i = 0; i < c.Ops.Count; i++)
        {
            var right = c.Comparators[i];
            if (c.Ops[i] is CompareOperator.Is or CompareOperator.IsNot && (IsLiteral(left) || IsLiteral(right)))
            {
                Warn(c.Ops[i] == CompareOperator.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                    : "\"is not\" with a literal. Did you mean \"!=\"?", c);
                return;
            }
            left = right;
        }
    }

    internal void Call(CallExpr call)
    {
        var f = call.Func;
        if (f is Constant or TupleExpr or ListExpr or ListComp or DictExpr or DictComp or SetExpr or SetComp or GeneratorExp
            or JoinedStr or FormattedValue || ConstantDisplay.IsFolded(f))
            Warn($"'{TypeName(f)}' object is not callable; perhaps you missed a comma?", call);
    }

    internal void Subscript(Subscript s)
    {
        if (s.Ctx != ExprContext.Load) return;
        var value = s.Value;
        bool folded = ConstantDisplay.IsFolded(value);
        object? constant = folded ? FoldedValue(value) : null;
        if (folded ? constant is null or EllipsisValue or int or long or BigInteger or double or ImaginaryValue or bool
            : value is SetExpr or SetComp or GeneratorExp or LambdaExpr)
        {
            Warn($"'{TypeName(value)}' object is not subscriptable; perhaps you missed a comma?", s);
            return;
        }
        string? index = IndexTypeName(s.Slice);
        if (index == null) return;
        bool sequence = folded ? constant is string or CodePointString or byte[] or TupleMarker
            : value is TupleExpr or ListExpr or ListComp or JoinedStr or FormattedValue;
        if (sequence)
            Warn($"{TypeName(value)} indices must be integers or slices, not {index}; perhaps you missed a comma?", s);
    }

    internal void Assert(AssertStmt a)
    {
        if (a.Test is TupleExpr { Elts.Count: > 0 })
            Warn("assertion is always true, perhaps remove parentheses?", a);
    }

    /// <summary>Gives the parser's warnings (invalid escape sequences); call it right after parsing, where
    /// CPython gives them. One that a filter makes an error is a SyntaxError with the tokenizer's text: the
    /// token's line, without its newline when the token goes on past it.</summary>
    public static void GiveParserWarnings(SourceText source)
    {
        if (source.Warnings is not { } found) return;
        foreach (var w in found)
        {
            var category = w.Category == "DeprecationWarning" ? ExceptionTypes.DeprecationWarning : ExceptionTypes.SyntaxWarning;
            if (!WarnExplicit(source, w.Message, category, w.Lineno))
            {
                string line = source.GetLine(w.Lineno) ?? "";
                if (w.EndLineno != w.Lineno) line = line.TrimEnd('\n');
                throw new PythonSyntaxError("SyntaxError", w.Message, source.Filename, w.Lineno, w.Col + 1, w.EndLineno, w.EndCol + 1, line);
            }
        }
    }

    private void Warn(string message, LocatedNode at)
    {
        if (!WarnExplicit(_source, message, ExceptionTypes.SyntaxWarning, at.Lineno))
            throw ScopeErrors.AtNode(_source, message, at);
    }

    /// <summary>warnings.warn_explicit; false when a filter made the warning an error.</summary>
    private static bool WarnExplicit(SourceText source, string message, PyType category, int lineno)
    {
        if (category == ExceptionTypes.DeprecationWarning && DefaultFiltersIgnore(source.Filename)) return true;
        var warnings = Ops.ImportModule("warnings");
        try
        {
            Ops.GetAttr(warnings, "warn_explicit").Call(new PyObject[]
            {
                new PyStr(message), category, new PyStr(source.Filename), PyInt.Get(lineno),
            }, null);
            return true;
        }
        catch (PythonException e) when (e.Value.Class.IsSubtypeOf(category))
        {
            return false;
        }
    }

    /// <summary>True when no filter other than CPython's defaults can be in place (warnings not imported yet, no
    /// -W, PYTHONWARNINGS or -X dev) and those ignore a DeprecationWarning from this file: they show it for
    /// <c>__main__</c> only, and a warning from the compiler names its module after the file. Saves importing
    /// the warnings module for the common <c>"\d"</c> in a regular expression.</summary>
    private static bool DefaultFiltersIgnore(string filename)
    {
        if (Builtins.Modules.ContainsKey("warnings")) return false;
        var sys = Builtins.Sys;
        if (sys.TryGetAttr("warnoptions", out var w) && (w is not PyList wl || wl.Count > 0)) return false;
        if (sys.TryGetAttr("_xoptions", out var x) && (x is not PyDict xd || xd.Len() > 0)) return false;
        string module = filename.EndsWith(".py", StringComparison.Ordinal) ? filename[..^3] : filename;
        return module != "__main__";
    }

    /// <summary>CPython's <c>is</c> check accepts None, True, False and Ellipsis; any other constant (after
    /// constant folding: <c>-1</c>, <c>()</c>, <c>(1, 2)</c>) is a literal whose identity is not a promise.</summary>
    private static bool IsLiteral(Expr e) =>
        ConstantDisplay.IsFolded(e) && FoldedValue(e) is not (null or bool or EllipsisValue);

    /// <summary>Stands for a folded tuple's value, whose elements do not matter here.</summary>
    private sealed class TupleMarker { public static readonly TupleMarker Instance = new(); }

    /// <summary>The value of a folded expression, as far as its type goes.</summary>
    private static object? FoldedValue(Expr e) => e switch
    {
        Constant c => c.Value,
        TupleExpr => TupleMarker.Instance,
        // A sign or ~ on a bool gives an int.
        UnaryOp { Operand: Constant { Value: bool } } => 0L,
        UnaryOp { Operand: Constant c } => c.Value,
        _ => null,
    };

    private static string? IndexTypeName(Expr index)
    {
        if (ConstantDisplay.IsFolded(index))
            return FoldedValue(index) is int or long or BigInteger or bool ? null : TypeName(index);
        return index is TupleExpr or ListExpr or ListComp or DictExpr or DictComp or SetExpr or SetComp or GeneratorExp
            or LambdaExpr or JoinedStr or FormattedValue ? TypeName(index) : null;
    }

    /// <summary>The type an expression's value is known to have, by its form, as CPython names it.</summary>
    private static string TypeName(Expr e)
    {
        if (ConstantDisplay.IsFolded(e))
            return FoldedValue(e) switch
            {
                null => "NoneType",
                bool => "bool",
                int or long or BigInteger => "int",
                double => "float",
                ImaginaryValue => "complex",
                string or CodePointString => "str",
                byte[] => "bytes",
                EllipsisValue => "ellipsis",
                _ => "tuple",
            };
        return e switch
        {
            TupleExpr => "tuple",
            ListExpr or ListComp => "list",
            DictExpr or DictComp => "dict",
            SetExpr or SetComp => "set",
            GeneratorExp => "generator",
            LambdaExpr => "function",
            _ => "str",
        };
    }
}
