using Krait.Syntax.Ast;
namespace Krait.Syntax.Tests;
public class SmokeTests
{
    [Fact]
    public void NodesCarryCPythonNames() => Assert.Equal("Tuple", new TupleExpr(new(), ExprContext.Load).PythonName);
}
