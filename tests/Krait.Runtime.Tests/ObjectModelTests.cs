using System.Numerics;

namespace Krait.Runtime.Tests;

/// <summary>The object model and Ops entry points; expected values from /usr/bin/python3.11.</summary>
public class ObjectModelTests
{
    private static PyObject I(long v) => PyInt.Get(v);

    [Fact]
    public void IntAdditionOverflowsIntoBigInt()
    {
        var r = Ops.Add(I(1L << 62), I(1L << 62));
        Assert.IsType<PyBigInt>(r);
        Assert.Equal("9223372036854775808", r.Repr());
        Assert.IsType<PyInt>(Ops.Sub(r, I(1)));
    }

    [Fact]
    public void FloorDivisionAndModuloFollowPython()
    {
        Assert.Equal("-4", Ops.FloorDiv(I(-7), I(2)).Repr());
        Assert.Equal("-0.5", Ops.Mod(new PyFloat(7.5), I(-2)).Repr());
        Assert.Equal("0.30000000000000004", Ops.Add(new PyFloat(0.1), new PyFloat(0.2)).Repr());
    }

    [Fact]
    public void HashesAreCPythons()
    {
        Assert.Equal(-3550055125485641917, Ops.Hash(new PyTuple(new[] { I(1), I(2) })));
        Assert.Equal(-2, Ops.Hash(I(-1)));
        Assert.Equal(8, Ops.Hash(PyInt.From(BigInteger.Pow(2, 64))));
        Assert.Equal(1152921504606846977, Ops.Hash(new PyFloat(1.5)));
        Assert.Equal(Ops.Hash(I(2)), Ops.Hash(new PyFloat(2.0)));
    }

    [Fact]
    public void DictKeepsInsertionOrderAcrossDeletions()
    {
        var d = new PyDict();
        for (int i = 0; i < 100; i++) d.SetItem(I(i * 8), I(i));
        for (int i = 0; i < 100; i += 3) d.DelItem(I(i * 8));
        Assert.Equal(66, d.Len());
        var keys = Ops.ToArray(d).Take(5).Select(k => ((PyInt)k).Value);
        Assert.Equal(new long[] { 8, 16, 32, 40, 56 }, keys);
        long sum = 0;
        var it = new DictIterator(d, DictIterator.Kind.Values);
        while (it.TryNext(out var v)) sum += ((PyInt)v).Value;
        Assert.Equal(3267, sum);
        // Equal keys of different types find the same entry, as in Python.
        Assert.Same(d.TryGet(new PyFloat(8.0)), d.TryGet(I(8)));
    }

    [Fact]
    public void UnsupportedOperandsRaiseCPythonsTypeError()
    {
        var e = Assert.Throws<PythonException>(() => Ops.Add(I(1), new PyStr("a")));
        Assert.Equal("TypeError", e.Value.Type.Name);
        Assert.Equal("unsupported operand type(s) for +: 'int' and 'str'", e.Value.DefaultStr());
    }

    [Fact]
    public void ShapesTransitionAndShareAcrossInstances()
    {
        var t = new PyType("P", new[] { PyType.ObjectType }, userDefined: true);
        var a = new PyInstance(t);
        var b = new PyInstance(t);
        var store = new AttributeCache("x");
        Ops.StoreAttr(a, I(1), store);
        Ops.StoreAttr(b, I(2), store);
        Assert.Same(a.Shape, b.Shape);
        var load = new AttributeCache("x");
        Assert.Equal("1", Ops.LoadAttr(a, load).Repr());
        Assert.Equal("2", Ops.LoadAttr(b, load).Repr());
    }
}
