namespace Krait.Runtime;

/// <summary>memoryview over bytes or a bytearray, format 'B' (one-dimensional, unsigned bytes): a window
/// (start, length, step) onto the exporter's storage, so writes through it reach a bytearray.</summary>
public sealed class PyMemoryView : PyObject
{
    public static readonly PyType MemoryViewType = MakeType();
    public readonly PyObject Source;
    private readonly int _start, _step;
    private readonly int _length;
    private bool _released;

    public PyMemoryView(PyObject source, int start, int length, int step)
    {
        Source = source;
        _start = start;
        _length = length;
        _step = step;
        if (source is PyByteArray ba) ba.Exports++;
    }

    public static PyMemoryView Of(PyObject o)
    {
        switch (o)
        {
            case PyBytes b: return new PyMemoryView(b, 0, b.Value.Length, 1);
            case PyByteArray ba: return new PyMemoryView(ba, 0, ba.Count, 1);
            case PyMemoryView mv: mv.Check(); return new PyMemoryView(mv.Source, mv._start, mv._length, mv._step);
        }
        throw Ops.TypeError($"memoryview: a bytes-like object is required, not '{o.Type.TpName}'");
    }

    public override PyType Type => MemoryViewType;
    public bool ReadOnly => Source is PyBytes;

    private byte[] Storage => Source is PyBytes b ? b.Value : ((PyByteArray)Source).Data;

    private void Check()
    {
        if (_released) throw Ops.ValueError("operation forbidden on released memoryview object");
    }

    public void Release()
    {
        if (_released) return;
        _released = true;
        if (Source is PyByteArray ba) ba.Exports--;
    }

    public byte[] ToArray()
    {
        Check();
        var s = Storage;
        var r = new byte[_length];
        for (int i = 0; i < _length; i++) r[i] = s[_start + i * _step];
        return r;
    }

    public override long Len() { Check(); return _length; }

    public override string Repr() =>
        _released ? $"<released memory at 0x{Ops.Id(this):x}>" : $"<memory at 0x{Ops.Id(this):x}>";

    public override long Hash()
    {
        Check();
        if (!ReadOnly) throw Ops.ValueError("cannot hash writable memoryview object");
        return Numerics.NumericHash.Bytes(ToArray());
    }

    public override PyIterator Iter()
    {
        Check();
        return new ArrayIterator(ToList(), _length, IteratorTypes.Memory);
    }

    private PyObject[] ToList()
    {
        var b = ToArray();
        var items = new PyObject[b.Length];
        for (int i = 0; i < b.Length; i++) items[i] = PyInt.Get(b[i]);
        return items;
    }

    private long ItemIndex(PyObject key)
    {
        long i = Ops.Index(key);
        if (i < 0) i += _length;
        if ((ulong)i >= (ulong)_length) throw Ops.IndexError("index out of bounds on dimension 1");
        return _start + i * _step;
    }

    public override PyObject GetItem(PyObject key)
    {
        Check();
        if (key is PySlice s)
        {
            s.Indices(_length, out long st, out _, out long step, out long n);
            return new PyMemoryView(Source, (int)(_start + st * _step), (int)n, (int)(step * _step));
        }
        if (Ops.IsIntLike(key) || key.Type.Lookup("__index__") != null) return PyInt.Get(Storage[ItemIndex(key)]);
        throw Ops.TypeError("memoryview: invalid slice key");
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        Check();
        if (ReadOnly) throw Ops.TypeError("cannot modify read-only memory");
        var data = Storage;
        if (key is PySlice s)
        {
            s.Indices(_length, out long st, out _, out long step, out long n);
            if (!BytesMethods.IsBuffer(value))
                throw Ops.TypeError($"a bytes-like object is required, not '{value.Type.TpName}'");
            var src = BytesMethods.Buf(value).ToArray();
            if (src.Length != n) throw Ops.ValueError("memoryview assignment: lvalue and rvalue have different structures");
            for (long j = 0; j < n; j++) data[_start + (st + j * step) * _step] = src[j];
            return;
        }
        if (!Ops.IsIntLike(value)) throw Ops.TypeError("memoryview: invalid type for format 'B'");
        long v = Ops.Index(value);
        if ((ulong)v > 255) throw Ops.ValueError("memoryview: invalid value for format 'B'");
        data[ItemIndex(key)] = (byte)v;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne) return PyNotImplemented.Instance;
        if (_released || (other is PyMemoryView om && om._released))
            return PyBool.Get((op == CompareOp.Eq) == ReferenceEquals(this, other));
        if (!BytesMethods.IsBuffer(other)) return PyNotImplemented.Instance;
        bool eq = ToArray().AsSpan().SequenceEqual(BytesMethods.Buf(other));
        return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "obj": Check(); value = Source; return true;
            case "nbytes": Check(); value = PyInt.Get(_length); return true;
            case "readonly": Check(); value = PyBool.Get(ReadOnly); return true;
            case "itemsize": Check(); value = PyInt.Get(1); return true;
            case "format": Check(); value = new PyStr("B"); return true;
            case "ndim": Check(); value = PyInt.Get(1); return true;
            case "shape": Check(); value = new PyTuple(new PyObject[] { PyInt.Get(_length) }); return true;
            case "strides": Check(); value = new PyTuple(new PyObject[] { PyInt.Get(_step) }); return true;
            case "contiguous": case "c_contiguous": case "f_contiguous": Check(); value = PyBool.Get(_step == 1 || _length <= 1); return true;
            case "released": value = PyBool.Get(_released); return true;
        }
        return base.TryGetAttr(name, out value);
    }

    private static PyType MakeType()
    {
        var t = new PyType("memoryview", new[] { PyType.ObjectType });
        static PyMemoryView V(PyObject o) => (PyMemoryView)o;
        void M(string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);
        M("tobytes", (self, a, k) => new PyBytes(V(self).ToArray()));
        M("tolist", (self, a, k) => new PyList(V(self).ToList()));
        M("hex", (self, a, k) => new PyBytes(V(self).ToArray()).GetAttr("hex").Call(a, k));
        M("release", (self, a, k) => { V(self).Release(); return PyNone.Instance; });
        M("toreadonly", (self, a, k) =>
        {
            var v = V(self);
            v.Check();
            return new PyMemoryView(new PyBytes(v.ToArray()), 0, v._length, 1);
        });
        M("cast", (self, a, k) =>
        {
            var v = V(self);
            v.Check();
            if (a.Length < 1 || a[0] is not PyStr f) throw Ops.TypeError("memoryview: format argument must be a string");
            if (f.Value != "B" && f.Value != "b" && f.Value != "c")
                throw Ops.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
            if (v._step != 1) throw Ops.TypeError("memoryview: casts are restricted to C-contiguous views");
            return new PyMemoryView(v.Source, v._start, v._length, 1);
        });
        M("__enter__", (self, a, k) => { V(self).Check(); return self; });
        M("__exit__", (self, a, k) => { V(self).Release(); return PyNone.Instance; });
        M("__len__", (self, a, k) => PyInt.Get(self.Len()));
        t.Constructor = (a, k) =>
        {
            if (k != null && (k.Length != 1 || k[0] != "object")) throw Ops.TypeError($"memoryview() got an unexpected keyword argument '{k[0]}'");
            if (a.Length != 1) throw Ops.TypeError($"memoryview() takes exactly one argument ({a.Length} given)");
            return Of(a[0]);
        };
        return t;
    }
}
