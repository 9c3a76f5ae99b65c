using System.Text;
using Krait.Syntax.Ast;
using Krait.Syntax.Parsing;

namespace Krait.Runtime;

/// <summary>CPython 3.11's traceback text: frames, source lines, the caret lines under the failing
/// expression, repeated-frame elision, chained exceptions.</summary>
public static class TracebackPrinter
{
    /// <summary>CPython's traceback text for an uncaught exception, chained ones first.</summary>
    public static string Format(PyBaseException e)
    {
        var sb = new StringBuilder();
        var ctx = new PrintContext();
        AppendException(sb, e, ctx);
        return sb.ToString();
    }

    private const int MaxGroupWidth = 15, MaxGroupDepth = 10;

    /// <summary>Nesting inside exception groups: each level indents by two and prefixes lines with '| '.</summary>
    private sealed class PrintContext
    {
        public readonly HashSet<PyBaseException> Seen = new(ReferenceEqualityComparer.Instance);
        public int Depth;
        public bool NeedClose;
        public string Indent => new(' ', 2 * Depth);
    }

    private static void Emit(StringBuilder sb, PrintContext ctx, string text, char margin = '|')
    {
        string prefix = ctx.Depth > 0 ? ctx.Indent + margin + " " : "";
        int start = 0;
        while (start < text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int stop = nl < 0 ? text.Length : nl + 1;
            sb.Append(prefix).Append(text, start, stop - start);
            start = stop;
        }
    }

