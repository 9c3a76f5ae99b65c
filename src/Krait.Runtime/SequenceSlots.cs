namespace Krait.Runtime;

/// <summary>The named slot methods of the sequence and mapping types: <c>list.__add__</c>, <c>tuple.__mul__</c>,
/// <c>list.__iadd__</c>, <c>str.__rmod__</c>, <c>bytes.__mod__</c>, <c>dict.__or__</c>, bytearray's item and
/// comparison slots, memoryview's attributes, range and slice fields. Each calls the operator's
/// <see cref="Ops"/> entry (or the type's own protocol method) on the plain values.</summary>
public static class SequenceSlots
{
    /// <summary>A sequence repeat count: an int, or an object with __index__ (CPython's TypeError otherwise).</summary>
    private static PyObject Count(PyObject o)
    {
        o = PyInstance.Unwrap(o);
        return Ops.IsIntLike(o) ? o : PyInt.Get(Ops.Index(o));
    }

    private static void Concat(PyType t, Func<PyObject, bool> accepts, Func<PyObject, string> error)
    {
        SlotDefinitions.Binary(t, "__add__", (s, o) =>
        {
            var y = PyInstance.Unwrap(o);
            return accepts(y) ? Ops.Add(s, y) : throw Ops.TypeError(error(o));
        });
    }

    private static void Repeat(PyType t)
    {
        SlotDefinitions.Binary(t, "__mul__", (s, o) => Ops.Mul(s, Count(o)));
        SlotDefinitions.Binary(t, "__rmul__", (s, o) => Ops.Mul(s, Count(o)));
    }

    /// <summary>An in-place slot that must hand back the receiver itself (a list subclass instance stays one).</summary>
    private static void InPlace(PyType t, string name, Func<PyObject, PyObject, PyObject> body)
    {
        SlotDefinitions.Binary(t, name, body).RawSelf = true;
    }

    /// <summary>__lt__/__le__/__gt__/__ge__ (and __eq__/__ne__ unless the type has its own) through the type's own
    /// comparison, for the types whose dicts lack them.</summary>
    private static void Ordering(PyType t)
    {
        foreach (var op in new[] { CompareOp.Lt, CompareOp.Le, CompareOp.Eq, CompareOp.Ne, CompareOp.Gt, CompareOp.Ge })
        {
            var cop = op;
            if (op is CompareOp.Eq or CompareOp.Ne && t.Dict.ContainsKey(Ops.CompareDunder(op))) continue;
            SlotDefinitions.Binary(t, Ops.CompareDunder(op), (s, o) => s.RichCompare(PyInstance.Unwrap(o), cop));
        }
    }

