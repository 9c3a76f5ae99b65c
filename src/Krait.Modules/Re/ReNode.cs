namespace Krait.Modules.Re;

/// <summary>A parsed regular expression: the tree the parser builds and the compiler turns into a program.
/// Flags that change meaning (ignore case, dotall, multiline, ASCII) are resolved into the nodes while
/// parsing, because scoped flags make them differ from node to node.</summary>
internal abstract class ReNode
{
    /// <summary>Minimum and maximum width in characters (max = int.MaxValue when unbounded).</summary>
    public abstract (int Min, int Max) Width(ReParseState st);
}

internal sealed class CharNode : ReNode
{
    public readonly int Ch;
    public readonly CaseMode Case;
    public readonly bool Negated;
    public bool IgnoreCase => Case != CaseMode.None;
    public CharNode(int ch, CaseMode mode, bool negated = false) { Ch = ch; Case = mode; Negated = negated; }
    public override (int, int) Width(ReParseState st) => (1, 1);
}

internal sealed class SetNode : ReNode
{
    public readonly ReCharSet Set;
    public SetNode(ReCharSet set) { Set = set; }
    public override (int, int) Width(ReParseState st) => (1, 1);
}

internal sealed class AnyNode : ReNode
{
    public readonly bool DotAll;
    public AnyNode(bool dotAll) { DotAll = dotAll; }
    public override (int, int) Width(ReParseState st) => (1, 1);
}

internal enum AtKind { BeginString, BeginLine, End, EndLine, EndString, Boundary, NonBoundary, UniBoundary, UniNonBoundary }

internal sealed class AtNode : ReNode
{
    public readonly AtKind Kind;
    public AtNode(AtKind kind) { Kind = kind; }
    public override (int, int) Width(ReParseState st) => (0, 0);
}

internal sealed class SeqNode : ReNode
{
    public readonly List<ReNode> Items = new();
    public override (int, int) Width(ReParseState st)
    {
        long lo = 0, hi = 0;
        foreach (var n in Items)
        {
            var (a, b) = n.Width(st);
            lo += a;
            hi = hi == int.MaxValue || b == int.MaxValue ? int.MaxValue : hi + b;
        }
        return ((int)Math.Min(lo, int.MaxValue), (int)Math.Min(hi, int.MaxValue));
    }
}

internal sealed class AltNode : ReNode
{
    public readonly List<ReNode> Branches = new();
    public override (int, int) Width(ReParseState st)
    {
        int lo = int.MaxValue, hi = 0;
        foreach (var n in Branches)
        {
            var (a, b) = n.Width(st);
            lo = Math.Min(lo, a);
            hi = Math.Max(hi, b);
        }
        return (lo, hi);
    }
}

internal sealed class GroupNode : ReNode
{
    public readonly int Index;
    public readonly ReNode Body;
    public GroupNode(int index, ReNode body) { Index = index; Body = body; }
    public override (int, int) Width(ReParseState st) => Body.Width(st);
}

internal enum RepeatKind { Greedy, Lazy, Possessive }

internal sealed class RepeatNode : ReNode
{
    public readonly ReNode Body;
    public readonly int Min, Max;
    public readonly RepeatKind Kind;
    public RepeatNode(ReNode body, int min, int max, RepeatKind kind) { Body = body; Min = min; Max = max; Kind = kind; }
    public override (int, int) Width(ReParseState st)
    {
        var (a, b) = Body.Width(st);
        long lo = (long)a * Min;
        long hi = Max == int.MaxValue || b == int.MaxValue ? (b == 0 ? 0 : int.MaxValue) : (long)b * Max;
        return ((int)Math.Min(lo, int.MaxValue), (int)Math.Min(hi, int.MaxValue));
    }
}

internal sealed class BackrefNode : ReNode
{
    public readonly int Group;
    public readonly CaseMode Case;
    public BackrefNode(int group, CaseMode mode) { Group = group; Case = mode; }
    public override (int, int) Width(ReParseState st) => st.GroupWidths[Group] ?? (0, int.MaxValue);
}

internal sealed class AssertNode : ReNode
{
    public readonly ReNode Body;
    public readonly bool Behind, Negate;
    /// <summary>For a lookbehind, its fixed width (computed by the parser, which knows group widths).</summary>
    public int BehindWidth;
    public AssertNode(ReNode body, bool behind, bool negate) { Body = body; Behind = behind; Negate = negate; }
    public override (int, int) Width(ReParseState st) => (0, 0);
}

internal sealed class AtomicNode : ReNode
{
    public readonly ReNode Body;
    public AtomicNode(ReNode body) { Body = body; }
    public override (int, int) Width(ReParseState st) => Body.Width(st);
}

internal sealed class CondNode : ReNode
{
    public readonly int Group;
    public readonly ReNode Yes;
    public readonly ReNode? No;
    public CondNode(int group, ReNode yes, ReNode? no) { Group = group; Yes = yes; No = no; }
    public override (int, int) Width(ReParseState st)
    {
        var (a, b) = Yes.Width(st);
        var (c, d) = No != null ? No.Width(st) : (0, 0);
        return (Math.Min(a, c), Math.Max(b, d));
    }
}
