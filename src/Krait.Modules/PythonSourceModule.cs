using System.Reflection;
using Krait.Runtime;

namespace Krait.Modules;

/// <summary>Modules written here in Python (datetime, cmath, locale, _csv): their source is embedded in this
/// assembly (Python/NAME.py) and compiled into a fresh module on first import, so they work without CPython's
/// Lib folder.</summary>
public static class PythonSourceModule
{
    public static Func<PyModule> Factory(string name) => () => Create(name);

    public static PyModule Create(string name)
    {
        var m = NativeModule.New(name);
        ModulePrelude.Run(m, Source(name), $"<krait {name}>");
        return m;
    }

    private static string Source(string name)
    {
        using var stream = typeof(PythonSourceModule).Assembly.GetManifestResourceStream($"Krait.Modules.Python.{name}.py")
            ?? throw new InvalidOperationException($"embedded source for module {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
