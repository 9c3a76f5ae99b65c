using System.Runtime.InteropServices;

namespace Krait.Cli;

/// <summary>Sends a signal to a process (libc kill), to end the way CPython ends after an uncaught
/// KeyboardInterrupt: killed by SIGINT, so the parent sees the signal and not an exit code.</summary>
internal static class ProcessSignals
{
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int KillNative(int pid, int signal);

    public static void Kill(int pid, int signal)
    {
        try { KillNative(pid, signal); }
        catch (DllNotFoundException) { }
        catch (EntryPointNotFoundException) { }
    }
}
