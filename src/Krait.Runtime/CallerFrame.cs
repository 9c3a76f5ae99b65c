namespace Krait.Runtime;

/// <summary>What compiled code passes so builtins can act on their caller's frame, and the store that keeps a
/// module's live dict in step with its global cells.</summary>
public static partial class Ops
{
    /// <summary>A module global's store: the cell compiled code reads, then the module dict's entry (at the
    /// cell's index hint when that entry still holds the cell's key, else found by lookup).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void StoreGlobal(PyCell cell, PyObject value)
    {
        cell.Value = value;
        var t = cell.Table;
        if (t == null) return;
        var entries = t.Entries;
        int ix = cell.Index;
        if ((uint)ix < (uint)entries.Length && ReferenceEquals(entries[ix].Key, cell.Key)) entries[ix].Value = value;
        else StoreGlobalSlow(cell, t, value);
    }

    private static void StoreGlobalSlow(PyCell cell, HashTable t, PyObject value)
    {
        int ix = t.SetFromCell(cell.Key!, value);
        // An equal key put there through the dict: the cell's own (same string, same hash) takes its place,
        // so the next store takes the fast path.
        t.Entries[ix].Key = cell.Key;
        cell.Index = ix;
    }

    /// <summary>A call of <c>globals</c>, <c>locals</c>, <c>vars</c>, <c>dir</c>, <c>eval</c> or <c>exec</c> by
    /// name (the compiler emits it where the name is not a local): the builtin gets the caller's module and
    /// locals (null at module level); anything else bound to the name is called as usual.</summary>
    public static PyObject CallWithFrame(PyObject f, PyObject[] args, string[]? kwnames, PyModule module, PyObject? locals)
    {
        if (f is PyBuiltinFunction { WithFrame: { } body }) return body(args, kwnames, module, locals);
        return f.Call(args, kwnames);
    }

    /// <summary>The frame's locals dict (CPython's f_locals): the one made at this frame's first locals() call.</summary>
    public static PyDict FrameLocalsDict(PyDict? d) => d ?? new PyDict();

    /// <summary>Brings one name of a frame's locals dict up to date: its value, or removed when unbound.</summary>
    public static PyDict LocalsSync(PyDict d, PyStr name, PyObject? value)
    {
        if (value != null) d.Table.Set(name, value);
        else d.Table.Remove(name, out _);
        return d;
    }

    /// <summary>Adds a bound local to the dict locals() returns (unbound ones are left out).</summary>
    public static PyDict LocalsAdd(PyDict d, PyStr name, PyObject? value)
    {
        if (value != null) d.Table.Set(name, value);
        return d;
    }
}
