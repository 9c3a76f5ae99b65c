using System.Text;
using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Syntax.Parsing;

namespace Krait.Syntax.Tests;

/// <summary>Hostile input: every parse must end in a tree or a <see cref="PythonSyntaxError"/> — never
/// another .NET exception, a stack overflow or a hang. The parser runs on a thread with a 1 MB stack, the
/// size of an ordinary thread's, so a missing depth check shows up. Deeply nested input runs in a separate
/// krait process (<c>--dump-ast-batch --stack-kb 1024</c>): a stack overflow cannot be caught in .NET and
/// would otherwise abort the whole test run; this way it fails just its own case. Expected errors come from
/// CPython 3.11.2 where it gives a SyntaxError; where CPython runs out of memory or recursion (deep unary or
/// lambda chains), a tree or any syntax error is accepted.</summary>
public class RobustnessTests
{
    private static GuardedParse.Outcome Parse(string source, int timeoutMs = 30_000)
        => Parse(Encoding.UTF8.GetBytes(source), timeoutMs);

    private static GuardedParse.Outcome Parse(byte[] source, int timeoutMs = 30_000)
        => GuardedParse.Run(() => PythonParser.Parse(source, "<file>", ParseMode.Exec), timeoutMs: timeoutMs);

    private static void AssertTreeOrSyntaxError(GuardedParse.Outcome o, string what)
    {
        Assert.False(o.TimedOut, $"{what}: no result within the time limit");
        Assert.True(o.Other == null, $"{what}: .NET exception {o.Other?.GetType().Name}: {o.Other?.Message}");
        Assert.True(o.Tree != null || o.SyntaxError != null, $"{what}: neither tree nor error");
    }

    private static void AssertTreeOrSyntaxError(IsolatedParse.Outcome o, string what)
        => Assert.True(o.Status is "ok" or "error", $"{what}: {o.Status}: {o.Detail}");

    private static void AssertError(IsolatedParse.Outcome o, string type, string msg, int lineno, int offset)
    {
        AssertTreeOrSyntaxError(o, msg);
        Assert.True(o.Status == "error", $"expected {type}: {msg}, but the source parsed");
        Assert.Equal((type, msg, lineno, offset), (o.Type, o.Msg, o.Lineno, o.Offset));
    }

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    // CPython: SyntaxError 'too many nested parentheses' at line 1, offset 201 for both.
    [Fact]
    public void HundredThousandNestedParentheses()
        => AssertError(IsolatedParse.Run(Repeat("(", 100_000) + Repeat(")", 100_000)), "SyntaxError", "too many nested parentheses", 1, 201);

    [Fact]
    public void HundredThousandUnclosedParentheses()
        => AssertError(IsolatedParse.Run(Repeat("(", 100_000)), "SyntaxError", "too many nested parentheses", 1, 201);

