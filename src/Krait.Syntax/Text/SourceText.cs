using System.Runtime.CompilerServices;
using System.Text;
using Krait.Syntax.Errors;

namespace Krait.Syntax.Text;

/// <summary>Decoded source text with its file name and line table.
/// <see cref="Text"/> has CPython's newline translation applied (<c>\r\n</c> and <c>\r</c> become <c>\n</c>), so
/// token indexes and line starts refer to it. Bytes that were not valid UTF-8 (only possible from
/// <see cref="FromBytes"/> without an encoding declaration) are kept as lone surrogates U+DC80..U+DCFF, one per
/// byte, so the tokenizer and string decoder can report them where CPython does (CPython decodes such input lazily).</summary>
public sealed class SourceText
{
    public string Text { get; }
    public string Filename { get; }

    /// <summary>CPython converts parser error offsets from bytes to characters only when the tokenizer knows an
    /// encoding: always for str input, for bytes input only with a BOM or an encoding declaration.
    /// Without one, parser errors keep 1-based UTF-8 byte offsets.</summary>
    public bool OffsetsInCharacters { get; }

    /// <summary>True when <see cref="Text"/> holds escaped undecodable bytes (U+DC80..U+DCFF).</summary>
    public bool HasUndecodableBytes { get; }

    /// <summary>Whether the tokenizer treats the input as ending in a newline even when it does not: CPython
    /// appends one for exec input only. Set by the <see cref="Tokens.Tokenizer"/> constructor.</summary>
    public bool AppendsFinalNewline { get; internal set; } = true;

    /// <summary>The line the tokenizer is currently on. CPython takes an error's text from the tokenizer's
    /// current line buffer (newline included) when the error is on that line, else from the source (newline
    /// stripped); <see cref="ErrorAtOffsets"/> imitates that.</summary>
    public int TokenizerLine { get; internal set; } = 1;

    /// <summary>First line of the tokenizer's line buffer: CPython keeps earlier lines in it while a token is in
    /// progress (a backslash continuation, a multi-line string), so an error on the current line shows them too.</summary>
    public int TokenizerBufferLine { get; internal set; } = 1;

    /// <summary>True when file input (<see cref="FromFile"/>) held NUL characters, which CPython 3.11.2's line
    /// reader cuts lines at (see there).</summary>
    public bool HadNullBytes { get; }

    /// <summary>Warnings the parser found (invalid escape sequences), for the compiler to give through the
    /// warnings module once the source has parsed; null when there are none.</summary>
    public List<SourceWarning>? Warnings { get; private set; }

    /// <summary>Records a parser warning once (the parser may look at a token more than once).</summary>
    public void AddWarning(SourceWarning warning)
    {
        Warnings ??= new List<SourceWarning>();
        if (!Warnings.Contains(warning)) Warnings.Add(warning);
    }

    private readonly int[] _lineStarts;     // char index of each line's start; one extra entry = Text.Length
    private readonly bool[] _lineIsAscii;

    private SourceText(string text, string filename, bool offsetsInCharacters, bool undecodable)
    {
        text = NormalizeNewlines(text);
        if (text.Contains('\0')) { text = TruncateAtNulls(text); HadNullBytes = true; }
        Text = text;
        Filename = filename;
        OffsetsInCharacters = offsetsInCharacters;
        HasUndecodableBytes = undecodable;
        (_lineStarts, _lineIsAscii) = BuildLineTable(Text);
    }

    /// <summary>Source given as a str, as to <c>compile(str, ...)</c>. Like CPython 3.11.2's compile(), refuses
    /// NUL characters (see <see cref="NullBytesError"/>).</summary>
    public static SourceText FromString(string text, string filename)
    {
        if (text.Contains('\0')) throw NullBytesError(filename);
        return new(text, filename, true, false);
    }

    /// <summary>The "(expression)" text of an f-string replacement field, parsed by a sub-parser. CPython 3.11 raises
    /// the sub-parser's own errors with "f-string: " before the message and <paramref name="startingColOffset"/>
    /// taken off both offsets, which stay in bytes (its sub-tokenizer has no encoding); errors of the tokenizer
    /// proper (<see cref="TokenizerError"/>) are left as they are.</summary>
    internal static SourceText ForFStringExpression(string text, string filename, int startingLineno, int startingColOffset)
        => new(text, filename, false, false) { _fstringColShift = startingColOffset, _fstringLineShift = startingLineno };

