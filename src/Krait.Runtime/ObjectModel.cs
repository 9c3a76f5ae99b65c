namespace Krait.Runtime;

/// <summary>The methods of <c>object</c> and <c>type</c> (so <c>super().__init__()</c>,
/// <c>object.__setattr__(self, ...)</c>, <c>type.__new__(mcs, ...)</c> work), and what lets Python classes
/// subclass built-in types: a <c>__new__</c> per built-in type that makes a <see cref="PyInstance"/> holding the
/// built-in value, and the built-in types' protocol methods as descriptors for super() calls.</summary>
public static class ObjectModel
{
    public static PyObject ObjectNew = null!;
    public static PyObject ObjectInit = null!;

    public static PyObject[] Prepend(PyObject first, PyObject[] args)
    {
        var full = new PyObject[args.Length + 1];
        full[0] = first;
        Array.Copy(args, 0, full, 1, args.Length);
        return full;
    }

    private static void M(PyType t, string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);

    private static PyObject Static(string name, BuiltinBody body) => new PyStaticMethod(new PyBuiltinFunction(name, body));

    private static int Positional(PyObject[] a, string[]? k) => a.Length - (k?.Length ?? 0);

    private static void NoKw(string name, string[]? k)
    {
        if (k is { Length: > 0 }) throw Ops.TypeError($"{name}() takes no keyword arguments");
    }

    private static void Exactly(string name, PyObject[] a, string[]? k, int n)
    {
        NoKw(name, k);
        if (a.Length != n)
            throw Ops.TypeError(n == 1 ? $"{name}() takes exactly one argument ({a.Length} given)"
                : $"expected {n} argument{(n == 1 ? "" : "s")}, got {a.Length}");
    }

    private static string NameArg(PyObject o) =>
        o is PyStr s ? s.Value : throw Ops.TypeError($"attribute name must be string, not '{o.Type.TpName}'");

    /// <summary>The <c>__new__</c> that <paramref name="t"/>'s instances get: the nearest one along the MRO (a
    /// built-in type with a constructor gets one made for it on first use).</summary>
    public static PyObject FindNew(PyType t)
    {
        foreach (var m in t.Mro)
        {
            if (m.Dict.TryGetValue("__new__", out var n)) return n;
            // Types whose Allocator already makes instances of their subclasses (exceptions, OSError's
            // errno subclasses) need no wrapper.
            if (!m.IsUserDefined && m.Constructor != null && (m.Allocator == null || m.Allocator == PyType.ObjectType.Allocator))
            {
                InstallNew(m);
                return m.Dict["__new__"];
            }
        }
        return ObjectNew;
    }

    /// <summary>Gives built-in type <paramref name="t"/> (it has a <see cref="PyType.Constructor"/>) a
    /// <c>__new__</c> that also makes instances of its Python subclasses. Types whose <c>__init__</c> fills
    /// the value (list, dict, set) start from an empty value; the others are made from the arguments.</summary>
    public static void InstallNew(PyType t)
    {
        t.Dict["__new__"] = Static("__new__", (a, k) =>
        {
            if (Positional(a, k) == 0) throw Ops.TypeError($"{t.Name}.__new__(): not enough arguments");
            if (a[0] is not PyType cls) throw Ops.TypeError($"{t.Name}.__new__(X): X is not a type object ({a[0].Type.TpName})");
            if (!cls.IsSubtypeOf(t)) throw Ops.TypeError($"{t.Name}.__new__({cls.Name}): {cls.Name} is not a subtype of {t.Name}");
            var rest = a[1..];
            if (cls == t) return t.Constructor!(rest, k);
            var value = t.Dict.ContainsKey("__init__") ? t.Constructor!(Array.Empty<PyObject>(), null) : t.Constructor!(rest, k);
            return new PyInstance(cls) { BaseValue = value };
        });
        t.Changed();
    }

    private static PyObject CallBuiltin(string name, PyObject self, PyObject[] rest) =>
        Builtins.Module.GetAttr(name).Call(Prepend(self, rest), null);

