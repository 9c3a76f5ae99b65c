using System.Numerics;
using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary>Which expressions CPython's AST optimizer turns into constants: literals, a sign or `~` applied to a
/// number, and tuples of such. Displays made only of these compile differently in CPython (see SetExpr).</summary>
internal static class ConstantDisplay
{
    public static bool IsFolded(Expr e) => e switch
    {
        Constant => true,
        UnaryOp { Op: UnaryOperator.USub or UnaryOperator.UAdd, Operand: Constant c } => IsNumber(c.Value),
        UnaryOp { Op: UnaryOperator.Invert, Operand: Constant c } => c.Value is int or long or BigInteger or bool,
        TupleExpr t => t.Elts.TrueForAll(IsFolded),
        _ => false,
    };

    private static bool IsNumber(object v) => v is int or long or BigInteger or double or bool or ImaginaryValue;
}
