namespace Krait.Runtime;

/// <summary><c>int | str</c>: types.UnionType, made by <c>type.__or__</c>/<c>__ror__</c> (and GenericAlias's).
/// Its args are flattened (a union inside a union adds its members), deduplicated in order of first appearance,
/// and None stands for NoneType; a "union" of one type is that type. isinstance/issubclass accept it as they
/// accept a tuple.</summary>
public sealed class PyUnion : PyObject
{
    public static readonly PyType UnionTypeType = new("UnionType", new[] { PyType.ObjectType }) { Module = "types" };
    public readonly PyTuple Args;

    private PyUnion(PyTuple args) { Args = args; }

    public override PyType Type => UnionTypeType;

    /// <summary>Installs <c>__or__</c>/<c>__ror__</c> on type and GenericAlias (called once at start-up).</summary>
    public static void Define()
    {
        foreach (var t in new[] { PyType.TypeType, PyGenericAlias.GenericAliasType, UnionTypeType })
        {
            t.Dict["__or__"] = new PyMethodDescriptor(t, "__or__", (self, a, k) => Or(self, Operand("__or__", a, k)));
            t.Dict["__ror__"] = new PyMethodDescriptor(t, "__ror__", (self, a, k) => Or(Operand("__ror__", a, k), self));
            t.Changed();
        }
    }

    /// <summary>The one operand of a binary dunder, with CPython's error for any other count.</summary>
    private static PyObject Operand(string name, PyObject[] a, string[]? k)
    {
        if (k is { Length: > 0 }) throw Ops.TypeError($"wrapper {name}() takes no keyword arguments");
        if (a.Length != 1) throw Ops.TypeError($"expected 1 argument, got {a.Length}");
        return a[0];
    }

    private static bool Unionable(PyObject o) => o is PyType or PyGenericAlias or PyUnion || o == PyNone.Instance;

    /// <summary><paramref name="left"/> | <paramref name="right"/>, or NotImplemented when either side is not a
    /// type, None, a generic alias or a union.</summary>
    public static PyObject Or(PyObject left, PyObject right)
    {
        if (!Unionable(left) || !Unionable(right)) return PyNotImplemented.Instance;
        var members = new List<PyObject>();
        Add(members, left);
        Add(members, right);
        return members.Count == 1 ? members[0] : new PyUnion(new PyTuple(members.ToArray()));
    }

    private static void Add(List<PyObject> members, PyObject o)
    {
        if (o is PyUnion u)
        {
            foreach (var m in u.Args.Items) Add(members, m);
            return;
        }
        if (o == PyNone.Instance) o = PyType.NoneType;
        foreach (var m in members)
            if (ReferenceEquals(m, o) || (m is PyGenericAlias && o is PyGenericAlias && Ops.EqBool(m, o))) return;
        members.Add(o);
    }

    private static string ArgRepr(PyObject a)
    {
        if (a == PyType.NoneType) return "None";
        if (a is PyType t) return t.ModuleName == "builtins" ? t.QualName : t.ModuleName + "." + t.QualName;
        return a.Repr();
    }

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

    /// <summary>Unions are equal when they have the same members in any order.</summary>
    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyUnion u) return PyNotImplemented.Instance;
        bool eq = SameMembers(this, u) && SameMembers(u, this);
        return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
    }

    private static bool SameMembers(PyUnion a, PyUnion b)
    {
        foreach (var x in a.Args.Items)
        {
            bool found = false;
            foreach (var y in b.Args.Items)
                if (ReferenceEquals(x, y) || Ops.EqBool(x, y)) { found = true; break; }
            if (!found) return false;
        }
        return true;
    }

    public override long Hash()
    {
        // Order-independent, as CPython hashes the frozenset of the args.
        long h = 0;
        foreach (var x in Args.Items) h ^= Ops.Hash(x);
        return h == -1 ? -2 : h;
    }
}