    public static PyGetSetDescriptor DictDescriptor(PyType owner) => new("__dict__", owner,
        o => o is PyInstance i ? i.GetDict() : throw Ops.AttributeErrorFor(o, "__dict__"),
        (o, v) =>
        {
            if (v == null) throw Ops.TypeError("cannot delete __dict__");
            ((PyInstance)o).SetDict(v);
        });

    public static PyGetSetDescriptor WeakrefDescriptor(PyType owner) => new("__weakref__", owner, o => PyNone.Instance, null);

    public static void Define()
    {
        DefineObject();
        DefineType();
        DefineBaseException();
        DefineBuiltinTypes();
        ObjectReduce.Define();
        PyUnion.Define();
        ObjectDir.Install();
        NumericSlots.Define();
        SequenceSlots.Define();
        ObjectSlots.Define();
        BuiltinTypeAttributes.Define();
    }

    private static void DefineObject()
    {
        var obj = PyType.ObjectType;
        ObjectNew = Static("__new__", (a, k) =>
        {
            if (a.Length == 0) throw Ops.TypeError("object.__new__(): not enough arguments");
            if (a[0] is not PyType cls) throw Ops.TypeError($"object.__new__(X): X is not a type object ({a[0].Type.TpName})");
            if (a.Length > 1)
            {
                if (FindNew(cls) != ObjectNew) throw Ops.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
                if (cls.Lookup("__init__") == ObjectInit) throw Ops.TypeError($"{cls.Name}() takes no arguments");
            }
            var vb = cls.BaseValueType();
            if (vb != null || cls.Allocator == null)
                throw Ops.TypeError($"object.__new__({cls.Name}) is not safe, use {(vb != null && !cls.IsUserDefined ? vb.Name : cls.Name)}.__new__()");
            if (cls.IsAbstract) throw AbstractClasses.InstantiationError(cls);
            return cls.Allocator(cls);
        });
        obj.Dict["__new__"] = ObjectNew;
        obj.Dict["__init__"] = ObjectInit = new PyMethodDescriptor(obj, "__init__", (self, a, k) =>
        {
            if (a.Length > 0)
            {
                var t = self.Type;
                if (t.Lookup("__init__") != ObjectInit) throw Ops.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
                if (FindNew(t) == ObjectNew) throw Ops.TypeError($"{t.Name}.__init__() takes exactly one argument (the instance to initialize)");
            }
            return PyNone.Instance;
        });
        M(obj, "__repr__", (self, a, k) => new PyStr(self is PyInstance i ? i.DefaultRepr() : self.Repr()));
        M(obj, "__str__", (self, a, k) => new PyStr(self is PyInstance ? self.Repr() : self.Str()));
        M(obj, "__hash__", (self, a, k) => PyInt.Get(self is PyInstance ? Numerics.NumericHash.Identity(self) : self.Hash()));
        M(obj, "__eq__", (self, a, k) =>
        {
            Exactly("__eq__", a, k, 1);
            return ReferenceEquals(self, a[0]) ? PyBool.True : PyNotImplemented.Instance;
        });
        M(obj, "__ne__", (self, a, k) =>
        {
            Exactly("__ne__", a, k, 1);
            var r = self.RichCompare(a[0], CompareOp.Eq);
            return r == PyNotImplemented.Instance ? r : PyBool.Get(!Ops.IsTrue(r));
        });
        M(obj, "__format__", (self, a, k) =>
        {
            Exactly("__format__", a, k, 1);
            var spec = a[0] is PyStr s ? s.Value : throw Ops.TypeError($"__format__() argument must be str, not {a[0].Type.TpName}");
            if (self is PyInstance { BaseValue: { } bv }) return new PyStr(ValueFormat.Format(bv, spec));
            if (spec.Length == 0) return new PyStr(self.Str());
            throw Ops.TypeError($"unsupported format string passed to {self.Type.TpName}.__format__");
        });
        M(obj, "__getattribute__", (self, a, k) =>
        {
            Exactly("__getattribute__", a, k, 1);
            var name = NameArg(a[0]);
            if (self is PyInstance i) return i.GenericGetAttr(name, out var v) ? v : throw Ops.AttributeErrorFor(self, name);
            if (self is PyModule { Class: { } mc } pm)
                return ModuleSubclass.GenericGetAttr(pm, mc, name, out var mv) ? mv : throw pm.MissingAttribute(name);
            return self.GetAttr(name);
        });
        M(obj, "__setattr__", (self, a, k) =>
        {
            Exactly("__setattr__", a, k, 2);
            var name = NameArg(a[0]);
            if (self is PyInstance i) i.GenericSetAttr(name, a[1]);
            else if (self is PyType t) t.TypeSetAttr(name, a[1]);
            else if (self is PyModule { Class: { } mc } pm) ModuleSubclass.GenericSetAttr(pm, mc, name, a[1]);
            else self.SetAttr(name, a[1]);
            return PyNone.Instance;
        });
        M(obj, "__delattr__", (self, a, k) =>
        {
            Exactly("__delattr__", a, k, 1);
            var name = NameArg(a[0]);
            if (self is PyInstance i) i.GenericDelAttr(name);
            else if (self is PyModule { Class: { } mc } pm) ModuleSubclass.GenericDelAttr(pm, mc, name);
            else self.DelAttr(name);
            return PyNone.Instance;
        });
        // object.__subclasshook__: "no opinion", what ABCs' hooks return to defer to the usual checks.
        obj.Dict["__subclasshook__"] = new PyClassMethod(new PyBuiltinFunction("__subclasshook__", (a, k) => PyNotImplemented.Instance));
        obj.Dict["__init_subclass__"] = new PyClassMethod(new PyBuiltinFunction("__init_subclass__", (a, k) =>
        {
            if (k is { Length: > 0 }) throw Ops.TypeError($"{((PyType)a[0]).Name}.__init_subclass__() takes no keyword arguments");
            if (a.Length > 1) throw Ops.TypeError($"{((PyType)a[0]).Name}.__init_subclass__() takes no arguments ({a.Length - 1} given)");
            return PyNone.Instance;
        }));
        obj.Dict["__class__"] = new PyGetSetDescriptor("__class__", obj, o => o.Type, (o, v) =>
        {
            if (v == null) throw Ops.TypeError("can't delete __class__ attribute");
            if (o is PyType cls && cls.IsUserDefined && cls.Type.IsUserDefined && v is PyType meta && meta.IsUserDefined)
            {
                // A class changing its metaclass: both metaclasses must be Python classes of one layout.
                ClassReassignment.CheckCompatible(cls.Type, meta, "__class__");
                cls.Metatype = meta;
                cls.Changed();
                return;
            }
            if (o is not PyInstance i) throw Ops.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            i.SetClass(v);
        });
        obj.Changed();
    }

