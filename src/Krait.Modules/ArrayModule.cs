using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using Krait.Runtime;
using static Krait.Modules.NumArgs;

namespace Krait.Modules;

/// <summary>array.array: a typed vector stored as raw machine bytes (so tobytes/frombytes/byteswap and struct
/// see the same memory CPython's would on LP64 Linux). It is a PyInstance so Python-level operator dispatch
/// (+, *, +=, ==) finds its special methods in the type dict.</summary>
public sealed class PyArray : PyInstance
{
    // Set once: by the constructor, or by __init__ for an instance a subclass allocated ('b' until then).
    public char Code { get; private set; }
    public int ItemSize { get; private set; }
    public bool Initialized { get; private set; }
    private byte[] _data;
    private int _count;

    public PyArray(PyType type, char code) : base(type)
    {
        Code = code;
        ItemSize = ArrayModule.ItemSize(code);
        Initialized = true;
        _data = Array.Empty<byte>();
    }

    /// <summary>An array allocated before its typecode is known (a subclass instance, before __init__).</summary>
    public PyArray(PyType type) : this(type, 'b') { Initialized = false; }

    public void SetTypeCode(char code)
    {
        Code = code;
        ItemSize = ArrayModule.ItemSize(code);
        Initialized = true;
    }

    public int Count => _count;
    public ReadOnlySpan<byte> RawBytes() => _data.AsSpan(0, _count * ItemSize);
    public Span<byte> RawBytesWritable() => _data.AsSpan(0, _count * ItemSize);

    private void EnsureCapacity(int items)
    {
        long need = (long)items * ItemSize;
        if (need <= _data.Length) return;
        if (need > int.MaxValue) throw Ops.Error(ExceptionTypes.MemoryError, "");
        long cap = Math.Max(need, Math.Max(16, (long)_data.Length * 2));
        Array.Resize(ref _data, (int)Math.Min(cap, int.MaxValue));
    }

    private Span<byte> Slot(int i) => _data.AsSpan(i * ItemSize, ItemSize);

