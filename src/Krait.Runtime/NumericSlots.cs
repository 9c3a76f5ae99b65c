using Krait.Runtime.Numerics;

namespace Krait.Runtime;

/// <summary>The arithmetic slot methods of int, bool, float and complex (<c>int.__add__</c>, <c>(1.0).__rmul__</c>,
/// <c>complex.__pow__</c>, ...). Each checks that the other operand is a number its type handles (else
/// NotImplemented, as CPython's slots) and then calls the operator's own <see cref="Ops"/> entry on the plain
/// values, so the arithmetic is written once.</summary>
public static class NumericSlots
{
    private static readonly (string Name, Func<PyObject, PyObject, PyObject> Op)[] s_intOps =
    {
        ("add", Ops.Add), ("sub", Ops.Sub), ("mul", Ops.Mul), ("truediv", Ops.TrueDiv), ("floordiv", Ops.FloorDiv),
        ("mod", Ops.Mod), ("divmod", BuiltinDivmod.DivMod), ("lshift", Ops.LShift), ("rshift", Ops.RShift),
        ("and", Ops.BitAnd), ("or", Ops.BitOr), ("xor", Ops.BitXor),
    };

    /// <summary>An int operand as a plain int (bool becomes 0/1, a subclass instance its value); null otherwise.</summary>
    private static PyObject? IntOperand(PyObject o)
    {
        o = PyInstance.Unwrap(o);
        return o switch
        {
            PyInt or PyBigInt => o,
            PyBool b => PyInt.Get(b.Value ? 1 : 0),
            _ => null,
        };
    }

    private static PyObject IntSelf(PyObject o) => IntOperand(o) ?? throw Ops.TypeError($"descriptor requires an 'int' object but received a '{o.Type.TpName}'");

    /// <summary>A float method's other operand: a float or an int (unwrapped); null otherwise.</summary>
    private static PyObject? FloatOperand(PyObject o)
    {
        o = PyInstance.Unwrap(o);
        return o is PyFloat ? o : IntOperand(o);
    }

    private static PyObject? ComplexOperand(PyObject o)
    {
        o = PyInstance.Unwrap(o);
        return o is PyComplex ? o : FloatOperand(o);
    }

    public static void Define()
    {
        DefineInt();
        DefineBool();
        DefineFloat();
        DefineComplex();
        PyType.IntType.Changed();
        PyType.BoolType.Changed();
        PyType.FloatType.Changed();
        PyComplex.ComplexType.Changed();
    }

    private static void DefineInt()
    {
        var t = PyType.IntType;
        foreach (var (name, op) in s_intOps)
        {
            var f = op;
            SlotDefinitions.Binary(t, "__" + name + "__", (s, o) => IntOperand(o) is { } y ? f(IntSelf(s), y) : PyNotImplemented.Instance);
            SlotDefinitions.Binary(t, "__r" + name + "__", (s, o) => IntOperand(o) is { } y ? f(y, IntSelf(s)) : PyNotImplemented.Instance);
        }
        SlotDefinitions.Ternary(t, "__pow__", (s, o, m) => IntPow(IntSelf(s), o, m));
        SlotDefinitions.Ternary(t, "__rpow__", (s, o, m) => IntOperand(o) is { } y ? IntPow(y, IntSelf(s), m) : PyNotImplemented.Instance);
        SlotDefinitions.Unary(t, "__bool__", s => PyBool.Get(Ops.IsTrue(IntSelf(s))));
    }

    private static PyObject IntPow(PyObject x, PyObject other, PyObject? mod)
    {
        if (IntOperand(other) is not { } y) return PyNotImplemented.Instance;
        if (mod == null || mod == PyNone.Instance) return Ops.Pow(x, y);
        if (IntOperand(mod) is not { } m) return PyNotImplemented.Instance;
        try { return PyInt.From(IntegerMath.ModPow(Ops.ToBig(x), Ops.ToBig(y), Ops.ToBig(m))); }
        catch (NumericError e) { throw Ops.FromNumeric(e); }
    }

    /// <summary>bool's own &amp; | ^ keep bools when both operands are bools; otherwise they are int's.</summary>
    private static void DefineBool()
    {
        var t = PyType.BoolType;
        foreach (var (name, op) in new (string, Func<PyObject, PyObject, PyObject>)[] { ("and", Ops.BitAnd), ("or", Ops.BitOr), ("xor", Ops.BitXor) })
        {
            var f = op;
            SlotDefinitions.Binary(t, "__" + name + "__", (s, o) =>
                PyInstance.Unwrap(o) is PyBool b ? f(s, b) : IntOperand(o) is { } y ? f(IntSelf(s), y) : PyNotImplemented.Instance);
            SlotDefinitions.Binary(t, "__r" + name + "__", (s, o) =>
                PyInstance.Unwrap(o) is PyBool b ? f(b, s) : IntOperand(o) is { } y ? f(y, IntSelf(s)) : PyNotImplemented.Instance);
        }
    }

