using Krait.Runtime;

namespace Krait.Modules;

/// <summary>CPython's import system (importlib._bootstrap and import.c): name resolution for relative imports,
/// parents before children, sys.modules as the cache, sys.meta_path with the built-in and path finders, fromlist
/// handling, circular imports seeing partially initialised modules, and CPython's error messages.</summary>
public sealed class ImportSystem : IModuleLoader
{
    public static readonly ImportSystem Instance = new();

    private static PyDict SysModules => Builtins.Modules.Dict;

    /// <summary>Installs the import system with <paramref name="path"/> as sys.path.</summary>
    public static void Install(IEnumerable<string> path)
    {
        var sys = Builtins.Sys;
        var entries = new PyList();
        foreach (var p in path) entries.Append(new PyStr(p));
        sys.Set("path", entries);
        sys.Set("meta_path", new PyList(new PyObject[] { PyImportLoader.BuiltinImporter, PyImportLoader.PathFinder }));
        // Sorted with a plain array sort: SortedSet and LINQ cost every start-up their assembly loads.
        var names = new List<string>(NativeModules.Names) { "builtins", "sys" };
        names.Sort(StringComparer.Ordinal);
        var builtinNames = new List<PyObject>(names.Count);
        for (int i = 0; i < names.Count; i++)
            if (i == 0 || names[i] != names[i - 1]) builtinNames.Add(new PyStr(names[i]));
        sys.Set("builtin_module_names", new PyTuple(builtinNames.ToArray()));
        // The modules the runtime made before the import system existed are built-in ones.
        foreach (var key in Ops.ToArray(SysModules))
            if (key is PyStr ks && SysModules.TryGet(key) is PyModule pm && !pm.Cells.ContainsKey("__spec__"))
                InitBuiltinAttrs(pm, ks.Value);
        Ops.ModuleLoader = Instance;
    }

    /// <summary>sys.path for a run: the program's folder (or '' for -c and stdin, the full cwd for -m), then
    /// PYTHONPATH unless ignored, then the CPython standard library found on this machine.</summary>
    public static List<string> DefaultPath(string first, bool ignoreEnvironment)
    {
        var path = new List<string> { first };
        if (!ignoreEnvironment && Environment.GetEnvironmentVariable("PYTHONPATH") is { Length: > 0 } pp)
            foreach (var p in pp.Split(':'))
                if (p.Length > 0) path.Add(Path.GetFullPath(p));
        var lib = Path.Combine(AppContext.BaseDirectory, "lib");
        if (Directory.Exists(lib)) path.Add(lib);
        string? stdlib = Environment.GetEnvironmentVariable("KRAIT_STDLIB") is { Length: > 0 } env ? env : null;
        if (stdlib == null)
            foreach (var candidate in new[] { "/usr/lib/python3.11", "/usr/local/lib/python3.11" })
                if (File.Exists(Path.Combine(candidate, "os.py"))) { stdlib = candidate; break; }
        if (stdlib != null) path.Add(stdlib);
        // Krait's stand-ins for CPython Lib modules (socket): found only when the CPython folder lacks them.
        var fallback = Path.Combine(AppContext.BaseDirectory, "lib-fallback");
        if (Directory.Exists(fallback)) path.Add(fallback);
        return path;
    }

    // ---- __import__ ----

