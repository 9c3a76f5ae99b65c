using System.Text;
using Krait.Runtime;
using BinOp = Krait.Syntax.Ast.BinOp;
using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary>The source text CPython stores for an annotation under `from __future__ import annotations`: the
/// expression written back from its tree (normalised spacing, parentheses only where precedence needs them).
/// Covers the expressions annotations use; comprehensions, lambdas and f-strings come out approximated.</summary>
internal static class AnnotationText
{
    // Binding strength, weakest first (the order of CPython's unparser).
    private enum Prec { Tuple, Test, Or, And, Not, Cmp, BOr, BXor, BAnd, Shift, Arith, Term, Factor, Power, Await, Atom }

    public static string Of(Expr e)
    {
        var sb = new StringBuilder();
        Write(sb, e, Prec.Test);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, Expr e, Prec level)
    {
        switch (e)
        {
            case NameExpr n: sb.Append(n.Id); return;
            case Constant c: WriteConstant(sb, c.Value); return;
            case AttributeExpr a:
                Write(sb, a.Value, Prec.Atom);
                // `1 .real`: an int literal needs a space before the dot.
                if (a.Value is Constant { Value: long or int or System.Numerics.BigInteger }) sb.Append(' ');
                sb.Append('.').Append(a.Attr);
                return;
            case Subscript s:
                Write(sb, s.Value, Prec.Atom);
                sb.Append('[');
                if (s.Slice is TupleExpr { Elts.Count: > 0 } index) WriteItems(sb, index.Elts, index.Elts.Count == 1);
                else Write(sb, s.Slice, Prec.Tuple);
                sb.Append(']');
                return;
            case SliceExpr sl:
                if (sl.Lower != null) Write(sb, sl.Lower, Prec.Test);
                sb.Append(':');
                if (sl.Upper != null) Write(sb, sl.Upper, Prec.Test);
                if (sl.Step != null) { sb.Append(':'); Write(sb, sl.Step, Prec.Test); }
                return;
            case TupleExpr t:
                if (t.Elts.Count == 0) { sb.Append("()"); return; }
                Paren(sb, level > Prec.Tuple, () => WriteItems(sb, t.Elts, t.Elts.Count == 1));
                return;
            case ListExpr l:
                sb.Append('[');
                WriteItems(sb, l.Elts, false);
                sb.Append(']');
                return;
            case SetExpr st:
                sb.Append('{');
                WriteItems(sb, st.Elts, false);
                sb.Append('}');
                return;
            case DictExpr d:
                sb.Append('{');
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (d.Keys[i] is { } k) { Write(sb, k, Prec.Test); sb.Append(": "); Write(sb, d.Values[i], Prec.Test); }
                    else { sb.Append("**"); Write(sb, d.Values[i], Prec.BOr); }
                }
                sb.Append('}');
                return;
            case StarredExpr st:
                sb.Append('*');
                Write(sb, st.Value, Prec.BOr);
                return;
            case CallExpr call:
            {
                Write(sb, call.Func, Prec.Atom);
                sb.Append('(');
                bool first = true;
                foreach (var a in call.Args) { if (!first) sb.Append(", "); first = false; Write(sb, a, Prec.Test); }
                foreach (var k in call.Keywords)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    if (k.Arg == null) sb.Append("**"); else sb.Append(k.Arg).Append('=');
                    Write(sb, k.Value, Prec.Test);
                }
                sb.Append(')');
                return;
            }
            case BinOp b:
            {
                var (op, p) = Binary(b.Op);
                // ** groups to the right, everything else to the left.
                bool right = b.Op == BinaryOperator.Pow;
                Paren(sb, level > p, () =>
                {
                    Write(sb, b.Left, right ? p + 1 : p);
                    sb.Append(' ').Append(op).Append(' ');
                    Write(sb, b.Right, right ? p : p + 1);
                });
                return;
            }
            case UnaryOp u:
            {
                var (op, p) = u.Op switch
                {
                    UnaryOperator.Not => ("not ", Prec.Not),
                    UnaryOperator.Invert => ("~", Prec.Factor),
                    UnaryOperator.UAdd => ("+", Prec.Factor),
                    _ => ("-", Prec.Factor),
                };
                Paren(sb, level > p, () => { sb.Append(op); Write(sb, u.Operand, p); });
                return;
            }
            case BoolOp bo:
            {
                var p = bo.Op == BoolOperator.And ? Prec.And : Prec.Or;
                Paren(sb, level > p, () =>
                {
                    for (int i = 0; i < bo.Values.Count; i++)
                    {
                        if (i > 0) sb.Append(bo.Op == BoolOperator.And ? " and " : " or ");
                        Write(sb, bo.Values[i], p + 1);
                    }
                });
                return;
            }
            case CompareExpr cmp:
                Paren(sb, level > Prec.Cmp, () =>
                {
                    Write(sb, cmp.Left, Prec.Cmp + 1);
                    for (int i = 0; i < cmp.Ops.Count; i++)
                    {
                        sb.Append(' ').Append(Compare(cmp.Ops[i])).Append(' ');
                        Write(sb, cmp.Comparators[i], Prec.Cmp + 1);
                    }
                });
                return;
            case IfExp ie:
                Paren(sb, level > Prec.Test, () =>
                {
                    Write(sb, ie.Body, Prec.Test + 1);
                    sb.Append(" if ");
                    Write(sb, ie.Test, Prec.Test + 1);
                    sb.Append(" else ");
                    Write(sb, ie.Orelse, Prec.Test);
                });
                return;
            case AwaitExpr aw:
                Paren(sb, level > Prec.Await, () => { sb.Append("await "); Write(sb, aw.Value, Prec.Atom); });
                return;
            default:
                sb.Append("...");
                return;
        }
    }

    private static void WriteItems(StringBuilder sb, List<Expr> items, bool trailingComma)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Write(sb, items[i], Prec.Test);
        }
        if (trailingComma) sb.Append(',');
    }

    private static void Paren(StringBuilder sb, bool needed, Action body)
    {
        if (needed) sb.Append('(');
        body();
        if (needed) sb.Append(')');
    }

    private static void WriteConstant(StringBuilder sb, object? value)
    {
        if (value is EllipsisValue) { sb.Append("..."); return; }
        sb.Append(FunctionCompiler.ConstantValue(value).Repr());
    }

    private static (string, Prec) Binary(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => ("+", Prec.Arith),
        BinaryOperator.Sub => ("-", Prec.Arith),
        BinaryOperator.Mult => ("*", Prec.Term),
        BinaryOperator.MatMult => ("@", Prec.Term),
        BinaryOperator.Div => ("/", Prec.Term),
        BinaryOperator.Mod => ("%", Prec.Term),
        BinaryOperator.FloorDiv => ("//", Prec.Term),
        BinaryOperator.Pow => ("**", Prec.Power),
        BinaryOperator.LShift => ("<<", Prec.Shift),
        BinaryOperator.RShift => (">>", Prec.Shift),
        BinaryOperator.BitOr => ("|", Prec.BOr),
        BinaryOperator.BitXor => ("^", Prec.BXor),
        _ => ("&", Prec.BAnd),
    };

    private static string Compare(CompareOperator op) => op switch
    {
        CompareOperator.Eq => "==",
        CompareOperator.NotEq => "!=",
        CompareOperator.Lt => "<",
        CompareOperator.LtE => "<=",
        CompareOperator.Gt => ">",
        CompareOperator.GtE => ">=",
        CompareOperator.Is => "is",
        CompareOperator.IsNot => "is not",
        CompareOperator.In => "in",
        _ => "not in",
    };
}
