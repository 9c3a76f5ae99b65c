using System.Text;
using Krait.Runtime;

namespace Krait.Modules;

/// <summary>collections.deque: a ring buffer (power-of-two capacity, head index and count), so appends and pops
/// at both ends are O(1) without allocating. <see cref="State"/> counts mutations so iterators can report
/// "deque mutated during iteration" as CPython does.</summary>
public sealed class PyDeque : PyObject, INativeDunders
{
    public static readonly PyType DequeType = NativeModule.Type("collections", "deque", null, static t => new PyDeque(t));

    private readonly PyType _class;
    private PyObject[] _buf = new PyObject[8];
    private int _head, _count;
    /// <summary>Maximum length, or -1 for unbounded.</summary>
    public long MaxLen = -1;
    public int State;
    private Dictionary<string, PyObject>? _attrs;

    public PyDeque(PyType cls) { _class = cls; }
    public PyDeque() { _class = DequeType; }

    public override PyType Type => _class;
    public int Count => _count;
    public PyObject this[int i] => _buf[(_head + i) & (_buf.Length - 1)];

    private void Grow()
    {
        var nb = new PyObject[_buf.Length * 2];
        int first = Math.Min(_count, _buf.Length - _head);
        Array.Copy(_buf, _head, nb, 0, first);
        Array.Copy(_buf, 0, nb, first, _count - first);
        _buf = nb;
        _head = 0;
    }

    public void Append(PyObject v)
    {
        State++;
        if (MaxLen == 0) return;
        if (_count == MaxLen) { PopLeftRaw(); }
        if (_count == _buf.Length) Grow();
        _buf[(_head + _count) & (_buf.Length - 1)] = v;
        _count++;
    }

    public void AppendLeft(PyObject v)
    {
        State++;
        if (MaxLen == 0) return;
        if (_count == MaxLen) { PopRaw(); }
        if (_count == _buf.Length) Grow();
        _head = (_head - 1) & (_buf.Length - 1);
        _buf[_head] = v;
        _count++;
    }

    private PyObject PopLeftRaw()
    {
        var v = _buf[_head];
        _buf[_head] = null!;
        _head = (_head + 1) & (_buf.Length - 1);
        _count--;
        return v;
    }

    private PyObject PopRaw()
    {
        int i = (_head + _count - 1) & (_buf.Length - 1);
        var v = _buf[i];
        _buf[i] = null!;
        _count--;
        return v;
    }

    public PyObject PopLeft()
    {
        if (_count == 0) throw Ops.IndexError("pop from an empty deque");
        State++;
        return PopLeftRaw();
    }

    public PyObject Pop()
    {
        if (_count == 0) throw Ops.IndexError("pop from an empty deque");
        State++;
        return PopRaw();
    }

    public void Clear()
    {
        State++;
        Array.Clear(_buf);
        _head = _count = 0;
    }

    public PyObject[] ToArray()
    {
        var r = new PyObject[_count];
        for (int i = 0; i < _count; i++) r[i] = this[i];
        return r;
    }

    public void Extend(PyObject iterable)
    {
        if (ReferenceEquals(iterable, this)) iterable = new PyList(ToArray());
        var it = iterable.Iter();
        while (it.TryNext(out var v)) Append(v);
    }

    public void ExtendLeft(PyObject iterable)
    {
        if (ReferenceEquals(iterable, this)) iterable = new PyList(ToArray());
        var it = iterable.Iter();
        while (it.TryNext(out var v)) AppendLeft(v);
    }

    /// <summary>Rotates right by n (left when negative), moving min(k, len-k) elements.</summary>
    public void Rotate(long n)
    {
        if (_count <= 1) return;
        long k = n % _count;
        if (k < 0) k += _count;
        if (k == 0) return;
        State++;
        int mask = _buf.Length - 1;
        if (k <= _count / 2)
        {
            for (long i = 0; i < k; i++)
            {
                int tail = (_head + _count - 1) & mask;
                var v = _buf[tail];
                _buf[tail] = null!;
                _head = (_head - 1) & mask;
                _buf[_head] = v;
            }
        }
        else
        {
            for (long i = 0; i < _count - k; i++)
            {
                var v = _buf[_head];
                _buf[_head] = null!;
                _buf[(_head + _count) & mask] = v;
                _head = (_head + 1) & mask;
            }
        }
    }

    private int NormIndex(PyObject key, bool forInsert = false)
    {
        long i = key is PyInt pi ? pi.Value : IndexOf(key);
        if (i < 0) i += _count;
        if ((ulong)i >= (ulong)_count) throw Ops.IndexError("deque index out of range");
        return (int)i;
    }

    private static long IndexOf(PyObject key)
    {
        if (Ops.IsIntLike(key) || key.Type.Lookup("__index__") != null) return Ops.Index(key);
        throw Ops.TypeError($"sequence index must be integer, not '{key.Type.TpName}'");
    }