    public PyObject GetAt(int i)
    {
        var s = Slot(i);
        switch (Code)
        {
            case 'b': return PyInt.Get((sbyte)s[0]);
            case 'B': return PyInt.Get(s[0]);
            case 'h': return PyInt.Get(BinaryPrimitives.ReadInt16LittleEndian(s));
            case 'H': return PyInt.Get(BinaryPrimitives.ReadUInt16LittleEndian(s));
            case 'i': return PyInt.Get(BinaryPrimitives.ReadInt32LittleEndian(s));
            case 'I': return PyInt.Get(BinaryPrimitives.ReadUInt32LittleEndian(s));
            case 'l': case 'q': return PyInt.Get(BinaryPrimitives.ReadInt64LittleEndian(s));
            case 'L': case 'Q':
            {
                ulong u = BinaryPrimitives.ReadUInt64LittleEndian(s);
                return u <= long.MaxValue ? PyInt.Get((long)u) : PyInt.From(new BigInteger(u));
            }
            case 'f': return new PyFloat(BinaryPrimitives.ReadSingleLittleEndian(s));
            case 'd': return new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(s));
            default: return new PyStr(char.ConvertFromUtf32((int)BinaryPrimitives.ReadUInt32LittleEndian(s)));
        }
    }

    /// <summary>Converts and checks a value first (CPython's messages), then stores it.</summary>
    public void SetAt(int i, PyObject v)
    {
        Span<byte> tmp = stackalloc byte[8];
        Encode(v, tmp);
        tmp.Slice(0, ItemSize).CopyTo(Slot(i));
    }

    private void Encode(PyObject v, Span<byte> d)
    {
        switch (Code)
        {
            case 'f': BinaryPrimitives.WriteSingleLittleEndian(d, (float)Ops.ToDouble(v)); return;
            case 'd': BinaryPrimitives.WriteDoubleLittleEndian(d, Ops.ToDouble(v)); return;
            case 'u':
            {
                if (v is not PyStr s || s.Len() != 1) throw Ops.TypeError("array item must be unicode character");
                BinaryPrimitives.WriteUInt32LittleEndian(d, (uint)char.ConvertToUtf32(s.Value, 0));
                return;
            }
        }
        BigInteger x;
        if (v is PyInt pi) x = pi.Value;
        else
        {
            if (v is PyFloat || (!IsInt(v) && v.Type.Lookup("__index__") == null))
                throw Ops.TypeError($"'{v.Type.TpName}' object cannot be interpreted as an integer");
            x = BigIndex(v);
        }
        switch (Code)
        {
            case 'b': d[0] = (byte)(sbyte)CheckRange(x, sbyte.MinValue, sbyte.MaxValue, "signed char"); return;
            case 'B': d[0] = (byte)CheckRange(x, 0, byte.MaxValue, "unsigned byte integer"); return;
            case 'h': BinaryPrimitives.WriteInt16LittleEndian(d, (short)CheckRange(x, short.MinValue, short.MaxValue, "signed short integer")); return;
            case 'H': BinaryPrimitives.WriteUInt16LittleEndian(d, (ushort)CheckRange(x, 0, ushort.MaxValue, "unsigned short")); return;
            case 'i': BinaryPrimitives.WriteInt32LittleEndian(d, (int)CheckRange(x, int.MinValue, int.MaxValue, "signed integer")); return;
            case 'I':
                if (x.Sign < 0) throw Ops.OverflowError("can't convert negative value to unsigned int");
                if (x > ulong.MaxValue) throw Ops.OverflowError("Python int too large to convert to C unsigned long");
                if (x > uint.MaxValue) throw Ops.OverflowError("unsigned int is greater than maximum");
                BinaryPrimitives.WriteUInt32LittleEndian(d, (uint)x);
                return;
            case 'l':
                if (x < long.MinValue || x > long.MaxValue) throw Ops.OverflowError("Python int too large to convert to C long");
                BinaryPrimitives.WriteInt64LittleEndian(d, (long)x);
                return;
            case 'L':
                if (x.Sign < 0) throw Ops.OverflowError("can't convert negative value to unsigned int");
                if (x > ulong.MaxValue) throw Ops.OverflowError("Python int too large to convert to C unsigned long");
                BinaryPrimitives.WriteUInt64LittleEndian(d, (ulong)x);
                return;
            case 'q':
                if (x < long.MinValue || x > long.MaxValue) throw Ops.OverflowError("int too big to convert");
                BinaryPrimitives.WriteInt64LittleEndian(d, (long)x);
                return;
            default: // 'Q'
                if (x.Sign < 0) throw Ops.OverflowError("can't convert negative int to unsigned");
                if (x > ulong.MaxValue) throw Ops.OverflowError("int too big to convert");
                BinaryPrimitives.WriteUInt64LittleEndian(d, (ulong)x);
                return;
        }
    }

    private static long CheckRange(BigInteger x, long min, long max, string what)
    {
        if (x < long.MinValue || x > long.MaxValue) throw Ops.OverflowError("Python int too large to convert to C long");
        long v = (long)x;
        if (v < min) throw Ops.OverflowError($"{what} is less than minimum");
        if (v > max) throw Ops.OverflowError($"{what} is greater than maximum");
        return v;
    }

    public void Append(PyObject v)
    {
        Span<byte> tmp = stackalloc byte[8];
        Encode(v, tmp);
        EnsureCapacity(_count + 1);
        tmp.Slice(0, ItemSize).CopyTo(_data.AsSpan(_count * ItemSize));
        _count++;
    }

    public void AppendBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % ItemSize != 0) throw Ops.ValueError("bytes length not a multiple of item size");
        int n = bytes.Length / ItemSize;
        EnsureCapacity(_count + n);
        bytes.CopyTo(_data.AsSpan(_count * ItemSize));
        _count += n;
    }

    public void Extend(PyObject iterable)
    {
        if (iterable is PyArray other)
        {
            if (other.Code != Code) throw Ops.TypeError("can only extend with array of same kind");
            AppendBytes(other.RawBytes().ToArray());
            return;
        }
        var it = iterable.Iter();
        while (it.TryNext(out var v)) Append(v);
    }

    public void Insert(long i, PyObject v)
    {
        if (i < 0) { i += _count; if (i < 0) i = 0; }
        if (i > _count) i = _count;
        Span<byte> tmp = stackalloc byte[8];
        Encode(v, tmp);
        EnsureCapacity(_count + 1);
        int at = (int)i * ItemSize;
        Buffer.BlockCopy(_data, at, _data, at + ItemSize, (_count - (int)i) * ItemSize);
        tmp.Slice(0, ItemSize).CopyTo(_data.AsSpan(at));
        _count++;
    }

    public void RemoveAt(int i)
    {
        int at = i * ItemSize;
        Buffer.BlockCopy(_data, at + ItemSize, _data, at, (_count - i - 1) * ItemSize);
        _count--;
    }

    public PyArray Copy(int start, int count)
    {
        var r = new PyArray(ArrayModule.ArrayType, Code);
        r.AppendBytes(_data.AsSpan(start * ItemSize, count * ItemSize));
        return r;
    }

    public override long Len() => _count;
    public override bool IsTrue() => _count != 0;
    public override long Hash() => throw Ops.TypeError("unhashable type: 'array.array'");

    public override PyIterator Iter() => new ArrayElementIterator(this);

    private int CheckIndex(PyObject key)
    {
        if (!IsInt(key) && key.Type.Lookup("__index__") == null) throw Ops.TypeError("array indices must be integers");
        long i = Ops.Index(key);
        if (i < 0) i += _count;
        if ((ulong)i >= (ulong)_count) throw Ops.IndexError("array index out of range");
        return (int)i;
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice s)
        {
            s.Indices(_count, out long start, out _, out long step, out long n);
            if (step == 1) return Copy((int)start, (int)n);
            var r = new PyArray(ArrayModule.ArrayType, Code);
            r.EnsureCapacity((int)n);
            for (long k = 0, i = start; k < n; k++, i += step)
                _data.AsSpan((int)i * ItemSize, ItemSize).CopyTo(r._data.AsSpan((int)k * ItemSize));
            r._count = (int)n;
            return r;
        }
        return GetAt(CheckIndex(key));
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (key is PySlice s)
        {
            if (value is not PyArray other)
                throw Ops.TypeError($"can only assign array (not \"{value.Type.TpName}\") to array slice");
            if (other.Code != Code) throw Ops.TypeError("bad argument type for built-in operation");
            var src = other.RawBytes().ToArray();
            int m = other._count;
            s.Indices(_count, out long start, out long stop, out long step, out long n);
            if (step == 1)
            {
                if (stop < start) stop = start;
                int oldLen = (int)(stop - start);
                var tail = _data.AsSpan((int)stop * ItemSize, (_count - (int)stop) * ItemSize).ToArray();
                EnsureCapacity(_count - oldLen + m);
                src.CopyTo(_data.AsSpan((int)start * ItemSize));
                tail.CopyTo(_data.AsSpan(((int)start + m) * ItemSize));
                _count = _count - oldLen + m;
                return;
            }
            if (m != n) throw Ops.ValueError($"attempt to assign array of size {m} to extended slice of size {n}");
            for (long k = 0, i = start; k < n; k++, i += step)
                src.AsSpan((int)k * ItemSize, ItemSize).CopyTo(_data.AsSpan((int)i * ItemSize));
            return;
        }
        SetAt(CheckIndex(key), value);
    }

    public override void DelItem(PyObject key)
    {
        if (key is PySlice s)
        {
            s.Indices(_count, out long start, out _, out long step, out long n);
            if (n == 0) return;
            if (step < 0) { start += (n - 1) * step; step = -step; }
            var keep = new List<byte>();
            int w = 0;
            for (int i = 0; i < _count; i++)
            {
                bool del = i >= start && (i - start) % step == 0 && (i - start) / step < n;
                if (del) continue;
                if (w != i) _data.AsSpan(i * ItemSize, ItemSize).CopyTo(_data.AsSpan(w * ItemSize));
                w++;
            }
            _count = w;
            return;
        }
        RemoveAt(CheckIndex(key));
    }

    public override bool Contains(PyObject item)
    {
        for (int i = 0; i < _count; i++)
            if (Ops.EqBool(GetAt(i), item)) return true;
        return false;
    }

    public override string Repr()
    {
        if (_count == 0) return $"{Class.Name}('{Code}')";
        if (Code == 'u') return $"{Class.Name}('u', {Krait.Syntax.Text.PyRepr.String(ToUnicode())})";
        var sb = new StringBuilder();
        sb.Append(Class.Name).Append("('").Append(Code).Append("', [");
        for (int i = 0; i < _count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(GetAt(i).Repr());
        }
        return sb.Append("])").ToString();
    }

    public override string Str() => Repr();

    public string ToUnicode()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < _count; i++) sb.Append(char.ConvertFromUtf32((int)BinaryPrimitives.ReadUInt32LittleEndian(Slot(i))));
        return sb.ToString();
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyArray o) return PyNotImplemented.Instance;
        if (op is CompareOp.Eq or CompareOp.Ne)
        {
            if (_count != o._count) return PyBool.Get(op == CompareOp.Ne);
            if (Code == o.Code && Code is not ('f' or 'd'))
                return PyBool.Get(RawBytes().SequenceEqual(o.RawBytes()) == (op == CompareOp.Eq));
        }
        int n = Math.Min(_count, o._count);
        for (int i = 0; i < n; i++)
        {
            var a = GetAt(i);
            var b = o.GetAt(i);
            if (!Ops.EqBool(a, b))
            {
                return op switch
                {
                    CompareOp.Eq => PyBool.False,
                    CompareOp.Ne => PyBool.True,
                    _ => Ops.Compare(a, b, op),
                };
            }
        }
        return PyBool.Get(Ops.CompareResult(_count.CompareTo(o._count), op));
    }

    public void Reverse()
    {
        Span<byte> t = stackalloc byte[8];
        for (int i = 0, j = _count - 1; i < j; i++, j--)
        {
            var a = Slot(i);
            var b = Slot(j);
            a.CopyTo(t);
            b.CopyTo(a);
            t.Slice(0, ItemSize).CopyTo(b);
        }
    }

    public void ByteSwap()
    {
        for (int i = 0; i < _count; i++) Slot(i).Reverse();
    }

    public PyArray Repeat(long n)
    {
        var r = new PyArray(ArrayModule.ArrayType, Code);
        if (n <= 0 || _count == 0) return r;
        if ((long)_count * n * ItemSize > int.MaxValue) throw Ops.Error(ExceptionTypes.MemoryError, "");
        var bytes = RawBytes().ToArray();
        r.EnsureCapacity((int)(_count * n));
        for (long k = 0; k < n; k++) r.AppendBytes(bytes);
        return r;
    }

    public void Clear() => _count = 0;
}

