using Krait.Runtime;

namespace Krait.Modules.Data;

/// <summary>Argument conversions the data modules (binascii, zlib, hashlib, codecs) share.</summary>
internal static class DataArgs
{
    /// <summary>The bytes of a bytes-like object (bytes, bytearray, memoryview, array.array).</summary>
    public static ReadOnlySpan<byte> Buffer(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Data.AsSpan(0, ba.Count),
        PyMemoryView mv => mv.ToArray(),
        PyArray arr => arr.RawBytes(),
        _ => throw Ops.TypeError($"a bytes-like object is required, not '{o.Type.TpName}'"),
    };

    /// <summary>The a2b_* argument rule: a bytes-like object or an ASCII-only str.</summary>
    public static ReadOnlySpan<byte> AsciiData(PyObject o)
    {
        if (o is PyStr s)
        {
            var v = s.Value;
            var r = new byte[v.Length];
            for (int i = 0; i < v.Length; i++)
            {
                if (v[i] >= 0x80) throw Ops.ValueError("string argument should contain only ASCII characters");
                r[i] = (byte)v[i];
            }
            return r;
        }
        if (o is PyBytes or PyByteArray or PyMemoryView or PyArray) return Buffer(o);
        throw Ops.TypeError($"argument should be bytes, buffer or ASCII string, not '{o.Type.TpName}'");
    }

    public static PyBytes Bytes(byte[] b) => b.Length == 0 ? PyBytes.Empty : new PyBytes(b);

    public static PythonException Error(PyType type, string message) => new(ExceptionTypes.Make(type, message));

    public static PyType ErrorType(string module, string name, PyType baseType) =>
        new(name, new[] { baseType }, userDefined: true) { Module = module };

    public static bool Truth(PyObject? o, bool dflt) => o == null ? dflt : o.IsTrue();

    public static long Index(PyObject? o, long dflt) => o == null ? dflt : NativeArgs.Int(o);

    /// <summary>An unsigned 32-bit value as CPython's "I" converters read it (masked, as crc arguments are).</summary>
    public static uint UInt32Masked(PyObject o)
    {
        if (o is PyInt i) return (uint)i.Value;
        if (o is PyBigInt bi) return (uint)(bi.Value & uint.MaxValue);
        var v = Ops.Index(o);
        return (uint)v;
    }
}
