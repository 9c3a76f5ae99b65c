using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Krait.Runtime.Numerics;
using Krait.Syntax.Text;

namespace Krait.Runtime.Tests;

/// <summary>Expected results from /usr/bin/python3.11 (tools/gen_numeric_int_data.py writes Data/int_cases.jsonl).</summary>
public class IntegerMathTests
{
    static BigInteger I(JsonElement e) => TestData.Big(e.GetString()!);
    static string S(BigInteger v) => v.ToString(CultureInfo.InvariantCulture);
    static string F(double d) => PyRepr.Float(d);
    static bool FitsLong(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    /// <summary>Runs one operation the way the runtime would (long fast path first where there is one) and
    /// renders the result as the data file does.</summary>
    static string Run(JsonElement row)
    {
        string op = row[0].GetString()!;
        switch (op)
        {
            case "floordiv":
            {
                BigInteger a = I(row[1]), b = I(row[2]);
                var big = IntegerMath.FloorDivide(a, b);
                if (FitsLong(a) && FitsLong(b) && IntegerMath.TryFloorDivide((long)a, (long)b, out long q) && q != big)
                    return "long path differs: " + q;
                return Quote(S(big));
            }
            case "mod":
            {
                BigInteger a = I(row[1]), b = I(row[2]);
                var big = IntegerMath.Modulo(a, b);
                if (FitsLong(a) && FitsLong(b) && IntegerMath.Modulo((long)a, (long)b) != big) return "long path differs";
                return Quote(S(big));
            }
            case "divmod":
            {
                BigInteger a = I(row[1]), b = I(row[2]);
                var q = IntegerMath.DivMod(a, b, out var r);
                if (FitsLong(a) && FitsLong(b) && IntegerMath.TryDivMod((long)a, (long)b, out long lq, out long lr)
                    && (lq != q || lr != r)) return "long path differs";
                return $"[{Quote(S(q))}, {Quote(S(r))}]";
            }
            case "truediv":
            {
                BigInteger a = I(row[1]), b = I(row[2]);
                double d = IntegerMath.TrueDivide(a, b);
                if (FitsLong(a) && FitsLong(b) && BitConverter.DoubleToInt64Bits(IntegerMath.TrueDivide((long)a, (long)b)) != BitConverter.DoubleToInt64Bits(d))
                    return "long path differs";
                return Quote(F(d));
            }
            case "float": return Quote(F(IntegerMath.ToDouble(I(row[1]))));
            case "pow":
            {
                BigInteger a = I(row[1]), e = I(row[2]);
                var big = IntegerMath.Power(a, e);
                if (FitsLong(a) && IntegerMath.TryPower((long)a, (long)e, out long p) && p != big) return "long path differs";
                if (FitsLong(big) && FitsLong(a) && !IntegerMath.TryPower((long)a, (long)e, out _)) return "long path overflowed";
                return Quote(S(big));
            }
            case "round": return Quote(S(IntegerMath.Round(I(row[1]), (long)I(row[2]))));
            case "powmod": return Quote(S(IntegerMath.ModPow(I(row[1]), I(row[2]), I(row[3]))));
            case "lshift":
            {
                BigInteger a = I(row[1]), n = I(row[2]);
                var big = IntegerMath.ShiftLeft(a, n);
                if (FitsLong(a) && FitsLong(n) && IntegerMath.TryShiftLeft((long)a, (long)n, out long l) && l != big) return "long path differs";
                return Quote(S(big));
            }
            case "rshift":
            {
                BigInteger a = I(row[1]), n = I(row[2]);
                var big = IntegerMath.ShiftRight(a, n);
                if (FitsLong(a) && FitsLong(n) && IntegerMath.ShiftRight((long)a, (long)n) != big) return "long path differs";
                return Quote(S(big));
            }
            case "bit_length":
            {
                var a = I(row[1]);
                long n = IntegerMath.BitLength(a);
                if (FitsLong(a) && IntegerMath.BitLength((long)a) != n) return "long path differs";
                return Quote(n.ToString());
            }
            case "bit_count":
            {
                var a = I(row[1]);
                long n = IntegerMath.BitCount(a);
                if (FitsLong(a) && IntegerMath.BitCount((long)a) != n) return "long path differs";
                return Quote(n.ToString());
            }
            case "to_bytes":
                return Quote(Convert.ToHexString(IntegerMath.ToBytes(I(row[1]), (long)I(row[2]), row[3].GetString() == "big", row[4].GetBoolean())).ToLowerInvariant());
            case "from_bytes":
                return Quote(S(IntegerMath.FromBytes(Convert.FromHexString(row[1].GetString()!), row[2].GetString() == "big", row[3].GetBoolean())));
            case "int":
                return Quote(S(IntegerText.Parse(row[1].GetString()!, (int)I(row[2]), out long small, out var parsed) ? small : parsed));
            case "int_bytes":
                return Quote(S(IntegerText.Parse(Convert.FromHexString(row[1].GetString()!), (int)I(row[2]), out long bs, out var bb) ? bs : bb));
            case "str": return Quote(IntegerText.ToDecimal(I(row[1])));
            case "hex": return Quote(IntegerText.WithPrefix(I(row[1]), 16));
            case "oct": return Quote(IntegerText.WithPrefix(I(row[1]), 8));
            case "bin": return Quote(IntegerText.WithPrefix(I(row[1]), 2));
            default: throw new InvalidDataException(op);
        }
    }

    internal static string Quote(string s) => JsonSerializer.Serialize(s);

    /// <summary>The expected cell, rendered as <see cref="Run"/> renders (errors as the Python type and message).</summary>
    internal static string Expected(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Array && e.GetArrayLength() == 3 && e[0].ValueKind == JsonValueKind.String && e[0].GetString() == "!")
            return $"{e[1].GetString()}: {e[2].GetString()}";
        if (e.ValueKind is JsonValueKind.True or JsonValueKind.False) return e.GetBoolean() ? "true" : "false";
        if (e.ValueKind == JsonValueKind.Array)
            return "[" + string.Join(", ", e.EnumerateArray().Select(x => Quote(x.GetString()!))) + "]";
        return Quote(e.GetString()!);
    }

