using Krait.Runtime;

namespace Krait.Modules;

/// <summary>The heapq module: a binary min-heap in a list, comparing only with <c>&lt;</c> and sifting exactly as
/// CPython does, so the list contents match after every operation.</summary>
public static class HeapqModule
{
    private static PyList ListArg(string fname, PyObject o, bool single)
    {
        if (o is PyList l) return l;
        throw Ops.TypeError(single ? $"{fname}() argument must be list, not {o.Type.TpName}" : $"{fname}() argument 1 must be list, not {o.Type.TpName}");
    }

    private static void SiftDown(PyList heap, int startpos, int pos)
    {
        var newitem = heap.Items[pos];
        while (pos > startpos)
        {
            int parentpos = (pos - 1) >> 1;
            var parent = heap.Items[parentpos];
            bool lt = Ops.LtBool(newitem, parent);
            if (heap.Count <= pos) throw Ops.RuntimeError("list changed size during iteration");
            if (!lt) break;
            heap.Items[pos] = parent;
            pos = parentpos;
        }
        heap.Items[pos] = newitem;
    }

    private static void SiftUp(PyList heap, int pos)
    {
        int endpos = heap.Count, startpos = pos;
        var newitem = heap.Items[pos];
        int childpos = 2 * pos + 1;
        while (childpos < endpos)
        {
            int rightpos = childpos + 1;
            if (rightpos < endpos)
            {
                bool lt = Ops.LtBool(heap.Items[childpos], heap.Items[rightpos]);
                if (heap.Count != endpos) throw Ops.RuntimeError("list changed size during iteration");
                if (!lt) childpos = rightpos;
            }
            heap.Items[pos] = heap.Items[childpos];
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        heap.Items[pos] = newitem;
        SiftDown(heap, startpos, pos);
    }

    public static void Push(PyList heap, PyObject item)
    {
        heap.Append(item);
        SiftDown(heap, 0, heap.Count - 1);
    }

    public static PyObject Pop(PyList heap)
    {
        if (heap.Count == 0) throw Ops.IndexError("index out of range");
        var last = heap.Items[heap.Count - 1];
        heap.RemoveAt(heap.Count - 1);
        if (heap.Count == 0) return last;
        var r = heap.Items[0];
        heap.Items[0] = last;
        SiftUp(heap, 0);
        return r;
    }

    public static void Heapify(PyList heap)
    {
        for (int i = heap.Count / 2 - 1; i >= 0; i--) SiftUp(heap, i);
    }

    public static PyModule Create()
    {
        var m = NativeModule.New("heapq");
        NativeModule.Def(m, "heappush", (a, k) =>
        {
            NativeArgs.Count("heappush", a, k, 2, 2);
            Push(ListArg("heappush", a[0], false), a[1]);
            return PyNone.Instance;
        });
        NativeModule.Def(m, "heappop", (a, k) =>
        {
            NativeArgs.Exactly("heappop", a, k, 1);
            return Pop(ListArg("heappop", a[0], true));
        });
        NativeModule.Def(m, "heapify", (a, k) =>
        {
            NativeArgs.Exactly("heapify", a, k, 1);
            Heapify(ListArg("heapify", a[0], true));
            return PyNone.Instance;
        });
        NativeModule.Def(m, "heapreplace", (a, k) =>
        {
            NativeArgs.Count("heapreplace", a, k, 2, 2);
            var heap = ListArg("heapreplace", a[0], false);
            if (heap.Count == 0) throw Ops.IndexError("index out of range");
            var r = heap.Items[0];
            heap.Items[0] = a[1];
            SiftUp(heap, 0);
            return r;
        });
        NativeModule.Def(m, "heappushpop", (a, k) =>
        {
            NativeArgs.Count("heappushpop", a, k, 2, 2);
            var heap = ListArg("heappushpop", a[0], false);
            var item = a[1];
            if (heap.Count == 0) return item;
            var top = heap.Items[0];
            if (!Ops.LtBool(top, item)) return item;
            if (heap.Count == 0) throw Ops.IndexError("index out of range");
            heap.Items[0] = item;
            SiftUp(heap, 0);
            return top;
        });
        NativeModule.Def(m, "nsmallest", (a, k) => NBest("nsmallest", a, k, false));
        NativeModule.Def(m, "nlargest", (a, k) => NBest("nlargest", a, k, true));
        NativeModule.Def(m, "merge", (a, k) =>
        {
            int nkw = k?.Length ?? 0;
            PyObject? key = null;
            bool reverse = false;
            for (int i = 0; i < nkw; i++)
            {
                var v = a[a.Length - nkw + i];
                if (k![i] == "key") key = v == PyNone.Instance ? null : v;
                else if (k[i] == "reverse") reverse = Ops.IsTrue(v);
                else throw Ops.TypeError($"merge() got an unexpected keyword argument '{k[i]}'");
            }
            var its = new PyIterator[a.Length - nkw];
            for (int i = 0; i < its.Length; i++) its[i] = a[i].Iter();
            return new MergeIterator(its, key, reverse);
        });
        return m;
    }

    /// <summary>nsmallest / nlargest: the first n of a stable sort (ascending, or descending with equal items in
    /// input order), which is what heapq's decorated heap produces.</summary>
    private static PyObject NBest(string fname, PyObject[] a, string[]? k, bool largest)
    {
        int nkw = k?.Length ?? 0;
        int npos = a.Length - nkw;
        PyObject? key = null;
        for (int i = 0; i < nkw; i++)
        {
            if (k![i] != "key") throw Ops.TypeError($"{fname}() got an unexpected keyword argument '{k[i]}'");
            key = a[npos + i];
        }
        if (npos != 2)
            throw Ops.TypeError(npos < 2
                ? $"{fname}() missing {2 - npos} required positional argument{(npos == 1 ? "" : "s")}: {(npos == 0 ? "'n' and 'iterable'" : "'iterable'")}"
                : $"{fname}() takes from 2 to 3 positional arguments but {npos} were given");
        long n = Ops.Index(a[0]);
        var list = new PyList((PyObject[])Ops.ToArray(a[1]).Clone());
        if (n <= 0) return new PyList();
        TypeMethods.Sort(list, key == PyNone.Instance ? null : key, largest ? PyBool.True : PyBool.False);
        if (n < list.Count) { list.Count = (int)n; Array.Clear(list.Items, (int)n, list.Items.Length - (int)n); }
        return list;
    }

    /// <summary>heapq.merge: a k-way merge of sorted inputs; among equal items the earlier input comes first.</summary>
    private sealed class MergeIterator : PyIterator
    {
        private static readonly PyType MergeType = MakeType();
        private readonly PyIterator[] _its;
        private readonly PyObject?[] _heads, _keys;
        private readonly PyObject? _key;
        private readonly bool _reverse;

        private static PyType MakeType()
        {
            var t = new PyType("generator", new[] { PyType.ObjectType });
            NativeModule.IteratorMethods(t);
            return t;
        }

        public MergeIterator(PyIterator[] its, PyObject? key, bool reverse)
        {
            _its = its;
            _key = key;
            _reverse = reverse;
            _heads = new PyObject?[its.Length];
            _keys = new PyObject?[its.Length];
            for (int i = 0; i < its.Length; i++) Fill(i);
        }

        private void Fill(int i)
        {
            if (_its[i].TryNext(out var v)) { _heads[i] = v; _keys[i] = _key == null ? v : _key.Call1(v); }
            else _heads[i] = _keys[i] = null;
        }

        public override PyType Type => MergeType;
        public override string Repr() => $"<generator object merge at 0x{Ops.Id(this):x}>";

        public override bool TryNext(out PyObject value)
        {
            int best = -1;
            for (int i = 0; i < _heads.Length; i++)
            {
                if (_heads[i] == null) continue;
                if (best < 0 || (_reverse ? Ops.LtBool(_keys[best]!, _keys[i]!) : Ops.LtBool(_keys[i]!, _keys[best]!))) best = i;
            }
            if (best < 0) { value = null!; return false; }
            value = _heads[best]!;
            Fill(best);
            return true;
        }
    }
}
