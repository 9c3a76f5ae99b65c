using System.Text;
using Krait.Runtime;

namespace Krait.Modules;

/// <summary>The fields of one namedtuple class, shared by its instances.</summary>
public sealed class NamedTupleInfo
{
    public readonly string TypeName;
    public readonly string[] Fields;
    public readonly PyObject[] Defaults;
    public PyType Type = null!;

    public NamedTupleInfo(string typeName, string[] fields, PyObject[] defaults)
    {
        TypeName = typeName; Fields = fields; Defaults = defaults;
    }

    /// <summary>Binds constructor arguments to fields as the generated <c>__new__(_cls, x, y)</c> would.</summary>
    public void Bind(PyObject[] items, PyObject[] args, string[]? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        int n = Fields.Length;
        string fn = TypeName + ".__new__()";
        if (npos > n)
        {
            int nd = Defaults.Length;
            string takes = nd > 0 ? $"from {n + 1 - nd} to {n + 1}" : (n + 1).ToString();
            throw Ops.TypeError($"{fn} takes {takes} positional argument{(n + 1 == 1 && nd == 0 ? "" : "s")} but {npos + 1} were given");
        }
        Array.Clear(items);
        Array.Copy(args, items, npos);
        for (int k = 0; k < nkw; k++)
        {
            int at = Array.IndexOf(Fields, kwnames![k]);
            if (at < 0) throw Ops.TypeError($"{fn} got an unexpected keyword argument '{kwnames[k]}'");
            if (items[at] != null) throw Ops.TypeError($"{fn} got multiple values for argument '{kwnames[k]}'");
            items[at] = args[npos + k];
        }
        List<string>? missing = null;
        for (int i = 0; i < n; i++)
        {
            if (items[i] != null) continue;
            int di = i - (n - Defaults.Length);
            if (di >= 0) items[i] = Defaults[di];
            else (missing ??= new()).Add(Fields[i]);
        }
        if (missing != null)
        {
            string list = missing.Count == 1 ? $"'{missing[0]}'"
                : missing.Count == 2 ? $"'{missing[0]}' and '{missing[1]}'"
                : string.Join(", ", missing.Take(missing.Count - 1).Select(m => $"'{m}'")) + $", and '{missing[^1]}'";
            throw Ops.TypeError($"{fn} missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {list}");
        }
    }
}

/// <summary>An instance of a namedtuple class: a tuple whose type names its fields.</summary>
public sealed class PyNamedTuple : PyTuple, INativeDunders
{
    public readonly PyType Class;
    public readonly NamedTupleInfo Info;
    private Dictionary<string, PyObject>? _attrs;

    public PyNamedTuple(PyType cls, NamedTupleInfo info, PyObject[] items) : base(items) { Class = cls; Info = info; }

    public override PyType Type => Class;

    public override string Repr()
    {
        if (Class != Info.Type && SubclassSupport.Override(this, Info.Type, "__repr__") is { } ov)
            return Ops.ExpectStr(ov.Call1(this), "__repr__");
        if (!ReprGuard.Enter(this)) return Class.Name + "(...)";
        try
        {
            var sb = new StringBuilder(Class.Name).Append('(');
            for (int i = 0; i < Items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Info.Fields[i]).Append('=').Append(Ops.Repr(Items[i]));
            }
            return sb.Append(')').ToString();
        }
        finally { ReprGuard.Leave(this); }
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        var attr = Class.Lookup(name);
        if (attr is TupleGetter g) { value = Items[g.Index]; return true; }
        return SubclassSupport.TryGetAttr(this, _attrs, name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (Class.Lookup(name) is TupleGetter) throw Ops.AttributeError("can't set attribute");
        SubclassSupport.SetAttr(this, Info.Type, false, ref _attrs, name, value);
    }

    public override void DelAttr(string name)
    {
        if (Class.Lookup(name) is TupleGetter) throw Ops.AttributeError("can't delete attribute");
        SubclassSupport.DelAttr(this, _attrs, name);
    }
}

/// <summary>The class attribute for one field (CPython's _tuplegetter): reads item <see cref="Index"/>.</summary>
public sealed class TupleGetter : PyObject
{
    private static readonly PyType GetterType = new("_tuplegetter", new[] { PyType.ObjectType }) { Module = "collections" };
    public readonly int Index;
    public TupleGetter(int index) { Index = index; }
    public override PyType Type => GetterType;
    /// <summary>The field's docstring; programs may replace it (`Point.x.__doc__ = '...'`).</summary>
    private PyObject? _doc;
    public override string Repr() => $"_tuplegetter({Index}, {Ops.Repr(Doc)})";
    private PyObject Doc => _doc ?? new PyStr($"Alias for field number {Index}");
    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name == "__doc__") { value = Doc; return true; }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (name == "__doc__") { _doc = value; return; }
        base.SetAttr(name, value);
    }
}

