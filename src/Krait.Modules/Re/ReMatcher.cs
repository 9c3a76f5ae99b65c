using System.Runtime.CompilerServices;

namespace Krait.Modules.Re;

/// <summary>The backtracking machine: runs a <see cref="ReProgram"/> over a text with an explicit backtrack
/// stack, so input length never deepens the .NET stack (only nested lookarounds and atomic groups recurse, as
/// deep as the pattern nests). Registers hold capture positions, loop counters and lastindex; every change to a
/// register pushes its old value so backtracking restores it.</summary>
internal sealed class ReMatcher<T> where T : struct, IReText
{
    private enum FrameKind { Restore, Branch, GreedyOne, LazyOne, LazyEnter }

    private struct Frame
    {
        public FrameKind Kind;
        public int Pc, Pos, X;
    }

    private readonly T _t;
    private readonly ReProgram _p;
    private readonly ReInst[] _code;
    private int _end;
    public readonly int[] Regs;
    private Frame[] _stack = new Frame[32];
    private int _sp;
    private bool _full, _mustAdvance;
    private int _start;

    public ReMatcher(ReProgram p, T text)
    {
        _p = p;
        _code = p.Code;
        _t = text;
        Regs = new int[p.RegCount];
    }

    private void ResetRegs()
    {
        Array.Fill(Regs, -1);
        _sp = 0;
    }

    /// <summary>Anchored match at pos (match/fullmatch).</summary>
    public bool MatchAt(int pos, int end, bool full)
    {
        _end = end;
        _full = full;
        _mustAdvance = false;
        ResetRegs();
        _start = pos;
        if (!Run(0, pos, out _)) return false;
        Regs[0] = pos;
        return true;
    }

    /// <summary>Leftmost match starting at or after pos; with mustAdvance an empty match at pos itself is refused
    /// (the rule finditer/sub/split use after an empty match).</summary>
    public bool Search(int pos, int end, bool mustAdvance)
    {
        _end = end;
        _full = false;
        ResetRegs();
        if (pos > end) return false;
        var p = _p;
        if (p.AnchoredStart)
        {
            if (pos != 0) return false;
            _start = 0;
            _mustAdvance = mustAdvance;
            if (!Run(0, 0, out _)) return false;
            Regs[0] = 0;
            return true;
        }
        if (p.ShiftMasks != null) return ShiftSearch(pos, end, mustAdvance);
        for (int s = pos; s <= end; s++)
        {
            if (p.Prefix != null)
            {
                s = _t.IndexOf(p.Prefix, s, end);
                if (s < 0) return false;
            }
            else if (p.FirstChars != null)
            {
                if (s >= end) return false;
                int c0 = _t[s];
                // Test the current character inline; only a miss pays for the vectorised scan.
                if (c0 >= 256 || (p.FirstBitmap![c0 >> 6] & (1UL << (c0 & 63))) == 0)
                {
                    s = _t.IndexOfAny(p.FirstChars, p.FirstBitmap!, s, end);
                    if (s < 0) return false;
                }
            }
            _start = s;
            _mustAdvance = mustAdvance && s == pos;
            if (Run(0, s, out _)) { Regs[0] = s; return true; }
        }
        return false;
    }

