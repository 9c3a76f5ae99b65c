using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Krait.Syntax.Ast;
using Krait.Syntax.Text;

namespace Krait.Syntax.Tests;

/// <summary>Expected reprs come from python3.11 (tools/gen_repr_unicode_test_data.py writes Data/repr_*.txt).</summary>
public class PyReprTests
{
    internal static string DataFile(string name, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Data", name);

    [Fact]
    public void FloatsAndImaginariesMatchCPython()
    {
        int count = 0;
        var failures = new List<string>();
        foreach (var line in File.ReadLines(DataFile("repr_floats.txt")))
        {
            var parts = line.Split('\t');
            double d = BitConverter.Int64BitsToDouble(long.Parse(parts[0], NumberStyles.HexNumber));
            string f = PyRepr.Repr(d), c = PyRepr.Repr(new ImaginaryValue(d));
            if (f != parts[1] || c != parts[2]) failures.Add($"{parts[0]}: {f} {c}, expected {parts[1]} {parts[2]}");
            count++;
        }
        Assert.True(count > 4000);
        Assert.Empty(failures.Take(20).Append($"{failures.Count} failures").Skip(failures.Count == 0 ? 1 : 0));
    }

    [Fact]
    public void StringsMatchCPython()
    {
        var failures = new List<string>();
        foreach (var line in File.ReadLines(DataFile("repr_strings.txt"), Encoding.UTF8))
        {
            int tab = line.IndexOf('\t');
            var sb = new StringBuilder();
            var codePoints = new List<int>();
            if (tab > 0)
                foreach (var hex in line.Substring(0, tab).Split(' '))
                {
                    int cp = int.Parse(hex, NumberStyles.HexNumber);
                    codePoints.Add(cp);
                    // Lone surrogates stay single UTF-16 units, as the tokenizer keeps them.
                    if (cp >= 0xD800 && cp <= 0xDFFF) sb.Append((char)cp);
                    else sb.Append(char.ConvertFromUtf32(cp));
                }
            string expected = line.Substring(tab + 1);
            string actual = PyRepr.Repr(sb.ToString());
            if (actual != expected) failures.Add($"{line.Substring(0, tab)}: {actual} expected {expected}");
            actual = PyRepr.Repr(new CodePointString(codePoints.ToArray()));
            if (actual != expected) failures.Add($"{line.Substring(0, tab)} as code points: {actual} expected {expected}");
        }
        Assert.Empty(failures.Take(20).Append($"{failures.Count} failures").Skip(failures.Count == 0 ? 1 : 0));
    }

    [Fact]
    public void BytesMatchCPython()
    {
        var failures = new List<string>();
        foreach (var line in File.ReadLines(DataFile("repr_bytes.txt")))
        {
            int tab = line.IndexOf('\t');
            byte[] bytes = Convert.FromHexString(line.AsSpan(0, tab));
            string actual = PyRepr.Repr(bytes);
            if (actual != line.Substring(tab + 1)) failures.Add($"{line}: got {actual}");
        }
        Assert.Empty(failures.Take(20).Append($"{failures.Count} failures").Skip(failures.Count == 0 ? 1 : 0));
    }

    [Fact]
    public void AdjacentLoneSurrogatesAsCodePoints()
    {
        // python3.11: repr('\ud800\udc00'), repr("'\udbff\udfff\U0001F600")
        Assert.Equal("'\\ud800\\udc00'", PyRepr.Repr(new CodePointString(new[] { 0xD800, 0xDC00 })));
        Assert.Equal("\"'\\udbff\\udfff\U0001F600\"", PyRepr.Repr(new CodePointString(new[] { 0x27, 0xDBFF, 0xDFFF, 0x1F600 })));
    }

    [Theory]
    [InlineData(null, "None")]
    [InlineData(true, "True")]
    [InlineData(false, "False")]
    [InlineData(0L, "0")]
    [InlineData(-42L, "-42")]
    [InlineData(long.MaxValue, "9223372036854775807")]
    public void Scalars(object? value, string expected) => Assert.Equal(expected, PyRepr.Repr(value));

    [Fact]
    public void EllipsisAndBigIntegers()
    {
        Assert.Equal("Ellipsis", PyRepr.Repr(EllipsisValue.Instance));
        // python3.11: repr(2**100), repr(10**4299) has 4300 digits and is allowed, 10**4300 is not.
        Assert.Equal("1267650600228229401496703205376", PyRepr.Repr(BigInteger.Pow(2, 100)));
        Assert.Equal(4300, PyRepr.Repr(BigInteger.Pow(10, 4299)).Length);
        Assert.Throws<InvalidOperationException>(() => PyRepr.Repr(BigInteger.Pow(10, 4300)));
    }
}
