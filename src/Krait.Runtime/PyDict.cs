using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>One entry of a <see cref="HashTable"/>: hash, key and value side by side, so a lookup that reaches
/// an entry reads all three from one cache line. A deleted entry has a null key.</summary>
public struct DictEntry
{
    public long Hash;
    public PyObject? Key;
    public PyObject? Value;
}

/// <summary>CPython's dict layout: a sparse index table (open addressing with perturbation, so runs of
/// consecutive int keys spread out) over a dense insertion-ordered array of entries.</summary>
public sealed class HashTable
{
    private int[] _indices = NewIndices(8);
    public DictEntry[] Entries = new DictEntry[5];
    /// <summary>Entries used (including deleted ones) and live entries.</summary>
    public int Used, Count;
    public int Version;
    /// <summary>Set when this table is a module's namespace: writes made through the dict update the module's
    /// global cells (compiled code reads those), see <see cref="PyModule.DictWrote"/>.</summary>
    public PyModule? Module;

    private static int[] NewIndices(int n)
    {
        // Plain loops here and in Grow: the generic Array.Fill/Array.Resize over these element types are not
        // precompiled, and every start-up would JIT them for its first dict.
        var a = new int[n];
        MarkEmpty(a);
        return a;
    }

    private static void MarkEmpty(int[] indices)
    {
        for (int i = 0; i < indices.Length; i++) indices[i] = -1;
    }

    private void Grow(int capacity)
    {
        var bigger = new DictEntry[capacity];
        Array.Copy(Entries, bigger, Math.Min(Entries.Length, capacity));
        Entries = bigger;
    }