/// <summary>collections.namedtuple: validates the names and builds the class at run time.</summary>
public static class NamedTupleFactory
{
    private static readonly HashSet<string> s_keywords = new()
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        if (!(char.IsLetter(s[0]) || s[0] == '_')) return false;
        for (int i = 1; i < s.Length; i++)
            if (!(char.IsLetterOrDigit(s[i]) || s[i] == '_')) return false;
        return true;
    }

    public static PyObject Create(PyObject[] a, string[]? k)
    {
        var p = NativeArgs.Bind("namedtuple", a, k, new[] { "typename", "field_names", "rename", "defaults", "module" }, 2, kwOnlyFrom: 2);
        string typeName = Ops.Str(p[0]!);
        List<string> fields;
        if (p[1] is PyStr fs)
            fields = fs.Value.Replace(',', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        else
            fields = Ops.ToArray(p[1]!).Select(Ops.Str).ToList();
        bool rename = p[2] != null && Ops.IsTrue(p[2]!);
        if (rename)
        {
            var seen = new HashSet<string>();
            for (int i = 0; i < fields.Count; i++)
            {
                var name = fields[i];
                if (!IsIdentifier(name) || s_keywords.Contains(name) || name.StartsWith('_') || seen.Contains(name))
                    fields[i] = "_" + i;
                seen.Add(name);
            }
        }
        foreach (var name in fields.Prepend(typeName))
        {
            if (!IsIdentifier(name)) throw Ops.ValueError($"Type names and field names must be valid identifiers: {Ops.Repr(new PyStr(name))}");
            if (s_keywords.Contains(name)) throw Ops.ValueError($"Type names and field names cannot be a keyword: {Ops.Repr(new PyStr(name))}");
        }
        var seen2 = new HashSet<string>();
        foreach (var name in fields)
        {
            if (name.StartsWith('_') && !rename) throw Ops.ValueError($"Field names cannot start with an underscore: {Ops.Repr(new PyStr(name))}");
            if (!seen2.Add(name)) throw Ops.ValueError($"Encountered duplicate field name: {Ops.Repr(new PyStr(name))}");
        }
        var defaults = p[3] == null || p[3] == PyNone.Instance ? Array.Empty<PyObject>() : (PyObject[])Ops.ToArray(p[3]!).Clone();
        if (defaults.Length > fields.Count) throw Ops.TypeError("Got more default values than field names");
        string module = p[4] != null && p[4] != PyNone.Instance ? Ops.Str(p[4]!) : "__main__";
        return MakeType(typeName, fields.ToArray(), defaults, module);
    }

    private static PyType MakeType(string typeName, string[] fields, PyObject[] defaults, string module)
    {
        var info = new NamedTupleInfo(typeName, fields, defaults);
        int n = fields.Length;
        var t = new PyType(typeName, new[] { PyType.TupleType }, userDefined: true) { Module = module };
        info.Type = t;
        var d = t.Dict;
        // __new__(_cls, field...): the class called may be a user subclass of this one.
        d["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls || !cls.IsSubtypeOf(t))
                throw Ops.TypeError($"{typeName}.__new__(): first argument must be a subtype of {typeName}");
            var items = new PyObject[n];
            info.Bind(items, a[1..], k);
            return new PyNamedTuple(cls, info, items);
        }) { Attributes = new() });
        d["__doc__"] = new PyStr($"{typeName}({string.Join(", ", fields)})");
        d["__slots__"] = PyTuple.Empty;
        d["_fields"] = new PyTuple(fields.Select(f => (PyObject)new PyStr(f)).ToArray());
        d["__match_args__"] = d["_fields"];
        var fd = new PyDict();
        for (int i = 0; i < defaults.Length; i++) fd.SetItem(new PyStr(fields[n - defaults.Length + i]), defaults[i]);
        d["_field_defaults"] = fd;
        for (int i = 0; i < n; i++) d[fields[i]] = new TupleGetter(i);
        d["_make"] = new PyClassMethod(new PyBuiltinFunction("_make", (a, k) =>
        {
            var cls = (PyType)a[0];
            var items = Ops.ToArray(a[1]);
            if (items.Length != n) throw Ops.TypeError($"Expected {n} arguments, got {items.Length}");
            return new PyNamedTuple(cls, info, (PyObject[])items.Clone());
        }));
        d["_asdict"] = new PyMethodDescriptor(t, "_asdict", (self, a, k) =>
        {
            var r = new PyDict();
            var items = ((PyTuple)self).Items;
            for (int i = 0; i < n; i++) r.SetItem(new PyStr(fields[i]), items[i]);
            return r;
        });
        d["_replace"] = new PyMethodDescriptor(t, "_replace", (self, a, k) =>
        {
            int nkw = k?.Length ?? 0;
            if (a.Length > nkw) throw Ops.TypeError($"{typeName}._replace() takes 1 positional argument but {a.Length - nkw + 1} were given");
            var items = (PyObject[])((PyTuple)self).Items.Clone();
            List<string>? unknown = null;
            for (int i = 0; i < nkw; i++)
            {
                int at = Array.IndexOf(fields, k![i]);
                if (at < 0) (unknown ??= new()).Add(k[i]);
                else items[at] = a[i];
            }
            if (unknown != null)
                throw Ops.ValueError($"Got unexpected field names: [{string.Join(", ", unknown.Select(u => Ops.Repr(new PyStr(u))))}]");
            return new PyNamedTuple(self.Type, info, items);
        });
        d["__getnewargs__"] = new PyMethodDescriptor(t, "__getnewargs__", (self, a, k) => new PyTuple(((PyTuple)self).Items));
        d["__repr__"] = new PyMethodDescriptor(t, "__repr__", (self, a, k) => new PyStr(self.Repr()));
        t.Changed();
        return t;
    }
}
