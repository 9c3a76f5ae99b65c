using System.Numerics;
using System.Runtime.CompilerServices;
using Krait.Runtime.Numerics;

namespace Krait.Runtime;

public enum BinOp { Add, Sub, Mul, MatMul, TrueDiv, Mod, Pow, LShift, RShift, Or, Xor, And, FloorDiv }

/// <summary>The entry points compiled code calls: operators, comparisons, attribute and item access, calls,
/// iteration, errors. Each starts with inline fast paths for the common built-in types.</summary>
public static partial class Ops
{
    // ---- errors ----
    public static PythonException Error(PyType type, string message) => new(ExceptionTypes.Make(type, message));
    public static PythonException TypeError(string m) => Error(ExceptionTypes.TypeError, m);
    public static PythonException ValueError(string m) => Error(ExceptionTypes.ValueError, m);
    public static PythonException IndexError(string m) => Error(ExceptionTypes.IndexError, m);
    public static PythonException AttributeError(string m) => Error(ExceptionTypes.AttributeError, m);
    public static PythonException RuntimeError(string m) => Error(ExceptionTypes.RuntimeError, m);
    public static PythonException SystemError(string m) => Error(ExceptionTypes.SystemError, m);
    public static PythonException ZeroDivision(string m) => Error(ExceptionTypes.ZeroDivisionError, m);
    public static PythonException OverflowError(string m) => Error(ExceptionTypes.OverflowError, m);
    public static PythonException NotImplemented(string feature) =>
        Error(ExceptionTypes.NotImplementedError, $"Krait does not support {feature} yet");

    public static PythonException AttributeErrorFor(PyObject o, string name) =>
        o is PyModule m ? m.MissingAttribute(name)
        : o is PyType t ? AttributeError($"type object '{t.TpName}' has no attribute '{name}'", o, name)
        : AttributeError($"'{o.Type.TpName}' object has no attribute '{name}'", o, name);

    /// <summary>An AttributeError whose <c>name</c> and <c>obj</c> say what was missing where.</summary>
    public static PythonException AttributeError(string m, PyObject obj, string name)
    {
        var e = ExceptionTypes.Make(ExceptionTypes.AttributeError, m);
        e.SetAttr("name", new PyStr(name));
        e.SetAttr("obj", obj);
        return new PythonException(e);
    }

    public static PythonException FromNumeric(NumericError e)
    {
        var type = e.PythonType switch
        {
            "ValueError" => ExceptionTypes.ValueError,
            "ZeroDivisionError" => ExceptionTypes.ZeroDivisionError,
            "OverflowError" => ExceptionTypes.OverflowError,
            "TypeError" => ExceptionTypes.TypeError,
            _ => ExceptionTypes.MemoryError,
        };
        return Error(type, e.Message);
    }

    public static Exception NameError(string name)
    {
        var e = ExceptionTypes.Make(ExceptionTypes.NameError, $"name '{name}' is not defined");
        e.SetAttr("name", new PyStr(name));
        return new PythonException(e);
    }

    public static Exception UnboundLocal(string name) => Error(ExceptionTypes.UnboundLocalError,
        $"cannot access local variable '{name}' where it is not associated with a value");

    public static Exception UnboundFree(string name) => Error(ExceptionTypes.NameError,
        $"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");

    // ---- identity, repr, str, hash, truth ----
    private static readonly ConditionalWeakTable<object, StrongBox<long>> s_ids = new();
    private static long s_nextId = 0x7f0000001000;

    public static long Id(PyObject o)
    {
        if (s_ids.TryGetValue(o, out var box)) return box.Value;
        var b = new StrongBox<long>(s_nextId += 48);
        s_ids.Add(o, b);
        return b.Value;
    }

    public static string Repr(PyObject o) => o.Repr();
    public static string Str(PyObject o) => o is PyStr s ? s.Value : o.Str();
    public static PyObject ReprObj(PyObject o) => new PyStr(o.Repr());
    public static PyObject StrObj(PyObject o) => o is PyStr ? o : new PyStr(o.Str());

    public static string ExpectStr(PyObject o, string what)
    {
        if (o is PyStr s) return s.Value;
        throw TypeError($"{what} returned non-string (type {o.Type.TpName})");
    }

    public static long Hash(PyObject o)
    {
        if (o is PyStr s) return s.Hash();
        if (o is PyInt i) return NumericHash.Int(i.Value);
        return o.Hash();
    }

    public static bool IsTrue(PyObject o)
    {
        if (o == PyBool.True) return true;
        if (o == PyBool.False || o == PyNone.Instance) return false;
        if (o is PyInt i) return i.Value != 0;
        return o.IsTrue();
    }

    public static PyObject Not(PyObject o) => IsTrue(o) ? PyBool.False : PyBool.True;

    public static PyObject Box(bool b) => b ? PyBool.True : PyBool.False;

    // ---- numbers ----
    public static bool IsIntLike(PyObject o) => o is PyInt || o is PyBigInt || o is PyBool;

