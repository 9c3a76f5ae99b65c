namespace Krait.Runtime;

/// <summary>The class statement and type.__new__: __mro_entries__, the metaclass (explicit or derived from the
/// bases, with the conflict check), __prepare__, running the body, then making the type: implicit
/// staticmethod/classmethod wrapping, __hash__ = None beside __eq__, __slots__, __set_name__, __init_subclass__.</summary>
public static class ClassCreation
{
    public static PyObject BuildClass(PyFunction body, string name, string qualName, PyObject[] bases,
                                      string[]? kwNames, PyObject[]? kwValues, PyModule module)
    {
        var origBases = bases;
        bases = ResolveMroEntries(bases, out bool changed);
        PyObject? meta = null;
        var kn = new List<string>();
        var kv = new List<PyObject>();
        if (kwNames != null)
            for (int i = 0; i < kwNames.Length; i++)
            {
                if (kwNames[i] == "metaclass") meta = kwValues![i];
                else { kn.Add(kwNames[i]); kv.Add(kwValues![i]); }
            }
        meta ??= bases.Length == 0 ? PyType.TypeType : bases[0].Type;
        if (meta is PyType mt) meta = CalculateMeta(mt, bases);
        var basesTuple = new PyTuple(bases);
        var nameStr = new PyStr(name);

        PyObject nsObj;
        if (meta.TryGetAttr("__prepare__", out var prepare))
        {
            var pargs = new List<PyObject> { nameStr, basesTuple };
            pargs.AddRange(kv);
            nsObj = prepare.Call(pargs.ToArray(), kn.Count > 0 ? kn.ToArray() : null);
        }
        else nsObj = new PyDict();
        if (nsObj is not PyDict && nsObj.Type.Lookup("__getitem__") == null)
            throw Ops.TypeError($"{(meta as PyType)?.Name ?? "<metaclass>"}.__prepare__() must return a mapping, not {nsObj.Type.TpName}");
        nsObj.SetItem(new PyStr("__module__"), new PyStr(module.Name));
        nsObj.SetItem(new PyStr("__qualname__"), new PyStr(qualName));
        body.Call1(nsObj);
        if (changed) nsObj.SetItem(new PyStr("__orig_bases__"), new PyTuple(origBases));

        var args = new List<PyObject> { nameStr, basesTuple, nsObj };
        args.AddRange(kv);
        return meta.Call(args.ToArray(), kn.Count > 0 ? kn.ToArray() : null);
    }

    private static PyObject[] ResolveMroEntries(PyObject[] bases, out bool changed)
    {
        changed = false;
        List<PyObject>? r = null;
        for (int i = 0; i < bases.Length; i++)
        {
            var b = bases[i];
            if (b is not PyType && b.TryGetAttr("__mro_entries__", out var me))
            {
                r ??= new List<PyObject>(bases[..i]);
                var entries = me.Call1(new PyTuple(bases));
                if (entries is not PyTuple t) throw Ops.TypeError("__mro_entries__ must return a tuple");
                r.AddRange(t.Items);
                changed = true;
            }
            else r?.Add(b);
        }
        return r?.ToArray() ?? bases;
    }

