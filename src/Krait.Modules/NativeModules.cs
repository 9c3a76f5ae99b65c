using Krait.Runtime;

namespace Krait.Modules;

/// <summary>The modules written in C# here, by import name. Each is built on its first import, so start-up
/// pays only for what a program uses.</summary>
public static class NativeModules
{
    // One line per module; keep sorted by name.
    private static readonly Dictionary<string, Func<PyModule>> s_factories = new()
    {
        ["_ast"] = AstModule.Create,
        ["_codecs"] = Data.CodecsModule.CreateC,
        ["_contextvars"] = PythonSourceModule.Factory("_contextvars"),
        ["_csv"] = PythonSourceModule.Factory("_csv"),
        ["_io"] = IoModule.CreateC,
        ["_krait_dbfile"] = PythonSourceModule.Factory("_krait_dbfile"),
        ["_krait_thread"] = ThreadModule.Create,
        ["_krait_traceback"] = KraitTracebackModule.Create,
        ["_operator"] = Data.HashlibModule.CreateOperatorC,
        ["_posixsubprocess"] = PosixSubprocessModule.Create,
        ["_socket"] = SocketModule.Create,
        ["_string"] = StringFormatterModule.Create,
        ["_thread"] = PythonSourceModule.Factory("_thread"),
        ["_weakref"] = WeakrefModule.Create,
        ["abc"] = AbcModule.Create,
        ["array"] = ArrayModule.Create,
        ["atexit"] = AtexitModule.Create,
        ["base64"] = Data.Base64Module.Create,
        ["binascii"] = Data.BinasciiModule.Create,
        ["bisect"] = BisectModule.Create,
        ["cmath"] = PythonSourceModule.Factory("cmath"),
        ["codecs"] = Data.CodecsModule.Create,
        ["collections"] = CollectionsModule.Create,
        ["collections.abc"] = CollectionsAbcModule.Create,
        ["datetime"] = PythonSourceModule.Factory("datetime"),
        ["errno"] = ErrnoModule.Create,
        ["functools"] = FunctoolsModule.Create,
        ["gc"] = GcModule.Create,
        ["grp"] = PythonSourceModule.Factory("grp"),
        ["hashlib"] = Data.HashlibModule.Create,
        ["heapq"] = HeapqModule.Create,
        ["importlib"] = ImportlibModule.Create,
        ["importlib.machinery"] = ImportlibMachineryModule.Create,
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
        ["pwd"] = PythonSourceModule.Factory("pwd"),
        ["random"] = RandomModule.Create,
        ["re"] = Re.ReModule.Create,
        ["select"] = SelectModule.Create,
        ["signal"] = SignalModule.Create,
        ["struct"] = StructModule.Create,
        ["time"] = TimeModule.Create,
        ["unicodedata"] = Data.UnicodedataModule.Create,
        ["zlib"] = Data.ZlibModule.Create,
    };

    public static bool IsNative(string name) => s_factories.ContainsKey(name);

    public static IEnumerable<string> Names => s_factories.Keys;

    /// <summary>A fresh module object for <paramref name="name"/>, or null when no native module has that name.</summary>
    public static PyModule? Create(string name)
    {
        if (!s_factories.TryGetValue(name, out var f)) return null;
        var m = f();
        // Module-level built-in functions report the module they belong to (pickle finds them by it).
        foreach (var cell in m.Cells.Values)
            if (cell.Value is PyBuiltinFunction { Self: null, ModuleName: null } bf) bf.ModuleName = name;
        return m;
    }
}
