using System.Buffers.Binary;
using System.Numerics;
using Krait.Runtime;
using static Krait.Modules.NumArgs;

namespace Krait.Modules;

/// <summary>A parsed struct format: its items with offsets, total size and the number of values it packs.
/// Native ('@') sizes and alignment are those of x86_64/aarch64 Linux (LP64).</summary>
public sealed class StructLayout
{
    public readonly struct Item
    {
        public readonly char Code;
        public readonly int Count;   // repeat count; for 's'/'p' the byte length of the one value
        public readonly int Offset;
        public readonly int Size;    // size of one element
        public Item(char code, int count, int offset, int size) { Code = code; Count = count; Offset = offset; Size = size; }
    }

    public readonly string Format;
    public readonly char Order;       // '@' native, '<' little, '>' big, '=' native order standard sizes
    public readonly Item[] Items;
    public readonly int Size;
    public readonly int ValueCount;
    public bool BigEndian => Order == '>';
    public bool Native => Order == '@';

    private static readonly Dictionary<string, StructLayout> s_cache = new();

    private StructLayout(string format, char order, Item[] items, int size, int values)
    {
        Format = format; Order = order; Items = items; Size = size; ValueCount = values;
    }

    public static StructLayout Get(PyObject fmt)
    {
        string s = fmt switch
        {
            PyStr ps => ps.Value,
            PyBytes b => System.Text.Encoding.Latin1.GetString(b.Value),
            _ => throw Ops.TypeError($"Struct() argument 1 must be a str or bytes object, not {fmt.Type.TpName}"),
        };
        if (s_cache.TryGetValue(s, out var l)) return l;
        l = Parse(s);
        if (s_cache.Count > 200) s_cache.Clear();
        s_cache[s] = l;
        return l;
    }

