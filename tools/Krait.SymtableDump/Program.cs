// Krait's side of tools/symtable_compare.py: for each file (arguments, or one path per stdin line with "-"),
// "== path" then the scope dump or the error, then the result of the compiler's checks.
using Krait.Compiler.Scopes;

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

