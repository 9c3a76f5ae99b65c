using System.Text.Json;
using Krait.Cli;
using Krait.Syntax.Errors;
using Krait.Syntax.Parsing;

namespace Krait.Syntax.Tests;

/// <summary>Invalid programs from Data/error_corpus.json (made by tools/gen_error_corpus.py from CPython
/// 3.11.2's <c>ast.parse(source_bytes)</c>): Krait must raise the same exception type, message, line,
/// offset, end position and text; and the krait command's report of it must read as CPython's display.</summary>
public class ErrorCorpusTests
{
    public sealed record ErrorCase(string Name, byte[] Source, string Type, string Msg, int? Lineno, int? Offset,
                                   int? EndLineno, int? EndOffset, string? Text, string? Display,
                                   string? RunDisplay, int RunStatus);

    private static readonly Lazy<Dictionary<string, ErrorCase>> s_cases = new(Load);

    public static IEnumerable<object[]> CaseNames() => s_cases.Value.Keys.Select(n => new object[] { n });

    private static Dictionary<string, ErrorCase> Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(TestDataFiles.Find("error_corpus.json")));
        var cases = new Dictionary<string, ErrorCase>();
        foreach (JsonElement c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var ec = new ErrorCase(
                c.GetProperty("name").GetString()!,
                Convert.FromBase64String(c.GetProperty("source_b64").GetString()!),
                c.GetProperty("type").GetString()!,
                c.GetProperty("msg").GetString()!,
                TestDataFiles.OptInt(c, "lineno"), TestDataFiles.OptInt(c, "offset"),
                TestDataFiles.OptInt(c, "end_lineno"), TestDataFiles.OptInt(c, "end_offset"),
                TestDataFiles.OptString(c, "text"), TestDataFiles.OptString(c, "display"),
                TestDataFiles.OptString(c, "run_display"), TestDataFiles.OptInt(c, "run_status") ?? 1);
            cases.Add(ec.Name, ec);
        }
        return cases;
    }

    /// <summary>CPython 3.11.2 rejects NUL in source given as bytes with a ValueError ("source code string
    /// cannot contain null bytes"; later releases: SyntaxError "source code cannot contain null bytes"), but
    /// when it runs a file its tokenizer ends the line at the NUL. Either behaviour passes: the error with
    /// one of those messages, or exactly what running the file does (parses, or the run's error report).</summary>
    private static bool IsNullByteCase(ErrorCase c) => c.Type == "ValueError" && c.Msg.Contains("null bytes");

    private static void AssertNullByteBehaviour(ErrorCase c)
    {
        var outcome = GuardedParse.Run(() => PythonParser.Parse(c.Source, "<file>", ParseMode.Exec), timeoutMs: 20_000);
        Assert.False(outcome.TimedOut, $"{c.Name}: parser did not finish");
        Assert.True(outcome.Other == null, $"{c.Name}: .NET exception {outcome.Other?.GetType().Name}: {outcome.Other?.Message}");
        PythonSyntaxError? e = outcome.SyntaxError;
        if (e != null && e.Msg is "source code string cannot contain null bytes" or "source code cannot contain null bytes")
            return;
        if (c.RunStatus == 0)
            Assert.True(e == null, $"{c.Name}: running the file works in CPython, Krait raised {e}");
        else
        {
            Assert.True(e != null, $"{c.Name}: CPython's run reports an error:\n{c.RunDisplay}but the source parsed");
            Assert.Equal(c.RunDisplay, SyntaxErrorReport.Format(e!, "<file>"));
        }
    }

    private static PythonSyntaxError ParseExpectingError(ErrorCase c)
    {
        var outcome = GuardedParse.Run(() => PythonParser.Parse(c.Source, "<file>", ParseMode.Exec), timeoutMs: 20_000);
        Assert.False(outcome.TimedOut, $"{c.Name}: parser did not finish");
        if (outcome.Other != null)
            Assert.Fail($"{c.Name}: expected {c.Type} '{c.Msg}', got .NET exception {outcome.Other.GetType().Name}: {outcome.Other.Message}");
        if (outcome.SyntaxError == null)
            Assert.Fail($"{c.Name}: expected {c.Type} '{c.Msg}' at {c.Lineno}:{c.Offset}, but the source parsed");
        return outcome.SyntaxError!;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void RaisesCPythonsError(string name)
    {
        ErrorCase c = s_cases.Value[name];
        if (IsNullByteCase(c))
        {
            AssertNullByteBehaviour(c);
            return;
        }
        PythonSyntaxError e = ParseExpectingError(c);
        var expected = (c.Type, c.Msg, c.Lineno ?? 0, c.Offset ?? 0, c.EndLineno ?? 0, c.EndOffset ?? 0);
        var actual = (e.ErrorType, e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset);
        Assert.Equal(expected, actual);
        Assert.Equal(c.Text, e.Text);
    }

    /// <summary>The krait command's report for the error Krait raises equals CPython's display.</summary>
    [Theory]
    [MemberData(nameof(CaseNames))]
    public void KraitReportMatchesCPythonDisplay(string name)
    {
        ErrorCase c = s_cases.Value[name];
        if (c.Display == null) return; // a ValueError: no SyntaxError display
        PythonSyntaxError e = ParseExpectingError(c);
        Assert.Equal(c.Display, SyntaxErrorReport.Format(e, "<file>"));
    }

    /// <summary>The report formatter alone, fed CPython's own exception fields (independent of the parser).</summary>
    [Theory]
    [MemberData(nameof(CaseNames))]
    public void ReportOfCPythonFieldsMatchesDisplay(string name)
    {
        ErrorCase c = s_cases.Value[name];
        if (c.Display == null) return;
        string report = SyntaxErrorReport.Format(c.Type, c.Msg, "<file>", c.Lineno ?? 0, c.Offset ?? 0,
                                                 c.EndLineno ?? 0, c.EndOffset ?? 0, c.Text);
        Assert.Equal(c.Display, report);
    }

    private static readonly Lazy<Dictionary<string, (byte[] Source, string Dump)>> s_accepted = new(() =>
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(TestDataFiles.Find("error_corpus.json")));
        var accepted = new Dictionary<string, (byte[], string)>();
        if (doc.RootElement.TryGetProperty("accepted", out JsonElement list))
            foreach (JsonElement c in list.EnumerateArray())
                accepted.Add(c.GetProperty("name").GetString()!,
                    (Convert.FromBase64String(c.GetProperty("source_b64").GetString()!), c.GetProperty("dump_attrs").GetString()!));
        return accepted;
    });

    public static IEnumerable<object[]> AcceptedNames() => s_accepted.Value.Keys.Select(n => new object[] { n });

    /// <summary>Programs only CPython's compiler rejects ('return' outside function, repeated keyword
    /// arguments, ...): the parser accepts them, and so must Krait's, with CPython's tree.</summary>
    [Theory]
    [MemberData(nameof(AcceptedNames))]
    public void ParsesWhatCPythonsParserAccepts(string name)
    {
        var (source, expected) = s_accepted.Value[name];
        string? dump = null;
        var outcome = GuardedParse.Run(() =>
        {
            var tree = PythonParser.Parse(source, "<file>", ParseMode.Exec);
            dump = Krait.Syntax.Ast.AstDumper.Dump(tree, true);
            return tree;
        }, timeoutMs: 20_000);
        Assert.False(outcome.TimedOut, $"{name}: parser did not finish");
        Assert.True(outcome.Other == null, $"{name}: .NET exception {outcome.Other?.GetType().Name}: {outcome.Other?.Message}");
        Assert.True(outcome.SyntaxError == null, $"{name}: CPython's parser accepts it; Krait raised {outcome.SyntaxError}");
        Assert.Equal(expected, dump);
    }

    /// <summary>Randomised exception fields (Data/error_display.json) and CPython's display of each.</summary>
    [Fact]
    public void ReportMatchesCPythonDisplayForRandomFields()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(TestDataFiles.Find("error_display.json")));
        var failures = new List<string>();
        int n = 0;
        foreach (JsonElement c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            n++;
            int lineno = TestDataFiles.OptInt(c, "lineno") ?? 0;
            // CPython reads an unset offset as -1 and an unset end line as the start line.
            int offset = TestDataFiles.OptInt(c, "offset") ?? -1;
            int endLineno = TestDataFiles.OptInt(c, "end_lineno") ?? lineno;
            int endOffset = TestDataFiles.OptInt(c, "end_offset") ?? -1;
            string report = SyntaxErrorReport.Format(c.GetProperty("type").GetString()!, c.GetProperty("msg").GetString()!,
                c.GetProperty("filename").GetString(), lineno, offset, endLineno, endOffset, TestDataFiles.OptString(c, "text"));
            string expected = c.GetProperty("display").GetString()!;
            if (report != expected)
                failures.Add($"fields {c}:\n--- CPython\n{expected}--- Krait\n{report}");
        }
        Assert.True(n > 0);
        Assert.True(failures.Count == 0, $"{failures.Count} of {n} differ; first:\n{string.Join("\n", failures.Take(3))}");
    }
}

/// <summary>Finds files under the test project's Data folder (copied next to the test assembly, or in the
/// source tree when run from there).</summary>
internal static class TestDataFiles
{
    public static string Find(string name)
    {
        string beside = Path.Combine(AppContext.BaseDirectory, "Data", name);
        if (File.Exists(beside)) return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "Krait.Syntax.Tests", "Data", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"test data {name} not found; run tools/gen_error_corpus.py", name);
    }

    /// <summary>The repository root (the folder holding Krait.slnx), or null.</summary>
    public static string? RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Krait.slnx"))) return dir.FullName;
        return null;
    }

    public static int? OptInt(JsonElement e, string name)
        => e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    public static string? OptString(JsonElement e, string name)
        => e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
