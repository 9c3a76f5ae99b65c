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
}
