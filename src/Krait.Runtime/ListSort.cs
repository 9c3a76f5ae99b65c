using System.Buffers;

namespace Krait.Runtime;

/// <summary>list.sort and sorted(): a stable sort on <c>&lt;</c> of the keys, with CPython's rules around it (the
/// key function is called once per item, in order; the list looks empty while it is sorted and a change to it
/// raises "list modified during sort"; an exception leaves the list as it was).</summary>
public static class ListSort
{
    public static void Sort(PyList list, PyObject? key, PyObject? reverse)
    {
        bool rev = reverse != null && Ops.IsTrue(reverse);
        if (key == PyNone.Instance) key = null;
        var items = list.Items;
        int n = list.Count;
        list.Items = Array.Empty<PyObject>();
        list.Count = 0;
        bool sorted = false;
        try
        {
            if (n > 1 || key != null) SortItems(items, n, key, rev);
            sorted = true;
        }
        finally
        {
            // What a key function or __lt__ did to the (seemingly empty) list is dropped, as in CPython; it is an
            // error only when nothing else went wrong.
            bool modified = list.Count != 0 || list.Items.Length != 0;
            list.Items = items;
            list.Count = n;
            if (modified && sorted) throw Ops.ValueError("list modified during sort");
        }
    }

    /// <summary>Sorts items[0..n) in place; on an exception from a key or a comparison they stay as they were.</summary>
    private static void SortItems(PyObject[] items, int n, PyObject? key, bool rev)
    {
        var objects = ArrayPool<PyObject>.Shared;
        PyObject[]? keyArray = null;
        try
        {
            var keys = items;
            if (key != null)
            {
                keyArray = objects.Rent(n);
                for (int i = 0; i < n; i++) keyArray[i] = key.Call1(items[i]);
                keys = keyArray;
            }
            if (n < 2) return;
            // Keys of one exact built-in type compare without side effects, so any stable algorithm gives CPython's
            // result; only mixed or user-defined keys need CPython's own comparison sequence.
            if (!SortHomogeneous(items, keys, n, rev)) SortGeneral(items, keys, n, rev);
        }
        finally
        {
            if (keyArray != null)
            {
                Array.Clear(keyArray, 0, n);
                objects.Return(keyArray);
            }
        }
    }

    private static bool SortHomogeneous(PyObject[] items, PyObject[] keys, int n, bool rev)
    {
        switch (keys[0])
        {
            case PyInt:
            {
                for (int i = 1; i < n; i++) if (keys[i] is not PyInt) return false;
                if (SortSmallIntKeys(items, keys, n, rev)) return true;
                var k = ArrayPool<long>.Shared.Rent(n);
                for (int i = 0; i < n; i++) k[i] = ((PyInt)keys[i]).Value;
                SortByKeys(items, k, n, rev, null);
                ArrayPool<long>.Shared.Return(k);
                return true;
            }
            case PyFloat:
            {
                for (int i = 0; i < n; i++)
                    if (keys[i] is not PyFloat f || double.IsNaN(f.Value)) return false; // NaN has no order: CPython's sequence decides
                var k = ArrayPool<double>.Shared.Rent(n);
                for (int i = 0; i < n; i++) k[i] = ((PyFloat)keys[i]).Value;
                SortByKeys(items, k, n, rev, null);
                ArrayPool<double>.Shared.Return(k);
                return true;
            }
            case PyStr:
            {
                // UTF-16 order is code point order unless a string holds surrogate pairs.
                for (int i = 0; i < n; i++) if (keys[i] is not PyStr str || str.HasAstral) return false;
                var k = ArrayPool<string>.Shared.Rent(n);
                for (int i = 0; i < n; i++) k[i] = ((PyStr)keys[i]).Value;
                SortByKeys(items, k, n, rev, StringComparer.Ordinal);
                ArrayPool<string>.Shared.Return(k, clearArray: true);
                return true;
            }
            default:
                return false;
        }
    }

    /// <summary>Int keys (all exact ints) whose spread fits in 32 bits: each key's offset and its position
    /// packed in one 64-bit number, so one primitive sort gives the stable order (ties fall back to the
    /// position) with no second pass over runs of equal keys. Keys already in order (non-decreasing, or
    /// non-increasing for reverse) leave the list as it is, as CPython's stable sort does.</summary>
    private static bool SortSmallIntKeys(PyObject[] items, PyObject[] keys, int n, bool rev)
    {
        long min = long.MaxValue, max = long.MinValue, prev = ((PyInt)keys[0]).Value;
        bool inOrder = true;
        for (int i = 0; i < n; i++)
        {
            long v = ((PyInt)keys[i]).Value;
            if (v < min) min = v;
            if (v > max) max = v;
            if (rev ? v > prev : v < prev) inOrder = false;
            prev = v;
        }
        if (inOrder) return true;
        if (unchecked((ulong)max - (ulong)min) > uint.MaxValue) return false;
        var packed = ArrayPool<ulong>.Shared.Rent(n);
        for (int i = 0; i < n; i++)
        {
            ulong v = unchecked((ulong)((PyInt)keys[i]).Value);
            ulong offset = rev ? unchecked((ulong)max - v) : unchecked(v - (ulong)min);
            packed[i] = (offset << 32) | (uint)i;
        }
        Array.Sort(packed, 0, n);
        var order = ArrayPool<int>.Shared.Rent(n);
        for (int i = 0; i < n; i++) order[i] = (int)(uint)packed[i];
        ArrayPool<ulong>.Shared.Return(packed);
        Permute(items, order, n);
        ArrayPool<int>.Shared.Return(order);
        return true;
    }

