using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Krait.Runtime.Tests;

/// <summary>Access to the committed data files (made by tools/gen_numeric_*.py with /usr/bin/python3.11).</summary>
static class TestData
{
    public static string DataFile(string name, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Data", name);

    public static IEnumerable<JsonElement> Rows(string name)
    {
        foreach (var line in File.ReadLines(DataFile(name), Encoding.UTF8))
            if (line.Length > 0) yield return JsonDocument.Parse(line).RootElement;
    }

    public static BigInteger Big(string s) => BigInteger.Parse(s, CultureInfo.InvariantCulture);

    public static double Float(string repr) => repr switch
    {
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" => double.NaN,
        "-nan" => -double.NaN,
        _ => double.Parse(repr, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    /// <summary>A Python str given as a list of code points; null if two lone surrogates would pair up in UTF-16.</summary>
    public static string? Str(JsonElement codePoints)
    {
        var sb = new StringBuilder();
        foreach (var e in codePoints.EnumerateArray())
        {
            int cp = e.GetInt32();
            if (cp > 0xFFFF) sb.Append(char.ConvertFromUtf32(cp));
            else
            {
                if (char.IsLowSurrogate((char)cp) && sb.Length > 0 && char.IsHighSurrogate(sb[^1])) return null;
                sb.Append((char)cp);
            }
        }
        return sb.ToString();
    }

    public static int[] CodePoints(JsonElement codePoints) =>
        codePoints.EnumerateArray().Select(e => e.GetInt32()).ToArray();
}
