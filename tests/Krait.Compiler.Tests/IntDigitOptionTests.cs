using System.Diagnostics;

namespace Krait.Compiler.Tests;

/// <summary>The start-up settings of the int/str digit limit: <c>-X int_max_str_digits=N</c> and
/// PYTHONINTMAXSTRDIGITS. Expected text is what /usr/bin/python3.11 prints for the same command line.</summary>
public class IntDigitOptionTests
{
    private const string Show = "import sys; print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)";
    private const string Fatal = "Fatal Python error: config_init_int_max_str_digits: {0}: invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n";

    private static (int Status, string Stdout, string Stderr) Run(string? envDigits, params string[] args)
    {
        string krait = Path.Combine(Path.GetDirectoryName(typeof(Krait.Cli.Program).Assembly.Location)!, "krait.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.Environment.Remove("PYTHONINTMAXSTRDIGITS");
        if (envDigits != null) psi.Environment["PYTHONINTMAXSTRDIGITS"] = envDigits;
        psi.ArgumentList.Add(krait);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stderrTask = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        string stderr = stderrTask.Result;
        Assert.True(p.WaitForExit(60_000), "timed out");
        return (p.ExitCode, stdout, stderr);
    }

    [Fact]
    public void DefaultIs4300AndFlagMinusOne() =>
        Assert.Equal((0, "4300 -1\n", ""), Run(null, "-c", Show));

    [Fact]
    public void XOptionSetsTheLimitTheFlagAndXOptions() =>
        Assert.Equal((0, "1000 1000 {'int_max_str_digits': '1000'}\n", ""),
            Run(null, "-X", "int_max_str_digits=1000", "-c",
                "import sys; print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits, sys._xoptions)"));

    [Fact]
    public void XOptionZeroRemovesTheLimit() =>
        Assert.Equal((0, "0 True\n", ""),
            Run(null, "-X", "int_max_str_digits=0", "-c", "import sys; print(sys.get_int_max_str_digits(), int('7' * 5000) > 0)"));

    [Fact]
    public void XOptionWinsOverTheEnvironment() =>
        Assert.Equal((0, "700 700\n", ""), Run("800", "-X", "int_max_str_digits=700", "-c", Show));

    [Fact]
    public void EnvironmentSetsTheLimit() =>
        Assert.Equal((0, "700 700\n", ""), Run("700", "-c", Show));

    [Fact]
    public void DashEIgnoresTheEnvironment() =>
        Assert.Equal((0, "4300 -1\n", ""), Run("700", "-E", "-c", Show));

    [Fact]
    public void LimitBelowThresholdIsFatal()
    {
        Assert.Equal((1, "", string.Format(Fatal, "-X int_max_str_digits")), Run(null, "-X", "int_max_str_digits=5", "-c", "pass"));
        Assert.Equal((1, "", string.Format(Fatal, "-X int_max_str_digits")), Run(null, "-X", "int_max_str_digits", "-c", "pass"));
        Assert.Equal((1, "", string.Format(Fatal, "PYTHONINTMAXSTRDIGITS")), Run("70", "-c", "pass"));
    }

    [Fact]
    public void TheLimitAppliesToProgramsAndLiterals() =>
        Assert.Equal((0, "ValueError\n", ""),
            Run(null, "-X", "int_max_str_digits=640", "-c", "try:\n int('7' * 641)\nexcept ValueError as e: print(type(e).__name__)"));
}