    // CPython: IndentationError 'too many levels of indentation' at line 101, offset 1.
    [Fact]
    public void TenThousandNestedBlocks()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) sb.Append(' ', i).Append("if x:\n");
        sb.Append(' ', 10_000).Append("pass\n");
        AssertError(IsolatedParse.Run(sb.ToString()), "IndentationError", "too many levels of indentation", 101, 1);
    }

    [Fact]
    public void NinetyNineNestedBlocksParse()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 99; i++) sb.Append(' ', i).Append("if x:\n");
        sb.Append(' ', 99).Append("pass\n");
        var o = IsolatedParse.Run(sb.ToString());
        Assert.True(o.Status == "ok", $"99 nested ifs: {o.Status} {o.Msg} {o.Detail}");
    }

    // CPython parses a thousand of these; deeper it gives MemoryError or RecursionError.
    [Theory]
    [InlineData("-", 1000)]
    [InlineData("not ", 1000)]
    [InlineData("~", 1000)]
    public void ThousandUnaryOperatorsParse(string op, int count)
    {
        var o = IsolatedParse.Run(Repeat(op, count) + "1");
        Assert.True(o.Status == "ok", $"{count} x '{op}': {o.Status} {o.Msg} {o.Detail}");
    }

    [Theory]
    [InlineData("-", "1")]
    [InlineData("not ", "x")]
    [InlineData("~", "1")]
    [InlineData("+", "1")]
    [InlineData("lambda: ", "x")]
    [InlineData("a if b else ", "c")]
    [InlineData("await ", "x")]
    [InlineData("*", "x")]
    [InlineData("yield ", "x")]
    [InlineData("[", "")]
    [InlineData("f(", "")]
    public void HundredThousandNestedOperators(string op, string tail)
        => AssertTreeOrSyntaxError(IsolatedParse.Run(Repeat(op, 100_000) + tail), $"100000 x '{op}'");

    [Theory]
    [InlineData(".a")]
    [InlineData("()")]
    [InlineData("[0]")]
    [InlineData("+a")]
    [InlineData("**a")]
    [InlineData(" if a else a")]
    [InlineData(", a")]
    [InlineData(" < a")]
    [InlineData(" and a")]
    public void HundredThousandLongChains(string link)
        => AssertTreeOrSyntaxError(IsolatedParse.Run("a" + Repeat(link, 100_000)), $"chain of '{link}'");

    [Fact]
    public void DeeplyNestedFStrings()
    {
        var src = Repeat("f'{", 50) + "x" + Repeat("}'", 50);
        AssertTreeOrSyntaxError(IsolatedParse.Run(src), "nested f-strings");
    }

    /// <summary>About 50 MB of real code: parses, and in reasonable time.</summary>
    [Fact]
    public void FiftyMegabyteFile()
    {
        const string chunk =
            "class Point:\n" +
            "    \"\"\"A point in the plane. Real modules carry long docstrings and comments, which keep the\n" +
            "    number of nodes per megabyte (and the memory this test needs) near that of real code.\"\"\"\n" +
            "    # The coordinates are public: this is a plain value object, compared by its fields and\n" +
            "    # printed with repr; nothing here is computed lazily or cached between calls.\n" +
            "    def __init__(self, x=0, y=0):\n" +
            "        self.x, self.y = x, y\n" +
            "    def dist(self, other) -> float:\n" +
            "        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5\n" +
            "values = [Point(i, i * 2) for i in range(10) if i % 3]\n" +
            "total = sum(p.dist(Point()) for p in values)  # comment\n" +
            "text = f'{total:.2f} and {values[0]!r}' + 'caf\u00e9'\n";
        int bytesPerChunk = Encoding.UTF8.GetByteCount(chunk);
        var sb = new StringBuilder(50 * 1024 * 1024 + bytesPerChunk);
        int chunks = 50 * 1024 * 1024 / bytesPerChunk + 1;
        for (int i = 0; i < chunks; i++) sb.Append(chunk);
        byte[] source = Encoding.UTF8.GetBytes(sb.ToString());
        sb.Clear();
        var o = Parse(source, timeoutMs: 120_000);
        AssertTreeOrSyntaxError(o, "50 MB file");
        Assert.True(o.SyntaxError == null, $"50 MB file: {o.SyntaxError}");
        var module = Assert.IsType<ModuleNode>(o.Tree);
        Assert.Equal(chunks * 4, module.Body.Count);
        var last = Assert.IsType<Assign>(module.Body[^1]);
        Assert.Equal(chunks * 12, last.Lineno);
    }

    /// <summary>Random bytes, biased towards Python's punctuation, whitespace and UTF-8 fragments.</summary>
    [Fact]
    public void RandomByteStrings()
    {
        var rng = new Random(20261127);
        byte[] alphabet = Encoding.ASCII.GetBytes("()[]{}:;,.=+-*/%<>!~^&|@'\"\\#\n\r\t \f0123456789abcxyzjJeE_fFrRbBuU");
        for (int n = 0; n < 3000; n++)
        {
            var bytes = new byte[rng.Next(0, 120)];
            for (int i = 0; i < bytes.Length; i++)
            {
                int r = rng.Next(100);
                bytes[i] = r < 70 ? alphabet[rng.Next(alphabet.Length)] : r < 75 ? (byte)0 : (byte)rng.Next(256);
            }
            AssertTreeOrSyntaxError(Parse(bytes, 10_000), $"random bytes #{n}: {Convert.ToBase64String(bytes)}");
        }
    }

    /// <summary>Random sequences of Python tokens: keywords, operators, brackets, literals, indentation.</summary>
    [Fact]
    public void RandomTokenSoup()
    {
        string[] tokens =
        {
            "if", "elif", "else", "while", "for", "in", "def", "class", "return", "yield", "lambda", "try", "except",
            "except*", "finally", "with", "as", "match", "case", "_", "import", "from", "global", "nonlocal", "pass",
            "break", "continue", "del", "assert", "raise", "async", "await", "not", "and", "or", "is", "None", "True",
            "False", "x", "y", "f", "(", ")", "[", "]", "{", "}", ":", ";", ",", ".", "...", "=", ":=", "+=", "**=",
            "->", "+", "-", "*", "**", "/", "//", "%", "@", "<<", ">>", "&", "|", "^", "~", "<", ">", "==", "!=", "<=",
            "!", "1", "0x1f", "1.5e3", "2j", "1_0", "'s'", "b'b'", "f'{x}'", "f'{x!r:>{y}}'", "'''t\n'''", "rb'\\d'",
            "\n", "\n    ", "\n        ", "\n  ", "\t", "\\\n", "#c\n", " ", " ", " ",
        };
        var rng = new Random(1311);
        for (int n = 0; n < 3000; n++)
        {
            var sb = new StringBuilder();
            int count = rng.Next(1, 40);
            for (int i = 0; i < count; i++) sb.Append(tokens[rng.Next(tokens.Length)]).Append(rng.Next(3) == 0 ? "" : " ");
            string src = sb.ToString();
            AssertTreeOrSyntaxError(Parse(src, 10_000), $"token soup #{n}: {src}");
        }
    }
}