    public static void Define()
    {
        PyType list = PyType.ListType, tuple = PyType.TupleType, str = PyType.StrType, bytes = PyType.BytesType,
            bytearray = PyType.ByteArrayType, dict = PyType.DictType;

        Concat(list, y => y is PyList, o => $"can only concatenate list (not \"{o.Type.TpName}\") to list");
        Concat(str, y => y is PyStr, o => $"can only concatenate str (not \"{o.Type.TpName}\") to str");
        Concat(tuple, y => y is PyTuple, o => $"can only concatenate tuple (not \"{o.Type.TpName}\") to tuple");
        Concat(bytes, BytesMethods.IsBuffer, o => $"can't concat {o.Type.TpName} to bytes");
        Concat(bytearray, BytesMethods.IsBuffer, o => $"can't concat {o.Type.TpName} to bytearray");
        foreach (var t in new[] { list, tuple, str, bytes, bytearray }) Repeat(t);

        InPlace(list, "__iadd__", (s, o) =>
        {
            var l = (PyList)PyInstance.Unwrap(s);
            foreach (var v in Ops.ToArray(o)) l.Append(v);
            return s;
        });
        InPlace(list, "__imul__", (s, o) =>
        {
            var l = (PyList)PyInstance.Unwrap(s);
            var r = (PyList)Ops.Mul(l, Count(o));
            l.Items = r.Items;
            l.Count = r.Count;
            return s;
        });
        InPlace(bytearray, "__iadd__", (s, o) =>
        {
            BytesMethods.InPlace(BinOp.Add, (PyByteArray)PyInstance.Unwrap(s), PyInstance.Unwrap(o));
            return s;
        });
        InPlace(bytearray, "__imul__", (s, o) =>
        {
            BytesMethods.InPlace(BinOp.Mul, (PyByteArray)PyInstance.Unwrap(s), Count(o));
            return s;
        });

        // % formats when the receiver is the format; the reflected form only answers for a format of its own type.
        SlotDefinitions.Binary(str, "__rmod__", (s, o) => PyInstance.Unwrap(o) is PyStr f ? Ops.Mod(f, s) : PyNotImplemented.Instance);
        foreach (var t in new[] { bytes, bytearray })
        {
            SlotDefinitions.Binary(t, "__mod__", (s, o) => Ops.Mod(s, o));
            SlotDefinitions.Binary(t, "__rmod__", (s, o) =>
                PyInstance.Unwrap(o) is var f && (f is PyBytes || f is PyByteArray) ? Ops.Mod(f, s) : PyNotImplemented.Instance);
        }

        // dict's own union (a plain dict, also for receivers whose types override |, as CPython's dict.__or__).
        SlotDefinitions.Binary(dict, "__or__", (s, o) => PyInstance.Unwrap(o) is PyDict d ? Union((PyDict)s, d) : PyNotImplemented.Instance);
        SlotDefinitions.Binary(dict, "__ror__", (s, o) => PyInstance.Unwrap(o) is PyDict d ? Union(d, (PyDict)s) : PyNotImplemented.Instance);
        InPlace(dict, "__ior__", (s, o) =>
        {
            var d = (PyDict)PyInstance.Unwrap(s);
            if (PyInstance.Unwrap(o) is PyDict e && o is not PyInstance) Ops.DictUpdate(d, e);
            else TypeMethods.DictUpdate(d, o);
            return s;
        });

        bytearray.Dict["__setitem__"] = new PyMethodDescriptor(bytearray, "__setitem__", (s, a, k) =>
        {
            SetItemArgs(a, k);
            s.SetItem(a[0], a[1]);
            return PyNone.Instance;
        });
        SlotDefinitions.Binary(bytearray, "__delitem__", (s, o) => { s.DelItem(o); return PyNone.Instance; });
        SlotDefinitions.Unary(bytearray, "__iter__", s => s.Iter());
        Ordering(bytearray);

        var mv = PyMemoryView.MemoryViewType;
        SlotDefinitions.Binary(mv, "__getitem__", (s, o) => s.GetItem(o));
        mv.Dict["__setitem__"] = new PyMethodDescriptor(mv, "__setitem__", (s, a, k) =>
        {
            SetItemArgs(a, k);
            s.SetItem(a[0], a[1]);
            return PyNone.Instance;
        });
        SlotDefinitions.Binary(mv, "__delitem__", (s, o) => throw Ops.TypeError("cannot delete memory"));
        SlotDefinitions.Unary(mv, "__iter__", s => s.Iter());
        Ordering(mv);
        // The instance answers these itself (with its released check); the type lists them as CPython's does.
        foreach (var name in new[] { "obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides",
                     "contiguous", "c_contiguous", "f_contiguous" })
        {
            var n = name;
            mv.Dict[n] = new PyGetSetDescriptor(n, mv, o => PyInstance.Unwrap(o).GetAttr(n), null);
        }
        mv.Dict["suboffsets"] = new PyGetSetDescriptor("suboffsets", mv, o => { PyInstance.Unwrap(o).GetAttr("nbytes"); return PyTuple.Empty; }, null);

        var range = PyType.RangeType;
        range.Dict["start"] = PyGetSetDescriptor.Member("start", range, o => PyInt.From(((PyRange)o).BigStart));
        range.Dict["stop"] = PyGetSetDescriptor.Member("stop", range, o => PyInt.From(((PyRange)o).BigStop));
        range.Dict["step"] = PyGetSetDescriptor.Member("step", range, o => PyInt.From(((PyRange)o).BigStep));
        SlotDefinitions.Unary(range, "__iter__", s => s.Iter());
        SlotDefinitions.Unary(range, "__bool__", s => PyBool.Get(s.IsTrue()));
        Ordering(range);

        var slice = PyType.SliceType;
        slice.Dict["start"] = PyGetSetDescriptor.Member("start", slice, o => ((PySlice)o).Start);
        slice.Dict["stop"] = PyGetSetDescriptor.Member("stop", slice, o => ((PySlice)o).Stop);
        slice.Dict["step"] = PyGetSetDescriptor.Member("step", slice, o => ((PySlice)o).Step);
        Ordering(slice);

        foreach (var t in new[] { list, tuple, str, bytes, bytearray, dict, mv, range, slice }) t.Changed();
    }

    /// <summary>CPython's setitem wrapper check (its message has an empty function name: a leading space).</summary>
    private static void SetItemArgs(PyObject[] a, string[]? k)
    {
        if (k is { Length: > 0 }) throw Ops.TypeError("wrapper __setitem__() takes no keyword arguments");
        if (a.Length != 2) throw Ops.TypeError($" expected 2 arguments, got {a.Length}");
    }

    private static PyDict Union(PyDict x, PyDict y)
    {
        var r = new PyDict();
        Ops.DictUpdate(r, x);
        Ops.DictUpdate(r, y);
        return r;
    }
}
