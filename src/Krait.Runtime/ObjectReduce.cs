namespace Krait.Runtime;

/// <summary>The reduce protocol that copy (and pickle) build on: <c>object.__reduce_ex__</c>,
/// <c>object.__reduce__</c>, <c>object.__getstate__</c>, and the <c>__reduce__</c>/<c>__getnewargs__</c> of the
/// built-in types whose instances are not rebuilt from their class alone. The results name copyreg's
/// reconstructors (<c>__newobj__</c>, <c>__newobj_ex__</c>, <c>_reconstructor</c>), imported on first use as
/// CPython does, so they are the very functions a program sees in copyreg.</summary>
public static class ObjectReduce
{
    private static PyObject _objectReduce = null!;

    private static void M(PyType t, string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);

    /// <summary>A method of built-in type <paramref name="t"/> that sees a subclass instance itself, not the
    /// built-in value inside it (it needs the instance's class and dict): owned by object, as CPython's
    /// receiver rule would otherwise unwrap it.</summary>
    private static void OnInstance(PyType t, string name, MethodBody body) =>
        t.Dict[name] = new PyMethodDescriptor(PyType.ObjectType, name, body);

    public static void Define()
    {
        var obj = PyType.ObjectType;
        M(obj, "__reduce_ex__", (self, a, k) =>
        {
            if (k is { Length: > 0 }) throw Ops.TypeError("object.__reduce_ex__() takes no keyword arguments");
            if (a.Length != 1) throw Ops.TypeError($"object.__reduce_ex__() takes exactly one argument ({a.Length} given)");
            return ReduceEx(self, Ops.Index(a[0]));
        });
        M(obj, "__reduce__", (self, a, k) =>
        {
            if ((k is { Length: > 0 }) || a.Length != 0)
                throw Ops.TypeError($"object.__reduce__() takes no arguments ({a.Length} given)");
            return OldProtocol(self, 0);
        });
        _objectReduce = obj.Dict["__reduce__"];
        M(obj, "__getstate__", (self, a, k) =>
        {
            if ((k is { Length: > 0 }) || a.Length != 0)
                throw Ops.TypeError($"object.__getstate__() takes no arguments ({a.Length} given)");
            return GetState(self, required: false);
        });
        obj.Changed();

        // Immutable built-ins are rebuilt from their value (int, float, bytes and complex define their own).
        M(PyType.StrType, "__getnewargs__", (self, a, k) => new PyTuple(new PyObject[] { new PyStr(((PyStr)PyInstance.Unwrap(self)).Value) }));
        M(PyType.TupleType, "__getnewargs__", (self, a, k) => new PyTuple(new PyObject[] { new PyTuple(((PyTuple)PyInstance.Unwrap(self)).Items) }));
        PyType.StrType.Changed();
        PyType.TupleType.Changed();

        // Sets and bytearray reduce to their class called with their contents, plus the instance dict.
        foreach (var t in new[] { PyType.SetType, PyType.FrozenSetType })
        {
            OnInstance(t, "__reduce__", (self, a, k) =>
            {
                var items = new PyList(Ops.ToArray(self));
                return new PyTuple(new[] { (PyObject)self.Type, new PyTuple(new PyObject[] { items }), InstanceDictOrNone(self) });
            });
            t.Changed();
        }
        MethodBody byteArrayReduce = (self, a, k) =>
        {
            var data = ((PyByteArray)PyInstance.Unwrap(self)).ToArray();
            return new PyTuple(new[] { (PyObject)self.Type, new PyTuple(new PyObject[] { new PyBytes(data) }), InstanceDictOrNone(self) });
        };
        OnInstance(PyType.ByteArrayType, "__reduce__", byteArrayReduce);
        OnInstance(PyType.ByteArrayType, "__reduce_ex__", byteArrayReduce);
        PyType.ByteArrayType.Changed();

        // Built-in functions pickle by name, bound built-in methods and method descriptors as getattr(owner, name).
        MethodBody builtinReduce = (self, a, k) => self switch
        {
            PyBuiltinFunction { Self: null } f => new PyStr(f.Name),
            PyBuiltinFunction f => new PyTuple(new PyObject[] { Builtins.Module.Dict.GetItem(new PyStr("getattr")),
                new PyTuple(new PyObject[] { f.Self, new PyStr(f.Name) }) }),
            PyMethodDescriptor d => new PyTuple(new PyObject[] { Builtins.Module.Dict.GetItem(new PyStr("getattr")),
                new PyTuple(new PyObject[] { d.Owner, new PyStr(d.Name) }) }),
            _ => OldProtocol(self, 0),
        };
        foreach (var t in new[] { PyType.BuiltinFunctionType, BuiltinTypeAttributes.MethodDescriptorType,
                     BuiltinTypeAttributes.WrapperDescriptorType, BuiltinTypeAttributes.MethodWrapperType })
        {
            M(t, "__reduce__", builtinReduce);
            M(t, "__reduce_ex__", builtinReduce);
            t.Changed();
        }

        // slice and range rebuild from (start, stop, step); Ellipsis and NotImplemented pickle by name.
        M(PyType.SliceType, "__reduce__", (self, a, k) => self is PySlice sl
            ? new PyTuple(new PyObject[] { PyType.SliceType, new PyTuple(new[] { sl.Start, sl.Stop, sl.Step }) })
            : throw Ops.TypeError("descriptor '__reduce__' requires a 'slice' object"));
        M(PyType.RangeType, "__reduce__", (self, a, k) => new PyTuple(new PyObject[] { PyType.RangeType,
            new PyTuple(new[] { self.GetAttr("start"), self.GetAttr("stop"), self.GetAttr("step") }) }));
        M(PyType.EllipsisType, "__reduce__", (self, a, k) => new PyStr("Ellipsis"));
        M(PyType.NotImplementedType, "__reduce__", (self, a, k) => new PyStr("NotImplemented"));
        foreach (var t in new[] { PyType.SliceType, PyType.RangeType, PyType.EllipsisType, PyType.NotImplementedType }) t.Changed();

        // An exception reduces to its class and args, with its attributes as state.
        var be = ExceptionTypes.BaseException;
        OnInstance(be, "__reduce__", (self, a, k) =>
        {
            var args = self is PyBaseException pe ? pe.Args : new PyTuple(Array.Empty<PyObject>());
            var d = InstanceDictOrNone(self);
            return d == PyNone.Instance
                ? new PyTuple(new PyObject[] { self.Type, args })
                : new PyTuple(new[] { self.Type, args, d });
        });
        OnInstance(be, "__setstate__", (self, a, k) =>
        {
            if (a.Length != 1) throw Ops.TypeError($"BaseException.__setstate__() takes exactly one argument ({a.Length} given)");
            if (a[0] == PyNone.Instance) return PyNone.Instance;
            if (a[0] is not PyDict d) throw Ops.TypeError("state is not a dictionary");
            var tab = d.Table;
            for (int i = 0; i < tab.Used; i++)
            {
                if (tab.Entries[i].Key is not { } key || tab.Entries[i].Value is not { } val) continue;
                self.SetAttr(key is PyStr s ? s.Value : throw Ops.TypeError("attribute name must be string"), val);
            }
            return PyNone.Instance;
        });
        be.Changed();
    }