    private static bool KeyEquals(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyStr sa && b is PyStr sb) return sa.Value == sb.Value;
        if (a is PyInt ia && b is PyInt ib) return ia.Value == ib.Value;
        if (PyTuple.BothExact(a, b)) return PyTuple.ExactEquals(Unsafe.As<PyTuple>(a), Unsafe.As<PyTuple>(b));
        return Ops.EqBool(a, b);
    }

    /// <summary>Index of <paramref name="key"/>'s entry, or -1.</summary>
    public int Find(PyObject key, long hash) => Probe(key, hash, out _);

    /// <summary>Index of <paramref name="key"/>'s entry, or -1; <paramref name="slot"/> is the index slot where the
    /// probe ended (the key's slot, or the empty slot an insertion of it would take).</summary>
    private int Probe(PyObject key, long hash, out int slot)
    {
        var indices = _indices;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            int ix = indices[i];
            if (ix == -1) { slot = i; return -1; }
            if (ix >= 0)
            {
                ref var en = ref Entries[ix];
                if (en.Hash == hash && KeyEquals(en.Key!, key)) { slot = i; return ix; }
            }
            perturb >>= 5;
            i = (int)((ulong)(i * 5) + perturb + 1) & mask;
        }
    }

    // The last lookup of a key whose hash and equality run no Python code (exact str, int, or a tuple of those):
    // a store or lookup of the same key object while the table is unchanged (Version counts insertions and
    // removals, the only changes that move keys) reuses its hash and probe. This makes the counting idioms
    // `d[k] = d.get(k, 0) + 1` and `if k in d: d[k] += 1` hash and probe once instead of two or three times.
    private PyObject? _lastKey;
    private long _lastHash;
    private int _lastVersion, _lastSlot, _lastEntry;

    private static bool HashIsPure(PyObject key)
    {
        // GetType() == typeof(...) written out each time: the JIT makes that pattern a method-table compare,
        // but calls Object.GetType() for a Type kept in a local.
        if (key.GetType() == typeof(PyStr) || key.GetType() == typeof(PyInt)) return true;
        if (key.GetType() != typeof(PyTuple)) return false;
        foreach (var item in Unsafe.As<PyTuple>(key).Items)
        {
            if (item.GetType() != typeof(PyStr) && item.GetType() != typeof(PyInt)) return false;
        }
        return true;
    }

    /// <summary>Entry index of <paramref name="key"/> or -1, remembering the probe for the next operation on the
    /// same key object.</summary>
    public int Lookup(PyObject key)
    {
        if (ReferenceEquals(key, _lastKey) && _lastVersion == Version) return _lastEntry;
        long hash = Ops.Hash(key);
        int ix = Probe(key, hash, out int slot);
        if (HashIsPure(key))
        {
            _lastKey = key;
            _lastHash = hash;
            _lastVersion = Version;
            _lastSlot = slot;
            _lastEntry = ix;
        }
        return ix;
    }

    public PyObject? Get(PyObject key)
    {
        int ix = Lookup(key);
        return ix < 0 ? null : Entries[ix].Value;
    }

    public void Set(PyObject key, PyObject? value)
    {
        if (ReferenceEquals(key, _lastKey) && _lastVersion == Version)
        {
            int e = _lastEntry;
            if (e >= 0)
            {
                Entries[e].Value = value;
                if (Module != null) Module.DictWrote(key, value);
                return;
            }
            // Absent: the remembered empty slot is where the insertion goes, unless the table must grow first.
            if (!((Used + 1) * 3 >= _indices.Length * 2) && Used < Entries.Length)
            {
                _indices[_lastSlot] = Append(key, _lastHash, value);
                if (Module != null) Module.DictWrote(key, value);
                return;
            }
            Insert(key, _lastHash, value);
            return;
        }
        long hash = Ops.Hash(key);
        int ix = Find(key, hash);
        if (ix >= 0)
        {
            Entries[ix].Value = value;
            if (Module != null) Module.DictWrote(key, value);
            return;
        }
        Insert(key, hash, value);
    }

    /// <summary>A module global's store from its cell: no write-back to the cell. Returns the entry index.</summary>
    public int SetFromCell(PyObject key, PyObject value)
    {
        long hash = Ops.Hash(key);
        int ix = Find(key, hash);
        if (ix >= 0) { Entries[ix].Value = value; return ix; }
        InsertCore(key, hash, value);
        return Used - 1;
    }

    /// <summary>Adds a key known to be absent.</summary>
    public void Insert(PyObject key, long hash, PyObject? value)
    {
        InsertCore(key, hash, value);
        if (Module != null) Module.DictWrote(key, value);
    }

    private void InsertCore(PyObject key, long hash, PyObject? value)
    {
        if ((Used + 1) * 3 >= _indices.Length * 2) Resize();
        if (Used == Entries.Length) Grow(Entries.Length * 2);
        PlaceIndex(hash, Append(key, hash, value));
    }

    /// <summary>Adds the entry at the end of the entries (room known to be there); returns its index.</summary>
    private int Append(PyObject key, long hash, PyObject? value)
    {
        int e = Used++;
        ref var en = ref Entries[e];
        en.Hash = hash;
        en.Key = key;
        en.Value = value;
        Count++;
        Version++;
        return e;
    }

    private void PlaceIndex(long hash, int entry)
    {
        var indices = _indices;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (indices[i] != -1)
        {
            perturb >>= 5;
            i = (int)((ulong)(i * 5) + perturb + 1) & mask;
        }
        indices[i] = entry;
    }

    private void Resize()
    {
        // Compact the entries and rebuild the index at a size for 3x the live count.
        var entries = Entries;
        int live = 0;
        for (int e = 0; e < Used; e++)
        {
            if (entries[e].Key == null) continue;
            if (live != e) entries[live] = entries[e];
            live++;
        }
        Array.Clear(entries, live, Used - live);
        Used = live;
        int size = 8;
        while (size * 2 <= (live + 1) * 3) size <<= 1;
        size <<= 1;
        // A table whose keys come and go (a queue keyed by time, a sieve's pending composites) compacts at the
        // same size again and again: refilling the index it has spares a fresh array each time, which for a big
        // table is a large-object allocation, and those bring on full collections.
        if (_indices.Length == size) MarkEmpty(_indices);
        else _indices = NewIndices(size);
        for (int e = 0; e < live; e++) PlaceIndex(entries[e].Hash, e);
        if (entries.Length < size) Grow(size * 2 / 3 + 1);
    }

    public bool Remove(PyObject key, out PyObject? value)
    {
        long hash = Ops.Hash(key);
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            int ix = _indices[i];
            if (ix == -1) { value = null; return false; }
            if (ix >= 0 && Entries[ix].Hash == hash && KeyEquals(Entries[ix].Key!, key))
            {
                ref var en = ref Entries[ix];
                value = en.Value;
                _indices[i] = -2;
                en.Key = null;
                en.Value = null;
                Count--;
                Version++;
                if (Module != null) Module.DictWrote(key, null);
                return true;
            }
            perturb >>= 5;
            i = (int)((ulong)(i * 5) + perturb + 1) & mask;
        }
    }

    public void Clear()
    {
        _indices = NewIndices(8);
        Entries = new DictEntry[5];
        Used = Count = 0;
        Version++;
        if (Module != null) Module.DictCleared();
    }
}

public class PyDict : PyObject
{
    public readonly HashTable Table = new();

    public override PyType Type => PyType.DictType;
    public override long Len() => Table.Count;
    public override bool IsTrue() => Table.Count != 0;
    public override long Hash() => throw Ops.TypeError("unhashable type: 'dict'");

