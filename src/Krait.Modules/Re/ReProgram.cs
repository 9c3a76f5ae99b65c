using System.Buffers;

namespace Krait.Modules.Re;

internal enum ReOp : byte
{
    Char, CharI, NotChar, NotCharI, Any, AnyAll, Set, Str,
    Split, Jmp, Save, At, Backref,
    RepeatOne, RptInit, RptHead, SubRun, Succeed, Cond, Match,
}

internal enum SubKind { Atomic, Ahead, NotAhead, Behind, NotBehind }

/// <summary>One instruction. Fields by op: Char/NotChar A=char; CharI/NotCharI A=folded char, B=1 for
/// unicode folding; Set S; Str Lit; Split A=first B=second; Jmp A; Save A=slot; At A=AtKind; Backref A=group
/// B=case mode; RepeatOne A=min B=max C=kind, the one-character matcher is the next instruction and the
/// continuation the one after; RptInit A=loop; RptHead A=loop B=min C=max D=kind E=exit; SubRun A=kind B=width
/// E=continuation; Cond A=group E=no-branch.</summary>
internal struct ReInst
{
    public ReOp Op;
    public int A, B, C, D, E;
    public ReCharSet? S;
    public int[]? Lit;
    /// <summary>Split: Latin-1 bitmaps of the characters the first and the second way can start with (null when
    /// unknown), so a way that cannot match here is skipped without a backtrack frame.</summary>
    public ulong[]? GuardA, GuardB;
}

/// <summary>A compiled pattern: the instruction array plus what the search loop uses to skip ahead.</summary>
internal sealed class ReProgram
{
    public ReInst[] Code = Array.Empty<ReInst>();
    public int Groups;       // capture groups including group 0
    public int Loops;
    public int RegCount;     // 2*Groups capture slots, 2 per loop, then lastindex
    public int LastIndexReg;
    public bool AnchoredStart;
    /// <summary>A case-sensitive literal every match starts with (at least 2 characters), or null.</summary>
    public string? Prefix;
    /// <summary>The possible first characters (all below 256), or null when unknown or any.</summary>
    public SearchValues<char>? FirstChars;
    public ulong[]? FirstBitmap;
    /// <summary>Shift-and filter: bit k of ShiftMasks[c] says c can be the k-th character of a match (Latin-1
    /// only); ShiftLength positions are covered. A match needs all of them, so most positions are rejected
    /// without running the machine.</summary>
    public ulong[]? ShiftMasks;
    public int ShiftLength;
}

/// <summary>Turns a parsed tree into a <see cref="ReProgram"/>.</summary>
internal sealed class ReCompiler
{
    private readonly List<ReInst> _code = new();
    private int _loops;

    public static ReProgram Compile(ReNode root, int groups)
    {
        var c = new ReCompiler();
        // Group 0's start is set by the matcher when a match succeeds (no register traffic per attempt).
        c.Gen(root);
        c.Emit(new ReInst { Op = ReOp.Save, A = 1 });
        c.Emit(new ReInst { Op = ReOp.Match });
        var p = new ReProgram
        {
            Code = c._code.ToArray(), Groups = groups, Loops = c._loops,
        };
        p.LastIndexReg = 2 * groups + 2 * c._loops;
        p.RegCount = p.LastIndexReg + 1;
        Analyze(root, p);
        return p;
    }

    private int Emit(ReInst i) { _code.Add(i); return _code.Count - 1; }
    private int Here => _code.Count;
    private void Patch(int at, Func<ReInst, ReInst> f) => _code[at] = f(_code[at]);

    private static bool IsSingle(ReNode n) => n is CharNode or SetNode or AnyNode;

