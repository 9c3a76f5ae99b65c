using Krait.Syntax.Ast;
using Krait.Syntax.Text;

namespace Krait.Syntax.Parsing;

/// <summary>The front door of the syntax layer: source in, CPython-identical tree out, or a
/// <see cref="Errors.PythonSyntaxError"/>.</summary>
public static class PythonParser
{
    /// <summary>Parses already-decoded source text (as <c>compile(str, ...)</c> does).</summary>
    public static Mod Parse(string source, string filename = "<unknown>", ParseMode mode = ParseMode.Exec)
        => Parse(SourceText.FromString(source, filename), mode);

    /// <summary>Parses raw file bytes: BOM, encoding declaration and decoding errors as CPython handles them.</summary>
    public static Mod Parse(byte[] source, string filename, ParseMode mode = ParseMode.Exec)
        => Parse(SourceText.FromBytes(source, filename), mode);

    public static Mod Parse(SourceText source, ParseMode mode = ParseMode.Exec)
        => new Parser(source, mode).ParseTop();
}
