namespace Krait.Runtime;

/// <summary>dir(obj): a Python <c>__dir__</c> when the class defines one, else the names object.__dir__ and
/// type.__dir__ list (the instance's attributes plus everything along the class's MRO; for a class, its MRO;
/// for a module, its globals), sorted.</summary>
public static class ObjectDir
{
    public static PyObject Dir(PyObject[] a, string[]? k)
    {
        if (k is { Length: > 0 }) throw Ops.TypeError("dir() takes no keyword arguments");
        if (a.Length == 0) throw Ops.NotImplemented("dir() without an argument");
        if (a.Length > 1) throw Ops.TypeError($"dir expected at most 1 argument, got {a.Length}");
        var o = a[0];
        var custom = o is PyType ? o.Type.LookupOverride("__dir__") : o.Type.LookupOverride("__dir__");
        PyObject[] items;
        if (custom != null) items = Ops.ToArray(custom.Call1(o));
        else
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            switch (o)
            {
                case PyModule m:
                    foreach (var kv in m.Cells) if (kv.Value.Value != null) names.Add(kv.Key);
                    break;
                case PyType t:
                    foreach (var c in t.Mro) foreach (var n in c.Dict.Keys) names.Add(n);
                    names.Add("__class__"); names.Add("__doc__"); names.Add("__module__");
                    break;
                default:
                    if (o is PyInstance inst)
                    {
                        if (inst.AttrDict != null)
                        {
                            foreach (var key in Ops.ToArray(inst.AttrDict)) if (key is PyStr s) names.Add(s.Value);
                        }
                        foreach (var n in inst.Shape.Names())
                            if (inst.GetSlot(inst.Shape.IndexOf(n)) != null) names.Add(n);
                    }
                    foreach (var c in o.Type.Mro) foreach (var n in c.Dict.Keys) names.Add(n);
                    names.Add("__class__");
                    break;
            }
            items = names.Select(n => (PyObject)new PyStr(n)).ToArray();
        }
        var list = new PyList(items);
        TypeMethods.Sort(list, null, null);
        return list;
    }

    /// <summary>Registers dir() unless the builtins already have one.</summary>
    public static void Install()
    {
        var cell = Builtins.Module.GetCell("dir");
        if (cell.Value == null) Builtins.Module.Set("dir", new PyBuiltinFunction("dir", Dir));
    }
}
