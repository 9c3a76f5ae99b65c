using System.Text;
using Krait.Runtime;

namespace Krait.Modules;

/// <summary>The operator module: the operators as functions (each also under its dunder name), and the
/// itemgetter / attrgetter / methodcaller callables.</summary>
public static class OperatorModule
{
    private static void Def2(PyModule m, string name, Func<PyObject, PyObject, PyObject> f, params string[] aliases)
    {
        var fn = new PyBuiltinFunction(name, (a, k) =>
        {
            NativeArgs.Count(name, a, k, 2, 2);
            return f(a[0], a[1]);
        }) { F2 = f };
        m.Set(name, fn);
        foreach (var al in aliases) m.Set(al, fn);
    }

    private static void Def1(PyModule m, string name, Func<PyObject, PyObject> f, params string[] aliases)
    {
        var fn = new PyBuiltinFunction(name, (a, k) =>
        {
            NativeArgs.Exactly(name, a, k, 1);
            return f(a[0]);
        }) { F1 = f };
        m.Set(name, fn);
        foreach (var al in aliases) m.Set(al, fn);
    }

    private static bool IsSequence(PyObject o) =>
        o is PyList or PyTuple or PyStr or PyBytes or PyByteArray || o.Type.Lookup("__getitem__") != null && o is not PyDict;

    public static PyModule Create()
    {
        var m = NativeModule.New("operator");
        var binops = new (string Name, BinOp Op)[]
        {
            ("add", BinOp.Add), ("sub", BinOp.Sub), ("mul", BinOp.Mul), ("matmul", BinOp.MatMul), ("truediv", BinOp.TrueDiv),
            ("floordiv", BinOp.FloorDiv), ("mod", BinOp.Mod), ("pow", BinOp.Pow), ("lshift", BinOp.LShift),
            ("rshift", BinOp.RShift), ("or_", BinOp.Or), ("xor", BinOp.Xor), ("and_", BinOp.And),
        };
        foreach (var (name, op) in binops)
        {
            string bare = name.TrimEnd('_');
            Func<PyObject, PyObject, PyObject> f = op switch
            {
                BinOp.Add => Ops.Add, BinOp.Sub => Ops.Sub, BinOp.Mul => Ops.Mul, BinOp.TrueDiv => Ops.TrueDiv,
                BinOp.Mod => Ops.Mod, BinOp.FloorDiv => Ops.FloorDiv, BinOp.Or => Ops.BitOr, BinOp.And => Ops.BitAnd,
                BinOp.Xor => Ops.BitXor, BinOp.RShift => Ops.RShift,
                _ => (x, y) => Ops.Binary(op, x, y),
            };
            Def2(m, name, f, "__" + bare + "__");
            string iname = "i" + bare;
            Def2(m, iname, (x, y) => Ops.InPlace(op, x, y), "__" + iname + "__");
        }
        Def2(m, "concat", (x, y) =>
        {
            if (!IsSequence(x)) throw Ops.TypeError($"'{x.Type.TpName}' object can't be concatenated");
            return Ops.Add(x, y);
        }, "__concat__");
        Def2(m, "iconcat", (x, y) =>
        {
            if (!IsSequence(x)) throw Ops.TypeError($"'{x.Type.TpName}' object can't be concatenated");
            return Ops.InPlace(BinOp.Add, x, y);
        }, "__iconcat__");
        Def2(m, "lt", Ops.Lt, "__lt__");
        Def2(m, "le", Ops.Le, "__le__");
        Def2(m, "eq", Ops.Eq, "__eq__");
        Def2(m, "ne", Ops.Ne, "__ne__");
        Def2(m, "gt", Ops.Gt, "__gt__");
        Def2(m, "ge", Ops.Ge, "__ge__");
        Def2(m, "is_", Ops.Is);
        Def2(m, "is_not", Ops.IsNot);
        Def2(m, "contains", (a, b) => Ops.In(b, a), "__contains__");
        Def2(m, "getitem", Ops.GetItem, "__getitem__");
        Def2(m, "delitem", (a, b) => { Ops.DelItem(a, b); return PyNone.Instance; }, "__delitem__");
        var setitem = new PyBuiltinFunction("setitem", (a, k) =>
        {
            NativeArgs.Count("setitem", a, k, 3, 3);
            Ops.SetItem(a[0], a[1], a[2]);
            return PyNone.Instance;
        });
        m.Set("setitem", setitem);
        m.Set("__setitem__", setitem);
        Def2(m, "countOf", (a, b) =>
        {
            long n = 0;
            var it = a.Iter();
            while (it.TryNext(out var v)) if (ReferenceEquals(v, b) || Ops.EqBool(v, b)) n++;
            return PyInt.Get(n);
        });
        Def2(m, "indexOf", (a, b) =>
        {
            long i = 0;
            var it = a.Iter();
            while (it.TryNext(out var v))
            {
                if (ReferenceEquals(v, b) || Ops.EqBool(v, b)) return PyInt.Get(i);
                i++;
            }
            throw Ops.ValueError("sequence.index(x): x not in sequence");
        });
        Def1(m, "neg", Ops.Neg, "__neg__");
        Def1(m, "pos", Ops.Pos, "__pos__");
        Def1(m, "abs", Builtins.Abs, "__abs__");
        Def1(m, "inv", Ops.Invert, "__inv__", "invert", "__invert__");
        Def1(m, "not_", Ops.Not, "__not__");
        Def1(m, "truth", o => Ops.Box(Ops.IsTrue(o)));
        Def1(m, "index", o => o is PyInt ? o : PyInt.From(Ops.ToBig(IndexOf(o))), "__index__");
        NativeModule.Def(m, "length_hint", (a, k) =>
        {
            NativeArgs.Count("length_hint", a, k, 1, 2);
            long dflt = 0;
            if (a.Length > 1)
            {
                if (!Ops.IsIntLike(a[1])) throw Ops.TypeError($"'{a[1].Type.TpName}' object cannot be interpreted as an integer");
                dflt = Ops.Index(a[1]);
            }
            var o = a[0];
            try { return PyInt.Get(o.Len()); }
            catch (PythonException e) when (e.Value.Type == ExceptionTypes.TypeError && o.Type.Lookup("__len__") == null) { }
            var hint = o.Type.Lookup("__length_hint__");
            if (hint == null) return PyInt.Get(dflt);
            var r = hint.Call1(o);
            if (r == PyNotImplemented.Instance) return PyInt.Get(dflt);
            if (!Ops.IsIntLike(r)) throw Ops.TypeError($"__length_hint__ must be an integer, not {r.Type.TpName}");
            long n = Ops.Index(r);
            if (n < 0) throw Ops.ValueError("__length_hint__() should return >= 0");
            return PyInt.Get(n);
        });
        NativeModule.Def(m, "call", (a, k) =>
        {
            if (a.Length - (k?.Length ?? 0) < 1) throw Ops.TypeError("call() missing 1 required positional argument: 'obj'");
            return a[0].Call(a[1..], k);
        });
        m.Set("__call__", m.GetAttr("call"));
        m.Set("itemgetter", ItemGetter.GetterType);
        m.Set("attrgetter", AttrGetter.GetterType);
        m.Set("methodcaller", MethodCaller.CallerType);
        return m;
    }

