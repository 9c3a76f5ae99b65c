using System.Text;
using Krait.Runtime;

namespace Krait.Modules.Re;

/// <summary>re.Pattern: a compiled regular expression.</summary>
internal sealed class PyRePattern : PyObject
{
    public static readonly PyType PatternType = MakeType();

    public readonly PyObject Source;
    public readonly bool IsBytes;
    public readonly int Flags;
    public readonly ReProgram Program;
    /// <summary>Number of capture groups (group 0 not counted), as Pattern.groups.</summary>
    public readonly int Groups;
    public readonly Dictionary<string, int> GroupIndex;
    public readonly List<string> GroupNamesInOrder;
    public readonly string?[] NameOfGroup;
    private ReTemplate? _lastTemplate;
    private PyObject? _lastRepl;

    public PyRePattern(PyObject source, bool isBytes, int flags, ReProgram program, ReParseState st)
    {
        Source = source;
        IsBytes = isBytes;
        Flags = flags;
        Program = program;
        Groups = st.Groups - 1;
        GroupIndex = st.GroupDict;
        GroupNamesInOrder = st.GroupNames;
        NameOfGroup = new string?[st.Groups];
        foreach (var (n, i) in st.GroupDict) NameOfGroup[i] = n;
    }

    public override PyType Type => PatternType;

    public override string Repr()
    {
        string src = Source.Repr();
        if (src.Length > 200) src = src[..200];
        int shown = Flags & ~(IsBytes ? 0 : ReFlags.Unicode);
        return shown == 0 ? $"re.compile({src})" : $"re.compile({src}, {PyRegexFlag.FlagsRepr(shown)})";
    }

