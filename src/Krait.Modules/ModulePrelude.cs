using Krait.Compiler;
using Krait.Compiler.Scopes;
using Krait.Runtime;
using Krait.Syntax.Ast;
using Krait.Syntax.Parsing;
using Krait.Syntax.Text;

namespace Krait.Modules;

/// <summary>Runs Python source that is part of a native module (the pieces simplest to write in Python) in that
/// module's namespace, after its C# parts are installed.</summary>
public static class ModulePrelude
{
    public static void Run(PyModule module, string source, string filename)
    {
        var text = SourceText.FromString(source, filename);
        var tree = (ModuleNode)PythonParser.Parse(text);
        var scopes = ScopeAnalyzer.Analyze(tree, text);
        CompileChecks.Check(tree, scopes, text);
        SourceLines.Register(filename, source);
        PythonCompiler.CompileModule(tree, scopes, filename, module).Call0();
    }
}
