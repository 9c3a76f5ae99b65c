using System.Runtime.CompilerServices;
using System.Numerics;
using Krait.Runtime.Numerics;

namespace Krait.Runtime;

/// <summary>An int that fits in 64 bits (the fast path tests for this sealed class).</summary>
public sealed class PyInt : PyObject
{
    public readonly long Value;
    private static readonly PyInt[] s_small = MakeSmall();

    private PyInt(long v) { Value = v; }

    private static PyInt[] MakeSmall()
    {
        var a = new PyInt[262];
        for (int i = 0; i < a.Length; i++) a[i] = new PyInt(i - 5);
        return a;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt Get(long v) => (ulong)(v + 5) < 262 ? s_small[v + 5] : new PyInt(v);

    /// <summary>An int result from a BigInteger, back to PyInt when it fits.</summary>
    public static PyObject From(BigInteger v) =>
        v >= long.MinValue && v <= long.MaxValue ? Get((long)v) : new PyBigInt(v);

    public override PyType Type => PyType.IntType;
    public override bool IsTrue() => Value != 0;
    public override long Hash() => NumericHash.Int(Value);
    public override string Repr() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public override PyObject RichCompare(PyObject other, CompareOp op) => Ops.NumericCompare(this, other, op);
}

public sealed class PyBool : PyObject
{
    public readonly bool Value;
    public static readonly PyBool True = new(true);
    public static readonly PyBool False = new(false);
    private PyBool(bool v) { Value = v; }
    public static PyBool Get(bool v) => v ? True : False;
    public override PyType Type => PyType.BoolType;
    public override bool IsTrue() => Value;
    public override long Hash() => Value ? 1 : 0;
    public override string Repr() => Value ? "True" : "False";
    public override PyObject RichCompare(PyObject other, CompareOp op) => Ops.NumericCompare(this, other, op);
}

public sealed class PyFloat : PyObject
{
    public readonly double Value;
    public PyFloat(double v) { Value = v; }
    public override PyType Type => PyType.FloatType;
    public override bool IsTrue() => Value != 0.0;
    public override long Hash() => NumericHash.Float(Value);
    public override string Repr() => Krait.Syntax.Text.PyRepr.Float(Value);
    public override PyObject RichCompare(PyObject other, CompareOp op) => Ops.NumericCompare(this, other, op);
}
