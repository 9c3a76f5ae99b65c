using Krait.Runtime.Numerics;

namespace Krait.Runtime;

/// <summary>divmod(a, b): ints and floats directly (big ints with one division for both results), otherwise
/// the binary-operator protocol over Python-level __divmod__/__rdivmod__ (the right operand first when its
/// type is a subclass of the left's), then the values int/float subclasses carry.</summary>
public static class BuiltinDivmod
{
    public static PyObject DivMod(PyObject a, PyObject b)
    {
        if (TryNumeric(a, b, out var r)) return r;
        PyType ta = a.Type, tb = b.Type;
        var right = ta != tb ? tb.LookupOverride("__rdivmod__") : null;
        if (right != null && tb.IsSubtypeOf(ta))
        {
            r = right.Call2(b, a);
            if (r != PyNotImplemented.Instance) return r;
            right = null;
        }
        var left = ta.LookupOverride("__divmod__");
        if (left != null)
        {
            r = left.Call2(a, b);
            if (r != PyNotImplemented.Instance) return r;
        }
        if (right != null)
        {
            r = right.Call2(b, a);
            if (r != PyNotImplemented.Instance) return r;
        }
        var va = a is PyInstance { BaseValue: { } ba } ? ba : a;
        var vb = b is PyInstance { BaseValue: { } bb } ? bb : b;
        if ((va != a || vb != b) && TryNumeric(va, vb, out r)) return r;
        throw Ops.TypeError($"unsupported operand type(s) for divmod(): '{ta.Name}' and '{tb.Name}'");
    }

    private static bool TryNumeric(PyObject a, PyObject b, out PyObject result)
    {
        if (Ops.IsIntLike(a) && Ops.IsIntLike(b))
        {
            // Big operands: one division gives both (pidigits' hot divmod), not a floor division and a modulo.
            if (BigIntArithmetic.TryDivMod(a, b, out var q, out var rem))
            {
                result = new PyTuple(new[] { q, rem });
                return true;
            }
            result = new PyTuple(new[] { Ops.FloorDiv(a, b), Ops.Mod(a, b) });
            return true;
        }
        if ((a is PyFloat || Ops.IsIntLike(a)) && (b is PyFloat || Ops.IsIntLike(b)))
        {
            double x = Ops.ToDouble(a), y = Ops.ToDouble(b);
            if (y == 0) throw Ops.ZeroDivision("float divmod()");
            double q = FloatMath.DivMod(x, y, out double r);
            result = new PyTuple(new PyObject[] { new PyFloat(q), new PyFloat(r) });
            return true;
        }
        result = null!;
        return false;
    }
}
