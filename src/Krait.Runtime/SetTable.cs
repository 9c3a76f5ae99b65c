using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>
/// The hash table behind set and frozenset, with CPython's layout and probing (setobject.c): slots hold
/// (key, hash) directly, side by side in one array (a probe reads one cache line, and a table is one
/// allocation), and iteration walks the slots in order, so a set iterates, prints and pops in CPython's order.
/// A lookup checks LinearProbes neighbours of a slot before a perturbed jump; a removed key leaves a dummy (null
/// key, hash -1) that lookups step over and insertions reuse; an empty slot is a null key with hash 0. The table
/// grows to used*4 (used*2 past 50000) when fill*5 reaches mask*3.
/// </summary>
public sealed class SetTable
{
    public const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;
    private const long DummyHash = -1;

    /// <summary>A slot: its key (null: empty or dummy) and hash (0 empty, -1 dummy when the key is null).</summary>
    public struct Entry
    {
        public PyObject? Key;
        public long Hash;
    }

    public Entry[] Slots = new Entry[MinSize];
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
        if (PyTuple.BothExact(k, key)) return PyTuple.ExactEquals(Unsafe.As<PyTuple>(k), Unsafe.As<PyTuple>(key));
        return Ops.EqBool(k, key);
    }

    /// <summary>Slot of <paramref name="key"/>, or -1.</summary>
    public int Find(PyObject key, long hash)
    {
    restart:
        var slots = Slots;
        int mask = Mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref var slot = ref slots[j];
                var k = slot.Key;
                if (k == null)
                {
                    if (slot.Hash == 0) return -1;
                }
                else if (slot.Hash == hash)
                {
                    if (ReferenceEquals(k, key)) return j;
                    bool eq = KeyEquals(k, key);
                    // A comparison that ran Python code may have changed the table: start again, as CPython does.
                    if (slots != Slots || slots[j].Key != k) goto restart;
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
        var slots = Slots;
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
                ref var slot = ref slots[j];
                var k = slot.Key;
                if (k == null)
                {
                    if (slot.Hash == 0)
                    {
                        if (freeSlot >= 0)
                        {
                            slots[freeSlot].Key = key;
                            slots[freeSlot].Hash = hash;
                            Count++;
                            return;
                        }
                        slot.Key = key;
                        slot.Hash = hash;
                        Fill++;
                        Count++;
                        if ((long)Fill * 5 >= (long)mask * 3) Resize(Count > 50000 ? Count * 2 : Count * 4);
                        return;
                    }
                    freeSlot = j;   // CPython 3.11 reuses the last dummy passed (checked against it)
                }
                else if (slot.Hash == hash)
                {
                    if (ReferenceEquals(k, key)) return;
                    bool eq = KeyEquals(k, key);
                    if (eq) return;
                    if (slots != Slots || slots[j].Key != k) goto restart;
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
        RemoveAt(j);
        return true;
    }

    public void RemoveAt(int slot)
    {
        Slots[slot].Key = null;
        Slots[slot].Hash = DummyHash;
        Count--;
    }

    /// <summary>Takes over another table's slots but keeps its own pop finger (set_swap_bodies leaves the
    /// finger alone, so an in-place intersection pops from where the set left off).</summary>
    public void TakeSlotsOf(SetTable other)
    {
        Slots = other.Slots;
        Mask = other.Mask;
        Count = other.Count;
        Fill = other.Fill;
    }

    public void Clear()
    {
        Slots = new Entry[MinSize];
        Mask = MinSize - 1;
        Count = Fill = 0;
    }

    /// <summary>Rebuilds the table with room for more than <paramref name="minUsed"/> keys, dropping dummies.</summary>
    public void Resize(int minUsed)
    {
        int size = MinSize;
        while (size <= minUsed) size <<= 1;
        var old = Slots;
        var slots = new Entry[size];
        int mask = size - 1;
        for (int e = 0; e < old.Length; e++)
        {
            var k = old[e].Key;
            if (k != null) InsertClean(slots, mask, k, old[e].Hash);
        }
        Slots = slots;
        Mask = mask;
        Fill = Count;
    }

    /// <summary>Places a key known to be absent into a table without dummies (set_insert_clean).</summary>
    private static void InsertClean(Entry[] slots, int mask, PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (slots[i].Key == null) { slots[i].Key = key; slots[i].Hash = hash; return; }
            if (i + LinearProbes <= mask)
            {
                for (int j = i + 1; j <= i + LinearProbes; j++)
                    if (slots[j].Key == null) { slots[j].Key = key; slots[j].Hash = hash; return; }
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
        var os = other.Slots;
        if (Fill == 0 && Mask == other.Mask && other.Fill == other.Count)
        {
            // Same size, no dummies on either side: the slots copy over one for one.
            Array.Copy(os, Slots, os.Length);
            Fill = Count = other.Count;
            return;
        }
        if (Fill == 0)
        {
            for (int e = 0; e < os.Length; e++)
                if (os[e].Key != null) InsertClean(Slots, Mask, os[e].Key!, os[e].Hash);
            Fill = Count = other.Count;
            return;
        }
        for (int e = 0; e < os.Length; e++)
        {
            var k = os[e].Key;
            if (k != null) Add(k, os[e].Hash);
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
        while (Slots[e].Key == null) e = e == mask ? 0 : e + 1;
        var key = Slots[e].Key!;
        RemoveAt(e);
        Finger = e + 1;
        return key;
    }
}