    private static void DefineFloat()
    {
        var t = PyType.FloatType;
        foreach (var (name, op) in s_intOps)
        {
            if (name is "lshift" or "rshift" or "and" or "or" or "xor") continue;
            var f = op;
            SlotDefinitions.Binary(t, "__" + name + "__", (s, o) => FloatOperand(o) is { } y ? f(s, y) : PyNotImplemented.Instance);
            SlotDefinitions.Binary(t, "__r" + name + "__", (s, o) => FloatOperand(o) is { } y ? f(y, s) : PyNotImplemented.Instance);
        }
        SlotDefinitions.Ternary(t, "__pow__", (s, o, m) => FloatPow(s, o, m, reflected: false));
        SlotDefinitions.Ternary(t, "__rpow__", (s, o, m) => FloatPow(s, o, m, reflected: true));
        SlotDefinitions.Unary(t, "__bool__", s => PyBool.Get(((PyFloat)s).Value != 0.0));
        t.Dict["__getformat__"] = new PyClassMethod(new PyBuiltinFunction("__getformat__", (a, k) =>
        {
            if (k is { Length: > 0 }) throw Ops.TypeError("float.__getformat__() takes no keyword arguments");
            if (a.Length != 2) throw Ops.TypeError($"float.__getformat__() takes exactly one argument ({a.Length - 1} given)");
            if (a[1] is not PyStr s) throw Ops.TypeError($"__getformat__() argument must be str, not {a[1].Type.TpName}");
            if (s.Value is not ("double" or "float")) throw Ops.ValueError("__getformat__() argument 1 must be 'double' or 'float'");
            return new PyStr(BitConverter.IsLittleEndian ? "IEEE, little-endian" : "IEEE, big-endian");
        }));
    }

    private static PyObject FloatPow(PyObject self, PyObject other, PyObject? mod, bool reflected)
    {
        if (FloatOperand(other) is not { } y) return PyNotImplemented.Instance;
        if (mod != null && mod != PyNone.Instance)
            throw Ops.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        return reflected ? Ops.Pow(y, self) : Ops.Pow(self, y);
    }

    private static void DefineComplex()
    {
        var t = PyComplex.ComplexType;
        foreach (var (name, op) in new (string, Func<PyObject, PyObject, PyObject>)[] { ("add", Ops.Add), ("sub", Ops.Sub), ("mul", Ops.Mul), ("truediv", Ops.TrueDiv) })
        {
            var f = op;
            SlotDefinitions.Binary(t, "__" + name + "__", (s, o) => ComplexOperand(o) is { } y ? f(s, y) : PyNotImplemented.Instance);
            SlotDefinitions.Binary(t, "__r" + name + "__", (s, o) => ComplexOperand(o) is { } y ? f(y, s) : PyNotImplemented.Instance);
        }
        SlotDefinitions.Ternary(t, "__pow__", (s, o, m) => ComplexPow(s, o, m, reflected: false));
        SlotDefinitions.Ternary(t, "__rpow__", (s, o, m) => ComplexPow(s, o, m, reflected: true));
        SlotDefinitions.Unary(t, "__bool__", s => PyBool.Get(s.IsTrue()));
        // complex numbers are not ordered: only == and != give answers.
        foreach (var op in new[] { CompareOp.Lt, CompareOp.Le, CompareOp.Gt, CompareOp.Ge })
            SlotDefinitions.Binary(t, Ops.CompareDunder(op), (s, o) => PyNotImplemented.Instance);
        t.Dict["real"] = PyGetSetDescriptor.Member("real", t, o => new PyFloat(((PyComplex)o).Real));
        t.Dict["imag"] = PyGetSetDescriptor.Member("imag", t, o => new PyFloat(((PyComplex)o).Imag));
    }

    private static PyObject ComplexPow(PyObject self, PyObject other, PyObject? mod, bool reflected)
    {
        if (ComplexOperand(other) is not { } y) return PyNotImplemented.Instance;
        if (mod != null && mod != PyNone.Instance) throw Ops.ValueError("complex modulo");
        return reflected ? Ops.Pow(y, self) : Ops.Pow(self, y);
    }
}
