using System.Numerics;

namespace Krait.Runtime;

/// <summary>range. Ranges whose bounds and length fit in 64 bits (all the ones loops use) keep long fields;
/// others keep BigIntegers and go through the slower paths (len() of them raises OverflowError, as CPython's
/// ssize_t limit does).</summary>
public sealed class PyRange : PyObject
{
    public readonly long Start, Stop, Step;
    public readonly BigInteger BigStart, BigStop, BigStep;
    public readonly bool IsBig;

    public PyRange(long start, long stop, long step)
    {
        if (step == 0) throw Ops.ValueError("range() arg 3 must not be zero");
        Start = start; Stop = stop; Step = step;
        BigStart = start; BigStop = stop; BigStep = step;
        // The length must fit too (range(-2**63, 2**63-1) does not).
        var len = ComputeLength(start, stop, step);
        if (len > long.MaxValue) IsBig = true;
    }

    public PyRange(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (step.IsZero) throw Ops.ValueError("range() arg 3 must not be zero");
        BigStart = start; BigStop = stop; BigStep = step;
        if (Fits(start) && Fits(stop) && Fits(step) && ComputeLength(start, stop, step) <= long.MaxValue)
        {
            Start = (long)start; Stop = (long)stop; Step = (long)step;
        }
        else IsBig = true;
    }

    /// <summary>The number of items of range(start, stop, step) for any longs (step not 0): the distance between
    /// two longs and a step's magnitude both fit in a ulong, so nothing overflows (range(-2**63, 2**63-1, 2**63-1)
    /// has 3 items).</summary>
    public static ulong ExactLength(long start, long stop, long step) => step > 0
        ? (start < stop ? ((ulong)stop - (ulong)start - 1) / (ulong)step + 1 : 0)
        : (start > stop ? ((ulong)start - (ulong)stop - 1) / ((ulong)(-(step + 1)) + 1) + 1 : 0);

    private static bool Fits(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    private static BigInteger ComputeLength(BigInteger start, BigInteger stop, BigInteger step) => step > 0
        ? (stop > start ? (stop - start - 1) / step + 1 : 0)
        : (start > stop ? (start - stop - 1) / -step + 1 : 0);

    public static PyRange Create(PyObject[] a)
    {
        var v = new BigInteger[a.Length];
        for (int i = 0; i < a.Length; i++)
        {
            var x = a[i];
            if (x is PyInt pi) { v[i] = pi.Value; continue; }
            if (!Ops.IsIntLike(x) && x.Type.Lookup("__index__") == null)
                throw Ops.TypeError($"'{x.Type.TpName}' object cannot be interpreted as an integer");
            v[i] = Ops.IsIntLike(x) ? Ops.ToBig(x) : Ops.ToBig(x.Type.Lookup("__index__")!.Call1(x));
        }
        return a.Length switch
        {
            1 => new PyRange(BigInteger.Zero, v[0], BigInteger.One),
            2 => new PyRange(v[0], v[1], BigInteger.One),
            _ => new PyRange(v[0], v[1], v[2]),
        };
    }

    public override PyType Type => PyType.RangeType;

    public BigInteger BigLength => ComputeLength(BigStart, BigStop, BigStep);

    /// <summary>The length (OverflowError when it does not fit, as len() of a huge range in CPython).</summary>
    public long Length => !IsBig
        ? (long)ExactLength(Start, Stop, Step)
        : BigLength <= long.MaxValue ? (long)BigLength : throw Ops.OverflowError("Python int too large to convert to C ssize_t");

    public override long Len() => Length;
    public override bool IsTrue() => IsBig ? !BigLength.IsZero : Length != 0;

    public override PyIterator Iter()
    {
        if (!IsBig) return new RangeIterator(Start, Step, Length);
        return new LongRangeIterator(BigStart, BigStep, BigLength);
    }

    public static PyType RangeIteratorType => IteratorTypes.Range;

    public PyIterator ReversedIter()
    {
        if (!IsBig) return new RangeIterator(Start + (Length - 1) * Step, -Step, Length);
        var len = BigLength;
        return new LongRangeIterator(BigStart + (len - 1) * BigStep, -BigStep, len);
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt k && !IsBig)
        {
            long i = k.Value;
            long len = Length;
            if (i < 0) i += len;
            if ((ulong)i >= (ulong)len) throw Ops.IndexError("range object index out of range");
            return PyInt.Get(Start + i * Step);
        }
        if (key is PySlice s)
        {
            s.BigIndices(BigLength, out var st, out var sp, out var stp);
            return new PyRange(BigStart + st * BigStep, BigStart + sp * BigStep, stp * BigStep);
        }
        if (!Ops.IsIntLike(key) && key.Type.Lookup("__index__") == null)
            throw Ops.TypeError($"range indices must be integers or slices, not {key.Type.TpName}");
        var idx = Ops.IsIntLike(key) ? Ops.ToBig(key) : Ops.ToBig(key.Type.Lookup("__index__")!.Call1(key));
        var n = BigLength;
        if (idx < 0) idx += n;
        if (idx < 0 || idx >= n) throw Ops.IndexError("range object index out of range");
        return PyInt.From(BigStart + idx * BigStep);
    }

    private bool ContainsInt(BigInteger v)
    {
        if (BigStep > 0 ? (v < BigStart || v >= BigStop) : (v > BigStart || v <= BigStop)) return false;
        return ((v - BigStart) % BigStep).IsZero;
    }