    public override long Hash() => Source.Hash() ^ Flags;

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyRePattern o) return base.RichCompare(other, op);
        bool eq = ReferenceEquals(this, o) || (Flags == o.Flags && IsBytes == o.IsBytes && Ops.EqBool(Source, o.Source));
        return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "pattern": value = Source; return true;
            case "flags": value = PyInt.Get(Flags); return true;
            case "groups": value = PyInt.Get(Groups); return true;
            case "groupindex":
            {
                var d = new PyDict();
                foreach (var n in GroupNamesInOrder) d.SetItem(new PyStr(n), PyInt.Get(GroupIndex[n]));
                value = d;
                return true;
            }
        }
        return base.TryGetAttr(name, out value);
    }

    // ---- operations ----

    public PyReMatch? Match(PyObject str, PyObject? posObj, PyObject? endObj, int mode)
    {
        var subj = ReSubject.From(str, IsBytes);
        int pos = ReArgs.Clamp(posObj, 0, subj.Length);
        int end = ReArgs.Clamp(endObj, subj.Length, subj.Length);
        var eng = subj.NewEngine(Program);
        bool ok = mode switch
        {
            0 => eng.MatchAt(pos, end, false),
            1 => pos <= end && eng.MatchAt(pos, end, true),
            _ => eng.Search(pos, end, false),
        };
        return ok ? new PyReMatch(this, subj, eng.Regs, pos, end) : null;
    }

    public PyObject FindAll(PyObject str, PyObject? posObj, PyObject? endObj)
    {
        var subj = ReSubject.From(str, IsBytes);
        int pos = ReArgs.Clamp(posObj, 0, subj.Length);
        int end = ReArgs.Clamp(endObj, subj.Length, subj.Length);
        var eng = subj.NewEngine(Program);
        var list = new PyList();
        bool must = false;
        while (pos <= end && eng.Search(pos, end, must))
        {
            var r = eng.Regs;
            int s = r[0], e = r[1];
            if (Groups == 0) list.Append(subj.Slice(s, e));
            else if (Groups == 1) list.Append(GroupOrEmpty(subj, r, 1));
            else
            {
                var items = new PyObject[Groups];
                for (int g = 1; g <= Groups; g++) items[g - 1] = GroupOrEmpty(subj, r, g);
                list.Append(new PyTuple(items));
            }
            must = s == e;
            pos = e;
        }
        return list;
    }

    private static PyObject GroupOrEmpty(ReSubject subj, int[] r, int g)
    {
        int s = r[2 * g], e = r[2 * g + 1];
        return s >= 0 && e >= s ? subj.Slice(s, e) : subj.Empty;
    }

    public IEnumerable<PyObject> FindIter(PyObject str, PyObject? posObj, PyObject? endObj)
    {
        var subj = ReSubject.From(str, IsBytes);
        int pos = ReArgs.Clamp(posObj, 0, subj.Length);
        int end = ReArgs.Clamp(endObj, subj.Length, subj.Length);
        return FindIterCore(subj, pos, end);
    }

    private IEnumerable<PyObject> FindIterCore(ReSubject subj, int pos, int end)
    {
        var eng = subj.NewEngine(Program);
        bool must = false;
        while (pos <= end && eng.Search(pos, end, must))
        {
            var m = new PyReMatch(this, subj, eng.Regs, pos, end);
            int s = m.Spans[0], e = m.Spans[1];
            yield return m;
            must = s == e;
            pos = e;
        }
    }

    public PyObject Split(PyObject str, long maxsplit)
    {
        var subj = ReSubject.From(str, IsBytes);
        var list = new PyList();
        var eng = subj.NewEngine(Program);
        int pos = 0, last = 0, n = 0;
        bool must = false;
        while (maxsplit >= 0 && (maxsplit == 0 || n < maxsplit) && eng.Search(pos, subj.Length, must))
        {
            var r = eng.Regs;
            int s = r[0], e = r[1];
            list.Append(subj.Slice(last, s));
            for (int g = 1; g <= Groups; g++)
            {
                int gs = r[2 * g], ge = r[2 * g + 1];
                list.Append(gs >= 0 && ge >= gs ? subj.Slice(gs, ge) : PyNone.Instance);
            }
            n++;
            last = e;
            must = s == e;
            pos = e;
        }
        list.Append(subj.Slice(last, subj.Length));
        return list;
    }

    public PyObject Sub(PyObject repl, PyObject str, long count, bool withCount)
    {
        var subj = ReSubject.From(str, IsBytes);
        ReTemplate? template = null;
        PyObject? func = null;
        string? literal = null;
        if (repl is PyStr || repl is PyBytes || repl is PyByteArray)
        {
            if (repl is PyStr != !IsBytes)
            {
                if (IsBytes) throw Ops.TypeError($"a bytes-like object is required, not '{repl.Type.TpName}'");
                throw Ops.TypeError($"expected str instance, {repl.Type.TpName} found");
            }
            template = GetTemplate(repl);
            if (template.IsLiteral) literal = template.Items.Count == 0 ? "" : template.Items[0].Lit;
        }
        else func = repl;

        var eng = subj.NewEngine(Program);
        if (literal != null && subj.Cps == null) return SubLiteral(eng, subj, str, literal, count, withCount);
        var sb = new StringBuilder(subj.Length);
        int pos = 0, last = 0, n = 0, items = 0;
        bool must = false;
        int len = subj.Length;
        while (count >= 0 && (count == 0 || n < count) && eng.Search(pos, len, must))
        {
            var r = eng.Regs;
            int s = r[0], e = r[1];
            if (last < s) { subj.AppendSlice(sb, last, s); items++; }
            if (literal != null) { sb.Append(literal); items++; }
            else if (template != null) { template.Expand(sb, subj, r); items++; }
            else
            {
                var m = new PyReMatch(this, subj, r, 0, len);
                var res = func!.Call1(m);
                if (res != PyNone.Instance)
                {
                    if (IsBytes)
                    {
                        byte[]? b = res is PyBytes pb ? pb.Value : res is PyByteArray ba ? ba.ToArray() : null;
                        if (b == null) throw Ops.TypeError($"sequence item {items}: expected a bytes-like object, {res.Type.TpName} found");
                        sb.Append(Encoding.Latin1.GetString(b));
                    }
                    else
                    {
                        if (res is not PyStr rs) throw Ops.TypeError($"sequence item {items}: expected str instance, {res.Type.TpName} found");
                        sb.Append(rs.Value);
                    }
                    items++;
                }
            }
            n++;
            last = e;
            must = s == e;
            pos = e;
        }
        PyObject result;
        if (n == 0 && (str is PyStr || str is PyBytes)) result = str;
        else
        {
            subj.AppendSlice(sb, last, len);
            result = IsBytes ? new PyBytes(Encoding.Latin1.GetBytes(sb.ToString())) : new PyStr(sb.ToString());
        }
        return withCount ? new PyTuple(new[] { result, PyInt.Get(n) }) : result;
    }

    /// <summary>sub with a plain replacement: collect the match spans first, then build the result in one
    /// allocation of the exact size (no builder growth or second copy on multi-megabyte subjects).</summary>
    private PyObject SubLiteral(ReEngine eng, ReSubject subj, PyObject str, string literal, long count, bool withCount)
    {
        var spans = new List<int>();
        int pos = 0, n = 0, len = subj.Length;
        bool must = false;
        long removed = 0;
        while (count >= 0 && (count == 0 || n < count) && eng.Search(pos, len, must))
        {
            var r = eng.Regs;
            int s = r[0], e = r[1];
            spans.Add(s);
            spans.Add(e);
            removed += e - s;
            n++;
            must = s == e;
            pos = e;
        }
        PyObject result;
        if (n == 0 && (str is PyStr || str is PyBytes)) result = str;
        else
        {
            long total = len - removed + (long)n * literal.Length;
            if (total > int.MaxValue) throw Ops.OverflowError("replace string is too long");
            var src = subj.Str!;
            if (IsBytes)
            {
                var bytes = new byte[total];
                var lit = Encoding.Latin1.GetBytes(literal);
                var from = subj.Bytes!;
                int w = 0, last = 0;
                for (int i = 0; i < spans.Count; i += 2)
                {
                    Array.Copy(from, last, bytes, w, spans[i] - last);
                    w += spans[i] - last;
                    Array.Copy(lit, 0, bytes, w, lit.Length);
                    w += lit.Length;
                    last = spans[i + 1];
                }
                Array.Copy(from, last, bytes, w, len - last);
                result = new PyBytes(bytes);
            }
            else
            {
                var text = string.Create((int)total, (src, spans, literal), static (dst, st) =>
                {
                    var (from, sp, lit) = st;
                    int w = 0, last = 0;
                    for (int i = 0; i < sp.Count; i += 2)
                    {
                        from.AsSpan(last, sp[i] - last).CopyTo(dst.Slice(w));
                        w += sp[i] - last;
                        lit.AsSpan().CopyTo(dst.Slice(w));
                        w += lit.Length;
                        last = sp[i + 1];
                    }
                    from.AsSpan(last).CopyTo(dst.Slice(w));
                });
                result = new PyStr(text);
            }
        }
        return withCount ? new PyTuple(new[] { result, PyInt.Get(n) }) : result;
    }

    public ReTemplate GetTemplate(PyObject repl)
    {
        if (_lastTemplate != null && _lastRepl != null && ReferenceEquals(_lastRepl, repl)) return _lastTemplate;
        int[] src = repl is PyStr s ? s.CodePoints() : Array.ConvertAll(repl is PyBytes b ? b.Value : ((PyByteArray)repl).ToArray(), x => (int)x);
        var t = ReTemplate.Parse(src, IsBytes, this, repl);
        _lastTemplate = t;
        _lastRepl = repl;
        return t;
    }

    // ---- the Pattern type ----

    private static PyType MakeType()
    {
        var t = new PyType("Pattern", new[] { PyType.ObjectType }) { Module = "re" };
        void M(string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);
        PyObject Opt(PyReMatch? m) => (PyObject?)m ?? PyNone.Instance;
        M("match", (self, a, k) =>
        {
            var r = ReArgs.Bind("match", a, k, new[] { "string", "pos", "endpos" }, 1);
            return Opt(((PyRePattern)self).Match(r[0]!, r[1], r[2], 0));
        });
        M("fullmatch", (self, a, k) =>
        {
            var r = ReArgs.Bind("fullmatch", a, k, new[] { "string", "pos", "endpos" }, 1);
            return Opt(((PyRePattern)self).Match(r[0]!, r[1], r[2], 1));
        });
        M("search", (self, a, k) =>
        {
            var r = ReArgs.Bind("search", a, k, new[] { "string", "pos", "endpos" }, 1);
            return Opt(((PyRePattern)self).Match(r[0]!, r[1], r[2], 2));
        });
        M("findall", (self, a, k) =>
        {
            var r = ReArgs.Bind("findall", a, k, new[] { "string", "pos", "endpos" }, 1);
            return ((PyRePattern)self).FindAll(r[0]!, r[1], r[2]);
        });
        M("finditer", (self, a, k) =>
        {
            var r = ReArgs.Bind("finditer", a, k, new[] { "string", "pos", "endpos" }, 1);
            return new EnumeratorIterator(((PyRePattern)self).FindIter(r[0]!, r[1], r[2]), CallableIteratorType);
        });
        M("split", (self, a, k) =>
        {
            var r = ReArgs.Bind("split", a, k, new[] { "string", "maxsplit" }, 1);
            return ((PyRePattern)self).Split(r[0]!, ReArgs.Int(r[1], 0));
        });
        M("sub", (self, a, k) =>
        {
            var r = ReArgs.Bind("sub", a, k, new[] { "repl", "string", "count" }, 2);
            return ((PyRePattern)self).Sub(r[0]!, r[1]!, ReArgs.Int(r[2], 0), false);
        });
        M("subn", (self, a, k) =>
        {
            var r = ReArgs.Bind("subn", a, k, new[] { "repl", "string", "count" }, 2);
            return ((PyRePattern)self).Sub(r[0]!, r[1]!, ReArgs.Int(r[2], 0), true);
        });
        M("__copy__", (self, a, k) => self);
        M("__deepcopy__", (self, a, k) => self);
        return t;
    }

    public static PyType CallableIteratorType => IteratorTypes.Callable;
}