    // For f-string expressions: what CPython takes off error columns, and what the parser adds to line numbers.
    private int _fstringColShift = -1, _fstringLineShift;

    /// <summary>Source given as bytes: BOM and PEP 263 encoding declaration decide the decoding.</summary>
    /// <remarks>As to <c>compile(bytes, ...)</c>: refuses NUL bytes before anything else, as CPython 3.11.2 does.</remarks>
    public static SourceText FromBytes(byte[] bytes, string filename)
    {
        if (bytes.AsSpan().Contains((byte)0)) throw NullBytesError(filename);
        return FromFile(bytes, filename);
    }

    /// <summary>A file's bytes as CPython 3.11.2 reads them when it runs the file: decoded as
    /// <see cref="FromBytes"/> does, but NUL bytes are no error: CPython's line reader ends each line at its first
    /// NUL, dropping the rest of that line and its newline, so the next line joins it (running a file holding
    /// <c>x = 'a\0b'\n</c> reports "unterminated string literal"). Later CPython releases raise "source code
    /// cannot contain null bytes" instead.</summary>
    public static SourceText FromFile(byte[] bytes, string filename)
    {
        var (text, encodingKnown, undecodable) = SourceDecoder.Decode(bytes, filename);
        return new SourceText(text, filename, encodingKnown, undecodable);
    }

    /// <summary>The encoding a file's coding line declares (CPython's normalized name), or null.</summary>
    public static string? DeclaredEncoding(byte[] bytes) => SourceDecoder.ScriptCookie(bytes);

    /// <summary>The program <c>krait FILE</c> or <c>krait -</c> runs: as <see cref="FromFile"/>, with the
    /// decoding errors of CPython's script reader (location-less, line 0): undeclared non-UTF-8 bytes, and
    /// "encoding problem: NAME" for any failure of a declared encoding.</summary>
    public static SourceText FromScript(byte[] bytes, string filename)
    {
        if (SourceDecoder.CheckUndeclaredUtf8(bytes, filename) is { } error) throw error;
        try
        {
            return FromFile(bytes, filename);
        }
        catch (PythonSyntaxError e) when (e.Lineno == 0 && !e.Msg.StartsWith("encoding problem", StringComparison.Ordinal)
                                          && SourceDecoder.ScriptCookie(bytes) is { } cookie)
        {
            throw new PythonSyntaxError("SyntaxError", "encoding problem: " + cookie, filename, 0, -1, 0, 0, null);
        }
    }

    /// <summary>CPython 3.11.2's compile() and ast.parse() reject source holding NUL with
    /// <c>ValueError: source code string cannot contain null bytes</c>, before parsing. Carried as a
    /// <see cref="PythonSyntaxError"/> whose <see cref="PythonSyntaxError.ErrorType"/> is "ValueError", without
    /// location.</summary>
    public static PythonSyntaxError NullBytesError(string filename)
        => new("ValueError", "source code string cannot contain null bytes", filename, 0, 0, 0, 0, null);

