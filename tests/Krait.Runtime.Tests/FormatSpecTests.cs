using System.Text.Json;
using Krait.Runtime.Numerics;

namespace Krait.Runtime.Tests;

/// <summary>format() of int, float and str and printf-style '%' formatting, against /usr/bin/python3.11
/// (tools/gen_numeric_format_data.py writes Data/format_cases.jsonl).</summary>
public class FormatSpecTests
{
    static string Run(JsonElement row)
    {
        string op = row[0].GetString()!;
        string spec = TestData.Str(row[2])!;
        switch (op)
        {
            case "int": return FormatSpec.FormatInt(TestData.Big(row[1].GetString()!), spec);
            case "float": return FormatSpec.FormatFloat(TestData.Float(row[1].GetString()!), spec);
            case "str": return FormatSpec.FormatString(TestData.Str(row[1])!, spec);
            case "pct_int":
            {
                var big = TestData.Big(row[1].GetString()!);
                object arg = big >= long.MinValue && big <= long.MaxValue ? (object)(long)big : big;
                return PercentFormat.Format(spec, arg);
            }
            case "pct_float": return PercentFormat.Format(spec, TestData.Float(row[1].GetString()!));
            case "pct_str": return PercentFormat.Format(spec, TestData.Str(row[1])!);
            case "pct_multi":
                return PercentFormat.Format(spec, row[1].EnumerateArray().Select(a => a[0].GetString() switch
                {
                    "int" => Arg(TestData.Big(a[1].GetString()!)),
                    "float" => (object)TestData.Float(a[1].GetString()!),
                    _ => TestData.Str(a[1])!,
                }).ToArray());
            default: throw new InvalidDataException(op);
        }
    }

    static object Arg(System.Numerics.BigInteger big) =>
        big >= long.MinValue && big <= long.MaxValue ? (object)(long)big : big;

    [Fact]
    public void MatchesCPython()
    {
        var failures = new List<string>();
        int count = 0;
        foreach (var row in TestData.Rows("format_cases.jsonl"))
        {
            var e = row[3];
            string expected = e.GetArrayLength() == 3 && e[0].ValueKind == JsonValueKind.String
                ? $"{e[1].GetString()}: {e[2].GetString()}"
                : TestData.Str(e)!;
            string actual;
            try { actual = Run(row); }
            catch (NumericError ex) { actual = $"{ex.PythonType}: {ex.Message}"; }
            catch (Exception ex) { actual = "crash " + ex.GetType().Name + ": " + ex.Message; }
            if (actual != expected)
                failures.Add($"{row[0]} {row[1]} spec {JsonSerializer.Serialize(TestData.Str(row[2]))}\n    expected {JsonSerializer.Serialize(expected)}\n    actual   {JsonSerializer.Serialize(actual)}");
            count++;
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} wrong:\n" + string.Join("\n", failures.Take(25)));
        Assert.True(count > 10000);
    }
}