    private static PyObject InstanceDictOrNone(PyObject self)
    {
        if ((self is PyInstance || self is PyBaseException) && self.Type.HasDict
            && self.TryGetAttr("__dict__", out var d) && d is PyDict dict && dict.Table.Count > 0)
            return dict;
        return PyNone.Instance;
    }

    private static PyObject Copyreg(string name) => Ops.ImportModule("copyreg").GetAttr(name);

    public static PyObject ReduceEx(PyObject self, long protocol)
    {
        // A class that overrides __reduce__ decides alone.
        var reduce = self.Type.Lookup("__reduce__");
        if (reduce != null && !ReferenceEquals(reduce, _objectReduce)) return self.GetAttr("__reduce__").Call0();
        return protocol >= 2 ? NewObj(self) : OldProtocol(self, protocol);
    }

    /// <summary>Protocols 0 and 1 go through copyreg's <c>_reduce_ex</c>, as in CPython.</summary>
    private static PyObject OldProtocol(PyObject self, long protocol) =>
        Copyreg("_reduce_ex").Call2(self, PyInt.Get(protocol));

    private static PyObject NoneIfMissing(PyObject? o) => o ?? PyNone.Instance;

    /// <summary>Protocol 2 and later: <c>copyreg.__newobj__(cls, *args)</c> (or <c>__newobj_ex__</c> with keyword
    /// arguments), the state, and the items of list and dict subclasses.</summary>
    private static PyObject NewObj(PyObject self)
    {
        var cls = self.Type;
        PyObject[] args = Array.Empty<PyObject>();
        PyDict? kwargs = null;
        bool hasArgs = false;
        if (self.TryGetAttr("__getnewargs_ex__", out var gnx))
        {
            var r = gnx.Call0();
            if (r is not PyTuple { Items.Length: 2 } pair)
                throw r is PyTuple t2
                    ? Ops.ValueError($"__getnewargs_ex__ should return a tuple of length 2, not {t2.Items.Length}")
                    : Ops.TypeError($"__getnewargs_ex__ should return a tuple, not '{r.Type.TpName}'");
            args = pair.Items[0] is PyTuple at ? at.Items
                : throw Ops.TypeError($"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{pair.Items[0].Type.TpName}'");
            kwargs = pair.Items[1] is PyDict kd ? kd
                : throw Ops.TypeError($"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{pair.Items[1].Type.TpName}'");
            hasArgs = true;
        }
        else if (self.TryGetAttr("__getnewargs__", out var gn))
        {
            var r = gn.Call0();
            args = r is PyTuple at ? at.Items : throw Ops.TypeError($"__getnewargs__ should return a tuple, not '{r.Type.TpName}'");
            hasArgs = true;
        }
        bool isList = cls.IsSubtypeOf(PyType.ListType), isDict = cls.IsSubtypeOf(PyType.DictType);
        if (!hasArgs && !isList && !isDict && !Rebuildable(self))
            throw Ops.TypeError($"cannot pickle '{cls.Name}' object");

        PyObject newobj, newargs;
        if (kwargs == null || kwargs.Table.Count == 0)
        {
            newobj = Copyreg("__newobj__");
            var all = new PyObject[args.Length + 1];
            all[0] = cls;
            Array.Copy(args, 0, all, 1, args.Length);
            newargs = new PyTuple(all);
        }
        else
        {
            newobj = Copyreg("__newobj_ex__");
            newargs = new PyTuple(new PyObject[] { cls, new PyTuple(args), kwargs });
        }
        var state = self.GetAttr("__getstate__").Call0();
        PyObject listItems = isList ? self.Iter() : PyNone.Instance;
        PyObject dictItems = isDict ? self.GetAttr("items").Call0().Iter() : PyNone.Instance;
        return new PyTuple(new[] { newobj, newargs, state, listItems, dictItems });
    }