    private void Gen(ReNode n)
    {
        switch (n)
        {
            case CharNode c:
                if (c.IgnoreCase)
                {
                    bool uni = c.Case == CaseMode.Unicode;
                    Emit(new ReInst { Op = c.Negated ? ReOp.NotCharI : ReOp.CharI, A = uni ? ReCase.Fold(c.Ch) : ReCase.FoldAscii(c.Ch), B = uni ? 1 : 0 });
                }
                else Emit(new ReInst { Op = c.Negated ? ReOp.NotChar : ReOp.Char, A = c.Ch });
                break;
            case SetNode s:
                Emit(new ReInst { Op = ReOp.Set, S = s.Set });
                break;
            case AnyNode a:
                Emit(new ReInst { Op = a.DotAll ? ReOp.AnyAll : ReOp.Any });
                break;
            case AtNode at:
                Emit(new ReInst { Op = ReOp.At, A = (int)at.Kind });
                break;
            case SeqNode seq:
                GenSeq(seq.Items);
                break;
            case AltNode alt:
            {
                var jumps = new List<int>();
                var firsts = new ulong[alt.Branches.Count][];
                for (int i = 0; i < alt.Branches.Count; i++)
                {
                    var bits = new ulong[4];
                    firsts[i] = FirstSet(alt.Branches[i], bits) == FirstResult.NonEmpty ? bits : null!;
                }
                for (int i = 0; i < alt.Branches.Count; i++)
                {
                    if (i < alt.Branches.Count - 1)
                    {
                        ulong[]? rest = new ulong[4];
                        for (int j = i + 1; j < alt.Branches.Count && rest != null; j++)
                        {
                            if (firsts[j] == null) rest = null;
                            else for (int w = 0; w < 4; w++) rest[w] |= firsts[j][w];
                        }
                        int split = Emit(new ReInst { Op = ReOp.Split, GuardA = firsts[i], GuardB = rest });
                        Gen(alt.Branches[i]);
                        jumps.Add(Emit(new ReInst { Op = ReOp.Jmp }));
                        int next = Here;
                        Patch(split, x => { x.A = split + 1; x.B = next; return x; });
                    }
                    else Gen(alt.Branches[i]);
                }
                int end = Here;
                foreach (var j in jumps) Patch(j, x => { x.A = end; return x; });
                break;
            }
            case GroupNode g:
                Emit(new ReInst { Op = ReOp.Save, A = 2 * g.Index });
                Gen(g.Body);
                Emit(new ReInst { Op = ReOp.Save, A = 2 * g.Index + 1 });
                break;
            case RepeatNode r:
                GenRepeat(r);
                break;
            case BackrefNode b:
                Emit(new ReInst { Op = ReOp.Backref, A = b.Group, B = (int)b.Case });
                break;
            case AssertNode a:
            {
                var kind = a.Behind ? (a.Negate ? SubKind.NotBehind : SubKind.Behind) : (a.Negate ? SubKind.NotAhead : SubKind.Ahead);
                int width = a.BehindWidth;
                int sub = Emit(new ReInst { Op = ReOp.SubRun, A = (int)kind, B = width });
                Gen(a.Body);
                Emit(new ReInst { Op = ReOp.Succeed });
                int end = Here;
                Patch(sub, x => { x.E = end; return x; });
                break;
            }
            case AtomicNode an:
                GenAtomic(an.Body);
                break;
            case CondNode cn:
            {
                int cond = Emit(new ReInst { Op = ReOp.Cond, A = cn.Group });
                Gen(cn.Yes);
                int jmp = Emit(new ReInst { Op = ReOp.Jmp });
                int noStart = Here;
                if (cn.No != null) Gen(cn.No);
                int end = Here;
                Patch(cond, x => { x.E = noStart; return x; });
                Patch(jmp, x => { x.A = end; return x; });
                break;
            }
            default:
                throw new InvalidOperationException("unknown regex node " + n.GetType().Name);
        }
    }

    private void GenAtomic(ReNode body)
    {
        int sub = Emit(new ReInst { Op = ReOp.SubRun, A = (int)SubKind.Atomic });
        Gen(body);
        Emit(new ReInst { Op = ReOp.Succeed });
        int end = Here;
        Patch(sub, x => { x.E = end; return x; });
    }