    public static int NativeSize(char c) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'd' or 'P' => 8,
        _ => -1,
    };

    private static int StandardSize(char c) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'l' or 'L' or 'f' => 4,
        'q' or 'Q' or 'd' => 8,
        _ => -1,
    };

    private static StructLayout Parse(string fmt)
    {
        int pos = 0;
        char order = '@';
        if (fmt.Length > 0 && fmt[0] is '@' or '<' or '>' or '!' or '=')
        {
            order = fmt[0] == '!' ? '>' : fmt[0];
            pos = 1;
        }
        var items = new List<Item>();
        long size = 0;
        int values = 0;
        while (pos < fmt.Length)
        {
            char c = fmt[pos++];
            if (char.IsWhiteSpace(c)) continue;
            long num = 1;
            if (c >= '0' && c <= '9')
            {
                num = c - '0';
                while (true)
                {
                    if (pos >= fmt.Length) throw Error("repeat count given without format specifier");
                    c = fmt[pos++];
                    if (c < '0' || c > '9') break;
                    num = num * 10 + (c - '0');
                    if (num > int.MaxValue) throw Error("total struct size too long");
                }
            }
            int isz = order == '@' ? NativeSize(c) : StandardSize(c);
            if (isz < 0) throw Error("bad char in struct format");
            if (order == '@' && isz > 1) size = (size + isz - 1) / isz * isz;
            if (c is 's' or 'p')
            {
                items.Add(new Item(c, (int)num, (int)size, 1));
                size += num;
                values++;
            }
            else if (c == 'x')
            {
                size += num;
            }
            else
            {
                if (num > 0) items.Add(new Item(c, (int)num, (int)size, isz));
                size += num * isz;
                values += (int)num;
            }
            if (size > int.MaxValue) throw Error("total struct size too long");
        }
        return new StructLayout(fmt, order, items.ToArray(), (int)size, values);
    }

    public static PythonException Error(string message) =>
        new(ExceptionTypes.Make(StructModule.ErrorType, message));

    // ---- packing ----

    public void Pack(PyObject[] args, int argStart, Span<byte> dest)
    {
        int ai = argStart;
        foreach (var it in Items)
        {
            if (it.Code is 's' or 'p')
            {
                var v = args[ai++];
                byte[] data = v switch
                {
                    PyBytes b => b.Value,
                    PyByteArray ba => ba.ToArray(),
                    _ => throw Error($"argument for '{it.Code}' must be a bytes object"),
                };
                var d = dest.Slice(it.Offset, it.Count);
                d.Clear();
                if (it.Code == 's') data.AsSpan(0, Math.Min(data.Length, it.Count)).CopyTo(d);
                else if (it.Count > 0)
                {
                    int n = Math.Min(data.Length, it.Count - 1);
                    data.AsSpan(0, n).CopyTo(d.Slice(1));
                    d[0] = (byte)Math.Min(n, 255);
                }
                continue;
            }
            for (int k = 0; k < it.Count; k++)
                PackOne(it.Code, it.Size, args[ai++], dest.Slice(it.Offset + k * it.Size, it.Size));
        }
    }

    private void PackOne(char code, int size, PyObject v, Span<byte> d)
    {
        switch (code)
        {
            case 'c':
                if (v is PyBytes b && b.Value.Length == 1) { d[0] = b.Value[0]; return; }
                if (v is PyByteArray ba && ba.Count == 1) { d[0] = ba.Data[0]; return; }
                throw Error("char format requires a bytes object of length 1");
            case '?':
                d[0] = (byte)(Ops.IsTrue(v) ? 1 : 0);
                return;
            case 'e':
            case 'f':
            case 'd':
            {
                double x = v is PyFloat pf ? pf.Value
                    : IsInt(v) || v.Type.Lookup("__float__") != null || v.Type.Lookup("__index__") != null ? Ops.ToDouble(v)
                    : throw Error("required argument is not a float");
                if (code == 'd') { WriteU64(d, (ulong)BitConverter.DoubleToInt64Bits(x)); return; }
                if (code == 'f')
                {
                    float y = (float)x;
                    if (!Native && float.IsInfinity(y) && !double.IsInfinity(x))
                        throw Ops.OverflowError("float too large to pack with f format");
                    WriteU32(d, BitConverter.SingleToUInt32Bits(y));
                    return;
                }
                ushort h;
                if (double.IsNaN(x)) h = (ushort)(BitConverter.DoubleToInt64Bits(x) < 0 ? 0xFE00 : 0x7E00);
                else
                {
                    var half = (Half)x;
                    if (Half.IsInfinity(half) && !double.IsInfinity(x))
                        throw Ops.OverflowError("float too large to pack with e format");
                    h = BitConverter.HalfToUInt16Bits(half);
                }
                if (BigEndian) BinaryPrimitives.WriteUInt16BigEndian(d, h); else BinaryPrimitives.WriteUInt16LittleEndian(d, h);
                return;
            }
        }
        // Integers.
        BigInteger val;
        if (v is PyInt pi) val = pi.Value;
        else if (IsInt(v) || v.Type.Lookup("__index__") != null) val = BigIndex(v);
        else throw Error("required argument is not an integer");
        bool unsigned = char.IsUpper(code);
        if (code == 'P')
        {
            if (val < long.MinValue || val > ulong.MaxValue) throw Error("int too large to convert");
            WriteU64(d, val.Sign < 0 ? (ulong)(long)val : (ulong)val);
            return;
        }
        BigInteger min = unsigned ? BigInteger.Zero : -(BigInteger.One << (size * 8 - 1));
        BigInteger max = unsigned ? (BigInteger.One << (size * 8)) - 1 : (BigInteger.One << (size * 8 - 1)) - 1;
        if (val < min || val > max) throw RangeError(code, size, val, min, max);
        ulong bits = val.Sign < 0 ? (ulong)(long)val : (ulong)val;
        switch (size)
        {
            case 1: d[0] = (byte)bits; break;
            case 2: if (BigEndian) BinaryPrimitives.WriteUInt16BigEndian(d, (ushort)bits); else BinaryPrimitives.WriteUInt16LittleEndian(d, (ushort)bits); break;
            case 4: WriteU32(d, (uint)bits); break;
            default: WriteU64(d, bits); break;
        }
    }

    /// <summary>CPython's messages differ by code, order and direction; these are the ones 3.11 gives.</summary>
    private PythonException RangeError(char code, int size, BigInteger val, BigInteger min, BigInteger max)
    {
        bool below = val < min;
        if (size == 8) return Error(Order == '>' ? "int too large to convert" : "argument out of range");
        // I, L and big-endian H convert through an unsigned long, the others through a signed long first.
        if (code is 'I' or 'L' || (code == 'H' && Order == '>'))
        {
            if (below || val > ulong.MaxValue) return Error("argument out of range");
            return Error($"'{code}' format requires {min} <= number <= {max}");
        }
        if (val < long.MinValue || val > long.MaxValue) return Error("argument out of range");
        switch (code)
        {
            case 'b': return Error("byte format requires -128 <= number <= 127");
            case 'B': return Error("ubyte format requires 0 <= number <= 255");
            case 'h': return Error(Order == '>' ? "'h' format requires -32768 <= number <= 32767" : "short format requires -32768 <= number <= 32767");
            case 'H': return Error("ushort format requires 0 <= number <= 65535");
        }
        return Error($"'{code}' format requires {min} <= number <= {max}");
    }

    private void WriteU32(Span<byte> d, uint v)
    {
        if (BigEndian) BinaryPrimitives.WriteUInt32BigEndian(d, v); else BinaryPrimitives.WriteUInt32LittleEndian(d, v);
    }

    private void WriteU64(Span<byte> d, ulong v)
    {
        if (BigEndian) BinaryPrimitives.WriteUInt64BigEndian(d, v); else BinaryPrimitives.WriteUInt64LittleEndian(d, v);
    }

    // ---- unpacking ----

    public PyObject[] Unpack(ReadOnlySpan<byte> src)
    {
        var r = new PyObject[ValueCount];
        int ri = 0;
        foreach (var it in Items)
        {
            if (it.Code == 's') { r[ri++] = new PyBytes(src.Slice(it.Offset, it.Count).ToArray()); continue; }
            if (it.Code == 'p')
            {
                if (it.Count == 0) { r[ri++] = new PyBytes(Array.Empty<byte>()); continue; }
                int n = Math.Min(src[it.Offset], it.Count - 1);
                r[ri++] = new PyBytes(src.Slice(it.Offset + 1, n).ToArray());
                continue;
            }
            for (int k = 0; k < it.Count; k++)
                r[ri++] = UnpackOne(it.Code, it.Size, src.Slice(it.Offset + k * it.Size, it.Size));
        }
        return r;
    }

    private PyObject UnpackOne(char code, int size, ReadOnlySpan<byte> s)
    {
        bool be = BigEndian;
        switch (code)
        {
            case 'c': return new PyBytes(new[] { s[0] });
            case '?': return PyBool.Get(s[0] != 0);
            case 'b': return PyInt.Get((sbyte)s[0]);
            case 'B': return PyInt.Get(s[0]);
            case 'e':
                return new PyFloat((double)BitConverter.UInt16BitsToHalf(be ? BinaryPrimitives.ReadUInt16BigEndian(s) : BinaryPrimitives.ReadUInt16LittleEndian(s)));
            case 'f':
                return new PyFloat(BitConverter.UInt32BitsToSingle(be ? BinaryPrimitives.ReadUInt32BigEndian(s) : BinaryPrimitives.ReadUInt32LittleEndian(s)));
            case 'd':
                return new PyFloat(BitConverter.Int64BitsToDouble(be ? BinaryPrimitives.ReadInt64BigEndian(s) : BinaryPrimitives.ReadInt64LittleEndian(s)));
        }
        bool unsigned = char.IsUpper(code);
        switch (size)
        {
            case 2:
            {
                ushort u = be ? BinaryPrimitives.ReadUInt16BigEndian(s) : BinaryPrimitives.ReadUInt16LittleEndian(s);
                return PyInt.Get(unsigned ? u : (short)u);
            }
            case 4:
            {
                uint u = be ? BinaryPrimitives.ReadUInt32BigEndian(s) : BinaryPrimitives.ReadUInt32LittleEndian(s);
                return PyInt.Get(unsigned ? u : (int)u);
            }
            default:
            {
                ulong u = be ? BinaryPrimitives.ReadUInt64BigEndian(s) : BinaryPrimitives.ReadUInt64LittleEndian(s);
                return unsigned ? (u <= long.MaxValue ? PyInt.Get((long)u) : PyInt.From(new BigInteger(u))) : PyInt.Get((long)u);
            }
        }
    }
}

