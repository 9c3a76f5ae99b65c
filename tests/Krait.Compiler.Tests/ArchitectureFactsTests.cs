using System.Diagnostics;

namespace Krait.Compiler.Tests;

/// <summary>Runs each tests/arch/NAME.py natively and compares its output with NAME.expected, written by
/// /usr/bin/python3.11. The same programs run under the ARM64 emulator in ci/arm64/run.sh, so each fact
/// (byte order, 64-bit sizes, numeric hashes, float bits, recursion depth) is checked on both architectures.</summary>
public class ArchitectureFactsTests
{
    private static string FindDir()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "tests", "arch");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/arch");
    }

    public static IEnumerable<object[]> Programs()
    {
        var names = new List<string>();
        foreach (var f in Directory.GetFiles(FindDir(), "*.py")) names.Add(Path.GetFileNameWithoutExtension(f));
        names.Sort(StringComparer.Ordinal);
        foreach (var n in names) yield return new object[] { n };
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void ArchitectureFact(string name)
    {
        string dir = FindDir();
        string krait = Path.Combine(Path.GetDirectoryName(typeof(Krait.Cli.Program).Assembly.Location)!, "krait.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(krait);
        psi.ArgumentList.Add(name + ".py");
        using var p = Process.Start(psi)!;
        var stderrTask = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        string stderr = stderrTask.Result;
        Assert.True(p.WaitForExit(60_000), "timed out");
        Assert.Equal("", stderr);
        Assert.Equal(File.ReadAllText(Path.Combine(dir, name + ".expected")), stdout);
        Assert.Equal(0, p.ExitCode);
    }

    /// <summary>sys.implementation._multiarch is the Debian target triplet of the machine Krait runs on
    /// (CPython reports "aarch64-linux-gnu" on arm64); under the ARM64 step this test and the krait it starts
    /// are both arm64.</summary>
    [Fact]
    public void MultiarchNamesThisMachine()
    {
        string expected = System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture switch
        {
            System.Runtime.InteropServices.Architecture.X64 => "x86_64-linux-gnu",
            System.Runtime.InteropServices.Architecture.Arm64 => "aarch64-linux-gnu",
            var other => other.ToString(),
        };
        string krait = Path.Combine(Path.GetDirectoryName(typeof(Krait.Cli.Program).Assembly.Location)!, "krait.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(krait);
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("import sys; print(sys.implementation._multiarch, sys.implementation.cache_tag)");
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(120_000), "timed out");
        Assert.Equal("", stderr.Result);
        Assert.Equal($"{expected} krait-311\n", stdout);
    }

    /// <summary>A .NET-level fact the runtime relies on: sys.byteorder says "little" and the hash and
    /// to_bytes code reads keys little-endian explicitly; both supported architectures are little-endian.</summary>
    [Fact]
    public void ProcessIsLittleEndian() => Assert.True(BitConverter.IsLittleEndian);
}
