using System.Diagnostics;

namespace Krait.Compiler.Tests;

/// <summary>-O, -OO and PYTHONOPTIMIZE: asserts and <c>if __debug__:</c> code dropped, docstrings too at level 2,
/// sys.flags.optimize and builtins.__debug__, in the script and in modules it imports. Also the compiler's
/// SyntaxWarnings printed for a script. Each command line is run by /usr/bin/python3.11 and by Krait, and
/// stdout, stderr and the exit status must be the same.</summary>
public class OptimizeOptionTests
{
    private const string CPython = "/usr/bin/python3.11";

    private const string Program = """
        "main doc"
        import sys, builtins, helper
        def f():
            "fdoc"
            assert False, "boom"
            return 1
        class C:
            "cdoc"
        print(sys.flags.optimize, __debug__, builtins.__debug__, __doc__, f.__doc__, C.__doc__)
        print(helper.__doc__, helper.g.__doc__, helper.debug())
        if __debug__:
            print("debug code runs")
        print(f())
        """;

    private const string Helper = """
        "helper doc"
        def g():
            "gdoc"
        def debug():
            assert 1 == 2, "in helper"
            return __debug__
        """;

    private const string Warnings = "x = 1\nif x is 1:\n    print([1 (2)] if 0 else 'ok', '\\d')\nassert (x, 'm')\n";

    private static (int Status, string Stdout, string Stderr) Run(string program, string dir, string? optimizeEnv, params string[] args)
    {
        var psi = new ProcessStartInfo(program)
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.Environment.Remove("PYTHONOPTIMIZE");
        psi.Environment.Remove("PYTHONWARNINGS");
        if (optimizeEnv != null) psi.Environment["PYTHONOPTIMIZE"] = optimizeEnv;
        if (program == "dotnet")
            psi.ArgumentList.Add(Path.Combine(Path.GetDirectoryName(typeof(Krait.Cli.Program).Assembly.Location)!, "krait.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var err = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(60_000), "timed out");
        return (p.ExitCode, stdout, err.Result);
    }

    [Theory]
    [InlineData(null, new string[0])]
    [InlineData(null, new[] { "-O" })]
    [InlineData(null, new[] { "-OO" })]
    [InlineData(null, new[] { "-O", "-O", "-O" })]
    [InlineData("1", new string[0])]
    [InlineData("2", new[] { "-O" })]
    [InlineData("x", new string[0])]
    [InlineData("0", new string[0])]
    [InlineData("2", new[] { "-E" })]
    [InlineData("-1", new string[0])]
    public void OptimizationLevelAsCPython(string? env, string[] options)
    {
        if (!File.Exists(CPython)) return;
        string dir = Directory.CreateTempSubdirectory("krait-optimize-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "prog.py"), Program);
            File.WriteAllText(Path.Combine(dir, "helper.py"), Helper);
            var args = options.Append("-B").Append("prog.py").ToArray();
            Assert.Equal(Run(CPython, dir, env, args), Run("dotnet", dir, env, args));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Theory]
    [InlineData("")]
    [InlineData("-W error")]
    [InlineData("-W default")]
    [InlineData("-W error::DeprecationWarning")]
    [InlineData("-X dev")]
    [InlineData("-W ignore::SyntaxWarning")]
    [InlineData("-O")]
    public void SyntaxWarningsOfAScriptAsCPython(string optionText)
    {
        var options = optionText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!File.Exists(CPython)) return;
        string dir = Directory.CreateTempSubdirectory("krait-warn-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "prog.py"), Warnings);
            var args = options.Append("prog.py").ToArray();
            Assert.Equal(Run(CPython, dir, null, args), Run("dotnet", dir, null, args));
            args = options.Append("-c").Append(Warnings).ToArray();
            Assert.Equal(Run(CPython, dir, null, args), Run("dotnet", dir, null, args));
        }
        finally { Directory.Delete(dir, true); }
    }
}