public sealed class ArrayElementIterator : PyIterator
{
    private readonly PyArray _a;
    private int _i;
    public ArrayElementIterator(PyArray a) { _a = a; }
    public override PyType Type => ArrayModule.IteratorType;
    public override bool TryNext(out PyObject value)
    {
        if (_i < _a.Count) { value = _a.GetAt(_i++); return true; }
        value = null!;
        return false;
    }
}

/// <summary>The array module.</summary>
public static class ArrayModule
{
    public const string TypeCodes = "bBuhHiIlLqQfd";
    public static readonly PyType ArrayType = MakeArrayType();
    public static readonly PyType IteratorType = MakeIteratorType();

    public static int ItemSize(char code) => code switch
    {
        'b' or 'B' => 1,
        'h' or 'H' => 2,
        'i' or 'I' or 'f' or 'u' => 4,
        _ => 8,
    };

    private static PyType MakeIteratorType()
    {
        var t = new PyType("arrayiterator", new[] { PyType.ObjectType }) { Module = "array" };
        t.Dict["__next__"] = new PyMethodDescriptor(t, "__next__", (self, a, k) =>
            ((ArrayElementIterator)self).TryNext(out var v) ? v : throw new PythonException(ExceptionTypes.Make(ExceptionTypes.StopIteration)));
        t.Dict["__iter__"] = new PyMethodDescriptor(t, "__iter__", (self, a, k) => self);
        return t;
    }

