using Krait.Runtime;

namespace Krait.Modules.Re;

/// <summary>re.RegexFlag values (re.I, re.M, ...): integers whose repr names the flags, combining with | &amp; ^ ~.</summary>
internal sealed class PyRegexFlag : PyInstance
{
    public static readonly PyType FlagType = MakeType();
    public readonly long Value;

    // Members in definition order (the order reprs list them in).
    public static readonly (string Name, int Value)[] Members =
    {
        ("ASCII", ReFlags.Ascii), ("IGNORECASE", ReFlags.IgnoreCase), ("LOCALE", ReFlags.Locale),
        ("UNICODE", ReFlags.Unicode), ("MULTILINE", ReFlags.Multiline), ("DOTALL", ReFlags.DotAll),
        ("VERBOSE", ReFlags.Verbose), ("TEMPLATE", ReFlags.Template), ("DEBUG", ReFlags.Debug),
    };
    private const long AllBits = 511;

    public PyRegexFlag(long value) : base(FlagType) { Value = value; }

    private static readonly Dictionary<long, PyRegexFlag> s_members = new();

    /// <summary>The one object per named value (so re.I is re.IGNORECASE).</summary>
    public static PyRegexFlag Get(long value)
    {
        lock (s_members)
        {
            if (!s_members.TryGetValue(value, out var f)) s_members[value] = f = new PyRegexFlag(value);
            return f;
        }
    }

    public static string FlagsRepr(long v)
    {
        if (v == 0) return "re.NOFLAG";
        var parts = new List<string>();
        long rest = v;
        if (v < 0) return $"-{FlagsRepr(-v)}";
        foreach (var (name, bit) in Members)
            if ((v & bit) != 0) { parts.Add("re." + name); rest &= ~bit; }
        if (rest != 0) parts.Add("0x" + rest.ToString("x"));
        return string.Join("|", parts);
    }

    public override string Repr() => FlagsRepr(Value);
    public override string Str() => FlagsRepr(Value);
    public override bool IsTrue() => Value != 0;
    public override long Hash() => Value == -1 ? -2 : Value;

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        long o;
        if (other is PyRegexFlag f) o = f.Value;
        else if (other is PyInt i) o = i.Value;
        else if (other is PyBool b) o = b.Value ? 1 : 0;
        else return PyNotImplemented.Instance;
        return PyBool.Get(Ops.CompareResult(Value.CompareTo(o), op));
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "value": value = PyInt.Get(Value); return true;
            case "name":
                foreach (var (n, bit) in Members)
                    if (bit == Value) { value = new PyStr(n); return true; }
                value = Value == 0 ? new PyStr("NOFLAG") : PyNone.Instance;
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    private static bool TryInt(PyObject o, out long v)
    {
        switch (o)
        {
            case PyRegexFlag f: v = f.Value; return true;
            case PyInt i: v = i.Value; return true;
            case PyBool b: v = b.Value ? 1 : 0; return true;
        }
        v = 0;
        return false;
    }

    private static PyType MakeType()
    {
        var t = new PyType("RegexFlag", new[] { PyType.ObjectType }) { Module = "re", WrittenInC = false };
        void M(string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);
        void Bit(string name, Func<long, long, long> op, bool flagResult)
        {
            MethodBody body = (self, a, k) =>
            {
                if (a.Length != 1 || !TryInt(a[0], out long o)) return PyNotImplemented.Instance;
                long r = op(((PyRegexFlag)self).Value, o);
                return flagResult && (a[0] is PyRegexFlag || a[0] is PyInt) ? new PyRegexFlag(r) : PyInt.Get(r);
            };
            M("__" + name + "__", body);
            M("__r" + name + "__", body);
        }
        Bit("or", (x, y) => x | y, true);
        Bit("and", (x, y) => x & y, true);
        Bit("xor", (x, y) => x ^ y, true);
        Bit("add", (x, y) => x + y, false);
        Bit("sub", (x, y) => x - y, false);
        M("__invert__", (self, a, k) => new PyRegexFlag(~((PyRegexFlag)self).Value & AllBits));
        M("__index__", (self, a, k) => PyInt.Get(((PyRegexFlag)self).Value));
        M("__int__", (self, a, k) => PyInt.Get(((PyRegexFlag)self).Value));
        M("__repr__", (self, a, k) => new PyStr(self.Repr()));
        M("__str__", (self, a, k) => new PyStr(self.Repr()));
        M("__format__", (self, a, k) => new PyStr(self.Repr()));
        M("__hash__", (self, a, k) => PyInt.Get(((PyRegexFlag)self).Value));
        M("__eq__", (self, a, k) => self.RichCompare(a[0], CompareOp.Eq));
        M("__ne__", (self, a, k) => self.RichCompare(a[0], CompareOp.Ne));
        M("__lt__", (self, a, k) => self.RichCompare(a[0], CompareOp.Lt));
        M("__le__", (self, a, k) => self.RichCompare(a[0], CompareOp.Le));
        M("__gt__", (self, a, k) => self.RichCompare(a[0], CompareOp.Gt));
        M("__ge__", (self, a, k) => self.RichCompare(a[0], CompareOp.Ge));
        M("__bool__", (self, a, k) => PyBool.Get(((PyRegexFlag)self).Value != 0));
        return t;
    }
}
