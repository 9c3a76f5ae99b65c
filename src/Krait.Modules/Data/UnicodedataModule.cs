using Krait.Runtime;
using Krait.Syntax.Unicode;

namespace Krait.Modules.Data;

/// <summary>unicodedata for Unicode 14.0.0 (CPython 3.11's): names and general categories from Krait.Syntax's
/// tables, the other properties from <see cref="UnicodeProps"/>, normalization by <see cref="UnicodeNormalizer"/>.
/// Not provided: ucd_3_2_0 (the Unicode 3.2 view IDNA uses) and named sequences in lookup().</summary>
public static class UnicodedataModule
{
    private static int Char(PyObject o, string fname, bool several)
    {
        string where = several ? "argument 1" : "argument";
        if (o is not PyStr s) throw Ops.TypeError($"{fname}() {where} must be a unicode character, not {o.Type.TpName}");
        var v = s.Value;
        if (v.Length == 1 && !char.IsSurrogate(v[0])) return v[0];
        if (v.Length == 1) return v[0];
        if (v.Length == 2 && char.IsHighSurrogate(v[0]) && char.IsLowSurrogate(v[1])) return char.ConvertToUtf32(v[0], v[1]);
        throw Ops.TypeError($"{fname}() {where} must be a unicode character, not str");
    }

    private static int One(string fname, PyObject[] a, string[]? k)
    {
        NativeArgs.Exactly(fname, a, k, 1);
        return Char(a[0], fname, false);
    }

    private static int WithDefault(string fname, PyObject[] a, string[]? k, out PyObject? dflt)
    {
        NativeArgs.Count(fname, a, k, 1, 2);
        dflt = a.Length > 1 ? a[1] : null;
        return Char(a[0], fname, true);
    }

    private static string Form(PyObject o, string fname)
    {
        if (o is not PyStr f) throw Ops.TypeError($"{fname}() argument 1 must be str, not {o.Type.TpName}");
        if (f.Value is "NFC" or "NFD" or "NFKC" or "NFKD") return f.Value;
        throw Ops.ValueError("invalid normalization form");
    }

    private static string Text(PyObject o, string fname) =>
        o is PyStr s ? s.Value : throw Ops.TypeError($"{fname}() argument 2 must be str, not {o.Type.TpName}");

    public static PyModule Create()
    {
        var m = NativeModule.New("unicodedata");
        m.Set("unidata_version", new PyStr("14.0.0"));
        NativeModule.Def(m, "name", (a, k) =>
        {
            int cp = WithDefault("name", a, k, out var d);
            if (UnicodeNames.TryGetName(cp, out var name)) return new PyStr(name);
            return d ?? throw Ops.ValueError("no such name");
        });
        NativeModule.Def(m, "lookup", (a, k) =>
        {
            NativeArgs.Exactly("lookup", a, k, 1);
            string name = a[0] is PyStr s ? s.Value
                : BytesMethods.IsBuffer(a[0]) ? System.Text.Encoding.Latin1.GetString(BytesMethods.Buf(a[0]))
                : throw Ops.TypeError($"lookup() argument must be str, not {a[0].Type.TpName}");
            if (name.Length > 256) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, new PyStr("name too long")));
            if (UnicodeNames.TryLookup(name, out int cp)) return new PyStr(PyStr.FromCodePoint(cp));
            throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, new PyStr($"undefined character name '{name}'")));
        });
        NativeModule.Def(m, "category", (a, k) => new PyStr(UnicodeCategories.Get(One("category", a, k))));
        NativeModule.Def(m, "bidirectional", (a, k) =>
        {
            var p = UnicodeProps.Instance;
            return new PyStr(p.BidiNames[p.Get(One("bidirectional", a, k)).Bidi]);
        });
        NativeModule.Def(m, "combining", (a, k) => PyInt.Get(UnicodeProps.Instance.Get(One("combining", a, k)).Combining));
        NativeModule.Def(m, "east_asian_width", (a, k) =>
        {
            var p = UnicodeProps.Instance;
            return new PyStr(p.EawNames[p.Get(One("east_asian_width", a, k)).Eaw]);
        });
        NativeModule.Def(m, "mirrored", (a, k) => PyInt.Get(UnicodeProps.Instance.Get(One("mirrored", a, k)).Mirrored));
        NativeModule.Def(m, "decimal", (a, k) =>
        {
            var r = UnicodeProps.Instance.Get(WithDefault("decimal", a, k, out var d));
            if (r.DecimalPlus1 != 0) return PyInt.Get(r.DecimalPlus1 - 1);
            return d ?? throw Ops.ValueError("not a decimal");
        });
        NativeModule.Def(m, "digit", (a, k) =>
        {
            var r = UnicodeProps.Instance.Get(WithDefault("digit", a, k, out var d));
            if (r.DigitPlus1 != 0) return PyInt.Get(r.DigitPlus1 - 1);
            return d ?? throw Ops.ValueError("not a digit");
        });
        NativeModule.Def(m, "numeric", (a, k) =>
        {
            var p = UnicodeProps.Instance;
            var r = p.Get(WithDefault("numeric", a, k, out var d));
            if (r.NumericPlus1 != 0) return new PyFloat(p.Numerics[r.NumericPlus1 - 1]);
            return d ?? throw Ops.ValueError("not a numeric character");
        });
        NativeModule.Def(m, "decomposition", (a, k) =>
        {
            int cp = One("decomposition", a, k);
            return UnicodeProps.Instance.Decompositions.TryGetValue(cp, out var d) ? new PyStr(d) : PyStr.Empty;
        });
        NativeModule.Def(m, "normalize", (a, k) =>
        {
            NativeArgs.Count("normalize", a, k, 2, 2);
            string form = Form(a[0], "normalize");
            var text = Text(a[1], "normalize");
            var r = UnicodeNormalizer.Normalize(form, text);
            return ReferenceEquals(r, text) && a[1].Type == PyType.StrType ? a[1] : new PyStr(r);
        });
        NativeModule.Def(m, "is_normalized", (a, k) =>
        {
            NativeArgs.Count("is_normalized", a, k, 2, 2);
            string form = Form(a[0], "is_normalized");
            var text = Text(a[1], "is_normalized");
            return PyBool.Get(UnicodeNormalizer.Normalize(form, text) == text);
        });
        return m;
    }
}
