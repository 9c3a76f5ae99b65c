namespace Krait.Runtime.Io;

/// <summary>Common state of the io objects (file, buffered, text, StringIO, BytesIO). They are their own
/// iterators (iter(f) is f) yielding lines, so a for loop over a file calls <see cref="ReadLineObject"/> with
/// no method lookup.</summary>
public abstract class PyIOBase : PyIterator
{
    private readonly PyType _type;
    protected PyIOBase(PyType type) { _type = type; }
    public override PyType Type => _type;

    public abstract bool IsClosed { get; }
    public virtual bool IsReadable => false;
    public virtual bool IsWritable => false;
    public virtual bool IsSeekable => false;
    public abstract void Close();
    public virtual void Flush() => CheckClosed();

    /// <summary>One line (str or bytes); empty at the end.</summary>
    public abstract PyObject ReadLineObject(long limit = -1);

    public void CheckClosed()
    {
        if (IsClosed) throw ClosedError();
    }

    public static PythonException ClosedError() => Ops.ValueError("I/O operation on closed file.");

    public static PythonException Unsupported(string message) =>
        PyOSError.WithUnsupported(message);

    public void CheckReadable()
    {
        CheckClosed();
        if (!IsReadable) throw Unsupported(this is PyTextIOWrapper or PyFileIO ? "not readable" : "read");
    }

    public void CheckWritable()
    {
        CheckClosed();
        if (!IsWritable) throw Unsupported(this is PyTextIOWrapper or PyFileIO ? "not writable" : "write");
    }

    public override PyIterator Iter()
    {
        CheckClosed();
        return this;
    }

    public override bool TryNext(out PyObject value)
    {
        CheckClosed();
        value = ReadLineObject();
        return value.Len() > 0;
    }
}

/// <summary>Python-level argument reading for the io methods: positional or keyword, None meaning absent.</summary>
public static class IoArgs
{
    public static PyObject? Get(PyObject[] a, string[]? k, int index, string name)
    {
        int np = k == null ? a.Length : a.Length - k.Length;
        if (index < np) return a[index];
        if (k != null)
            for (int i = 0; i < k.Length; i++)
                if (k[i] == name) return a[np + i];
        return null;
    }

    public static void Count(string fname, PyObject[] a, string[]? k, int max, params string[] names)
    {
        int np = k == null ? a.Length : a.Length - k.Length;
        if (np > max)
            throw Ops.TypeError(max == 0 ? $"{fname}() takes no arguments ({np} given)"
                : $"{fname} expected at most {max} argument{(max == 1 ? "" : "s")}, got {np}");
        if (k != null)
            foreach (var n in k)
                if (Array.IndexOf(names, n) < 0)
                    throw Ops.TypeError($"{fname}() got an unexpected keyword argument '{n}'");
    }

    /// <summary>A size argument: None or absent is -1; otherwise an integer.</summary>
    public static long Size(PyObject? o)
    {
        if (o == null || o == PyNone.Instance) return -1;
        if (o is PyInt i) return i.Value;
        if (o is PyBool) return Ops.Index(o);
        if (o.Type.Lookup("__index__") == null)
            throw Ops.TypeError($"argument should be integer or None, not '{o.Type.TpName}'");
        return Ops.Index(o);
    }

    public static long Int(PyObject o)
    {
        if (o is PyInt i) return i.Value;
        if (o is PyFloat) throw Ops.TypeError("'float' object cannot be interpreted as an integer");
        return Ops.Index(o);
    }

    /// <summary>The bytes of a bytes-like argument (bytes, bytearray, or anything iterable of ints is not).</summary>
    public static ReadOnlySpan<byte> Bytes(PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        if (o is PyByteArray ba) return ba.Data.AsSpan(0, ba.Count);
        if (o is PyMemoryView mv) return mv.ToArray();
        throw Ops.TypeError($"a bytes-like object is required, not '{o.Type.TpName}'");
    }
}
