// Temporary stand-in until branch `repr` (which owns AstDumper) is merged; delete then.
namespace Krait.Syntax.Ast;

public static class AstDumper
{
    public static string Dump(Node node, bool includeAttributes = false)
        => throw new NotImplementedException("AstDumper (branch repr)");
}
