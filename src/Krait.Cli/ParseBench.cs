using System.Diagnostics;
using Krait.Syntax.Errors;
using Krait.Syntax.Parsing;

namespace Krait.Cli;

/// <summary><c>--parse-bench LISTFILE [--repeat N]</c>: reads every listed file into memory, then times
/// one cold pass (the first, which pays for JIT compilation) and N warm passes over all of them.</summary>
internal static class ParseBench
{
    public static int Run(string[] args)
    {
        string? listFile = null;
        int repeat = 5;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--repeat" && i + 1 < args.Length) repeat = Math.Max(1, int.Parse(args[++i]));
            else if (listFile == null) listFile = args[i];
            else { Console.Error.WriteLine($"krait: unexpected argument {args[i]}"); return 2; }
        }
        if (listFile == null) { Console.Error.WriteLine("krait: --parse-bench needs a list file"); return 2; }
        if (!Program.TryReadSource(listFile, out byte[] listBytes)) return 2;
        string[] files = BatchDump.ReadList(listBytes);
        var sources = new byte[files.Length][];
        long totalBytes = 0;
        for (int i = 0; i < files.Length; i++)
        {
            sources[i] = File.ReadAllBytes(files[i]);
            totalBytes += sources[i].Length;
        }

        int errors = 0, failures = 0;
        double cold = 0;
        var warm = new List<double>();
        Program.RunWithStack(() =>
        {
            cold = Pass(files, sources, out errors, out failures);
            for (int r = 0; r < repeat; r++)
                warm.Add(Pass(files, sources, out _, out _));
        });
        warm.Sort();
        Console.Out.WriteLine($"files {files.Length}  bytes {totalBytes}  syntax errors {errors}  internal failures {failures}");
        Console.Out.WriteLine($"cold {cold:F4} s");
        Console.Out.WriteLine($"warm best {warm[0]:F4} s  median {warm[warm.Count / 2]:F4} s  (of {warm.Count})");
        return 0;
    }

    private static double Pass(string[] files, byte[][] sources, out int errors, out int failures)
    {
        errors = 0;
        failures = 0;
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < sources.Length; i++)
        {
            try { PythonParser.Parse(sources[i], files[i], ParseMode.Exec); }
            catch (PythonSyntaxError) { errors++; }
            catch (Exception) { failures++; }
        }
        return clock.Elapsed.TotalSeconds;
    }
}
