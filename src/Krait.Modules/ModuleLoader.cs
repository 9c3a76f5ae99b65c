using Krait.Compiler;
using Krait.Compiler.Scopes;
using Krait.Runtime;
using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Syntax.Parsing;
using Krait.Syntax.Text;

namespace Krait.Modules;

/// <summary>Finds a module: a native one (NativeModules), else a .py file in the script's folder.</summary>
public sealed class ModuleLoader : IModuleLoader
{
    private readonly string _dir;
    public ModuleLoader(string dir) { _dir = dir; }

    public PyModule? Load(string name)
    {
        var native = NativeModules.Create(name);
        if (native != null) return native;
        string path = Path.Combine(_dir, name + ".py");
        if (!File.Exists(path)) return null;
        var source = File.ReadAllBytes(path);
        ModuleNode tree;
        ScopeTree scopes;
        try
        {
            var sourceText = SourceText.FromFile(source, path);
            tree = (ModuleNode)PythonParser.Parse(sourceText);
            scopes = ScopeAnalyzer.Analyze(tree, sourceText);
            CompileChecks.Check(tree, scopes, sourceText);
        }
        catch (PythonSyntaxError e)
        {
            var exc = ExceptionTypes.Make(ExceptionTypes.SyntaxError, e.Msg);
            throw new PythonException(exc);
        }
        SourceLines.Register(path, System.Text.Encoding.UTF8.GetString(source));
        var module = new PyModule(name, Builtins.Module);
        module.Set("__name__", new PyStr(name));
        module.Set("__file__", new PyStr(path));
        Builtins.Modules[name] = module;
        PythonCompiler.CompileModule(tree, scopes, path, module).Call0();
        return module;
    }
}
