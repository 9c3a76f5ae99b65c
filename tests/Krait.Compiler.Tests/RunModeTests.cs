using System.Diagnostics;

namespace Krait.Compiler.Tests;

/// <summary><c>krait -m</c>, <c>krait -</c> and stdin programs, and the interpreter options: the conformance runner
/// only runs files. Expected text is what /usr/bin/python3.11 prints for the same command line.</summary>
public class RunModeTests
{
    private static readonly string PkgDir = Path.Combine(FindConformanceDir(), "imp_pkgs");

    private static string FindConformanceDir()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "tests", "conformance");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/conformance");
    }

    private static (int Status, string Stdout, string Stderr) Run(string? stdin, string? pythonPath, params string[] args)
    {
        string krait = Path.Combine(Path.GetDirectoryName(typeof(Krait.Cli.Program).Assembly.Location)!, "krait.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = PkgDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.Environment.Remove("PYTHONPATH");
        if (pythonPath != null) psi.Environment["PYTHONPATH"] = pythonPath;
        psi.ArgumentList.Add(krait);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        if (stdin != null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        var stderrTask = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        string stderr = stderrTask.Result;
        Assert.True(p.WaitForExit(60_000), "timed out");
        return (p.ExitCode, stdout, stderr);
    }

    [Fact]
    public void DashMRunsAPackagesMainWithItsSpec()
    {
        var r = Run(null, null, "-m", "runme_pkg", "x", "y");
        Assert.Equal((0, "runme_pkg init runme_pkg\nrunme_pkg main __main__ runme_pkg runme_pkg.__main__\n['x', 'y']\nTrue\n__main__\nhelper\n", ""),
            (r.Status, r.Stdout, r.Stderr));
    }

    [Fact]
    public void DashMRunsAModuleAndKeepsItsExitStatus()
    {
        var r = Run(null, null, "-m", "runme_mod", "q");
        Assert.Equal((3, "runme_mod __main__ '' runme_mod\n['q'] True\n", ""), (r.Status, r.Stdout, r.Stderr));
    }

    [Theory]
    [InlineData("nosuch", "No module named nosuch")]
    [InlineData("plainpkg", "No module named plainpkg.__main__; 'plainpkg' is a package and cannot be directly executed")]
    [InlineData("nopkg.x", "Error while finding module specification for 'nopkg.x' (ModuleNotFoundError: No module named 'nopkg')")]
    [InlineData("sys", "No code object available for sys")]
    public void DashMReportsModulesItCannotRun(string module, string message)
    {
        var r = Run(null, null, "-m", module);
        Assert.Equal((1, "", $"krait: {message}\n"), (r.Status, r.Stdout, r.Stderr));
    }

    [Fact]
    public void DashReadsTheProgramFromStdin()
    {
        var r = Run("import sys\nprint(__name__, __file__, sys.argv, repr(sys.path[0]))\n", null, "-", "a", "b");
        Assert.Equal((0, "__main__ <stdin> ['-', 'a', 'b'] ''\n", ""), (r.Status, r.Stdout, r.Stderr));
    }

    [Fact]
    public void NoArgumentsWithPipedStdinRunsIt()
    {
        var r = Run("import sys\nprint(sys.argv)\n1/0\n", null);
        Assert.Equal((1, "['']\n", "Traceback (most recent call last):\n  File \"<stdin>\", line 3, in <module>\nZeroDivisionError: division by zero\n"),
            (r.Status, r.Stdout, r.Stderr));
    }

    [Fact]
    public void PythonPathIsSearchedUnlessIgnored()
    {
        string pkgs = PkgDir;
        var r = Run(null, Path.Combine(pkgs, "shadow1"), "-c", "import shadowed, sys; print(shadowed.WHERE, sys.flags.ignore_environment)");
        Assert.Equal((0, "shadow1 0\n"), (r.Status, r.Stdout));
        r = Run(null, Path.Combine(pkgs, "shadow1"), "-E", "-c", "import shadowed");
        Assert.Equal(1, r.Status);
        Assert.EndsWith("ModuleNotFoundError: No module named 'shadowed'\n", r.Stderr);
        r = Run(null, Path.Combine(pkgs, "shadow1"), "-I", "-c", "import sys; print(sys.flags.isolated, sys.flags.ignore_environment)");
        Assert.Equal((0, "1 1\n"), (r.Status, r.Stdout));
    }

    [Fact]
    public void CPythonOptionsAreAccepted()
    {
        var r = Run(null, null, "-u", "-B", "-s", "-X", "dev", "-Xutf8", "-c", "import sys; print(sys.argv, sys.flags.no_user_site)", "z");
        Assert.Equal((0, "['-c', 'z'] 1\n", ""), (r.Status, r.Stdout, r.Stderr));
    }
}
