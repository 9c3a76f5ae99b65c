using System.Text;
using Krait.Runtime;

namespace Krait.Modules;

/// <summary>functools.partial: a callable with some positional and keyword arguments fixed. An instance (so it
/// has a __dict__, and user classes may derive from it); a partial of an exact partial is flattened.</summary>
public sealed class PyPartial : PyInstance
{
    public static readonly PyType PartialType = MakeType();

    public PyObject Func = PyNone.Instance;
    public PyObject[] Args = Array.Empty<PyObject>();
    public PyDict Keywords = new();

    public PyPartial(PyType cls) : base(cls) { }

    private static PyType MakeType()
    {
        var t = NativeModule.Type("functools", "partial", null, static cls => new PyPartial(cls));
        t.HasDict = true;
        t.Constructor = (a, k) => Make(PartialType!, a, k);
        NativeModule.Method(t, "__call__", (self, a, k) => self.Call(a, k));
        NativeModule.Method(t, "__init__", (self, a, k) => { Init((PyPartial)self, a, k); return PyNone.Instance; });
        // Data descriptors, so stores are refused even on the instance fast paths.
        foreach (var name in new[] { "func", "args", "keywords" })
        {
            var getter = new PyBuiltinFunction(name, (a, k) => ((PyPartial)a[0]).TryGetAttr(name, out var v) ? v : PyNone.Instance);
            var setter = new PyBuiltinFunction(name, (a, k) => throw Ops.AttributeError("readonly attribute"));
            t.Dict[name] = new PyProperty(getter, setter, null);
        }
        NativeModule.Method(t, "__repr__", (self, a, k) => new PyStr(((PyPartial)self).NativeRepr()));
        return t;
    }

    /// <summary>partial(func, /, *args, **keywords) for class <paramref name="cls"/>.</summary>
    public static PyPartial Make(PyType cls, PyObject[] a, string[]? k)
    {
        var p = cls == PartialType ? new PyPartial(cls) : (PyPartial)cls.Allocator!(cls);
        Init(p, a, k);
        return p;
    }

    private static void Init(PyPartial p, PyObject[] a, string[]? k)
    {
        int nkw = k?.Length ?? 0;
        int npos = a.Length - nkw;
        var cls = p.Class;
        if (npos < 1) throw Ops.TypeError($"type '{cls.Name}' takes at least one argument");
        var func = a[0];
        if (!Builtins.IsCallable(func)) throw Ops.TypeError("the first argument must be callable");
        var args = a[1..npos];
        var kw = new PyDict();
        if (func is PyPartial inner && inner.Class == PartialType && inner.Shape.Count == 0)
        {
            var merged = new PyObject[inner.Args.Length + args.Length];
            inner.Args.CopyTo(merged, 0);
            args.CopyTo(merged, inner.Args.Length);
            args = merged;
            Ops.DictUpdate(kw, inner.Keywords);
            func = inner.Func;
        }
        for (int i = 0; i < nkw; i++) kw.SetItem(new PyStr(k![i]), a[npos + i]);
        p.Func = func;
        p.Args = args;
        p.Keywords = kw;
    }

    public override PyObject Call0() => Keywords.Table.Count == 0 ? Func.Call(Args, null) : Call(Array.Empty<PyObject>(), null);

    public override PyObject Call1(PyObject x)
    {
        if (Keywords.Table.Count == 0)
        {
            switch (Args.Length)
            {
                case 0: return Func.Call1(x);
                case 1: return Func.Call2(Args[0], x);
                case 2: return Func.Call3(Args[0], Args[1], x);
            }
        }
        return Call(new[] { x }, null);
    }

    public override PyObject Call2(PyObject x, PyObject y)
    {
        if (Keywords.Table.Count == 0)
        {
            switch (Args.Length)
            {
                case 0: return Func.Call2(x, y);
                case 1: return Func.Call3(Args[0], x, y);
            }
        }
        return Call(new[] { x, y }, null);
    }

    public override PyObject Call(PyObject[] args, string[]? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (Keywords.Table.Count == 0)
        {
            if (Args.Length == 0) return Func.Call(args, kwnames);
            var all = new PyObject[Args.Length + args.Length];
            Args.CopyTo(all, 0);
            args.CopyTo(all, Args.Length);
            return Func.Call(all, kwnames);
        }
        // Stored keywords, overridden by the call's.
        var kw = new PyDict();
        Ops.DictUpdate(kw, Keywords);
        for (int i = 0; i < nkw; i++) kw.SetItem(new PyStr(kwnames![i]), args[npos + i]);
        var t = kw.Table;
        var full = new PyObject[Args.Length + npos + t.Count];
        var names = new string[t.Count];
        Args.CopyTo(full, 0);
        Array.Copy(args, 0, full, Args.Length, npos);
        int at = Args.Length + npos, n = 0;
        for (int e = 0; e < t.Used; e++)
        {
            if (t.Entries[e].Key == null) continue;
            names[n++] = Ops.Str(t.Entries[e].Key!);
            full[at++] = t.Entries[e].Value!;
        }
        return Func.Call(full, names);
    }

    public string NativeRepr()
    {
        if (!ReprGuard.Enter(this)) return "...";
        try
        {
            var sb = new StringBuilder(Class == PartialType ? "functools.partial" : Class.Name).Append('(');
            sb.Append(Ops.Repr(Func));
            foreach (var a in Args) sb.Append(", ").Append(Ops.Repr(a));
            foreach (var (k, v) in NativeDict.Entries(Keywords)) sb.Append(", ").Append(Ops.Str(k)).Append('=').Append(Ops.Repr(v));
            return sb.Append(')').ToString();
        }
        finally { ReprGuard.Leave(this); }
    }

    public override string Repr() => Class.Lookup("__repr__") is PyFunction f ? Ops.ExpectStr(f.Call1(this), "__repr__") : NativeRepr();

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "func": value = Func; return true;
            case "args": value = new PyTuple(Args); return true;
            case "keywords": value = Keywords; return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (name is "func" or "args" or "keywords") throw Ops.AttributeError("readonly attribute");
        base.SetAttr(name, value);
    }
}
