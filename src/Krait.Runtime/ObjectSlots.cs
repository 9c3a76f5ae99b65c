namespace Krait.Runtime;

/// <summary>What <c>object</c>, <c>type</c> and <c>BaseException</c> list in their dicts beyond the protocol
/// methods: object's ordering slots (NotImplemented), <c>__sizeof__</c>, <c>__dir__</c>, <c>__doc__</c>; type's layout
/// attributes (<c>__basicsize__</c>, <c>__flags__</c>, ...); BaseException's attributes as getset descriptors.</summary>
public static class ObjectSlots
{
    // CPython's Py_TPFLAGS_* bits that programs test.
    private const long HeapType = 1L << 9, BaseType = 1L << 10, Ready = 1L << 12, HaveGc = 1L << 14,
        IsAbstract = 1L << 20, LongSubclass = 1L << 24, ListSubclass = 1L << 25, TupleSubclass = 1L << 26,
        BytesSubclass = 1L << 27, UnicodeSubclass = 1L << 28, DictSubclass = 1L << 29, BaseExcSubclass = 1L << 30,
        TypeSubclass = 1L << 31, Immutable = 1L << 8, Sequence = 1L << 5, Mapping = 1L << 6;

    public static void Define()
    {
        var obj = PyType.ObjectType;
        foreach (var op in new[] { CompareOp.Lt, CompareOp.Le, CompareOp.Gt, CompareOp.Ge })
            SlotDefinitions.Binary(obj, Ops.CompareDunder(op), (s, o) => PyNotImplemented.Instance);
        obj.Dict["__sizeof__"] = new PyMethodDescriptor(obj, "__sizeof__", (self, a, k) =>
        {
            if (a.Length != 0 || k is { Length: > 0 }) throw Ops.TypeError($"{self.Type.TpName}.__sizeof__() takes no arguments ({a.Length} given)");
            return PyInt.Get(SizeOf(self));
        });
        obj.Dict["__dir__"] = new PyMethodDescriptor(obj, "__dir__", (self, a, k) =>
        {
            if (a.Length != 0 || k is { Length: > 0 }) throw Ops.TypeError($"{self.Type.TpName}.__dir__() takes no arguments ({a.Length} given)");
            return InstanceDir(self);
        });
        // None rather than object's docstring: instances of built-in types without a __doc__ of their own
        // (len.__doc__, ...) would otherwise show object's text through the MRO.
        obj.Dict["__doc__"] = PyNone.Instance;
        obj.Changed();

        var type = PyType.TypeType;
        type.Dict["__dir__"] = new PyMethodDescriptor(type, "__dir__", (self, a, k) =>
        {
            if (a.Length != 0 || k is { Length: > 0 }) throw Ops.TypeError($"type.__dir__() takes no arguments ({a.Length} given)");
            var names = new List<PyObject>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in ((PyType)self).Mro)
                foreach (var n in c.Dict.Keys)
                    if (seen.Add(n)) names.Add(new PyStr(n));
            return new PyList(names.ToArray());
        });
        type.Dict["__sizeof__"] = new PyMethodDescriptor(type, "__sizeof__", (self, a, k) => PyInt.Get(((PyType)self).IsUserDefined ? 1064 : 880));
        // Reads of these on a class are answered before the type's dict is consulted (PyType.TypeGetAttr); the
        // entries exist for dir(type) and type.__dict__.
        type.Dict["__bases__"] = new PyGetSetDescriptor("__bases__", type,
            o => new PyTuple(Array.ConvertAll<PyType, PyObject>(((PyType)o).Bases, x => x)),
            (o, v) => ClassReassignment.SetBases((PyType)o, v));
        Getset(type, "__base__", o => o.GetAttr("__base__"));
        Getset(type, "__basicsize__", o => PyInt.Get(BasicSize((PyType)o)));
        Getset(type, "__itemsize__", o => PyInt.Get(ItemSize((PyType)o)));
        Getset(type, "__flags__", o => PyInt.Get(Flags((PyType)o)));
        Getset(type, "__dictoffset__", o => PyInt.Get(((PyType)o).IsUserDefined && ((PyType)o).HasDict ? 16 : 0));
        Getset(type, "__weakrefoffset__", o => PyInt.Get(((PyType)o).IsUserDefined ? 24 : 0));
        Getset(type, "__text_signature__", o => PyNone.Instance);
        type.Dict["__module__"] = new PyStr("builtins");
        type.Dict["__doc__"] = PyNone.Instance;
        type.Changed();

