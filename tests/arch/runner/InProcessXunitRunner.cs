// Compiled into a test project only by ci/arm64/test-runner.targets (the ARM64 step's publish): it makes the
// published test assembly its own xunit runner, so `qemu-aarch64-static -L SYSROOT ./Krait.X.Tests` runs the
// tests on the arm64 runtime. The usual `dotnet test` keeps vstest's host, whose out-of-process protocol
// cannot cross the emulator boundary.
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Krait.ArchTests;

/// <summary>Discovers and runs the xunit v2 tests of the entry assembly in this process and prints one
/// `NAME: N passed, M failed, K skipped` line. Options: --include PREFIX / --exclude PREFIX select tests by
/// "Namespace.Class.Method" prefix (repeatable; excludes win), --threads N caps xunit's parallelism,
/// --list prints the selected tests without running them, --verbose prints every result.</summary>
public static class InProcessXunitRunner
{
    public static int Main(string[] args)
    {
        var includes = new List<string>();
        var excludes = new List<string>();
        int threads = 0;
        bool list = false, verbose = false;
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--include": includes.Add(Next()); break;
                case "--exclude": excludes.Add(Next()); break;
                case "--threads": threads = int.Parse(Next()); break;
                case "--list": list = true; break;
                case "--verbose": verbose = true; break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }

        var assembly = Assembly.GetEntryAssembly()!;
        string name = assembly.GetName().Name!;
        var clock = Stopwatch.StartNew();
        using var framework = new XunitTestFramework(new NullMessageSink());

        var discoveryOptions = new RunnerOptions();
        // One test case per theory: the data rows are enumerated (and reported one by one) when it runs.
        discoveryOptions.SetValue("xunit.discovery.PreEnumerateTheories", false);
        var discovery = new DiscoverySink();
        using (var discoverer = framework.GetDiscoverer(Reflector.Wrap(assembly)))
        {
            discoverer.Find(includeSourceInformation: false, discovery, discoveryOptions);
            discovery.Finished.Wait();
        }

        var selected = new List<ITestCase>();
        foreach (var testCase in discovery.TestCases)
        {
            string full = testCase.TestMethod.TestClass.Class.Name + "." + testCase.TestMethod.Method.Name;
            if (includes.Count > 0 && !includes.Exists(p => full.StartsWith(p, StringComparison.Ordinal))) continue;
            if (excludes.Exists(p => full.StartsWith(p, StringComparison.Ordinal))) continue;
            selected.Add(testCase);
        }
        if (list)
        {
            foreach (var testCase in selected) Console.WriteLine(testCase.DisplayName);
            return 0;
        }

        var executionOptions = new RunnerOptions();
        if (threads > 0) executionOptions.SetValue("xunit.execution.MaxParallelThreads", threads);
        var results = new ResultSink(verbose);
        using (var executor = framework.GetExecutor(assembly.GetName()))
        {
            executor.RunTests(selected, results, executionOptions);
            results.Finished.Wait();
        }

        Console.WriteLine($"{name} on {RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}: " +
                          $"{selected.Count} test cases selected, ran in {clock.Elapsed.TotalSeconds:F1} s");
        // Errors outside any test (a failing fixture or cleanup) count as failures too.
        int failed = results.Failed + results.Errors;
        Console.WriteLine($"{name}: {results.Passed} passed, {failed} failed, {results.Skipped} skipped");
        return failed == 0 && results.Passed > 0 ? 0 : 1;
    }

    /// <summary>The option bag xunit's discoverer and executor read (ITestFramework*Options); absent keys
    /// give default values, which xunit turns into its own defaults.</summary>
    private sealed class RunnerOptions : ITestFrameworkDiscoveryOptions, ITestFrameworkExecutionOptions
    {
        private readonly Dictionary<string, object?> _values = new();
        public TValue GetValue<TValue>(string name) =>
            _values.TryGetValue(name, out var v) && v is TValue t ? t : default!;
        public void SetValue<TValue>(string name, TValue value) => _values[name] = value;
    }

    // xunit's analyzer asks sinks to be remotable (for AppDomains on .NET Framework); harmless here.
    private sealed class DiscoverySink : Xunit.LongLivedMarshalByRefObject, IMessageSink
    {
        public readonly List<ITestCase> TestCases = new();
        public readonly ManualResetEventSlim Finished = new();
        public bool OnMessage(IMessageSinkMessage message)
        {
            if (message is ITestCaseDiscoveryMessage found) TestCases.Add(found.TestCase);
            else if (message is IDiscoveryCompleteMessage) Finished.Set();
            return true;
        }
    }

    private sealed class ResultSink : Xunit.LongLivedMarshalByRefObject, IMessageSink
    {
        private readonly bool _verbose;
        private readonly object _lock = new();
        public int Passed, Failed, Skipped, Errors;
        public readonly ManualResetEventSlim Finished = new();

        public ResultSink(bool verbose) => _verbose = verbose;

        public bool OnMessage(IMessageSinkMessage message)
        {
            lock (_lock)
            {
                switch (message)
                {
                    case ITestPassed passed:
                        Passed++;
                        if (_verbose) Console.WriteLine($"  PASS {passed.Test.DisplayName} ({passed.ExecutionTime:F2} s)");
                        break;
                    case ITestFailed failed:
                        Failed++;
                        Report("FAIL " + failed.Test.DisplayName, failed, failed.Output);
                        break;
                    case ITestSkipped skipped:
                        Skipped++;
                        if (_verbose) Console.WriteLine($"  SKIP {skipped.Test.DisplayName}: {skipped.Reason}");
                        break;
                    case ITestAssemblyFinished:
                        Finished.Set();
                        break;
                    case IFailureInformation error:
                        // IErrorMessage and the fixture/cleanup failure messages.
                        Errors++;
                        Report("ERROR " + message.GetType().Name, error, null);
                        break;
                }
            }
            return true;
        }

        private static void Report(string title, IFailureInformation failure, string? output)
        {
            Console.WriteLine("  " + title);
            for (int i = 0; i < failure.Messages.Length; i++)
            {
                Console.WriteLine($"    {failure.ExceptionTypes[i]}: {failure.Messages[i]}");
                if (i < failure.StackTraces.Length && failure.StackTraces[i] is { Length: > 0 } trace)
                    foreach (var line in trace.Split('\n')) Console.WriteLine("      " + line.TrimEnd());
            }
            if (!string.IsNullOrEmpty(output)) Console.WriteLine("    output: " + output.TrimEnd());
        }
    }
}
