using Krait.Compiler;
using Krait.Compiler.Scopes;
using Krait.Syntax.Errors;
using Krait.Syntax.Parsing;
using Krait.Syntax.Text;

namespace Krait.Compiler.Tests;

/// <summary>The errors of the symtable, the future pass and the compiler's own checks, each case against what
/// CPython 3.11's compile() reported (CompileErrorCases.txt, written by make_error_cases.py).</summary>
public class CompileErrorTests
{
    static readonly string Dir = AppContext.BaseDirectory;

    public static IEnumerable<object[]> Cases()
    {
        var sources = File.ReadAllText(Path.Combine(Dir, "CompileErrorCases.py")).Split("\n# ====\n");
        var expected = File.ReadAllLines(Path.Combine(Dir, "CompileErrorCases.txt"));
        Assert.Equal(sources.Length, expected.Length);
        for (int i = 0; i < sources.Length; i++) yield return new object[] { i, sources[i], expected[i] };
    }

    internal static string Compile(string code)
    {
        try
        {
            var source = SourceText.FromString(code, "<case>");
            var mod = PythonParser.Parse(source);
            var tree = ScopeAnalyzer.Analyze(mod, source);
            CompileChecks.Check(mod, tree, source);
            return "OK";
        }
        catch (PythonSyntaxError e)
        {
            return $"{e.ErrorType}|{e.Msg}|{e.Lineno}|{e.Offset}|{e.EndLineno}|{e.EndOffset}";
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(int index, string code, string expected)
    {
        _ = index;
        Assert.Equal(expected, Compile(code));
    }
}
