namespace Krait.Runtime;

public static partial class Ops
{
    /// <summary><c>s[lo:a + b]</c> on an exact str or list when <c>lo</c> is omitted, None or an int and
    /// <c>a</c>, <c>b</c> are ints whose sum fits 64 bits: the slice without the boxed sum (k-mer loops cut
    /// <c>seq[i:i + k]</c> millions of times, and every such sum above 256 was a fresh int). Returns null when
    /// the fast path does not apply; the caller then adds and slices as usual. Int addition runs no user code,
    /// so skipping the sum object is not observable.</summary>
    public static PyObject? TrySliceAdd(PyObject o, PyObject? lower, PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return null;
        long hi = x.Value + y.Value;
        if (((x.Value ^ hi) & (y.Value ^ hi)) < 0) return null;
        if (!Bound(lower, 0, out long lo)) return null;
        if (o is PyStr s) return s.HasAstral ? null : CutBmpStr(s, lo, hi);
        // Lists and exact tuples: GetSlice's direct cut (the sum is boxed, but small ones are cached).
        if (o is PyList || o.GetType() == typeof(PyTuple)) return GetSlice(o, lower, PyInt.Get(hi));
        return null;
    }
}
