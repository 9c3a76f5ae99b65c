using Krait.Runtime.Numerics;

namespace Krait.Runtime;

/// <summary>str: a .NET string plus whether it holds astral characters (surrogate pairs). Strings without them
/// index directly; the others go through code-point conversion.</summary>
public sealed class PyStr : PyObject
{
    public readonly string Value;
    public readonly bool HasAstral;
    private long _hash;
    private bool _hashed;

    private static readonly PyStr[] s_chars = MakeChars();
    public static readonly PyStr Empty = new("");

    public PyStr(string value)
    {
        Value = value;
        HasAstral = ScanAstral(value);
    }

    /// <summary>For results whose astral flag is already known (pieces of a string without astral characters),
    /// so no scan is needed.</summary>
    public PyStr(string value, bool hasAstral)
    {
        Value = value;
        HasAstral = hasAstral;
    }

    private static PyStr[] MakeChars()
    {
        var a = new PyStr[256];
        for (int i = 0; i < 256; i++) a[i] = new PyStr(((char)i).ToString());
        return a;
    }

    public static PyStr Char(char c) => c < 256 ? s_chars[c] : new PyStr(c.ToString());

    // Vectorized: long strings (whole files read at once) are scanned at memory speed.
    private static bool ScanAstral(string s) => s.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF') >= 0;

    public override PyType Type => PyType.StrType;
    public override bool IsTrue() => Value.Length != 0;
    public override string Repr() => Krait.Syntax.Text.PyRepr.String(Value);
    public override string Str() => Value;

    public override long Hash()
    {
        if (!_hashed) { _hash = NumericHash.String(Value); _hashed = true; }
        return _hash;
    }

    public override long Len() => HasAstral ? CodePoints().Length : Value.Length;

    public int[] CodePoints()
    {
        var list = new List<int>(Value.Length);
        for (int i = 0; i < Value.Length; i++)
        {
            char c = Value[i];
            if (char.IsHighSurrogate(c) && i + 1 < Value.Length && char.IsLowSurrogate(Value[i + 1]))
            {
                list.Add(char.ConvertToUtf32(c, Value[i + 1]));
                i++;
            }
            else list.Add(c);
        }
        return list.ToArray();
    }

