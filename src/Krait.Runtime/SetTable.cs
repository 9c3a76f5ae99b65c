namespace Krait.Runtime;

/// <summary>
/// The hash table behind set and frozenset, with CPython's layout and probing (setobject.c): slots hold
/// (key, hash) directly and iteration walks the slots in order, so a set iterates, prints and pops in
/// CPython's order. A lookup checks LinearProbes neighbours of a slot before a perturbed jump; a removed key
/// leaves a dummy (null key, hash -1) that lookups step over and insertions reuse; an empty slot is a null key
/// with hash 0. The table grows to used*4 (used*2 past 50000) when fill*5 reaches mask*3.
/// </summary>
public sealed class SetTable
{
    public const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;
    private const long DummyHash = -1;

    /// <summary>Slot keys (null: empty or dummy) and their hashes (0 empty, -1 dummy when the key is null).</summary>
    public PyObject?[] Keys = new PyObject?[MinSize];
    public long[] Hashes = new long[MinSize];
    public int Mask = MinSize - 1;
    /// <summary>Live keys (CPython's used) and live plus dummy slots (fill).</summary>
    public int Count, Fill;
    /// <summary>Where pop() resumes its scan.</summary>
    public int Finger;

    public int Size => Mask + 1;

    private static bool KeyEquals(PyObject k, PyObject key)
    {
        if (k is PyStr a && key is PyStr b) return a.Value == b.Value;
        if (k is PyInt x && key is PyInt y) return x.Value == y.Value;
        return Ops.EqBool(k, key);
    }

    /// <summary>Slot of <paramref name="key"/>, or -1.</summary>
    public int Find(PyObject key, long hash)
    {
    restart:
        var keys = Keys;
        var hashes = Hashes;
        int mask = Mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                var k = keys[j];
                if (k == null)
                {
                    if (hashes[j] == 0) return -1;
                }
                else if (hashes[j] == hash)
                {
                    if (ReferenceEquals(k, key)) return j;
                    bool eq = KeyEquals(k, key);
                    // A comparison that ran Python code may have changed the table: start again, as CPython does.
                    if (keys != Keys || keys[j] != k) goto restart;
                    if (eq) return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Adds <paramref name="key"/> unless present (set_add_entry).</summary>
    public void Add(PyObject key, long hash)
    {
    restart:
        var keys = Keys;
        var hashes = Hashes;
        int mask = Mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeSlot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                var k = keys[j];
                if (k == null)
                {
                    if (hashes[j] == 0)
                    {
                        if (freeSlot >= 0)
                        {
                            keys[freeSlot] = key;
                            hashes[freeSlot] = hash;
                            Count++;
                            return;
                        }
                        keys[j] = key;
                        hashes[j] = hash;
                        Fill++;
                        Count++;
                        if ((long)Fill * 5 >= (long)mask * 3) Resize(Count > 50000 ? Count * 2 : Count * 4);
                        return;
                    }
                    freeSlot = j;   // CPython 3.11 reuses the last dummy passed (checked against it)
                }
                else if (hashes[j] == hash)
                {
                    if (ReferenceEquals(k, key)) return;
                    bool eq = KeyEquals(k, key);
                    if (eq) return;
                    if (keys != Keys || keys[j] != k) goto restart;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Removes <paramref name="key"/>, leaving a dummy; false when absent.</summary>
    public bool Discard(PyObject key, long hash)
    {
        int j = Find(key, hash);
        if (j < 0) return false;
        Keys[j] = null;
        Hashes[j] = DummyHash;
        Count--;
        return true;
    }

    public void RemoveAt(int slot)
    {
        Keys[slot] = null;
        Hashes[slot] = DummyHash;
        Count--;
    }

    /// <summary>Takes over another table's slots but keeps its own pop finger (set_swap_bodies leaves the
    /// finger alone, so an in-place intersection pops from where the set left off).</summary>
    public void TakeSlotsOf(SetTable other)
    {
        Keys = other.Keys;
        Hashes = other.Hashes;
        Mask = other.Mask;
        Count = other.Count;
        Fill = other.Fill;
    }

    public void Clear()
    {
        Keys = new PyObject?[MinSize];
        Hashes = new long[MinSize];
        Mask = MinSize - 1;
        Count = Fill = 0;
    }

    /// <summary>Rebuilds the table with room for more than <paramref name="minUsed"/> keys, dropping dummies.</summary>
    public void Resize(int minUsed)
    {
        int size = MinSize;
        while (size <= minUsed) size <<= 1;
        var oldKeys = Keys;
        var oldHashes = Hashes;
        var keys = new PyObject?[size];
        var hashes = new long[size];
        int mask = size - 1;
        for (int e = 0; e < oldKeys.Length; e++)
        {
            var k = oldKeys[e];
            if (k != null) InsertClean(keys, hashes, mask, k, oldHashes[e]);
        }
        Keys = keys;
        Hashes = hashes;
        Mask = mask;
        Fill = Count;
    }

    /// <summary>Places a key known to be absent into a table without dummies (set_insert_clean).</summary>
    private static void InsertClean(PyObject?[] keys, long[] hashes, int mask, PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (keys[i] == null) { keys[i] = key; hashes[i] = hash; return; }
            if (i + LinearProbes <= mask)
            {
                for (int j = i + 1; j <= i + LinearProbes; j++)
                    if (keys[j] == null) { keys[j] = key; hashes[j] = hash; return; }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Adds every key of <paramref name="other"/> (set_merge, including its copying shortcuts).</summary>
    public void Merge(SetTable other)
    {
        if (other == this || other.Count == 0) return;
        if ((long)(Fill + other.Count) * 5 >= (long)Mask * 3) Resize((Count + other.Count) * 2);
        var ok = other.Keys;
        var oh = other.Hashes;
        if (Fill == 0 && Mask == other.Mask && other.Fill == other.Count)
        {
            // Same size, no dummies on either side: the slots copy over one for one.
            Array.Copy(ok, Keys, ok.Length);
            for (int e = 0; e < ok.Length; e++) Hashes[e] = ok[e] == null ? 0 : oh[e];
            Fill = Count = other.Count;
            return;
        }
        if (Fill == 0)
        {
            for (int e = 0; e < ok.Length; e++)
                if (ok[e] != null) InsertClean(Keys, Hashes, Mask, ok[e]!, oh[e]);
            Fill = Count = other.Count;
            return;
        }
        for (int e = 0; e < ok.Length; e++)
        {
            var k = ok[e];
            if (k != null) Add(k, oh[e]);
        }
    }

    /// <summary>Adds the keys of a plain dict with their stored hashes, presizing first as CPython does.</summary>
    public void MergeDict(HashTable d)
    {
        if ((long)(Fill + d.Count) * 5 >= (long)Mask * 3) Resize((Count + d.Count) * 2);
        for (int e = 0; e < d.Used; e++)
        {
            var k = d.Entries[e].Key;
            if (k != null) Add(k, d.Entries[e].Hash);
        }
    }

    /// <summary>Removes and returns the key set.pop() takes: the first live slot from the finger on.</summary>
    public PyObject? Pop()
    {
        if (Count == 0) return null;
        int mask = Mask;
        int e = Finger & mask;
        while (Keys[e] == null) e = e == mask ? 0 : e + 1;
        var key = Keys[e]!;
        RemoveAt(e);
        Finger = e + 1;
        return key;
    }
}
