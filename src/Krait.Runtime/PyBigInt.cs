using System.Numerics;
using System.Runtime.InteropServices;
using Krait.Runtime.Numerics;

namespace Krait.Runtime;

/// <summary>An int beyond 64 bits: sign and magnitude in 32-bit limbs (<see cref="Limbs"/>), so the hot
/// operations (+ - * // % divmod, comparisons) compute straight into the result's array, where .NET's
/// BigInteger computes into a pooled buffer and copies into a fresh trimmed one. Everything else goes through
/// <see cref="Value"/>, a BigInteger made on first use and kept. Never holds a value that fits a long
/// (<see cref="PyInt.From"/> and <see cref="BigIntArithmetic"/> keep that invariant), so Length &gt;= 2.</summary>
public sealed class PyBigInt : PyObject
{
    /// <summary>Magnitude limbs, little-endian; only the first <see cref="Length"/> count (the top one is non-zero).
    /// Shared between objects (negation reuses it): never written after construction.</summary>
    internal readonly uint[] Digits;
    internal readonly int Length;
    internal readonly bool Negative;
    private object? _boxedValue; // the BigInteger, boxed so that publishing it is one reference write

    internal PyBigInt(uint[] digits, int length, bool negative)
    {
        Digits = digits;
        Length = length;
        Negative = negative;
    }

    public PyBigInt(BigInteger v)
    {
        var magnitude = BigInteger.Abs(v);
        int bytes = magnitude.GetByteCount(isUnsigned: true);
        Digits = new uint[(bytes + 3) >> 2];
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("big-endian host");
        magnitude.TryWriteBytes(MemoryMarshal.AsBytes(Digits.AsSpan()), out _, isUnsigned: true, isBigEndian: false);
        Length = Digits.Length;
        Negative = v.Sign < 0;
        _boxedValue = v;
    }

    internal ReadOnlySpan<uint> Magnitude => new(Digits, 0, Length);

    public BigInteger Value
    {
        get
        {
            if (_boxedValue is BigInteger known) return known;
            var v = new BigInteger(MemoryMarshal.AsBytes(Magnitude), isUnsigned: true, isBigEndian: false);
            if (Negative) v = -v;
            _boxedValue = v;
            return v;
        }
    }

    public override PyType Type => PyType.IntType;
    public override bool IsTrue() => true;
    public override long Hash() => NumericHash.Int(Value);
    public override string Repr() => IntegerText.ToDecimal(Value);
    public override PyObject RichCompare(PyObject other, CompareOp op) => Ops.NumericCompare(this, other, op);
}
