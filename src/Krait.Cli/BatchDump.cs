using System.Text;
using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Syntax.Parsing;

namespace Krait.Cli;

/// <summary><c>--dump-ast-batch LISTFILE</c>: parses every file named in LISTFILE (one path a line) in one
/// process and writes one JSON object a line to stdout, in list order, flushed after each file so that a
/// reader can tell which file a crash or hang happened in. Records:
/// <c>{"i":N,"status":"ok","dump":...}</c> (plus <c>"dump_attrs"</c> with <c>--both-dumps</c>),
/// <c>{"i":N,"status":"error","type":...,"msg":...,"lineno":...,"offset":...,"end_lineno":...,"end_offset":...,"text":...}</c>,
/// <c>{"i":N,"status":"internal","detail":...}</c> for a .NET exception (a Krait bug), and
/// <c>{"i":N,"status":"unreadable","detail":...}</c>. Options: <c>--skip N</c> (start at file N),
/// <c>--stack-kb N</c> (the parse thread's stack), <c>--no-dump</c> (report only whether each file parsed). Strings are JSON with every non-ASCII UTF-16 unit
/// escaped, so lone surrogates survive.</summary>
internal static class BatchDump
{
    public static int Run(string[] args)
    {
        string? listFile = null;
        bool includeAttributes = false, both = false, noDump = false;
        int skip = 0;
        int stackBytes = 256 * 1024 * 1024;
        for (int i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--include-attributes": includeAttributes = true; break;
                case "--both-dumps": both = true; break;
                case "--skip" when i + 1 < args.Length: skip = int.Parse(args[++i]); break;
                // Robustness tests parse with an ordinary thread's stack, so a missing depth check shows.
                case "--stack-kb" when i + 1 < args.Length: stackBytes = checked(int.Parse(args[++i]) * 1024); break;
                case "--no-dump": noDump = true; break;
                default:
                    if (listFile != null) { Console.Error.WriteLine($"krait: unexpected argument {args[i]}"); return 2; }
                    listFile = args[i];
                    break;
            }
        }
        if (listFile == null) { Console.Error.WriteLine("krait: --dump-ast-batch needs a list file"); return 2; }
        if (!Program.TryReadSource(listFile, out byte[] listBytes)) return 2;
        string[] files = ReadList(listBytes);

        using var stdout = Program.OpenStdout();
        Program.RunWithStack(() =>
        {
            var line = new StringBuilder();
            for (int i = skip; i < files.Length; i++)
            {
                line.Clear();
                WriteRecord(line, i, files[i], includeAttributes, both, noDump);
                line.Append('\n');
                stdout.Write(line);
                stdout.Flush();
            }
        }, stackBytes);
        return 0;
    }

    internal static string[] ReadList(byte[] listBytes)
    {
        string text = Encoding.UTF8.GetString(listBytes);
        var files = new List<string>();
        foreach (string raw in text.Split('\n'))
        {
            string f = raw.TrimEnd('\r');
            if (f.Length > 0) files.Add(f);
        }
        return files.ToArray();
    }

    private static void WriteRecord(StringBuilder o, int index, string file, bool includeAttributes, bool both, bool noDump)
    {
        o.Append("{\"i\":").Append(index);
        byte[] source;
        try
        {
            source = File.ReadAllBytes(file);
        }
        catch (Exception e)
        {
            o.Append(",\"status\":\"unreadable\",\"detail\":");
            AppendJsonString(o, e.GetType().Name + ": " + e.Message);
            o.Append('}');
            return;
        }
        try
        {
            Mod tree = PythonParser.Parse(source, file, ParseMode.Exec);
            if (noDump)
            {
                o.Append(",\"status\":\"ok\"}");
                return;
            }
            string dump = AstDumper.Dump(tree, includeAttributes && !both);
            string? dumpAttrs = both ? AstDumper.Dump(tree, true) : null;
            o.Append(",\"status\":\"ok\",\"dump\":");
            AppendJsonString(o, dump);
            if (dumpAttrs != null)
            {
                o.Append(",\"dump_attrs\":");
                AppendJsonString(o, dumpAttrs);
            }
        }
        catch (PythonSyntaxError e)
        {
            o.Append(",\"status\":\"error\",\"type\":");
            AppendJsonString(o, e.ErrorType);
            o.Append(",\"msg\":");
            AppendJsonString(o, e.Msg);
            o.Append(",\"lineno\":").Append(e.Lineno)
             .Append(",\"offset\":").Append(e.Offset)
             .Append(",\"end_lineno\":").Append(e.EndLineno)
             .Append(",\"end_offset\":").Append(e.EndOffset)
             .Append(",\"text\":");
            AppendJsonString(o, e.Text);
        }
        catch (Exception e)
        {
            // Includes InsufficientExecutionStackException and the like: a Krait bug worth its details here.
            o.Append(",\"status\":\"internal\",\"detail\":");
            string detail = e.GetType().FullName + ": " + e.Message;
            string? frame = e.StackTrace?.Split('\n').FirstOrDefault()?.Trim();
            if (frame != null) detail += " | " + frame;
            AppendJsonString(o, detail);
        }
        o.Append('}');
    }

    internal static void AppendJsonString(StringBuilder o, string? s)
    {
        if (s == null) { o.Append("null"); return; }
        o.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': o.Append("\\\""); break;
                case '\\': o.Append("\\\\"); break;
                case '\n': o.Append("\\n"); break;
                case '\r': o.Append("\\r"); break;
                case '\t': o.Append("\\t"); break;
                default:
                    if (c < 0x20 || c >= 0x7f)
                        o.Append("\\u").Append(((int)c).ToString("x4"));
                    else
                        o.Append(c);
                    break;
            }
        }
        o.Append('"');
    }
}
