namespace Krait.Runtime;

/// <summary>object.__reduce_ex__, object.__reduce__ and object.__getstate__: the default way copy and pickle
/// take an object apart. Protocol 2 and up give (copyreg.__newobj__, (cls, *newargs), state, listitems,
/// dictitems); protocols 0 and 1 defer to copyreg._reduce_ex, as CPython does.</summary>
public static class ObjectReduce
{
    private static PyMethodDescriptor? s_reduce;

    public static void Define()
    {
        var obj = PyType.ObjectType;
        obj.Dict["__reduce_ex__"] = new PyMethodDescriptor(obj, "__reduce_ex__", (self, a, k) =>
        {
            if (k is { Length: > 0 }) throw Ops.TypeError("object.__reduce_ex__() takes no keyword arguments");
            if (a.Length != 1) throw Ops.TypeError($"object.__reduce_ex__() takes exactly one argument ({a.Length} given)");
            return ReduceEx(self, Ops.Index(a[0]));
        });
        obj.Dict["__reduce__"] = s_reduce = new PyMethodDescriptor(obj, "__reduce__", (self, a, k) =>
        {
            if (a.Length != 0 || k is { Length: > 0 }) throw Ops.TypeError($"object.__reduce__() takes no arguments ({a.Length} given)");
            return Reduce(self, 0);
        });
        obj.Dict["__getstate__"] = new PyMethodDescriptor(obj, "__getstate__", (self, a, k) =>
        {
            if (a.Length != 0 || k is { Length: > 0 }) throw Ops.TypeError($"object.__getstate__() takes no arguments ({a.Length} given)");
            return DefaultState(self);
        });
        obj.Changed();
    }

    public static PyObject ReduceEx(PyObject self, long protocol)
    {
        // A class that overrides __reduce__ (and not __reduce_ex__) is reduced by its own method.
        var reduce = self.Type.Lookup("__reduce__");
        if (reduce != null && reduce != s_reduce) return Ops.GetAttr(self, "__reduce__").Call0();
        return Reduce(self, protocol);
    }

    private static PyObject Reduce(PyObject self, long protocol)
    {
        var copyreg = Ops.ImportName(new PyStr("copyreg"), null, 0, Builtins.Module);
        if (protocol < 2) return Ops.GetAttr(copyreg, "_reduce_ex").Call2(self, PyInt.Get(protocol));
        var cls = self.Type;
        PyObject[] args = Array.Empty<PyObject>();
        PyObject? kwargs = null;
        if (self.TryGetAttr("__getnewargs_ex__", out var getNewArgsEx))
        {
            var r = getNewArgsEx.Call0() as PyTuple;
            if (r == null || r.Items.Length != 2)
                throw Ops.TypeError("__getnewargs_ex__ should return a tuple of length 2");
            args = (r.Items[0] as PyTuple ?? throw Ops.TypeError($"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{r.Items[0].Type.Name}'")).Items;
            kwargs = r.Items[1] as PyDict ?? throw Ops.TypeError($"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{r.Items[1].Type.Name}'");
        }
        else if (self.TryGetAttr("__getnewargs__", out var getNewArgs))
        {
            var r = getNewArgs.Call0();
            args = (r as PyTuple ?? throw Ops.TypeError($"__getnewargs__ should return a tuple, not '{r.Type.Name}'")).Items;
        }
        else if (self is PyInstance { BaseValue: { } value } && value is PyInt or PyBigInt or PyFloat or PyStr or PyBytes or PyTuple or PyComplex)
        {
            // The value of an int/str/tuple subclass instance is what its __new__ needs again.
            args = new[] { value is PyTuple t ? new PyTuple((PyObject[])t.Items.Clone()) : value };
        }
        PyObject func;
        PyTuple newArgs;
        if (kwargs != null && kwargs.Len() > 0)
        {
            func = Ops.GetAttr(copyreg, "__newobj_ex__");
            newArgs = new PyTuple(new PyObject[] { cls, new PyTuple(args), kwargs });
        }
        else
        {
            func = Ops.GetAttr(copyreg, "__newobj__");
            var items = new PyObject[args.Length + 1];
            items[0] = cls;
            args.CopyTo(items, 1);
            newArgs = new PyTuple(items);
        }
        var state = Ops.GetAttr(self, "__getstate__").Call0();
        var inner = PyInstance.Unwrap(self);
        PyObject listItems = inner is PyList ? self.Iter() : PyNone.Instance;
        PyObject dictItems = inner is PyDict ? Ops.GetAttr(self, "items").Call0().Iter() : PyNone.Instance;
        return new PyTuple(new[] { func, newArgs, state, listItems, dictItems });
    }

    /// <summary>object.__getstate__(): the instance dict (None when empty), paired with a dict of the set
    /// __slots__ values when there are any.</summary>
    public static PyObject DefaultState(PyObject self)
    {
        if (self is not PyInstance)
        {
            if (self is PyInt or PyBigInt or PyFloat or PyStr or PyBytes or PyTuple or PyComplex or PyList or PyDict
                or PySet or PyBool or PyByteArray || self == PyNone.Instance)
                return PyNone.Instance;
            throw Ops.TypeError($"cannot pickle '{self.Type.Name}' object");
        }
        PyObject dict = PyNone.Instance;
        if (self.TryGetAttr("__dict__", out var d) && d.Len() > 0) dict = d;
        PyDict? slots = null;
        foreach (var t in self.Type.Mro)
        {
            if (!t.Dict.TryGetValue("__slots__", out var declared)) continue;
            var names = declared is PyStr one ? new PyObject[] { one } : Ops.ToArray(declared);
            foreach (var n in names)
            {
                if (n is not PyStr ns || ns.Value is "__dict__" or "__weakref__") continue;
                string name = ns.Value;
                if (name.StartsWith("__", StringComparison.Ordinal) && !name.EndsWith("__", StringComparison.Ordinal))
                    name = "_" + t.Name.TrimStart('_') + name;
                if (self.TryGetAttr(name, out var v)) (slots ??= new PyDict()).SetItem(new PyStr(name), v);
            }
        }
        return slots == null ? dict : new PyTuple(new[] { dict, slots });
    }
}
