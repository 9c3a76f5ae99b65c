namespace Krait.Runtime;

/// <summary>The types CPython gives built-in methods (<c>method_descriptor</c> for <c>list.append</c>,
/// <c>wrapper_descriptor</c> for <c>int.__add__</c>, <c>method-wrapper</c> for <c>(1).__add__</c>) and the entries
/// the dicts of function, property, classmethod, staticmethod, super, generator, dict views and the builtin
/// iterators list. The objects answer these names themselves (their TryGetAttr switches come first); the
/// dict entries delegate to that, so dir(), <c>T.__dict__</c> and unbound calls (<c>property.__get__(p, o)</c>)
/// see what CPython's do.</summary>
public static class BuiltinTypeAttributes
{
    public static readonly PyType MethodDescriptorType = new("method_descriptor", new[] { PyType.ObjectType });
    public static readonly PyType WrapperDescriptorType = new("wrapper_descriptor", new[] { PyType.ObjectType });
    public static readonly PyType MethodWrapperType = new("method-wrapper", new[] { PyType.ObjectType });

    /// <summary>The built-in object that answers <paramref name="name"/> itself; an instance of a Python subclass
    /// without a built-in value would come back to the dict entry, so it has no such attribute.</summary>
    private static PyObject Answering(PyObject o, string name)
    {
        var v = PyInstance.Unwrap(o);
        return v is PyInstance ? throw Ops.AttributeErrorFor(o, name) : v;
    }

    // The names CPython's types list as member descriptors (struct fields) rather than getsets.
    private static readonly HashSet<string> s_members = new(StringComparer.Ordinal)
        { "fget", "fset", "fdel", "__func__", "__wrapped__", "__objclass__", "gi_code" };

    /// <summary>Getset entries reading a name the instance answers itself.</summary>
    private static void Attrs(PyType t, params string[] names)
    {
        foreach (var name in names)
        {
            var n = name;
            bool member = s_members.Contains(n) || (n == "__name__" && (t == MethodDescriptorType || t == WrapperDescriptorType))
                || (n == "__self__" && t == MethodWrapperType) || (n == "__module__" && t == PyType.BuiltinFunctionType);
            if (!t.Dict.ContainsKey(n)) t.Dict[n] = new PyGetSetDescriptor(n, t, o => Answering(o, n).GetAttr(n), null) { IsMember = member };
        }
    }

    /// <summary>Method entries calling the bound method the instance answers itself.</summary>
    private static void Methods(PyType t, params string[] names)
    {
        foreach (var name in names)
        {
            var n = name;
            if (!t.Dict.ContainsKey(n)) t.Dict[n] = new PyMethodDescriptor(t, n, (self, a, k) => Answering(self, n).GetAttr(n).Call(a, k));
        }
    }

    private static void Call(PyType t) =>
        t.Dict["__call__"] = new PyMethodDescriptor(t, "__call__", (self, a, k) => self.Call(a, k));

    private static void Iterator(PyType t)
    {
        if (!t.Dict.ContainsKey("__iter__")) SlotDefinitions.Unary(t, "__iter__", s => s);
        if (!t.Dict.ContainsKey("__next__")) SlotDefinitions.Unary(t, "__next__", s => Builtins.Next(s, null));
    }

