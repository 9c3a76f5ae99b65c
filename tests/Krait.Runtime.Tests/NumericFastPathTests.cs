using System.Numerics;
using Krait.Runtime.Numerics;

namespace Krait.Runtime.Tests;

/// <summary>The long and 128-bit fast paths against plain BigInteger arithmetic (the CPython data covers the
/// semantics; this covers the overflow edges of the fast paths densely).</summary>
public class NumericFastPathTests
{
    static readonly long[] Edges = { 0, 1, -1, 2, -2, long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1,
        int.MaxValue, int.MinValue, 3037000499, 3037000500, -3037000500, 1L << 62, -(1L << 62), 1L << 32 };

    static IEnumerable<long> Values(Random random)
    {
        foreach (long e in Edges) yield return e;
        for (int i = 0; i < 300; i++) yield return random.NextInt64(long.MinValue, long.MaxValue) >> random.Next(64);
    }

    [Fact]
    public void LongArithmeticReportsOverflow()
    {
        var random = new Random(3);
        var values = Values(random).ToArray();
        foreach (long a in values)
        foreach (long b in values.Take(60))
        {
            Check(IntegerMath.TryAdd(a, b, out long sum), sum, (BigInteger)a + b);
            Check(IntegerMath.TrySubtract(a, b, out long diff), diff, (BigInteger)a - b);
            Check(IntegerMath.TryMultiply(a, b, out long product), product, (BigInteger)a * b);
            if (b != 0) Check(IntegerMath.TryFloorDivide(a, b, out long q), q, IntegerMath.FloorDivide(a, b));
        }
        foreach (long a in values) Check(IntegerMath.TryNegate(a, out long n), n, -(BigInteger)a);
    }

    static void Check(bool fits, long fast, BigInteger exact)
    {
        bool exactFits = exact >= long.MinValue && exact <= long.MaxValue;
        Assert.Equal(exactFits, fits);
        if (fits) Assert.Equal(exact, (BigInteger)fast);
    }

    [Fact]
    public void ScaledRoundingFastPathAgreesWithBigInteger()
    {
        var random = new Random(17);
        int fastCount = 0;
        for (int i = 0; i < 100_000; i++)
        {
            ulong m = (ulong)random.NextInt64(1L << 53) | 1;
            if (random.Next(4) == 0) m = (ulong)random.Next(1, 1000) | 1;
            int e = random.Next(4) == 0 ? random.Next(-1074, 972) : random.Next(-140, 80);
            int k = random.Next(-45, 45);
            if (FloatFormatting.TryScaledRound(m, e, k, out UInt128 fast))
            {
                fastCount++;
                Assert.Equal(FloatFormatting.ScaledRound(m, e, k), (BigInteger)fast);
            }
        }
        Assert.True(fastCount > 30_000, $"{fastCount}");
    }
}
