namespace Krait.Runtime.Io;

/// <summary>io.IOBase's methods for Python classes that derive from the io ABCs without being a C# stream
/// (gzip.GzipFile, zipfile.ZipExtFile, user streams): as CPython's _io._IOBase they work through the
/// object's own methods (close, closed, readline, read, write) and a `__IOBase_closed` attribute.</summary>
internal static class IoBaseGeneric
{
    private const string ClosedAttr = "__IOBase_closed";

    public static bool IsClosed(PyObject s) => Ops.GetAttr(s, "closed").IsTrue();

    public static void CheckClosed(PyObject s)
    {
        if (IsClosed(s)) throw Ops.ValueError("I/O operation on closed file.");
    }

    public static PyObject ClosedFlag(PyObject s) =>
        s.TryGetAttr(ClosedAttr, out var v) ? v : PyBool.False;

    public static PyObject Close(PyObject s)
    {
        if (ClosedFlag(s).IsTrue()) return PyNone.Instance;
        try { Ops.GetAttr(s, "flush").Call0(); }
        finally { s.SetAttr(ClosedAttr, PyBool.True); }
        return PyNone.Instance;
    }

    public static PyObject ReadLine(PyObject s, long limit)
    {
        var read = Ops.GetAttr(s, "read");
        var line = new List<byte>();
        while (limit < 0 || line.Count < limit)
        {
            var b = read.Call1(PyInt.Get(1));
            if (b is PyNone) break;
            var span = BytesMethods.Buf(b);
            if (span.Length == 0) break;
            line.AddRange(span.ToArray());
            if (span[span.Length - 1] == (byte)'\n') break;
        }
        return new PyBytes(line.ToArray());
    }

    public static bool TryNext(PyObject s, out PyObject line)
    {
        line = Ops.GetAttr(s, "readline").Call0();
        return line.Len() > 0;
    }
}