/// <summary>struct.Struct: a compiled format.</summary>
public sealed class PyStruct : PyObject
{
    public readonly StructLayout Layout;
    public PyStruct(StructLayout layout) { Layout = layout; }
    public override PyType Type => StructModule.StructType;
}

/// <summary>The iterator struct.iter_unpack returns.</summary>
public sealed class StructUnpackIterator : PyIterator
{
    private readonly StructLayout _layout;
    private readonly byte[] _data;
    private int _pos;
    public StructUnpackIterator(StructLayout layout, byte[] data) { _layout = layout; _data = data; }
    public override PyType Type => StructModule.UnpackIteratorType;
    public override bool TryNext(out PyObject value)
    {
        if (_pos + _layout.Size > _data.Length) { value = null!; return false; }
        value = new PyTuple(_layout.Unpack(_data.AsSpan(_pos, _layout.Size)));
        _pos += _layout.Size;
        return true;
    }
    public override long Len() => (_data.Length - _pos) / _layout.Size;
}

/// <summary>The struct module.</summary>
public static class StructModule
{
    public static readonly PyType ErrorType = new("error", new[] { ExceptionTypes.Exception }, userDefined: true) { Module = "struct" };
    public static readonly PyType StructType = MakeStructType();
    public static readonly PyType UnpackIteratorType = MakeIteratorType();