    private static PyArray A(PyObject o) => (PyArray)o;

    public static PyArray New(PyObject[] args, string[]? kw)
    {
        var arr = new PyArray(ArrayType);
        Init(arr, args, kw);
        return arr;
    }

    /// <summary>array(typecode[, initializer]) applied to a fresh instance.</summary>
    private static void Init(PyArray arr, PyObject[] args, string[]? kw)
    {
        if (kw != null) throw Ops.TypeError("array.array() takes no keyword arguments");
        Tuple("array", args, null, 1, 2);
        if (args[0] is not PyStr tc || tc.Value.Length != 1)
            throw Ops.TypeError($"array() argument 1 must be a unicode character, not {args[0].Type.TpName}");
        char code = tc.Value[0];
        if (TypeCodes.IndexOf(code) < 0)
            throw Ops.ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        arr.SetTypeCode(code);
        if (args.Length == 2)
        {
            var init = args[1];
            switch (init)
            {
                case PyStr s:
                    if (code != 'u') throw Ops.TypeError($"cannot use a str to initialize an array with typecode '{code}'");
                    FromUnicode(arr, s);
                    break;
                case PyBytes b: arr.AppendBytes(b.Value); break;
                case PyByteArray ba: arr.AppendBytes(ba.ToArray()); break;
                case PyArray other when other.Code == 'u' && code != 'u':
                    throw Ops.TypeError($"cannot use a unicode array to initialize an array with typecode '{code}'");
                default:
                {
                    var it = init.Iter();
                    while (it.TryNext(out var v)) arr.Append(v);
                    break;
                }
            }
        }
    }