/// <summary>Runs a parse on its own thread with a chosen stack size and a time limit, and reports how it
/// ended instead of letting anything escape.</summary>
internal static class GuardedParse
{
    public sealed record Outcome(Mod? Tree, PythonSyntaxError? SyntaxError, Exception? Other, bool TimedOut);

    public const int OrdinaryStackBytes = 1024 * 1024;

    public static Outcome Run(Func<Mod> parse, int stackBytes = OrdinaryStackBytes, int timeoutMs = 30_000)
    {
        Mod? tree = null;
        PythonSyntaxError? syntaxError = null;
        Exception? other = null;
        var thread = new Thread(() =>
        {
            try { tree = parse(); }
            catch (PythonSyntaxError e) { syntaxError = e; }
            catch (Exception e) { other = e; }
        }, stackBytes) { IsBackground = true };
        thread.Start();
        if (!thread.Join(timeoutMs))
            return new Outcome(null, null, null, true);
        return new Outcome(tree, syntaxError, other, false);
    }
}

/// <summary>Parses a source in a separate krait process (<c>--dump-ast-batch --no-dump</c>) on a parse thread
/// with the given stack, so that a stack overflow fails one test instead of killing the test host.</summary>
internal static class IsolatedParse
{
    public sealed record Outcome(string Status, string? Type, string? Msg, int Lineno, int Offset, string? Detail);

    public static Outcome Run(string source, int stackKb = 1024)
        => Run(Encoding.UTF8.GetBytes(source), stackKb);

    public static Outcome Run(byte[] source, int stackKb = 1024)
    {
        string dir = Directory.CreateTempSubdirectory("krait_robust_").FullName;
        try
        {
            string file = Path.Combine(dir, "case.py");
            string list = Path.Combine(dir, "list.txt");
            File.WriteAllBytes(file, source);
            File.WriteAllText(list, file + "\n");
            var p = KraitProcess.Run("--dump-ast-batch", list, "--no-dump", "--stack-kb", stackKb.ToString());
            if (p.ExitCode == -1)
                return new Outcome("hang", null, null, 0, 0, p.Stderr);
            string line = p.Stdout.Trim();
            if (p.ExitCode != 0 || line.Length == 0)
            {
                // A stack overflow prints "Stack overflow." and the frames: name the one that repeats most.
                string[] lines = p.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                string err = string.Join(" | ", lines.Take(2));
                var repeated = lines.Where(l => l.StartsWith("at ")).GroupBy(l => l).OrderByDescending(g => g.Count()).FirstOrDefault();
                if (repeated != null && repeated.Count() > 1)
                    err += $" | most repeated frame ({repeated.Count()}x): {repeated.Key}";
                return new Outcome("crash", null, null, 0, 0, $"krait exited with status {p.ExitCode}: {err}");
            }
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            var r = doc.RootElement;
            return new Outcome(r.GetProperty("status").GetString()!, TestDataFiles.OptString(r, "type"),
                TestDataFiles.OptString(r, "msg"), TestDataFiles.OptInt(r, "lineno") ?? 0,
                TestDataFiles.OptInt(r, "offset") ?? 0, TestDataFiles.OptString(r, "detail"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
