using Krait.Runtime;

namespace Krait.Modules;

/// <summary>The modules written in C# here, by import name. Each is built on its first import, so start-up
/// pays only for what a program uses.</summary>
public static class NativeModules
{
    // One line per module; keep sorted by name.
    private static readonly Dictionary<string, Func<PyModule>> s_factories = new()
    {
        ["_contextvars"] = PythonSourceModule.Factory("_contextvars"),
        ["_csv"] = PythonSourceModule.Factory("_csv"),
        ["_io"] = IoModule.CreateC,
        ["_thread"] = PythonSourceModule.Factory("_thread"),
        ["abc"] = AbcModule.Create,
        ["array"] = ArrayModule.Create,
        ["bisect"] = BisectModule.Create,
        ["cmath"] = PythonSourceModule.Factory("cmath"),
        ["collections"] = CollectionsModule.Create,
        ["collections.abc"] = CollectionsAbcModule.Create,
        ["datetime"] = PythonSourceModule.Factory("datetime"),
        ["errno"] = ErrnoModule.Create,
        ["functools"] = FunctoolsModule.Create,
        ["heapq"] = HeapqModule.Create,
        ["importlib"] = ImportlibModule.Create,
        ["importlib.util"] = ImportlibModule.CreateUtil,
        ["io"] = IoModule.Create,
        ["itertools"] = ItertoolsModule.Create,
        ["locale"] = PythonSourceModule.Factory("locale"),
        ["math"] = MathModule.Create,
        ["operator"] = OperatorModule.Create,
        ["os"] = OsModule.Create,
        ["os.path"] = PosixPathModule.Create,
        ["posix"] = PythonSourceModule.Factory("posix"),
        ["posixpath"] = PosixPathModule.Create,
        ["random"] = RandomModule.Create,
        ["re"] = Re.ReModule.Create,
        ["signal"] = SignalModule.Create,
        ["struct"] = StructModule.Create,
        ["time"] = TimeModule.Create,
    };

    public static bool IsNative(string name) => s_factories.ContainsKey(name);

    public static IEnumerable<string> Names => s_factories.Keys;

    /// <summary>A fresh module object for <paramref name="name"/>, or null when no native module has that name.</summary>
    public static PyModule? Create(string name) => s_factories.TryGetValue(name, out var f) ? f() : null;
}