    public static void Define()
    {
        foreach (var t in new[] { MethodDescriptorType, WrapperDescriptorType })
        {
            Attrs(t, "__name__", "__qualname__", "__objclass__");
            t.Dict["__text_signature__"] = new PyGetSetDescriptor("__text_signature__", t, o => PyNone.Instance, null);
            t.Dict["__get__"] = new PyMethodDescriptor(t, "__get__", (self, a, k) =>
            {
                if (a.Length == 0 || a.Length > 2) throw Ops.TypeError($"expected 1 or 2 arguments, got {a.Length}");
                var d = (PyMethodDescriptor)self;
                return a[0] == PyNone.Instance ? d : d.Bind(a[0]);
            });
            Call(t);
        }
        Attrs(MethodWrapperType, "__name__", "__qualname__", "__self__");
        Call(MethodWrapperType);

        var bf = PyType.BuiltinFunctionType;
        Attrs(bf, "__name__", "__qualname__", "__self__", "__module__");
        bf.Dict["__text_signature__"] = new PyGetSetDescriptor("__text_signature__", bf, o => PyNone.Instance, null);
        Call(bf);

        var fn = PyType.FunctionType;
        Call(fn);
        Methods(fn, "__get__");

        Attrs(PyType.PropertyType, "fget", "fset", "fdel", "__isabstractmethod__");
        Methods(PyType.PropertyType, "getter", "setter", "deleter", "__get__", "__set__", "__delete__", "__set_name__");
        foreach (var t in new[] { PyType.ClassMethodType, PyType.StaticMethodType })
        {
            Attrs(t, "__func__", "__wrapped__", "__isabstractmethod__", "__dict__");
            Methods(t, "__get__");
        }
        Call(PyType.StaticMethodType);

        var sup = PyType.SuperType;
        sup.Dict["__thisclass__"] = PyGetSetDescriptor.Member("__thisclass__", sup, o => ((PySuper)o).ThisType);
        sup.Dict["__self__"] = PyGetSetDescriptor.Member("__self__", sup, o => ((PySuper)o).Obj);
        sup.Dict["__self_class__"] = PyGetSetDescriptor.Member("__self_class__", sup,
            o => ((PySuper)o).Obj is PyType t && t.IsSubtypeOf(((PySuper)o).ThisType) ? t : ((PySuper)o).Obj.Type);
        sup.Dict["__get__"] = new PyMethodDescriptor(sup, "__get__", (self, a, k) =>
        {
            if (a.Length == 0 || a.Length > 2) throw Ops.TypeError($"expected 1 or 2 arguments, got {a.Length}");
            var s = (PySuper)self;
            return a[0] == PyNone.Instance ? s : new PySuper(s.ThisType, a[0]);
        });

        var gen = PyGenerator.GeneratorType;
        Attrs(gen, "__name__", "__qualname__", "gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom");
        // Generators have a finalizer (tp_finalize), which CPython lists as __del__; it closes a suspended one.
        gen.Dict["__del__"] = new PyMethodDescriptor(gen, "__del__", (self, a, k) =>
        {
            if (a.Length != 0) throw Ops.TypeError($"expected 0 arguments, got {a.Length}");
            return self.GetAttr("close").Call(a, k);
        });
        Methods(gen, "send", "throw", "close");
        Iterator(gen);

        foreach (var t in new[] { Builtins.EnumerateType, Builtins.ZipType, Builtins.MapType, Builtins.FilterType }) Iterator(t);
        PyGenericAlias.Install(Builtins.EnumerateType);

        var views = new PyDict();
        foreach (var kind in new[] { DictIterator.Kind.Keys, DictIterator.Kind.Values, DictIterator.Kind.Items })
        {
            var t = new PyDictView(views, kind).Type;
            if (!t.Dict.ContainsKey("__len__")) SlotDefinitions.Unary(t, "__len__", s => PyInt.Get(s.Len()));
            if (!t.Dict.ContainsKey("__iter__")) SlotDefinitions.Unary(t, "__iter__", s => s.Iter());
            t.Dict["mapping"] = new PyGetSetDescriptor("mapping", t, o => PyMappingProxyOf.Of(((PyDictView)o).Dict), null);
            if (kind != DictIterator.Kind.Values)
            {
                if (!t.Dict.ContainsKey("__contains__")) SlotDefinitions.Binary(t, "__contains__", (s, o) => PyBool.Get(s.Contains(o)));
                foreach (var op in new[] { CompareOp.Lt, CompareOp.Le, CompareOp.Eq, CompareOp.Ne, CompareOp.Gt, CompareOp.Ge })
                {
                    var cop = op;
                    if (!t.Dict.ContainsKey(Ops.CompareDunder(op))) SlotDefinitions.Binary(t, Ops.CompareDunder(op), (s, o) => s.RichCompare(PyInstance.Unwrap(o), cop));
                }
            }
            t.Changed();
        }

        foreach (var t in new[] { MethodDescriptorType, WrapperDescriptorType, MethodWrapperType, bf, fn, PyType.PropertyType,
                     PyType.ClassMethodType, PyType.StaticMethodType, sup, gen, Builtins.EnumerateType, Builtins.ZipType,
                     Builtins.MapType, Builtins.FilterType })
            t.Changed();
    }
}
