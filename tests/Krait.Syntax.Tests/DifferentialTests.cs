using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Krait.Syntax.Ast;
using Krait.Syntax.Parsing;

namespace Krait.Syntax.Tests;

/// <summary>A fixed sample of CPython's own library and test suite, parsed by Krait (in process) and by
/// /usr/bin/python3.11 (one process for the whole sample): both <c>ast.dump</c> forms must be identical,
/// and where CPython rejects a file Krait must raise the same exception type at the same line.
/// tools/parse_compare.py runs the same comparison over every file.</summary>
public class DifferentialTests
{
    public const string Python = "/usr/bin/python3.11";
    public const string LibraryRoot = "/usr/lib/python3.11";
    private const int SampleSize = 150;
    private const int Seed = 3110;

    public static bool Available => File.Exists(Python) && Directory.Exists(Path.Combine(LibraryRoot, "test"));

    /// <summary>The sample: every .py file under the library in ordinal order, shuffled with a fixed seed.</summary>
    public static string[] Sample()
    {
        if (!Directory.Exists(LibraryRoot)) return Array.Empty<string>();
        string[] all = Directory.GetFiles(LibraryRoot, "*.py", SearchOption.AllDirectories)
            .Where(f => !f.Contains("-packages" + Path.DirectorySeparatorChar))
            .ToArray();
        Array.Sort(all, StringComparer.Ordinal);
        new Random(Seed).Shuffle(all);
        return all.Take(SampleSize).ToArray();
    }

    public static IEnumerable<object[]> SampleFiles()
    {
        string[] sample = Sample();
        if (sample.Length == 0)
            return new[] { new object[] { "(no CPython library on this machine)" } };
        return sample.Select(f => new object[] { Path.GetRelativePath(LibraryRoot, f) });
    }

    /// <summary>CPython's record for each sample file, made once for all cases.</summary>
    private static readonly Lazy<Dictionary<string, CPythonRecord>> s_cpython = new(RunCPython);

    public sealed record CPythonRecord(string Status, string? Dump, string? DumpAttrs, string? Type, string? Msg, int? Lineno);

    /// <summary>Prints one JSON record a line, as parse_compare.py --emit-cpython does.</summary>
    private const string CPythonScript = """
        import ast, json, sys
        for i, f in enumerate(open(sys.argv[1], encoding='utf-8').read().split('\n')):
            if not f:
                continue
            src = open(f, 'rb').read()
            try:
                t = ast.parse(src, f)
                r = {'status': 'ok', 'dump': ast.dump(t), 'dump_attrs': ast.dump(t, include_attributes=True)}
            except SyntaxError as e:
                r = {'status': 'error', 'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno}
            except (ValueError, RecursionError, MemoryError) as e:
                r = {'status': 'error', 'type': type(e).__name__, 'msg': str(e), 'lineno': None}
            r['file'] = f
            sys.stdout.write(json.dumps(r) + '\n')
        """;

    private static Dictionary<string, CPythonRecord> RunCPython()
    {
        string[] sample = Sample();
        string list = Path.GetTempFileName();
        File.WriteAllText(list, string.Join("\n", sample) + "\n", new UTF8Encoding(false));
        try
        {
            var psi = new ProcessStartInfo(Python)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = new UTF8Encoding(false),
                UseShellExecute = false,
            };
            psi.ArgumentList.Add("-I");
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add(CPythonScript);
            psi.ArgumentList.Add(list);
            using var p = Process.Start(psi)!;
            Task<string> stderr = p.StandardError.ReadToEndAsync();
            var records = new Dictionary<string, CPythonRecord>();
            string? line;
            while ((line = p.StandardOutput.ReadLine()) != null)
            {
                using var doc = JsonDocument.Parse(line);
                JsonElement r = doc.RootElement;
                records[r.GetProperty("file").GetString()!] = new CPythonRecord(
                    r.GetProperty("status").GetString()!,
                    TestDataFiles.OptString(r, "dump"), TestDataFiles.OptString(r, "dump_attrs"),
                    TestDataFiles.OptString(r, "type"), TestDataFiles.OptString(r, "msg"), TestDataFiles.OptInt(r, "lineno"));
            }
            p.WaitForExit();
            if (p.ExitCode != 0)
                throw new InvalidOperationException($"python3.11 failed: {stderr.Result}");
            return records;
        }
        finally
        {
            File.Delete(list);
        }
    }

    [CPythonTheory]
    [MemberData(nameof(SampleFiles))]
    public void MatchesCPython(string relativePath)
    {
        string path = Path.Combine(LibraryRoot, relativePath);
        CPythonRecord expected = s_cpython.Value[path];
        byte[] source = File.ReadAllBytes(path);
        string? dump = null, dumpAttrs = null;
        var outcome = GuardedParse.Run(() =>
        {
            Mod tree = PythonParser.Parse(source, path, ParseMode.Exec);
            dump = AstDumper.Dump(tree, false);
            dumpAttrs = AstDumper.Dump(tree, true);
            return tree;
        }, stackBytes: 16 * 1024 * 1024, timeoutMs: 20_000);
        Assert.False(outcome.TimedOut, "Krait did not finish");
        Assert.True(outcome.Other == null, $"Krait threw {outcome.Other?.GetType().Name}: {outcome.Other?.Message}");
        if (expected.Status == "ok")
        {
            Assert.True(outcome.SyntaxError == null, $"CPython parses it, Krait raised {outcome.SyntaxError}");
            AssertSameDump(expected.Dump!, dump!, "ast.dump");
            AssertSameDump(expected.DumpAttrs!, dumpAttrs!, "ast.dump(include_attributes=True)");
        }
        else
        {
            Assert.True(outcome.SyntaxError != null, $"CPython raises {expected.Type}: {expected.Msg} (line {expected.Lineno}); Krait parsed it");
            Assert.Equal((expected.Type, expected.Lineno ?? 0), (outcome.SyntaxError!.ErrorType, outcome.SyntaxError.Lineno));
        }
    }

    /// <summary>Fails with the first differing position and some context of both texts, not 2 MB of dump.</summary>
    internal static void AssertSameDump(string expected, string actual, string what)
    {
        if (expected == actual) return;
        int i = 0;
        int n = Math.Min(expected.Length, actual.Length);
        while (i < n && expected[i] == actual[i]) i++;
        int from = Math.Max(0, i - 120);
        string Around(string s) => s.Substring(from, Math.Min(s.Length, i + 120) - from);
        Assert.Fail($"{what} differs at character {i}:\n  CPython: ...{Around(expected)}...\n  Krait:   ...{Around(actual)}...");
    }
}

/// <summary>A theory that is skipped, with the reason, where CPython 3.11 or its library is not installed
/// (CI installs both: see .ci/run).</summary>
public sealed class CPythonTheoryAttribute : TheoryAttribute
{
    public CPythonTheoryAttribute()
    {
        if (!DifferentialTests.Available)
            Skip = $"needs {DifferentialTests.Python} and its library with the test suite under {DifferentialTests.LibraryRoot} (apt-get install python3.11 libpython3.11-testsuite)";
    }
}
