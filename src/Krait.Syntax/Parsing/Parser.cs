using Krait.Syntax.Ast;
using Krait.Syntax.Text;

namespace Krait.Syntax.Parsing;

/// <summary>Recursive-descent parser for the Python 3.11 grammar. (Stub: replaced by the parser work.)</summary>
internal sealed partial class Parser
{
    private readonly SourceText _source;
    private readonly ParseMode _mode;

    public Parser(SourceText source, ParseMode mode) { _source = source; _mode = mode; }

    public Mod ParseTop() => throw new NotImplementedException("parser");
}