    internal static void CheckAll(string file, Func<JsonElement, string> run, int minimum)
    {
        var failures = new List<string>();
        int count = 0;
        foreach (var row in TestData.Rows(file))
        {
            string expected = Expected(row[row.GetArrayLength() - 1]);
            string actual;
            try { actual = run(row); }
            catch (NumericError e) { actual = $"{e.PythonType}: {e.Message}"; }
            catch (Exception e) { actual = "crash " + e.GetType().Name + ": " + e.Message; }
            if (actual != expected)
            {
                string input = row.ToString();
                if (input.Length > 300) input = input.Substring(0, 300) + "...";
                failures.Add($"{input}\n    expected {Trim(expected)}\n    actual   {Trim(actual)}");
            }
            count++;
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} wrong:\n" + string.Join("\n", failures.Take(40)));
        Assert.True(count >= minimum, $"only {count} rows");
    }

    static string Trim(string s) => s.Length > 400 ? s.Substring(0, 400) + "..." : s;

    [Fact]
    public void MatchesCPython() => CheckAll("int_cases.jsonl", Run, 8000);

    [Fact]
    public void DigitLimitIsSettable()
    {
        Assert.Equal("maxdigits must be 0 or larger than 640",
            Assert.Throws<NumericError>(() => IntegerText.SetMaxStrDigits(5)).Message);
        var big = BigInteger.Pow(10, 5000);
        try
        {
            IntegerText.SetMaxStrDigits(0);
            Assert.Equal(5001, IntegerText.ToDecimal(big).Length);
            Assert.Equal(big, IntegerText.ParseBig("1" + new string('0', 5000)));
            IntegerText.SetMaxStrDigits(6000);
            Assert.Equal(5001, IntegerText.ToDecimal(big).Length);
        }
        finally { IntegerText.SetMaxStrDigits(IntegerText.DefaultMaxStrDigits); }
        Assert.Throws<NumericError>(() => IntegerText.ToDecimal(big));
    }

    [Fact]
    public void HugeDecimalConversionIsNotQuadratic()
    {
        var random = new Random(5);
        var digits = new char[100_000];
        for (int i = 0; i < digits.Length; i++) digits[i] = (char)('0' + random.Next(10));
        digits[0] = '7';
        var text = new string(digits);
        var value = BigInteger.Parse(text, CultureInfo.InvariantCulture);
        var sw = Stopwatch.StartNew();
        string back = IntegerText.DecimalDigits(value);
        sw.Stop();
        Assert.Equal(text, back);
        Assert.Equal("-" + text, IntegerText.DecimalDigits(-value));
        // Release build, warm: about 175 ms (CPython 3.11: 310 ms; .NET ToString: 1.1 s). Loose bound for Debug on a busy machine.
        Assert.True(sw.ElapsedMilliseconds < 3000, $"{sw.ElapsedMilliseconds} ms");
    }
}
