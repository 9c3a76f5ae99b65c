namespace Krait.Runtime;

/// <summary>sys.modules: a real dict that import consults and programs may edit. C# code reaches it by name
/// through this wrapper.</summary>
public sealed class ModuleTable
{
    public readonly PyDict Dict = new();

    public PyObject this[string name]
    {
        get => Dict.TryGet(new PyStr(name)) ?? throw new KeyNotFoundException(name);
        set => Dict.SetItem(new PyStr(name), value);
    }

    public bool TryGetValue(string name, out PyObject module)
    {
        module = Dict.TryGet(new PyStr(name))!;
        return module != null;
    }

    public bool ContainsKey(string name) => Dict.TryGet(new PyStr(name)) != null;

    public bool Remove(string name) => Dict.Table.Remove(new PyStr(name), out _);
}
