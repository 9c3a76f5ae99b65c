using Krait.Syntax.Text;

namespace Krait.Syntax.Tokens;

/// <summary>CPython 3.11's tokenizer, pulled one token at a time. (Stub: replaced by the tokenizer work.)</summary>
public sealed class Tokenizer
{
    private readonly SourceText _source;
    public Tokenizer(SourceText source) { _source = source; }

    /// <summary>The next token; raises <see cref="Errors.PythonSyntaxError"/> where CPython's tokenizer fails.</summary>
    public Token Next() => throw new NotImplementedException("tokenizer");
}
