using Krait.Runtime;

namespace Krait.Modules.Re;

/// <summary>Binds positional and keyword arguments of the re functions and methods to their parameters.</summary>
internal static class ReArgs
{
    public static PyObject?[] Bind(string fname, PyObject[] args, string[]? kw, string[] names, int required)
    {
        var r = new PyObject?[names.Length];
        int npos = kw == null ? args.Length : args.Length - kw.Length;
        if (npos > names.Length)
            throw Ops.TypeError($"{fname}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({npos} given)");
        for (int i = 0; i < npos; i++) r[i] = args[i];
        if (kw != null)
            for (int k = 0; k < kw.Length; k++)
            {
                int idx = Array.IndexOf(names, kw[k]);
                if (idx < 0) throw Ops.TypeError($"'{kw[k]}' is an invalid keyword argument for {fname}()");
                if (r[idx] != null) throw Ops.TypeError($"argument for {fname}() given by name ('{kw[k]}') and position ({idx + 1})");
                r[idx] = args[npos + k];
            }
        for (int i = 0; i < required; i++)
            if (r[i] == null) throw Ops.TypeError($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
        return r;
    }

    /// <summary>A pos/endpos style index: clamped like sre (negative is 0, beyond the end is the end).</summary>
    public static int Clamp(PyObject? o, int dflt, int len)
    {
        if (o == null) return dflt;
        long v;
        if (o is PyInt i) v = i.Value;
        else if (o is PyBigInt b) v = b.Value.Sign < 0 ? long.MinValue : long.MaxValue;
        else v = Ops.Index(o);
        if (v < 0) return 0;
        return v > len ? len : (int)v;
    }

    public static long Int(PyObject? o, long dflt) => o == null ? dflt : Ops.Index(o);

    public static int Flags(PyObject? o) => o == null ? 0 : o is PyRegexFlag f ? (int)f.Value : (int)Ops.Index(o);
}