    public override bool Contains(PyObject item)
    {
        if (item is PyInt k && !IsBig)
        {
            long v = k.Value;
            if (Step > 0 ? (v < Start || v >= Stop) : (v > Start || v <= Stop)) return false;
            // v is within the bounds, so its distance from Start fits in a ulong (a long may overflow).
            ulong d = Step > 0 ? (ulong)v - (ulong)Start : (ulong)Start - (ulong)v;
            return d % (Step > 0 ? (ulong)Step : (ulong)(-(Step + 1)) + 1) == 0;
        }
        if (Ops.IsIntLike(item)) return ContainsInt(Ops.ToBig(item));
        return base.Contains(item);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyRange o || (op != CompareOp.Eq && op != CompareOp.Ne)) return PyNotImplemented.Instance;
        var n = BigLength;
        bool eq = n == o.BigLength && (n.IsZero || (BigStart == o.BigStart && (n.IsOne || BigStep == o.BigStep)));
        return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
    }

    public override long Hash()
    {
        // As CPython: hash((len, start, step)) with None for the parts that do not matter.
        var n = BigLength;
        Span<long> h = stackalloc long[3];
        h[0] = Numerics.NumericHash.Int(n);
        h[1] = n.IsZero ? PyNone.Instance.Hash() : Numerics.NumericHash.Int(BigStart);
        h[2] = n <= 1 ? PyNone.Instance.Hash() : Numerics.NumericHash.Int(BigStep);
        return Numerics.NumericHash.Tuple(h);
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "start": value = PyInt.From(BigStart); return true;
            case "stop": value = PyInt.From(BigStop); return true;
            case "step": value = PyInt.From(BigStep); return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override string Repr() => BigStep.IsOne ? $"range({BigStart}, {BigStop})" : $"range({BigStart}, {BigStop}, {BigStep})";

    public static void DefineMethods()
    {
        var t = PyType.RangeType;
        t.Dict["count"] = new PyMethodDescriptor(t, "count", (self, a, k) =>
        {
            if (k != null || a.Length != 1) throw Ops.TypeError($"range.count() takes exactly one argument ({a.Length} given)");
            var r = (PyRange)self;
            if (Ops.IsIntLike(a[0]) && a[0] is not PyBool) return PyInt.Get(r.ContainsInt(Ops.ToBig(a[0])) ? 1 : 0);
            long n = 0;
            var it = r.Iter();
            while (it.TryNext(out var v)) if (Ops.EqBool(v, a[0])) n++;
            return PyInt.Get(n);
        });
        t.Dict["index"] = new PyMethodDescriptor(t, "index", (self, a, k) =>
        {
            if (k != null || a.Length != 1) throw Ops.TypeError($"range.index() takes exactly one argument ({a.Length} given)");
            var r = (PyRange)self;
            if (Ops.IsIntLike(a[0]) && a[0] is not PyBool)
            {
                var v = Ops.ToBig(a[0]);
                if (!r.ContainsInt(v)) throw Ops.ValueError($"{v} is not in range");
                return PyInt.From((v - r.BigStart) / r.BigStep);
            }
            long i = 0;
            var it = r.Iter();
            while (it.TryNext(out var x)) { if (Ops.EqBool(x, a[0])) return PyInt.Get(i); i++; }
            throw Ops.ValueError("sequence.index(x): x not in sequence");
        });
        t.Dict["__reversed__"] = new PyMethodDescriptor(t, "__reversed__", (self, a, k) => ((PyRange)self).ReversedIter());
        t.Dict["__len__"] = new PyMethodDescriptor(t, "__len__", (self, a, k) => PyInt.Get(self.Len()));
        t.Dict["__contains__"] = new PyMethodDescriptor(t, "__contains__", (self, a, k) => a.Length == 1 && k == null
            ? Ops.Box(self.Contains(a[0])) : throw Ops.TypeError($"expected 1 argument, got {a.Length}"));
        t.Dict["__getitem__"] = new PyMethodDescriptor(t, "__getitem__", (self, a, k) => a.Length == 1 && k == null
            ? self.GetItem(a[0]) : throw Ops.TypeError($"expected 1 argument, got {a.Length}"));
    }
}

public sealed class RangeIterator : PyIterator, IIteratorState
{
    private long _next;
    private readonly long _step;
    private long _left;
    private readonly long _count;
    public RangeIterator(long start, long step, long count) { _next = start; _step = step; _left = _count = count; }
    public override PyType Type => PyRange.RangeIteratorType;
    public override bool TryNext(out PyObject value)
    {
        if (_left > 0)
        {
            _left--;
            value = PyInt.Get(_next);
            _next += _step;
            return true;
        }
        value = null!;
        return false;
    }

    private BigInteger FirstValue => (BigInteger)_next - (BigInteger)(_count - _left) * _step;

    public PyObject LengthHint() => PyInt.Get(_left);

    public PyObject Reduce()
    {
        var start = FirstValue;
        return IteratorTypes.ReduceAt("iter", new PyRange(start, start + (BigInteger)_count * _step, _step), _count - _left);
    }

    public void SetState(PyObject state)
    {
        long i = Math.Clamp(IteratorTypes.StateIndex(state), 0, _count);
        var start = FirstValue;
        _left = _count - i;
        _next = (long)(start + (BigInteger)i * _step);
    }
}
