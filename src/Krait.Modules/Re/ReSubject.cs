using System.Text;
using Krait.Runtime;

namespace Krait.Modules.Re;

/// <summary>A string or bytes being searched: the original object, its length in code points (or bytes), and a
/// matcher of the right text kind.</summary>
internal sealed class ReSubject
{
    public readonly PyObject Original;
    public readonly bool IsBytes;
    public readonly string? Str;      // str without astral characters, or bytes widened as Latin-1
    public readonly int[]? Cps;       // str with astral characters
    public readonly byte[]? Bytes;
    public readonly int Length;

    private ReSubject(PyObject original, bool isBytes, string? str, int[]? cps, byte[]? bytes)
    {
        Original = original;
        IsBytes = isBytes;
        Str = str;
        Cps = cps;
        Bytes = bytes;
        Length = cps != null ? cps.Length : str!.Length;
    }

    /// <summary>Wraps a subject, checking it against the pattern's kind (TypeError as CPython).</summary>
    public static ReSubject From(PyObject o, bool patternIsBytes)
    {
        if (o is PyStr s)
        {
            if (patternIsBytes) throw Ops.TypeError("cannot use a bytes pattern on a string-like object");
            return s.HasAstral ? new ReSubject(o, false, null, s.CodePoints(), null) : new ReSubject(o, false, s.Value, null, null);
        }
        byte[]? b = o switch
        {
            PyBytes pb => pb.Value,
            PyByteArray ba => ba.ToArray(),
            _ => null,
        };
        if (b == null) throw Ops.TypeError($"expected string or bytes-like object, got '{o.Type.TpName}'");
        if (!patternIsBytes) throw Ops.TypeError("cannot use a string pattern on a bytes-like object");
        return new ReSubject(o, true, Encoding.Latin1.GetString(b), null, b);
    }

    public ReEngine NewEngine(ReProgram p) =>
        Cps != null ? new ReEngine<CpText>(p, new CpText(Cps)) : new ReEngine<StrText>(p, new StrText(Str!));

    public PyObject Slice(int start, int end)
    {
        if (IsBytes) return new PyBytes(Bytes.AsSpan(start, end - start).ToArray());
        if (Cps == null)
        {
            if (start == 0 && end == Str!.Length && Original is PyStr) return Original;
            return end - start == 1 ? PyStr.Char(Str![start]) : new PyStr(Str!.Substring(start, end - start));
        }
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) AppendCp(sb, Cps[i]);
        return new PyStr(sb.ToString());
    }

    /// <summary>Appends text[start:end] to a builder (sub/split results).</summary>
    public void AppendSlice(StringBuilder sb, int start, int end)
    {
        if (Cps == null) sb.Append(Str!, start, end - start);
        else for (int i = start; i < end; i++) AppendCp(sb, Cps[i]);
    }

    public PyObject Empty => IsBytes ? new PyBytes(Array.Empty<byte>()) : PyStr.Empty;

    private static void AppendCp(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }
}

/// <summary>The matcher behind a non-generic face, so API code need not know the text kind.</summary>
internal abstract class ReEngine
{
    public abstract bool MatchAt(int pos, int end, bool full);
    public abstract bool Search(int pos, int end, bool mustAdvance);
    public abstract int[] Regs { get; }
}

internal sealed class ReEngine<T> : ReEngine where T : struct, IReText
{
    private readonly ReMatcher<T> _m;
    public ReEngine(ReProgram p, T text) { _m = new ReMatcher<T>(p, text); }
    public override bool MatchAt(int pos, int end, bool full) => _m.MatchAt(pos, end, full);
    public override bool Search(int pos, int end, bool mustAdvance) => _m.Search(pos, end, mustAdvance);
    public override int[] Regs => _m.Regs;
}
