namespace Krait.Runtime;

public static partial class Ops
{
    /// <summary>str + str: an empty side gives the other string itself (as CPython), and the astral flag of
    /// the result is the union of the two (no scan).</summary>
    public static PyObject Concat(PyStr a, PyStr b)
    {
        if (b.Value.Length == 0) return a;
        if (a.Value.Length == 0) return b;
        return new PyStr(string.Concat(a.Value, b.Value), a.HasAstral | b.HasAstral);
    }
}
