namespace Krait.Syntax.Text;

/// <summary>A warning found while parsing, over a token's span (node coordinates: 1-based lines, 0-based
/// columns): CPython's tokenizer and string decoder warn as they go; here the compiler gives them afterwards.</summary>
public readonly record struct SourceWarning(string Category, string Message, int Lineno, int Col, int EndLineno, int EndCol);
