using System.Diagnostics;

namespace Krait.Compiler;

/// <summary>Where compile time goes, per phase, summed over the process: set KRAIT_COMPILE_STATS=1 and the
/// totals go to stderr at exit. With it set, each generated method is also JIT-compiled right after it is
/// made (RuntimeHelpers.PrepareMethod), so the JIT's share is measured apart from running the code.
/// KRAIT_COMPILE_STATS=2 also prints a line per function (IL size and IL locals, which drive the JIT's time
/// and memory).</summary>
internal static class CompileStats
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("KRAIT_COMPILE_STATS") is "1" or "2";
    private static readonly bool s_perFunction = Environment.GetEnvironmentVariable("KRAIT_COMPILE_STATS") == "2";

    public enum Phase { Emit, CreateType, Fields, Delegates, Jit, Count }

    private static readonly long[] s_ticks = new long[(int)Phase.Count];
    private static int s_functions, s_fields, s_ilBytes;

    static CompileStats()
    {
        if (Enabled) AppDomain.CurrentDomain.ProcessExit += (_, _) => Report();
    }

    public static long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

    public static void Stop(Phase phase, long start)
    {
        if (Enabled) s_ticks[(int)phase] += Stopwatch.GetTimestamp() - start;
    }

    public static void Function(string name, int fields, int ilBytes, int ilLocals)
    {
        if (s_perFunction) Console.Error.WriteLine($"krait compiled {name}: {ilBytes} IL bytes, {ilLocals} IL locals, {fields} static fields");
        s_functions++;
        s_fields += fields;
        s_ilBytes += ilBytes;
    }

    private static void Report()
    {
        var w = Console.Error;
        w.WriteLine($"krait compile stats: {s_functions} functions, {s_fields} static fields, {s_ilBytes} IL bytes");
        for (int i = 0; i < (int)Phase.Count; i++)
            w.WriteLine($"  {(Phase)i,-10} {Stopwatch.GetElapsedTime(0, s_ticks[i]).TotalMilliseconds,9:F1} ms");
    }
}
