using System.Numerics;
using Krait.Runtime.Numerics;

namespace Krait.Runtime;

/// <summary>The int and float methods and attributes the numeric tower relies on (fractions, decimal, statistics,
/// numbers): as_integer_ratio, numerator/denominator, real/imag, conjugate, to_bytes/from_bytes, bit_count,
/// float.hex/fromhex, __floor__/__ceil__.</summary>
public static class NumberMethods
{
    private static void M(PyType t, string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);

    private static void Attr(PyType t, string name, Func<PyObject, PyObject> get) =>
        t.Dict[name] = new PyGetSetDescriptor(name, t, get, null);

    private static PyObject Unwrap(PyObject o) => PyInstance.Unwrap(o);

    /// <summary>The exact int value of an int (or bool, or int subclass instance) as a plain int.</summary>
    private static PyObject PlainInt(PyObject o)
    {
        o = Unwrap(o);
        return o is PyInt || o is PyBigInt ? o : PyInt.From(Ops.ToBig(o));
    }

    private static double FloatValue(PyObject o) => ((PyFloat)Unwrap(o)).Value;

    private static void NoArgs(string name, PyObject[] a, string[]? k)
    {
        if (a.Length != 0 || k != null)
            throw Ops.TypeError($"{name}() takes no arguments ({a.Length + (k?.Length ?? 0)} given)");
    }

    public static void Define()
    {
        var i = PyType.IntType;
        var f = PyType.FloatType;
        M(i, "as_integer_ratio", (self, a, k) => { NoArgs("as_integer_ratio", a, k); return new PyTuple(new[] { PlainInt(self), PyInt.Get(1) }); });
        M(i, "conjugate", (self, a, k) => { NoArgs("conjugate", a, k); return PlainInt(self); });
        M(i, "bit_count", (self, a, k) =>
        {
            NoArgs("bit_count", a, k);
            var v = Unwrap(self);
            return v is PyInt pi ? PyInt.Get(IntegerMath.BitCount(pi.Value)) : PyInt.Get(IntegerMath.BitCount(Ops.ToBig(v)));
        });
        M(i, "__floor__", (self, a, k) => PlainInt(self));
        M(i, "__ceil__", (self, a, k) => PlainInt(self));
        M(i, "__getnewargs__", (self, a, k) => new PyTuple(new[] { PlainInt(self) }));
        Attr(i, "numerator", PlainInt);
        Attr(i, "denominator", _ => PyInt.Get(1));
        Attr(i, "real", PlainInt);
        Attr(i, "imag", _ => PyInt.Get(0));
        M(i, "to_bytes", (self, a, k) =>
        {
            var (length, order, signed) = BytesArgs("to_bytes", "length", a, k);
            long n = length == null ? 1 : Ops.Index(length);
            try { return new PyBytes(IntegerMath.ToBytes(Ops.ToBig(Unwrap(self)), n, order, signed)); }
            catch (NumericError e) { throw Ops.FromNumeric(e); }
        });
        i.Dict["from_bytes"] = new PyClassMethod(new PyBuiltinFunction("from_bytes", (a, k) =>
        {
            var cls = a[0];
            var (src, order, signed) = BytesArgs("from_bytes", "bytes", a[1..], k);
            if (src == null) throw Ops.TypeError("from_bytes() missing required argument 'bytes' (pos 1)");
            byte[] data;
            if (BytesMethods.IsBuffer(src)) data = BytesMethods.Buf(src).ToArray();
            else
            {
                var items = Ops.ToArray(src);
                data = new byte[items.Length];
                for (int j = 0; j < items.Length; j++)
                {
                    long b = Ops.Index(items[j]);
                    if (b < 0 || b > 255) throw Ops.ValueError("bytes must be in range(0, 256)");
                    data[j] = (byte)b;
                }
            }
            var value = PyInt.From(IntegerMath.FromBytes(data, order, signed));
            return ReferenceEquals(cls, PyType.IntType) ? value : cls.Call(new[] { value }, null);
        }));

        M(f, "as_integer_ratio", (self, a, k) =>
        {
            NoArgs("as_integer_ratio", a, k);
            try
            {
                var (n, d) = FloatMath.AsIntegerRatio(FloatValue(self));
                return new PyTuple(new[] { PyInt.From(n), PyInt.From(d) });
            }
            catch (NumericError e) { throw Ops.FromNumeric(e); }
        });
        M(f, "hex", (self, a, k) => { NoArgs("hex", a, k); return new PyStr(FloatMath.ToHex(FloatValue(self))); });
        f.Dict["fromhex"] = new PyClassMethod(new PyBuiltinFunction("fromhex", (a, k) =>
        {
            if (a.Length != 2 || k != null) throw Ops.TypeError($"fromhex() takes exactly one argument ({a.Length - 1} given)");
            if (Unwrap(a[1]) is not PyStr s) throw Ops.TypeError($"must be str, not {a[1].Type.TpName}");
            double v;
            try { v = FloatMath.FromHex(s.Value); }
            catch (NumericError e) { throw Ops.FromNumeric(e); }
            var r = new PyFloat(v);
            return ReferenceEquals(a[0], PyType.FloatType) ? r : a[0].Call(new PyObject[] { r }, null);
        }));
        M(f, "conjugate", (self, a, k) => { NoArgs("conjugate", a, k); return new PyFloat(FloatValue(self)); });
        M(f, "__floor__", (self, a, k) => FloorCeil(FloatValue(self), floor: true));
        M(f, "__ceil__", (self, a, k) => FloorCeil(FloatValue(self), floor: false));
        M(f, "__getnewargs__", (self, a, k) => new PyTuple(new PyObject[] { new PyFloat(FloatValue(self)) }));
        Attr(f, "real", o => new PyFloat(FloatValue(o)));
        Attr(f, "imag", _ => new PyFloat(0.0));
        i.Changed();
        f.Changed();
    }

    private static PyObject FloorCeil(double x, bool floor)
    {
        if (double.IsNaN(x)) throw Ops.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(x)) throw Ops.OverflowError("cannot convert float infinity to integer");
        return PyInt.From(floor ? FloatMath.Floor(x) : FloatMath.Ceiling(x));
    }

    /// <summary>Binds (first, byteorder='big', *, signed=False) for to_bytes/from_bytes.</summary>
    private static (PyObject? First, bool BigEndian, bool Signed) BytesArgs(string name, string firstName, PyObject[] a, string[]? k)
    {
        int np = a.Length - (k?.Length ?? 0);
        if (np > 2) throw Ops.TypeError($"{name}() takes at most 2 positional arguments ({np} given)");
        PyObject? first = np > 0 ? a[0] : null, order = np > 1 ? a[1] : null, signed = null;
        for (int j = 0; j < (k?.Length ?? 0); j++)
        {
            var v = a[np + j];
            switch (k![j])
            {
                case "byteorder": order = v; break;
                case "signed": signed = v; break;
                default:
                    if (k[j] == firstName && first == null) { first = v; break; }
                    throw Ops.TypeError($"{name}() got an unexpected keyword argument '{k[j]}'");
            }
        }
        bool big = true;
        if (order != null)
        {
            if (Unwrap(order) is not PyStr os)
                throw Ops.TypeError($"{name}() argument 'byteorder' must be str, not {order.Type.TpName}");
            if (os.Value == "little") big = false;
            else if (os.Value != "big") throw Ops.ValueError("byteorder must be either 'little' or 'big'");
        }
        return (first, big, signed != null && signed.IsTrue());
    }
}