    private static void DefineType()
    {
        var type = PyType.TypeType;
        // type(x) and type(name, bases, dict) go through PyType.Call and type.__new__ below.
        type.Constructor = null;
        TypeNameDescriptors.Install(type);
        ClassAnnotations.Install(type);
        type.Dict["__new__"] = Static("__new__", (a, k) =>
        {
            int np = Positional(a, k);
            if (np == 0 || a[0] is not PyType meta) throw Ops.TypeError("type.__new__(X): X is not a type object");
            if (!meta.IsSubtypeOf(PyType.TypeType)) throw Ops.TypeError($"type.__new__({meta.Name}): {meta.Name} is not a subtype of type");
            if (np == 2 && meta == PyType.TypeType && k == null) return a[1].Type;
            if (np != 4) throw Ops.TypeError($"type.__new__() takes exactly 3 arguments ({np - 1} given)");
            var name = a[1] is PyStr s ? s.Value : throw Ops.TypeError($"type.__new__() argument 1 must be str, not {a[1].Type.TpName}");
            var bases = a[2] is PyTuple bt ? bt.Items : throw Ops.TypeError($"type.__new__() argument 2 must be tuple, not {a[2].Type.TpName}");
            var ns = a[3] switch
            {
                PyDict d => d,
                PyInstance { BaseValue: PyDict bd } => bd,
                _ => throw Ops.TypeError($"type.__new__() argument 3 must be dict, not {a[3].Type.TpName}"),
            };
            PyObject[]? kwValues = k == null ? null : a[np..];
            // type.__new__ hands over to the most derived metaclass's own __new__ (type('X', (AnEnum,), d)
            // makes the class with EnumType.__new__).
            var winner = ClassCreation.CalculateMeta(meta, bases);
            if (winner != meta && winner.Lookup("__new__") is { } winnerNew && winnerNew != PyType.TypeType.Dict["__new__"])
            {
                var rest = (PyObject[])a.Clone();
                rest[0] = winner;
                return Descriptors.BindForClass(winnerNew, winner).Call(rest, k);
            }
            // A dict the class statement did not build (type('X', (), d)) is copied, so later changes to d
            // do not reach the class.
            return ClassCreation.TypeNew(meta, name, bases, ns, k, kwValues);
        });
        M(type, "__init__", (self, a, k) =>
        {
            int np = Positional(a, k);
            if (np != 1 && np != 3) throw Ops.TypeError("type.__init__() takes 1 or 3 arguments");
            return PyNone.Instance;
        });
        M(type, "__call__", (self, a, k) => ((PyType)self).CallType(a, k));
        // type.mro is always C3 (a metaclass's override may call it and edit the result).
        M(type, "mro", (self, a, k) => new PyList(Array.ConvertAll<PyType, PyObject>(((PyType)self).ComputeMro(), c => c)));
        M(type, "__subclasses__", (self, a, k) => new PyList(((PyType)self).Subclasses().Cast<PyObject>().ToArray()));
        M(type, "__instancecheck__", (self, a, k) =>
        {
            Exactly("__instancecheck__", a, k, 1);
            return PyBool.Get(a[0].Type.IsSubtypeOf((PyType)self));
        });
        M(type, "__subclasscheck__", (self, a, k) =>
        {
            Exactly("__subclasscheck__", a, k, 1);
            if (a[0] is not PyType t) throw Ops.TypeError("issubclass() arg 1 must be a class");
            return PyBool.Get(t.IsSubtypeOf((PyType)self));
        });
        M(type, "__repr__", (self, a, k) => new PyStr(((PyType)self).DefaultRepr()));
        type.Dict["__prepare__"] = new PyClassMethod(new PyBuiltinFunction("__prepare__", (a, k) => new PyDict()));
        type.Changed();
    }

