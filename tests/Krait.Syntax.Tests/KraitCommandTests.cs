using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Krait.Syntax.Tests;

/// <summary>The <c>krait</c> command as a user runs it (a separate process): its output is compared with
/// what python3.11 prints for the same file.</summary>
public class KraitCommandTests
{
    private static string TempDir() => Directory.CreateTempSubdirectory("krait_cmd_").FullName;

    [Fact]
    public void VersionIsKraitsOwn()
    {
        var r = KraitProcess.Run("--version");
        Assert.Equal((0, "Krait 0.1 (Python 3.11)\n"), (r.ExitCode, r.Stdout));
        Assert.Equal("Krait 0.1 (Python 3.11)\n", KraitProcess.Run("-V").Stdout);
    }

    [Fact]
    public void RunningAProgramPrintsItsOutput()
    {
        string dir = TempDir();
        try
        {
            string file = Path.Combine(dir, "hello.py");
            File.WriteAllText(file, "print('hello')\n");
            var r = KraitProcess.Run(file);
            // As python3.11 prints it (the engine runs programs now).
            Assert.Equal((0, "hello\n", ""), (r.ExitCode, r.Stdout, r.Stderr));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void MissingFileIsReportedAsCPythonDoes()
    {
        string missing = Path.Combine(Path.GetTempPath(), "krait_no_such_file_5150.py");
        var r = KraitProcess.Run("--dump-ast", missing);
        Assert.Equal(2, r.ExitCode);
        // python3.11 prints the same after its own program name.
        Assert.Equal($"krait: can't open file '{missing}': [Errno 2] No such file or directory\n", r.Stderr);
    }

    private const string SampleProgram =
        "import os, sys as system\n" +
        "from .pkg import (a, b as c)\n" +
        "@decorator(1)\n" +
        "async def f(x, /, y: int = 2, *args, z, **kw) -> 'r\u00e9sultat':\n" +
        "    global g\n" +
        "    async with a as (b, c), d:\n" +
        "        yield [i ** 2 for i in range(10) if i % 2] + {1: 'x', **kw}\n" +
        "    return f'{x!r:>{y}} and {z=}' if x else lambda q=1: ...\n" +
        "match command.split():\n" +
        "    case [\"go\", direction] | {\"dir\": direction} if direction:\n" +
        "        pass\n" +
        "    case Point(x=0, y=_) as p:\n" +
        "        x = 0x_ff + 1_000.5e-3j - 10**100\n" +
        "try:\n" +
        "    pass\n" +
        "except* (ValueError, TypeError) as eg:\n" +
        "    del eg[0], eg.x\n" +
        "caf\u00e9 = \"\U0001F600\" 'tail'  # comment\n";

    [CPythonTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void DumpAstMatchesCPython(bool includeAttributes)
    {
        string dir = TempDir();
        try
        {
            string file = Path.Combine(dir, "sample.py");
            File.WriteAllText(file, SampleProgram, new UTF8Encoding(false));
            var args = includeAttributes ? new[] { "--dump-ast", "--include-attributes", file } : new[] { "--dump-ast", file };
            var krait = KraitProcess.Run(args);
            var python = KraitProcess.RunPython(
                $"import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read()), include_attributes={(includeAttributes ? "True" : "False")}))",
                file);
            Assert.Equal(0, python.ExitCode);
            Assert.Equal("", krait.Stderr);
            Assert.Equal(0, krait.ExitCode);
            Assert.Equal(python.Stdout, krait.Stdout);
        }
        finally { Directory.Delete(dir, true); }
    }

    /// <summary>krait --dump-ast on an invalid file prints what python3.11 prints when it runs the file
    /// (path, line, caret line, message) and exits with status 1.</summary>
    [CPythonTheory]
    [InlineData("x = (1,\n")]
    [InlineData("def f():\n\tif x:\n\t\treturn (1 2)\n")]
    [InlineData("if x:\n\ta\n        b\n")]
    [InlineData("s = '\u00e9\u00e9\u20ac' + = 1\n")]
    [InlineData("foo(a, b\n\ny = 3\n")]
    [InlineData("    x = 1\n")]
    [InlineData("f(a for a in b, c)\n")]
    [InlineData("x = 1 +\u20ac\n")]
    public void SyntaxErrorReportMatchesRunningTheFile(string source)
    {
        string dir = TempDir();
        try
        {
            string file = Path.Combine(dir, "bad.py");
            File.WriteAllText(file, source, new UTF8Encoding(false));
            var krait = KraitProcess.Run("--dump-ast", file);
            var python = KraitProcess.RunPythonFile(file);
            Assert.Equal(1, python.ExitCode);
            Assert.Equal(python.Stderr, krait.Stderr);
            Assert.Equal((1, ""), (krait.ExitCode, krait.Stdout));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void BatchModeWritesOneRecordPerFile()
    {
        string dir = TempDir();
        try
        {
            string good = Path.Combine(dir, "good.py"), bad = Path.Combine(dir, "bad.py"), list = Path.Combine(dir, "list.txt");
            File.WriteAllText(good, "x = 'caf\u00e9'\n");
            File.WriteAllText(bad, "x = (1,\n");
            File.WriteAllText(list, $"{good}\n{bad}\n{Path.Combine(dir, "missing.py")}\n");
            var r = KraitProcess.Run("--dump-ast-batch", list, "--both-dumps");
            Assert.Equal(0, r.ExitCode);
            string[] lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            using (var first = JsonDocument.Parse(lines[0]))
            {
                Assert.Equal("ok", first.RootElement.GetProperty("status").GetString());
                // ast.dump(ast.parse("x = 'café'\n")) from python3.11
                Assert.Equal("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='caf\u00e9'))], type_ignores=[])",
                             first.RootElement.GetProperty("dump").GetString());
                Assert.StartsWith("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)]",
                                  first.RootElement.GetProperty("dump_attrs").GetString());
            }
            using (var second = JsonDocument.Parse(lines[1]))
            {
                var e = second.RootElement;
                Assert.Equal(("error", "SyntaxError", "'(' was never closed", 1, 5),
                             (e.GetProperty("status").GetString(), e.GetProperty("type").GetString(), e.GetProperty("msg").GetString(),
                              e.GetProperty("lineno").GetInt32(), e.GetProperty("offset").GetInt32()));
            }
            using (var third = JsonDocument.Parse(lines[2]))
                Assert.Equal("unreadable", third.RootElement.GetProperty("status").GetString());
        }
        finally { Directory.Delete(dir, true); }
    }
}

/// <summary>Runs the krait command (krait.dll, copied beside the tests) or python3.11 and captures its output.</summary>
internal static class KraitProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static string KraitDll => Path.Combine(AppContext.BaseDirectory, "krait.dll");

    public static Result Run(params string[] args)
    {
        Assert.True(File.Exists(KraitDll), $"krait.dll not found beside the tests at {KraitDll}");
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        return Start(dotnet, new[] { "exec", KraitDll }.Concat(args), 60_000);
    }

    public static Result RunPython(string code, params string[] args)
        => Start(DifferentialTests.Python, new[] { "-I", "-c", code }.Concat(args), 60_000);

    public static Result RunPythonFile(string file)
        => Start(DifferentialTests.Python, new[] { "-I", file }, 60_000);

    public static Result Start(string program, IEnumerable<string> args, int timeoutMs)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (string a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        using var p = Process.Start(psi)!;
        Task<string> stdout = p.StandardOutput.ReadToEndAsync();
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutMs))
        {
            p.Kill(true);
            return new Result(-1, stdout.Result, stderr.Result + $"\n(killed after {timeoutMs} ms)");
        }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
