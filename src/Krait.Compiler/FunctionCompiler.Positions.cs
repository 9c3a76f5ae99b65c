using System.Reflection.Emit;
using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary>Source positions for tracebacks. The frame's current position lives in the <c>_line</c> local,
/// stored before each operation that can raise: a plain line number, or <c>-(index + 1)</c> for a span of
/// the code object's table (<see cref="Krait.Runtime.FunctionCode.Spans"/>) from which the traceback printer
/// draws CPython's caret lines. A store is one immediate move; name-error paths store only when they throw.</summary>
internal sealed partial class FunctionCompiler
{
    private readonly List<int> _spans = new();
    private readonly Dictionary<SpanKey, int> _spanIndex = new();
    // The inlined comprehensions being emitted: (span index, kind); positions inside them name their frame.
    // Inner: the comprehension's own span as a position inside its frame.
    private readonly List<CompSpan> _compSpans = new();

    private int SpanIndex(LocatedNode n)
    {
        int parent = _compSpans.Count > 0 ? _compSpans[^1].Span : -1;
        var key = new SpanKey(n.Lineno, n.EndLineno, n.ColOffset, n.EndColOffset, parent);
        if (!_spanIndex.TryGetValue(key, out int index))
        {
            index = AddSpan(n);
            _spanIndex[key] = index;
        }
        return index;
    }

    private int AddSpan(LocatedNode n)
    {
        int index = _spans.Count / Krait.Runtime.FunctionCode.SpanWidth;
        _spans.Add(n.Lineno);
        _spans.Add(n.EndLineno);
        _spans.Add(n.ColOffset);
        _spans.Add(n.EndColOffset);
        _spans.Add(_compSpans.Count > 0 ? _compSpans[^1].Span : -1);
        _spans.Add(_compSpans.Count > 0 ? _compSpans[^1].Kind : 0);
        return index;
    }

    /// <summary>Positions emitted between this and <see cref="EndComprehensionFrame"/> belong to the frame
    /// CPython gives comprehension <paramref name="node"/>.</summary>
    private void BeginComprehensionFrame(LocatedNode node)
    {
        int kind = node switch { ListComp => 0, SetComp => 1, _ => 2 };
        var frame = new CompSpan(SpanIndex(node), kind, -1);
        _compSpans.Add(frame);
        frame.Inner = AddSpan(node);
    }

    private void EndComprehensionFrame() => _compSpans.RemoveAt(_compSpans.Count - 1);

    /// <summary>The frame's position becomes <paramref name="n"/>'s span.</summary>
    /// <param name="track">False on a path that only throws: later code (a generator's resume) must not
    /// take it for the current position.</param>
    private void EmitPos(LocatedNode n, bool track = true)
    {
        if (n.Lineno <= 0) return;
        int position = -(SpanIndex(n) + 1);
        if (!track)
        {
            _il.Emit(OpCodes.Ldc_I4, position);
            _il.Emit(OpCodes.Stloc, _line);
            return;
        }
        EmitPosition(position);
    }

    /// <summary>A fused method call <c>obj.name(...)</c>: the call's span followed by the attribute's, so a
    /// failed lookup can point at <c>obj.name</c> (the runtime marks it; see TracebackEntry).</summary>
    private void EmitMethodCallPos(CallExpr call, AttributeExpr attr)
    {
        int index = AddSpan(call);
        AddSpan(attr);
        EmitPosition(-(index + 1));
    }

    private void EmitPosition(int position)
    {
        _lastPos = position;
        RecordIlPosition(position);
        _il.Emit(OpCodes.Ldc_I4, position);
        _il.Emit(OpCodes.Stloc, _line);
    }

    private void PublishSpans()
    {
        _code.Spans = _spans.ToArray();
        _code.IlPositions = _ilPositions.ToArray();
    }

    // (IL offset, position) pairs for live frames' line numbers (PyFrame); offsets only grow.
    private readonly List<int> _ilPositions = new();

    private void RecordIlPosition(int position)
    {
        _ilPositions.Add(_il.ILOffset);
        _ilPositions.Add(position);
    }

    // Classes, not tuples: the generic collections over value types of our own are not precompiled, and
    // JIT-compiling their methods cost every start-up.
    private sealed record SpanKey(int Line, int EndLine, int Col, int EndCol, int Parent);

    private sealed class CompSpan(int span, int kind, int inner)
    {
        public readonly int Span = span, Kind = kind;
        public int Inner = inner;
    }
}
