using System.Text;
using Krait.Runtime;

namespace Krait.Modules;

/// <summary>How a module was found (CPython's importlib.machinery.ModuleSpec): <c>__spec__</c> of every imported
/// module. <see cref="Kind"/> says which of Krait's loaders runs it.</summary>
public sealed class PyModuleSpec : PyObject
{
    public static readonly PyType SpecType = NamedType("ModuleSpec", "importlib._bootstrap");

    public enum LoaderKind { Builtin, Source, Namespace, Foreign }

    public readonly string Name;
    public readonly LoaderKind Kind;
    public PyObject Loader;
    public PyObject Origin;
    public PyObject SearchLocations;
    public PyObject Cached;
    public PyObject LoaderState = PyNone.Instance;
    public bool HasLocation;
    public bool Initializing;
    /// <summary>The source file of a Source module.</summary>
    public string? Path;

    public PyModuleSpec(string name, LoaderKind kind, PyObject loader, string? origin, PyObject? searchLocations)
    {
        Name = name;
        Kind = kind;
        Loader = loader;
        Origin = origin == null ? PyNone.Instance : new PyStr(origin);
        SearchLocations = searchLocations ?? PyNone.Instance;
        HasLocation = kind == LoaderKind.Source;
        Path = kind == LoaderKind.Source ? origin : null;
        Cached = Path == null ? PyNone.Instance : new PyStr(CachedPath(Path));
    }

    internal static PyType NamedType(string name, string module)
    {
        // Classes CPython's import system writes in Python.
        return new PyType(name, new[] { PyType.ObjectType }) { Module = module, WrittenInC = false };
    }

    /// <summary>Where CPython would keep the compiled file (Krait keeps none; the name is informational).</summary>
    private static string CachedPath(string source)
    {
        string dir = System.IO.Path.GetDirectoryName(source) ?? "";
        string stem = System.IO.Path.GetFileNameWithoutExtension(source);
        return System.IO.Path.Combine(dir, "__pycache__", stem + ".krait-311.pyc");
    }

    /// <summary>The package a module's relative imports start from: itself for a package, else its parent.</summary>
    public string Parent => SearchLocations != PyNone.Instance ? Name
        : Name.LastIndexOf('.') is var dot and >= 0 ? Name.Substring(0, dot) : "";

    public override PyType Type => SpecType;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "name": value = new PyStr(Name); return true;
            case "loader": value = Loader; return true;
            case "origin": value = Origin; return true;
            case "submodule_search_locations": value = SearchLocations; return true;
            case "loader_state": value = LoaderState; return true;
            case "cached": value = Cached; return true;
            case "parent": value = new PyStr(Parent); return true;
            case "has_location": value = PyBool.Get(HasLocation); return true;
            case "_initializing": value = PyBool.Get(Initializing); return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        switch (name)
        {
            case "loader": Loader = value; return;
            case "origin": Origin = value; return;
            case "submodule_search_locations": SearchLocations = value; return;
            case "loader_state": LoaderState = value; return;
            case "cached": Cached = value; return;
            case "has_location": HasLocation = value.IsTrue(); return;
            case "_initializing": Initializing = value.IsTrue(); return;
        }
        base.SetAttr(name, value);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyModuleSpec o) return PyNotImplemented.Instance;
        bool eq = Name == o.Name && Loader == o.Loader && Ops.EqBool(Origin, o.Origin)
            && Ops.EqBool(SearchLocations, o.SearchLocations) && HasLocation == o.HasLocation;
        return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
    }

    public override string Repr()
    {
        var sb = new StringBuilder("ModuleSpec(name=").Append(Ops.Repr(new PyStr(Name)))
            .Append(", loader=").Append(Ops.Repr(Loader));
        if (Origin != PyNone.Instance) sb.Append(", origin=").Append(Ops.Repr(Origin));
        if (SearchLocations != PyNone.Instance) sb.Append(", submodule_search_locations=").Append(Ops.Repr(SearchLocations));
        return sb.Append(')').ToString();
    }
}

/// <summary>The loader and finder objects programs can see (<c>__loader__</c>, <c>sys.meta_path</c>): the work is
/// done in <see cref="ImportSystem"/>; these only carry names and paths.</summary>
public sealed class PyImportLoader : PyObject
{
    /// <summary>Finders and the builtin loader are classes in CPython; Krait uses the same class objects.</summary>
    public static readonly PyType BuiltinImporter = PyModuleSpec.NamedType("BuiltinImporter", "_frozen_importlib");
    public static readonly PyType PathFinder = PyModuleSpec.NamedType("PathFinder", "_frozen_importlib_external");
    public static readonly PyType SourceFileLoader = PyModuleSpec.NamedType("SourceFileLoader", "_frozen_importlib_external");
    private static readonly PyType s_namespaceType = PyModuleSpec.NamedType("NamespaceLoader", "_frozen_importlib_external");

    public readonly string Name;
    public readonly string? Path;
    private readonly PyType _type;

    private PyImportLoader(PyType type, string name, string? path) { _type = type; Name = name; Path = path; }

    public static PyImportLoader Source(string name, string path) => new(SourceFileLoader, name, path);
    public static PyImportLoader Namespace(string name) => new(s_namespaceType, name, null);

    public override PyType Type => _type;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "name": value = new PyStr(Name); return true;
            case "path" when Path != null: value = new PyStr(Path); return true;
            // importlib's loader protocol, so `spec.loader.exec_module(module_from_spec(spec))` works.
            case "create_module":
                value = new PyBuiltinFunction("create_module", (a, k) => PyNone.Instance) { Self = this };
                return true;
            case "exec_module" when Path != null:
                value = new PyBuiltinFunction("exec_module", (a, k) =>
                {
                    if (k != null || a.Length != 1) throw Ops.TypeError($"exec_module() takes 1 positional argument but {a.Length} were given");
                    if (a[0] is not PyModule m) throw Ops.TypeError("exec_module() argument must be a module");
                    ModuleLoader.ExecSource(m, Path);
                    return PyNone.Instance;
                }) { Self = this };
                return true;
            case "get_filename" when Path != null:
                value = new PyBuiltinFunction("get_filename", (a, k) => new PyStr(Path)) { Self = this };
                return true;
            case "is_package" when Path != null:
                value = new PyBuiltinFunction("is_package", (a, k) =>
                    PyBool.Get(System.IO.Path.GetFileNameWithoutExtension(Path) == "__init__")) { Self = this };
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override string Repr() => $"<{_type.Module}.{_type.Name} object at 0x{Ops.Id(this):x}>";
}

/// <summary>A namespace package's __path__ (CPython's _NamespacePath): a list of folders shown as
/// <c>_NamespacePath([...])</c>.</summary>
public sealed class PyNamespacePath : PyObject
{
    private static readonly PyType s_type = PyModuleSpec.NamedType("_NamespacePath", "_frozen_importlib_external");
    public readonly PyList Folders;

    public PyNamespacePath(PyList folders) { Folders = folders; }

    public override PyType Type => s_type;
    public override PyIterator Iter() => Folders.Iter();
    public override long Len() => Folders.Len();
    public override PyObject GetItem(PyObject key) => Folders.GetItem(key);
    public override void SetItem(PyObject key, PyObject value) => Folders.SetItem(key, value);
    public override bool Contains(PyObject item) => Folders.Contains(item);
    public override string Repr() => $"_NamespacePath({Folders.Repr()})";

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name == "append") return Folders.TryGetAttr(name, out value);
        return base.TryGetAttr(name, out value);
    }
}