    public static BigInteger ToBig(PyObject o) => o switch
    {
        PyInt i => i.Value,
        PyBigInt b => b.Value,
        PyBool b => b.Value ? 1 : 0,
        PyInstance { BaseValue: { } v } when IsIntLike(v) => ToBig(v),
        _ => throw TypeError($"an integer is required (got type {o.Type.TpName})"),
    };

    private static bool TryLong(PyObject o, out long v)
    {
        switch (o)
        {
            case PyInt i: v = i.Value; return true;
            case PyBool b: v = b.Value ? 1 : 0; return true;
            default: v = 0; return false;
        }
    }

    public static double ToDouble(PyObject o)
    {
        switch (o)
        {
            case PyFloat f: return f.Value;
            case PyInt i: return i.Value;
            case PyBool b: return b.Value ? 1 : 0;
            case PyBigInt bi: return BigToDouble(bi.Value);
        }
        var m = o.Type.Lookup("__float__");
        if (m != null && m.Call1(o) is PyFloat r) return r.Value;
        var idx = o.Type.Lookup("__index__");
        if (idx != null) return ToDouble(idx.Call1(o));
        throw TypeError($"must be real number, not {o.Type.TpName}");
    }

    private static double BigToDouble(BigInteger b)
    {
        try { return IntegerMath.ToDouble(b); }
        catch (NumericError e) { throw FromNumeric(e); }
    }

    /// <summary>operator.index: an int as a long (OverflowError beyond 64 bits).</summary>
    public static long Index(PyObject o)
    {
        switch (o)
        {
            case PyInt i: return i.Value;
            case PyBool b: return b.Value ? 1 : 0;
            case PyBigInt:
                throw Error(ExceptionTypes.IndexError, "cannot fit 'int' into an index-sized integer");
        }
        var m = o.Type.Lookup("__index__");
        if (m != null) return Index(m.Call1(o));
        throw TypeError($"'{o.Type.TpName}' object cannot be interpreted as an integer");
    }

    public static string OpSymbol(BinOp op) => op switch
    {
        BinOp.Add => "+", BinOp.Sub => "-", BinOp.Mul => "*", BinOp.MatMul => "@", BinOp.TrueDiv => "/",
        BinOp.Mod => "%", BinOp.Pow => "** or pow()", BinOp.LShift => "<<", BinOp.RShift => ">>", BinOp.Or => "|",
        BinOp.Xor => "^", BinOp.And => "&", _ => "//",
    };

    private static readonly string[] s_dunders =
        { "add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "floordiv" };
    private static readonly string[] s_forwardNames = Array.ConvertAll(s_dunders, n => "__" + n + "__");
    private static readonly string[] s_reflectedNames = Array.ConvertAll(s_dunders, n => "__r" + n + "__");
    private static readonly string[] s_inPlaceNames = Array.ConvertAll(s_dunders, n => "__i" + n + "__");

    public static PyObject Add(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            long r = x.Value + y.Value;
            if (((x.Value ^ r) & (y.Value ^ r)) >= 0) return PyInt.Get(r);
        }
        else if (a is PyFloat fa && b is PyFloat fb) return new PyFloat(fa.Value + fb.Value);
        else if (a is PyStr sa && b is PyStr sb) return Concat(sa, sb);
        else if (a is PyTuple ta && b is PyTuple tb && a.GetType() == typeof(PyTuple) && b.GetType() == typeof(PyTuple))
            return ConcatTuples(ta, tb);
        if (MixedFloat(a, b, out double dx, out double dy)) return new PyFloat(dx + dy);
        return Binary(BinOp.Add, a, b);
    }

