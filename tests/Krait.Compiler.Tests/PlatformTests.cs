using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Krait.Compiler.Tests;

/// <summary>platform.machine() (CPython's platform.py over Krait's os.uname) and sys.byteorder name the machine
/// Krait runs on; the ARM64 step checks "aarch64 little" under the emulator.</summary>
public class PlatformTests
{
    private sealed class NeedsCPythonLibFact : FactAttribute
    {
        public NeedsCPythonLibFact()
        {
            if (!File.Exists("/usr/lib/python3.11/platform.py"))
                Skip = "needs CPython 3.11's library in /usr/lib/python3.11 (apt-get install python3.11)";
        }
    }

    [NeedsCPythonLibFact]
    public void MachineAndByteOrderNameThisMachine()
    {
        string expected = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => "x86_64",
            Architecture.Arm64 => "aarch64",
            var other => other.ToString(),
        };
        string krait = Path.Combine(Path.GetDirectoryName(typeof(Krait.Cli.Program).Assembly.Location)!, "krait.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(krait);
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("import platform, sys; print(platform.machine(), sys.byteorder)");
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(60_000));
        Assert.Equal("", stderr.Result);
        Assert.Equal($"{expected} little\n", stdout);
    }
}
