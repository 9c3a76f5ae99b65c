namespace Krait.Cli;

/// <summary>KRAIT_GCSTATS=1: at exit, print the GC's counts to stderr (collections per generation, bytes allocated,
/// pause time, peak heap) and the JIT's (methods compiled, IL bytes, compile time on all threads). Unlike timings
/// these barely move with the machine's load, so GC settings and allocation changes can be compared on a busy
/// machine.</summary>
internal static class GcStatsReport
{
    public static void InstallIfAsked()
    {
        if (Environment.GetEnvironmentVariable("KRAIT_GCSTATS") is not { Length: > 0 } v || v == "0") return;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Print();
    }

    private static void Print()
    {
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        // Straight to fd 2: Console.Error may already be closed by the interpreter's shutdown.
        string line =
            $"gcstats: gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} gen2={GC.CollectionCount(2)} " +
            $"allocated={GC.GetTotalAllocatedBytes() >> 20}MB pause={GC.GetTotalPauseDuration().TotalMilliseconds:F0}ms " +
            $"heap={info.HeapSizeBytes >> 20}MB committed={info.TotalCommittedBytes >> 20}MB " +
            $"jit={System.Runtime.JitInfo.GetCompiledMethodCount()} methods/{System.Runtime.JitInfo.GetCompiledILBytes() >> 10}KB IL/" +
            $"{System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0}ms\n";
        using var err = Console.OpenStandardError();
        err.Write(System.Text.Encoding.ASCII.GetBytes(line));
    }
}
