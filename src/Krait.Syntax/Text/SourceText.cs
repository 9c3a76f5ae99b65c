namespace Krait.Syntax.Text;

/// <summary>Decoded source text with its file name and line table. (Stub: replaced by the tokenizer work.)</summary>
public sealed class SourceText
{
    public string Text { get; }
    public string Filename { get; }

    private SourceText(string text, string filename) { Text = text; Filename = filename; }

    /// <summary>Source given as a str, as to <c>compile(str, ...)</c>.</summary>
    public static SourceText FromString(string text, string filename) => new(text, filename);

    /// <summary>Source given as bytes: BOM and PEP 263 encoding declaration decide the decoding.</summary>
    public static SourceText FromBytes(byte[] bytes, string filename) => new(System.Text.Encoding.UTF8.GetString(bytes), filename);

    /// <summary>The text of line <paramref name="lineno"/> (1-based) with its newline, as SyntaxError.text holds it.</summary>
    public string? GetLine(int lineno) => null;

    /// <summary>Makes the exception CPython would raise for a span given in token coordinates (1-based lines,
    /// 0-based UTF-8 byte columns): it converts columns to 1-based character offsets and attaches the line.
    /// <paramref name="errorType"/> is "SyntaxError", "IndentationError" or "TabError".</summary>
    public Errors.PythonSyntaxError Error(string errorType, string msg, int lineno, int byteCol, int endLineno, int endByteCol)
        => new(errorType, msg, Filename, lineno, byteCol + 1, endLineno, endByteCol + 1, GetLine(lineno));
}