    private static PyObject IndexOf(PyObject o)
    {
        if (Ops.IsIntLike(o)) return o;
        var m = o.Type.Lookup("__index__");
        if (m == null) throw Ops.TypeError($"'{o.Type.TpName}' object cannot be interpreted as an integer");
        return m.Call1(o);
    }
}

/// <summary>operator.itemgetter: one key gives the item, several give a tuple of items.</summary>
public sealed class ItemGetter : PyObject
{
    public static readonly PyType GetterType = MakeType();
    private readonly PyObject[] _keys;
    private ItemGetter(PyObject[] keys) { _keys = keys; }
    public override PyType Type => GetterType;

    private static PyType MakeType()
    {
        var t = NativeModule.Type("operator", "itemgetter");
        t.Constructor = (a, k) =>
        {
            NativeArgs.NoKeywords("itemgetter", k);
            if (a.Length == 0) throw Ops.TypeError("itemgetter expected 1 argument, got 0");
            return new ItemGetter((PyObject[])a.Clone());
        };
        NativeModule.Method(t, "__call__", (self, a, k) => self.Call(a, k));
        return t;
    }

    public override PyObject Call1(PyObject obj)
    {
        if (_keys.Length == 1) return Ops.GetItem(obj, _keys[0]);
        var r = new PyObject[_keys.Length];
        for (int i = 0; i < r.Length; i++) r[i] = Ops.GetItem(obj, _keys[i]);
        return new PyTuple(r);
    }

