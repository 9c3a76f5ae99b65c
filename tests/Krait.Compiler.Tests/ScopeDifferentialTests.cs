using System.Diagnostics;
using Krait.Compiler.Scopes;

namespace Krait.Compiler.Tests;

/// <summary>Krait's scope trees against CPython 3.11's <c>_symtable</c> and code objects, through the shared text
/// format of tools/symtable_compare.py (which this test runs under /usr/bin/python3.11 for CPython's side).</summary>
public class ScopeDifferentialTests
{
    const string Python = "/usr/bin/python3.11";
    const string StdlibRoot = "/usr/lib/python3.11";

    static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "tools", "symtable_compare.py"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    static Dictionary<string, List<string>> CPythonDump(IReadOnlyList<string> files)
    {
        var psi = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(RepoRoot(), "tools", "symtable_compare.py"));
        psi.ArgumentList.Add("dump");
        foreach (var f in files) psi.ArgumentList.Add(f);
        using var p = Process.Start(psi)!;
        var errTask = p.StandardError.ReadToEndAsync();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, errTask.Result);
        var blocks = new Dictionary<string, List<string>>();
        List<string>? cur = null;
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("== ", StringComparison.Ordinal)) blocks[line[3..]] = cur = new List<string>();
            else if (cur != null && line.Length > 0) cur.Add(line);
        }
        return blocks;
    }

    /// <summary>Equal, except that CPython drops the code objects of unreachable code, which Krait's scope tree
    /// (like CPython's symtable) still has: Krait may list extra code lines.</summary>
    static bool Same(List<string> cpython, List<string> krait)
    {
        if (cpython.SequenceEqual(krait)) return true;
        if (!cpython.Where(l => !l.StartsWith("code ")).SequenceEqual(krait.Where(l => !l.StartsWith("code ")))) return false;
        var remaining = cpython.Where(l => l.StartsWith("code ")).ToList();
        foreach (var l in krait.Where(l => l.StartsWith("code ")))
            remaining.Remove(l);
        return remaining.Count == 0;
    }

    static void Compare(IReadOnlyList<string> files)
    {
        var expected = CPythonDump(files);
        var failures = new List<string>();
        foreach (var file in files)
        {
            var ours = ScopeDump.DumpFile(file).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (!expected.TryGetValue(file, out var theirs) || !Same(theirs, ours))
            {
                string firstDiff = "";
                if (theirs != null)
                    for (int i = 0; i < Math.Max(theirs.Count, ours.Count); i++)
                    {
                        string a = i < theirs.Count ? theirs[i] : "<end>", b = i < ours.Count ? ours[i] : "<end>";
                        if (a != b) { firstDiff = $" line {i}: cpython `{a}` krait `{b}`"; break; }
                    }
                failures.Add(file + firstDiff);
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {files.Count} differ:\n" + string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void ScopeCases()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "ScopeCases");
        Compare(Directory.GetFiles(dir, "*.py").OrderBy(f => f, StringComparer.Ordinal).ToList());
    }

    /// <summary>Random programs from tools/scope_fuzz.py (fixed seed), many of them rejected by CPython.</summary>
    [Fact]
    public void FuzzedPrograms()
    {
        var dir = Path.Combine(Path.GetTempPath(), "krait-scope-fuzz-" + Environment.ProcessId);
        try
        {
            var psi = new ProcessStartInfo(Python) { UseShellExecute = false };
            psi.ArgumentList.Add(Path.Combine(RepoRoot(), "tools", "scope_fuzz.py"));
            psi.ArgumentList.Add(dir);
            psi.ArgumentList.Add("400");
            psi.ArgumentList.Add("3");
            using (var p = Process.Start(psi)!) p.WaitForExit();
            Compare(Directory.GetFiles(dir, "*.py").OrderBy(f => f, StringComparer.Ordinal).ToList());
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Every 8th file of the standard library (test suite included), in a fixed order.</summary>
    [Fact]
    public void StdlibSample()
    {
        var all = Directory.GetFiles(StdlibRoot, "*.py", SearchOption.AllDirectories)
                           .Where(f => !f.Contains("/site-packages/") && !f.Contains("/dist-packages/"))
                           .OrderBy(f => f, StringComparer.Ordinal).ToList();
        Compare(all.Where((_, i) => i % 8 == 0).ToList());
    }
}
