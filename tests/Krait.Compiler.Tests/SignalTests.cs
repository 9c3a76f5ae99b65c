using System.Diagnostics;

namespace Krait.Compiler.Tests;

/// <summary>SIGINT reaches running Python code as KeyboardInterrupt, even in a loop that calls nothing, and an
/// uncaught one ends the process as CPython's does (traceback, then killed by SIGINT: status 130).</summary>
public class SignalTests
{
    private static Process Start(string source)
    {
        string krait = Path.Combine(Path.GetDirectoryName(typeof(Krait.Cli.Program).Assembly.Location)!, "krait.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(krait);
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(source);
        return Process.Start(psi)!;
    }

    private static void Interrupt(Process p)
    {
        using var kill = Process.Start("kill", new[] { "-INT", p.Id.ToString() })!;
        kill.WaitForExit();
    }

    [Fact]
    public void TightLoopIsInterruptedAndTheHandlerRuns()
    {
        using var p = Start("print('start', flush=True)\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught', flush=True)\nn = 0\nfor i in range(10**12):\n    n += 1\n");
        Assert.Equal("start", p.StandardOutput.ReadLine());
        Interrupt(p);
        Assert.Equal("caught", p.StandardOutput.ReadLine());
        Interrupt(p);
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(20_000), "no exit after the second SIGINT");
        Assert.EndsWith("\nKeyboardInterrupt\n", stderr.Result);
        Assert.StartsWith("Traceback (most recent call last):\n", stderr.Result);
        Assert.Equal(130, p.ExitCode);
    }
}
