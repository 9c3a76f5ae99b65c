using Krait.Runtime;

namespace Krait.Modules;

/// <summary>The native <c>importlib</c> and <c>importlib.util</c> modules: the parts of importlib's public API
/// that programs use, over <see cref="ImportSystem"/>.</summary>
public static class ImportlibModule
{
    public static PyModule Create()
    {
        var m = new PyModule("importlib", Builtins.Module);
        // A package, so that `import importlib.util` finds its native submodule.
        m.Set("__path__", new PyList());
        Def(m, "import_module", (a, k) =>
        {
            var (name, package) = NameAndPackage("import_module", a, k);
            int level = 0;
            while (level < name.Length && name[level] == '.') level++;
            if (level > 0 && (package == null || package == PyNone.Instance || !package.IsTrue()))
                throw Ops.TypeError($"the 'package' argument is required to perform a relative import for {Ops.Repr(new PyStr(name))}");
            return ImportSystem.Instance.ImportModule(name.Substring(level), package, level);
        });
        Def(m, "reload", (a, k) =>
        {
            if (k != null || a.Length != 1) throw Ops.TypeError($"reload() takes 1 positional argument but {a.Length} were given");
            return ImportSystem.Instance.Reload(a[0]);
        });
        Def(m, "invalidate_caches", (a, k) => PyNone.Instance);
        return m;
    }

    public static PyModule CreateUtil()
    {
        var m = new PyModule("importlib.util", Builtins.Module);
        Def(m, "find_spec", (a, k) =>
        {
            var (name, package) = NameAndPackage("find_spec", a, k);
            string fullname = name.StartsWith('.') ? ResolveName(name, package) : name;
            return ImportSystem.Instance.FindSpecForUtil(fullname, name);
        });
        Def(m, "resolve_name", (a, k) =>
        {
            var (name, package) = NameAndPackage("resolve_name", a, k);
            return new PyStr(ResolveName(name, package));
        });
        Def(m, "module_from_spec", (a, k) =>
        {
            if (k != null || a.Length != 1) throw Ops.TypeError($"module_from_spec() takes 1 positional argument but {a.Length} were given");
            return ImportSystem.ModuleFromSpec(a[0]);
        });
        m.Set("spec_from_file_location", new PyBuiltinFunction("spec_from_file_location", (a, k) =>
        {
            int np = a.Length - (k?.Length ?? 0);
            PyObject? name = np > 0 ? a[0] : null, location = np > 1 ? a[1] : null, locations = null;
            for (int i = 0; i < (k?.Length ?? 0); i++)
            {
                switch (k![i])
                {
                    case "name": name = a[np + i]; break;
                    case "location": location = a[np + i]; break;
                    case "submodule_search_locations": locations = a[np + i]; break;
                    case "loader": break;
                    default: throw Ops.TypeError($"spec_from_file_location() got an unexpected keyword argument '{k[i]}'");
                }
            }
            if (name is not PyStr ns) throw Ops.TypeError("spec_from_file_location() needs a module name");
            if (location is not PyStr ls) return PyNone.Instance;
            string path = Path.GetFullPath(ls.Value);
            if (locations == null && Path.GetFileName(path) == "__init__.py")
                locations = new PyList(new PyObject[] { new PyStr(Path.GetDirectoryName(path)!) });
            return new PyModuleSpec(ns.Value, PyModuleSpec.LoaderKind.Source, PyImportLoader.Source(ns.Value, path), path,
                locations == PyNone.Instance ? null : locations);
        }));
        m.Set("MAGIC_NUMBER", new PyBytes(new byte[] { 0xa7, 0x0d, 0x0d, 0x0a }));
        return m;
    }

    private static string ResolveName(string name, PyObject? package)
    {
        if (!name.StartsWith('.')) return name;
        if (package == null || package == PyNone.Instance || !package.IsTrue())
            throw ImportSystem.ImportError($"no package specified for {Ops.Repr(new PyStr(name))} (required for relative module names)", null, null);
        int level = 0;
        while (level < name.Length && name[level] == '.') level++;
        return ImportSystem.ResolveRelative(name.Substring(level), Ops.Str(package), level);
    }

    private static (string Name, PyObject? Package) NameAndPackage(string fname, PyObject[] a, string[]? k)
    {
        int np = a.Length - (k?.Length ?? 0);
        PyObject? name = np > 0 ? a[0] : null, package = np > 1 ? a[1] : null;
        if (np > 2) throw Ops.TypeError($"{fname}() takes from 1 to 2 positional arguments but {np} were given");
        for (int i = 0; i < (k?.Length ?? 0); i++)
        {
            if (k![i] == "name" && name == null) name = a[np + i];
            else if (k[i] == "package" && package == null) package = a[np + i];
            else throw Ops.TypeError($"{fname}() got an unexpected keyword argument '{k[i]}'");
        }
        if (name == null) throw Ops.TypeError($"{fname}() missing 1 required positional argument: 'name'");
        if (name is not PyStr s)
        {
            if (fname == "import_module" || fname == "find_spec")
                throw Ops.AttributeError($"'{name.Type.TpName}' object has no attribute 'startswith'");
            throw Ops.TypeError($"module name must be str, not {name.Type.TpName}");
        }
        return (s.Value, package);
    }

    private static void Def(PyModule m, string name, BuiltinBody body) => m.Set(name, new PyBuiltinFunction(name, body));
}
