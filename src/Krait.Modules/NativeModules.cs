using Krait.Runtime;

namespace Krait.Modules;

/// <summary>The modules written in C# here, by import name. Each is built on its first import, so start-up
/// pays only for what a program uses.</summary>
public static class NativeModules
{
    // One line per module; keep sorted by name.
    private static readonly Dictionary<string, Func<PyModule>> s_factories = new()
    {
        ["abc"] = AbcModule.Create,
        ["bisect"] = BisectModule.Create,
        ["collections"] = CollectionsModule.Create,
        ["collections.abc"] = CollectionsAbcModule.Create,
        ["functools"] = FunctoolsModule.Create,
        ["heapq"] = HeapqModule.Create,
        ["itertools"] = ItertoolsModule.Create,
        ["operator"] = OperatorModule.Create,
    };

    public static bool IsNative(string name) => s_factories.ContainsKey(name);

    public static IEnumerable<string> Names => s_factories.Keys;

    /// <summary>A fresh module object for <paramref name="name"/>, or null when no native module has that name.</summary>
    public static PyModule? Create(string name) => s_factories.TryGetValue(name, out var f) ? f() : null;
}
