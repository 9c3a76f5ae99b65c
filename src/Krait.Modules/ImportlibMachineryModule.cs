using Krait.Runtime;

namespace Krait.Modules;

/// <summary>importlib.machinery: the file suffixes import recognises and the finder, loader and spec classes
/// (the classes Krait's own import system uses). Krait loads no extension modules, so their suffix list is
/// empty, and it writes no bytecode, though the bytecode suffixes are listed as CPython lists them.</summary>
public static class ImportlibMachineryModule
{
    public static PyModule Create()
    {
        var m = NativeModule.New("importlib.machinery");
        PyList Suffixes(params string[] s) => new(Array.ConvertAll<string, PyObject>(s, x => new PyStr(x)));
        m.Set("SOURCE_SUFFIXES", Suffixes(".py"));
        m.Set("BYTECODE_SUFFIXES", Suffixes(".pyc"));
        m.Set("DEBUG_BYTECODE_SUFFIXES", Suffixes(".pyc"));
        m.Set("OPTIMIZED_BYTECODE_SUFFIXES", Suffixes(".pyc"));
        m.Set("EXTENSION_SUFFIXES", Suffixes());
        NativeModule.Def(m, "all_suffixes", (a, k) => Suffixes(".py", ".pyc"));
        m.Set("ModuleSpec", PyModuleSpec.SpecType);
        m.Set("BuiltinImporter", PyImportLoader.BuiltinImporter);
        m.Set("PathFinder", PyImportLoader.PathFinder);
        m.Set("SourceFileLoader", PyImportLoader.SourceFileLoader);
        return m;
    }
}