    public static string FromCodePoint(int cp) =>
        cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt k)
        {
            long i = k.Value;
            if (!HasAstral)
            {
                if (i < 0) i += Value.Length;
                if ((ulong)i >= (ulong)Value.Length) throw Ops.IndexError("string index out of range");
                return Char(Value[(int)i]);
            }
            var cps = CodePoints();
            if (i < 0) i += cps.Length;
            if ((ulong)i >= (ulong)cps.Length) throw Ops.IndexError("string index out of range");
            return new PyStr(FromCodePoint(cps[i]));
        }
        if (key is PySlice s)
        {
            if (!HasAstral)
            {
                s.Indices(Value.Length, out long start, out long stop, out long step, out long n);
                if (n == 0) return Empty;
                if (step == 1)
                {
                    if (n == Value.Length) return this;
                    return n == 1 ? Char(Value[(int)start]) : new PyStr(Value.Substring((int)start, (int)n), false);
                }
                if (step == -1)
                {
                    var rev = string.Create((int)n, (Value, (int)(start - n + 1)), static (span, st) =>
                        ReverseCopy(st.Value.AsSpan(st.Item2, span.Length), span));
                    return new PyStr(rev, false);
                }
                var picked = string.Create((int)n, (Value, (int)start, (int)step), static (span, st) =>
                {
                    var v = st.Value;
                    for (int j = 0, p = st.Item2; j < span.Length; j++, p += st.Item3) span[j] = v[p];
                });
                return new PyStr(picked, false);
            }
            var cps = CodePoints();
            s.Indices(cps.Length, out long st, out _, out long stp, out long cnt);
            var sb = new System.Text.StringBuilder();
            for (long j = 0, p = st; j < cnt; j++, p += stp) sb.Append(FromCodePoint(cps[p]));
            return new PyStr(sb.ToString());
        }
        if (key is PyBool || key is PyBigInt || key.Type.Lookup("__index__") != null)
            return GetItem(PyInt.Get(Ops.Index(key)));
        throw Ops.TypeError($"string indices must be integers, not '{key.Type.TpName}'");
    }

    /// <summary>dst = src reversed, in blocks small enough to stay in the L1 cache: each block is copied and then
    /// reversed in place (both vectorized), so a 10^7-character text crosses memory once, not twice.</summary>
    internal static void ReverseCopy(ReadOnlySpan<char> src, Span<char> dst)
    {
        const int Block = 4096;
        int n = src.Length;
        for (int done = 0; done < n;)
        {
            int k = Math.Min(Block, n - done);
            var piece = dst.Slice(done, k);
            src.Slice(n - done - k, k).CopyTo(piece);
            piece.Reverse();
            done += k;
        }
    }

    public override PyIterator Iter() => new StrIterator(this);

    public override bool Contains(PyObject item)
    {
        if (item is PyStr s) return Value.Contains(s.Value, StringComparison.Ordinal);
        throw Ops.TypeError($"'in <string>' requires string as left operand, not {item.Type.TpName}");
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyStr o) return PyNotImplemented.Instance;
        int c = string.CompareOrdinal(Value, o.Value);
        if (HasAstral || o.HasAstral) c = CompareCodePoints(Value, o.Value);
        return PyBool.Get(op switch
        {
            CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Eq => c == 0,
            CompareOp.Ne => c != 0, CompareOp.Gt => c > 0, _ => c >= 0,
        });
    }

    private static int CompareCodePoints(string a, string b)
    {
        var x = new PyStr(a).CodePoints();
        var y = new PyStr(b).CodePoints();
        int n = Math.Min(x.Length, y.Length);
        for (int i = 0; i < n; i++) if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
        return x.Length.CompareTo(y.Length);
    }
}

/// <summary>str_ascii_iterator / str_iterator (CPython names the iterator after the string's storage).</summary>
public sealed class StrIterator : PyIterator, IIteratorState
{
    private readonly PyStr _s;
    private int _i;
    private bool _done;
    public StrIterator(PyStr s) { _s = s; }
    public override PyType Type => System.Text.Ascii.IsValid(_s.Value) ? IteratorTypes.StrAscii : IteratorTypes.Str;
    public override bool TryNext(out PyObject value)
    {
        var v = _s.Value;
        if (_i >= v.Length) { _done = true; value = null!; return false; }
        char c = v[_i];
        if (char.IsHighSurrogate(c) && _i + 1 < v.Length && char.IsLowSurrogate(v[_i + 1]))
        {
            value = new PyStr(v.Substring(_i, 2));
            _i += 2;
            return true;
        }
        _i++;
        value = PyStr.Char(c);
        return true;
    }

    /// <summary>The position in code points (the UTF-16 index differs past an astral character).</summary>
    private long CodePointIndex() => _s.HasAstral ? new PyStr(_s.Value.Substring(0, _i)).Len() : _i;

    public PyObject LengthHint() => PyInt.Get(_done ? 0 : _s.Len() - CodePointIndex());
    public PyObject Reduce() => _done ? IteratorTypes.ReduceIter(PyStr.Empty) : IteratorTypes.ReduceAt("iter", _s, CodePointIndex());

    public void SetState(PyObject state)
    {
        long i = IteratorTypes.StateIndex(state);
        if (_done) return;
        long n = _s.Len();
        i = Math.Clamp(i, 0, n);
        if (!_s.HasAstral) { _i = (int)i; return; }
        int u = 0;
        for (long cp = 0; cp < i; cp++) u += char.IsHighSurrogate(_s.Value[u]) && u + 1 < _s.Value.Length && char.IsLowSurrogate(_s.Value[u + 1]) ? 2 : 1;
        _i = u;
    }
}
