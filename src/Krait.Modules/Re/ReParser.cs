using System.Text;

namespace Krait.Modules.Re;

/// <summary>A pattern syntax error: re.error's message and position (null when CPython gives none).</summary>
internal sealed class ReSyntaxError : Exception
{
    public readonly string Msg;
    public readonly int? Pos;
    public ReSyntaxError(string msg, int? pos) : base(msg) { Msg = msg; Pos = pos; }
}

/// <summary>A ValueError/OverflowError the parser raises (bad flag combinations, huge repeat counts).</summary>
internal sealed class ReValueError : Exception
{
    public readonly bool Overflow;
    public ReValueError(string msg, bool overflow = false) : base(msg) { Overflow = overflow; }
}

/// <summary>The pattern nests deeper than CPython's parser can recurse (RecursionError there).</summary>
internal sealed class ReRecursionError : Exception { }

internal static class ReFlags
{
    public const int Template = 1, IgnoreCase = 2, Locale = 4, Multiline = 8, DotAll = 16, Unicode = 32,
        Verbose = 64, Debug = 128, Ascii = 256;
    public const int TypeFlags = Ascii | Locale | Unicode;
    public const int GlobalFlags = Debug | Template;

    public static int FromLetter(int c) => c switch
    {
        'i' => IgnoreCase, 'L' => Locale, 'm' => Multiline, 's' => DotAll, 'x' => Verbose, 'a' => Ascii,
        't' => Template, 'u' => Unicode, _ => 0,
    };
}

internal sealed class ReParseState
{
    public int Flags;
    public readonly Dictionary<string, int> GroupDict = new();
    public readonly List<string> GroupNames = new();
    public readonly List<(int, int)?> GroupWidths = new() { null };
    public int? LookbehindGroups;
    public readonly Dictionary<int, int> GroupRefPos = new();
    public int Groups => GroupWidths.Count;
    public bool IsText;

    public bool CheckGroup(int gid) => gid < Groups && GroupWidths[gid] != null;
}

/// <summary>Parses Python's regular expression syntax (sre_parse's grammar, messages and error positions).</summary>
internal sealed class ReParser
{
    public const int MaxRepeat = int.MaxValue;
    private const int MaxGroups = int.MaxValue / 2;

    private readonly int[] _p;
    private readonly ReParseState _st;
    private int _index;
    // The next token: one character, or a backslash and the character after it.
    private int _next0 = -1, _next1 = -1;

    private ReParser(int[] pattern, ReParseState st)
    {
        _p = pattern;
        _st = st;
        Advance();
    }

    public static (ReNode Root, ReParseState State) Parse(int[] pattern, bool isText, int flags)
    {
        var st = new ReParseState { Flags = flags, IsText = isText };
        var parser = new ReParser(pattern, st);
        var root = parser.ParseSub((flags & ReFlags.Verbose) != 0, 0, 0, 0);
        st.Flags = FixFlags(isText, st.Flags);
        if (parser._next0 != -1) throw parser.Error("unbalanced parenthesis");
        foreach (var (g, pos) in st.GroupRefPos)
            if (g >= st.Groups) throw new ReSyntaxError($"invalid group reference {g}", pos);
        return (root, st);
    }

    public static int FixFlags(bool isText, int flags)
    {
        if (isText)
        {
            if ((flags & ReFlags.Locale) != 0) throw new ReValueError("cannot use LOCALE flag with a str pattern");
            if ((flags & ReFlags.Ascii) == 0) flags |= ReFlags.Unicode;
            else if ((flags & ReFlags.Unicode) != 0) throw new ReValueError("ASCII and UNICODE flags are incompatible");
        }
        else
        {
            if ((flags & ReFlags.Unicode) != 0) throw new ReValueError("cannot use UNICODE flag with a bytes pattern");
            if ((flags & ReFlags.Locale) != 0 && (flags & ReFlags.Ascii) != 0)
                throw new ReValueError("ASCII and LOCALE flags are incompatible");
        }
        return flags;
    }

