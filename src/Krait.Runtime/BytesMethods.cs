using System.Text;

namespace Krait.Runtime;

/// <summary>The methods bytes and bytearray share (each returns its receiver's type), the bytearray mutators,
/// construction, binary operators and <c>%</c> formatting.</summary>
public static class BytesMethods
{
    private static void M(PyType t, string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);

    public static ReadOnlySpan<byte> Buf(PyObject self) => self switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Span,
        PyMemoryView mv => mv.ToArray(),
        _ => throw Ops.TypeError($"a bytes-like object is required, not '{self.Type.TpName}'"),
    };

    public static bool IsBuffer(PyObject o) => o is PyBytes || o is PyByteArray || o is PyMemoryView;

    private static PyObject Make(PyObject self, byte[] data) =>
        self is PyByteArray ? new PyByteArray(data) : new PyBytes(data);

    private static PyObject Make(PyObject self, ReadOnlySpan<byte> data) => Make(self, data.ToArray());

    private static string TypeName(PyObject self) => self is PyByteArray ? "bytearray" : "bytes";

    private static void Args(PyObject? self, string name, PyObject[] a, string[]? k, int min, int max)
    {
        if (k != null) throw Ops.TypeError($"{name}() takes no keyword arguments");
        if (a.Length < min || a.Length > max)
        {
            string owner = self == null ? "" : TypeName(self) + ".";
            if (max == 0) throw Ops.TypeError($"{owner}{name}() takes no arguments ({a.Length} given)");
            if (min == max && min == 1) throw Ops.TypeError($"{owner}{name}() takes exactly one argument ({a.Length} given)");
            if (min == max) throw Ops.TypeError($"{name} expected {min} arguments, got {a.Length}");
            if (a.Length < min) throw Ops.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {a.Length}");
            throw Ops.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {a.Length}");
        }
    }

    private static void SearchArgs(string name, PyObject[] a, string[]? k)
    {
        if (k != null) throw Ops.TypeError($"{name}() takes no keyword arguments");
        if (a.Length < 1) throw Ops.TypeError($"{name}() takes at least 1 argument ({a.Length} given)");
        if (a.Length > 3) throw Ops.TypeError($"{name}() takes at most 3 arguments ({a.Length} given)");
    }

    private static PyObject?[] Bind(string name, PyObject[] a, string[]? k, params string[] names)
    {
        var r = new PyObject?[names.Length];
        int np = a.Length - (k?.Length ?? 0);
        if (np > names.Length)
            throw Ops.TypeError($"{name}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({a.Length} given)");
        for (int i = 0; i < np; i++) r[i] = a[i];
        if (k != null)
            for (int i = 0; i < k.Length; i++)
            {
                int idx = Array.IndexOf(names, k[i]);
                if (idx < 0) throw Ops.TypeError($"'{k[i]}' is an invalid keyword argument for {name}()");
                r[idx] = a[np + i];
            }
        return r;
    }

    // ---- shared protocol pieces ----
    public static byte[] Slice(ReadOnlySpan<byte> v, PySlice s)
    {
        s.Indices(v.Length, out long start, out _, out long step, out long n);
        if (step == 1) return v.Slice((int)start, (int)n).ToArray();
        var r = new byte[n];
        for (long j = 0, p = start; j < n; j++, p += step) r[j] = v[(int)p];
        return r;
    }

    public static bool Contains(ReadOnlySpan<byte> v, PyObject item)
    {
        if (IsBuffer(item)) return v.IndexOf(Buf(item)) >= 0;
        if (!Ops.IsIntLike(item) && item.Type.Lookup("__index__") == null)
            throw Ops.TypeError($"a bytes-like object is required, not '{item.Type.TpName}'");
        long b = Ops.Index(item);
        if ((ulong)b > 255) throw Ops.ValueError("byte must be in range(0, 256)");
        return v.IndexOf((byte)b) >= 0;
    }

    public static PyObject Compare(ReadOnlySpan<byte> v, PyObject other, CompareOp op)
    {
        if (other is not PyBytes && other is not PyByteArray && other is not PyMemoryView) return PyNotImplemented.Instance;
        if (other is PyMemoryView && op != CompareOp.Eq && op != CompareOp.Ne) return PyNotImplemented.Instance;
        int c = v.SequenceCompareTo(Buf(other));
        return PyBool.Get(Ops.CompareResult(c, op));
    }

    /// <summary>bytes(x) for x an iterable of ints or a buffer (the shared part of the constructors).</summary>
    public static byte[] FromIterableOrBuffer(PyObject src, string rangeMessage = "byte must be in range(0, 256)")
    {
        if (IsBuffer(src)) return Buf(src).ToArray();
        if (src is PyStr) throw Ops.TypeError("string argument without an encoding");
        if (src is PyList l)
        {
            var r = new byte[l.Count];
            for (int i = 0; i < r.Length; i++) r[i] = ByteOf(l.Items[i], rangeMessage);
            return r;
        }
        PyIterator it;
        try { it = src.Iter(); }
        catch (PythonException e) when (e.Value.Type == ExceptionTypes.TypeError)
        {
            throw Ops.TypeError($"cannot convert '{src.Type.TpName}' object to bytes");
        }
        var list = new List<byte>();
        while (it.TryNext(out var x)) list.Add(ByteOf(x, rangeMessage));
        return list.ToArray();
    }

    private static byte ByteOf(PyObject x, string rangeMessage)
    {
        long v = x is PyInt i ? i.Value : Ops.Index(x);
        if ((ulong)v > 255) throw Ops.ValueError(rangeMessage);
        return (byte)v;
    }

    /// <summary>The constructor forms shared by bytes() and bytearray(): (), (int), (iterable/buffer), (str, encoding[, errors]).</summary>
    public static byte[] Construct(string name, PyObject[] a, string[]? k)
    {
        var b = Bind(name, a, k, "source", "encoding", "errors");
        var src = b[0];
        if (src == null)
        {
            if (b[1] != null) throw Ops.TypeError("encoding without a string argument");
            if (b[2] != null) throw Ops.TypeError("errors without a string argument");
            return Array.Empty<byte>();
        }
        if (src is PyStr s)
        {
            if (b[1] == null) throw Ops.TypeError("string argument without an encoding");
            string enc = b[1] is PyStr es ? es.Value : throw Ops.TypeError($"{name}() argument 'encoding' must be str, not {b[1]!.Type.TpName}");
            string err = b[2] == null ? "strict" : b[2] is PyStr rs ? rs.Value : throw Ops.TypeError($"{name}() argument 'errors' must be str, not {b[2]!.Type.TpName}");
            return Codecs.Encode(s.Value, enc, err);
        }
        if (b[1] != null) throw Ops.TypeError("encoding without a string argument");
        if (b[2] != null) throw Ops.TypeError("errors without a string argument");
        if (Ops.IsIntLike(src) || (src is PyInstance && src.Type.Lookup("__index__") != null))
        {
            long n = src is PyBigInt ? Ops.RepeatCount(src) : Ops.Index(src);
            if (n < 0) throw Ops.ValueError("negative count");
            return new byte[MemoryLimits.ArrayLength(n)];
        }
        if (src is PyInstance && src.Type.Lookup("__bytes__") is { } bytesMethod && name == "bytes")
        {
            var r = bytesMethod.Call1(src);
            if (r is PyBytes rb) return rb.Value;
            throw Ops.TypeError($"__bytes__ returned non-bytes (type {r.Type.TpName})");
        }
        return FromIterableOrBuffer(src, name == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
    }

    // ---- argument forms ----
    /// <summary>The "sub" argument of find/count/index: bytes-like or an int 0..255.</summary>
    private static byte[] SubArg(PyObject o)
    {
        if (IsBuffer(o)) return Buf(o).ToArray();
        if (Ops.IsIntLike(o) || (o is PyInstance && o.Type.Lookup("__index__") != null))
        {
            long v = Ops.Index(o);
            if ((ulong)v > 255) throw Ops.ValueError("byte must be in range(0, 256)");
            return new[] { (byte)v };
        }
        throw Ops.TypeError($"argument should be integer or bytes-like object, not '{o.Type.TpName}'");
    }

    private static byte[] BufArg(PyObject o)
    {
        if (IsBuffer(o)) return Buf(o).ToArray();
        throw Ops.TypeError($"a bytes-like object is required, not '{o.Type.TpName}'");
    }

    private static long FindCore(PyObject self, PyObject[] a, bool last)
    {
        var v = Buf(self);
        var sub = SubArg(a[0]);
        StrMethods.AdjustSlice(a, 1, v.Length, out long start, out long end);
        if (start > v.Length || end < start) return -1;
        var region = v.Slice((int)start, (int)(end - start));
        int i = last ? region.LastIndexOf(sub) : region.IndexOf(sub);
        if (last && sub.Length == 0) i = region.Length;
        return i < 0 ? -1 : i + start;
    }

    private static long CountCore(PyObject self, PyObject[] a)
    {
        var v = Buf(self);
        var sub = SubArg(a[0]);
        StrMethods.AdjustSlice(a, 1, v.Length, out long start, out long end);
        if (start > v.Length || end < start) return 0;
        var region = v.Slice((int)start, (int)(end - start));
        if (sub.Length == 0) return region.Length + 1;
        long n = 0;
        while (true)
        {
            int i = region.IndexOf(sub);
            if (i < 0) return n;
            n++;
            region = region.Slice(i + sub.Length);
        }
    }

    private static bool AffixCore(PyObject self, PyObject[] a, string name, bool prefix)
    {
        var v = Buf(self);
        StrMethods.AdjustSlice(a, 1, v.Length, out long start, out long end);
        if (start > v.Length) return false;
        var region = end < start ? ReadOnlySpan<byte>.Empty : v.Slice((int)start, (int)(end - start));
        bool ok = end >= start;
        if (IsBuffer(a[0]))
        {
            var p = Buf(a[0]);
            return ok && (prefix ? region.StartsWith(p) : region.EndsWith(p));
        }
        if (a[0] is PyTuple t)
        {
            foreach (var x in t.Items)
            {
                if (!IsBuffer(x)) throw Ops.TypeError($"a bytes-like object is required, not '{x.Type.TpName}'");
                var p = Buf(x);
                if (ok && (prefix ? region.StartsWith(p) : region.EndsWith(p))) return true;
            }
            return false;
        }
        throw Ops.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {a[0].Type.TpName}");
    }

    private static bool IsSpaceByte(byte b) => b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == 0x0c;
    private static bool IsLowerByte(byte b) => (uint)(b - 'a') <= 25;
    private static bool IsUpperByte(byte b) => (uint)(b - 'A') <= 25;
    private static bool IsAlphaByte(byte b) => IsLowerByte(b) || IsUpperByte(b);
    private static bool IsDigitByte(byte b) => (uint)(b - '0') <= 9;

    private static PyObject AllBytes(PyObject self, Func<byte, bool> test)
    {
        var v = Buf(self);
        if (v.Length == 0) return PyBool.False;
        foreach (byte b in v) if (!test(b)) return PyBool.False;
        return PyBool.True;
    }

    private static PyList Split(PyObject self, ReadOnlySpan<byte> v, byte[]? sep, long max)
    {
        var r = new PyList();
        if (max < 0) max = long.MaxValue;
        if (sep == null)
        {
            int i = 0, n = v.Length;
            while (true)
            {
                while (i < n && IsSpaceByte(v[i])) i++;
                if (i >= n) break;
                if (max-- == 0)
                {
                    r.Append(Make(self, v[i..]));
                    break;
                }
                int j = i;
                while (j < n && !IsSpaceByte(v[j])) j++;
                r.Append(Make(self, v[i..j]));
                i = j;
            }
            return r;
        }
        if (sep.Length == 0) throw Ops.ValueError("empty separator");
        int pos = 0;
        while (max-- > 0)
        {
            int i = v[pos..].IndexOf(sep);
            if (i < 0) break;
            r.Append(Make(self, v.Slice(pos, i)));
            pos += i + sep.Length;
        }
        r.Append(Make(self, v[pos..]));
        return r;
    }

    private static PyList RSplit(PyObject self, ReadOnlySpan<byte> v, byte[]? sep, long max)
    {
        var parts = new List<PyObject>();
        if (max < 0) max = long.MaxValue;
        if (sep == null)
        {
            int i = v.Length;
            while (true)
            {
                while (i > 0 && IsSpaceByte(v[i - 1])) i--;
                if (i <= 0) break;
                if (max-- == 0)
                {
                    parts.Add(Make(self, v[..i]));
                    break;
                }
                int j = i;
                while (j > 0 && !IsSpaceByte(v[j - 1])) j--;
                parts.Add(Make(self, v[j..i]));
                i = j;
            }
        }
        else
        {
            if (sep.Length == 0) throw Ops.ValueError("empty separator");
            int end = v.Length;
            while (max-- > 0)
            {
                int i = v[..end].LastIndexOf(sep);
                if (i < 0) break;
                parts.Add(Make(self, v[(i + sep.Length)..end]));
                end = i;
            }
            parts.Add(Make(self, v[..end]));
        }
        parts.Reverse();
        return new PyList(parts.ToArray());
    }

    private static PyObject Strip(PyObject self, PyObject[] a, string[]? k, string name, bool left, bool right)
    {
        Args(self, name, a, k, 0, 1);
        var v = Buf(self);
        int b = 0, e = v.Length;
        if (a.Length == 0 || a[0] == PyNone.Instance)
        {
            if (left) while (b < e && IsSpaceByte(v[b])) b++;
            if (right) while (e > b && IsSpaceByte(v[e - 1])) e--;
        }
        else
        {
            var chars = BufArg(a[0]);
            if (left) while (b < e && Array.IndexOf(chars, v[b]) >= 0) b++;
            if (right) while (e > b && Array.IndexOf(chars, v[e - 1]) >= 0) e--;
        }
        if (b == 0 && e == v.Length && self is PyBytes) return self;
        return Make(self, v[b..e]);
    }

    private static PyObject Pad(PyObject self, PyObject[] a, string[]? k, string name, int mode)
    {
        Args(self, name, a, k, 1, 2);
        long width = Ops.Index(a[0]);
        byte fill = (byte)' ';
        if (a.Length > 1)
        {
            if (!IsBuffer(a[1]) || Buf(a[1]).Length != 1)
                throw Ops.TypeError($"{name}() argument 2 must be a byte string of length 1, not {a[1].Type.TpName}");
            fill = Buf(a[1])[0];
        }
        var v = Buf(self);
        if (width <= v.Length) return self is PyBytes ? self : Make(self, v);
        long pad = width - v.Length;
        long left = mode switch { 0 => 0, 1 => pad, _ => pad / 2 + (pad & width & 1) };
        var r = new byte[width];
        r.AsSpan(0, (int)left).Fill(fill);
        v.CopyTo(r.AsSpan((int)left));
        r.AsSpan((int)left + v.Length).Fill(fill);
        return Make(self, r);
    }

    private static PyObject Partition(PyObject self, PyObject[] a, string[]? k, bool last)
    {
        Args(self, last ? "rpartition" : "partition", a, k, 1, 1);
        var v = Buf(self);
        var sep = BufArg(a[0]);
        if (sep.Length == 0) throw Ops.ValueError("empty separator");
        int i = last ? v.LastIndexOf(sep) : v.IndexOf(sep);
        var empty = Make(self, Array.Empty<byte>());
        if (i < 0)
            return last ? new PyTuple(new[] { empty, Make(self, Array.Empty<byte>()), Make(self, v) })
                : new PyTuple(new[] { Make(self, v), empty, Make(self, Array.Empty<byte>()) });
        return new PyTuple(new[] { Make(self, v[..i]), Make(self, sep), Make(self, v[(i + sep.Length)..]) });
    }

    private static PyObject Replace(PyObject self, PyObject[] a, string[]? k)
    {
        Args(self, "replace", a, k, 2, 3);
        var v = Buf(self);
        var old = BufArg(a[0]);
        var nw = BufArg(a[1]);
        long count = a.Length > 2 ? Ops.Index(a[2]) : -1;
        if (count < 0) count = long.MaxValue;
        var o = new List<byte>(v.Length);
        if (old.Length == 0)
        {
            long done = 0;
            int i = 0;
            for (; i <= v.Length && done < count; i++, done++)
            {
                o.AddRange(nw);
                if (i < v.Length) o.Add(v[i]);
            }
            for (; i < v.Length; i++) o.Add(v[i]);
            return Make(self, o.ToArray());
        }
        int pos = 0;
        while (count-- > 0)
        {
            int i = v[pos..].IndexOf(old);
            if (i < 0) break;
            o.AddRange(v.Slice(pos, i).ToArray());
            o.AddRange(nw);
            pos += i + old.Length;
        }
        o.AddRange(v[pos..].ToArray());
        return Make(self, o.ToArray());
    }

    private static PyObject Join(PyObject self, PyObject iterable)
    {
        var sep = Buf(self).ToArray();
        var items = Ops.ToArray(iterable);
        var o = new List<byte>();
        for (int i = 0; i < items.Length; i++)
        {
            if (!IsBuffer(items[i]))
                throw Ops.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.TpName} found");
            if (i > 0) o.AddRange(sep);
            o.AddRange(Buf(items[i]).ToArray());
        }
        return Make(self, o.ToArray());
    }

    private static string Hex(ReadOnlySpan<byte> v, PyObject[] a, string[]? k)
    {
        var b = Bind("hex", a, k, "sep", "bytes_per_sep");
        const string digits = "0123456789abcdef";
        if (b[0] == null)
        {
            var sb0 = new StringBuilder(v.Length * 2);
            foreach (byte x in v) sb0.Append(digits[x >> 4]).Append(digits[x & 15]);
            return sb0.ToString();
        }
        string sep;
        if (b[0] is PyStr ss) sep = ss.Value;
        else if (IsBuffer(b[0]!)) sep = Encoding.Latin1.GetString(Buf(b[0]!));
        else throw Ops.TypeError("sep must be str or bytes.");
        if (sep.Length != 1) throw Ops.ValueError("sep must be length 1.");
        if (sep[0] > 127) throw Ops.ValueError("sep must be ASCII.");
        long per = b[1] == null ? 1 : Ops.Index(b[1]);
        var sb = new StringBuilder(v.Length * 3);
        long group = Math.Abs(per);
        if (group == 0) group = v.Length + 1;
        for (int i = 0; i < v.Length; i++)
        {
            // Positive bytes_per_sep counts groups from the right, negative from the left.
            if (i > 0)
            {
                bool boundary = per >= 0 ? (v.Length - i) % group == 0 : i % group == 0;
                if (boundary) sb.Append(sep[0]);
            }
            sb.Append(digits[v[i] >> 4]).Append(digits[v[i] & 15]);
        }
        return sb.ToString();
    }

    private static byte[] FromHex(PyObject[] a, string[]? k)
    {
        if (k != null) throw Ops.TypeError("fromhex() takes no keyword arguments");
        if (a.Length != 1) throw Ops.TypeError($"fromhex() takes exactly one argument ({a.Length} given)");
        if (a[0] is not PyStr s) throw Ops.TypeError($"fromhex() argument must be str, not {a[0].Type.TpName}");
        var str = s.Value;
        var o = new List<byte>(str.Length / 2);
        int i = 0;
        while (i < str.Length)
        {
            if (StrMethods.IsSpace(str[i]) && str[i] < 128) { i++; continue; }
            int hi = HexValue(str[i]);
            if (hi < 0) throw Ops.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
            if (i + 1 >= str.Length || HexValue(str[i + 1]) < 0)
                throw Ops.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            o.Add((byte)(hi << 4 | HexValue(str[i + 1])));
            i += 2;
        }
        return o.ToArray();
    }

    private static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    private static PyObject MakeTrans(PyObject[] a, string[]? k)
    {
        Args(null, "maketrans", a, k, 2, 2);
        var from = BufArg(a[0]);
        var to = BufArg(a[1]);
        if (from.Length != to.Length) throw Ops.ValueError("maketrans arguments must have same length");
        var table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte)i;
        for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
        return new PyBytes(table);
    }

    private static PyObject Translate(PyObject self, PyObject[] a, string[]? k)
    {
        var b = Bind("translate", a, k, "table", "delete");
        if (b[0] == null) throw Ops.TypeError("translate() takes at least 1 argument (0 given)");
        byte[]? table = null;
        if (b[0] != PyNone.Instance)
        {
            table = BufArg(b[0]!);
            if (table.Length != 256) throw Ops.ValueError("translation table must be 256 characters long");
        }
        var del = b[1] == null ? null : BufArg(b[1]!);
        var v = Buf(self);
        var deleted = new bool[256];
        if (del != null) foreach (byte x in del) deleted[x] = true;
        var r = new byte[v.Length];
        int n = 0;
        foreach (byte x in v)
        {
            if (deleted[x]) continue;
            r[n++] = table == null ? x : table[x];
        }
        return Make(self, r.AsSpan(0, n));
    }

    private static byte[] MapBytes(ReadOnlySpan<byte> v, Func<byte, byte> f)
    {
        var r = new byte[v.Length];
        for (int i = 0; i < v.Length; i++) r[i] = f(v[i]);
        return r;
    }

    private static byte ToUpper(byte b) => IsLowerByte(b) ? (byte)(b - 32) : b;
    private static byte ToLower(byte b) => IsUpperByte(b) ? (byte)(b + 32) : b;

    private static byte[] Title(ReadOnlySpan<byte> v)
    {
        var r = new byte[v.Length];
        bool prev = false;
        for (int i = 0; i < v.Length; i++)
        {
            byte b = v[i];
            r[i] = prev ? ToLower(b) : ToUpper(b);
            prev = IsAlphaByte(b);
        }
        return r;
    }

    private static bool IsTitle(ReadOnlySpan<byte> v)
    {
        bool cased = false, prev = false;
        foreach (byte b in v)
        {
            if (IsUpperByte(b)) { if (prev) return false; prev = cased = true; }
            else if (IsLowerByte(b)) { if (!prev) return false; prev = cased = true; }
            else prev = false;
        }
        return cased;
    }

    private static PyList SplitLines(PyObject self, ReadOnlySpan<byte> v, bool keep)
    {
        var r = new PyList();
        int start = 0, i = 0;
        while (i < v.Length)
        {
            byte c = v[i];
            if (c != '\n' && c != '\r') { i++; continue; }
            int eol = i + (c == '\r' && i + 1 < v.Length && v[i + 1] == '\n' ? 2 : 1);
            r.Append(Make(self, v[start..(keep ? eol : i)]));
            start = i = eol;
        }
        if (start < v.Length) r.Append(Make(self, v[start..]));
        return r;
    }

    private static byte[] ExpandTabs(ReadOnlySpan<byte> v, long tab)
    {
        var o = new List<byte>(v.Length);
        long col = 0;
        foreach (byte c in v)
        {
            if (c == '\t')
            {
                if (tab > 0) { long n = tab - col % tab; for (long j = 0; j < n; j++) o.Add((byte)' '); col += n; }
            }
            else
            {
                o.Add(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return o.ToArray();
    }

    private static PyByteArray BA(PyObject o) => (PyByteArray)o;

    public static void Define()
    {
        foreach (var t in new[] { PyType.BytesType, PyType.ByteArrayType })
        {
            M(t, "decode", (self, a, k) =>
            {
                var b = Bind("decode", a, k, "encoding", "errors");
                string enc = b[0] == null ? "utf-8" : b[0] is PyStr es ? es.Value
                    : throw Ops.TypeError($"decode() argument 'encoding' must be str, not {b[0]!.Type.TpName}");
                string err = b[1] == null ? "strict" : b[1] is PyStr rs ? rs.Value
                    : throw Ops.TypeError($"decode() argument 'errors' must be str, not {b[1]!.Type.TpName}");
                return new PyStr(Codecs.Decode(Buf(self), enc, err));
            });
            M(t, "hex", (self, a, k) => new PyStr(Hex(Buf(self), a, k)));
            t.Dict["fromhex"] = new PyClassMethod(new PyBuiltinFunction("fromhex", (a, k) =>
            {
                var cls = (PyType)a[0];
                var data = FromHex(a[1..], k);
                return cls == PyType.ByteArrayType ? new PyByteArray(data) : cls == PyType.BytesType ? new PyBytes(data) : cls.Call1(new PyBytes(data));
            }));
            t.Dict["maketrans"] = new PyStaticMethod(new PyBuiltinFunction("maketrans", MakeTrans));
            M(t, "join", (self, a, k) => { Args(self, "join", a, k, 1, 1); return Join(self, a[0]); });
            M(t, "find", (self, a, k) => { SearchArgs("find", a, k); return PyInt.Get(FindCore(self, a, false)); });
            M(t, "rfind", (self, a, k) => { SearchArgs("rfind", a, k); return PyInt.Get(FindCore(self, a, true)); });
            M(t, "index", (self, a, k) =>
            {
                SearchArgs("index", a, k);
                long i = FindCore(self, a, false);
                return i < 0 ? throw Ops.ValueError("subsection not found") : PyInt.Get(i);
            });
            M(t, "rindex", (self, a, k) =>
            {
                SearchArgs("rindex", a, k);
                long i = FindCore(self, a, true);
                return i < 0 ? throw Ops.ValueError("subsection not found") : PyInt.Get(i);
            });
            M(t, "count", (self, a, k) => { SearchArgs("count", a, k); return PyInt.Get(CountCore(self, a)); });
            M(t, "startswith", (self, a, k) => { SearchArgs("startswith", a, k); return Ops.Box(AffixCore(self, a, "startswith", true)); });
            M(t, "endswith", (self, a, k) => { SearchArgs("endswith", a, k); return Ops.Box(AffixCore(self, a, "endswith", false)); });
            M(t, "split", (self, a, k) =>
            {
                var b = Bind("split", a, k, "sep", "maxsplit");
                return Split(self, Buf(self), b[0] == null || b[0] == PyNone.Instance ? null : BufArg(b[0]!), b[1] == null ? -1 : Ops.Index(b[1]));
            });
            M(t, "rsplit", (self, a, k) =>
            {
                var b = Bind("rsplit", a, k, "sep", "maxsplit");
                return RSplit(self, Buf(self), b[0] == null || b[0] == PyNone.Instance ? null : BufArg(b[0]!), b[1] == null ? -1 : Ops.Index(b[1]));
            });
            M(t, "splitlines", (self, a, k) =>
            {
                var b = Bind("splitlines", a, k, "keepends");
                return SplitLines(self, Buf(self), b[0] != null && Ops.IsTrue(b[0]));
            });
            M(t, "strip", (self, a, k) => Strip(self, a, k, "strip", true, true));
            M(t, "lstrip", (self, a, k) => Strip(self, a, k, "lstrip", true, false));
            M(t, "rstrip", (self, a, k) => Strip(self, a, k, "rstrip", false, true));
            M(t, "ljust", (self, a, k) => Pad(self, a, k, "ljust", 0));
            M(t, "rjust", (self, a, k) => Pad(self, a, k, "rjust", 1));
            M(t, "center", (self, a, k) => Pad(self, a, k, "center", 2));
            M(t, "zfill", (self, a, k) =>
            {
                Args(self, "zfill", a, k, 1, 1);
                long w = Ops.Index(a[0]);
                var v = Buf(self);
                if (w <= v.Length) return self is PyBytes ? self : Make(self, v);
                int sign = v.Length > 0 && (v[0] == '+' || v[0] == '-') ? 1 : 0;
                var r = new byte[w];
                if (sign == 1) r[0] = v[0];
                r.AsSpan(sign, (int)(w - v.Length)).Fill((byte)'0');
                v[sign..].CopyTo(r.AsSpan((int)(w - v.Length) + sign));
                return Make(self, r);
            });
            M(t, "partition", (self, a, k) => Partition(self, a, k, false));
            M(t, "rpartition", (self, a, k) => Partition(self, a, k, true));
            M(t, "replace", Replace);
            M(t, "translate", Translate);
            M(t, "removeprefix", (self, a, k) =>
            {
                Args(self, "removeprefix", a, k, 1, 1);
                var v = Buf(self);
                var p = BufArg(a[0]);
                return v.StartsWith(p) && p.Length > 0 ? Make(self, v[p.Length..]) : self is PyBytes ? self : Make(self, v);
            });
            M(t, "removesuffix", (self, a, k) =>
            {
                Args(self, "removesuffix", a, k, 1, 1);
                var v = Buf(self);
                var p = BufArg(a[0]);
                return v.EndsWith(p) && p.Length > 0 ? Make(self, v[..^p.Length]) : self is PyBytes ? self : Make(self, v);
            });
            M(t, "upper", (self, a, k) => { Args(self, "upper", a, k, 0, 0); return Make(self, MapBytes(Buf(self), ToUpper)); });
            M(t, "lower", (self, a, k) => { Args(self, "lower", a, k, 0, 0); return Make(self, MapBytes(Buf(self), ToLower)); });
            M(t, "swapcase", (self, a, k) => { Args(self, "swapcase", a, k, 0, 0); return Make(self, MapBytes(Buf(self), b => IsUpperByte(b) ? ToLower(b) : ToUpper(b))); });
            M(t, "title", (self, a, k) => { Args(self, "title", a, k, 0, 0); return Make(self, Title(Buf(self))); });
            M(t, "capitalize", (self, a, k) =>
            {
                Args(self, "capitalize", a, k, 0, 0);
                var r = MapBytes(Buf(self), ToLower);
                if (r.Length > 0) r[0] = ToUpper(r[0]);
                return Make(self, r);
            });
            M(t, "expandtabs", (self, a, k) =>
            {
                var b = Bind("expandtabs", a, k, "tabsize");
                return Make(self, ExpandTabs(Buf(self), b[0] == null ? 8 : Ops.Index(b[0])));
            });
            M(t, "isalpha", (self, a, k) => AllBytes(self, IsAlphaByte));
            M(t, "isalnum", (self, a, k) => AllBytes(self, b => IsAlphaByte(b) || IsDigitByte(b)));
            M(t, "isdigit", (self, a, k) => AllBytes(self, IsDigitByte));
            M(t, "isspace", (self, a, k) => AllBytes(self, IsSpaceByte));
            M(t, "isascii", (self, a, k) =>
            {
                foreach (byte b in Buf(self)) if (b >= 128) return PyBool.False;
                return PyBool.True;
            });
            M(t, "islower", (self, a, k) =>
            {
                var v = Buf(self);
                return Ops.Box(v.IndexOfAnyInRange((byte)'a', (byte)'z') >= 0 && v.IndexOfAnyInRange((byte)'A', (byte)'Z') < 0);
            });
            M(t, "isupper", (self, a, k) =>
            {
                var v = Buf(self);
                return Ops.Box(v.IndexOfAnyInRange((byte)'A', (byte)'Z') >= 0 && v.IndexOfAnyInRange((byte)'a', (byte)'z') < 0);
            });
            M(t, "istitle", (self, a, k) => Ops.Box(IsTitle(Buf(self))));
            M(t, "__len__", (self, a, k) => PyInt.Get(self.Len()));
            M(t, "__getitem__", (self, a, k) => { Args(self, "__getitem__", a, k, 1, 1); return self.GetItem(a[0]); });
            M(t, "__contains__", (self, a, k) => { Args(self, "__contains__", a, k, 1, 1); return Ops.Box(self.Contains(a[0])); });
        }
        M(PyType.BytesType, "__bytes__", (self, a, k) => self);
        M(PyType.BytesType, "__getnewargs__", (self, a, k) => new PyTuple(new[] { (PyObject)new PyBytes(((PyBytes)self).Value) }));

        var ba = PyType.ByteArrayType;
        M(ba, "append", (self, a, k) => { Args(self, "append", a, k, 1, 1); BA(self).Append(Ops.Index(a[0])); return PyNone.Instance; });
        M(ba, "extend", (self, a, k) =>
        {
            Args(self, "extend", a, k, 1, 1);
            if (Ops.IsIntLike(a[0])) throw Ops.TypeError($"can't extend bytearray with {a[0].Type.TpName}");
            if (a[0] is PyStr es) { if (es.Value.Length > 0) throw Ops.TypeError("'str' object cannot be interpreted as an integer"); return PyNone.Instance; }
            BA(self).AppendRange(FromIterableOrBuffer(a[0]));
            return PyNone.Instance;
        });
        M(ba, "insert", (self, a, k) =>
        {
            Args(self, "insert", a, k, 2, 2);
            var s = BA(self);
            long i = Ops.Index(a[0]);
            byte v = ByteOf(a[1], "byte must be in range(0, 256)");
            if (i < 0) { i += s.Count; if (i < 0) i = 0; }
            if (i > s.Count) i = s.Count;
            s.Splice((int)i, 0, new[] { v });
            return PyNone.Instance;
        });
        M(ba, "pop", (self, a, k) =>
        {
            Args(self, "pop", a, k, 0, 1);
            var s = BA(self);
            if (s.Count == 0) throw Ops.IndexError("pop from empty bytearray");
            long i = a.Length > 0 ? Ops.Index(a[0]) : s.Count - 1;
            if (i < 0) i += s.Count;
            if ((ulong)i >= (ulong)s.Count) throw Ops.IndexError("pop index out of range");
            byte v = s.Data[i];
            s.Splice((int)i, 1, ReadOnlySpan<byte>.Empty);
            return PyInt.Get(v);
        });
        M(ba, "remove", (self, a, k) =>
        {
            Args(self, "remove", a, k, 1, 1);
            var s = BA(self);
            byte v = ByteOf(a[0], "byte must be in range(0, 256)");
            int i = s.Span.IndexOf(v);
            if (i < 0) throw Ops.ValueError("value not found in bytearray");
            s.Splice(i, 1, ReadOnlySpan<byte>.Empty);
            return PyNone.Instance;
        });
        M(ba, "reverse", (self, a, k) => { Args(self, "reverse", a, k, 0, 0); BA(self).Span.Reverse(); return PyNone.Instance; });
        M(ba, "clear", (self, a, k) => { Args(self, "clear", a, k, 0, 0); var s = BA(self); s.CheckResizable(); s.Count = 0; return PyNone.Instance; });
        M(ba, "copy", (self, a, k) => { Args(self, "copy", a, k, 0, 0); return new PyByteArray(BA(self).ToArray()); });
        M(ba, "__alloc__", (self, a, k) => PyInt.Get(BA(self).Data.Length + 1));
    }

    // ---- operators ----
    /// <summary>Binary operators with a bytes or bytearray operand; null when they do not apply.</summary>
    public static PyObject? Binary(BinOp op, PyObject a, PyObject b)
    {
        bool aBuf = a is PyBytes || a is PyByteArray;
        switch (op)
        {
            case BinOp.Add:
                if (aBuf && IsBuffer(b))
                {
                    var x = Buf(a);
                    var y = Buf(b);
                    var r = new byte[x.Length + y.Length];
                    x.CopyTo(r);
                    y.CopyTo(r.AsSpan(x.Length));
                    return Make(a, r);
                }
                if (aBuf && b is not PyInstance) throw Ops.TypeError($"can't concat {b.Type.TpName} to {a.Type.TpName}");
                return null;
            case BinOp.Mul:
                if (aBuf && (Ops.IsIntLike(b))) return Make(a, Repeat(Buf(a), Ops.RepeatCount(b)));
                if (b is PyBytes || b is PyByteArray)
                    if (Ops.IsIntLike(a)) return Make(b, Repeat(Buf(b), Ops.RepeatCount(a)));
                return null;
            case BinOp.Mod:
                if (aBuf) return Make(a, BytesPercentFormat.Format(Buf(a), b));
                return null;
        }
        return null;
    }

    public static byte[] Repeat(ReadOnlySpan<byte> v, long n)
    {
        if (n <= 0 || v.Length == 0) return Array.Empty<byte>();
        if (n > long.MaxValue / v.Length) throw Ops.OverflowError("repeated bytes are too long");
        if ((long)v.Length * n > Array.MaxLength) throw MemoryLimits.NoMemory();
        var r = new byte[v.Length * n];
        for (long i = 0; i < n; i++) v.CopyTo(r.AsSpan((int)(i * v.Length)));
        return r;
    }

    /// <summary>In-place operators of bytearray (+= extends, *= repeats in place); null when not applicable.</summary>
    public static PyObject? InPlace(BinOp op, PyByteArray a, PyObject b)
    {
        if (op == BinOp.Add)
        {
            if (!IsBuffer(b)) throw Ops.TypeError($"can't concat {b.Type.TpName} to bytearray");
            a.AppendRange(Buf(b).ToArray());
            return a;
        }
        if (op == BinOp.Mul && Ops.IsIntLike(b))
        {
            var r = Repeat(a.Span, Ops.RepeatCount(b));
            a.Splice(0, a.Count, r);
            return a;
        }
        return null;
    }
}
