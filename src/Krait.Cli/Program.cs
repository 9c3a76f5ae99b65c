using System.Text;
using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Syntax.Parsing;

namespace Krait.Cli;

public static class Program
{
    public const string VersionText = "Krait 0.1 (Python 3.11)";

    /// <summary>Stack for parsing on the command line: deep but legal nesting must not kill the process.</summary>
    private const int ParseStackBytes = 256 * 1024 * 1024;

    private const string Usage =
        "usage: krait [option] ... [-c cmd | file] [arg] ...\n" +
        "  -c CMD                                 run the program passed as a string\n" +
        "  -m MODULE                              run a module (a package's __main__) as the program\n" +
        "  -                                      run the program read from stdin (also when no file is given)\n" +
        "  -B -E -I -P -s -u -X OPT -W ARG        CPython's options (-E/-I ignore PYTHONPATH; -I/-P drop the script folder)\n" +
        "  -O, -OO                                drop asserts and __debug__ code; -OO also docstrings\n" +
        "  -V, --version                          print the version and exit\n" +
        "  --dump-ast [--include-attributes] FILE print the syntax tree of FILE as ast.dump does\n" +
        "  --dump-ast-batch LISTFILE [--include-attributes | --both-dumps]\n" +
        "                                         parse every file named in LISTFILE, one JSON record per line\n" +
        "  --parse-bench LISTFILE [--repeat N]    time parsing every file named in LISTFILE\n";

    public static int Main(string[] args)
    {
        GcStatsReport.InstallIfAsked();
        try
        {
            return Run(args);
        }
        catch (Exception e)
        {
            ReportInternalError(e, null);
            return 1;
        }
    }

    private static int Run(string[] args)
    {
        if (args.Length == 0) return RunProgram(args);
        switch (args[0])
        {
            case "-V":
            case "--version":
                Console.Out.WriteLine(VersionText);
                return 0;
            case "-h":
            case "--help":
                Console.Out.Write(Usage);
                return 0;
            case "--dump-ast":
                return DumpAst(args);
            case "--dump-ast-batch":
                return BatchDump.Run(args);
            case "--parse-bench":
                return ParseBench.Run(args);
        }
        return RunProgram(args);
    }

    /// <summary>The interpreter's own command line: options, then <c>-c CMD</c>, <c>-m MODULE</c>, <c>-</c> or a
    /// file (or stdin when nothing is given and stdin is not a terminal); what follows is sys.argv[1:].</summary>
    private static int RunProgram(string[] args)
    {
        var options = RunCommand.Options;
        int i = 0;
        while (i < args.Length && args[i].Length > 1 && args[i][0] == '-')
        {
            string arg = args[i];
            if (arg == "--") { i++; break; }
            if (arg.StartsWith("--"))
            {
                Console.Error.Write($"unknown option {arg}\n{Usage}");
                return 2;
            }
            i++;
            for (int j = 1; j < arg.Length; j++)
            {
                char c = arg[j];
                switch (c)
                {
                    case 'c':
                    case 'm':
                    {
                        string? value = j + 1 < arg.Length ? arg.Substring(j + 1) : i < args.Length ? args[i++] : null;
                        if (value == null)
                        {
                            Console.Error.Write($"Argument expected for the -{c} option\n{Usage}");
                            return 2;
                        }
                        var argv = new string[args.Length - i + 1];
                        argv[0] = "-" + c;
                        Array.Copy(args, i, argv, 1, args.Length - i);
                        return c == 'c' ? RunCommand.RunCommandText(value, argv) : RunCommand.RunModule(value, argv);
                    }
                    case 'X':
                    case 'W':
                        // -X opt: accepted, Krait has no implementation-specific options yet. -W arg: sys.warnoptions.
                        string? optionValue = j + 1 < arg.Length ? arg.Substring(j + 1) : null;
                        if (optionValue == null)
                        {
                            if (i >= args.Length)
                            {
                                Console.Error.Write($"Argument expected for the -{c} option\n{Usage}");
                                return 2;
                            }
                            optionValue = args[i++];
                        }
                        if (c == 'W') options.WarnOptions.Add(optionValue);
                        else options.XOptions.Add(optionValue);
                        j = arg.Length;
                        break;
                    case 'E': options.IgnoreEnvironment = true; break;
                    case 'I': options.Isolated = true; options.IgnoreEnvironment = true; options.NoUserSite = true; options.SafePath = true; break;
                    case 's': options.NoUserSite = true; break;
                    case 'P': options.SafePath = true; break;
                    case 'u': options.Unbuffered = true; break;
                    case 'O': options.Optimize++; break;
                    // Accepted with no effect: Krait writes no bytecode and has no site module.
                    case 'B': case 'S': case 'q': case 'b': case 'd': case 'v': case 'R': break;
                    default:
                        Console.Error.Write($"unknown option -{c}\n{Usage}");
                        return 2;
                }
            }
        }
        if (i >= args.Length)
        {
            if (Console.IsInputRedirected) return RunCommand.RunStdin(new[] { "" });
            Console.Error.Write(Usage);
            return 2;
        }
        var rest = args[i..];
        if (rest[0] == "-") return RunCommand.RunStdin(rest);
        return RunCommand.RunFile(rest[0], rest);
    }

