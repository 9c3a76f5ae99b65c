using System.Diagnostics;
using Krait.Compiler.Scopes;
using Krait.Syntax.Ast;
using Krait.Syntax.Parsing;
using Krait.Syntax.Text;

namespace Krait.Compiler.Tests;

/// <summary>The analyzer's public surface: CPython's symtable.Symbol predicates, the node-to-scope map, eval
/// and single modes, and the scope facts the emitter needs (cells, generators). Expected values come from
/// CPython 3.11 (its symtable module, or its code objects).</summary>
public class ScopeApiTests
{
    static (ScopeTree Tree, Mod Mod) Analyze(string code, ParseMode mode = ParseMode.Exec)
    {
        var source = SourceText.FromString(code, "<test>");
        var mod = PythonParser.Parse(source, mode);
        return (ScopeAnalyzer.Analyze(mod, source), mod);
    }

    const string PredicateSource = @"
import os.path as p
x = 1
def f(a, *args, k, **kw):
    global g
    y: int = 2
    def h():
        nonlocal y
        return a, x, super
    class C:
        a = 1
        def m(self):
            return a, __class__
    return lambda: y
";

    // symtable.Symbol's is_referenced, is_imported, is_parameter, is_global, is_declared_global, is_local,
    // is_annotated, is_free, is_assigned, is_nonlocal, is_namespace for every symbol, from python3.11.
    static readonly string[] s_predicates =
    {
        "top.f 00010100101", "top.g 00011000000", "top.p 01010100000", "top.x 00010100100",
        "top/f.C 00000100101", "top/f.a 00100100000", "top/f.args 00100100000", "top/f.g 00011000000",
        "top/f.h 00000100101", "top/f.int 10010000000", "top/f.k 00100100000", "top/f.kw 00100100000",
        "top/f.y 00000110100", "top/f/h.__class__ 10010000000", "top/f/h.a 10000001000",
        "top/f/h.super 10010000000", "top/f/h.x 10010000000", "top/f/h.y 00000001010", "top/f/C.a 00000100100",
        "top/f/C.m 00000100101", "top/f/C/m.__class__ 10000001000", "top/f/C/m.a 10000001000",
        "top/f/C/m.self 00100100000", "top/f/lambda.y 10000001000",
    };

    [Fact]
    public void SymbolPredicatesMatchCPythonSymtableModule()
    {
        var lines = new List<string>();
        void Walk(Scope s, string path)
        {
            foreach (var sym in s.SymbolList.OrderBy(x => x.Name, StringComparer.Ordinal))
            {
                bool[] p =
                {
                    sym.IsReferenced, sym.IsImported, sym.IsParameter, sym.IsGlobal, sym.IsDeclaredGlobal, sym.IsLocal,
                    sym.IsAnnotated, sym.IsFree, sym.IsAssigned, sym.IsNonlocal, s.GetNamespaces(sym.Name).Count > 0,
                };
                lines.Add($"{path}{s.Name}.{sym.Name} " + string.Concat(p.Select(b => b ? '1' : '0')));
            }
            foreach (var c in s.Children) Walk(c, path + s.Name + "/");
        }
        Walk(Analyze(PredicateSource).Tree.Top, "");
        Assert.Equal(s_predicates, lines);
    }

    [Fact]
    public void NodesMapToTheScopesTheyOpen()
    {
        var (tree, mod) = Analyze("from __future__ import annotations\n" +
                                  "def f(a: [q for q in r]) -> int:\n    return [lambda: b for b in a]\n" +
                                  "class C:\n    pass\n");
        var body = ((ModuleNode)mod).Body;
        var f = (FunctionDef)body[1];
        var c = (ClassDef)body[2];
        Assert.Same(tree.Top, tree[mod]);
        Assert.Equal(ScopeKind.Module, tree.Top.Kind);
        Assert.Equal("f", tree[f].Name);
        Assert.Equal(ScopeKind.Class, tree[c].Kind);
        var comp = (ListComp)((Return)f.Body[0]).Value!;
        Assert.Equal(ComprehensionKind.List, tree[comp].Comprehension);
        Assert.Same(tree[f], tree[comp].Parent);
        Assert.True(tree[comp.Elt].IsLambda);
        // Under the annotations future the annotation's comprehension is in no visible scope.
        var annComp = f.Args.Args[0].Annotation!;
        Assert.False(tree.TryGetScope(annComp, out _));
        Assert.Equal(new[] { "f", "C" }, tree.Top.Children.Select(s => s.Name));
        Assert.True(tree.Future.Annotations);
    }

    static string CPythonDumpSource(string code, string mode)
    {
        var psi = new ProcessStartInfo("/usr/bin/python3.11") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "tools", "symtable_compare.py"))) dir = dir.Parent;
        psi.ArgumentList.Add(Path.Combine(dir!.FullName, "tools", "symtable_compare.py"));
        psi.ArgumentList.Add("dump-source");
        psi.ArgumentList.Add(mode);
        using var p = Process.Start(psi)!;
        p.StandardInput.Write(code);
        p.StandardInput.Close();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return output;
    }

    [Theory]
    [InlineData("x + (lambda y: y)(1) + [z for z in w]", "eval")]
    [InlineData("(a := 1) + [b := c for c in d]", "eval")]
    [InlineData("def f(): return g\n", "single")]
    [InlineData("x = [y for y in z]\n", "single")]
    [InlineData("class C:\n    def m(self): return super()\n", "single")]
    public void EvalAndSingleModesMatchCPython(string code, string mode)
    {
        var (tree, _) = Analyze(code, mode == "eval" ? ParseMode.Eval : ParseMode.Single);
        Assert.Equal(CPythonDumpSource(code, mode), ScopeDump.Format(tree));
    }

    [Fact]
    public void CellsFreesAndGeneratorFlags()
    {
        // From python3.11's code objects: f.co_cellvars == ('x',), g.co_freevars == ('x',),
        // C.co_cellvars == ('__class__',), m.co_freevars == ('__class__',), gen is a generator, agen an async
        // generator, co an coroutine.
        var (tree, mod) = Analyze(
            "def f():\n    x = 1\n    def g(): return x\n    return g\n" +
            "class C:\n    def m(self): return super().m()\n" +
            "def gen(): yield\nasync def agen(): yield\nasync def co(): await x\n");
        var f = tree.Top.Children[0];
        Assert.True(f.Lookup("x")!.IsCell);
        Assert.Equal(SymbolScope.Cell, f.Lookup("x")!.Scope);
        Assert.Equal(SymbolScope.Free, f.Children[0].Lookup("x")!.Scope);
        Assert.True(f.ChildHasFree);
        var c = tree.Top.Children[1];
        Assert.True(c.NeedsClassClosure);
        Assert.Null(c.Lookup("__class__"));
        Assert.Equal(SymbolScope.Free, c.Children[0].Lookup("__class__")!.Scope);
        Assert.True(tree.Top.Children[2].IsGenerator);
        Assert.False(tree.Top.Children[2].IsCoroutine);
        Assert.True(tree.Top.Children[3].IsGenerator && tree.Top.Children[3].IsCoroutine);
        Assert.True(tree.Top.Children[4].IsCoroutine && !tree.Top.Children[4].IsGenerator);
    }
}