    private static PyType MakeIteratorType()
    {
        var t = new PyType("unpack_iterator", new[] { PyType.ObjectType }) { Module = "_struct" };
        t.Dict["__next__"] = new PyMethodDescriptor(t, "__next__", (self, a, k) =>
            ((StructUnpackIterator)self).TryNext(out var v) ? v : throw new PythonException(ExceptionTypes.Make(ExceptionTypes.StopIteration)));
        t.Dict["__iter__"] = new PyMethodDescriptor(t, "__iter__", (self, a, k) => self);
        t.Dict["__length_hint__"] = new PyMethodDescriptor(t, "__length_hint__", (self, a, k) => PyInt.Get(self.Len()));
        return t;
    }

    /// <summary>The bytes of a bytes-like object (bytes, bytearray, array.array), without copying when possible.</summary>
    public static ReadOnlySpan<byte> ReadBuffer(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Data.AsSpan(0, ba.Count),
        PyArray arr => arr.RawBytes(),
        _ => throw Ops.TypeError($"a bytes-like object is required, not '{o.Type.TpName}'"),
    };

    private static byte[] BufferCopy(PyObject o) => ReadBuffer(o).ToArray();

    private static PyObject Pack(StructLayout l, PyObject[] a, int start)
    {
        if (a.Length - start != l.ValueCount) throw StructLayout.Error($"pack expected {l.ValueCount} items for packing (got {a.Length - start})");
        var buf = new byte[l.Size];
        l.Pack(a, start, buf);
        return new PyBytes(buf);
    }

    private static PyObject Unpack(StructLayout l, PyObject buffer)
    {
        var s = ReadBuffer(buffer);
        if (s.Length != l.Size) throw StructLayout.Error($"unpack requires a buffer of {l.Size} bytes");
        return new PyTuple(l.Unpack(s));
    }

    private static PyObject UnpackFrom(StructLayout l, PyObject buffer, long offset)
    {
        var s = ReadBuffer(buffer);
        if (offset < 0)
        {
            if (offset + s.Length < 0) throw StructLayout.Error($"offset {offset} out of range for {s.Length}-byte buffer");
            offset += s.Length;
        }
        if (s.Length - offset < l.Size)
            throw StructLayout.Error($"unpack_from requires a buffer of at least {l.Size + offset} bytes for unpacking {l.Size} bytes at offset {offset} (actual buffer size is {s.Length})");
        return new PyTuple(l.Unpack(s.Slice((int)offset, l.Size)));
    }

    private static PyObject PackInto(StructLayout l, PyObject[] a, int start)
    {
        // a[start] buffer, a[start + 1] offset, then values.
        if (a.Length - start < 1) throw StructLayout.Error("pack_into expected buffer argument");
        if (a.Length - start < 2) throw StructLayout.Error("pack_into expected offset argument");
        int nvals = a.Length - start - 2;
        if (nvals != l.ValueCount) throw StructLayout.Error($"pack_into expected {l.ValueCount} items for packing (got {nvals})");
        var buffer = a[start];
        Span<byte> dest;
        if (buffer is PyByteArray ba) dest = ba.Data.AsSpan(0, ba.Count);
        else if (buffer is PyArray arr) dest = arr.RawBytesWritable();
        else if (buffer is PyBytes) throw Ops.TypeError("argument must be read-write bytes-like object, not bytes");
        else throw Ops.TypeError($"argument must be read-write bytes-like object, not {buffer.Type.TpName}");
        long offset = Ops.Index(a[start + 1]);
        if (offset < 0)
        {
            if (offset + dest.Length < 0) throw StructLayout.Error($"offset {offset} out of range for {dest.Length}-byte buffer");
            offset += dest.Length;
        }
        if (dest.Length - offset < l.Size)
            throw StructLayout.Error($"pack_into requires a buffer of at least {l.Size + offset} bytes for packing {l.Size} bytes at offset {offset} (actual buffer size is {dest.Length})");
        // Pack into a scratch buffer first so a failing value leaves the target unchanged, as CPython.
        var tmp = new byte[l.Size];
        l.Pack(a, start + 2, tmp);
        tmp.CopyTo(dest.Slice((int)offset));
        return PyNone.Instance;
    }

