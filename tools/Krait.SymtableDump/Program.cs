// Krait's side of tools/symtable_compare.py: for each file (arguments, or one path per stdin line with "-"),
// "== path" then the scope dump or the error, then the result of the compiler's checks.
using Krait.Compiler;
using Krait.Compiler.Scopes;
using Krait.Syntax.Errors;
using Krait.Syntax.Parsing;
using Krait.Syntax.Text;

var paths = args.Length == 1 && args[0] == "-"
    ? Console.In.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries)
    : args;
var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false, NewLine = "\n" };
foreach (var path in paths)
{
    stdout.WriteLine("== " + path);
    stdout.Write(SymtableDump.DumpFile(path));
}
stdout.Flush();

static class SymtableDump
{
    public static string DumpFile(string path)
    {
        var sb = new System.Text.StringBuilder();
        try
        {
            var source = SourceText.FromBytes(File.ReadAllBytes(path), path);
            var mod = PythonParser.Parse(source);
            ScopeTree tree;
            try
            {
                tree = ScopeAnalyzer.Analyze(mod, source);
            }
            catch (PythonSyntaxError e)
            {
                string err = $"{e.ErrorType} {e.Msg} {e.Lineno} {e.Offset}";
                return $"symtable-error {err}\ncompile-error {err}\n";
            }
            sb.Append(ScopeDump.Format(tree));
            try
            {
                CompileChecks.Check(mod, tree, source);
                sb.Append("compile ok\n");
                sb.Append(ScopeDump.FormatCode(tree));
            }
            catch (PythonSyntaxError e)
            {
                sb.Append($"compile-error {e.ErrorType} {e.Msg} {e.Lineno} {e.Offset}\n");
            }
        }
        catch (PythonSyntaxError e)
        {
            string err = $"{e.ErrorType} {e.Msg} {e.Lineno} {e.Offset}";
            return $"symtable-error {err}\ncompile-error {err}\n";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"krait-crash {e.GetType().Name}: {e.Message.Split('\n')[0]}\n";
        }
        return sb.ToString();
    }
}