    /// <summary>The most derived metaclass among <paramref name="meta"/> and the bases' types.</summary>
    public static PyType CalculateMeta(PyType meta, PyObject[] bases)
    {
        var winner = meta;
        foreach (var b in bases)
        {
            var bt = b.Type;
            if (winner.IsSubtypeOf(bt)) continue;
            if (bt.IsSubtypeOf(winner)) { winner = bt; continue; }
            throw Ops.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    private static readonly HashSet<string> s_finalTypes = new() { "bool", "NoneType", "NotImplementedType", "ellipsis", "function", "builtin_function_or_method", "method", "range", "slice", "cell", "generator", "memoryview" };

    /// <summary>type.__new__(meta, name, bases, ns, **kwargs).</summary>
    public static PyType TypeNew(PyType meta, string name, PyObject[] baseObjs, PyDict ns, string[]? kwNames, PyObject[]? kwValues)
    {
        meta = CalculateMeta(meta, baseObjs);
        var bases = new PyType[baseObjs.Length == 0 ? 1 : baseObjs.Length];
        if (baseObjs.Length == 0) bases[0] = PyType.ObjectType;
        PyType? valueBase = null;
        for (int i = 0; i < baseObjs.Length; i++)
        {
            if (baseObjs[i] is not PyType bt) throw Ops.TypeError("bases must be types");
            if (!bt.IsUserDefined && s_finalTypes.Contains(bt.Name))
                throw Ops.TypeError($"type '{bt.Name}' is not an acceptable base type");
            var vb = bt.BaseValueType();
            if (vb != null)
            {
                if (valueBase != null && !valueBase.IsSubtypeOf(vb) && !vb.IsSubtypeOf(valueBase))
                    throw Ops.TypeError("multiple bases have instance lay-out conflict");
                if (valueBase == null || vb.IsSubtypeOf(valueBase)) valueBase = vb;
            }
            bases[i] = bt;
        }
        for (int i = 0; i < bases.Length; i++)
            for (int j = 0; j < i; j++)
                if (bases[i] == bases[j]) throw Ops.TypeError($"duplicate base class {bases[i].Name}");

        var moduleKey = new PyStr("__module__");
        var moduleValue = ns.TryGet(moduleKey);
        if (moduleValue == null && PyFrame.CallerModule() is { } caller
            && caller.Cells.TryGetValue("__name__", out var callerName) && callerName.Value is { } callerModuleName)
        {
            // type(name, bases, dict) without __module__ takes the calling code's __name__, as CPython's does (a
            // class statement always puts __module__ in its namespace).
            ns.SetItem(moduleKey, callerModuleName);
            moduleValue = callerModuleName;
        }
        var moduleName = moduleValue is PyStr ms ? ms.Value : "builtins";
        var t = new PyType(name, bases, userDefined: true) { Module = moduleName, Metatype = meta == PyType.TypeType ? null : meta };
        if (t.Metatype != null) t.Mro = MetaclassMro.Compute(t);
        PyCell? classCell = null;
        var table = ns.Table;
        for (int e = 0; e < table.Used; e++)
        {
            if (table.Entries[e].Key is not PyStr k) continue;
            var v = table.Entries[e].Value!;
            switch (k.Value)
            {
                case "__qualname__":
                    t.QualName = v is PyStr q ? q.Value : throw Ops.TypeError($"type __qualname__ must be a str, not {v.Type.TpName}");
                    continue;
                case "__classcell__":
                    classCell = v as PyCell;
                    continue;
            }
            t.Dict[k.Value] = v;
        }
        if (t.Dict.TryGetValue("__new__", out var nw) && nw is PyFunction) t.Dict["__new__"] = new PyStaticMethod(nw);
        foreach (var cm in new[] { "__init_subclass__", "__class_getitem__" })
            if (t.Dict.TryGetValue(cm, out var f) && f is PyFunction) t.Dict[cm] = new PyClassMethod(f);
        if (t.Dict.ContainsKey("__eq__") && !t.Dict.ContainsKey("__hash__")) t.Dict["__hash__"] = PyNone.Instance;

        bool baseHasDict = false, baseHasWeakref = false;
        foreach (var b in bases)
        {
            baseHasDict |= b.HasDict;
            baseHasWeakref |= b.Lookup("__weakref__") != null;
        }
        if (t.Dict.TryGetValue("__slots__", out var slotsObj))
        {
            var items = slotsObj is PyStr one ? new PyObject[] { one } : Ops.ToArray(slotsObj);
            bool addDict = false, addWeak = false;
            var names = new List<string>();
            foreach (var item in items)
            {
                if (item is not PyStr s) throw Ops.TypeError($"__slots__ items must be strings, not '{item.Type.TpName}'");
                var n = s.Value;
                if (n == "__dict__")
                {
                    if (addDict || baseHasDict) throw Ops.TypeError("__dict__ slot disallowed: we already got one");
                    addDict = true;
                    continue;
                }
                if (n == "__weakref__")
                {
                    if (addWeak || baseHasWeakref) throw Ops.TypeError("__weakref__ slot disallowed: either we already got one, or the base type is not weakref-able");
                    addWeak = true;
                    continue;
                }
                if (!IsIdentifier(n)) throw Ops.TypeError("__slots__ must be identifiers");
                n = Mangle(name, n);
                if (t.Dict.ContainsKey(n)) throw Ops.ValueError($"'{n}' in __slots__ conflicts with class variable");
                names.Add(n);
            }
            names.Sort(string.CompareOrdinal);
            foreach (var n in names) t.Dict[n] = new PyMemberDescriptor(n, t);
            t.HasDict = baseHasDict || addDict;
            if (addDict) t.Dict["__dict__"] = ObjectModel.DictDescriptor(t);
            if (addWeak) t.Dict["__weakref__"] = ObjectModel.WeakrefDescriptor(t);
        }
        else
        {
            t.HasDict = true;
            if (!baseHasDict) t.Dict["__dict__"] = ObjectModel.DictDescriptor(t);
            if (!baseHasWeakref) t.Dict["__weakref__"] = ObjectModel.WeakrefDescriptor(t);
        }
        if (!t.Dict.ContainsKey("__doc__")) t.Dict["__doc__"] = PyNone.Instance;
        t.Changed();
        if (classCell != null) classCell.Value = t;

        foreach (var kvp in t.Dict.ToArray())
        {
            var v = kvp.Value;
            if (v is PyProperty p) { p.Name ??= kvp.Key; continue; }
            if (v is PyInstance i && i.Class.Lookup("__set_name__") is { } setName)
            {
                try { setName.Call3(v, t, new PyStr(kvp.Key)); }
                catch (PythonException e)
                {
                    var err = ExceptionTypes.Make(ExceptionTypes.RuntimeError,
                        $"Error calling __set_name__ on '{v.Type.TpName}' instance '{kvp.Key}' in '{t.Name}'");
                    err.Cause = e.Value;
                    err.SuppressContext = true;
                    throw new PythonException(err);
                }
            }
        }

        // super(t, t).__init_subclass__(**kwargs)
        var mro = t.Mro;
        for (int i = 1; i < mro.Length; i++)
        {
            if (!mro[i].Dict.TryGetValue("__init_subclass__", out var isc)) continue;
            var kwn = kwNames is { Length: > 0 } ? kwNames : null;
            if (isc is PyClassMethod cmeth && cmeth.Function is PyFunction)
                cmeth.Function.Call(ObjectModel.Prepend(t, kwValues ?? Array.Empty<PyObject>()), kwn);
            else Descriptors.BindForClass(isc, t).Call(kwValues ?? Array.Empty<PyObject>(), kwn);
            break;
        }
        return t;
    }

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_')) return false;
        foreach (var c in s) if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        return true;
    }

    /// <summary>Private name mangling: <c>__x</c> in class <c>C</c> is <c>_C__x</c>.</summary>
    public static string Mangle(string className, string n)
    {
        if (!n.StartsWith("__") || n.EndsWith("__")) return n;
        var stripped = className.TrimStart('_');
        return stripped.Length == 0 ? n : "_" + stripped + n;
    }
}