    private static void DefineBaseException()
    {
        var be = ExceptionTypes.BaseException;
        foreach (var et in ExceptionTypes.Builtins) et.HasDict = true;
        be.Dict["__new__"] = Static("__new__", (a, k) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls) throw Ops.TypeError("BaseException.__new__(X): X is not a type object");
            if (!cls.IsSubtypeOf(be)) throw Ops.TypeError($"BaseException.__new__({cls.Name}): {cls.Name} is not a subtype of BaseException");
            var e = cls.Allocator!(cls);
            if (e is PyBaseException pe) pe.Args = new PyTuple(a[1..Positional(a, k)]);
            return e;
        });
        M(be, "__str__", (self, a, k) => new PyStr(((PyBaseException)self).DefaultStr()));
        M(be, "__repr__", (self, a, k) => new PyStr(((PyBaseException)self).ArgsRepr()));
        be.Dict["__dict__"] = DictDescriptor(be);
        be.Changed();
    }

    private static void DefineBuiltinTypes()
    {
        PyType list = PyType.ListType, dict = PyType.DictType, set = PyType.SetType, tuple = PyType.TupleType,
            str = PyType.StrType, frozenset = PyType.FrozenSetType, bytes = PyType.BytesType, i = PyType.IntType, f = PyType.FloatType;

        M(list, "__init__", (self, a, k) =>
        {
            NoKw("list", k);
            if (a.Length > 1) throw Ops.TypeError($"list expected at most 1 argument, got {a.Length}");
            var l = (PyList)self;
            var items = a.Length == 1 ? Ops.ToArray(a[0]) : Array.Empty<PyObject>();
            l.Items = (PyObject[])items.Clone();
            l.Count = items.Length;
            return PyNone.Instance;
        });
        M(dict, "__init__", (self, a, k) =>
        {
            int np = Positional(a, k);
            if (np > 1) throw Ops.TypeError($"dict expected at most 1 argument, got {np}");
            var d = (PyDict)self;
            if (np == 1) TypeMethods.DictUpdate(d, a[0]);
            for (int j = 0; j < (k?.Length ?? 0); j++) d.SetItem(new PyStr(k![j]), a[np + j]);
            return PyNone.Instance;
        });
        M(set, "__init__", (self, a, k) =>
        {
            NoKw("set", k);
            if (a.Length > 1) throw Ops.TypeError($"set expected at most 1 argument, got {a.Length}");
            var s = (PySet)self;
            if (s.Table.Fill != 0) s.Table.Clear();
            if (a.Length == 1) s.Update(a[0]);
            return PyNone.Instance;
        });

        foreach (var t in new[] { i, f, str, tuple, list, dict, set, frozenset, bytes })
        {
            M(t, "__repr__", (self, a, k) => new PyStr(self.Repr()));
            foreach (var op in new[] { CompareOp.Lt, CompareOp.Le, CompareOp.Eq, CompareOp.Ne, CompareOp.Gt, CompareOp.Ge })
            {
                var cop = op;
                M(t, Ops.CompareDunder(op), (self, a, k) =>
                {
                    Exactly(Ops.CompareDunder(cop), a, k, 1);
                    return self.RichCompare(PyInstance.Unwrap(a[0]), cop);
                });
            }
            if (t == list || t == dict || t == set) t.Dict["__hash__"] = PyNone.Instance;
            else M(t, "__hash__", (self, a, k) => PyInt.Get(self.Hash()));
            if (t != i && t != f)
            {
                M(t, "__len__", (self, a, k) => PyInt.Get(self.Len()));
                M(t, "__iter__", (self, a, k) => self.Iter());
                M(t, "__contains__", (self, a, k) => { Exactly("__contains__", a, k, 1); return PyBool.Get(self.Contains(a[0])); });
            }
            if (t != set && t != frozenset && t != i && t != f)
                M(t, "__getitem__", (self, a, k) => { Exactly("__getitem__", a, k, 1); return self.GetItem(a[0]); });
            if (t == list || t == dict)
            {
                M(t, "__setitem__", (self, a, k) => { Exactly("__setitem__", a, k, 2); self.SetItem(a[0], a[1]); return PyNone.Instance; });
                M(t, "__delitem__", (self, a, k) => { Exactly("__delitem__", a, k, 1); self.DelItem(a[0]); return PyNone.Instance; });
            }
            if (t.Constructor != null) InstallNew(t);
            t.Changed();
        }
        M(str, "__str__", (self, a, k) => self);
        // Numeric protocol entries the builtins (abs, round, divmod, math.trunc) look up on subclasses.
        foreach (var t in new[] { i, f })
        {
            M(t, "__abs__", (self, a, k) => CallBuiltin("abs", self, a));
            M(t, "__round__", (self, a, k) => CallBuiltin("round", self, a));
            // Only numbers: for anything else the builtin divmod would come back here (NotImplemented as in CPython).
            bool isInt = t == i;
            M(t, "__divmod__", (self, a, k) => a.Length == 1 && k == null && !(Ops.IsIntLike(a[0]) || (!isInt && a[0] is PyFloat))
                ? PyNotImplemented.Instance : CallBuiltin("divmod", self, a));
            M(t, "__trunc__", (self, a, k) => Builtins.IntOf(self));
            M(t, "__neg__", (self, a, k) => Ops.Neg(self));
            M(t, "__pos__", (self, a, k) => Ops.Pos(self));
            t.Changed();
        }
        M(i, "__invert__", (self, a, k) => Ops.Invert(self));
        M(i, "__int__", (self, a, k) => self);
        M(i, "__float__", (self, a, k) => new PyFloat(Ops.ToDouble(self)));
        M(f, "__float__", (self, a, k) => self);
        M(f, "__int__", (self, a, k) => Builtins.IntOf(self));
        foreach (var t in new[] { PyType.ByteArrayType }) if (t.Constructor != null) InstallNew(t);
        PyGenericAlias.Install(list, dict, tuple, set, frozenset);
    }
}