    public override PyObject GetItem(PyObject key)
    {
        var ov = SubclassSupport.Override(this, DequeType, "__getitem__");
        if (ov != null) return ov.Call2(this, key);
        return this[NormIndex(key)];
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        var ov = SubclassSupport.Override(this, DequeType, "__setitem__");
        if (ov != null) { ov.Call3(this, key, value); return; }
        int i = NormIndex(key);
        _buf[(_head + i) & (_buf.Length - 1)] = value;
    }

    public override void DelItem(PyObject key)
    {
        int i = NormIndex(key);
        RemoveAt(i);
    }

    private void RemoveAt(int i)
    {
        // Rotate the element to the front, drop it, rotate back: what CPython does, O(min(i, n-i)).
        Rotate(-i);
        PopLeftRaw();
        Rotate(i);
        State++;
    }

    public void Insert(long index, PyObject v)
    {
        if (MaxLen >= 0 && _count >= MaxLen) throw Ops.IndexError("deque already at its maximum size");
        long n = _count;
        if (index < 0) { index += n; if (index < 0) index = 0; }
        if (index > n) index = n;
        if (index == n) { Append(v); return; }
        if (index == 0) { AppendLeft(v); return; }
        Rotate(-index);
        AppendLeft(v);
        Rotate(index);
    }

    public override long Len() => _count;
    public override bool IsTrue() => _count != 0;
    public override long Hash() => throw Ops.TypeError("unhashable type: 'collections.deque'");
    public override PyIterator Iter()
    {
        var ov = SubclassSupport.Override(this, DequeType, "__iter__");
        if (ov != null) return ov.Call1(this) is var r && r is PyIterator pi ? pi : new NextMethodIterator(r);
        return new DequeIterator(this, false);
    }

    public override bool Contains(PyObject item)
    {
        int state = State;
        for (int i = 0; i < _count; i++)
        {
            var v = this[i];
            if (ReferenceEquals(v, item) || Ops.EqBool(v, item))
                return true;
            if (state != State) throw Ops.RuntimeError("deque mutated during iteration");
        }
        return false;
    }