    public override PyObject GetItem(PyObject key)
    {
        var v = Table.Get(key);
        if (v != null) return v;
        throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, key));
    }

    public PyObject? TryGet(PyObject key) => Table.Get(key);

    public override void SetItem(PyObject key, PyObject value) => Table.Set(key, value);

    public override void DelItem(PyObject key)
    {
        if (!Table.Remove(key, out _))
            throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, key));
    }

    public override bool Contains(PyObject item) => Table.Lookup(item) >= 0;

    public override PyIterator Iter() => new DictIterator(this, DictIterator.Kind.Keys);

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyDict o || (op != CompareOp.Eq && op != CompareOp.Ne)) return PyNotImplemented.Instance;
        bool eq = Table.Count == o.Table.Count;
        if (eq && Table.Count > 0)
        {
            Ops.EnterNested(" in comparison");
            try
            {
                var t = Table;
                for (int e = 0; e < t.Used && eq; e++)
                {
                    var (k, v) = (t.Entries[e].Key, t.Entries[e].Value);
                    if (k == null) continue;
                    var ov = o.Table.Get(k);
                    eq = ov != null && (ReferenceEquals(ov, v) || Ops.EqBool(v!, ov));
                }
            }
            finally { Ops.Depth--; }
        }
        return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
    }

    public override string Repr()
    {
        if (!ReprGuard.Enter(this)) return "{...}";
        try
        {
            var sb = new System.Text.StringBuilder("{");
            var t = Table;
            bool first = true;
            for (int e = 0; e < t.Used; e++)
            {
                var (k, v) = (t.Entries[e].Key, t.Entries[e].Value);
                if (k == null) continue;
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Ops.Repr(k)).Append(": ").Append(Ops.Repr(v!));
            }
            return sb.Append('}').ToString();
        }
        finally { ReprGuard.Leave(this); }
    }
}

/// <summary>dict_keyiterator / dict_valueiterator / dict_itemiterator: entries in insertion order.</summary>
public sealed class DictIterator : PyIterator, IIteratorState
{
    public enum Kind { Keys, Values, Items }
    private readonly HashTable _t;
    private readonly Kind _kind;
    private readonly int _count;
    private readonly bool _isSet;
    private int _e, _left;

    public DictIterator(PyDict d, Kind kind) { _t = d.Table; _kind = kind; _count = _left = d.Table.Count; }
    public DictIterator(HashTable t) { _t = t; _kind = Kind.Keys; _count = _left = t.Count; _isSet = true; }

    public override PyType Type => _isSet ? IteratorTypes.Set
        : _kind == Kind.Keys ? IteratorTypes.DictKey : _kind == Kind.Values ? IteratorTypes.DictValue : IteratorTypes.DictItem;

    public PyObject LengthHint() => PyInt.Get(_t.Count == _count ? _left : 0);
    public PyObject Reduce() => IteratorTypes.ReduceRemaining((DictIterator)MemberwiseClone());
    public void SetState(PyObject state) { }

    public override bool TryNext(out PyObject value)
    {
        var t = _t;
        if (t.Count != _count)
        {
            if (_e == int.MaxValue) { value = null!; return false; }   // exhausted before the change
            throw Ops.RuntimeError(_isSet ? "Set changed size during iteration" : "dictionary changed size during iteration");
        }
        while (_e < t.Used)
        {
            int e = _e++;
            ref var en = ref t.Entries[e];
            var k = en.Key;
            if (k == null) continue;
            _left--;
            value = _kind switch
            {
                Kind.Keys => k,
                Kind.Values => en.Value!,
                _ => new PyTuple(new[] { k, en.Value! }),
            };
            return true;
        }
        _e = int.MaxValue;
        value = null!;
        return false;
    }
}

/// <summary>Guards reprs of containers against infinite recursion (<c>[...]</c>).</summary>
public static class ReprGuard
{
    [ThreadStatic] private static HashSet<object>? s_active;

    public static bool Enter(object o)
    {
        s_active ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
        if (!s_active.Add(o)) return false;
        // Nested containers count toward the recursion limit as in CPython, so a 100,000-deep list ends in
        // RecursionError instead of a deep .NET stack (and quadratic string building).
        if (++Ops.Depth > Ops.RecursionLimit
            || (Ops.Depth > 200 && !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            Ops.Depth--;
            s_active.Remove(o);
            throw Ops.Error(ExceptionTypes.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
        }
        return true;
    }

    public static void Leave(object o)
    {
        s_active!.Remove(o);
        Ops.Depth--;
    }
}
