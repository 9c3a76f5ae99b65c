using System.Numerics;

namespace Krait.Runtime;

/// <summary>slice objects: start/stop/step, indices(), and the normalisation sequences use when slicing.
/// Bounds beyond 64 bits clamp as CPython's do.</summary>
public sealed class PySlice : PyObject
{
    public readonly PyObject Start, Stop, Step;
    public PySlice(PyObject start, PyObject stop, PyObject step) { Start = start; Stop = stop; Step = step; }
    public override PyType Type => PyType.SliceType;
    public override string Repr() => $"slice({Ops.Repr(Start)}, {Ops.Repr(Stop)}, {Ops.Repr(Step)})";
    public override long Hash() => throw Ops.TypeError("unhashable type: 'slice'");

    private static BigInteger BoundOf(PyObject o)
    {
        if (o is PyInt i) return i.Value;
        if (Ops.IsIntLike(o)) return Ops.ToBig(o);
        var m = o.Type.Lookup("__index__");
        if (m == null) throw Ops.TypeError("slice indices must be integers or None or have an __index__ method");
        return Ops.ToBig(m.Call1(o));
    }

    private static long Saturate(BigInteger v) => v > long.MaxValue ? long.MaxValue : v < long.MinValue ? long.MinValue : (long)v;

    private static long BoundLong(PyObject o) => o is PyInt i ? i.Value : Saturate(BoundOf(o));

    /// <summary>As slice.indices(length) plus the element count.</summary>
    public void Indices(long length, out long start, out long stop, out long step, out long count)
    {
        step = Step == PyNone.Instance ? 1 : BoundLong(Step);
        if (step == 0) throw Ops.ValueError("slice step cannot be zero");
        if (step == long.MinValue) step = -long.MaxValue;
        long lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
        start = Start == PyNone.Instance ? (step < 0 ? upper : lower) : Clamp(BoundLong(Start), length, lower, upper);
        stop = Stop == PyNone.Instance ? (step < 0 ? lower : upper) : Clamp(BoundLong(Stop), length, lower, upper);
        if (step > 0) count = stop > start ? (stop - start - 1) / step + 1 : 0;
        else count = start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

    private static long Clamp(long v, long length, long lower, long upper)
    {
        if (v < 0) { v = v < long.MinValue + length ? lower : v + length; return v < lower ? lower : v; }
        return v > upper ? upper : v;
    }

    /// <summary>slice.indices for arbitrary lengths (ranges beyond 64 bits).</summary>
    public void BigIndices(BigInteger length, out BigInteger start, out BigInteger stop, out BigInteger step)
    {
        step = Step == PyNone.Instance ? BigInteger.One : BoundOf(Step);
        if (step.IsZero) throw Ops.ValueError("slice step cannot be zero");
        BigInteger lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
        start = Start == PyNone.Instance ? (step < 0 ? upper : lower) : ClampBig(BoundOf(Start), length, lower, upper);
        stop = Stop == PyNone.Instance ? (step < 0 ? lower : upper) : ClampBig(BoundOf(Stop), length, lower, upper);
    }

    private static BigInteger ClampBig(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper)
    {
        if (v < 0) { v += length; return v < lower ? lower : v; }
        return v > upper ? upper : v;
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "start": value = Start; return true;
            case "stop": value = Stop; return true;
            case "step": value = Step; return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PySlice o) return PyNotImplemented.Instance;
        var a = new PyTuple(new[] { Start, Stop, Step });
        var b = new PyTuple(new[] { o.Start, o.Stop, o.Step });
        return Ops.Compare(a, b, op);
    }

    public static void DefineMethods()
    {
        var t = PyType.SliceType;
        t.Dict["indices"] = new PyMethodDescriptor(t, "indices", (self, a, k) =>
        {
            if (k != null || a.Length != 1) throw Ops.TypeError($"slice.indices() takes exactly one argument ({a.Length} given)");
            if (!Ops.IsIntLike(a[0]) && a[0].Type.Lookup("__index__") == null)
                throw Ops.TypeError($"'{a[0].Type.TpName}' object cannot be interpreted as an integer");
            var len = BoundOf(a[0]);
            if (len < 0) throw Ops.ValueError("length should not be negative");
            ((PySlice)self).BigIndices(len, out var st, out var sp, out var stp);
            return new PyTuple(new[] { PyInt.From(st), PyInt.From(sp), PyInt.From(stp) });
        });
    }
}