    private static PyObject IterUnpack(StructLayout l, PyObject buffer)
    {
        if (l.Size == 0) throw StructLayout.Error("cannot iteratively unpack with a struct of length 0");
        var data = BufferCopy(buffer);
        if (data.Length % l.Size != 0)
            throw StructLayout.Error($"iterative unpacking requires a buffer of a multiple of {l.Size} bytes");
        return new StructUnpackIterator(l, data);
    }

    private static PyType MakeStructType()
    {
        var t = new PyType("Struct", new[] { PyType.ObjectType }) { Module = "_struct" };
        t.Constructor = (a, k) =>
        {
            var b = Bind("Struct", a, k, new[] { "format" }, 1, 1);
            return new PyStruct(StructLayout.Get(b[0]!));
        };
        void M(string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);
        M("pack", (self, a, k) => Pack(((PyStruct)self).Layout, a, 0));
        M("unpack", (self, a, k) => { One("unpack", a, k); return Unpack(((PyStruct)self).Layout, a[0]); });
        M("unpack_from", (self, a, k) =>
        {
            var b = Bind("unpack_from", a, k, new[] { "buffer", "offset" }, 1, 2);
            return UnpackFrom(((PyStruct)self).Layout, b[0]!, b[1] == null ? 0 : Ops.Index(b[1]!));
        });
        M("pack_into", (self, a, k) => PackInto(((PyStruct)self).Layout, a, 0));
        M("iter_unpack", (self, a, k) => { One("iter_unpack", a, k); return IterUnpack(((PyStruct)self).Layout, a[0]); });
        t.Dict["format"] = new PyProperty(new PyBuiltinFunction("format", (a, k) => new PyStr(((PyStruct)a[0]).Layout.Format)), null, null);
        t.Dict["size"] = new PyProperty(new PyBuiltinFunction("size", (a, k) => PyInt.Get(((PyStruct)a[0]).Layout.Size)), null, null);
        return t;
    }

    private static StructLayout FormatArg(PyObject[] a, string[]? k)
    {
        if (k != null) throw Ops.TypeError("struct functions take no keyword arguments");
        if (a.Length == 0) throw Ops.TypeError("missing format argument");
        return StructLayout.Get(a[0]);
    }

    public static PyModule Create()
    {
        var m = new PyModule("struct", Builtins.Module);
        m.Set("__name__", new PyStr("struct"));
        m.Set("error", ErrorType);
        m.Set("Struct", StructType);
        Def(m, "pack", (a, k) => Pack(FormatArg(a, k), a, 1));
        Def(m, "calcsize", (a, k) => { One("_struct.calcsize", a, k); return PyInt.Get(StructLayout.Get(a[0]).Size); });
        Def(m, "unpack", (a, k) =>
        {
            Positional("unpack", a, k, 2, 2);
            return Unpack(StructLayout.Get(a[0]), a[1]);
        });
        Def(m, "unpack_from", (a, k) =>
        {
            var b = Bind("unpack_from", a, k, new[] { "format", "buffer", "offset" }, 2, 3);
            return UnpackFrom(StructLayout.Get(b[0]!), b[1]!, b[2] == null ? 0 : Ops.Index(b[2]!));
        });
        Def(m, "pack_into", (a, k) => PackInto(FormatArg(a, k), a, 1));
        Def(m, "iter_unpack", (a, k) =>
        {
            Positional("iter_unpack", a, k, 2, 2);
            return IterUnpack(StructLayout.Get(a[0]), a[1]);
        });
        return m;
    }
}
