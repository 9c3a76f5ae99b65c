using System.Collections;
using System.Text;
using Krait.Syntax.Text;

namespace Krait.Syntax.Ast;

/// <summary>Text identical to CPython 3.11's <c>ast.dump(node)</c> (annotate_fields=True, indent=None), and with
/// <paramref name="includeAttributes"/> to <c>ast.dump(node, include_attributes=True)</c>.</summary>
public static class AstDumper
{
    static readonly string[] s_exprContexts = { "Load()", "Store()", "Del()" };
    static readonly string[] s_boolOperators = { "And()", "Or()" };
    static readonly string[] s_binaryOperators =
        { "Add()", "Sub()", "Mult()", "MatMult()", "Div()", "Mod()", "Pow()", "LShift()", "RShift()", "BitOr()", "BitXor()", "BitAnd()", "FloorDiv()" };
    static readonly string[] s_unaryOperators = { "Invert()", "Not()", "UAdd()", "USub()" };
    static readonly string[] s_compareOperators =
        { "Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()", "Is()", "IsNot()", "In()", "NotIn()" };

    public static string Dump(Node node, bool includeAttributes = false)
    {
        var sb = new StringBuilder(256);
        Append(sb, node, includeAttributes);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, Node node, bool includeAttributes = false) =>
        AppendNode(sb, node, includeAttributes);

    static void AppendNode(StringBuilder sb, Node node, bool attributes)
    {
        sb.Append(node.PythonName).Append('(');
        var fields = node.Fields;
        var values = node.FieldValues();
        bool first = true;
        for (int i = 0; i < fields.Length; i++)
        {
            object? value = values[i];
            // ast.dump leaves out a None only where the class default is None, i.e. for optional (`?`) fields;
            // a required field holding None (Constant.value, MatchSingleton.value) prints as value=None.
            if (value is null && fields[i].Optional) continue;
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(fields[i].Name).Append('=');
            AppendValue(sb, value, attributes);
        }
        if (attributes && node is LocatedNode located)
        {
            if (!first) sb.Append(", ");
            sb.Append("lineno=").Append(located.Lineno)
              .Append(", col_offset=").Append(located.ColOffset)
              .Append(", end_lineno=").Append(located.EndLineno)
              .Append(", end_col_offset=").Append(located.EndColOffset);
        }
        sb.Append(')');
    }

    static void AppendValue(StringBuilder sb, object? value, bool attributes)
    {
        switch (value)
        {
            case Node child:
                AppendNode(sb, child, attributes);
                break;
            case string s:
                PyRepr.AppendString(sb, s);
                break;
            case int n:
                sb.Append(n);
                break;
            case byte[] bytes:
                // Before IList: an array is a list to .NET, but bytes to Python.
                PyRepr.AppendBytes(sb, bytes);
                break;
            case IList list:
                sb.Append('[');
                for (int i = 0; i < list.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    AppendValue(sb, list[i], attributes);
                }
                sb.Append(']');
                break;
            case ExprContext ctx: sb.Append(s_exprContexts[(int)ctx]); break;
            case BoolOperator op: sb.Append(s_boolOperators[(int)op]); break;
            case BinaryOperator op: sb.Append(s_binaryOperators[(int)op]); break;
            case UnaryOperator op: sb.Append(s_unaryOperators[(int)op]); break;
            case CompareOperator op: sb.Append(s_compareOperators[(int)op]); break;
            default:
                // Constant values: None, bool, int, float, complex, bytes, Ellipsis.
                PyRepr.Append(sb, value);
                break;
        }
    }
}
