using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Krait.Runtime.Numerics;
using Krait.Syntax.Text;

namespace Krait.Runtime.Tests;

/// <summary>Expected results from /usr/bin/python3.11 (tools/gen_numeric_float_data.py writes Data/float_cases.jsonl).</summary>
public class FloatMathTests
{
    static double D(JsonElement e) => TestData.Float(e.GetString()!);
    static string Q(string s) => IntegerMathTests.Quote(s);
    static string R(double d) => Q(PyRepr.Float(d));
    static string S(BigInteger v) => Q(v.ToString(CultureInfo.InvariantCulture));

    static string Run(JsonElement row)
    {
        string op = row[0].GetString()!;
        switch (op)
        {
            case "parse": return R(FloatMath.Parse(TestData.Str(row[1])!));
            case "parse_bytes": return R(FloatMath.Parse(Convert.FromHexString(row[1].GetString()!)));
            case "round_int": return S(FloatMath.RoundToInteger(D(row[1])));
            case "floor": return S(FloatMath.Floor(D(row[1])));
            case "ceil": return S(FloatMath.Ceiling(D(row[1])));
            case "trunc": return S(FloatMath.Truncate(D(row[1])));
            case "round": return R(FloatMath.Round(D(row[1]), long.Parse(row[2].GetString()!)));
            case "floordiv": return R(FloatMath.FloorDivide(D(row[1]), D(row[2])));
            case "mod": return R(FloatMath.Modulo(D(row[1]), D(row[2])));
            case "truediv": return R(FloatMath.TrueDivide(D(row[1]), D(row[2])));
            case "divmod":
            {
                double q = FloatMath.DivMod(D(row[1]), D(row[2]), out double r);
                return $"[{R(q)}, {R(r)}]";
            }
            case "pow": return FloatMath.TryPower(D(row[1]), D(row[2]), out double p) ? R(p) : Q("complex");
            case "ratio":
            {
                var (n, d) = FloatMath.AsIntegerRatio(D(row[1]));
                return $"[{S(n)}, {S(d)}]";
            }
            case "is_integer": return FloatMath.IsInteger(D(row[1])) ? "true" : "false";
            case "hex": return Q(FloatMath.ToHex(D(row[1])));
            case "fromhex": return R(FloatMath.FromHex(TestData.Str(row[1])!));
            case "fmt":
            {
                double x = D(row[1]);
                char type = row[2].GetString()![0];
                return type == 'r' ? Q(PyRepr.Float(x))
                    : Q(FloatFormatting.Format(x, type, int.Parse(row[3].GetString()!), row[4].GetBoolean()));
            }
            default: throw new InvalidDataException(op);
        }
    }

    [Fact]
    public void MatchesCPython() => IntegerMathTests.CheckAll("float_cases.jsonl", Run, 30000);

    [Fact]
    public void RoundTripsThroughHex()
    {
        var random = new Random(11);
        for (int i = 0; i < 2000; i++)
        {
            double x = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (!double.IsFinite(x)) continue;
            Assert.Equal(BitConverter.DoubleToInt64Bits(x), BitConverter.DoubleToInt64Bits(FloatMath.FromHex(FloatMath.ToHex(x))));
        }
    }
}
