using System.Numerics;
using Krait.Runtime.Numerics;

namespace Krait.Runtime.Tests;

/// <summary>Expected hashes from /usr/bin/python3.11 (tools/gen_numeric_hash_data.py writes Data/hash_cases.jsonl).</summary>
public class NumericHashTests
{
    [Fact]
    public void MatchesCPython()
    {
        int checkedRows = 0;
        var failures = new List<string>();
        uint? previousSeed = NumericHash.HashSeed;
        try
        {
            foreach (var row in TestData.Rows("hash_cases.jsonl"))
            {
                string kind = row[0].GetString()!;
                long expected = row[row.GetArrayLength() - 1].GetInt64();
                long actual;
                string what;
                switch (kind)
                {
                    case "int":
                    {
                        what = row[1].GetString()!;
                        var big = TestData.Big(what);
                        actual = NumericHash.Int(big);
                        if (big >= long.MinValue && big <= long.MaxValue && NumericHash.Int((long)big) != actual)
                            failures.Add($"int long/big disagree {what}");
                        break;
                    }
                    case "float":
                        what = row[1].GetString()!;
                        actual = NumericHash.Float(TestData.Float(what));
                        break;
                    case "complex":
                        what = row[1].ToString();
                        actual = NumericHash.Complex(TestData.Float(row[1][0].GetString()!), TestData.Float(row[1][1].GetString()!));
                        break;
                    case "tuple":
                    {
                        what = row[1].ToString();
                        var items = row[1].EnumerateArray().Select(e => NumericHash.Int(TestData.Big(e.GetString()!))).ToArray();
                        actual = NumericHash.Tuple(items);
                        break;
                    }
                    case "bool":
                        what = row[1].GetString()!;
                        actual = what == "True" ? NumericHash.True : NumericHash.False;
                        break;
                    case "str":
                    {
                        NumericHash.SetHashSeed(row[1].GetUInt32());
                        what = $"seed {row[1]} {row[2]}";
                        actual = NumericHash.String(TestData.CodePoints(row[2]));
                        string? s = TestData.Str(row[2]);
                        if (s != null && NumericHash.String(s) != actual) failures.Add("str overloads disagree " + what);
                        break;
                    }
                    case "bytes":
                        NumericHash.SetHashSeed(row[1].GetUInt32());
                        what = $"seed {row[1]} b{row[2]}";
                        actual = NumericHash.Bytes(Convert.FromHexString(row[2].GetString()!));
                        break;
                    default: throw new InvalidDataException(kind);
                }
                if (actual != expected) failures.Add($"{kind} {what}: expected {expected}, got {actual}");
                checkedRows++;
            }
        }
        finally
        {
            if (previousSeed is uint seed) NumericHash.SetHashSeed(seed); else NumericHash.SetRandomHashSeed();
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedRows} wrong:\n" + string.Join("\n", failures.Take(30)));
        Assert.True(checkedRows > 2000);
    }

    [Fact]
    public void EqualNumbersHashAlike()
    {
        Assert.Equal(NumericHash.Int(5), NumericHash.Float(5.0));
        Assert.Equal(NumericHash.Int(BigInteger.Pow(2, 100)), NumericHash.Float(Math.Pow(2, 100)));
        Assert.Equal(NumericHash.Int(-1), NumericHash.Float(-1.0));
        Assert.Equal(NumericHash.Float(2.5), NumericHash.Complex(2.5, 0.0));
    }
}