    public PyObject Import(string name, PyObject? globals, PyObject? fromlist, int level)
    {
        string absName;
        if (level > 0) absName = ResolveName(name, globals, level);
        else
        {
            if (name.Length == 0) throw Ops.ValueError("Empty module name");
            absName = name;
        }
        var module = GcdImport(absName);
        bool hasFrom = fromlist != null && fromlist != PyNone.Instance && fromlist.IsTrue();
        if (!hasFrom)
        {
            if (level == 0 || name.Length > 0)
            {
                int dot = name.IndexOf('.');
                if (dot < 0) return module;
                if (level == 0) return Import(name.Substring(0, dot), null, null, 0);
                int cutOff = name.Length - dot;
                string toReturn = absName.Substring(0, absName.Length - cutOff);
                return SysModules.TryGet(new PyStr(toReturn))
                    ?? throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, $"'{toReturn}' not in sys.modules as expected"));
            }
            return module;
        }
        if (module.TryGetAttr("__path__", out _)) return HandleFromlist(module, fromlist!, false);
        return module;
    }

    /// <summary>import.c's resolve_name: the absolute name of a relative import from the importer's
    /// <c>__package__</c>, <c>__spec__.parent</c> or <c>__name__</c>.</summary>
    private static string ResolveName(string name, PyObject? globals, int level)
    {
        if (globals == null) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, "'__name__' not in globals"));
        if (globals is not (PyModule or PyDict)) throw Ops.TypeError("globals must be a dict");
        var package = Global(globals, "__package__");
        if (package == PyNone.Instance) package = null;
        var spec = Global(globals, "__spec__");
        if (package != null)
        {
            if (package is not PyStr) throw Ops.TypeError("package must be a string");
        }
        else if (spec != null && spec != PyNone.Instance)
        {
            package = spec.GetAttr("parent");
            if (package is not PyStr) throw Ops.TypeError("__spec__.parent must be a string");
        }
        else
        {
            package = Global(globals, "__name__")
                ?? throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, "'__name__' not in globals"));
            if (package is not PyStr pn) throw Ops.TypeError("__name__ must be a string");
            if (Global(globals, "__path__") == null)
            {
                int dot = pn.Value.LastIndexOf('.');
                package = new PyStr(dot < 0 ? "" : pn.Value.Substring(0, dot));
            }
        }
        string pkg = ((PyStr)package).Value;
        int lastDot = pkg.Length;
        if (lastDot == 0) throw ImportError("attempted relative import with no known parent package", null, null);
        for (int up = 1; up < level; up++)
        {
            lastDot = lastDot == 0 ? -1 : pkg.LastIndexOf('.', lastDot - 1);
            if (lastDot < 0) throw ImportError("attempted relative import beyond top-level package", null, null);
        }
        string baseName = pkg.Substring(0, lastDot);
        return name.Length == 0 ? baseName : baseName + "." + name;
    }

    private static PyObject? Global(PyObject globals, string name)
    {
        if (globals is PyModule m) return m.Cells.TryGetValue(name, out var c) ? c.Value : null;
        return ((PyDict)globals).TryGet(new PyStr(name));
    }

    /// <summary>importlib's _handle_fromlist: for a package, imports the submodules a fromlist names that are
    /// not attributes yet (and those in <c>__all__</c> for <c>*</c>).</summary>
    private PyObject HandleFromlist(PyObject module, PyObject fromlist, bool recursive)
    {
        foreach (var x in Ops.ToArray(fromlist))
        {
            if (x is not PyStr xs)
            {
                string where = recursive ? Ops.Str(module.GetAttr("__name__")) + ".__all__" : "``from list''";
                throw Ops.TypeError($"Item in {where} must be str, not {x.Type.TpName}");
            }
            if (xs.Value == "*")
            {
                if (!recursive && module.TryGetAttr("__all__", out var all)) HandleFromlist(module, all, true);
                continue;
            }
            if (module.TryGetAttr(xs.Value, out _)) continue;
            string fromName = Ops.Str(module.GetAttr("__name__")) + "." + xs.Value;
            try { Import(fromName, null, null, 0); }
            catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.ModuleNotFoundError)
                && e.Value.TryGetAttr("name", out var n) && n is PyStr ns && ns.Value == fromName
                && SysModules.TryGet(new PyStr(fromName)) != PyNone.Instance)
            {
                // A name the package does not have and no submodule either: `from pkg import x` reports it.
            }
        }
        return module;
    }

    // ---- finding and loading ----

    private PyObject GcdImport(string name)
    {
        var existing = SysModules.TryGet(new PyStr(name));
        if (existing != null)
        {
            if (existing == PyNone.Instance)
                throw ImportError($"import of {name} halted; None in sys.modules", name, null, notFound: true);
            if (existing is PyModule { Initializing: true } pm && Gil.Active && WaitForOtherThread(pm)) return GcdImport(name);
            return existing;
        }
        return FindAndLoad(name);
    }

    /// <summary>Each thread's module it waits for another thread to finish importing.</summary>
    private static readonly Dictionary<int, PyModule> s_waitingFor = new();

    /// <summary>As CPython's module locks: a thread importing a module another thread is still executing waits for
    /// it to finish (giving up the interpreter lock), unless that would deadlock (the other thread waits, directly
    /// or through others, for a module this one is executing); then it gets the partly made module, as in CPython.
    /// True when it waited.</summary>
    private static bool WaitForOtherThread(PyModule module)
    {
        int me = Environment.CurrentManagedThreadId;
        int owner = module.InitializingThread;
        if (owner == me) return false;
        for (int hops = 0; s_waitingFor.TryGetValue(owner, out var awaited) && hops < 1000; hops++)
        {
            if (awaited.InitializingThread == me) return false;
            owner = awaited.InitializingThread;
        }
        s_waitingFor[me] = module;
        try
        {
            while (module.Initializing)
                using (Gil.Blocking()) Thread.Sleep(1);
        }
        finally { s_waitingFor.Remove(me); }
        return true;
    }

    private PyObject FindAndLoad(string name)
    {
        PyObject? path = null;
        PyObject? parentModule = null;
        int dot = name.LastIndexOf('.');
        string child = name.Substring(dot + 1);
        if (dot >= 0)
        {
            string parent = name.Substring(0, dot);
            if (SysModules.TryGet(new PyStr(parent)) == null) GcdImport(parent);
            if (SysModules.TryGet(new PyStr(name)) is { } already) return already;
            parentModule = SysModules.TryGet(new PyStr(parent))
                ?? throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, $"'{parent}'"));
            if (!NativeModules.IsNative(name))
            {
                if (!parentModule.TryGetAttr("__path__", out path))
                {
                    // A C# module may expose a submodule as an attribute without being a package (os.path).
                    if (parentModule is PyModule { IsBuiltin: true } && parentModule.TryGetAttr(child, out var sub) && sub is PyModule)
                    {
                        SysModules.SetItem(new PyStr(name), sub);
                        return sub;
                    }
                    throw ImportError($"No module named '{name}'; '{parent}' is not a package", name, null, notFound: true);
                }
            }
        }
        var spec = FindSpec(name, path)
            ?? throw ImportError($"No module named '{name}'", name, null, notFound: true);
        var module = LoadUnlocked(spec, name);
        if (parentModule != null) parentModule.SetAttr(child, module);
        return module;
    }

    private static PyObject? FindSpec(string name, PyObject? path)
    {
        var metaPath = Builtins.Sys.Cells.TryGetValue("meta_path", out var c) ? c.Value : null;
        if (metaPath == null || metaPath == PyNone.Instance) return null;
        foreach (var finder in Ops.ToArray(metaPath))
        {
            if (finder == PyImportLoader.BuiltinImporter)
            {
                if (NativeModules.IsNative(name) || name is "sys" or "builtins")
                    return new PyModuleSpec(name, PyModuleSpec.LoaderKind.Builtin, PyImportLoader.BuiltinImporter, "built-in", null);
                continue;
            }
            if (finder == PyImportLoader.PathFinder)
            {
                if (PathFinder.FindSpec(name, path) is { } found) return found;
                continue;
            }
            // A finder the program installed: importlib's protocol (find_spec, then the spec's loader).
            if (!finder.TryGetAttr("find_spec", out var findSpec)) continue;
            var spec = findSpec.Call(new PyObject[] { new PyStr(name), path ?? PyNone.Instance, PyNone.Instance }, null);
            if (spec != PyNone.Instance) return spec;
        }
        return null;
    }

    /// <summary>importlib's _load_unlocked: the module is in sys.modules while its body runs (so circular imports
    /// see it) and is removed again if the body fails.</summary>
    private static PyObject LoadUnlocked(PyObject specObj, string name)
    {
        var key = new PyStr(name);
        if (specObj is not PyModuleSpec spec) return LoadForeign(specObj, name);
        PyModule module;
        if (spec.Kind == PyModuleSpec.LoaderKind.Builtin)
        {
            module = NativeModules.Create(name) ?? (name == "sys" ? Builtins.Sys : Builtins.Module);
            module.IsBuiltin = true;
        }
        else module = new PyModule(name, Builtins.Module);
        InitModuleAttrs(module, spec);
        spec.Initializing = true;
        module.Initializing = true;
        module.InitializingThread = Environment.CurrentManagedThreadId;
        SysModules.SetItem(key, module);
        try
        {
            if (spec.Kind == PyModuleSpec.LoaderKind.Source) ModuleLoader.ExecSource(module, spec.Path!);
        }
        catch
        {
            SysModules.Table.Remove(key, out _);
            throw;
        }
        finally
        {
            spec.Initializing = false;
            module.Initializing = false;
        }
        // The body may have replaced the module in sys.modules; the replacement is what import returns.
        if (SysModules.Table.Remove(key, out var final) && final != null)
        {
            SysModules.SetItem(key, final);
            return final;
        }
        return module;
    }

    private static PyObject LoadForeign(PyObject spec, string name)
    {
        var key = new PyStr(name);
        var loader = spec.TryGetAttr("loader", out var l) ? l : PyNone.Instance;
        PyObject? module = null;
        if (loader != PyNone.Instance && loader.TryGetAttr("create_module", out var create))
        {
            module = create.Call1(spec);
            if (module == PyNone.Instance) module = null;
        }
        module ??= new PyModule(name, Builtins.Module);
        module.SetAttr("__name__", key);
        module.SetAttr("__loader__", loader);
        module.SetAttr("__spec__", spec);
        module.SetAttr("__package__", spec.TryGetAttr("parent", out var parent) ? parent : new PyStr(""));
        if (spec.TryGetAttr("submodule_search_locations", out var locations) && locations != PyNone.Instance)
            module.SetAttr("__path__", locations);
        if (spec.TryGetAttr("origin", out var origin) && origin is PyStr
            && spec.TryGetAttr("has_location", out var hasLocation) && hasLocation.IsTrue())
            module.SetAttr("__file__", origin);
        SysModules.SetItem(key, module);
        try
        {
            if (loader != PyNone.Instance && loader.TryGetAttr("exec_module", out var exec)) exec.Call1(module);
        }
        catch
        {
            SysModules.Table.Remove(key, out _);
            throw;
        }
        return SysModules.TryGet(key) ?? module;
    }

    private static void InitModuleAttrs(PyModule module, PyModuleSpec spec)
    {
        module.Set("__name__", new PyStr(spec.Name));
        if (!module.Cells.TryGetValue("__doc__", out var doc) || doc.Value == null) module.Set("__doc__", PyNone.Instance);
        module.Set("__loader__", spec.Loader);
        module.Set("__package__", new PyStr(spec.Parent));
        module.Set("__spec__", spec);
        if (spec.SearchLocations != PyNone.Instance) module.Set("__path__", spec.SearchLocations);
        if (spec.HasLocation)
        {
            module.Set("__file__", spec.Origin);
            module.Set("__cached__", spec.Cached);
        }
        // importlib's backward-compatibility rule for namespace packages.
        else if (spec.Kind == PyModuleSpec.LoaderKind.Namespace) module.Set("__file__", PyNone.Instance);
    }

    private static void InitBuiltinAttrs(PyModule module, string name)
    {
        module.IsBuiltin = true;
        InitModuleAttrs(module, new PyModuleSpec(name, PyModuleSpec.LoaderKind.Builtin, PyImportLoader.BuiltinImporter, "built-in", null));
    }

    /// <summary>The spec, module and sys.modules entry for running a file as __main__.</summary>
    public static PyModuleSpec SpecForMain(string name, string path, bool isPackage) =>
        new(name, PyModuleSpec.LoaderKind.Source, PyImportLoader.Source(name, path), path,
            isPackage ? new PyList(new PyObject[] { new PyStr(Path.GetDirectoryName(path)!) }) : null);

    public static PyObject? FindSpecForRun(string name) => FindSpec(name, null);

    /// <summary>Finds <paramref name="name"/> for <c>-m</c>, importing its parent packages; null when there is none.</summary>
    public static PyObject? FindModuleSpec(string name)
    {
        int dot = name.LastIndexOf('.');
        PyObject? path = null;
        if (dot >= 0)
        {
            var parent = Instance.GcdImport(name.Substring(0, dot));
            if (!parent.TryGetAttr("__path__", out path))
                throw ImportError($"No module named '{name}'; '{name.Substring(0, dot)}' is not a package", name, null, notFound: true);
        }
        return FindSpec(name, path);
    }

    // ---- importlib ----

    public PyObject ImportModule(string name) => ImportModule(name, null, 0);

    /// <summary>importlib's _gcd_import: the module itself (not its top-level package).</summary>
    public PyObject ImportModule(string name, PyObject? package, int level)
    {
        if (level > 0)
        {
            if (package is not PyStr ps) throw Ops.TypeError("__package__ not set to a string");
            if (ps.Value.Length == 0) throw ImportError("attempted relative import with no known parent package", null, null);
            name = ResolveRelative(name, ps.Value, level);
        }
        else if (name.Length == 0) throw Ops.ValueError("Empty module name");
        return GcdImport(name);
    }

    /// <summary>importlib's _resolve_name: <paramref name="level"/> dots up from <paramref name="package"/>.</summary>
    public static string ResolveRelative(string name, string package, int level)
    {
        string baseName = package;
        for (int up = 1; up < level; up++)
        {
            int dot = baseName.LastIndexOf('.');
            if (dot < 0) throw ImportError("attempted relative import beyond top-level package", null, null);
            baseName = baseName.Substring(0, dot);
        }
        return name.Length == 0 ? baseName : baseName + "." + name;
    }

    public PyObject Reload(PyObject module)
    {
        string name;
        if (module.TryGetAttr("__spec__", out var spec) && spec.TryGetAttr("name", out var sn)) name = Ops.Str(sn);
        else if (module.TryGetAttr("__name__", out var n)) name = Ops.Str(n);
        else throw Ops.TypeError("reload() argument must be a module");
        var key = new PyStr(name);
        if (SysModules.TryGet(key) != module) throw ImportError($"module {name} not in sys.modules", name, null);
        PyObject? path = null;
        int dot = name.LastIndexOf('.');
        if (dot >= 0)
        {
            string parentName = name.Substring(0, dot);
            var parent = SysModules.TryGet(new PyStr(parentName))
                ?? throw ImportError($"parent {Ops.Repr(new PyStr(parentName))} not in sys.modules", parentName, null);
            parent.TryGetAttr("__path__", out path);
        }
        var found = FindSpec(name, path)
            ?? throw ImportError($"spec not found for the module {Ops.Repr(key)}", name, null, notFound: true);
        if (found is PyModuleSpec ms && module is PyModule pm)
        {
            if (ms.Kind != PyModuleSpec.LoaderKind.Source) return module;
            InitModuleAttrs(pm, ms);
            ms.Initializing = true;
            pm.Initializing = true;
            try { ModuleLoader.ExecSource(pm, ms.Path!); }
            finally
            {
                ms.Initializing = false;
                pm.Initializing = false;
            }
            return SysModules.TryGet(key) ?? module;
        }
        return LoadForeign(found, name);
    }

    public PyObject FindSpecForUtil(string fullname, string name)
    {
        var existing = SysModules.TryGet(new PyStr(fullname));
        if (existing == null)
        {
            int dot = fullname.LastIndexOf('.');
            PyObject? parentPath = null;
            if (dot >= 0)
            {
                string parentName = fullname.Substring(0, dot);
                var parent = ImportModule(parentName, null, 0);
                if (!parent.TryGetAttr("__path__", out parentPath))
                    throw ImportError($"__path__ attribute not found on {Ops.Repr(new PyStr(parentName))} while trying to find {Ops.Repr(new PyStr(fullname))}",
                        fullname, null, notFound: true);
            }
            return FindSpec(fullname, parentPath) ?? PyNone.Instance;
        }
        if (existing == PyNone.Instance) return PyNone.Instance;
        if (!existing.TryGetAttr("__spec__", out var spec)) throw Ops.ValueError($"{name}.__spec__ is not set");
        if (spec == PyNone.Instance) throw Ops.ValueError($"{name}.__spec__ is None");
        return spec;
    }

    /// <summary>importlib.util.module_from_spec: a new module initialised from the spec, not executed.</summary>
    public static PyObject ModuleFromSpec(PyObject spec)
    {
        if (spec is PyModuleSpec ms)
        {
            var module = ms.Kind == PyModuleSpec.LoaderKind.Builtin ? NativeModules.Create(ms.Name)! : new PyModule(ms.Name, Builtins.Module);
            InitModuleAttrs(module, ms);
            return module;
        }
        throw Ops.TypeError("module_from_spec() needs a spec made by Krait's import system");
    }

    // ---- from-import ----

    public PyObject ImportFromMissing(PyObject module, string name)
    {
        PyObject? pkgname = module.TryGetAttr("__name__", out var n) ? n : null;
        if (pkgname is PyStr ps && SysModules.TryGet(new PyStr(ps.Value + "." + name)) is { } sub) return sub;
        PyObject? pkgpath = module is PyModule pm && pm.Cells.TryGetValue("__file__", out var f) ? f.Value : null;
        if (pkgname is not PyStr pkgStr)
            throw ImportError($"cannot import name '{name}' from '<unknown module name>' (unknown location)", null, null);
        string pkgRepr = Ops.Repr(pkgStr);
        if (pkgpath is not PyStr pathStr)
            throw ImportError($"cannot import name '{name}' from {pkgRepr} (unknown location)", pkgStr.Value, null);
        bool initializing = module.TryGetAttr("__spec__", out var spec) && spec != PyNone.Instance
            && spec.TryGetAttr("_initializing", out var init) && init.IsTrue();
        throw ImportError(initializing
            ? $"cannot import name '{name}' from partially initialized module {pkgRepr} (most likely due to a circular import) ({pathStr.Value})"
            : $"cannot import name '{name}' from {pkgRepr} ({pathStr.Value})", pkgStr.Value, pathStr.Value);
    }

    public void ImportStar(PyObject module, PyModule target)
    {
        PyObject[] names;
        bool skipPrivate = false;
        if (module.TryGetAttr("__all__", out var all)) names = Ops.ToArray(all);
        else if (module is PyModule m)
        {
            var list = new List<PyObject>();
            foreach (var kv in m.Cells)
                if (kv.Value.Value != null) list.Add(new PyStr(kv.Key));
            names = list.ToArray();
            skipPrivate = true;
        }
        else if (module.TryGetAttr("__dict__", out var dict))
        {
            names = Ops.ToArray(dict);
            skipPrivate = true;
        }
        else throw ImportError("from-import-* object has no __dict__ and no __all__", null, null);
        foreach (var x in names)
        {
            if (x is not PyStr s)
            {
                string modname = module.TryGetAttr("__name__", out var mn) ? Ops.Str(mn) : "?";
                throw Ops.TypeError(skipPrivate ? $"Key in {modname}.__dict__ must be str, not {x.Type.TpName}"
                    : $"Item in {modname}.__all__ must be str, not {x.Type.TpName}");
            }
            if (skipPrivate && s.Value.StartsWith('_')) continue;
            target.Set(s.Value, module.GetAttr(s.Value));
        }
    }

    /// <summary>ImportError or ModuleNotFoundError with CPython's <c>name</c>, <c>path</c> and <c>msg</c>.</summary>
    public static PythonException ImportError(string message, string? name, string? path, bool notFound = false)
    {
        var e = ExceptionTypes.Make(notFound ? ExceptionTypes.ModuleNotFoundError : ExceptionTypes.ImportError, message);
        e.SetAttr("msg", new PyStr(message));
        e.SetAttr("name", name == null ? PyNone.Instance : new PyStr(name));
        e.SetAttr("path", path == null ? PyNone.Instance : new PyStr(path));
        return new PythonException(e);
    }
}
