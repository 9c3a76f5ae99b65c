namespace Krait.Runtime;

/// <summary><c>list[int]</c>, <c>dict[str, int]</c>: what a built-in type's <c>__class_getitem__</c> returns
/// (types.GenericAlias). Calling it calls the origin; attribute reads fall through to the origin.</summary>
public sealed class PyGenericAlias : PyObject
{
    public static readonly PyType GenericAliasType = new("GenericAlias", new[] { PyType.ObjectType }) { Module = "types" };
    public readonly PyObject Origin;
    public readonly PyTuple Args;

    static PyGenericAlias()
    {
        // types.GenericAlias(origin, args), as classmethod(GenericAlias) in a class's __class_getitem__ calls it.
        GenericAliasType.Constructor = (a, k) =>
        {
            if (k is { Length: > 0 }) throw Ops.TypeError("GenericAlias() takes no keyword arguments");
            if (a.Length != 2) throw Ops.TypeError($"GenericAlias expected 2 arguments, got {a.Length}");
            return new PyGenericAlias(a[0], a[1]);
        };
    }

    public PyGenericAlias(PyObject origin, PyObject args)
    {
        Origin = origin;
        Args = args as PyTuple ?? new PyTuple(new[] { args });
    }

    public override PyType Type => GenericAliasType;

    private static string ArgRepr(PyObject a) => a switch
    {
        PyEllipsis => "...",
        PyType t => t.ModuleName == "builtins" ? t.QualName : t.ModuleName + "." + t.QualName,
        _ => a.Repr(),
    };

    public override string Repr()
    {
        var parts = new string[Args.Items.Length];
        for (int i = 0; i < parts.Length; i++) parts[i] = ArgRepr(Args.Items[i]);
        return ArgRepr(Origin) + "[" + (parts.Length == 0 ? "()" : string.Join(", ", parts)) + "]";
    }

    public override PyObject Call(PyObject[] args, string[]? kwnames) => Origin.Call(args, kwnames);

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "__origin__": value = Origin; return true;
            case "__args__": value = Args; return true;
            case "__parameters__": value = PyTuple.Empty; return true;
            case "__class__": value = Type; return true;
        }
        return Origin.TryGetAttr(name, out value);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyGenericAlias g) return PyNotImplemented.Instance;
        bool eq = Ops.EqBool(Origin, g.Origin) && Ops.EqBool(Args, g.Args);
        return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
    }

    public override long Hash() => Ops.Hash(Origin) ^ Ops.Hash(Args);

    /// <summary>Gives the built-in generic types their <c>__class_getitem__</c>.</summary>
    public static void Install(params PyType[] types)
    {
        foreach (var t in types)
        {
            t.Dict["__class_getitem__"] = new PyClassMethod(new PyBuiltinFunction("__class_getitem__",
                (a, k) => new PyGenericAlias(a[0], a[1])));
            t.Changed();
        }
    }
}