    /// <summary>Sorts items[0..n) by the parallel keys with the runtime's (unstable) array sort, then puts every
    /// run of equal keys back in original order: CPython's stable result, ascending or descending.</summary>
    private static void SortByKeys<T>(PyObject[] items, T[] keys, int n, bool rev, IComparer<T>? comparer)
    {
        var ints = ArrayPool<int>.Shared;
        var idx = ints.Rent(n);
        for (int i = 0; i < n; i++) idx[i] = i;
        Array.Sort(keys, idx, 0, n, comparer);
        if (rev)
        {
            Array.Reverse(keys, 0, n);
            Array.Reverse(idx, 0, n);
        }
        var eq = EqualityComparer<T>.Default;
        for (int i = 0; i < n;)
        {
            int j = i + 1;
            while (j < n && eq.Equals(keys[j], keys[i])) j++;
            if (j - i > 1) Array.Sort(idx, i, j - i);
            i = j;
        }
        Permute(items, idx, n);
        ints.Return(idx);
    }

    /// <summary>Rewrites items[0..n) as items[order[0]], items[order[1]], ...</summary>
    private static void Permute(PyObject[] items, int[] order, int n)
    {
        var objects = ArrayPool<PyObject>.Shared;
        var copy = objects.Rent(n);
        Array.Copy(items, copy, n);
        for (int i = 0; i < n; i++) Ops.StoreNoCheck(items, i, copy[order[i]]);
        Array.Clear(copy, 0, n);
        objects.Return(copy);
    }

    private static void SortGeneral(PyObject[] items, PyObject[] keys, int n, bool rev)
    {
        var ints = ArrayPool<int>.Shared;
        var idx = ints.Rent(n);
        int[]? tmp = null;
        try
        {
            for (int i = 0; i < n; i++) idx[i] = i;
            // Reverse sorting keeps equal elements in original order, as CPython does by reversing around a stable sort.
            if (rev) Array.Reverse(idx, 0, n);
            if (n < 64) RunThenInsertionSort(idx, n, keys);
            else
            {
                tmp = ints.Rent(n);
                MergeSort(idx, tmp, 0, n, keys);
            }
            if (rev) Array.Reverse(idx, 0, n);
            Permute(items, idx, n);
        }
        finally
        {
            ints.Return(idx);
            if (tmp != null) ints.Return(tmp);
        }
    }

    /// <summary>What CPython's timsort does below 64 items, comparison for comparison: the leading run (reversed
    /// when strictly descending), then binary insertion of the rest. The same comparisons in the same order mean
    /// the same TypeError when items are not comparable, and the same calls of a user's __lt__.</summary>
    private static void RunThenInsertionSort(int[] a, int n, PyObject[] keys)
    {
        int run = 2;
        if (Ops.LtBool(keys[a[1]], keys[a[0]]))
        {
            while (run < n && Ops.LtBool(keys[a[run]], keys[a[run - 1]])) run++;
            Array.Reverse(a, 0, run);
        }
        else
        {
            while (run < n && !Ops.LtBool(keys[a[run]], keys[a[run - 1]])) run++;
        }
        for (int start = run; start < n; start++)
        {
            int pivot = a[start], l = 0, r = start;
            do
            {
                int p = l + ((r - l) >> 1);
                if (Ops.LtBool(keys[pivot], keys[a[p]])) r = p;
                else l = p + 1;
            } while (l < r);
            Array.Copy(a, l, a, l + 1, start - l);
            a[l] = pivot;
        }
    }

    private static void MergeSort(int[] a, int[] tmp, int lo, int hi, PyObject[] keys)
    {
        if (hi - lo < 2) return;
        if (hi - lo <= 16)
        {
            for (int i = lo + 1; i < hi; i++)
            {
                int x = a[i], j = i - 1;
                while (j >= lo && Ops.LtBool(keys[x], keys[a[j]])) { a[j + 1] = a[j]; j--; }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) / 2;
        MergeSort(a, tmp, lo, mid, keys);
        MergeSort(a, tmp, mid, hi, keys);
        int p = lo, q = mid, t = lo;
        while (p < mid && q < hi) tmp[t++] = Ops.LtBool(keys[a[q]], keys[a[p]]) ? a[q++] : a[p++];
        while (p < mid) tmp[t++] = a[p++];
        while (q < hi) tmp[t++] = a[q++];
        Array.Copy(tmp, lo, a, lo, hi - lo);
    }
}