    private void GenSeq(List<ReNode> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            // Runs of plain characters become one string compare.
            if (items[i] is CharNode { IgnoreCase: false, Negated: false })
            {
                int j = i;
                while (j < items.Count && items[j] is CharNode { IgnoreCase: false, Negated: false }) j++;
                if (j - i >= 2)
                {
                    var lit = new int[j - i];
                    for (int k = i; k < j; k++) lit[k - i] = ((CharNode)items[k]).Ch;
                    Emit(new ReInst { Op = ReOp.Str, Lit = lit });
                    i = j - 1;
                    continue;
                }
            }
            Gen(items[i]);
        }
    }

    private void GenRepeat(RepeatNode r)
    {
        if (r.Max == 0) return;
        if (IsSingle(r.Body))
        {
            Emit(new ReInst { Op = ReOp.RepeatOne, A = r.Min, B = r.Max, C = (int)r.Kind });
            Gen(r.Body);
            return;
        }
        if (r.Kind == RepeatKind.Possessive)
        {
            int sub = Emit(new ReInst { Op = ReOp.SubRun, A = (int)SubKind.Atomic });
            // sre matches each iteration of a possessive repeat atomically, then never backtracks into the loop.
            GenRepeat(new RepeatNode(new AtomicNode(r.Body), r.Min, r.Max, RepeatKind.Greedy));
            Emit(new ReInst { Op = ReOp.Succeed });
            int end = Here;
            Patch(sub, x => { x.E = end; return x; });
            return;
        }
        int loop = _loops++;
        Emit(new ReInst { Op = ReOp.RptInit, A = loop });
        int head = Emit(new ReInst { Op = ReOp.RptHead, A = loop, B = r.Min, C = r.Max, D = (int)r.Kind });
        Gen(r.Body);
        Emit(new ReInst { Op = ReOp.Jmp, A = head });
        int exit = Here;
        Patch(head, x => { x.E = exit; return x; });
    }

    // ---- search accelerators ----

    private static void Analyze(ReNode root, ReProgram p)
    {
        var first = FirstNode(root);
        p.AnchoredStart = first is AtNode { Kind: AtKind.BeginString };
        var prefix = new System.Text.StringBuilder();
        CollectPrefix(root, prefix);
        if (prefix.Length >= 2) p.Prefix = prefix.ToString();
        var classes = ClassSeq(root, out _);
        if (classes != null && classes.Count >= 3 && p.Prefix == null)
        {
            int m = Math.Min(classes.Count, 64);
            var masks = new ulong[256];
            for (int k = 0; k < m; k++)
                for (int c = 0; c < 256; c++)
                    if ((classes[k][c >> 6] & (1UL << (c & 63))) != 0) masks[c] |= 1UL << k;
            p.ShiftMasks = masks;
            p.ShiftLength = m;
        }
        var bits = new ulong[4];
        if (FirstSet(root, bits) == FirstResult.NonEmpty)
        {
            int count = 0;
            var chars = new List<char>();
            for (int c = 0; c < 256; c++)
                if ((bits[c >> 6] & (1UL << (c & 63))) != 0) { count++; chars.Add((char)c); }
            if (count < 256)
            {
                p.FirstBitmap = bits;
                p.FirstChars = SearchValues.Create(chars.ToArray());
            }
        }
        else if (first is CharNode { Negated: false } wide && WideFirstChars(wide) is { } wideChars)
        {
            // A pattern starting with a literal beyond Latin-1 (or its case variants): scan for those characters
            // rather than trying the whole program at every position.
            var wideBits = new ulong[4];
            foreach (char ch in wideChars)
                if (ch < 256) wideBits[ch >> 6] |= 1UL << (ch & 63);
            p.FirstBitmap = wideBits;
            p.FirstChars = SearchValues.Create(wideChars);
        }
    }

    /// <summary>The characters a match starting with <paramref name="c"/> can start with, when all are in the BMP.</summary>
    private static char[]? WideFirstChars(CharNode c)
    {
        if (c.Ch >= 0x10000) return null;
        if (c.Case != CaseMode.Unicode) return c.Case == CaseMode.None || c.Ch >= 128 ? new[] { (char)c.Ch } : null;
        var all = new HashSet<int>(ReCase.Variants(c.Ch)) { c.Ch };
        if (all.Any(v => v >= 0x10000)) return null;
        return all.Select(v => (char)v).ToArray();
    }

    private static ReNode? FirstNode(ReNode n)
    {
        while (true)
        {
            switch (n)
            {
                case SeqNode s when s.Items.Count > 0: n = s.Items[0]; continue;
                case GroupNode g: n = g.Body; continue;
                default: return n;
            }
        }
    }

    /// <summary>Appends the case-sensitive literal characters every match starts with; false when the node can
    /// be followed by more prefix (it is fully literal).</summary>
    private static bool CollectPrefix(ReNode n, System.Text.StringBuilder sb)
    {
        switch (n)
        {
            case CharNode { IgnoreCase: false, Negated: false } c when c.Ch < 0x10000:
                sb.Append((char)c.Ch);
                return true;
            case SeqNode s:
                foreach (var item in s.Items)
                    if (!CollectPrefix(item, sb)) return false;
                return true;
            case GroupNode g:
                return CollectPrefix(g.Body, sb);
            default:
                return false;
        }
    }

    /// <summary>For each position from a match's start while that position is fixed, the Latin-1 characters that
    /// can occur there; complete says the node is fixed-width and fully described. Null when nothing is known.</summary>
    private static List<ulong[]>? ClassSeq(ReNode n, out bool complete)
    {
        complete = false;
        switch (n)
        {
            case CharNode or SetNode:
            {
                var bits = new ulong[4];
                if (FirstSet(n, bits) != FirstResult.NonEmpty) return null;
                complete = true;
                return new List<ulong[]> { bits };
            }
            case AtNode or AssertNode:
                complete = true;
                return new List<ulong[]>();
            case GroupNode g: return ClassSeq(g.Body, out complete);
            case AtomicNode a: return ClassSeq(a.Body, out complete);
            case SeqNode seq:
            {
                var list = new List<ulong[]>();
                foreach (var item in seq.Items)
                {
                    var sub = ClassSeq(item, out bool c);
                    if (sub == null) return list;
                    list.AddRange(sub);
                    if (!c || list.Count >= 64) return list;
                }
                complete = true;
                return list;
            }
            case AltNode alt:
            {
                List<ulong[]>? acc = null;
                bool allComplete = true;
                foreach (var b in alt.Branches)
                {
                    var sub = ClassSeq(b, out bool c);
                    if (sub == null || sub.Count == 0) return null;
                    if (acc == null) { acc = sub.ConvertAll(x => (ulong[])x.Clone()); }
                    else
                    {
                        if (sub.Count != acc.Count) allComplete = false;
                        if (sub.Count < acc.Count) acc.RemoveRange(sub.Count, acc.Count - sub.Count);
                        for (int k = 0; k < acc.Count; k++)
                            for (int w = 0; w < 4; w++) acc[k][w] |= sub[k][w];
                    }
                    allComplete &= c;
                }
                complete = allComplete;
                return acc;
            }
            case RepeatNode r:
            {
                var body = ClassSeq(r.Body, out bool c);
                if (body == null || body.Count == 0) return null;
                var list = new List<ulong[]>();
                for (int i = 0; i < r.Min && list.Count < 64; i++)
                {
                    list.AddRange(body);
                    if (!c) return list;
                }
                complete = c && r.Min == r.Max && list.Count < 64;
                return list;
            }
            default:
                return null;
        }
    }

    private enum FirstResult { NonEmpty, MaybeEmpty, Unknown }

    /// <summary>Adds to bits every Latin-1 character a match can start with; Unknown when a match can start with a
    /// character beyond Latin-1 or the set cannot be bounded.</summary>
    private static FirstResult FirstSet(ReNode n, ulong[] bits)
    {
        switch (n)
        {
            case CharNode c:
                if (c.Negated || c.Ch >= 256) return FirstResult.Unknown;
                if (c.Case == CaseMode.Ascii)
                {
                    int lo = ReCase.FoldAscii(c.Ch), up = lo is >= 'a' and <= 'z' ? lo - 32 : lo;
                    bits[lo >> 6] |= 1UL << (lo & 63);
                    bits[up >> 6] |= 1UL << (up & 63);
                }
                else if (c.IgnoreCase)
                {
                    foreach (var v in ReCase.Variants(c.Ch))
                    {
                        if (v >= 256) return FirstResult.Unknown;
                        bits[v >> 6] |= 1UL << (v & 63);
                    }
                    bits[c.Ch >> 6] |= 1UL << (c.Ch & 63);
                    return FirstResult.NonEmpty;
                }
                bits[c.Ch >> 6] |= 1UL << (c.Ch & 63);
                return FirstResult.NonEmpty;
            case SetNode s:
            {
                var m = s.Set.Latin1Members;
                if (m == null) return FirstResult.Unknown;
                for (int i = 0; i < 4; i++) bits[i] |= m[i];
                return FirstResult.NonEmpty;
            }
            case SeqNode seq:
                foreach (var item in seq.Items)
                {
                    if (item is AtNode) return FirstResult.Unknown;
                    var r = FirstSet(item, bits);
                    if (r != FirstResult.MaybeEmpty) return r;
                }
                return FirstResult.MaybeEmpty;
            case AltNode alt:
            {
                var result = FirstResult.NonEmpty;
                foreach (var b in alt.Branches)
                {
                    var r = FirstSet(b, bits);
                    if (r == FirstResult.Unknown) return r;
                    if (r == FirstResult.MaybeEmpty) result = FirstResult.MaybeEmpty;
                }
                return result;
            }
            case GroupNode g:
                return FirstSet(g.Body, bits);
            case RepeatNode rep:
            {
                var r = FirstSet(rep.Body, bits);
                if (r == FirstResult.Unknown) return r;
                return rep.Min == 0 ? FirstResult.MaybeEmpty : r;
            }
            case AtomicNode a:
                return FirstSet(a.Body, bits);
            default:
                return FirstResult.Unknown;
        }
    }
}
