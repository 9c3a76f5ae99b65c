using System.Text;

namespace Krait.Runtime;

public class PyTuple : PyObject
{
    public readonly PyObject[] Items;
    public static readonly PyTuple Empty = new(Array.Empty<PyObject>());

    public PyTuple(PyObject[] items) { Items = items; }

    public override PyType Type => PyType.TupleType;
    public override long Len() => Items.Length;
    public override bool IsTrue() => Items.Length != 0;
    public override PyIterator Iter() => new TupleIterator(this);

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt k)
        {
            long i = k.Value;
            if (i < 0) i += Items.Length;
            if ((ulong)i >= (ulong)Items.Length) throw Ops.IndexError("tuple index out of range");
            return Items[i];
        }
        if (key is PySlice s)
        {
            s.Indices(Items.Length, out long start, out _, out long step, out long n);
            var r = new PyObject[n];
            for (long j = 0, p = start; j < n; j++, p += step) r[j] = Items[p];
            return new PyTuple(r);
        }
        if (key is PyBool || key.Type.Lookup("__index__") != null) return GetItem(PyInt.Get(Ops.Index(key)));
        throw Ops.TypeError($"tuple indices must be integers or slices, not {key.Type.TpName}");
    }

    /// <summary>Whether two exact tuples are equal, as CPython's tuple comparison decides it (lengths first, then
    /// each pair of items by identity or ==), without the rich-comparison protocol's result object: dict and set
    /// lookups with tuple keys ask this of every candidate entry.</summary>
    internal static bool ExactEquals(PyTuple a, PyTuple b)
    {
        var x = a.Items;
        var y = b.Items;
        if (x.Length != y.Length) return false;
        for (int i = 0; i < x.Length; i++)
        {
            // Identity first for every item (a NaN equals itself here); EqBool has the str and int fast paths.
            if (!ReferenceEquals(x[i], y[i]) && !Ops.EqBool(x[i], y[i])) return false;
        }
        return true;
    }

    /// <summary>Both are built-in tuples (not instances of a subclass, whose == may be its own).</summary>
    internal static bool BothExact(PyObject a, PyObject b) => a.GetType() == typeof(PyTuple) && b.GetType() == typeof(PyTuple);

    public override long Hash()
    {
        ulong acc = Numerics.NumericHash.TupleStart;
        foreach (var item in Items) acc = Numerics.NumericHash.TupleAdd(acc, Ops.Hash(item));
        return Numerics.NumericHash.TupleFinish(acc, Items.Length);
    }

    public override string Repr()
    {
        if (Items.Length == 0) return "()";
        if (!ReprGuard.Enter(this)) return "(...)";
        try
        {
            var sb = new StringBuilder("(");
            for (int i = 0; i < Items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.Repr(Items[i]));
            }
            if (Items.Length == 1) sb.Append(',');
            return sb.Append(')').ToString();
        }
        finally { ReprGuard.Leave(this); }
    }

    public override PyObject RichCompare(PyObject other, CompareOp op) =>
        other is PyTuple o ? Ops.CompareSequences(Items, Items.Length, o.Items, o.Items.Length, op) : PyNotImplemented.Instance;
}

public sealed class PyList : PyObject
{
    public PyObject[] Items;
    public int Count;

    public PyList() { Items = Array.Empty<PyObject>(); }
    public PyList(int capacity) { Items = capacity == 0 ? Array.Empty<PyObject>() : new PyObject[capacity]; }
    public PyList(PyObject[] items) { Items = items; Count = items.Length; }

    public override PyType Type => PyType.ListType;
    public override long Len() => Count;
    public override bool IsTrue() => Count != 0;
    public override long Hash() => throw Ops.TypeError("unhashable type: 'list'");
    public override PyIterator Iter() => new ListIterator(this);

    public void Append(PyObject v)
    {
        if (Count == Items.Length) Array.Resize(ref Items, Math.Max(4, Count * 2));
        Ops.StoreNoCheck(Items, Count++, v);
    }