    /// <summary>As traceback.TracebackException.format: the chain oldest first, then for a group its own
    /// traceback and each sub-exception in a numbered box.</summary>
    private static void AppendException(StringBuilder sb, PyBaseException e, PrintContext ctx)
    {
        var chain = new List<(string? Message, PyBaseException Exc)>();
        PyBaseException? cur = e;
        while (cur != null)
        {
            ctx.Seen.Add(cur);
            string? msg = null;
            PyBaseException? next = null;
            if (cur.Cause != null && !ctx.Seen.Contains(cur.Cause))
            {
                msg = "\nThe above exception was the direct cause of the following exception:\n\n";
                next = cur.Cause;
            }
            else if (cur.Cause == null && cur.Context != null && !cur.SuppressContext && !ctx.Seen.Contains(cur.Context))
            {
                msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
                next = cur.Context;
            }
            chain.Add((msg, cur));
            cur = next;
        }
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            var (msg, exc) = chain[i];
            if (msg != null) Emit(sb, ctx, msg);
            if (exc is not PyExceptionGroup g)
            {
                if (exc.Traceback.Count > 0)
                {
                    Emit(sb, ctx, "Traceback (most recent call last):\n");
                    Emit(sb, ctx, FramesText(exc.Traceback));
                }
                Emit(sb, ctx, ExceptionLine(exc) + "\n" + NotesText(exc));
                continue;
            }
            if (ctx.Depth > MaxGroupDepth)
            {
                Emit(sb, ctx, $"... (max_group_depth is {MaxGroupDepth})\n");
                continue;
            }
            bool top = ctx.Depth == 0;
            if (top) ctx.Depth++;
            if (g.Traceback.Count > 0)
            {
                Emit(sb, ctx, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
                Emit(sb, ctx, FramesText(g.Traceback));
            }
            Emit(sb, ctx, ExceptionLine(g) + "\n" + NotesText(g));
            var items = g.Exceptions.Items;
            int n = items.Length <= MaxGroupWidth ? items.Length : MaxGroupWidth + 1;
            ctx.NeedClose = false;
            for (int k = 0; k < n; k++)
            {
                bool last = k == n - 1;
                if (last) ctx.NeedClose = true;
                bool truncated = k >= MaxGroupWidth;
                string title = truncated ? "..." : (k + 1).ToString();
                sb.Append(ctx.Indent).Append(k == 0 ? "+-" : "  ").Append("+---------------- ").Append(title).Append(" ----------------\n");
                ctx.Depth++;
                if (!truncated) AppendException(sb, (PyBaseException)items[k], ctx);
                else
                {
                    int remaining = items.Length - MaxGroupWidth;
                    Emit(sb, ctx, $"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
                }
                if (last && ctx.NeedClose)
                {
                    sb.Append(ctx.Indent).Append("+------------------------------------\n");
                    ctx.NeedClose = false;
                }
                ctx.Depth--;
            }
            if (top) ctx.Depth = 0;
        }
    }

    private static string FramesText(List<TracebackEntry> traceback)
    {
        var sb = new StringBuilder();
        AppendFrames(sb, traceback, "");
        return sb.ToString();
    }

    /// <summary>The frames outermost first; more than three identical consecutive ones are elided as
    /// CPython does ("[Previous line repeated N more times]"). An entry whose position lies inside an inlined
    /// comprehension stands for two frames, as in CPython 3.11 where the comprehension is a function: the
    /// enclosing code at the comprehension, then "&lt;listcomp&gt;" (etc.) at the position.</summary>
    public static void AppendFrames(StringBuilder sb, List<TracebackEntry> traceback, string margin)
    {
        var frames = FrameList(traceback);
        FunctionCode? lastCode = null;
        string? lastName = null;
        int lastLine = -1, count = 0;
        foreach (var (code, name, position, _) in frames)
        {
            int line = code.LineAt(position);
            if (code.Filename == lastCode?.Filename && name == lastName && line == lastLine)
            {
                count++;
                if (count > 3) continue;
            }
            else
            {
                AppendRepeated(sb, count, margin);
                lastCode = code;
                lastName = name;
                lastLine = line;
                count = 1;
            }
            sb.Append(margin).Append("  File \"").Append(code.Filename).Append("\", line ").Append(line)
              .Append(", in ").Append(name).Append('\n');
            AppendSource(sb, new TracebackEntry(code, position), line, margin);
        }
        AppendRepeated(sb, count, margin);
    }

    /// <summary>The frames of a traceback outermost first, as printed: an entry inside an inlined
    /// comprehension stands for the enclosing frame and the comprehension's own.</summary>
    public static List<(FunctionCode Code, string Name, int Position, PyObject?[]? Locals)> FrameList(List<TracebackEntry> traceback)
    {
        var frames = new List<(FunctionCode Code, string Name, int Position, PyObject?[]? Locals)>();
        for (int i = traceback.Count - 1; i >= 0; i--)
        {
            var t = traceback[i];
            if (t.Code.HiddenInTracebacks) continue;
            int start = frames.Count;
            int pos = t.Position;
            while (true)
            {
                int parent = t.Code.EnclosingComprehension(pos, out string? compName);
                if (compName == null) { frames.Insert(start, (t.Code, t.Code.Name, pos, t.Locals)); break; }
                frames.Insert(start, (t.Code, compName, pos, null));
                pos = parent;
            }
        }
        return frames;
    }

    /// <summary>The caret line CPython prints under a frame's source line (relative to the stripped line), or
    /// null when it prints none.</summary>
    public static string? CaretLine(FunctionCode code, int position, int lineNo)
    {
        var line = SourceLines.Line(code.Filename, lineNo);
        if (line == null) return null;
        var stripped = line.Trim();
        return stripped.Length == 0 ? null : Carets(new TracebackEntry(code, position), line, stripped);
    }

    private static void AppendRepeated(StringBuilder sb, int count, string margin)
    {
        if (count <= 3) return;
        int n = count - 3;
        sb.Append(margin).Append("  [Previous line repeated ").Append(n).Append(n == 1 ? " more time]\n" : " more times]\n");
    }

    private static void AppendSource(StringBuilder sb, TracebackEntry t, int lineNo, string margin)
    {
        var line = SourceLines.Line(t.Code.Filename, lineNo);
        if (line == null) return;
        var stripped = line.Trim();
        if (stripped.Length == 0) return;
        sb.Append(margin).Append("    ").Append(stripped).Append('\n');
        var carets = Carets(t, line, stripped);
        if (carets != null) sb.Append(margin).Append("    ").Append(carets).Append('\n');
    }

    /// <summary>The indicator line under <paramref name="line"/>, or null when the failing range is the whole
    /// line and has no operator or subscript to point at.</summary>
    private static string? Carets(TracebackEntry t, string line, string stripped)
    {
        var spans = t.Code.Spans;
        if (t.Position >= 0) return null;
        int i = (-t.Position - 1) * FunctionCode.SpanWidth;
        if (i + 3 >= spans.Length) return null;
        return CaretsFor(line, stripped, spans[i], spans[i + 1], spans[i + 2], spans[i + 3]);
    }

    /// <summary>The indicator line for a failing range given as CPython's positions (lines, UTF-8 byte
    /// columns) on <paramref name="line"/> (the first line of the range, unstripped); null when none is drawn.
    /// traceback.FrameSummary formats with this too, so both printers agree.</summary>
    public static string? CaretsFor(string line, string stripped, int startLine, int endLine, int startCol, int endCol)
    {
        if (startCol < 0 || endCol < 0) return null;
        int start = ByteToCharOffset(line, startCol);
        int end = ByteToCharOffset(line, endCol);
        int left = -1, right = -1;
        if (startLine == endLine)
        {
            if (end > line.Length) end = line.Length;
            if (start >= end) return null;
            Anchors(line.Substring(start, end - start), out left, out right);
        }
        else
        {
            int k = line.Length;
            while (--k >= 0 && char.IsWhiteSpace(line[k])) { }
            end = k + 1;
        }
        int truncation = line.Length - line.TrimStart().Length;
        bool secondary = left >= 0 && right >= 0;
        if (end - start == stripped.Length && !secondary) return null;
        if (start < truncation) return null;
        var sb = new StringBuilder();
        sb.Append(' ', start - truncation);
        for (int c = 0; c < end - start; c++)
            sb.Append(!secondary ? '^' : c >= left && c < right ? '^' : '~');
        return sb.ToString();
    }

    private static int ByteToCharOffset(string line, int byteOffset)
    {
        int bytes = 0;
        for (int i = 0; i < line.Length; i++)
        {
            if (bytes >= byteOffset) return i;
            char ch = line[i];
            if (char.IsHighSurrogate(ch) && i + 1 < line.Length) { bytes += 4; i++; if (bytes >= byteOffset) return i + 1; continue; }
            bytes += ch < 0x80 ? 1 : ch < 0x800 ? 2 : 3;
        }
        return line.Length;
    }

    /// <summary>CPython re-parses the failing segment: for a binary operation the operator, for a subscript
    /// the bracketed part, is marked with '^' and the rest with '~'. Offsets are characters in the segment.</summary>
    private static void Anchors(string segment, out int left, out int right)
    {
        left = right = -1;
        Mod tree;
        try { tree = PythonParser.Parse(segment); }
        catch (Exception) { return; }
        if (tree is not ModuleNode m || m.Body.Count != 1 || m.Body[0] is not ExprStmt es) return;
        var bytes = Encoding.UTF8.GetBytes(segment);
        switch (es.Value)
        {
            case Krait.Syntax.Ast.BinOp b:
            {
                // CPython 3.11.2: the first non-blank byte after the left operand (a closing parenthesis
                // included), two bytes when the next one is not blank either.
                int from = b.Left.EndColOffset, to = b.Right.ColOffset;
                for (int i = from; i < to; i++)
                {
                    if (IsWhite(bytes[i])) continue;
                    int r = i + 1;
                    if (i + 1 < to && !IsWhite(bytes[i + 1])) r++;
                    left = ByteToCharOffset(segment, i);
                    right = ByteToCharOffset(segment, r);
                    return;
                }
                return;
            }
            case Subscript s:
                left = ByteToCharOffset(segment, s.Value.EndColOffset);
                right = ByteToCharOffset(segment, Math.Min(s.Slice.EndColOffset + 1, bytes.Length));
                return;
        }
    }

    private static bool IsWhite(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\f' or (byte)'\n' or (byte)'\r';

    /// <summary>The lines of exc.__notes__ (PEP 678), each ending in a newline; empty without notes.</summary>
    public static string NotesText(PyBaseException e)
    {
        try
        {
            if (!e.TryGetAttr("__notes__", out var notes)) return "";
            if (notes is PyList or PyTuple)
            {
                var sb = new StringBuilder();
                var it = notes.Iter();
                while (it.TryNext(out var note))
                {
                    string text;
                    try { text = Ops.Str(note); }
                    catch (PythonException) { text = "<note str() failed>"; }
                    foreach (var line in text.Split('\n')) sb.Append(line).Append('\n');
                }
                return sb.ToString();
            }
            try { return Ops.Repr(notes) + "\n"; }
            catch (PythonException) { return "<__notes__ repr() failed>\n"; }
        }
        catch (PythonException) { return ""; }
    }

    public static string ExceptionLine(PyBaseException e)
    {
        string name = e.Class.Module != "builtins" && e.Class.Module != "__main__"
            ? e.Class.Module + "." + e.Class.Name : e.Class.Name;
        string msg;
        try { msg = e.Str(); }
        catch (PythonException) { msg = "<exception str() failed>"; }
        return msg.Length == 0 ? name : name + ": " + msg;
    }
}
