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
    var files = Directory.GetFiles(args[1], "*.py", SearchOption.AllDirectories).Select(File.ReadAllBytes).ToList();
    for (int round = 0; round < 3; round++)
    {
        var parse = Stopwatch.StartNew();
        long parseBytes = GC.GetAllocatedBytesForCurrentThread();
        parsed.Clear();
        foreach (var bytes in files)
        {
            try
            {
                var src = SourceText.FromBytes(bytes, "f.py");
                parsed.Add((PythonParser.Parse(src), src));
            }
            catch (PythonSyntaxError) { }
        }
        Console.WriteLine($"{parsed.Count} files: parse {parse.ElapsedMilliseconds} ms, {(GC.GetAllocatedBytesForCurrentThread() - parseBytes) >> 20} MB allocated");
    }
    for (int round = 0; round < 5; round++)
    {
        var sw = Stopwatch.StartNew();
        long bytes0 = GC.GetAllocatedBytesForCurrentThread();
        int errors = 0;
        var trees = new List<ScopeTree?>();
        foreach (var (mod, src) in parsed)
        {
            try { trees.Add(ScopeAnalyzer.Analyze(mod, src)); }
            catch (PythonSyntaxError) { trees.Add(null); errors++; }
        }
        long scopes = sw.ElapsedMilliseconds;
        long bytes1 = GC.GetAllocatedBytesForCurrentThread();
        sw.Restart();
        for (int i = 0; i < parsed.Count; i++)
        {
            if (trees[i] == null) continue;
            try { CompileChecks.Check(parsed[i].Item1, trees[i]!, parsed[i].Item2); }
            catch (PythonSyntaxError) { errors++; }
        }
        long bytes2 = GC.GetAllocatedBytesForCurrentThread();
        Console.WriteLine($"{parsed.Count} files: scopes {scopes} ms ({(bytes1 - bytes0) >> 20} MB), checks {sw.ElapsedMilliseconds} ms ({(bytes2 - bytes1) >> 20} MB) ({errors} errors)");
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
