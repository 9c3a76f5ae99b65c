using System.Runtime.CompilerServices;
using System.Text;

namespace Krait.Runtime;

/// <summary>set and frozenset over <see cref="SetTable"/> (CPython's table, so CPython's iteration order).</summary>
public sealed class PySet : PyObject
{
    public SetTable Table = new();
    public readonly bool Frozen;
    private long _hash = -1;

    public PySet(bool frozen = false) { Frozen = frozen; }

    public override PyType Type => Frozen ? PyType.FrozenSetType : PyType.SetType;
    public override long Len() => Table.Count;
    public override bool IsTrue() => Table.Count != 0;
    public override PyIterator Iter() => new SetIterator(this);

    /// <summary>A new set (or frozenset) holding the items of <paramref name="iterable"/>.</summary>
    public static PySet From(PyObject? iterable, bool frozen)
    {
        var s = new PySet(frozen);
        if (iterable != null) s.Update(iterable);
        return s;
    }

    public PySet Copy() { var r = new PySet(Frozen); r.Table.Merge(Table); return r; }

    public void Add(PyObject key) => Table.Add(key, Ops.Hash(key));

    /// <summary>set_update_internal: sets merge table to table, plain dicts bring their hashes, others iterate.</summary>
    public void Update(PyObject other)
    {
        var o = PyInstance.Unwrap(other);
        if (o is PySet s) { Table.Merge(s.Table); return; }
        if (o is PyDict d && o.Type == PyType.DictType && ReferenceEquals(o, other)) { Table.MergeDict(d.Table); return; }
        // Lists and tuples are read by index (re-checking the length, as list iteration does: a __hash__ or
        // __eq__ may change the list); anything else through its iterator.
        if (o == other && o is PyList l)
        {
            for (int i = 0; i < l.Count; i++) { var v = l.Items[i]; Table.Add(v, Ops.Hash(v)); }
            return;
        }
        if (o == other && o.GetType() == typeof(PyTuple))
        {
            foreach (var v in Unsafe.As<PyTuple>(o).Items) Table.Add(v, Ops.Hash(v));
            return;
        }
        var it = Ops.GetIter(other);
        while (it.TryNext(out var v)) Table.Add(v, Ops.Hash(v));
    }

    /// <summary>The hash to look <paramref name="key"/> up with; an unhashable set is looked up as a frozenset.</summary>
    internal static long LookupHash(ref PyObject key)
    {
        if (key is PyStr s) return s.Hash();
        if (key is PyInt i) return Numerics.NumericHash.Int(i.Value);
        if (PyInstance.Unwrap(key) is PySet { Frozen: false } ms)
        {
            var fs = new PySet(frozen: true);
            fs.Table.Merge(ms.Table);
            key = fs;
            return fs.Hash();
        }
        return key.Hash();
    }

    public override bool Contains(PyObject item) => Table.Find(item, LookupHash(ref item)) >= 0;

    public bool Discard(PyObject key) => Table.Discard(key, LookupHash(ref key));

    public override long Hash()
    {
        if (!Frozen) throw Ops.TypeError("unhashable type: 'set'");
        if (_hash != -1) return _hash;
        // Order-independent: xor of each entry's shuffled hash, then the size, then a final dispersal (as CPython).
        ulong h = 0;
        var t = Table;
        var slots = t.Slots;
        for (int e = 0; e < slots.Length; e++)
        {
            if (slots[e].Key == null) continue;
            ulong x = (ulong)slots[e].Hash;
            h ^= ((x ^ 89869747UL) ^ (x << 16)) * 3644798167UL;
        }
        h ^= ((ulong)t.Count + 1) * 1927868237UL;
        h ^= (h >> 11) ^ (h >> 25);
        h = h * 69069U + 907133923UL;
        long r = (long)h;
        return _hash = r == -1 ? 590923713 : r;
    }

    public override string Repr() => ReprAs(null);

    /// <summary>The repr, under a subclass's name when <paramref name="className"/> is given.</summary>
    public string ReprAs(string? className)
    {
        string name = className ?? (Frozen ? "frozenset" : "set");
        if (Table.Count == 0) return name + "()";
        if (!ReprGuard.Enter(this)) return name + "(...)";
        try
        {
            bool wrap = className != null || Frozen;
            var sb = new StringBuilder();
            if (wrap) sb.Append(name).Append('(');
            sb.Append('{');
            bool first = true;
            var slots = Table.Slots;
            for (int e = 0; e < slots.Length; e++)
            {
                var k = slots[e].Key;
                if (k == null) continue;
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Ops.Repr(k));
            }
            sb.Append('}');
            if (wrap) sb.Append(')');
            return sb.ToString();
        }
        finally { ReprGuard.Leave(this); }
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (PyInstance.Unwrap(other) is not PySet o) return PyNotImplemented.Instance;
        long n = Table.Count, m = o.Table.Count;
        return PyBool.Get(op switch
        {
            CompareOp.Eq => n == m && IsSubset(this, o),
            CompareOp.Ne => !(n == m && IsSubset(this, o)),
            CompareOp.Le => IsSubset(this, o),
            CompareOp.Lt => n < m && IsSubset(this, o),
            CompareOp.Ge => IsSubset(o, this),
            _ => n > m && IsSubset(o, this),
        });
    }

    internal static bool IsSubset(PySet a, PySet b)
    {
        if (a.Table.Count > b.Table.Count) return false;
        var slots = a.Table.Slots;
        for (int e = 0; e < slots.Length; e++)
        {
            var k = slots[e].Key;
            if (k != null && b.Table.Find(k, slots[e].Hash) < 0) return false;
        }
        return true;
    }
}

/// <summary>Iterates a set's slots in order; a change of size between steps is CPython's RuntimeError.</summary>
public sealed class SetIterator : PyIterator, IIteratorState
{
    private PySet? _s;
    private int _pos, _used, _left;

    public SetIterator(PySet s) { _s = s; _used = _left = s.Table.Count; }

    public override PyType Type => IteratorTypes.Set;

    public PyObject LengthHint() => PyInt.Get(_s != null && _s.Table.Count == _used ? _left : 0);
    public PyObject Reduce() => IteratorTypes.ReduceRemaining((SetIterator)MemberwiseClone());
    public void SetState(PyObject state) { }

    public override bool TryNext(out PyObject value)
    {
        var s = _s;
        if (s != null)
        {
            var t = s.Table;
            if (t.Count != _used)
            {
                _used = -1;
                throw Ops.RuntimeError("Set changed size during iteration");
            }
            var slots = t.Slots;
            while (_pos < slots.Length)
            {
                var k = slots[_pos++].Key;
                if (k != null) { _left--; value = k; return true; }
            }
            _s = null;
        }
        value = null!;
        return false;
    }
}