    public PyObject[] ToArray()
    {
        var a = new PyObject[Count];
        Array.Copy(Items, a, Count);
        return a;
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt k)
        {
            long i = k.Value;
            if (i < 0) i += Count;
            if ((ulong)i >= (ulong)Count) throw Ops.IndexError("list index out of range");
            return Items[i];
        }
        if (key is PySlice s)
        {
            s.Indices(Count, out long start, out _, out long step, out long n);
            var r = new PyObject[n];
            if (step == 1) Array.Copy(Items, start, r, 0, n);
            else for (long j = 0, p = start; j < n; j++, p += step) r[j] = Items[p];
            return new PyList(r);
        }
        if (key is PyBool || key.Type.Lookup("__index__") != null) return GetItem(PyInt.Get(Ops.Index(key)));
        throw Ops.TypeError($"list indices must be integers or slices, not {key.Type.TpName}");
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (key is PyInt k)
        {
            long i = k.Value;
            if (i < 0) i += Count;
            if ((ulong)i >= (ulong)Count) throw Ops.IndexError("list assignment index out of range");
            Items[i] = value;
            return;
        }
        if (key is PySlice s)
        {
            var src = Ops.ToArray(value);
            s.Indices(Count, out long start, out long stop, out long step, out long n);
            if (step == 1)
            {
                var tail = new PyObject[Count - Math.Max(stop, start)];
                Array.Copy(Items, Math.Max(stop, start), tail, 0, tail.Length);
                Count = (int)start;
                foreach (var v in src) Append(v);
                foreach (var v in tail) Append(v);
                return;
            }
            if (src.Length != n)
                throw Ops.ValueError($"attempt to assign sequence of size {src.Length} to extended slice of size {n}");
            for (long j = 0, p = start; j < n; j++, p += step) Items[p] = src[j];
            return;
        }
        if (key is PyBool || key.Type.Lookup("__index__") != null) { SetItem(PyInt.Get(Ops.Index(key)), value); return; }
        throw Ops.TypeError($"list indices must be integers or slices, not {key.Type.TpName}");
    }

    public override void DelItem(PyObject key)
    {
        if (key is PySlice s)
        {
            s.Indices(Count, out long start, out _, out long step, out long n);
            var keep = new List<PyObject>();
            var del = new HashSet<long>();
            for (long j = 0, p = start; j < n; j++, p += step) del.Add(p);
            for (int i = 0; i < Count; i++) if (!del.Contains(i)) keep.Add(Items[i]);
            Items = keep.ToArray();
            Count = Items.Length;
            return;
        }
        long idx = Ops.Index(key);
        if (idx < 0) idx += Count;
        if ((ulong)idx >= (ulong)Count) throw Ops.IndexError("list assignment index out of range");
        RemoveAt((int)idx);
    }

    public void RemoveAt(int i)
    {
        Array.Copy(Items, i + 1, Items, i, Count - i - 1);
        Items[--Count] = null!;
    }

    public void Insert(long i, PyObject v)
    {
        if (i < 0) { i += Count; if (i < 0) i = 0; }
        if (i > Count) i = Count;
        Append(v);
        Array.Copy(Items, i, Items, i + 1, Count - 1 - i);
        Items[i] = v;
    }

    public override string Repr()
    {
        if (!ReprGuard.Enter(this)) return "[...]";
        try
        {
            var sb = new StringBuilder("[");
            for (int i = 0; i < Count; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.Repr(Items[i]));
            }
            return sb.Append(']').ToString();
        }
        finally { ReprGuard.Leave(this); }
    }

    public override PyObject RichCompare(PyObject other, CompareOp op) =>
        other is PyList o ? Ops.CompareSequences(Items, Count, o.Items, o.Count, op) : PyNotImplemented.Instance;
}

public sealed class ArrayIterator : PyIterator
{
    private readonly PyObject[] _a;
    private readonly int _n;
    private readonly PyType? _type;
    private int _i;
    public ArrayIterator(PyObject[] a, int n, PyType? type = null) { _a = a; _n = n; _type = type; }
    public override PyType Type => _type ?? IteratorTypes.Sequence;
    public override bool TryNext(out PyObject value)
    {
        if (_i < _n) { value = _a[_i++]; return true; }
        value = null!;
        return false;
    }
}

