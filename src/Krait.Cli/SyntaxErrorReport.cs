using System.Text;
using Krait.Syntax.Errors;

namespace Krait.Cli;

/// <summary>Formats a syntax error the way CPython 3.11's default exception display prints it when a
/// program fails to compile: a <c>File "...", line N</c> header, the offending line with its leading
/// whitespace removed, a caret line, and <c>Type: message</c>.</summary>
public static class SyntaxErrorReport
{
    public static string Format(PythonSyntaxError error, string? displayFilename = null)
        => Format(error.ErrorType, error.Msg, displayFilename ?? error.Filename, error.Lineno, error.Offset,
                  error.EndLineno, error.EndOffset, error.Text);

    /// <summary>The report for the given exception fields. <paramref name="offset"/> and
    /// <paramref name="endOffset"/> are 1-based character offsets, as on the Python exception; a negative
    /// <paramref name="endLineno"/> or <paramref name="endOffset"/> stands for None.</summary>
    public static string Format(string errorType, string msg, string? filename, int lineno, int offset,
                                int endLineno, int endOffset, string? text)
    {
        var sb = new StringBuilder();
        sb.Append("  File \"").Append(filename ?? "<string>").Append("\", line ").Append(lineno).Append('\n');
        if (text != null)
        {
            // An error spanning several lines underlines to the end of its first line; that end, and the
            // limit on carets (the text plus one column for an end-of-line position), are measured in
            // UTF-8 bytes while the offsets are characters: CPython mixes the two the same way.
            int lineBytes = Encoding.UTF8.GetByteCount(text);
            if (endLineno > lineno)
                endOffset = lineBytes;
            if (endOffset > lineBytes + 1)
                endOffset = lineBytes + 1;
            // CPython underlines an IndentationError (and its subclass TabError) with a single caret.
            bool singleCaret = errorType is "IndentationError" or "TabError";
            AppendErrorText(sb, offset, singleCaret ? -1 : endOffset, text);
        }
        sb.Append(errorType);
        if (msg.Length > 0)
            sb.Append(": ").Append(msg);
        sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>The source line and caret line. CPython measures the caret position in characters but the
    /// line in UTF-8 bytes when it clips the position and skips embedded newlines; this keeps that mix, so
    /// the output matches for non-ASCII lines too.</summary>
    private static void AppendErrorText(StringBuilder sb, int offset, int endOffset, string text)
    {
        int carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        int start = 0;
        long pos = (long)offset - 1; // 0-based
        while (start < utf8.Length && (utf8[start] == (byte)' ' || utf8[start] == (byte)'\t' || utf8[start] == (byte)'\f'))
        {
            start++;
            pos--;
        }
        // The C display works on a NUL-terminated string: anything after an embedded NUL is not there.
        int end = Array.IndexOf(utf8, (byte)0, start);
        if (end < 0) end = utf8.Length;
        long len = end - start;
        if (len > 0 && utf8[end - 1] == (byte)'\n')
            len--;
        if (pos > len)
            pos = len;
        // A text holding several lines shows only the line the position falls in.
        while (true)
        {
            int nl = Array.IndexOf(utf8, (byte)'\n', start, end - start);
            if (nl < 0) break;
            int inl = nl - start;
            if (inl >= pos) break;
            inl++;
            start += inl;
            len -= inl;
            pos -= inl;
        }
        sb.Append("    ");
        sb.Append(Encoding.UTF8.GetString(utf8, start, end - start));
        if (start + len >= end || utf8[start + len] != (byte)'\n')
            sb.Append('\n');
        if (pos < 0)
            return;
        sb.Append("    ");
        sb.Append(' ', (int)Math.Min(pos, int.MaxValue / 2));
        sb.Append('^', carets);
        sb.Append('\n');
    }
}
