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
    [Fact]
    public void WaitsForThreadsAndSleepsAreInterruptedInTheMainThread()
    {
        // A busy thread holds the interpreter lock most of the time; the signal still reaches the main thread,
        // which is waiting in join() and then in sleep().
        using var p = Start("import threading, time\n" +
            "def spin():\n    while True:\n        pass\n" +
            "t = threading.Thread(target=spin, daemon=True)\nt.start()\nprint('start', flush=True)\n" +
            "try:\n    t.join()\nexcept KeyboardInterrupt:\n    print('caught join', threading.current_thread().name, flush=True)\n" +
            "try:\n    time.sleep(100)\nexcept KeyboardInterrupt:\n    print('caught sleep', flush=True)\n");
        Assert.Equal("start", p.StandardOutput.ReadLine());
        Interrupt(p);
        Assert.Equal("caught join MainThread", p.StandardOutput.ReadLine());
        Interrupt(p);
        Assert.Equal("caught sleep", p.StandardOutput.ReadLine());
        Assert.True(p.WaitForExit(20_000), "no exit after the program ended with a daemon thread running");
        Assert.Equal(0, p.ExitCode);
    }
}