    private static int DumpAst(string[] args)
    {
        bool includeAttributes = false;
        string? file = null;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--include-attributes") includeAttributes = true;
            else if (file == null) file = args[i];
            else
            {
                Console.Error.Write($"krait: unexpected argument {args[i]}\n{Usage}");
                return 2;
            }
        }
        if (file == null)
        {
            Console.Error.Write($"krait: --dump-ast needs a file\n{Usage}");
            return 2;
        }
        if (!TryReadSource(file, out byte[] source))
            return 2;

        // CPython reports the script by its absolute path.
        string displayName = Path.GetFullPath(file);
        string? dump = null;
        PythonSyntaxError? syntaxError = null;
        Exception? internalError = null;
        RunWithStack(() =>
        {
            try
            {
                Mod tree = PythonParser.Parse(source, displayName, ParseMode.Exec);
                dump = AstDumper.Dump(tree, includeAttributes);
            }
            catch (PythonSyntaxError e) { syntaxError = e; }
            catch (Exception e) { internalError = e; }
        });
        if (syntaxError != null)
        {
            WriteStderr(SyntaxErrorReport.Format(syntaxError, displayName));
            return 1;
        }
        if (internalError != null)
        {
            ReportInternalError(internalError, displayName);
            return 1;
        }
        using var stdout = OpenStdout();
        stdout.Write(dump);
        stdout.Write('\n');
        return 0;
    }

    internal static bool TryReadSource(string file, out byte[] source)
    {
        try
        {
            source = File.ReadAllBytes(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "[Errno 2] No such file or directory",
                UnauthorizedAccessException when Directory.Exists(file) => "[Errno 21] Is a directory",
                UnauthorizedAccessException => "[Errno 13] Permission denied",
                _ => "[Errno 5] Input/output error",
            };
            WriteStderr($"krait: can't open file '{Path.GetFullPath(file)}': {reason}\n");
            source = Array.Empty<byte>();
            return false;
        }
    }

    /// <summary>Runs <paramref name="action"/> on a thread with a big stack; <paramref name="meanwhile"/>, if
    /// given, runs on this thread while it waits.</summary>
    internal static void RunWithStack(Action action, int stackBytes = ParseStackBytes, Action? meanwhile = null)
    {
        var thread = new Thread(() => action(), stackBytes);
        thread.Start();
        meanwhile?.Invoke();
        thread.Join();
    }

    /// <summary>Standard output as UTF-8 without a byte order mark, buffered.</summary>
    internal static StreamWriter OpenStdout()
        => new(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };

    internal static void WriteStderr(string text)
    {
        using var err = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false));
        err.Write(text);
    }

    /// <summary>A bug in Krait, not in the user's program: say so in Python's words. The .NET details are
    /// shown only when KRAIT_DEBUG is set.</summary>
    internal static void ReportInternalError(Exception e, string? file)
    {
        string where = file == null ? "" : $" while parsing '{file}'";
        var text = new StringBuilder();
        text.Append($"SystemError: internal error{where}\n");
        if (Environment.GetEnvironmentVariable("KRAIT_DEBUG") is { Length: > 0 })
            text.Append(e).Append('\n');
        WriteStderr(text.ToString());
    }
}