    // ---- tokenizer ----

    private void Advance()
    {
        int i = _index;
        if (i >= _p.Length) { _next0 = _next1 = -1; return; }
        int c = _p[i];
        if (c == '\\')
        {
            i++;
            if (i >= _p.Length) throw new ReSyntaxError("bad escape (end of pattern)", _p.Length - 1);
            _next0 = '\\';
            _next1 = _p[i];
        }
        else { _next0 = c; _next1 = -1; }
        _index = i + 1;
    }

    private int TokLen(int a, int b) => a == -1 ? 0 : b == -1 ? 1 : 2;
    private int Tell() => _index - TokLen(_next0, _next1);
    private void Seek(int index) { _index = index; Advance(); }
    private bool NextIs(int c) => _next0 == c && _next1 == -1;
    private bool NextIsEnd => _next0 == -1;

    private bool Match(int c)
    {
        if (NextIs(c)) { Advance(); return true; }
        return false;
    }

    private (int A, int B) Get()
    {
        var t = (_next0, _next1);
        Advance();
        return t;
    }

    private static string TokStr((int A, int B) t) =>
        t.A == -1 ? "" : t.B == -1 ? Cp(t.A) : "\\" + Cp(t.B);

    private static string Cp(int c) => c < 0x10000 ? ((char)c).ToString() : char.ConvertFromUtf32(c);

