namespace Krait.Runtime;

/// <summary>Every Python value. Hot protocols are virtual so a dispatch is one virtual call (devirtualized by
/// dynamic PGO at monomorphic sites); the defaults implement what `object` does.</summary>
public abstract class PyObject
{
    public abstract PyType Type { get; }

    public virtual PyObject GetAttr(string name)
    {
        if (TryGetAttr(name, out var v)) return v;
        throw Ops.AttributeErrorFor(this, name);
    }

    /// <summary>Attribute lookup that reports absence without throwing (getattr with default, hasattr).</summary>
    public virtual bool TryGetAttr(string name, out PyObject value)
    {
        var attr = Type.Lookup(name);
        if (attr != null) { value = Ops.BindDescriptor(attr, this); return true; }
        if (name == "__class__") { value = Type; return true; }
        // Every object has a __doc__ (its type's; built-in types carry no docstrings here).
        if (name == "__doc__") { value = PyNone.Instance; return true; }
        value = null!;
        return false;
    }

    public virtual void SetAttr(string name, PyObject value)
    {
        if (name == "__class__")
            throw Ops.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        var attr = Type.Lookup(name);
        // A read-only field (complex.real) refuses in its own words.
        if (attr is PyGetSetDescriptor { Writable: false } g) g.Set(this, value);
        if (attr != null)
            throw Ops.AttributeError($"'{Type.TpName}' object attribute '{name}' is read-only");
        throw Ops.AttributeError($"'{Type.TpName}' object has no attribute '{name}'");
    }

    public virtual void DelAttr(string name) =>
        throw Ops.AttributeError($"'{Type.TpName}' object has no attribute '{name}'");

    public virtual PyObject GetItem(PyObject key) =>
        throw Ops.TypeError($"'{Type.TpName}' object is not subscriptable");

    public virtual void SetItem(PyObject key, PyObject value) =>
        throw Ops.TypeError($"'{Type.TpName}' object does not support item assignment");

    public virtual void DelItem(PyObject key) =>
        throw Ops.TypeError($"'{Type.TpName}' object doesn't support item deletion");

    public virtual PyIterator Iter() => throw Ops.TypeError($"'{Type.TpName}' object is not iterable");

    public virtual bool IsTrue() => true;

    public virtual long Hash() => Numerics.NumericHash.Identity(this);

    public virtual string Repr() => $"<{Type.TpName} object at 0x{Ops.Id(this):x}>";

    public virtual string Str() => Repr();

    public virtual long Len() => throw Ops.TypeError($"object of type '{Type.TpName}' has no len()");

    public virtual bool Contains(PyObject item)
    {
        var it = Iter();
        while (it.TryNext(out var v))
            if (ReferenceEquals(v, item) || Ops.EqBool(v, item)) return true;
        return false;
    }

    /// <summary>Rich comparison of this with <paramref name="other"/>; NotImplemented when this type has no
    /// opinion (the caller then tries the reflected operation).</summary>
    public virtual PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op == CompareOp.Eq) return ReferenceEquals(this, other) ? PyBool.True : PyNotImplemented.Instance;
        if (op == CompareOp.Ne) return ReferenceEquals(this, other) ? PyBool.False : PyNotImplemented.Instance;
        return PyNotImplemented.Instance;
    }

    /// <summary>General call: positional arguments then keyword values, <paramref name="kwnames"/> naming the
    /// trailing ones (as CPython's vectorcall).</summary>
    public virtual PyObject Call(PyObject[] args, string[]? kwnames) =>
        throw Ops.TypeError($"'{Type.TpName}' object is not callable");

    public virtual PyObject Call0() => Call(Array.Empty<PyObject>(), null);
    public virtual PyObject Call1(PyObject a) => Call(new[] { a }, null);
    public virtual PyObject Call2(PyObject a, PyObject b) => Call(new[] { a, b }, null);
    public virtual PyObject Call3(PyObject a, PyObject b, PyObject c) => Call(new[] { a, b, c }, null);

    public override string ToString() => Repr();
}

public enum CompareOp { Lt, Le, Eq, Ne, Gt, Ge }

/// <summary>An iterator with an exception-free step (for loops, builtins); <c>__next__</c> wraps it.</summary>
public abstract class PyIterator : PyObject
{
    public abstract bool TryNext(out PyObject value);
    public override PyIterator Iter() => this;
    public override PyType Type => IteratorTypes.Sequence;
}

public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();
    private PyNone() { }
    public override PyType Type => PyType.NoneType;
    public override bool IsTrue() => false;
    public override string Repr() => "None";
    // CPython 3.11 hashes None, NotImplemented and Ellipsis by address; these are the values of the reference
    // interpreter (/usr/bin/python3.11, x86-64 Debian), so sets holding them iterate in its order.
    public override long Hash() => 611532;
}

public sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();
    private PyNotImplemented() { }
    public override PyType Type => PyType.NotImplementedType;
    public override string Repr() => "NotImplemented";
    public override long Hash() => 606843;
}

public sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();
    private PyEllipsis() { }
    public override PyType Type => PyType.EllipsisType;
    public override string Repr() => "Ellipsis";
    public override long Hash() => 606842;
}
