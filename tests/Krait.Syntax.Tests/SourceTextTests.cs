using Krait.Syntax.Text;

namespace Krait.Syntax.Tests;

public class SourceTextTests
{
    [Fact]
    public void LinesCarryTheirNewlineAndTheImplicitFinalOne()
    {
        var s = SourceText.FromString("a = 1\r\nb\rc", "f");
        Assert.Equal("a = 1\nb\nc", s.Text);
        Assert.Equal(3, s.LineCount);
        Assert.Equal("a = 1\n", s.GetLine(1));
        Assert.Equal("b\n", s.GetLine(2));
        Assert.Equal("c\n", s.GetLine(3));
        Assert.Null(s.GetLine(4));
    }

    [Fact]
    public void ByteColumnsConvertToCharacterOffsets()
    {
        var s = SourceText.FromString("é = '𝔘' + $\n", "f");
        // 'é' is 2 bytes, '𝔘' 4 bytes (two UTF-16 units); '$' is UTF-16 index 11, byte 14.
        Assert.Equal(14, s.ByteColumn(1, 11));
        Assert.Equal(11, s.IndexOfByteColumn(1, 14));
        // CPython: compile("é = '𝔘' + $", ...) -> SyntaxError invalid syntax, offset 11, end_offset 12.
        var e = s.Error("SyntaxError", "invalid syntax", 1, 14, 1, 15);
        Assert.Equal((11, 12, "é = '𝔘' + $\n"), (e.Offset, e.EndOffset, e.Text));
    }

    [Fact]
    public void BytesWithoutDeclarationKeepByteOffsets()
    {
        // CPython: compile(b'\xc3\xa9 = $', ...) -> offset 6, end_offset 7 (no encoding known, no conversion);
        // with a latin-1 declaration the offsets are converted: line 2, offset 5, end_offset 6.
        var s = SourceText.FromBytes("é = $"u8.ToArray(), "f");
        Assert.False(s.OffsetsInCharacters);
        var e = s.Error("SyntaxError", "invalid syntax", 1, 5, 1, 6);
        Assert.Equal((6, 7, "é = $\n"), (e.Offset, e.EndOffset, e.Text));
        var latin = SourceText.FromBytes([.. "# coding: latin-1\n"u8, 0xE9, (byte)'=', (byte)'$'], "f");
        Assert.True(latin.OffsetsInCharacters);
        Assert.Equal("é=$", latin.Text.Split('\n')[1]);
    }

    [Fact]
    public void EncodingDeclarations()
    {
        Assert.Equal("é", SourceText.FromBytes([.. "#!/usr/bin/python\n# -*- coding: iso-8859-15 -*-\n"u8, 0xE9], "f").Text[^1..]);
        Assert.Equal("é", SourceText.FromBytes([0xEF, 0xBB, 0xBF, .. "# coding: utf-8\n\xc3\xa9"u8[..16], 0xC3, 0xA9], "f").Text[^1..]);
        // A declaration on line 2 only counts when line 1 is blank or a comment.
        var s = SourceText.FromBytes([.. "x = 1\n# coding: latin-1\n"u8, 0xE9], "f");
        Assert.True(s.HasUndecodableBytes);
        Assert.Equal("\uFFFD\n", s.GetLine(3));
    }
}