    private bool ShiftSearch(int pos, int end, bool mustAdvance)
    {
        var masks = _p.ShiftMasks!;
        int m = _p.ShiftLength;
        ulong hit = 1UL << (m - 1);
        var t = _t;
        int s = pos;
        while (true)
        {
            // Find the next start whose next m characters all fit their position's class.
            ulong d = 0;
            int i = s;
            int found = -1;
            for (; i < end; i++)
            {
                int c = t[i];
                d = c < 256 ? ((d << 1) | 1) & masks[c] : 0;
                if ((d & hit) != 0) { found = i - m + 1; break; }
            }
            if (found < 0) return false;
            _start = found;
            _mustAdvance = mustAdvance && found == pos;
            if (Run(0, found, out _)) { Regs[0] = found; return true; }
            s = found + 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(FrameKind kind, int pc, int pos, int x)
    {
        if (_sp == _stack.Length) Array.Resize(ref _stack, _stack.Length * 2);
        ref var f = ref _stack[_sp++];
        f.Kind = kind;
        f.Pc = pc;
        f.Pos = pos;
        f.X = x;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetReg(int r, int v)
    {
        Push(FrameKind.Restore, 0, Regs[r], r);
        Regs[r] = v;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool One(ref ReInst ins, int c)
    {
        switch (ins.Op)
        {
            case ReOp.Char: return c == ins.A;
            case ReOp.NotChar: return c != ins.A;
            case ReOp.Any: return c != '\n';
            case ReOp.AnyAll: return true;
            case ReOp.Set: return ins.S!.Matches(c);
            case ReOp.CharI: return (ins.B == 1 ? ReCase.Fold(c) : ReCase.FoldAscii(c)) == ins.A;
            case ReOp.NotCharI: return (ins.B == 1 ? ReCase.Fold(c) : ReCase.FoldAscii(c)) != ins.A;
        }
        return false;
    }

    /// <summary>How many characters from pos (up to limit) the one-character instruction matches in a row.</summary>
    private int Count(ref ReInst ins, int pos, int limit)
    {
        int i = pos;
        var t = _t;
        switch (ins.Op)
        {
            case ReOp.AnyAll: return limit - pos;
            case ReOp.Char: { int a = ins.A; while (i < limit && t[i] == a) i++; break; }
            case ReOp.NotChar: { int a = ins.A; while (i < limit && t[i] != a) i++; break; }
            case ReOp.Any: while (i < limit && t[i] != '\n') i++; break;
            case ReOp.Set: { var s = ins.S!; while (i < limit && s.Matches(t[i])) i++; break; }
            default: while (i < limit && One(ref ins, t[i])) i++; break;
        }
        return i - pos;
    }

    private bool IsWordAt(int i, bool unicode) => ReCharSet.IsWord(_t[i], unicode);

    private bool At(AtKind kind, int pos)
    {
        int end = _end;
        switch (kind)
        {
            case AtKind.BeginString: return pos == 0;
            case AtKind.BeginLine: return pos == 0 || _t[pos - 1] == '\n';
            case AtKind.End: return pos == end || (pos + 1 == end && _t[pos] == '\n');
            case AtKind.EndLine: return pos == end || (pos < _t.Length && _t[pos] == '\n');
            case AtKind.EndString: return pos == end;
            default:
            {
                if (pos == 0 && pos == end) return false;
                bool uni = kind is AtKind.UniBoundary or AtKind.UniNonBoundary;
                bool before = pos > 0 && IsWordAt(pos - 1, uni);
                bool after = pos < end && IsWordAt(pos, uni);
                return kind is AtKind.Boundary or AtKind.UniBoundary ? before != after : before == after;
            }
        }
    }

    private bool GroupSet(int g, out int s, out int e)
    {
        s = Regs[2 * g];
        e = Regs[2 * g + 1];
        return s >= 0 && e >= 0 && e >= s;
    }

    private bool Run(int pc, int pos, out int endPos)
    {
        int baseSp = _sp;
        var code = _code;
        var t = _t;
        int end = _end;
        while (true)
        {
            ref var ins = ref code[pc];
            switch (ins.Op)
            {
                case ReOp.Char:
                    if (pos < end && t[pos] == ins.A) { pos++; pc++; continue; }
                    break;
                case ReOp.Str:
                {
                    var lit = ins.Lit!;
                    if (end - pos < lit.Length) break;
                    int k = 0;
                    while (k < lit.Length && t[pos + k] == lit[k]) k++;
                    if (k < lit.Length) break;
                    pos += lit.Length;
                    pc++;
                    continue;
                }
                case ReOp.Set:
                    if (pos < end && ins.S!.Matches(t[pos])) { pos++; pc++; continue; }
                    break;
                case ReOp.NotChar:
                case ReOp.Any:
                case ReOp.AnyAll:
                case ReOp.CharI:
                case ReOp.NotCharI:
                    if (pos < end && One(ref ins, t[pos])) { pos++; pc++; continue; }
                    break;
                case ReOp.Split:
                    if (ins.GuardA != null)
                    {
                        int c = pos < end ? t[pos] : 256;
                        if (c >= 256 || (ins.GuardA[c >> 6] & (1UL << (c & 63))) == 0) { pc = ins.B; continue; }
                        if (ins.GuardB != null && (ins.GuardB[c >> 6] & (1UL << (c & 63))) == 0) { pc = ins.A; continue; }
                    }
                    Push(FrameKind.Branch, ins.B, pos, 0);
                    pc = ins.A;
                    continue;
                case ReOp.Jmp:
                    pc = ins.A;
                    continue;
                case ReOp.Save:
                    SetReg(ins.A, pos);
                    if ((ins.A & 1) != 0 && ins.A > 1) SetReg(_p.LastIndexReg, ins.A >> 1);
                    pc++;
                    continue;
                case ReOp.At:
                    if (At((AtKind)ins.A, pos)) { pc++; continue; }
                    break;
                case ReOp.Backref:
                {
                    if (!GroupSet(ins.A, out int gs, out int ge)) break;
                    int len = ge - gs;
                    if (end - pos < len) break;
                    int k = 0;
                    if (ins.B == 0) while (k < len && t[gs + k] == t[pos + k]) k++;
                    else if (ins.B == (int)CaseMode.Unicode) while (k < len && ReCase.Fold(t[gs + k]) == ReCase.Fold(t[pos + k])) k++;
                    else while (k < len && ReCase.FoldAscii(t[gs + k]) == ReCase.FoldAscii(t[pos + k])) k++;
                    if (k < len) break;
                    pos += len;
                    pc++;
                    continue;
                }
                case ReOp.RepeatOne:
                {
                    int min = ins.A, max = ins.B;
                    int limit = end - pos <= max ? end : pos + max;
                    ref var single = ref code[pc + 1];
                    var kind = (RepeatKind)ins.C;
                    if (kind == RepeatKind.Lazy)
                    {
                        if (min > 0)
                        {
                            if (limit - pos < min || Count(ref single, pos, pos + min) < min) break;
                            pos += min;
                        }
                        if (limit > pos) Push(FrameKind.LazyOne, pc + 2, pos, limit);
                        pc += 2;
                        continue;
                    }
                    int n = Count(ref single, pos, limit);
                    if (n < min) break;
                    if (kind == RepeatKind.Greedy && n > min) Push(FrameKind.GreedyOne, pc + 2, pos + n, pos + min);
                    pos += n;
                    pc += 2;
                    continue;
                }
                case ReOp.RptInit:
                {
                    int r = 2 * _p.Groups + 2 * ins.A;
                    SetReg(r, 0);
                    SetReg(r + 1, -1);
                    pc++;
                    continue;
                }
                case ReOp.RptHead:
                {
                    int r = 2 * _p.Groups + 2 * ins.A;
                    int c = Regs[r];
                    if (c < ins.B) { EnterBody(r, c, pos); pc++; continue; }
                    if (c >= ins.C || pos == Regs[r + 1]) { pc = ins.E; continue; }
                    if (ins.D == (int)RepeatKind.Lazy)
                    {
                        Push(FrameKind.LazyEnter, pc, pos, 0);
                        pc = ins.E;
                        continue;
                    }
                    Push(FrameKind.Branch, ins.E, pos, 0);
                    EnterBody(r, c, pos);
                    pc++;
                    continue;
                }
                case ReOp.SubRun:
                {
                    var kind = (SubKind)ins.A;
                    int start = pos;
                    if (kind is SubKind.Behind or SubKind.NotBehind)
                    {
                        start = pos - ins.B;
                        if (start < 0)
                        {
                            if (kind == SubKind.Behind) break;
                            pc = ins.E;
                            continue;
                        }
                    }
                    int saveSp = _sp;
                    int saveEnd = _end;
                    bool ok = Run(pc + 1, start, out int subEnd);
                    if (kind is SubKind.NotAhead or SubKind.NotBehind)
                    {
                        if (ok) { Unwind(saveSp); break; }
                        pc = ins.E;
                        continue;
                    }
                    if (!ok) break;
                    KeepRestores(saveSp);
                    if (kind == SubKind.Atomic) pos = subEnd;
                    pc = ins.E;
                    _ = saveEnd;
                    continue;
                }
                case ReOp.Succeed:
                    endPos = pos;
                    return true;
                case ReOp.Cond:
                    if (GroupSet(ins.A, out _, out _)) pc++;
                    else pc = ins.E;
                    continue;
                case ReOp.Match:
                    if ((_full && pos != end) || (_mustAdvance && pos == _start)) break;
                    endPos = pos;
                    return true;
            }
            // Failure: pop frames until one offers another way.
            if (!Backtrack(baseSp, ref pc, ref pos)) { endPos = -1; return false; }
        }
    }

    private void EnterBody(int r, int c, int pos)
    {
        SetReg(r, c + 1);
        SetReg(r + 1, pos);
    }

    private bool Backtrack(int baseSp, ref int pc, ref int pos)
    {
        var stack = _stack;
        while (_sp > baseSp)
        {
            ref var f = ref stack[_sp - 1];
            switch (f.Kind)
            {
                case FrameKind.Restore:
                    Regs[f.X] = f.Pos;
                    _sp--;
                    continue;
                case FrameKind.Branch:
                    pc = f.Pc;
                    pos = f.Pos;
                    _sp--;
                    return true;
                case FrameKind.GreedyOne:
                {
                    int cur = f.Pos - 1;
                    ref var next = ref _code[f.Pc];
                    int want = next.Op == ReOp.Char ? next.A : next.Op == ReOp.Str ? next.Lit![0] : -1;
                    if (want >= 0)
                        while (cur >= f.X && (cur >= _end || _t[cur] != want)) cur--;
                    if (cur < f.X) { _sp--; continue; }
                    pc = f.Pc;
                    pos = cur;
                    if (cur == f.X) _sp--;
                    else f.Pos = cur;
                    return true;
                }
                case FrameKind.LazyOne:
                {
                    int cur = f.Pos;
                    if (cur < f.X && One(ref _code[f.Pc - 1], _t[cur]))
                    {
                        cur++;
                        pc = f.Pc;
                        pos = cur;
                        if (cur >= f.X) _sp--;
                        else f.Pos = cur;
                        return true;
                    }
                    _sp--;
                    continue;
                }
                case FrameKind.LazyEnter:
                {
                    int head = f.Pc;
                    pos = f.Pos;
                    _sp--;
                    ref var h = ref _code[head];
                    int r = 2 * _p.Groups + 2 * h.A;
                    EnterBody(r, Regs[r], pos);
                    pc = head + 1;
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Drops the frames a finished lookaround or atomic group left, keeping its register restores so
    /// captures made inside are still undone if the outer match backtracks past it.</summary>
    private void KeepRestores(int from)
    {
        int w = from;
        for (int i = from; i < _sp; i++)
            if (_stack[i].Kind == FrameKind.Restore) _stack[w++] = _stack[i];
        _sp = w;
    }

    private void Unwind(int to)
    {
        while (_sp > to)
        {
            ref var f = ref _stack[--_sp];
            if (f.Kind == FrameKind.Restore) Regs[f.X] = f.Pos;
        }
    }
}
