// Krait's side of tools/symtable_compare.py: for each file (arguments, or one path per stdin line with "-"),
// "== path" then the scope dump or the error, then the result of the compiler's checks.
// With "--time DIR": parses every .py file under DIR, then times scope analysis and compile checks alone.
using System.Diagnostics;
using Krait.Compiler;
using Krait.Compiler.Scopes;
using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Syntax.Parsing;
using Krait.Syntax.Text;

if (args.Length == 2 && args[0] == "--time")
{
    var parsed = new List<(Mod, SourceText)>();
    foreach (var f in Directory.GetFiles(args[1], "*.py", SearchOption.AllDirectories))
    {
        try
        {
            var src = SourceText.FromBytes(File.ReadAllBytes(f), f);
            parsed.Add((PythonParser.Parse(src), src));
        }
        catch (PythonSyntaxError) { }
    }
    for (int round = 0; round < 5; round++)
    {
        var sw = Stopwatch.StartNew();
        int errors = 0;
        foreach (var (mod, src) in parsed)
        {
            try { CompileChecks.Check(mod, ScopeAnalyzer.Analyze(mod, src), src); }
            catch (PythonSyntaxError) { errors++; }
        }
        Console.WriteLine($"{parsed.Count} files: scopes + checks {sw.ElapsedMilliseconds} ms ({errors} errors)");
    }
    return;
}

var paths = args.Length == 1 && args[0] == "-"
    ? Console.In.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries)
    : args;
var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false, NewLine = "\n" };
foreach (var path in paths)
{
    stdout.WriteLine("== " + path);
    stdout.Write(ScopeDump.DumpFile(path));
}
stdout.Flush();
