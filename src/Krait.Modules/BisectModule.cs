using Krait.Runtime;

namespace Krait.Modules;

/// <summary>The bisect module: binary search comparing only with <c>&lt;</c>, as CPython's.</summary>
public static class BisectModule
{
    private static readonly string[] Params = { "a", "x", "lo", "hi", "key" };

    private static PyObject Item(PyObject a, long i) =>
        a is PyList l && (ulong)i < (ulong)l.Count ? l.Items[i] : Ops.GetItem(a, PyInt.Get(i));

    /// <summary>The insertion point for x in a[lo:hi]: after equal items when <paramref name="right"/>.</summary>
    public static long Search(PyObject a, PyObject x, long lo, long hi, PyObject? key, bool right)
    {
        while (lo < hi)
        {
            long mid = (long)(((ulong)lo + (ulong)hi) / 2);
            var v = Item(a, mid);
            if (key != null) v = key.Call1(v);
            bool goLeft = right ? Ops.LtBool(x, v) : !Ops.LtBool(v, x);
            if (goLeft) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    private static long Bounds(string fname, PyObject?[] p, out long hi)
    {
        long lo = p[2] == null ? 0 : NativeArgs.Int(p[2]!);
        if (lo < 0) throw Ops.ValueError("lo must be non-negative");
        hi = p[3] == null || p[3] == PyNone.Instance ? p[0]!.Len() : NativeArgs.Int(p[3]!);
        return lo;
    }

    private static PyObject BisectFn(string fname, bool right, PyObject[] a, string[]? k)
    {
        var p = NativeArgs.Bind(fname, a, k, Params, 2, kwOnlyFrom: 4);
        long lo = Bounds(fname, p, out long hi);
        var key = p[4] == PyNone.Instance ? null : p[4];
        return PyInt.Get(Search(p[0]!, p[1]!, lo, hi, key, right));
    }

    private static PyObject InsortFn(string fname, bool right, PyObject[] a, string[]? k)
    {
        var p = NativeArgs.Bind(fname, a, k, Params, 2, kwOnlyFrom: 4);
        long lo = Bounds(fname, p, out long hi);
        var key = p[4] == PyNone.Instance ? null : p[4];
        var seq = p[0]!;
        var x = p[1]!;
        long at = Search(seq, key == null ? x : key.Call1(x), lo, hi, key, right);
        if (seq is PyList l) l.Insert(at, x);
        else seq.GetAttr("insert").Call2(PyInt.Get(at), x);
        return PyNone.Instance;
    }

    public static PyModule Create()
    {
        var m = NativeModule.New("bisect");
        var br = NativeModule.Def(m, "bisect_right", (a, k) => BisectFn("bisect_right", true, a, k));
        NativeModule.Def(m, "bisect_left", (a, k) => BisectFn("bisect_left", false, a, k));
        var ir = NativeModule.Def(m, "insort_right", (a, k) => InsortFn("insort_right", true, a, k));
        NativeModule.Def(m, "insort_left", (a, k) => InsortFn("insort_left", false, a, k));
        m.Set("bisect", br);
        m.Set("insort", ir);
        return m;
    }
}