    private static string NormalizeNewlines(string text)
    {
        int cr = text.IndexOf('\r');
        if (cr < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, cr);
        for (int i = cr; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Drops everything from each NUL to the end of its line, newline included.</summary>
    private static string TruncateAtNulls(string text)
    {
        var sb = new StringBuilder(text.Length);
        int pos = 0;
        while (pos < text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl + 1;
            int nul = text.IndexOf('\0', pos, end - pos);
            sb.Append(text, pos, (nul < 0 ? end : nul) - pos);
            pos = end;
        }
        return sb.ToString();
    }

    private static (int[], bool[]) BuildLineTable(string text)
    {
        ReadOnlySpan<char> span = text;
        int newlines = span.Count('\n');
        int lines = newlines + (text.Length == 0 || text[^1] != '\n' ? 1 : 0);
        if (lines == 0) lines = 1;
        var starts = new int[lines + 1];
        var ascii = new bool[lines];
        bool allAscii = System.Text.Ascii.IsValid(span);
        int pos = 0;
        for (int l = 0; l < lines; l++)
        {
            starts[l] = pos;
            int nl = span.Slice(pos).IndexOf('\n');
            int end = nl < 0 ? span.Length : pos + nl + 1;
            ascii[l] = allAscii || System.Text.Ascii.IsValid(span.Slice(pos, end - pos));
            pos = end;
        }
        starts[lines] = span.Length;
        return (starts, ascii);
    }

    /// <summary>Number of lines (a final line without newline counts; the empty text after a final newline does not).</summary>
    public int LineCount => _lineIsAscii.Length;

    /// <summary>Char index where line <paramref name="lineno"/> (1-based) starts; for lineno = LineCount + 1, the text length.</summary>
    public int LineStart(int lineno) => _lineStarts[Math.Clamp(lineno - 1, 0, _lineStarts.Length - 1)];

    internal bool LineIsAscii(int lineno) => (uint)(lineno - 1) < (uint)_lineIsAscii.Length && _lineIsAscii[lineno - 1];

    /// <summary>1-based line of a char index.</summary>
    public int LineOfIndex(int index)
    {
        int lo = 0, hi = _lineIsAscii.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (_lineStarts[mid] <= index) lo = mid; else hi = mid - 1;
        }
        return lo + 1;
    }

    /// <summary>0-based UTF-8 byte column of char index <paramref name="index"/> on line <paramref name="lineno"/>
    /// (the index may run past the line's end, as CPython's cursor does at EOF).</summary>
    public int ByteColumn(int lineno, int index)
    {
        int start = LineStart(lineno);
        if (LineIsAscii(lineno)) return index - start;
        return Utf8Length(Text.AsSpan(start, Math.Min(index, Text.Length) - start)) + Math.Max(0, index - Text.Length);
    }

    /// <summary>Char index of a 0-based byte column on a line (the inverse of <see cref="ByteColumn"/>).</summary>
    public int IndexOfByteColumn(int lineno, int byteCol)
    {
        int start = LineStart(lineno);
        if (LineIsAscii(lineno)) return start + byteCol;
        int i = start, b = 0;
        while (b < byteCol && i < Text.Length) { b += Utf8LengthAt(Text, i); i++; }
        return i;
    }

    /// <summary>UTF-8 length of the UTF-16 unit at <paramref name="i"/>: each half of a surrogate pair counts 2,
    /// a lone low surrogate U+DC80..U+DCFF (an escaped undecodable byte) counts 1, other lone surrogates 3.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Utf8LengthAt(ReadOnlySpan<char> s, int i)
    {
        char c = s[i];
        if (c < 0x80) return 1;
        if (c < 0x800) return 2;
        if (!char.IsSurrogate(c)) return 3;
        if (char.IsHighSurrogate(c)) return i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 3;
        if (i > 0 && char.IsHighSurrogate(s[i - 1])) return 2;
        return c >= 0xDC80 && c <= 0xDCFF ? 1 : 3;
    }

    internal static int Utf8Length(ReadOnlySpan<char> s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++) n += Utf8LengthAt(s, i);
        return n;
    }

    /// <summary>The text of line <paramref name="lineno"/> (1-based) with its newline, as SyntaxError.text holds it
    /// (the implicit final newline of exec input included; undecodable bytes shown as U+FFFD), or null.</summary>
    public string? GetLine(int lineno)
    {
        if (lineno < 1 || lineno > LineCount) return null;
        int start = _lineStarts[lineno - 1], end = _lineStarts[lineno];
        string line = Text.Substring(start, end - start);
        if (lineno == LineCount && AppendsFinalNewline && !line.EndsWith('\n')) line += "\n";
        return HasUndecodableBytes ? SourceDecoder.ReplaceEscapes(line) : line;
    }

    /// <summary>Lines <paramref name="first"/> to <paramref name="last"/> with their newlines, as <see cref="GetLine"/> shows them.</summary>
    public string? GetLines(int first, int last)
    {
        if (first >= last) return GetLine(last);
        if (first < 1 || last > LineCount) return null;
        var sb = new StringBuilder();
        for (int l = first; l <= last; l++) sb.Append(GetLine(l));
        return sb.ToString();
    }

