using System.Numerics;
using Krait.Runtime;
using Krait.Runtime.Numerics;

namespace Krait.Modules;

/// <summary>Argument checking and conversion shared by the numeric modules (math, random, time, struct, array),
/// with CPython's messages.</summary>
internal static class NumArgs
{
    public static void Def(PyModule m, string name, BuiltinBody body, Func<PyObject, PyObject>? f1 = null,
                           Func<PyObject, PyObject, PyObject>? f2 = null) =>
        m.Set(name, new PyBuiltinFunction(name, body) { F1 = f1, F2 = f2 });

    /// <summary>A METH_O function's check: "math.sqrt() takes exactly one argument (0 given)".</summary>
    public static void One(string qualName, PyObject[] a, string[]? kw)
    {
        if (kw != null) throw Ops.TypeError($"{qualName}() takes no keyword arguments");
        if (a.Length != 1) throw Ops.TypeError($"{qualName}() takes exactly one argument ({a.Length} given)");
    }

    /// <summary>A positional-only function's check ("atan2 expected 2 arguments, got 1").</summary>
    public static void Positional(string name, PyObject[] a, string[]? kw, int min, int max)
    {
        if (kw != null) throw Ops.TypeError($"{name}() takes no keyword arguments");
        if (a.Length >= min && a.Length <= max) return;
        if (min == max) throw Ops.TypeError($"{name} expected {min} argument{(min == 1 ? "" : "s")}, got {a.Length}");
        if (a.Length < min) throw Ops.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {a.Length}");
        throw Ops.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {a.Length}");
    }

    /// <summary>A PyArg_ParseTuple-style check ("gmtime() takes at most 1 argument (2 given)").</summary>
    public static void Tuple(string name, PyObject[] a, string[]? kw, int min, int max)
    {
        if (kw != null) throw Ops.TypeError($"{name}() takes no keyword arguments");
        if (a.Length < min) throw Ops.TypeError($"{name}() takes at least {min} argument{(min == 1 ? "" : "s")} ({a.Length} given)");
        if (a.Length > max) throw Ops.TypeError($"{name}() takes at most {max} argument{(max == 1 ? "" : "s")} ({a.Length} given)");
    }

    /// <summary>Binds positional and keyword arguments to <paramref name="names"/>: the first
    /// <paramref name="maxPositional"/> may be positional, the first <paramref name="required"/> must be given.
    /// Absent optional ones are null. Messages follow CPython's Python-function binding, with
    /// <paramref name="selfOffset"/> added to counts (1 for methods written in Python in CPython).</summary>
    public static PyObject?[] Bind(string fname, PyObject[] args, string[]? kw, string[] names, int required,
                                   int maxPositional, int selfOffset = 0)
    {
        int nkw = kw?.Length ?? 0;
        int npos = args.Length - nkw;
        var r = new PyObject?[names.Length];
        if (npos > maxPositional)
        {
            int lo = required + selfOffset, hi = maxPositional + selfOffset;
            string takes = lo == hi ? $"{hi}" : $"from {lo} to {hi}";
            int given = npos + selfOffset;
            throw Ops.TypeError($"{fname}() takes {takes} positional argument{(hi == 1 ? "" : "s")} but {given} {(given == 1 ? "was" : "were")} given");
        }
        for (int i = 0; i < npos; i++) r[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            int idx = Array.IndexOf(names, kw![k]);
            if (idx < 0) throw Ops.TypeError($"{fname}() got an unexpected keyword argument '{kw[k]}'");
            if (r[idx] != null) throw Ops.TypeError($"{fname}() got multiple values for argument '{kw[k]}'");
            r[idx] = args[npos + k];
        }
        var missing = new List<string>();
        for (int i = 0; i < required; i++) if (r[i] == null) missing.Add(names[i]);
        if (missing.Count > 0)
        {
            string list = missing.Count == 1 ? $"'{missing[0]}'"
                : string.Join(", ", missing.Take(missing.Count - 1).Select(n => $"'{n}'")) + $" and '{missing[^1]}'";
            throw Ops.TypeError($"{fname}() missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {list}");
        }
        return r;
    }

    public static bool IsInt(PyObject o) => o is PyInt || o is PyBigInt || o is PyBool;

    /// <summary>operator.index(o) as a BigInteger (any size).</summary>
    public static BigInteger BigIndex(PyObject o)
    {
        switch (o)
        {
            case PyInt i: return i.Value;
            case PyBigInt b: return b.Value;
            case PyBool bo: return bo.Value ? 1 : 0;
        }
        var m = o.Type.Lookup("__index__");
        if (m != null)
        {
            var r = m.Call1(o);
            if (!IsInt(r)) throw Ops.TypeError($"__index__ returned non-int (type {r.Type.TpName})");
            return BigIndex(r);
        }
        throw Ops.TypeError($"'{o.Type.TpName}' object cannot be interpreted as an integer");
    }

    /// <summary>operator.index(o) as an int object.</summary>
    public static PyObject IndexObj(PyObject o) => o is PyInt || o is PyBigInt ? o : PyInt.From(BigIndex(o));

    public static double Float(PyObject o) => o is PyFloat f ? f.Value : Ops.ToDouble(o);

    /// <summary>An index that must fit a C long/ssize_t, with CPython's OverflowError otherwise.</summary>
    public static long SsizeIndex(PyObject o)
    {
        if (o is PyInt i) return i.Value;
        var b = BigIndex(o);
        if (b < long.MinValue || b > long.MaxValue)
            throw Ops.OverflowError("Python int too large to convert to C ssize_t");
        return (long)b;
    }

    public static PythonException Wrap(NumericError e) => Ops.FromNumeric(e);
}
