namespace Krait.Syntax.Errors;

/// <summary>A SyntaxError (or its subclasses IndentationError and TabError) with the fields CPython's
/// exception carries. Offsets are 1-based character (code point) offsets into <see cref="Text"/>, as
/// CPython reports them; 0 where CPython leaves them unset.</summary>
public sealed class PythonSyntaxError : Exception
{
    /// <summary>"SyntaxError", "IndentationError" or "TabError".</summary>
    public string ErrorType { get; }
    public string Msg { get; }
    public string? Filename { get; }
    public int Lineno { get; }
    public int Offset { get; }
    public int EndLineno { get; }
    public int EndOffset { get; }
    /// <summary>The offending source line as CPython stores it (usually with its newline), or null.</summary>
    public string? Text { get; }

    public PythonSyntaxError(string errorType, string msg, string? filename, int lineno, int offset,
                             int endLineno, int endOffset, string? text)
        : base(msg)
    {
        ErrorType = errorType; Msg = msg; Filename = filename; Lineno = lineno; Offset = offset;
        EndLineno = endLineno; EndOffset = endOffset; Text = text;
    }

    public override string ToString() => $"{ErrorType}: {Msg} ({Filename}, line {Lineno}, offset {Offset})";
}