    /// <summary>Whether an instance without constructor arguments can be rebuilt as <c>cls.__new__(cls)</c> plus
    /// its state: plain objects and instances of Python classes, but not values whose contents live in a
    /// built-in value the state does not hold (CPython's "cannot pickle" check on the instance size).</summary>
    private static bool Rebuildable(PyObject self)
    {
        if (self is PyInstance inst) return inst.BaseValue == null;
        return self.Type == PyType.ObjectType;
    }

    /// <summary>object.__getstate__: the instance dict (None when empty), paired with a dict of the set
    /// __slots__ members when the class has any.</summary>
    public static PyObject GetState(PyObject self, bool required)
    {
        PyObject state = InstanceDictOrNone(self);
        if (self is not PyInstance inst) return state;
        PyDict? slots = null;
        foreach (var name in SlotNames(inst.Class))
        {
            int i = inst.Shape.IndexOf(name);
            if (i < 0 || inst.GetSlot(i) is not { } v) continue;
            slots ??= new PyDict();
            slots.SetItem(new PyStr(name), v);
        }
        return slots == null ? state : new PyTuple(new[] { state, slots });
    }

    /// <summary>The (mangled) __slots__ names along the MRO, as copyreg._slotnames lists them; a class's own
    /// <c>__slotnames__</c> wins.</summary>
    public static List<string> SlotNames(PyType cls)
    {
        var names = new List<string>();
        if (cls.Dict.TryGetValue("__slotnames__", out var cached) && cached is PyList or PyTuple)
        {
            foreach (var n in Ops.ToArray(cached)) if (n is PyStr s) names.Add(s.Value);
            return names;
        }
        foreach (var t in cls.Mro)
        {
            if (!t.Dict.TryGetValue("__slots__", out var declared)) continue;
            var items = declared is PyStr one ? new PyObject[] { one } : Ops.ToArray(declared);
            foreach (var item in items)
            {
                if (item is not PyStr s || s.Value is "__dict__" or "__weakref__") continue;
                names.Add(ClassCreation.Mangle(t.Name, s.Value));
            }
        }
        return names;
    }
}
