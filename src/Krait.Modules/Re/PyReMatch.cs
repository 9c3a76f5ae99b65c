using System.Text;
using Krait.Runtime;

namespace Krait.Modules.Re;

/// <summary>re.Match: the spans of one match and the subject they index.</summary>
internal sealed class PyReMatch : PyObject
{
    public static readonly PyType MatchType = MakeType();

    public readonly PyRePattern Pattern;
    public readonly ReSubject Subject;
    /// <summary>Start and end per group (group 0 first); -1 for a group that did not take part.</summary>
    public readonly int[] Spans;
    public readonly int LastIndex;
    public readonly int Pos, EndPos;

    public PyReMatch(PyRePattern pattern, ReSubject subject, int[] regs, int pos, int endPos)
    {
        Pattern = pattern;
        Subject = subject;
        int n = 2 * (pattern.Groups + 1);
        Spans = new int[n];
        Array.Copy(regs, Spans, n);
        for (int g = 1; g <= pattern.Groups; g++)
            if (Spans[2 * g] < 0 || Spans[2 * g + 1] < Spans[2 * g]) Spans[2 * g] = Spans[2 * g + 1] = -1;
        LastIndex = regs[pattern.Program.LastIndexReg];
        Pos = pos;
        EndPos = endPos;
    }

    public override PyType Type => MatchType;

    public override string Repr()
    {
        // CPython formats the matched text with %.50R: its repr cut to 50 characters.
        string text = Group(0).Repr();
        if (text.Length > 50) text = TruncateCodePoints(text, 50);
        return $"<re.Match object; span=({Spans[0]}, {Spans[1]}), match={text}>";
    }

    private static string TruncateCodePoints(string s, int n)
    {
        int i = 0;
        for (int k = 0; k < n && i < s.Length; k++) i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length ? 2 : 1;
        return s[..i];
    }

    private int GroupIndexOf(PyObject g)
    {
        long i = -1;
        if (g is PyInt pi) i = pi.Value;
        else if (g is PyBool pb) i = pb.Value ? 1 : 0;
        else if (g is PyStr s)
        {
            if (Pattern.GroupIndex.TryGetValue(s.Value, out int gi)) i = gi;
        }
        else if (g is not PyBigInt && g.Type.Lookup("__index__") != null) i = Ops.Index(g);
        if (i < 0 || i > Pattern.Groups) throw Ops.IndexError("no such group");
        return (int)i;
    }

    public PyObject Group(int g, PyObject? dflt = null)
    {
        int s = Spans[2 * g], e = Spans[2 * g + 1];
        if (s < 0) return dflt ?? PyNone.Instance;
        return Subject.Slice(s, e);
    }

    public override PyObject GetItem(PyObject key) => Group(GroupIndexOf(key));

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "string": value = Subject.Original; return true;
            case "re": value = Pattern; return true;
            case "pos": value = PyInt.Get(Pos); return true;
            case "endpos": value = PyInt.Get(EndPos); return true;
            case "lastindex": value = LastIndex > 0 ? PyInt.Get(LastIndex) : PyNone.Instance; return true;
            case "lastgroup":
                value = LastIndex > 0 && Pattern.NameOfGroup[LastIndex] is { } n ? new PyStr(n) : PyNone.Instance;
                return true;
            case "regs":
            {
                var items = new PyObject[Pattern.Groups + 1];
                for (int g = 0; g <= Pattern.Groups; g++) items[g] = SpanTuple(g);
                value = new PyTuple(items);
                return true;
            }
        }
        return base.TryGetAttr(name, out value);
    }

    private PyTuple SpanTuple(int g) => new(new PyObject[] { PyInt.Get(Spans[2 * g]), PyInt.Get(Spans[2 * g + 1]) });

    private static PyType MakeType()
    {
        var t = new PyType("Match", new[] { PyType.ObjectType }) { Module = "re" };
        void M(string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);
        static void NoKw(string f, string[]? k) { if (k != null) throw Ops.TypeError($"{f}() takes no keyword arguments"); }
        M("group", (self, a, k) =>
        {
            NoKw("group", k);
            var m = (PyReMatch)self;
            if (a.Length == 0) return m.Group(0);
            if (a.Length == 1) return m.Group(m.GroupIndexOf(a[0]));
            var items = new PyObject[a.Length];
            for (int i = 0; i < a.Length; i++) items[i] = m.Group(m.GroupIndexOf(a[i]));
            return new PyTuple(items);
        });
        M("__getitem__", (self, a, k) => ((PyReMatch)self).GetItem(a[0]));
        M("groups", (self, a, k) =>
        {
            var r = ReArgs.Bind("groups", a, k, new[] { "default" }, 0);
            var m = (PyReMatch)self;
            var items = new PyObject[m.Pattern.Groups];
            for (int g = 1; g <= m.Pattern.Groups; g++) items[g - 1] = m.Group(g, r[0]);
            return new PyTuple(items);
        });
        M("groupdict", (self, a, k) =>
        {
            var r = ReArgs.Bind("groupdict", a, k, new[] { "default" }, 0);
            var m = (PyReMatch)self;
            var d = new PyDict();
            foreach (var n in m.Pattern.GroupNamesInOrder) d.SetItem(new PyStr(n), m.Group(m.Pattern.GroupIndex[n], r[0]));
            return d;
        });
        PyObject GroupArg(PyReMatch m, PyObject[] a, string f)
        {
            if (a.Length > 1) throw Ops.TypeError($"{f} expected at most 1 argument, got {a.Length}");
            return a.Length == 0 ? PyInt.Get(0) : a[0];
        }
        M("start", (self, a, k) => { NoKw("start", k); var m = (PyReMatch)self; return PyInt.Get(m.Spans[2 * m.GroupIndexOf(GroupArg(m, a, "start"))]); });
        M("end", (self, a, k) => { NoKw("end", k); var m = (PyReMatch)self; return PyInt.Get(m.Spans[2 * m.GroupIndexOf(GroupArg(m, a, "end")) + 1]); });
        M("span", (self, a, k) => { NoKw("span", k); var m = (PyReMatch)self; return m.SpanTuple(m.GroupIndexOf(GroupArg(m, a, "span"))); });
        M("expand", (self, a, k) =>
        {
            var r = ReArgs.Bind("expand", a, k, new[] { "template" }, 1);
            var m = (PyReMatch)self;
            var tpl = m.Pattern.GetTemplate(r[0]!);
            var sb = new StringBuilder();
            tpl.Expand(sb, m.Subject, m.Spans);
            return m.Subject.IsBytes ? new PyBytes(Encoding.Latin1.GetBytes(sb.ToString())) : new PyStr(sb.ToString());
        });
        M("__copy__", (self, a, k) => self);
        M("__deepcopy__", (self, a, k) => self);
        return t;
    }
}