    private static void FromUnicode(PyArray arr, PyStr s)
    {
        foreach (int cp in s.CodePoints()) arr.Append(new PyStr(char.ConvertFromUtf32(cp)));
    }

    private static PyType MakeArrayType()
    {
        var t = new PyType("array", new[] { PyType.ObjectType }, userDefined: true) { Module = "array", WrittenInC = true };
        t.Constructor = (a, k) => New(a, k);
        // Where a type call allocates and then runs __init__ (subclasses), __init__ takes the constructor's
        // arguments and sets the typecode.
        t.Allocator = static type => new PyArray(type);
        M("__init__", (self, a, k) =>
        {
            var arr = A(self);
            if (!arr.Initialized) Init(arr, a, k);
            return PyNone.Instance;
        });
        void M(string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);
        t.Dict["__hash__"] = PyNone.Instance;
        t.Dict["typecode"] = new PyProperty(new PyBuiltinFunction("typecode", (a, k) => PyStr.Char(A(a[0]).Code)), null, null);
        t.Dict["itemsize"] = new PyProperty(new PyBuiltinFunction("itemsize", (a, k) => PyInt.Get(A(a[0]).ItemSize)), null, null);
        M("append", (self, a, k) => { One("array.append", a, k); A(self).Append(a[0]); return PyNone.Instance; });
        M("extend", (self, a, k) => { One("array.extend", a, k); A(self).Extend(a[0]); return PyNone.Instance; });
        M("insert", (self, a, k) => { Positional("insert", a, k, 2, 2); A(self).Insert(Ops.Index(a[0]), a[1]); return PyNone.Instance; });
        M("pop", (self, a, k) =>
        {
            Positional("pop", a, k, 0, 1);
            var arr = A(self);
            long i = a.Length == 0 ? -1 : Ops.Index(a[0]);
            if (arr.Count == 0) throw Ops.IndexError("pop from empty array");
            if (i < 0) i += arr.Count;
            if ((ulong)i >= (ulong)arr.Count) throw Ops.IndexError("pop index out of range");
            var v = arr.GetAt((int)i);
            arr.RemoveAt((int)i);
            return v;
        });
        M("remove", (self, a, k) =>
        {
            One("array.remove", a, k);
            var arr = A(self);
            for (int i = 0; i < arr.Count; i++)
                if (Ops.EqBool(arr.GetAt(i), a[0])) { arr.RemoveAt(i); return PyNone.Instance; }
            throw Ops.ValueError("array.remove(x): x not in array");
        });
        M("index", (self, a, k) =>
        {
            Positional("index", a, k, 1, 3);
            var arr = A(self);
            long start = a.Length > 1 ? Ops.Index(a[1]) : 0, stop = a.Length > 2 ? Ops.Index(a[2]) : arr.Count;
            if (start < 0) start = Math.Max(0, start + arr.Count);
            if (stop < 0) stop = Math.Max(0, stop + arr.Count);
            for (long i = start; i < Math.Min(stop, arr.Count); i++)
                if (Ops.EqBool(arr.GetAt((int)i), a[0])) return PyInt.Get(i);
            throw Ops.ValueError("array.index(x): x not in array");
        });
        M("count", (self, a, k) =>
        {
            One("array.count", a, k);
            var arr = A(self);
            long n = 0;
            for (int i = 0; i < arr.Count; i++) if (Ops.EqBool(arr.GetAt(i), a[0])) n++;
            return PyInt.Get(n);
        });
        M("reverse", (self, a, k) => { Positional("reverse", a, k, 0, 0); A(self).Reverse(); return PyNone.Instance; });
        M("byteswap", (self, a, k) => { Positional("byteswap", a, k, 0, 0); A(self).ByteSwap(); return PyNone.Instance; });
        M("buffer_info", (self, a, k) =>
            new PyTuple(new PyObject[] { PyInt.Get(Ops.Id(self)), PyInt.Get(A(self).Count) }));
        M("tobytes", (self, a, k) => new PyBytes(A(self).RawBytes().ToArray()));
        M("frombytes", (self, a, k) =>
        {
            One("array.frombytes", a, k);
            A(self).AppendBytes(StructModule.ReadBuffer(a[0]).ToArray());
            return PyNone.Instance;
        });
        M("tolist", (self, a, k) =>
        {
            var arr = A(self);
            var items = new PyObject[arr.Count];
            for (int i = 0; i < items.Length; i++) items[i] = arr.GetAt(i);
            return new PyList(items);
        });
        M("fromlist", (self, a, k) =>
        {
            One("array.fromlist", a, k);
            if (a[0] is not PyList l) throw Ops.TypeError("arg must be list");
            var arr = A(self);
            int before = arr.Count;
            try { for (int i = 0; i < l.Count; i++) arr.Append(l.Items[i]); }
            catch (PythonException) { while (arr.Count > before) arr.RemoveAt(arr.Count - 1); throw; }
            return PyNone.Instance;
        });
        M("tounicode", (self, a, k) =>
        {
            if (A(self).Code != 'u') throw Ops.ValueError("tounicode() may only be called on unicode type arrays");
            return new PyStr(A(self).ToUnicode());
        });
        M("fromunicode", (self, a, k) =>
        {
            One("array.fromunicode", a, k);
            if (a[0] is not PyStr s) throw Ops.TypeError($"fromunicode() argument must be str, not {a[0].Type.TpName}");
            if (A(self).Code != 'u') throw Ops.ValueError("fromunicode() may only be called on unicode type arrays");
            FromUnicode(A(self), s);
            return PyNone.Instance;
        });
        M("__len__", (self, a, k) => PyInt.Get(A(self).Count));
        M("__getitem__", (self, a, k) => { One("array.__getitem__", a, k); return self.GetItem(a[0]); });
        M("__setitem__", (self, a, k) => { Positional("__setitem__", a, k, 2, 2); self.SetItem(a[0], a[1]); return PyNone.Instance; });
        M("__delitem__", (self, a, k) => { One("array.__delitem__", a, k); self.DelItem(a[0]); return PyNone.Instance; });
        M("__contains__", (self, a, k) => { One("array.__contains__", a, k); return Ops.Box(self.Contains(a[0])); });
        M("__iter__", (self, a, k) => self.Iter());
        M("__add__", (self, a, k) =>
        {
            var arr = A(self);
            if (a[0] is not PyArray o) throw Ops.TypeError($"can only append array (not \"{a[0].Type.TpName}\") to array");
            if (o.Code != arr.Code) throw Ops.TypeError("bad argument type for built-in operation");
            var r = arr.Copy(0, arr.Count);
            r.AppendBytes(o.RawBytes());
            return r;
        });
        M("__iadd__", (self, a, k) =>
        {
            var arr = A(self);
            if (a[0] is not PyArray o) throw Ops.TypeError($"can only extend array with array (not \"{a[0].Type.TpName}\")");
            if (o.Code != arr.Code) throw Ops.TypeError("can only extend with array of same kind");
            arr.AppendBytes(o.RawBytes().ToArray());
            return arr;
        });
        MethodBody mul = (self, a, k) =>
        {
            if (!IsInt(a[0]) && a[0].Type.Lookup("__index__") == null)
                throw Ops.TypeError($"can't multiply sequence by non-int of type '{a[0].Type.TpName}'");
            return A(self).Repeat(Ops.Index(a[0]));
        };
        M("__mul__", mul);
        M("__rmul__", mul);
        M("__imul__", (self, a, k) =>
        {
            if (!IsInt(a[0]) && a[0].Type.Lookup("__index__") == null) return PyNotImplemented.Instance;
            var arr = A(self);
            var r = arr.Repeat(Ops.Index(a[0]));
            arr.Clear();
            arr.AppendBytes(r.RawBytes());
            return arr;
        });
        M("__copy__", (self, a, k) => A(self).Copy(0, A(self).Count));
        M("__deepcopy__", (self, a, k) => A(self).Copy(0, A(self).Count));
        return t;
    }

    public static PyModule Create()
    {
        var m = new PyModule("array", Builtins.Module);
        m.Set("__name__", new PyStr("array"));
        m.Set("array", ArrayType);
        m.Set("ArrayType", ArrayType);
        m.Set("typecodes", new PyStr(TypeCodes));
        return m;
    }
}
