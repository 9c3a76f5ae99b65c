namespace Krait.Runtime;

/// <summary><c>o[lo:hi]</c> without a slice object: str and list with int (or omitted) bounds are cut directly;
/// anything else gets the slice object its <c>__getitem__</c> expects.</summary>
public static partial class Ops
{
    /// <summary>s[lo:hi] (step 1) of a str without surrogate pairs, bounds clamped as slices clamp them.</summary>
    private static PyStr CutBmpStr(PyStr s, long lo, long hi)
    {
        var v = s.Value;
        int len = v.Length;
        int start = Clamp(lo, len), stop = Clamp(hi, len);
        int n = stop - start;
        if (n <= 0) return PyStr.Empty;
        if (n == len) return s;
        return n == 1 ? PyStr.Char(v[start]) : new PyStr(v.Substring(start, n), false);
    }

    public static PyObject GetSlice(PyObject o, PyObject? lower, PyObject? upper)
    {
        if (o is PyStr s && !s.HasAstral && Bound(lower, 0, out long lo) && Bound(upper, long.MaxValue, out long hi))
            return CutBmpStr(s, lo, hi);
        if (o is PyList l && Bound(lower, 0, out lo) && Bound(upper, long.MaxValue, out hi))
        {
            int len = l.Count;
            int start = Clamp(lo, len), stop = Clamp(hi, len);
            int n = Math.Max(stop - start, 0);
            var r = new PyObject[n];
            Array.Copy(l.Items, start, r, 0, n);
            return new PyList(r);
        }
        // Exact tuples only: a subclass may define __getitem__. As CPython, the whole tuple is itself and an
        // empty slice is the empty tuple.
        if (o.GetType() == typeof(PyTuple) && Bound(lower, 0, out lo) && Bound(upper, long.MaxValue, out hi))
        {
            var items = ((PyTuple)o).Items;
            int len = items.Length;
            int start = Clamp(lo, len), stop = Clamp(hi, len);
            int n = stop - start;
            if (n <= 0) return PyTuple.Empty;
            if (n == len) return o;
            var r = new PyObject[n];
            Array.Copy(items, start, r, 0, n);
            return new PyTuple(r);
        }
        return o.GetItem(new PySlice(lower ?? PyNone.Instance, upper ?? PyNone.Instance, PyNone.Instance));
    }

    /// <summary>A bound that is omitted, None or an exact int.</summary>
    private static bool Bound(PyObject? b, long omitted, out long value)
    {
        if (b == null || b == PyNone.Instance) { value = omitted; return true; }
        if (b is PyInt i) { value = i.Value; return true; }
        value = 0;
        return false;
    }

    /// <summary>A step-1 slice bound as slicing adjusts it: negative counts from the end, then clipped to [0, len].</summary>
    private static int Clamp(long b, int len)
    {
        if (b < 0) { b += len; return b < 0 ? 0 : (int)b; }
        return b > len ? len : (int)b;
    }
}