    public override string Repr()
    {
        var ov = SubclassSupport.Override(this, DequeType, "__repr__");
        if (ov != null) return Ops.ExpectStr(ov.Call1(this), "__repr__");
        if (!ReprGuard.Enter(this)) return "[...]";
        try
        {
            var sb = new StringBuilder(_class.Name).Append("([");
            for (int i = 0; i < _count; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.Repr(this[i]));
            }
            sb.Append(']');
            if (MaxLen >= 0) sb.Append(", maxlen=").Append(MaxLen);
            return sb.Append(')').ToString();
        }
        finally { ReprGuard.Leave(this); }
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        var ov = SubclassSupport.Override(this, DequeType, Ops.CompareDunder(op));
        if (ov != null) return ov.Call2(this, other);
        if (other is not PyDeque o) return PyNotImplemented.Instance;
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && _count != o._count) return PyBool.Get(op == CompareOp.Ne);
        return Ops.CompareSequences(ToArray(), _count, o.ToArray(), o._count, op);
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name == "maxlen") { value = MaxLen < 0 ? PyNone.Instance : PyInt.Get(MaxLen); return true; }
        return SubclassSupport.TryGetAttr(this, _attrs, name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (name == "maxlen") throw Ops.AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable");
        SubclassSupport.SetAttr(this, DequeType, false, ref _attrs, name, value);
    }

    public override void DelAttr(string name) => SubclassSupport.DelAttr(this, _attrs, name);

    public PyDeque CopyOf()
    {
        PyDeque d = _class == DequeType ? new PyDeque() : (PyDeque)_class.Allocator!(_class);
        d.MaxLen = MaxLen;
        for (int i = 0; i < _count; i++) d.Append(this[i]);
        return d;
    }

    private void Init(PyObject[] a, string[]? k)
    {
        var p = NativeArgs.Bind("deque", a, k, new[] { "iterable", "maxlen" }, 0);
        long maxlen = -1;
        if (p[1] != null && p[1] != PyNone.Instance)
        {
            if (!Ops.IsIntLike(p[1]!) && p[1]!.Type.Lookup("__index__") == null) throw Ops.TypeError("an integer is required");
            maxlen = NativeArgs.Int(p[1]!);
            if (maxlen < 0) throw Ops.ValueError("maxlen must be non-negative");
        }
        MaxLen = maxlen;
        if (_count > 0) Clear();
        if (p[0] != null) Extend(p[0]!);
    }

    static PyDeque()
    {
        var t = DequeType;
        t.Constructor = (a, k) => { var d = new PyDeque(); d.Init(a, k); return d; };
        t.Dict["__hash__"] = PyNone.Instance;
        NativeModule.Method(t, "__init__", (self, a, k) => { ((PyDeque)self).Init(a, k); return PyNone.Instance; });
        NativeModule.Method(t, "append", (self, a, k) => { NativeArgs.Exactly("deque.append", a, k, 1); ((PyDeque)self).Append(a[0]); return PyNone.Instance; })
            .Fast1 = static (self, x) => { ((PyDeque)self).Append(x); return PyNone.Instance; };
        NativeModule.Method(t, "appendleft", (self, a, k) => { NativeArgs.Exactly("deque.appendleft", a, k, 1); ((PyDeque)self).AppendLeft(a[0]); return PyNone.Instance; })
            .Fast1 = static (self, x) => { ((PyDeque)self).AppendLeft(x); return PyNone.Instance; };
        NativeModule.Method(t, "pop", (self, a, k) => { NativeArgs.Exactly("deque.pop", a, k, 0); return ((PyDeque)self).Pop(); })
            .Fast0 = static self => ((PyDeque)self).Pop();
        NativeModule.Method(t, "popleft", (self, a, k) => { NativeArgs.Exactly("deque.popleft", a, k, 0); return ((PyDeque)self).PopLeft(); })
            .Fast0 = static self => ((PyDeque)self).PopLeft();
        NativeModule.Method(t, "extend", (self, a, k) => { NativeArgs.Exactly("deque.extend", a, k, 1); ((PyDeque)self).Extend(a[0]); return PyNone.Instance; });
        NativeModule.Method(t, "extendleft", (self, a, k) => { NativeArgs.Exactly("deque.extendleft", a, k, 1); ((PyDeque)self).ExtendLeft(a[0]); return PyNone.Instance; });
        NativeModule.Method(t, "clear", (self, a, k) => { NativeArgs.Exactly("deque.clear", a, k, 0); ((PyDeque)self).Clear(); return PyNone.Instance; });
        NativeModule.Method(t, "copy", (self, a, k) => { NativeArgs.Exactly("deque.copy", a, k, 0); return ((PyDeque)self).CopyOf(); });
        NativeModule.Method(t, "__copy__", (self, a, k) => ((PyDeque)self).CopyOf());
        // copy and pickle rebuild it as cls((), maxlen) extended by its items.
        NativeModule.Method(t, "__reduce__", (self, a, k) =>
        {
            var d = (PyDeque)self;
            var args = new PyTuple(d.MaxLen < 0 ? Array.Empty<PyObject>()
                : new PyObject[] { PyTuple.Empty, PyInt.Get(d.MaxLen) });
            return new PyTuple(new PyObject[] { self.Type, args, PyNone.Instance, d.Iter() });
        });
        NativeModule.Method(t, "count", (self, a, k) =>
        {
            NativeArgs.Exactly("deque.count", a, k, 1);
            var d = (PyDeque)self;
            int state = d.State;
            long n = 0;
            for (int i = 0; i < d._count; i++)
            {
                var v = d[i];
                if (ReferenceEquals(v, a[0]) || Ops.EqBool(v, a[0])) n++;
                if (state != d.State) throw Ops.RuntimeError("deque mutated during iteration");
            }
            return PyInt.Get(n);
        });
        NativeModule.Method(t, "index", (self, a, k) =>
        {
            NativeArgs.NoKeywords("index", k);
            if (a.Length < 1 || a.Length > 3) throw Ops.TypeError($"index expected at least 1 argument, got {a.Length}");
            var d = (PyDeque)self;
            long n = d._count;
            long start = a.Length > 1 ? Clamp(NativeArgs.Int(a[1]), n) : 0;
            long stop = a.Length > 2 ? Clamp(NativeArgs.Int(a[2]), n) : n;
            int state = d.State;
            for (long i = start; i < stop && i < d._count; i++)
            {
                var v = d[(int)i];
                if (ReferenceEquals(v, a[0]) || Ops.EqBool(v, a[0])) return PyInt.Get(i);
                if (state != d.State) throw Ops.RuntimeError("deque mutated during iteration");
            }
            throw Ops.ValueError($"{Ops.Repr(a[0])} is not in deque");
        });
        NativeModule.Method(t, "insert", (self, a, k) =>
        {
            NativeArgs.NoKeywords("insert", k);
            if (a.Length != 2) throw Ops.TypeError($"insert expected 2 arguments, got {a.Length}");
            ((PyDeque)self).Insert(NativeArgs.Int(a[0]), a[1]);
            return PyNone.Instance;
        });
        NativeModule.Method(t, "remove", (self, a, k) =>
        {
            NativeArgs.Exactly("deque.remove", a, k, 1);
            var d = (PyDeque)self;
            int state = d.State;
            for (int i = 0; i < d._count; i++)
            {
                var v = d[i];
                bool eq = ReferenceEquals(v, a[0]) || Ops.EqBool(v, a[0]);
                if (state != d.State) throw Ops.IndexError("deque mutated during remove().");
                if (eq) { d.RemoveAt(i); return PyNone.Instance; }
            }
            throw Ops.ValueError($"{Ops.Repr(a[0])} is not in deque");
        });
        NativeModule.Method(t, "reverse", (self, a, k) =>
        {
            NativeArgs.Exactly("deque.reverse", a, k, 0);
            var d = (PyDeque)self;
            var items = d.ToArray();
            Array.Reverse(items);
            int mask = d._buf.Length - 1;
            for (int i = 0; i < items.Length; i++) d._buf[(d._head + i) & mask] = items[i];
            d.State++;
            return PyNone.Instance;
        });
        NativeModule.Method(t, "rotate", (self, a, k) =>
        {
            NativeArgs.NoKeywords("rotate", k);
            if (a.Length > 1) throw Ops.TypeError($"rotate expected at most 1 argument, got {a.Length}");
            ((PyDeque)self).Rotate(a.Length == 0 ? 1 : NativeArgs.Int(a[0]));
            return PyNone.Instance;
        });
        NativeModule.Method(t, "__len__", (self, a, k) => PyInt.Get(((PyDeque)self)._count));
        NativeModule.Method(t, "__getitem__", (self, a, k) => { var d = (PyDeque)self; return d[d.NormIndex(a[0])]; });
        NativeModule.Method(t, "__setitem__", (self, a, k) => { var d = (PyDeque)self; int i = d.NormIndex(a[0]); d._buf[(d._head + i) & (d._buf.Length - 1)] = a[1]; return PyNone.Instance; });
        NativeModule.Method(t, "__delitem__", (self, a, k) => { self.DelItem(a[0]); return PyNone.Instance; });
        NativeModule.Method(t, "__contains__", (self, a, k) => Ops.Box(((PyDeque)self).Contains(a[0])));
        NativeModule.Method(t, "__iter__", (self, a, k) => new DequeIterator((PyDeque)self, false));
        NativeModule.Method(t, "__reversed__", (self, a, k) => new DequeIterator((PyDeque)self, true));
        NativeModule.Method(t, "__repr__", (self, a, k) => new PyStr(((PyDeque)self).Repr()));
        NativeModule.Method(t, "__add__", (self, a, k) =>
        {
            if (a[0] is not PyDeque other)
                throw Ops.TypeError($"can only concatenate deque (not \"{a[0].Type.TpName}\") to deque");
            var r = ((PyDeque)self).CopyOf();
            r.Extend(other);
            return r;
        });
        NativeModule.Method(t, "__iadd__", (self, a, k) => { ((PyDeque)self).Extend(a[0]); return self; });
        NativeModule.Method(t, "__mul__", (self, a, k) => Repeat(((PyDeque)self).CopyOf(), a[0]));
        NativeModule.Method(t, "__rmul__", (self, a, k) => Repeat(((PyDeque)self).CopyOf(), a[0]));
        NativeModule.Method(t, "__imul__", (self, a, k) => Repeat((PyDeque)self, a[0]));
    }

    private static PyObject Repeat(PyDeque d, PyObject times)
    {
        if (!Ops.IsIntLike(times) && times.Type.Lookup("__index__") == null) return PyNotImplemented.Instance;
        long n = Ops.Index(times);
        if (n <= 0) { d.Clear(); return d; }
        var items = d.ToArray();
        for (long r = 1; r < n; r++)
        {
            foreach (var v in items) d.Append(v);
            if (d.MaxLen >= 0 && r * items.Length >= d.MaxLen + items.Length) break;
        }
        return d;
    }

    private static long Clamp(long i, long n)
    {
        if (i < 0) { i += n; if (i < 0) i = 0; }
        return i > n ? n : i;
    }

    private sealed class DequeIterator : PyIterator
    {
        private static readonly PyType IterType = MakeType("_deque_iterator");
        private static readonly PyType RevIterType = MakeType("_deque_reverse_iterator");
        private readonly PyDeque _d;
        private readonly bool _reverse;
        private readonly int _state;
        private int _i;

        private static PyType MakeType(string name)
        {
            var t = new PyType(name, new[] { PyType.ObjectType }) { Module = "_collections" };
            NativeModule.IteratorMethods(t);
            return t;
        }

        public DequeIterator(PyDeque d, bool reverse) { _d = d; _reverse = reverse; _state = d.State; }
        public override PyType Type => _reverse ? RevIterType : IterType;

        public override bool TryNext(out PyObject value)
        {
            var d = _d;
            if (d.State != _state) throw Ops.RuntimeError("deque mutated during iteration");
            if (_i >= d._count) { value = null!; return false; }
            value = _reverse ? d[d._count - 1 - _i] : d[_i];
            _i++;
            return true;
        }
    }
}