/// <summary>list_iterator: reads the list by index as it goes; lets go of the list once exhausted, as CPython.</summary>
public sealed class ListIterator : PyIterator, IIteratorState
{
    private PyList? _l;
    private int _i;
    public ListIterator(PyList l) { _l = l; }
    public override PyType Type => IteratorTypes.List;
    public override bool TryNext(out PyObject value)
    {
        var l = _l;
        if (l != null)
        {
            if (_i < l.Count) { value = l.Items[_i++]; return true; }
            _l = null;
        }
        value = null!;
        return false;
    }

    public PyObject LengthHint() => PyInt.Get(_l == null ? 0 : Math.Max(0, _l.Count - _i));
    public PyObject Reduce() => _l == null ? IteratorTypes.ReduceIter(new PyList()) : IteratorTypes.ReduceAt("iter", _l, _i);

    public void SetState(PyObject state)
    {
        long i = IteratorTypes.StateIndex(state);
        if (_l == null) return;
        _i = (int)Math.Clamp(i, 0, _l.Count);
    }
}

/// <summary>Iterates an object by <c>__getitem__</c> with 0, 1, 2, ... until IndexError.</summary>
public sealed class SequenceIterator : PyIterator, IIteratorState
{
    private PyObject? _o;
    private long _i;
    public SequenceIterator(PyObject o) { _o = o; }
    public override bool TryNext(out PyObject value)
    {
        var o = _o;
        if (o != null)
        {
            try { value = o.GetItem(PyInt.Get(_i)); _i++; return true; }
            catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.IndexError)
                                            || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
            { _o = null; }
        }
        value = null!;
        return false;
    }

    public PyObject LengthHint()
    {
        if (_o == null) return PyInt.Get(0);
        long n;
        try { n = _o.Len(); }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError)) { return PyNotImplemented.Instance; }
        return PyInt.Get(Math.Max(0, n - _i));
    }

    public PyObject Reduce() => _o == null ? IteratorTypes.ReduceIter(PyTuple.Empty) : IteratorTypes.ReduceAt("iter", _o, _i);

    public void SetState(PyObject state)
    {
        long i = IteratorTypes.StateIndex(state);
        if (_o != null) _i = Math.Max(0, i);
    }
}

/// <summary>A Python-level iterator (an object with <c>__next__</c>) seen through TryNext.</summary>
public sealed class NextMethodIterator : PyIterator
{
    private readonly PyObject _o;
    public NextMethodIterator(PyObject o) { _o = o; }
    public override PyType Type => _o.Type;
    public PyObject Target => _o;
    // __next__ as last looked up, kept while the class is unchanged.
    private PyType? _seen;
    private int _seenVersion;
    private PyObject? _next;

    public override bool TryNext(out PyObject value)
    {
        var t = _o.Type;
        if (t != _seen || t.Version != _seenVersion)
        {
            _next = t.Lookup("__next__")!;
            _seen = t;
            _seenVersion = t.Version;
        }
        var next = _next!;
        try { value = next.Call1(_o); return true; }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        { value = null!; return false; }
    }
    public override string Repr() => _o.Repr();
}

/// <summary>Adapts a .NET enumerator (builtins' lazy iterators: zip, enumerate, map, ...).</summary>
public sealed class EnumeratorIterator : PyIterator
{
    private readonly IEnumerator<PyObject> _e;
    private readonly PyType _type;
    public EnumeratorIterator(IEnumerable<PyObject> e, PyType? type = null) { _e = e.GetEnumerator(); _type = type ?? IteratorTypes.Sequence; }
    public override PyType Type => _type;
    public override bool TryNext(out PyObject value)
    {
        if (_e.MoveNext()) { value = _e.Current; return true; }
        value = null!;
        return false;
    }
}