    public override PyObject Call(PyObject[] args, string[]? kwnames)
    {
        NativeArgs.NoKeywords("itemgetter", kwnames);
        if (args.Length != 1) throw Ops.TypeError($"itemgetter expected 1 argument, got {args.Length}");
        return Call1(args[0]);
    }

    public override string Repr() => $"operator.itemgetter({string.Join(", ", _keys.Select(Ops.Repr))})";
}

/// <summary>operator.attrgetter: dotted names walk attribute chains.</summary>
public sealed class AttrGetter : PyObject
{
    public static readonly PyType GetterType = MakeType();
    private readonly string[][] _paths;
    private readonly string[] _names;
    private AttrGetter(string[] names) { _names = names; _paths = names.Select(n => n.Split('.')).ToArray(); }
    public override PyType Type => GetterType;

    private static PyType MakeType()
    {
        var t = NativeModule.Type("operator", "attrgetter");
        t.Constructor = (a, k) =>
        {
            NativeArgs.NoKeywords("attrgetter", k);
            if (a.Length == 0) throw Ops.TypeError("attrgetter expected 1 argument, got 0");
            var names = new string[a.Length];
            for (int i = 0; i < a.Length; i++)
                names[i] = a[i] is PyStr s ? s.Value : throw Ops.TypeError("attribute name must be a string");
            return new AttrGetter(names);
        };
        NativeModule.Method(t, "__call__", (self, a, k) => self.Call(a, k));
        return t;
    }

    private static PyObject Walk(PyObject o, string[] path)
    {
        foreach (var n in path) o = o.GetAttr(n);
        return o;
    }

    public override PyObject Call1(PyObject obj)
    {
        if (_paths.Length == 1) return Walk(obj, _paths[0]);
        var r = new PyObject[_paths.Length];
        for (int i = 0; i < r.Length; i++) r[i] = Walk(obj, _paths[i]);
        return new PyTuple(r);
    }

    public override PyObject Call(PyObject[] args, string[]? kwnames)
    {
        NativeArgs.NoKeywords("attrgetter", kwnames);
        if (args.Length != 1) throw Ops.TypeError($"attrgetter expected 1 argument, got {args.Length}");
        return Call1(args[0]);
    }

    public override string Repr() => $"operator.attrgetter({string.Join(", ", _names.Select(n => Ops.Repr(new PyStr(n))))})";
}

/// <summary>operator.methodcaller: calls the named method with the stored arguments.</summary>
public sealed class MethodCaller : PyObject
{
    public static readonly PyType CallerType = MakeType();
    private readonly string _name;
    private readonly PyObject[] _args;  // positionals then keyword values
    private readonly string[]? _kwnames;
    private MethodCaller(string name, PyObject[] args, string[]? kwnames) { _name = name; _args = args; _kwnames = kwnames; }
    public override PyType Type => CallerType;

    private static PyType MakeType()
    {
        var t = NativeModule.Type("operator", "methodcaller");
        t.Constructor = (a, k) =>
        {
            if (a.Length - (k?.Length ?? 0) < 1) throw Ops.TypeError("methodcaller needs at least one argument, the method name");
            if (a[0] is not PyStr s) throw Ops.TypeError("method name must be a string");
            return new MethodCaller(s.Value, a[1..], k);
        };
        NativeModule.Method(t, "__call__", (self, a, k) => self.Call(a, k));
        return t;
    }

    public override PyObject Call1(PyObject obj) => obj.GetAttr(_name).Call(_args, _kwnames);

    public override PyObject Call(PyObject[] args, string[]? kwnames)
    {
        NativeArgs.NoKeywords("methodcaller", kwnames);
        if (args.Length != 1) throw Ops.TypeError($"methodcaller expected 1 argument, got {args.Length}");
        return Call1(args[0]);
    }

    public override string Repr()
    {
        var sb = new StringBuilder("operator.methodcaller(").Append(Ops.Repr(new PyStr(_name)));
        int nkw = _kwnames?.Length ?? 0;
        for (int i = 0; i < _args.Length - nkw; i++) sb.Append(", ").Append(Ops.Repr(_args[i]));
        for (int i = 0; i < nkw; i++) sb.Append(", ").Append(_kwnames![i]).Append('=').Append(Ops.Repr(_args[_args.Length - nkw + i]));
        return sb.Append(')').ToString();
    }
}