        DefineBaseException();
        foreach (var t in new[] { PyType.NoneType, PyType.NotImplementedType })
        {
            SlotDefinitions.Unary(t, "__bool__", s => PyBool.Get(s.IsTrue()));
            t.Changed();
        }
    }

    private static void Getset(PyType t, string name, Func<PyObject, PyObject> get) =>
        t.Dict[name] = new PyGetSetDescriptor(name, t, get, null) { IsMember = name is not ("__bases__" or "__text_signature__") };

    /// <summary>object.__dir__: the instance's own attribute names, then everything along its class's MRO.</summary>
    private static PyObject InstanceDir(PyObject self)
    {
        var names = new List<PyObject>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (self.TryGetAttr("__dict__", out var d) && d is PyDict dd)
            foreach (var key in Ops.ToArray(dd))
                if (key is PyStr s && seen.Add(s.Value)) names.Add(s);
        foreach (var c in self.Type.Mro)
            foreach (var n in c.Dict.Keys)
                if (seen.Add(n)) names.Add(new PyStr(n));
        if (seen.Add("__class__")) names.Add(new PyStr("__class__"));
        return new PyList(names.ToArray());
    }

    /// <summary>__sizeof__: sys.getsizeof's number less the 16-byte GC header CPython adds for the objects its
    /// collector tracks (containers and instances of classes).</summary>
    public static long SizeOf(PyObject o)
    {
        long size = Builtins.SizeOf(o);
        return o is PyTuple or PyList or PyDict or PySet or PyInstance ? size - 16 : size;
    }

    private static long BasicSize(PyType t)
    {
        foreach (var c in t.Mro)
        {
            if (c.IsUserDefined) continue;
            if (c == PyType.ObjectType) break;
            long b = BuiltinBasicSize(c);
            if (b != 0) return t.IsUserDefined ? b + (t.HasDict ? 16 : 0) : b;
        }
        return t.IsUserDefined ? (t.HasDict ? 32 : 16) : 16;
    }

    private static long BuiltinBasicSize(PyType c)
    {
        if (c == PyType.IntType || c == PyType.BoolType) return 24;
        if (c == PyType.FloatType) return 24;
        if (c == PyComplex.ComplexType) return 32;
        if (c == PyType.StrType) return 64;
        if (c == PyType.BytesType) return 33;
        if (c == PyType.TupleType) return 24;
        if (c == PyType.ListType) return 40;
        if (c == PyType.DictType) return 48;
        if (c == PyType.SetType || c == PyType.FrozenSetType) return 200;
        if (c == PyType.TypeType) return 880;
        if (c.IsSubtypeOf(ExceptionTypes.BaseException)) return 64;
        return 0;
    }

    private static long ItemSize(PyType t)
    {
        if (t.IsSubtypeOf(PyType.IntType)) return 4;
        if (t.IsSubtypeOf(PyType.TupleType) || t.IsSubtypeOf(PyType.TypeType)) return 8;
        if (t.IsSubtypeOf(PyType.BytesType)) return 1;
        return 0;
    }

    private static long Flags(PyType t)
    {
        long f = Ready | (t.IsUserDefined ? HeapType | BaseType | HaveGc : 0);
        if (t.IsSubtypeOf(PyType.IntType)) f |= LongSubclass;
        if (t.IsSubtypeOf(PyType.ListType)) f |= ListSubclass | Sequence;
        if (t.IsSubtypeOf(PyType.TupleType)) f |= TupleSubclass | Sequence;
        if (t.IsSubtypeOf(PyType.BytesType)) f |= BytesSubclass;
        if (t.IsSubtypeOf(PyType.StrType)) f |= UnicodeSubclass;
        if (t.IsSubtypeOf(PyType.DictType)) f |= DictSubclass | Mapping;
        if (t.IsSubtypeOf(ExceptionTypes.BaseException)) f |= BaseExcSubclass | BaseType | HaveGc;
        if (t.IsSubtypeOf(PyType.TypeType)) f |= TypeSubclass | BaseType | HaveGc;
        if (t.IsAbstract) f |= IsAbstract;
        if (!t.IsUserDefined) f |= Immutable;
        if (t == PyType.ObjectType || t == PyType.IntType || t == PyType.ListType || t == PyType.DictType || t == PyType.TupleType
            || t == PyType.StrType || t == PyType.FloatType || t == PyType.SetType || t == PyType.BytesType) f |= BaseType;
        return f;
    }

    /// <summary>BaseException's attributes as the getset descriptors CPython lists (instances answer the names
    /// themselves first; these are what the class shows and what object.__setattr__ and explicit
    /// descriptor calls reach).</summary>
    private static void DefineBaseException()
    {
        var be = ExceptionTypes.BaseException;
        static PyBaseException E(PyObject o) =>
            o as PyBaseException ?? throw Ops.TypeError($"descriptor for 'BaseException' objects doesn't apply to a '{o.Type.TpName}' object");
        static PythonException NoDelete(string name) => Ops.TypeError($"{name} may not be deleted");
        be.Dict["args"] = new PyGetSetDescriptor("args", be, o => E(o).Args, (o, v) =>
        {
            if (v == null) throw NoDelete("args");
            E(o).Args = new PyTuple(Ops.ToArray(v));
        });
        be.Dict["__traceback__"] = new PyGetSetDescriptor("__traceback__", be, o => PyTraceback.Of(E(o)), (o, v) =>
        {
            if (v == null) throw NoDelete("__traceback__");
            PyTraceback.Assign(E(o), v);
        });
        be.Dict["__cause__"] = new PyGetSetDescriptor("__cause__", be, o => (PyObject?)E(o).Cause ?? PyNone.Instance, (o, v) =>
        {
            if (v == null) throw NoDelete("__cause__");
            if (v != PyNone.Instance && v is not PyBaseException) throw Ops.TypeError("exception cause must be None or derive from BaseException");
            var e = E(o);
            e.Cause = v as PyBaseException;
            e.SuppressContext = true;
        });
        be.Dict["__context__"] = new PyGetSetDescriptor("__context__", be, o => (PyObject?)E(o).Context ?? PyNone.Instance, (o, v) =>
        {
            if (v == null) throw NoDelete("__context__");
            if (v != PyNone.Instance && v is not PyBaseException) throw Ops.TypeError("exception context must be None or derive from BaseException");
            E(o).Context = v as PyBaseException;
        });
        be.Dict["__suppress_context__"] = new PyGetSetDescriptor("__suppress_context__", be, o => PyBool.Get(E(o).SuppressContext), (o, v) =>
        {
            if (v == null) throw Ops.TypeError("can't delete attribute");
            E(o).SuppressContext = Ops.IsTrue(v);
        }) { IsMember = true };
        be.Changed();
        // Struct fields of two subclasses; an assigned value replaces the one the arguments give.
        var stop = ExceptionTypes.StopIteration;
        stop.Dict["value"] = new PyGetSetDescriptor("value", stop, o => E(o).StopIterationValue,
            (o, v) => E(o).AssignedMember = v ?? PyNone.Instance) { IsMember = true };
        stop.Changed();
        var exit = ExceptionTypes.SystemExit;
        exit.Dict["code"] = new PyGetSetDescriptor("code", exit, o => E(o).SystemExitCode,
            (o, v) => E(o).AssignedMember = v ?? PyNone.Instance) { IsMember = true };
        exit.Changed();
    }
}
