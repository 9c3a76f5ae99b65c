using Krait.Runtime;
using Krait.Runtime.Io;

namespace Krait.Modules;

/// <summary>The errno module: every Linux errno name, and errorcode (value to name).</summary>
public static class ErrnoModule
{
    public static PyModule Create()
    {
        var m = new PyModule("errno", null);
        m.Set("__name__", new PyStr("errno"));
        var codes = new PyDict();
        foreach (var (name, value) in ErrnoCodes.All)
        {
            m.Set(name, PyInt.Get(value));
            if (!ErrnoCodes.IsAlias(name)) codes.SetItem(PyInt.Get(value), new PyStr(name));
        }
        m.Set("errorcode", codes);
        return m;
    }
}
