namespace Krait.Runtime;

/// <summary>
/// Set algebra in CPython's steps (which operand is iterated, which table is copied, when a table is resized),
/// since those steps decide the order the result iterates in.
/// </summary>
public static class SetOps
{
    /// <summary>The set behind an operand: a set, frozenset or an instance of a subclass of one.</summary>
    public static PySet? AsSet(PyObject o) => PyInstance.Unwrap(o) as PySet;

    public static PySet Union(PySet a, PySet b)
    {
        var r = a.Copy();
        if (a != b) r.Table.Merge(b.Table);
        return r;
    }

    public static PySet Intersection(PySet a, PySet b) => Intersection(a, (PyObject)b);

    /// <summary>set_intersection: iterates the smaller set (the argument when sizes tie), or the iterable.</summary>
    public static PySet Intersection(PySet a, PyObject other)
    {
        if (a == (object)other) return a.Copy();
        var r = new PySet(a.Frozen);
        if (AsSet(other) is PySet b)
        {
            PySet big = a, small = b;
            if (b.Table.Count > a.Table.Count) { big = b; small = a; }
            var slots = small.Table.Slots;
            for (int e = 0; e < slots.Length; e++)
            {
                var k = slots[e].Key;
                if (k == null) continue;
                long h = slots[e].Hash;
                if (big.Table.Find(k, h) >= 0) r.Table.Add(k, h);
            }
            return r;
        }
        var it = Ops.GetIter(other);
        while (it.TryNext(out var v))
        {
            long h = Ops.Hash(v);
            if (a.Table.Find(v, h) >= 0) r.Table.Add(v, h);
        }
        return r;
    }

    public static PySet Difference(PySet a, PySet b) => Difference(a, (PyObject)b);

    /// <summary>set_difference: a fresh table of a's keys missing from other, or copy-then-remove when other
    /// is small or not a set/dict.</summary>
    public static PySet Difference(PySet a, PyObject other)
    {
        var b = AsSet(other);
        PyDict? d = other is PyDict pd && other.Type == PyType.DictType ? pd : null;
        if (b == null && d == null) return CopyAndDifference(a, other);
        long otherSize = b != null ? b.Table.Count : d!.Table.Count;
        if ((a.Table.Count >> 2) > otherSize) return CopyAndDifference(a, other);
        var r = new PySet(a.Frozen);
        var slots = a.Table.Slots;
        for (int e = 0; e < slots.Length; e++)
        {
            var k = slots[e].Key;
            if (k == null) continue;
            long h = slots[e].Hash;
            bool found = b != null ? b.Table.Find(k, h) >= 0 : d!.Table.Find(k, h) >= 0;
            if (!found) r.Table.Add(k, h);
        }
        return r;
    }

    private static PySet CopyAndDifference(PySet a, PyObject other)
    {
        var r = a.Copy();
        DifferenceUpdate(r, other);
        return r;
    }

    /// <summary>set_difference_update_internal, including its shrink when over a quarter of slots are dummies.</summary>
    public static void DifferenceUpdate(PySet s, PyObject other)
    {
        if (s == AsSet(other)) { s.Table.Clear(); return; }
        var t = s.Table;
        if (AsSet(other) is PySet o)
        {
            if ((o.Table.Count >> 3) > t.Count) o = Intersection(s, o);
            var slots = o.Table.Slots;
            for (int e = 0; e < slots.Length; e++)
                if (slots[e].Key != null) t.Discard(slots[e].Key!, slots[e].Hash);
        }
        else
        {
            var it = Ops.GetIter(other);
            while (it.TryNext(out var v)) s.Discard(v);
        }
        if ((uint)(t.Fill - t.Count) <= (uint)t.Mask / 4) return;
        t.Resize(t.Count > 50000 ? t.Count * 2 : t.Count * 4);
    }

    public static PySet SymmetricDifference(PySet a, PySet b) => SymmetricDifference(a, (PyObject)b);

    /// <summary>set_symmetric_difference: a new set from other, updated with a.</summary>
    public static PySet SymmetricDifference(PySet a, PyObject other)
    {
        var r = PySet.From(other, a.Frozen);
        SymmetricDifferenceUpdate(r, a);
        return r;
    }

    public static void SymmetricDifferenceUpdate(PySet s, PyObject other)
    {
        if (s == (object)other) { s.Table.Clear(); return; }
        var t = s.Table;
        if (other is PyDict d && other.Type == PyType.DictType)
        {
            var dt = d.Table;
            for (int e = 0; e < dt.Used; e++)
            {
                var k = dt.Entries[e].Key;
                if (k != null && !t.Discard(k, dt.Entries[e].Hash)) t.Add(k, dt.Entries[e].Hash);
            }
            return;
        }
        var o = AsSet(other) ?? PySet.From(other, false);
        if (o == s) { t.Clear(); return; }
        var slots = o.Table.Slots;
        for (int e = 0; e < slots.Length; e++)
        {
            var k = slots[e].Key;
            if (k != null && !t.Discard(k, slots[e].Hash)) t.Add(k, slots[e].Hash);
        }
    }

    /// <summary>intersection_update: the set takes over the intersection's table.</summary>
    public static void IntersectionUpdate(PySet s, PyObject other)
    {
        var r = Intersection(s, other);
        if (r != s) s.Table.TakeSlotsOf(r.Table);
    }

    /// <summary>In-place operators of a mutable set (`|=`, `&amp;=`, `-=`, `^=`); null when they do not apply
    /// (frozensets, non-set operands), so the binary operator runs instead.</summary>
    public static PyObject? InPlace(BinOp op, PyObject a, PyObject b)
    {
        if (AsSet(a) is not { Frozen: false } s || AsSet(b) is null) return null;
        switch (op)
        {
            case BinOp.Or: s.Update(b); return a;
            case BinOp.And: IntersectionUpdate(s, b); return a;
            case BinOp.Sub: DifferenceUpdate(s, b); return a;
            case BinOp.Xor: SymmetricDifferenceUpdate(s, b); return a;
        }
        return null;
    }

    public static bool IsDisjoint(PySet a, PyObject other)
    {
        if (a == (object)other) return a.Table.Count == 0;
        if (AsSet(other) is PySet b)
        {
            PySet big = a, small = b;
            if (b.Table.Count > a.Table.Count) { big = b; small = a; }
            var slots = small.Table.Slots;
            for (int e = 0; e < slots.Length; e++)
                if (slots[e].Key != null && big.Table.Find(slots[e].Key!, slots[e].Hash) >= 0) return false;
            return true;
        }
        var it = Ops.GetIter(other);
        while (it.TryNext(out var v))
            if (a.Table.Find(v, Ops.Hash(v)) >= 0) return false;
        return true;
    }
}