    /// <summary>Line text without its newline (what CPython's tokenizer errors and out-of-buffer lines show).</summary>
    public string? GetLineWithoutNewline(int lineno)
    {
        string? line = GetLine(lineno);
        return line != null && line.EndsWith('\n') ? line[..^1] : line;
    }

    /// <summary>Makes the exception CPython would raise for a span given in token coordinates (1-based lines,
    /// 0-based UTF-8 byte columns): it converts columns to 1-based character offsets and attaches the line.
    /// <paramref name="errorType"/> is "SyntaxError", "IndentationError" or "TabError".</summary>
    public PythonSyntaxError Error(string errorType, string msg, int lineno, int byteCol, int endLineno, int endByteCol)
        => ErrorAtOffsets(errorType, msg, lineno, byteCol + 1, endLineno, endByteCol + 1);

    /// <summary>The exception for 1-based UTF-8 byte offsets exactly as CPython's parser passes them to its error
    /// routine (so an unset end column is 0, or -1 where CPython leaves it -1). Offsets are converted to
    /// characters over the error line as CPython does (bytes counted, a partial character counting as one,
    /// clamped to the line length + 1), unless <see cref="OffsetsInCharacters"/> is false. The text is the line
    /// with its newline when it is the tokenizer's current line (preceded by the lines still in the tokenizer's
    /// buffer, see <see cref="TokenizerBufferLine"/>), else without.</summary>
    public PythonSyntaxError ErrorAtOffsets(string errorType, string msg, int lineno, int offset, int endLineno, int endOffset)
    {
        if (_fstringColShift >= 0)
        {
            // The text comes from the sub-tokenizer's buffer, whose input always ends in a newline.
            int local = lineno - _fstringLineShift;
            string? lineText = local >= TokenizerLine ? GetLines(Math.Min(TokenizerBufferLine, local), local) : GetLineWithoutNewline(local);
            if (lineText != null && local >= TokenizerLine && !lineText.EndsWith('\n')) lineText += "\n";
            return new PythonSyntaxError(errorType, "f-string: " + msg, Filename, lineno, offset - _fstringColShift,
                                         endLineno, endOffset - _fstringColShift, lineText);
        }
        string? text = lineno >= TokenizerLine ? GetLines(Math.Min(TokenizerBufferLine, lineno), lineno) : GetLineWithoutNewline(lineno);
        if (OffsetsInCharacters && text != null)
        {
            offset = ByteOffsetToCharOffset(text, offset);
            if (endOffset > 0) endOffset = ByteOffsetToCharOffset(text, endOffset);
        }
        return new PythonSyntaxError(errorType, msg, Filename, lineno, offset, endLineno, endOffset, text);
    }

    /// <summary>An error raised by the tokenizer itself: offsets are already 1-based character offsets and the
    /// text is the line without its newline, as CPython's tokenizer reports.</summary>
    internal PythonSyntaxError TokenizerError(string errorType, string msg, int lineno, int offset, int endOffset)
    {
        // In an f-string expression the tokenizer counts lines of the enclosing file (CPython starts its
        // sub-tokenizer there); columns stay relative to the "(expression)" text.
        int reported = _fstringColShift >= 0 ? lineno + _fstringLineShift : lineno;
        return new(errorType, msg, Filename, reported, offset, reported, endOffset, GetLineWithoutNewline(lineno) ?? "");
    }

    /// <summary>Number of characters in the first <paramref name="byteOffset"/> UTF-8 bytes of <paramref name="line"/>.</summary>
    internal static int ByteOffsetToCharOffset(string line, int byteOffset)
    {
        if (byteOffset <= 0) return byteOffset;
        int bytes = 0, chars = 0;
        for (int i = 0; i < line.Length && bytes < byteOffset; i++)
        {
            bytes += Utf8LengthAt(line, i);
            // A surrogate pair is one character of four bytes.
            if (char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1])) { bytes += 2; i++; }
            chars++;
        }
        if (bytes < byteOffset) chars += 1;    // CPython clamps to the line length + 1
        return chars;
    }
}
