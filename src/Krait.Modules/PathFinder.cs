using Krait.Runtime;

namespace Krait.Modules;

/// <summary>Finds source modules and packages in the folders of sys.path (or a package's __path__), in CPython's
/// order: in each folder a regular package (<c>name/__init__.py</c>) first, then <c>name.py</c>; folders named
/// <c>name</c> without <c>__init__.py</c> become one namespace package if nothing else is found.</summary>
public static class PathFinder
{
    public static PyModuleSpec? FindSpec(string fullname, PyObject? path)
    {
        path ??= Builtins.Sys.Cells.TryGetValue("path", out var c) ? c.Value : null;
        if (path == null || path == PyNone.Instance) return null;
        string tail = fullname.Substring(fullname.LastIndexOf('.') + 1);
        PyList? namespacePath = null;
        var entries = Ops.ToArray(path);
        foreach (var entry in entries)
        {
            if (entry is not PyStr s) continue;
            string dir;
            try { dir = s.Value.Length == 0 ? Directory.GetCurrentDirectory() : System.IO.Path.GetFullPath(s.Value); }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or IOException) { continue; }
            string candidate = System.IO.Path.Combine(dir, tail);
            bool isNamespace = false;
            if (Directory.Exists(candidate))
            {
                string init = System.IO.Path.Combine(candidate, "__init__.py");
                if (File.Exists(init))
                    return new PyModuleSpec(fullname, PyModuleSpec.LoaderKind.Source, PyImportLoader.Source(fullname, init),
                        init, new PyList(new PyObject[] { new PyStr(candidate) }));
                isNamespace = true;
            }
            string file = candidate + ".py";
            if (File.Exists(file))
                return new PyModuleSpec(fullname, PyModuleSpec.LoaderKind.Source, PyImportLoader.Source(fullname, file), file, null);
            if (isNamespace)
            {
                namespacePath ??= new PyList();
                namespacePath.Append(new PyStr(candidate));
            }
        }
        if (namespacePath == null) return null;
        return new PyModuleSpec(fullname, PyModuleSpec.LoaderKind.Namespace, PyImportLoader.Namespace(fullname), null, new PyNamespacePath(namespacePath));
    }
}
