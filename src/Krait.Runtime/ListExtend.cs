using System.Buffers;

namespace Krait.Runtime;

/// <summary>Filling lists and arrays from iterables.
/// <see cref="Into"/> is list.extend / list += as CPython runs it: a list or tuple is copied as it is at the
/// call (so <c>l.extend(l)</c> doubles once); any other iterable is appended item by item as it is iterated,
/// so the iterator sees the growing list and the items taken before an exception stay in it.
/// <see cref="Collect"/> materializes an iterable into an exact-size array, growing a pooled buffer instead
/// of a chain of ever larger arrays (for big results those are large-object-heap allocations, each of which
/// counts towards a full collection).</summary>
public static class ListExtend
{
    public static void Into(PyList list, PyObject source)
    {
        switch (source)
        {
            case PyList l:
                AppendRange(list, l.Items, l.Count);
                return;
            case PyTuple t:
                AppendRange(list, t.Items, t.Items.Length);
                return;
        }
        MemoryLimits.CheckMaterialize(source);
        var it = source.Iter();
        while (it.TryNext(out var v)) list.Append(v);
    }

    private static void AppendRange(PyList list, PyObject[] items, int n)
    {
        if (n == 0) return;
        int count = list.Count;
        int need = MemoryLimits.ArrayLength((long)count + n);
        if (list.Items.Length < need)
            Array.Resize(ref list.Items, (int)Math.Min(Array.MaxLength, Math.Max(need, Math.Max(4L, count * 2L))));
        // With the list as its own source, `items` is its old array (or the same one, where [0, n) and
        // [count, count + n) do not overlap as n == count): either way the items as they were at the call.
        Array.Copy(items, 0, list.Items, count, n);
        list.Count = count + n;
    }

    /// <summary>The items of a non-list, non-tuple iterable in a new array of exactly their number.</summary>
    public static PyObject[] Collect(PyObject source)
    {
        MemoryLimits.CheckMaterialize(source);
        var it = source.Iter();
        if (!it.TryNext(out var first)) return Array.Empty<PyObject>();
        var pool = ArrayPool<PyObject>.Shared;
        var buf = pool.Rent(16);
        buf[0] = first;
        int n = 1;
        try
        {
            while (it.TryNext(out var v))
            {
                if (n == buf.Length)
                {
                    var bigger = pool.Rent(buf.Length * 2);
                    Array.Copy(buf, bigger, n);
                    Array.Clear(buf, 0, n);
                    pool.Return(buf);
                    buf = bigger;
                }
                buf[n++] = v;
            }
            var result = new PyObject[n];
            Array.Copy(buf, result, n);
            return result;
        }
        finally
        {
            Array.Clear(buf, 0, n);
            pool.Return(buf);
        }
    }
}