    private string GetWhile(int n, Func<int, bool> pred)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            if (_next1 != -1 || _next0 == -1 || !pred(_next0)) break;
            sb.Append(Cp(_next0));
            Advance();
        }
        return sb.ToString();
    }

    private string GetUntil(int terminator, string name)
    {
        var sb = new StringBuilder();
        int count = 0;
        while (true)
        {
            var t = Get();
            if (t.A == -1)
            {
                if (count == 0) throw Error("missing " + name);
                throw Error($"missing {Cp(terminator)}, unterminated name", count);
            }
            if (t.A == terminator && t.B == -1)
            {
                if (count == 0) throw Error("missing " + name, 1);
                break;
            }
            sb.Append(TokStr(t));
            count += TokLen(t.A, t.B);
        }
        return sb.ToString();
    }

    private ReSyntaxError Error(string msg, int offset = 0)
    {
        if (!_st.IsText) msg = AsciiBackslash(msg);
        return new ReSyntaxError(msg, Tell() - offset);
    }

    private static string AsciiBackslash(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
        {
            if (c < 128) sb.Append(c);
            else if (c < 256) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else sb.Append("\\u").Append(((int)c).ToString("x4"));
        }
        return sb.ToString();
    }

    private static int Len(string s) => s.Length - CountSurrogatePairs(s);

    private static int CountSurrogatePairs(string s)
    {
        int n = 0;
        foreach (char c in s) if (char.IsHighSurrogate(c)) n++;
        return n;
    }

    private void CheckGroupName(string name, int offset)
    {
        if (!IsIdentifier(name)) throw Error($"bad character in group name {PyStrRepr(name)}", Len(name) + offset);
    }

    internal static string PyStrRepr(string s) => Krait.Syntax.Text.PyRepr.String(s);

    internal static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length) { c = char.ConvertToUtf32(s[i], s[i + 1]); i++; }
            bool ok;
            if (c < 128) ok = c == '_' || char.IsAsciiLetter((char)c) || (i > 0 && char.IsAsciiDigit((char)c));
            else
            {
                var cat = Krait.Syntax.Unicode.UnicodeCategories.Get(c);
                ok = cat[0] == 'L' || cat == "Nl" || (i > 0 && (cat == "Mn" || cat == "Mc" || cat == "Nd" || cat == "Pc"));
            }
            if (!ok) return false;
        }
        return true;
    }

    // ---- node flags ----

    private int Eff(int add, int del) => (_st.Flags | add) & ~del;
    private bool IgnoreCase(int f) => (f & ReFlags.IgnoreCase) != 0;
    private bool UnicodeMode(int f) => _st.IsText && (f & (ReFlags.Ascii | ReFlags.Locale)) == 0;
    private CaseMode CaseFor(int f) => !IgnoreCase(f) ? CaseMode.None : UnicodeMode(f) ? CaseMode.Unicode : CaseMode.Ascii;

    private ReNode Literal(int c, int f, bool negated = false)
    {
        var cm = CaseFor(f);
        if (cm == CaseMode.None) return new CharNode(c, CaseMode.None, negated);
        if (cm == CaseMode.Unicode && ReCase.HasVariants(c) && ReCase.Variants(c).Length > 2)
        {
            // Three or more spellings (k, K, KELVIN SIGN): a set is the simplest exact test.
            var set = new ReCharSet { Case = cm, Negated = negated, UnicodeCategories = true };
            set.AddChar(c);
            set.Finish();
            return new SetNode(set);
        }
        return new CharNode(c, cm, negated);
    }

    // ---- grammar ----

    private enum Kind { Other, At, Repeat }

    // CPython's recursive parser exceeds its recursion limit at about this many nested groups; refusing at the same
    // depth also bounds every recursive walk of the tree here.
    private const int MaxNesting = 496;
    private int _depth;

    private ReNode ParseSub(bool verbose, int nested, int add, int del)
    {
        if (++_depth > MaxNesting) throw new ReRecursionError();
        try { return ParseSubInner(verbose, nested, add, del); }
        finally { _depth--; }
    }

    private ReNode ParseSubInner(bool verbose, int nested, int add, int del)
    {
        var branches = new List<ReNode>();
        while (true)
        {
            branches.Add(ParseSeq(ref verbose, nested + 1, nested == 0 && branches.Count == 0, add, del));
            if (!Match('|')) break;
            if (nested == 0) verbose = (_st.Flags & ReFlags.Verbose) != 0;
        }
        if (branches.Count == 1) return branches[0];
        var alt = new AltNode();
        alt.Branches.AddRange(branches);
        return alt;
    }

    private ReNode ParseSeq(ref bool verbose, int nested, bool first, int add, int del)
    {
        var items = new List<ReNode>();
        var kinds = new List<Kind>();
        while (true)
        {
            if (NextIsEnd) break;
            if (NextIs('|') || NextIs(')')) break;
            var tok = Get();
            int f = Eff(add, del);
            if (verbose)
            {
                if (tok.B == -1 && tok.A is ' ' or '\t' or '\n' or '\r' or '\v' or '\f') continue;
                if (tok.B == -1 && tok.A == '#')
                {
                    while (true)
                    {
                        var t = Get();
                        if (t.A == -1 || (t.A == '\n' && t.B == -1)) break;
                    }
                    continue;
                }
            }
            if (tok.B != -1)
            {
                var (node, isAt) = Escape(tok, f);
                items.Add(node);
                kinds.Add(isAt ? Kind.At : Kind.Other);
                continue;
            }
            int c = tok.A;
            switch (c)
            {
                case '[':
                    items.Add(ParseClass(f));
                    kinds.Add(Kind.Other);
                    break;
                case '?': case '*': case '+': case '{':
                {
                    int here = Tell();
                    int min, max;
                    if (c == '?') { min = 0; max = 1; }
                    else if (c == '*') { min = 0; max = MaxRepeat; }
                    else if (c == '+') { min = 1; max = MaxRepeat; }
                    else
                    {
                        if (NextIs('}')) { items.Add(Literal('{', f)); kinds.Add(Kind.Other); break; }
                        min = 0; max = MaxRepeat;
                        string lo = GetWhile(int.MaxValue, IsDigit), hi;
                        if (Match(',')) hi = GetWhile(int.MaxValue, IsDigit);
                        else hi = lo;
                        if (!Match('}'))
                        {
                            items.Add(Literal('{', f));
                            kinds.Add(Kind.Other);
                            Seek(here);
                            break;
                        }
                        if (lo.Length > 0) min = ParseCount(lo);
                        if (hi.Length > 0)
                        {
                            max = ParseCount(hi);
                            if (max < min) throw Error("min repeat greater than max repeat", Tell() - here);
                        }
                    }
                    if (items.Count == 0 || kinds[^1] == Kind.At)
                        throw Error("nothing to repeat", Tell() - here + 1);
                    if (kinds[^1] == Kind.Repeat)
                        throw Error("multiple repeat", Tell() - here + 1);
                    var kind = RepeatKind.Greedy;
                    if (Match('?')) kind = RepeatKind.Lazy;
                    else if (Match('+')) kind = RepeatKind.Possessive;
                    items[^1] = new RepeatNode(items[^1], min, max, kind);
                    kinds[^1] = Kind.Repeat;
                    break;
                }
                case '.':
                    items.Add(new AnyNode((f & ReFlags.DotAll) != 0));
                    kinds.Add(Kind.Other);
                    break;
                case '(':
                {
                    var node = ParseGroup(ref verbose, nested, first && items.Count == 0, add, del);
                    if (node != null) { items.Add(node); kinds.Add(Kind.Other); }
                    break;
                }
                case '^':
                    items.Add(new AtNode((f & ReFlags.Multiline) != 0 ? AtKind.BeginLine : AtKind.BeginString));
                    kinds.Add(Kind.At);
                    break;
                case '$':
                    items.Add(new AtNode((f & ReFlags.Multiline) != 0 ? AtKind.EndLine : AtKind.End));
                    kinds.Add(Kind.At);
                    break;
                default:
                    items.Add(Literal(c, f));
                    kinds.Add(Kind.Other);
                    break;
            }
        }
        if (items.Count == 1) return items[0];
        var seq = new SeqNode();
        seq.Items.AddRange(items);
        return seq;
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    private static int ParseCount(string digits)
    {
        // CPython's MAXREPEAT is 2**32-1; counts at or above it raise OverflowError.
        if (digits.TrimStart('0').Length > 10 || ulong.Parse(digits) >= 4294967295UL)
            throw new ReValueError("the repetition number is too large", overflow: true);
        ulong v = ulong.Parse(digits);
        return v >= int.MaxValue ? int.MaxValue - 1 : (int)v;
    }

    /// <summary>Parses after '('; null for constructs that add no item (comments, global flags).</summary>
    private ReNode? ParseGroup(ref bool verbose, int nested, bool first, int add, int del)
    {
        int start = Tell() - 1;
        bool capture = true, atomic = false;
        string? name = null;
        int addF = 0, delF = 0;
        if (Match('?'))
        {
            var t = Get();
            if (t.A == -1) throw Error("unexpected end of pattern");
            int ch = t.B == -1 ? t.A : -2;
            if (ch == 'P')
            {
                if (Match('<'))
                {
                    name = GetUntil('>', "group name");
                    CheckGroupName(name, 1);
                }
                else if (Match('='))
                {
                    name = GetUntil(')', "group name");
                    CheckGroupName(name, 1);
                    if (!_st.GroupDict.TryGetValue(name, out int gid))
                        throw Error($"unknown group name {PyStrRepr(name)}", Len(name) + 1);
                    if (!_st.CheckGroup(gid)) throw Error("cannot refer to an open group", Len(name) + 1);
                    CheckLookbehindGroup(gid);
                    return new BackrefNode(gid, CaseFor(Eff(add, del)));
                }
                else
                {
                    var t2 = Get();
                    if (t2.A == -1) throw Error("unexpected end of pattern");
                    throw Error("unknown extension ?P" + TokStr(t2), TokLen(t2.A, t2.B) + 2);
                }
            }
            else if (ch == ':') capture = false;
            else if (ch == '#')
            {
                while (true)
                {
                    if (NextIsEnd) throw Error("missing ), unterminated comment", Tell() - start);
                    var g = Get();
                    if (g.A == ')' && g.B == -1) break;
                }
                return null;
            }
            else if (ch == '=' || ch == '!' || ch == '<')
            {
                bool behind = false;
                int? savedLb = null;
                bool setLb = false;
                if (ch == '<')
                {
                    var t2 = Get();
                    if (t2.A == -1) throw Error("unexpected end of pattern");
                    if (!(t2.B == -1 && (t2.A == '=' || t2.A == '!')))
                        throw Error("unknown extension ?<" + TokStr(t2), TokLen(t2.A, t2.B) + 2);
                    ch = t2.A;
                    behind = true;
                    savedLb = _st.LookbehindGroups;
                    if (savedLb == null) { _st.LookbehindGroups = _st.Groups; setLb = true; }
                }
                var body = ParseSub(verbose, nested + 1, add, del);
                if (behind && setLb) _st.LookbehindGroups = null;
                if (!Match(')')) throw Error("missing ), unterminated subpattern", Tell() - start);
                int width = 0;
                if (behind)
                {
                    var (lo, hi) = body.Width(_st);
                    if (lo != hi) throw new ReSyntaxError("look-behind requires fixed-width pattern", null);
                    width = lo;
                }
                return new AssertNode(body, behind, ch == '!') { BehindWidth = width };
            }
            else if (ch == '(')
            {
                string condName = GetUntil(')', "group name");
                int condGroup;
                if (IsIdentifier(condName))
                {
                    if (!_st.GroupDict.TryGetValue(condName, out condGroup))
                        throw Error($"unknown group name {PyStrRepr(condName)}", Len(condName) + 1);
                }
                else
                {
                    if (!IsAsciiDecimal(condName, out condGroup))
                        throw Error($"bad character in group name {PyStrRepr(condName)}", Len(condName) + 1);
                    if (condGroup == 0) throw Error("bad group number", Len(condName) + 1);
                    if (condGroup >= MaxGroups) throw Error($"invalid group reference {condGroup}", Len(condName) + 1);
                    if (!_st.GroupRefPos.ContainsKey(condGroup))
                        _st.GroupRefPos[condGroup] = Tell() - Len(condName) - 1;
                }
                CheckLookbehindGroup(condGroup);
                bool v = verbose;
                var yes = ParseSeq(ref v, nested + 1, false, add, del);
                ReNode? no = null;
                if (Match('|'))
                {
                    v = verbose;
                    no = ParseSeq(ref v, nested + 1, false, add, del);
                    if (NextIs('|')) throw Error("conditional backref with more than two branches");
                }
                if (!Match(')')) throw Error("missing ), unterminated subpattern", Tell() - start);
                return new CondNode(condGroup, yes, no);
            }
            else if (ch == '>') { capture = false; atomic = true; }
            else if (ch != -2 && (ReFlags.FromLetter(ch) != 0 || ch == '-'))
            {
                var flags = ParseFlags(ch);
                if (flags == null)
                {
                    if (!first) throw Error("global flags not at the start of the expression", Tell() - start);
                    verbose = (_st.Flags & ReFlags.Verbose) != 0;
                    return null;
                }
                (addF, delF) = flags.Value;
                capture = false;
            }
            else
            {
                throw Error("unknown extension ?" + TokStr(t), TokLen(t.A, t.B) + 1);
            }
        }
        int group = -1;
        if (capture)
        {
            group = _st.Groups;
            _st.GroupWidths.Add(null);
            if (name != null)
            {
                if (_st.GroupDict.TryGetValue(name, out int ogid))
                    throw Error($"redefinition of group name {PyStrRepr(name)} as group {group}; was group {ogid}", Len(name) + 1);
                _st.GroupDict[name] = group;
                _st.GroupNames.Add(name);
            }
        }
        int subAdd = (add | addF) & ~delF, subDel = (del | delF) & ~addF;
        bool subVerbose = (verbose || (addF & ReFlags.Verbose) != 0) && (delF & ReFlags.Verbose) == 0;
        var p = ParseSub(subVerbose, nested + 1, subAdd, subDel);
        if (!Match(')')) throw Error("missing ), unterminated subpattern", Tell() - start);
        if (group >= 0)
        {
            _st.GroupWidths[group] = p.Width(_st);
            return new GroupNode(group, p);
        }
        if (atomic) return new AtomicNode(p);
        return p is SeqNode or AltNode ? WrapNonCapture(p) : p;
    }

    // A non-capturing group is its body; a wrapper keeps "(?:a*)*" from counting as a multiple repeat.
    private static ReNode WrapNonCapture(ReNode p)
    {
        var s = new SeqNode();
        s.Items.Add(p);
        return s;
    }

    private static bool IsAsciiDecimal(string s, out int value)
    {
        value = 0;
        if (s.Length == 0) return false;
        long v = 0;
        foreach (char c in s)
        {
            if (c < '0' || c > '9') return false;
            v = Math.Min(v * 10 + (c - '0'), int.MaxValue);
        }
        value = (int)v;
        return true;
    }

    private void CheckLookbehindGroup(int gid)
    {
        if (_st.LookbehindGroups != null)
        {
            if (!_st.CheckGroup(gid)) throw Error("cannot refer to an open group");
            if (gid >= _st.LookbehindGroups) throw Error("cannot refer to group defined in the same lookbehind subpattern");
        }
    }

    private (int, int)? ParseFlags(int ch)
    {
        int add = 0, del = 0;
        (int A, int B) t = (ch, -1);
        if (ch != '-')
        {
            while (true)
            {
                int flag = ReFlags.FromLetter(t.A);
                if (_st.IsText)
                {
                    if (t.A == 'L') throw Error("bad inline flags: cannot use 'L' flag with a str pattern");
                }
                else if (t.A == 'u') throw Error("bad inline flags: cannot use 'u' flag with a bytes pattern");
                add |= flag;
                if ((flag & ReFlags.TypeFlags) != 0 && (add & ReFlags.TypeFlags) != flag)
                    throw Error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
                t = Get();
                if (t.A == -1) throw Error("missing -, : or )");
                if (t.B == -1 && (t.A == ')' || t.A == '-' || t.A == ':')) break;
                if (t.B != -1 || ReFlags.FromLetter(t.A) == 0)
                    throw Error(IsAlpha(t) ? "unknown flag" : "missing -, : or )", TokLen(t.A, t.B));
            }
        }
        if (t.A == ')')
        {
            _st.Flags |= add;
            return null;
        }
        if ((add & ReFlags.GlobalFlags) != 0) throw Error("bad inline flags: cannot turn on global flag", 1);
        if (t.A == '-')
        {
            t = Get();
            if (t.A == -1) throw Error("missing flag");
            if (t.B != -1 || ReFlags.FromLetter(t.A) == 0)
                throw Error(IsAlpha(t) ? "unknown flag" : "missing flag", TokLen(t.A, t.B));
            while (true)
            {
                int flag = ReFlags.FromLetter(t.A);
                if ((flag & ReFlags.TypeFlags) != 0) throw Error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
                del |= flag;
                t = Get();
                if (t.A == -1) throw Error("missing :");
                if (t.B == -1 && t.A == ':') break;
                if (t.B != -1 || ReFlags.FromLetter(t.A) == 0)
                    throw Error(IsAlpha(t) ? "unknown flag" : "missing :", TokLen(t.A, t.B));
            }
        }
        if ((del & ReFlags.GlobalFlags) != 0) throw Error("bad inline flags: cannot turn off global flag", 1);
        if ((add & del) != 0) throw Error("bad inline flags: flag turned on and off", 1);
        return (add, del);
    }

    private static bool IsAlpha((int A, int B) t) =>
        t.B == -1 && (t.A < 128 ? char.IsAsciiLetter((char)t.A) : Krait.Syntax.Unicode.UnicodeCategories.Get(t.A)[0] == 'L');

    // ---- escapes ----

    private static int SimpleEscape(int c) => c switch
    {
        'a' => 7, 'b' => 8, 'f' => 12, 'n' => 10, 'r' => 13, 't' => 9, 'v' => 11, '\\' => '\\', _ => -1,
    };

    private static bool IsHex(int c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
    private static bool IsOct(int c) => c is >= '0' and <= '7';

    private ReCharSet CategorySet(ReCategory cat, int f)
    {
        var s = new ReCharSet { UnicodeCategories = UnicodeMode(f) };
        s.AddCategory(cat);
        s.Finish();
        return s;
    }

    private static ReCategory CategoryOf(int c) => c switch
    {
        'd' => ReCategory.Digit, 'D' => ReCategory.NotDigit, 's' => ReCategory.Space, 'S' => ReCategory.NotSpace,
        'w' => ReCategory.Word, 'W' => ReCategory.NotWord, _ => ReCategory.None,
    };

    /// <summary>An escape outside a class: a node, and whether it is an anchor (cannot be repeated).</summary>
    private (ReNode, bool) Escape((int A, int B) tok, int f)
    {
        int c = tok.B;
        switch (c)
        {
            case 'A': return (new AtNode(AtKind.BeginString), true);
            case 'Z': return (new AtNode(AtKind.EndString), true);
            case 'b': return (new AtNode(UnicodeMode(f) ? AtKind.UniBoundary : AtKind.Boundary), true);
            case 'B': return (new AtNode(UnicodeMode(f) ? AtKind.UniNonBoundary : AtKind.NonBoundary), true);
        }
        var cat = CategoryOf(c);
        if (cat != ReCategory.None) return (new SetNode(CategorySet(cat, f)), false);
        int simple = SimpleEscape(c);
        if (simple >= 0) return (Literal(simple, f), false);
        string escape = "\\" + Cp(c);
        int v = CommonEscape(ref escape, c);
        if (v >= 0) return (Literal(v, f), false);
        if (c == '0')
        {
            escape += GetWhile(2, IsOct);
            return (Literal(Convert.ToInt32(escape[1..], 8), f), false);
        }
        if (IsDigit(c))
        {
            if (_next1 == -1 && IsDigit(_next0))
            {
                escape += Cp(Get().A);
                if (IsOct(escape[1]) && IsOct(escape[2]) && _next1 == -1 && IsOct(_next0))
                {
                    escape += Cp(Get().A);
                    int oct = Convert.ToInt32(escape[1..], 8);
                    if (oct > 0xFF) throw Error($"octal escape value {escape} outside of range 0-0o377", escape.Length);
                    return (Literal(oct, f), false);
                }
            }
            int group = int.Parse(escape[1..]);
            if (group < _st.Groups)
            {
                if (!_st.CheckGroup(group)) throw Error("cannot refer to an open group", escape.Length);
                CheckLookbehindGroup(group);
                return (new BackrefNode(group, CaseFor(f)), false);
            }
            throw Error($"invalid group reference {group}", escape.Length - 1);
        }
        if (c < 128 && char.IsAsciiLetter((char)c)) throw Error("bad escape " + escape, 2);
        return (Literal(c, f), false);
    }

    /// <summary>\x \u \U \N escapes shared by both contexts; -1 when c starts none of them.</summary>
    private int CommonEscape(ref string escape, int c)
    {
        if (c == 'x')
        {
            escape += GetWhile(2, IsHex);
            if (escape.Length != 4) throw Error("incomplete escape " + escape, escape.Length);
            return Convert.ToInt32(escape[2..], 16);
        }
        if (c == 'u' && _st.IsText)
        {
            escape += GetWhile(4, IsHex);
            if (escape.Length != 6) throw Error("incomplete escape " + escape, escape.Length);
            return Convert.ToInt32(escape[2..], 16);
        }
        if (c == 'U' && _st.IsText)
        {
            escape += GetWhile(8, IsHex);
            if (escape.Length != 10) throw Error("incomplete escape " + escape, escape.Length);
            long v = Convert.ToInt64(escape[2..], 16);
            if (v > 0x10FFFF) throw Error("bad escape " + escape, escape.Length);
            return (int)v;
        }
        if (c == 'N' && _st.IsText)
        {
            if (!Match('{')) throw Error("missing {");
            string charName = GetUntil('}', "character name");
            if (!Krait.Syntax.Unicode.UnicodeNames.TryLookup(charName, out int cp))
                throw Error($"undefined character name {PyStrRepr(charName)}", Len(charName) + 4);
            return cp;
        }
        return -1;
    }

    /// <summary>An escape inside [...]: a character, or a category (returned as -1 with cat set).</summary>
    private int ClassEscape((int A, int B) tok, out ReCategory cat)
    {
        int c = tok.B;
        cat = ReCategory.None;
        int simple = SimpleEscape(c);
        if (simple >= 0) return simple;
        cat = CategoryOf(c);
        if (cat != ReCategory.None) return -1;
        string escape = "\\" + Cp(c);
        int v = CommonEscape(ref escape, c);
        if (v >= 0) return v;
        if (IsOct(c))
        {
            escape += GetWhile(2, IsOct);
            int oct = Convert.ToInt32(escape[1..], 8);
            if (oct > 0xFF) throw Error($"octal escape value {escape} outside of range 0-0o377", escape.Length);
            return oct;
        }
        if (IsDigit(c)) throw Error("bad escape " + escape, escape.Length);
        if (c < 128 && char.IsAsciiLetter((char)c)) throw Error("bad escape " + escape, 2);
        return c;
    }

    private ReNode ParseClass(int f)
    {
        int here = Tell() - 1;
        var set = new ReCharSet { Case = CaseFor(f), UnicodeCategories = UnicodeMode(f) };
        bool negate = Match('^');
        bool any = false;
        while (true)
        {
            var t = Get();
            if (t.A == -1) throw Error("unterminated character set", Tell() - here);
            if (t.A == ']' && t.B == -1 && any) break;
            int c1;
            ReCategory cat1 = ReCategory.None;
            if (t.B != -1) c1 = ClassEscape(t, out cat1);
            else c1 = t.A;
            if (Match('-'))
            {
                var t2 = Get();
                if (t2.A == -1) throw Error("unterminated character set", Tell() - here);
                if (t2.A == ']' && t2.B == -1)
                {
                    if (c1 >= 0) set.AddChar(c1); else set.AddCategory(cat1);
                    set.AddChar('-');
                    any = true;
                    break;
                }
                int c2;
                ReCategory cat2 = ReCategory.None;
                if (t2.B != -1) c2 = ClassEscape(t2, out cat2);
                else c2 = t2.A;
                if (c1 < 0 || c2 < 0 || c2 < c1)
                    throw Error($"bad character range {TokStr(t)}-{TokStr(t2)}", TokLen(t.A, t.B) + 1 + TokLen(t2.A, t2.B));
                set.AddRange(c1, c2);
            }
            else
            {
                if (c1 >= 0) set.AddChar(c1); else set.AddCategory(cat1);
            }
            any = true;
        }
        set.Negated = negate;
        set.Finish();
        int single = set.SingleChar();
        if (single >= 0) return Literal(single, f);
        if (negate)
        {
            set.Negated = false;
            set.Finish();
            single = set.SingleChar();
            if (single >= 0) return Literal(single, f, negated: true);
            set.Negated = true;
            set.Finish();
        }
        return new SetNode(set);
    }
}
