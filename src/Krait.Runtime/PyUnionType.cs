namespace Krait.Runtime;

/// <summary>`int | str` (PEP 604): types.UnionType. Made by `|` between types, None, generic aliases and
/// unions; its arguments are flattened and deduplicated in order, `None` standing for NoneType. isinstance and
/// issubclass accept it as they accept a tuple of types.</summary>
public sealed class PyUnionType : PyObject
{
    public static readonly PyType UnionType = new("UnionType", new[] { PyType.ObjectType }) { Module = "types" };
    public readonly PyTuple Args;

    private PyUnionType(PyTuple args) { Args = args; }

    public override PyType Type => UnionType;

    private static bool IsUnionable(PyObject o) =>
        o == PyNone.Instance || o is PyType or PyGenericAlias or PyUnionType;

    /// <summary>`a | b`, or NotImplemented when either side is not something a union holds.</summary>
    public static PyObject Or(PyObject a, PyObject b)
    {
        if (!IsUnionable(a) || !IsUnionable(b)) return PyNotImplemented.Instance;
        var args = new List<PyObject>();
        Add(args, a);
        Add(args, b);
        return args.Count == 1 ? args[0] : new PyUnionType(new PyTuple(args.ToArray()));
    }

    private static void Add(List<PyObject> args, PyObject o)
    {
        if (o is PyUnionType u)
        {
            foreach (var x in u.Args.Items) Add(args, x);
            return;
        }
        if (o == PyNone.Instance) o = PyType.NoneType;
        foreach (var x in args)
            if (ReferenceEquals(x, o) || (x is PyGenericAlias && o is PyGenericAlias && Ops.EqBool(x, o))) return;
        args.Add(o);
    }

    private static string ArgRepr(PyObject a) => a switch
    {
        PyType t when t == PyType.NoneType => "None",
        PyType t => t.ModuleName == "builtins" ? t.QualName : t.ModuleName + "." + t.QualName,
        _ => Ops.Repr(a),
    };

    public override string Repr()
    {
        var parts = new string[Args.Items.Length];
        for (int i = 0; i < parts.Length; i++) parts[i] = ArgRepr(Args.Items[i]);
        return string.Join(" | ", parts);
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "__args__": value = Args; return true;
            case "__parameters__": value = PyTuple.Empty; return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyUnionType u) return PyNotImplemented.Instance;
        // Order does not matter: int | str == str | int.
        bool eq = Contains(Args, u.Args) && Contains(u.Args, Args);
        return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
    }

    private static bool Contains(PyTuple outer, PyTuple inner)
    {
        foreach (var x in inner.Items)
        {
            bool found = false;
            foreach (var y in outer.Items) if (ReferenceEquals(x, y) || Ops.EqBool(x, y)) { found = true; break; }
            if (!found) return false;
        }
        return true;
    }

    public override long Hash()
    {
        // Order-independent, as the hash of a frozenset of the arguments.
        long h = 0x345678;
        foreach (var x in Args.Items) h ^= Ops.Hash(x) * 1000003;
        return h == -1 ? -2 : h;
    }

    /// <summary>isinstance(o, union): as with a tuple of its types; parameterized generics are refused.</summary>
    public bool InstanceCheck(PyObject o)
    {
        foreach (var a in Args.Items)
            if (a is PyGenericAlias) throw Ops.TypeError("isinstance() argument 2 cannot be a parameterized generic");
        foreach (var a in Args.Items)
            if (Builtins.IsInstance(o, a)) return true;
        return false;
    }

    public bool SubclassCheck(PyType t)
    {
        foreach (var a in Args.Items)
            if (a is PyGenericAlias) throw Ops.TypeError("issubclass() argument 2 cannot be a parameterized generic");
        foreach (var a in Args.Items)
            if (Builtins.IsSubclass(t, a)) return true;
        return false;
    }

    /// <summary>`|` on types, generic aliases and unions, and UnionType's own methods.</summary>
    public static void Define()
    {
        foreach (var t in new[] { PyType.TypeType, PyGenericAlias.GenericAliasType, UnionType })
        {
            t.Dict["__or__"] = new PyMethodDescriptor(t, "__or__", (self, a, k) => Or(self, a[0]));
            t.Dict["__ror__"] = new PyMethodDescriptor(t, "__ror__", (self, a, k) => Or(a[0], self));
            t.Changed();
        }
        UnionType.Dict["__instancecheck__"] = new PyMethodDescriptor(UnionType, "__instancecheck__",
            (self, a, k) => PyBool.Get(((PyUnionType)self).InstanceCheck(a[0])));
        UnionType.Dict["__subclasscheck__"] = new PyMethodDescriptor(UnionType, "__subclasscheck__",
            (self, a, k) => a[0] is PyType t ? PyBool.Get(((PyUnionType)self).SubclassCheck(t))
                : throw Ops.TypeError("issubclass() arg 1 must be a class"));
    }
}
