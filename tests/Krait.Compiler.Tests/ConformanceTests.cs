using System.Diagnostics;

namespace Krait.Compiler.Tests;

/// <summary>Runs each tests/conformance/NAME.py through the krait command and compares stdout, stderr and exit
/// status with what /usr/bin/python3.11 produced (tools/gen_conformance_expected.sh).</summary>
public class ConformanceTests
{
    private static readonly string Dir = FindDir();

    private static string FindDir()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "tests", "conformance");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/conformance");
    }

    public static IEnumerable<object[]> Programs() =>
        Directory.GetFiles(FindDir(), "*.py").Select(f => new object[] { Path.GetFileNameWithoutExtension(f) }).OrderBy(o => (string)o[0]);

    [Theory]
    [MemberData(nameof(Programs))]
    public void Conformance(string name)
    {
        string krait = Path.Combine(Path.GetDirectoryName(typeof(Krait.Cli.Program).Assembly.Location)!, "krait.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Programs marked so run with CPython's Lib folder hidden: they prove a module works without it.
        if (File.ReadLines(Path.Combine(Dir, name + ".py")).FirstOrDefault()?.Contains("krait: no-cpython-lib") == true)
            psi.Environment["KRAIT_STDLIB"] = "/nonexistent";
        psi.ArgumentList.Add(krait);
        psi.ArgumentList.Add(name + ".py");
        psi.ArgumentList.Add("a");
        psi.ArgumentList.Add("b");
        using var p = Process.Start(psi)!;
        var stderrTask = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        string stderr = stderrTask.Result;
        Assert.True(p.WaitForExit(60_000), "timed out");
        string Read(string ext) => File.Exists(Path.Combine(Dir, name + ext)) ? File.ReadAllText(Path.Combine(Dir, name + ext)) : "";
        string expectedStatus = Read(".expected_status").Trim();
        Assert.Equal(Read(".expected"), stdout);
        Assert.Equal(Read(".expected_stderr"), stderr.Replace(Dir, "{DIR}"));
        Assert.Equal(expectedStatus.Length == 0 ? 0 : int.Parse(expectedStatus), p.ExitCode);
    }
}

/// <summary>Features outside this slice stop with a NotImplementedError naming them, never a crash.</summary>
public class UnsupportedFeatureTests
{
    [Theory]
    [InlineData("async def f():\n    pass\nf().send(None)\n", "async functions")]
    public void ReportsNotImplementedError(string source, string feature)
    {
        string krait = Path.Combine(Path.GetDirectoryName(typeof(Krait.Cli.Program).Assembly.Location)!, "krait.dll");
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        psi.ArgumentList.Add(krait);
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(source);
        using var p = System.Diagnostics.Process.Start(psi)!;
        string stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.Equal(1, p.ExitCode);
        Assert.EndsWith($"NotImplementedError: Krait does not support {feature} yet\n", stderr);
        Assert.StartsWith("Traceback (most recent call last):\n", stderr);
    }
}