    public static PyObject Sub(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            long r = x.Value - y.Value;
            if (((x.Value ^ y.Value) & (x.Value ^ r)) >= 0) return PyInt.Get(r);
        }
        else if (a is PyFloat fa && b is PyFloat fb) return new PyFloat(fa.Value - fb.Value);
        if (MixedFloat(a, b, out double dx, out double dy)) return new PyFloat(dx - dy);
        return Binary(BinOp.Sub, a, b);
    }

    public static PyObject Mul(PyObject a, PyObject b)
    {
        if (a is PyFloat fa && b is PyFloat fb) return new PyFloat(fa.Value * fb.Value);
        if (a is PyInt x && b is PyInt y)
        {
            long hi = Math.BigMul(x.Value, y.Value, out long lo);
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.Get(lo);
        }
        if (MixedFloat(a, b, out double dx, out double dy)) return new PyFloat(dx * dy);
        return Binary(BinOp.Mul, a, b);
    }

    public static PyObject TrueDiv(PyObject a, PyObject b)
    {
        if (a is PyFloat fa && b is PyFloat fb)
        {
            if (fb.Value == 0.0) throw ZeroDivision("float division by zero");
            return new PyFloat(fa.Value / fb.Value);
        }
        // int / int: CPython divides the doubles when both are exact in a double; so do we.
        if (a is PyInt ia && b is PyInt ib && ib.Value != 0 && FusedArithmetic.IsExactInDouble(ia.Value) && FusedArithmetic.IsExactInDouble(ib.Value))
            return new PyFloat((double)ia.Value / ib.Value);
        if (MixedFloat(a, b, out double dx, out double dy) && dy != 0.0) return new PyFloat(dx / dy);
        return Binary(BinOp.TrueDiv, a, b);
    }

    /// <summary>A float and a (64-bit) int, as the two doubles Python's mixed arithmetic uses: the int
    /// converts with round-half-even, as CPython's int.__float__ does.</summary>
    private static bool MixedFloat(PyObject a, PyObject b, out double x, out double y)
    {
        if (a is PyFloat fa && b is PyInt ib) { x = fa.Value; y = ib.Value; return true; }
        if (a is PyInt ia && b is PyFloat fb) { x = ia.Value; y = fb.Value; return true; }
        x = y = 0;
        return false;
    }

    private static PyTuple ConcatTuples(PyTuple a, PyTuple b)
    {
        if (b.Items.Length == 0) return a;
        if (a.Items.Length == 0) return b;
        var r = new PyObject[a.Items.Length + b.Items.Length];
        // Span copies: Array.CopyTo goes through the general Array.Copy (lower bounds, element type checks).
        a.Items.AsSpan().CopyTo(r);
        b.Items.AsSpan().CopyTo(r.AsSpan(a.Items.Length));
        return new PyTuple(r);
    }

    public static PyObject FloorDiv(PyObject a, PyObject b) => Binary(BinOp.FloorDiv, a, b);
    public static PyObject Mod(PyObject a, PyObject b)
    {
        if (a is PyStr s) return new PyStr(StrPercentFormat.Format(s.Value, b));
        return Binary(BinOp.Mod, a, b);
    }
    public static PyObject Pow(PyObject a, PyObject b) => Binary(BinOp.Pow, a, b);
    public static PyObject LShift(PyObject a, PyObject b) => Binary(BinOp.LShift, a, b);
    public static PyObject RShift(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y && (ulong)y.Value < 64) return PyInt.Get(x.Value >> (int)y.Value);
        return Binary(BinOp.RShift, a, b);
    }
    public static PyObject BitOr(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return PyInt.Get(x.Value | y.Value);
        return Binary(BinOp.Or, a, b);
    }
    public static PyObject BitXor(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return PyInt.Get(x.Value ^ y.Value);
        return Binary(BinOp.Xor, a, b);
    }
    public static PyObject BitAnd(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return PyInt.Get(x.Value & y.Value);
        return Binary(BinOp.And, a, b);
    }
    public static PyObject MatMul(PyObject a, PyObject b) => Binary(BinOp.MatMul, a, b);

    /// <summary>The general binary operation: built-in numeric and sequence rules, then
    /// <c>__op__</c>/<c>__rop__</c> with the subclass-first rule and NotImplemented.</summary>
    public static PyObject Binary(BinOp op, PyObject a, PyObject b) => Binary(op, a, b, inPlace: false);

    /// <summary>The binary protocol; <paramref name="inPlace"/> only changes the error to name `+=` rather than `+`.</summary>
    private static PyObject Binary(BinOp op, PyObject a, PyObject b, bool inPlace) => Binary(op, a, b, inPlace, a.Type, b.Type);

    /// <summary><paramref name="typeA"/> and <paramref name="typeB"/> are the operands' types as the program sees
    /// them (a user subclass of int, not the int its value falls back to), for the error message.</summary>
    private static PyObject Binary(BinOp op, PyObject a, PyObject b, bool inPlace, PyType typeA, PyType typeB)
    {
        PyObject? r;
        // A plain user instance on the left (vectors, fractions, ...): its class's methods decide first, as they do
        // in CPython, and none of the built-in operations below can take it, so they are not tried before.
        bool dundersTried = IsPlainInstance(a) && Unsafe.As<PyInstance>(a).BaseValue == null;
        if (dundersTried && (r = DunderBinary(op, a, b)) != null) return r;
        // Native dunder types first: a Counter is a dict, but Counter | Counter is not dict | dict.
        if (!dundersTried && (a is INativeDunders || b is INativeDunders) && (r = DunderBinary(op, a, b)) != null) return r;
        r = BuiltinBinary(op, a, b);
        if (r != null) return r;
        if (!dundersTried)
        {
            r = DunderBinary(op, a, b);
            if (r != null) return r;
        }
        // A user subclass of a built-in type without its own method: the built-in operation on its value.
        if (a is PyInstance { BaseValue: not null } || b is PyInstance { BaseValue: not null })
            return Binary(op, PyInstance.Unwrap(a), PyInstance.Unwrap(b), inPlace, typeA, typeB);
        if (op == BinOp.Mul && (IsSequence(a) || IsSequence(b)))
            throw TypeError($"can't multiply sequence by non-int of type '{(IsSequence(a) ? typeB : typeA).TpName}'");
        if (op == BinOp.Add && (a is PyStr || a is PyList || a is PyTuple))
        {
            // The container's own name, as CPython's concat messages spell it even for a subclass.
            if (a is PyStr) throw TypeError($"can only concatenate str (not \"{typeB.TpName}\") to str");
            throw TypeError($"can only concatenate {a.Type.TpName} (not \"{typeB.TpName}\") to {a.Type.TpName}");
        }
        string symbol = inPlace ? (op == BinOp.Pow ? "**=" : OpSymbol(op) + "=") : OpSymbol(op);
        throw TypeError($"unsupported operand type(s) for {symbol}: '{typeA.TpName}' and '{typeB.TpName}'");
    }

    private static bool IsSequence(PyObject o) => o is PyStr || o is PyList || o is PyTuple || o is PyBytes;

    private static PyObject? DunderBinary(BinOp op, PyObject a, PyObject b)
    {
        if (!HasDunders(a) && !HasDunders(b)) return null;
        int i = (int)op;
        var ta = a.Type;
        var tb = b.Type;
        var fa = HasDunders(a) ? ta.LookupOperator(i, s_forwardNames[i]) : null;
        var fb = HasDunders(b) && tb != ta ? tb.LookupOperator(s_dunders.Length + i, s_reflectedNames[i]) : null;
        // A built-in slot reached by a native object (an OrderedDict finds dict.__ror__) is the operation
        // BuiltinBinary does; calling it would dispatch back here.
        if (fa is PyMethodDescriptor { IsOperatorSlot: true } && a is not PyInstance) fa = null;
        if (fb is PyMethodDescriptor { IsOperatorSlot: true } && b is not PyInstance) fb = null;
        if (fb != null && tb.IsSubtypeOf(ta) && tb != ta)
        {
            var r = fb.Call2(b, a);
            if (r != PyNotImplemented.Instance) return r;
            fb = null;
        }
        if (fa != null)
        {
            var r = fa.Call2(a, b);
            if (r != PyNotImplemented.Instance) return r;
        }
        if (fb != null)
        {
            var r = fb.Call2(b, a);
            if (r != PyNotImplemented.Instance) return r;
        }
        return null;
    }

    // Classes reach their metaclass's operators (type.__or__ makes unions); aliases and unions join unions.
    private static bool HasDunders(PyObject o) =>
        o is PyInstance || o is INativeDunders || o is PyType || o is PyGenericAlias || o is PyUnion;

    private static PyObject? BuiltinBinary(BinOp op, PyObject a, PyObject b)
    {
        // bool & | ^ bool stays a bool (found by difffuzz).
        if (a is PyBool ba && b is PyBool bb && op is BinOp.And or BinOp.Or or BinOp.Xor)
            return PyBool.Get(op == BinOp.And ? ba.Value & bb.Value : op == BinOp.Or ? ba.Value | bb.Value : ba.Value ^ bb.Value);
        if (TryLong(a, out long x) && TryLong(b, out long y)) return IntBinary(op, x, y);
        if ((a is PyBigInt || b is PyBigInt) && BigIntArithmetic.Binary(op, a, b) is { } onLimbs) return onLimbs;
        if (IsIntLike(a) && IsIntLike(b)) return BigBinary(op, ToBig(a), ToBig(b));
        if ((a is PyFloat || IsIntLike(a)) && (b is PyFloat || IsIntLike(b)))
            return FloatBinary(op, ToDouble(a), ToDouble(b));
        if (a is PyComplex || b is PyComplex) return ComplexMath.Binary(op, a, b);
        if (a is PyBytes || a is PyByteArray || b is PyBytes || b is PyByteArray) return BytesMethods.Binary(op, a, b);
        switch (op)
        {
            case BinOp.Add:
                if (a is PyStr s1 && b is PyStr s2) return Concat(s1, s2);
                if (a is PyList l1 && b is PyList l2)
                {
                    var r = new PyObject[l1.Count + l2.Count];
                    l1.Items.AsSpan(0, l1.Count).CopyTo(r);
                    l2.Items.AsSpan(0, l2.Count).CopyTo(r.AsSpan(l1.Count));
                    return new PyList(r);
                }
                if (a is PyTuple t1 && b is PyTuple t2)
                {
                    var r = new PyObject[t1.Items.Length + t2.Items.Length];
                    t1.Items.AsSpan().CopyTo(r);
                    t2.Items.AsSpan().CopyTo(r.AsSpan(t1.Items.Length));
                    return new PyTuple(r);
                }
                break;
            case BinOp.Mul:
                // The count may be any object with __index__ (sq_repeat takes what operator.index takes).
                if (IsSequence(a) && IsRepeatCount(b)) return Repeat(a, RepeatCount(b));
                if (IsSequence(b) && IsRepeatCount(a)) return Repeat(b, RepeatCount(a));
                break;
            case BinOp.Or:
                if (a is PyDict d1 && b is PyDict d2)
                {
                    var r = new PyDict();
                    DictUpdate(r, d1);
                    DictUpdate(r, d2);
                    return r;
                }
                if (a is PySet sa && b is PySet sb) return SetOps.Union(sa, sb);
                break;
            case BinOp.And:
                if (a is PySet ia && b is PySet ib) return SetOps.Intersection(ia, ib);
                break;
            case BinOp.Sub:
                if (a is PySet da && b is PySet db) return SetOps.Difference(da, db);
                break;
            case BinOp.Xor:
                if (a is PySet xa && b is PySet xb) return SetOps.SymmetricDifference(xa, xb);
                break;
        }
        return null;
    }

    public static void DictUpdate(PyDict target, PyDict source)
    {
        var t = source.Table;
        for (int e = 0; e < t.Used; e++)
            if (t.Entries[e].Key != null) target.Table.Set(t.Entries[e].Key!, t.Entries[e].Value);
    }

    /// <summary>Whether <paramref name="n"/> can count a sequence repeat: an int, or an instance with __index__.</summary>
    private static bool IsRepeatCount(PyObject n) => IsIntLike(n) || n is PyInstance && n.Type.Lookup("__index__") != null;

    /// <summary>The count of a sequence repeat: a C ssize_t, OverflowError beyond (CPython's message).</summary>
    public static long RepeatCount(PyObject n) => n is PyBigInt
        ? throw Error(ExceptionTypes.OverflowError, "cannot fit 'int' into an index-sized integer") : Index(n);

    private static PyObject Repeat(PyObject seq, long n)
    {
        if (n < 0) n = 0;
        // Nothing to copy: no loop of n empty copies.
        if (seq is PyList { Count: 0 }) return new PyList();
        if (seq is PyTuple { Items.Length: 0 }) return PyTuple.Empty;
        switch (seq)
        {
            case PyStr s:
                if (n == 0 || s.Value.Length == 0) return PyStr.Empty;
                if (n > long.MaxValue / s.Value.Length) throw Error(ExceptionTypes.OverflowError, "repeated string is too long");
                if (s.Value.Length * n > MemoryLimits.MaxStringLength) throw MemoryLimits.NoMemory();
                if (s.Value.Length == 1) return new PyStr(new string(s.Value[0], (int)n));
                var sb = new System.Text.StringBuilder(s.Value.Length * (int)n);
                for (long i = 0; i < n; i++) sb.Append(s.Value);
                return new PyStr(sb.ToString());
            case PyList l:
            {
                var r = new PyObject[MemoryLimits.RepeatLength(l.Count, n)];
                for (long i = 0; i < n; i++) Array.Copy(l.Items, 0, r, i * l.Count, l.Count);
                return new PyList(r);
            }
            case PyTuple t:
            {
                var r = new PyObject[MemoryLimits.RepeatLength(t.Items.Length, n)];
                for (long i = 0; i < n; i++) Array.Copy(t.Items, 0, r, i * t.Items.Length, t.Items.Length);
                return new PyTuple(r);
            }
            case PyBytes b:
            {
                var r = new byte[b.Value.Length * n];
                for (long i = 0; i < n; i++) Array.Copy(b.Value, 0, r, i * b.Value.Length, b.Value.Length);
                return new PyBytes(r);
            }
        }
        throw TypeError("can't repeat");
    }

    private static PyObject IntBinary(BinOp op, long x, long y)
    {
        switch (op)
        {
            case BinOp.Add: { long r = x + y; if (((x ^ r) & (y ^ r)) >= 0) return PyInt.Get(r); break; }
            case BinOp.Sub: { long r = x - y; if (((x ^ y) & (x ^ r)) >= 0) return PyInt.Get(r); break; }
            case BinOp.Mul:
            {
                long hi = Math.BigMul(x, y, out long lo);
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.Get(lo);
                break;
            }
            case BinOp.TrueDiv:
                if (y == 0) throw ZeroDivision("division by zero");
                return new PyFloat(IntegerMath.TrueDivide(x, y));
            case BinOp.FloorDiv:
                if (y == 0) throw ZeroDivision("integer division or modulo by zero");
                if (IntegerMath.TryFloorDivide(x, y, out long q)) return PyInt.Get(q);
                break;
            case BinOp.Mod:
                if (y == 0) throw ZeroDivision("integer modulo by zero");
                return PyInt.Get(IntegerMath.Modulo(x, y));
            case BinOp.Pow:
                if (y < 0)
                {
                    if (x == 0) throw ZeroDivision("0.0 cannot be raised to a negative power");
                    return FloatBinary(BinOp.Pow, x, y);
                }
                if (IntegerMath.TryPower(x, y, out long p)) return PyInt.Get(p);
                break;
            case BinOp.LShift:
                if (y < 0) throw ValueError("negative shift count");
                if (IntegerMath.TryShiftLeft(x, y, out long s)) return PyInt.Get(s);
                break;
            case BinOp.RShift:
                if (y < 0) throw ValueError("negative shift count");
                return PyInt.Get(IntegerMath.ShiftRight(x, y));
            case BinOp.Or: return PyInt.Get(x | y);
            case BinOp.Xor: return PyInt.Get(x ^ y);
            case BinOp.And: return PyInt.Get(x & y);
            case BinOp.MatMul: return null!;
        }
        return BigBinary(op, x, y);
    }

    private static PyObject BigBinary(BinOp op, BigInteger x, BigInteger y)
    {
        try
        {
            switch (op)
            {
                case BinOp.Add: return PyInt.From(x + y);
                case BinOp.Sub: return PyInt.From(x - y);
                case BinOp.Mul: return PyInt.From(x * y);
                case BinOp.TrueDiv:
                    if (y.IsZero) throw ZeroDivision("division by zero");
                    return new PyFloat(IntegerMath.TrueDivide(x, y));
                case BinOp.FloorDiv:
                    if (y.IsZero) throw ZeroDivision("integer division or modulo by zero");
                    return PyInt.From(IntegerMath.FloorDivide(x, y));
                case BinOp.Mod:
                    if (y.IsZero) throw ZeroDivision("integer modulo by zero");
                    return PyInt.From(IntegerMath.Modulo(x, y));
                case BinOp.Pow:
                    if (y.Sign < 0)
                    {
                        if (x.IsZero) throw ZeroDivision("0.0 cannot be raised to a negative power");
                        return FloatBinary(BinOp.Pow, IntegerMath.ToDouble(x), IntegerMath.ToDouble(y));
                    }
                    return PyInt.From(IntegerMath.Power(x, y));
                case BinOp.LShift:
                    if (y.Sign < 0) throw ValueError("negative shift count");
                    return PyInt.From(IntegerMath.ShiftLeft(x, y));
                case BinOp.RShift:
                    if (y.Sign < 0) throw ValueError("negative shift count");
                    return PyInt.From(IntegerMath.ShiftRight(x, y));
                case BinOp.Or: return PyInt.From(x | y);
                case BinOp.Xor: return PyInt.From(x ^ y);
                case BinOp.And: return PyInt.From(x & y);
            }
        }
        catch (NumericError e) { throw FromNumeric(e); }
        return null!;
    }

    private static PyObject? FloatBinary(BinOp op, double x, double y)
    {
        try
        {
            switch (op)
            {
                case BinOp.Add: return new PyFloat(x + y);
                case BinOp.Sub: return new PyFloat(x - y);
                case BinOp.Mul: return new PyFloat(x * y);
                case BinOp.TrueDiv:
                    if (y == 0) throw ZeroDivision("float division by zero");
                    return new PyFloat(x / y);
                case BinOp.FloorDiv:
                    if (y == 0) throw ZeroDivision("float floor division by zero");
                    return new PyFloat(FloatMath.FloorDivide(x, y));
                case BinOp.Mod:
                    if (y == 0) throw ZeroDivision("float modulo");
                    return new PyFloat(FloatMath.Modulo(x, y));
                case BinOp.Pow:
                    if (x == 0 && y < 0) throw ZeroDivision("0.0 cannot be raised to a negative power");
                    if (FloatMath.TryPower(x, y, out double r)) return new PyFloat(r);
                    return ComplexMath.Binary(BinOp.Pow, new PyComplex(x, 0), new PyComplex(y, 0));
            }
        }
        catch (NumericError e) { throw FromNumeric(e); }
        return null;
    }

    // ---- in-place operators: mutable built-ins change in place, instances try __iop__ first ----
    public static PyObject InPlace(BinOp op, PyObject a, PyObject b)
    {
        if (a is PyList l && op == BinOp.Add)
        {
            ListExtend.Into(l, b);
            return l;
        }
        if (a is PyList lm && op == BinOp.Mul && IsIntLike(b))
        {
            // l *= n repeats in place: other references see it.
            var rep = (PyList)Repeat(lm, RepeatCount(b));
            lm.Items = rep.Items;
            lm.Count = rep.Count;
            return lm;
        }
        if (a is PyByteArray ba && BytesMethods.InPlace(op, ba, b) is { } baResult) return baResult;
        if ((a is PySet || a is PyInstance { BaseValue: PySet } && a.Type.LookupOverride("__i" + s_dunders[(int)op] + "__") == null)
            && SetOps.InPlace(op, a, b) is { } setResult) return setResult;
        if (HasDunders(a))
        {
            var m = a.Type.LookupOperator(2 * s_dunders.Length + (int)op, s_inPlaceNames[(int)op]);
            if (m != null && !(m is PyMethodDescriptor { IsOperatorSlot: true } && a is not PyInstance))
            {
                var r = m.Call2(a, b);
                if (r != PyNotImplemented.Instance) return r;
            }
        }
        if (a is PyInstance { BaseValue: PyList bl } && op == BinOp.Add)
        {
            ListExtend.Into(bl, b);
            return a;
        }
        if (a is PyDict d && op == BinOp.Or)
        {
            // dict |= takes anything dict.update takes.
            if (b is PyDict e) DictUpdate(d, e); else TypeMethods.DictUpdate(d, b);
            return d;
        }
        if ((a is PyInt || a is PyFloat) && (b is PyInt || b is PyFloat))
            return op switch
            {
                BinOp.Add => Add(a, b), BinOp.Sub => Sub(a, b), BinOp.Mul => Mul(a, b),
                BinOp.TrueDiv => TrueDiv(a, b), BinOp.Mod => Mod(a, b), _ => Binary(op, a, b),
            };
        return Binary(op, a, b, inPlace: true);
    }

    public static PyObject InPlaceAdd(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            long r = x.Value + y.Value;
            if (((x.Value ^ r) & (y.Value ^ r)) >= 0) return PyInt.Get(r);
        }
        else if (a is PyFloat fa && b is PyFloat fb) return new PyFloat(fa.Value + fb.Value);
        else if (a is PyStr sa && b is PyStr sb) return Concat(sa, sb);
        return InPlace(BinOp.Add, a, b);
    }

    public static PyObject InPlaceSub(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            long r = x.Value - y.Value;
            if (((x.Value ^ y.Value) & (x.Value ^ r)) >= 0) return PyInt.Get(r);
        }
        else if (a is PyFloat fa && b is PyFloat fb) return new PyFloat(fa.Value - fb.Value);
        return InPlace(BinOp.Sub, a, b);
    }

    // ---- unary ----
    public static PyObject Neg(PyObject a)
    {
        switch (a)
        {
            case PyInt i: return i.Value == long.MinValue ? PyInt.From(-(BigInteger)i.Value) : PyInt.Get(-i.Value);
            case PyFloat f: return new PyFloat(-f.Value);
            case PyBool b: return PyInt.Get(b.Value ? -1 : 0);
            case PyBigInt bi: return BigIntArithmetic.Negate(bi);
        }
        return UnaryDunder(a, "__neg__", "-");
    }

    public static PyObject Pos(PyObject a)
    {
        switch (a)
        {
            case PyInt or PyFloat or PyBigInt: return a;
            case PyBool b: return PyInt.Get(b.Value ? 1 : 0);
        }
        return UnaryDunder(a, "__pos__", "+");
    }

    public static PyObject Invert(PyObject a)
    {
        switch (a)
        {
            case PyInt i: return PyInt.Get(~i.Value);
            case PyBool b: return PyInt.Get(b.Value ? -2 : -1);
            case PyBigInt bi: return PyInt.From(-bi.Value - 1);
        }
        return UnaryDunder(a, "__invert__", "~");
    }

    private static PyObject UnaryDunder(PyObject a, string name, string symbol)
    {
        var m = HasDunders(a) || a is PyComplex ? a.Type.Lookup(name) : null;
        if (m != null) return m.Call1(a);
        if (a is PyInstance { BaseValue: { } bv })
            return symbol switch { "-" => Neg(bv), "+" => Pos(bv), _ => Invert(bv) };
        throw TypeError($"bad operand type for unary {symbol}: '{a.Type.TpName}'");
    }

    // ---- comparisons ----
    public static string CompareDunder(CompareOp op) => op switch
    {
        CompareOp.Lt => "__lt__", CompareOp.Le => "__le__", CompareOp.Eq => "__eq__",
        CompareOp.Ne => "__ne__", CompareOp.Gt => "__gt__", _ => "__ge__",
    };

    private static string CompareSymbol(CompareOp op) => op switch
    {
        CompareOp.Lt => "<", CompareOp.Le => "<=", CompareOp.Eq => "==", CompareOp.Ne => "!=", CompareOp.Gt => ">", _ => ">=",
    };

    private static CompareOp Swap(CompareOp op) => op switch
    {
        CompareOp.Lt => CompareOp.Gt, CompareOp.Le => CompareOp.Ge, CompareOp.Gt => CompareOp.Lt,
        CompareOp.Ge => CompareOp.Le, _ => op,
    };

    public static bool CompareResult(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0, CompareOp.Gt => c > 0, _ => c >= 0,
    };

    /// <summary>Rich comparison with the reflected fallback and the reflected-first rule for subclasses.</summary>
    public static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        var ta = a.Type;
        var tb = b.Type;
        bool reflectedFirst = ta != tb && tb.IsSubtypeOf(ta) && b is PyInstance;
        PyObject r;
        if (reflectedFirst)
        {
            r = b.RichCompare(a, Swap(op));
            if (r != PyNotImplemented.Instance) return r;
        }
        r = a.RichCompare(b, op);
        if (r != PyNotImplemented.Instance) return r;
        if (!reflectedFirst)
        {
            r = b.RichCompare(a, Swap(op));
            if (r != PyNotImplemented.Instance) return r;
        }
        if (op == CompareOp.Eq) return Box(ReferenceEquals(a, b));
        if (op == CompareOp.Ne) return Box(!ReferenceEquals(a, b));
        throw TypeError($"'{CompareSymbol(op)}' not supported between instances of '{ta.Name}' and '{tb.Name}'");
    }

    public static PyObject NumericCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (TryLong(a, out long x) && TryLong(b, out long y)) return Box(CompareResult(x.CompareTo(y), op));
        if ((a is PyBigInt || b is PyBigInt) && BigIntArithmetic.TryCompare(a, b, out int order)) return Box(CompareResult(order, op));
        bool aInt = IsIntLike(a), bInt = IsIntLike(b);
        if (aInt && bInt) return Box(CompareResult(ToBig(a).CompareTo(ToBig(b)), op));
        if ((a is PyFloat || aInt) && (b is PyFloat || bInt))
        {
            if (a is PyFloat fa && b is PyFloat fb) return Box(FloatCompare(fa.Value, fb.Value, op));
            // Mixed int/float: exact comparison (a big int is not rounded to a double).
            double d = a is PyFloat f1 ? f1.Value : ((PyFloat)b).Value;
            var other = a is PyFloat ? b : a;
            if (double.IsNaN(d)) return Box(op == CompareOp.Ne);
            int c;
            if (double.IsInfinity(d)) c = d > 0 ? 1 : -1;
            else
            {
                var big = ToBig(other);
                var fl = new BigInteger(Math.Floor(d));
                c = fl.CompareTo(big);
                if (c == 0 && Math.Floor(d) != d) c = 1;
            }
            if (a is not PyFloat) c = -c;
            return Box(CompareResult(c, op));
        }
        return PyNotImplemented.Instance;
    }

    private static bool FloatCompare(double x, double y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y, CompareOp.Le => x <= y, CompareOp.Eq => x == y,
        CompareOp.Ne => x != y, CompareOp.Gt => x > y, _ => x >= y,
    };

    public static PyObject CompareSequences(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op)
    {
        int n = Math.Min(na, nb);
        if (n == 0) return Box(CompareResult(na.CompareTo(nb), op));
        // Elements may be containers themselves: nesting counts toward the recursion limit as in CPython.
        EnterNested(" in comparison");
        try
        {
            for (int i = 0; i < n; i++)
            {
                if (ReferenceEquals(a[i], b[i]) || EqBool(a[i], b[i])) continue;
                if (op == CompareOp.Eq) return PyBool.False;
                if (op == CompareOp.Ne) return PyBool.True;
                return Compare(a[i], b[i], op);
            }
        }
        finally { Depth--; }
        return Box(CompareResult(na.CompareTo(nb), op));
    }

    public static PyObject Eq(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return Box(x.Value == y.Value);
        if (a is PyFloat fa && b is PyFloat fb) return Box(fa.Value == fb.Value);
        if (a is PyStr sa && b is PyStr sb) return Box(sa.Value == sb.Value);
        return Compare(a, b, CompareOp.Eq);
    }

    public static PyObject Ne(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return Box(x.Value != y.Value);
        if (a is PyStr sa && b is PyStr sb) return Box(sa.Value != sb.Value);
        return Compare(a, b, CompareOp.Ne);
    }

    public static PyObject Lt(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return Box(x.Value < y.Value);
        if (a is PyFloat fa && b is PyFloat fb) return Box(fa.Value < fb.Value);
        return Compare(a, b, CompareOp.Lt);
    }

    public static PyObject Le(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return Box(x.Value <= y.Value);
        if (a is PyFloat fa && b is PyFloat fb) return Box(fa.Value <= fb.Value);
        return Compare(a, b, CompareOp.Le);
    }

    public static PyObject Gt(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return Box(x.Value > y.Value);
        if (a is PyFloat fa && b is PyFloat fb) return Box(fa.Value > fb.Value);
        return Compare(a, b, CompareOp.Gt);
    }

    public static PyObject Ge(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return Box(x.Value >= y.Value);
        if (a is PyFloat fa && b is PyFloat fb) return Box(fa.Value >= fb.Value);
        return Compare(a, b, CompareOp.Ge);
    }

    // Boolean forms for conditions: no boxing on the fast paths.
    public static bool EqBool(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return x.Value == y.Value;
        if (a is PyStr sa && b is PyStr sb) return sa.Value == sb.Value;
        if (ReferenceEquals(a, b) && a is not PyFloat) return true;
        return IsTrue(Compare(a, b, CompareOp.Eq));
    }

    public static bool NeBool(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return x.Value != y.Value;
        if (a is PyStr sa && b is PyStr sb) return sa.Value != sb.Value;
        return IsTrue(Compare(a, b, CompareOp.Ne));
    }

    public static bool LtBool(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return x.Value < y.Value;
        if (a is PyFloat fa && b is PyFloat fb) return fa.Value < fb.Value;
        return IsTrue(Compare(a, b, CompareOp.Lt));
    }

    public static bool LeBool(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return x.Value <= y.Value;
        if (a is PyFloat fa && b is PyFloat fb) return fa.Value <= fb.Value;
        return IsTrue(Compare(a, b, CompareOp.Le));
    }

    public static bool GtBool(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return x.Value > y.Value;
        if (a is PyFloat fa && b is PyFloat fb) return fa.Value > fb.Value;
        return IsTrue(Compare(a, b, CompareOp.Gt));
    }

    public static bool GeBool(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return x.Value >= y.Value;
        if (a is PyFloat fa && b is PyFloat fb) return fa.Value >= fb.Value;
        return IsTrue(Compare(a, b, CompareOp.Ge));
    }

    public static bool InBool(PyObject item, PyObject container)
    {
        // Exact dict first: a direct table lookup (no type tests, no virtual call) for `key in d` loops.
        if (container.GetType() == typeof(PyDict)) return Unsafe.As<PyDict>(container).Table.Lookup(item) >= 0;
        if (container is PyDict or PySet or PyStr or PyList or PyTuple) return container.Contains(item);
        if (container is PyInt or PyFloat or PyBool or PyNone or PyBigInt)
            throw TypeError($"argument of type '{container.Type.TpName}' is not iterable");
        return container.Contains(item);
    }

    public static PyObject In(PyObject item, PyObject container) => Box(InBool(item, container));
    public static PyObject NotIn(PyObject item, PyObject container) => Box(!InBool(item, container));
    public static PyObject Is(PyObject a, PyObject b) => Box(ReferenceEquals(a, b));
    public static PyObject IsNot(PyObject a, PyObject b) => Box(!ReferenceEquals(a, b));
}
