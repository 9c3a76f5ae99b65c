namespace Krait.Runtime;

/// <summary>bytearray: a growable byte buffer (Data[0..Count)).</summary>
public sealed class PyByteArray : PyObject
{
    public byte[] Data;
    public int Count;
    /// <summary>Live memoryview exports; resizing is refused while there are any (BufferError, as CPython).</summary>
    public int Exports;

    public PyByteArray() { Data = Array.Empty<byte>(); }
    public PyByteArray(byte[] data) { Data = data; Count = data.Length; }

    public override PyType Type => PyType.ByteArrayType;
    public override long Len() => Count;
    public override bool IsTrue() => Count != 0;
    public override long Hash() => throw Ops.TypeError("unhashable type: 'bytearray'");
    public Span<byte> Span => Data.AsSpan(0, Count);
    public byte[] ToArray() => Data.AsSpan(0, Count).ToArray();
    public override string Repr() => "bytearray(" + Krait.Syntax.Text.PyRepr.Bytes(ToArray()) + ")";
    public override PyIterator Iter() => new BytesIterator(this);
    public override bool Contains(PyObject item) => BytesMethods.Contains(Span, item);
    public override PyObject RichCompare(PyObject other, CompareOp op) => BytesMethods.Compare(Span, other, op);

    public void CheckResizable()
    {
        if (Exports > 0) throw Ops.Error(ExceptionTypes.BufferError, "Existing exports of data: object cannot be re-sized");
    }

    private void Reserve(int n)
    {
        if (n <= Data.Length) return;
        int cap = Math.Max(n, Math.Max(16, Data.Length * 2));
        Array.Resize(ref Data, cap);
    }

    public void Append(long b)
    {
        if ((ulong)b > 255) throw Ops.ValueError("byte must be in range(0, 256)");
        CheckResizable();
        if (Count == Data.Length) Reserve(Count + 1);
        Data[Count++] = (byte)b;
    }

    public void AppendRange(ReadOnlySpan<byte> src)
    {
        CheckResizable();
        Reserve(Count + src.Length);
        src.CopyTo(Data.AsSpan(Count));
        Count += src.Length;
    }

    /// <summary>Replaces Data[start..start+len) with <paramref name="src"/>.</summary>
    public void Splice(int start, int len, ReadOnlySpan<byte> src)
    {
        if (src.Length != len) CheckResizable();
        int tail = Count - start - len;
        int newCount = Count - len + src.Length;
        var copy = src.ToArray(); // src may alias Data
        Reserve(newCount);
        Array.Copy(Data, start + len, Data, start + copy.Length, tail);
        copy.CopyTo(Data, start);
        Count = newCount;
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt k)
        {
            long i = k.Value;
            if (i < 0) i += Count;
            if ((ulong)i >= (ulong)Count) throw Ops.IndexError("bytearray index out of range");
            return PyInt.Get(Data[i]);
        }
        if (key is PySlice s) return new PyByteArray(BytesMethods.Slice(Span, s));
        if (Ops.IsIntLike(key) || key.Type.Lookup("__index__") != null) return GetItem(PyInt.Get(Ops.Index(key)));
        throw Ops.TypeError($"bytearray indices must be integers or slices, not {key.Type.TpName}");
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (key is PySlice s)
        {
            byte[] src = value is PyByteArray self && ReferenceEquals(self, this) ? ToArray()
                : Ops.IsIntLike(value) ? throw Ops.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
                : BytesMethods.FromIterableOrBuffer(value);
            s.Indices(Count, out long start, out long stop, out long step, out long n);
            if (step == 1)
            {
                if (stop < start) stop = start;
                Splice((int)start, (int)(stop - start), src);
                return;
            }
            if (src.Length != n)
                throw Ops.ValueError($"attempt to assign bytes of size {src.Length} to extended slice of size {n}");
            for (long j = 0, p = start; j < n; j++, p += step) Data[p] = src[j];
            return;
        }
        if (!Ops.IsIntLike(key) && key.Type.Lookup("__index__") == null)
            throw Ops.TypeError($"bytearray indices must be integers or slices, not {key.Type.TpName}");
        long i = Ops.Index(key);
        if (i < 0) i += Count;
        if ((ulong)i >= (ulong)Count) throw Ops.IndexError("bytearray index out of range");
        long b = Ops.Index(value);
        if ((ulong)b > 255) throw Ops.ValueError("byte must be in range(0, 256)");
        Data[i] = (byte)b;
    }

    public override void DelItem(PyObject key)
    {
        if (key is PySlice s)
        {
            s.Indices(Count, out long start, out long stop, out long step, out long n);
            if (n == 0) return;
            if (step == 1) { Splice((int)start, (int)n, ReadOnlySpan<byte>.Empty); return; }
            CheckResizable();
            var keep = new List<byte>(Count);
            var drop = new bool[Count];
            for (long j = 0, p = start; j < n; j++, p += step) drop[p] = true;
            for (int j = 0; j < Count; j++) if (!drop[j]) keep.Add(Data[j]);
            Data = keep.ToArray();
            Count = Data.Length;
            return;
        }
        if (!Ops.IsIntLike(key) && key.Type.Lookup("__index__") == null)
            throw Ops.TypeError($"bytearray indices must be integers or slices, not {key.Type.TpName}");
        long i = Ops.Index(key);
        if (i < 0) i += Count;
        if ((ulong)i >= (ulong)Count) throw Ops.IndexError("bytearray index out of range");
        Splice((int)i, 1, ReadOnlySpan<byte>.Empty);
    }
}
