using System.Text;
using Krait.Runtime;

namespace Krait.Modules.Data;

/// <summary>_codecs.charmap_build/charmap_decode/charmap_encode: the engine under the single-byte codecs of
/// CPython's <c>encodings</c> package (cp437, cp850, koi8_r, mac_roman, iso8859_*...), which look up a
/// 256-character decoding table or a code point → byte map. An unmapped byte or character "maps to
/// &lt;undefined&gt;" and goes to the error handler.</summary>
public static class CharmapCodec
{
    private const string Undefined = "character maps to <undefined>";
    private const int UndefinedChar = 0xFFFE;

    public static void Install(PyModule m)
    {
        NativeModule.Def(m, "charmap_build", (a, k) =>
        {
            NativeArgs.Exactly("charmap_build", a, k, 1);
            if (a[0] is not PyStr table) throw Ops.TypeError($"charmap_build() argument must be str, not {a[0].Type.TpName}");
            var map = new PyDict();
            var cps = Codecs.CodePoints(table.Value);
            for (int i = 0; i < cps.Length && i < 256; i++)
                if (cps[i] != UndefinedChar) map.SetItem(PyInt.Get(cps[i]), PyInt.Get(i));
            return map;
        });
        NativeModule.Def(m, "charmap_decode", (a, k) =>
        {
            var p = NativeArgs.Bind("charmap_decode", a, k, new[] { "data", "errors", "mapping" }, 1, posOnly: 3);
            var data = DataArgs.Buffer(p[0]!).ToArray();
            string errors = p[1] is null or PyNone ? "strict" : ((PyStr)p[1]!).Value;
            var mapping = p[2] is null or PyNone ? null : p[2];
            return new PyTuple(new PyObject[] { new PyStr(Decode(data, errors, mapping)), PyInt.Get(data.Length) });
        });
        NativeModule.Def(m, "charmap_encode", (a, k) =>
        {
            var p = NativeArgs.Bind("charmap_encode", a, k, new[] { "str", "errors", "mapping" }, 1, posOnly: 3);
            if (p[0] is not PyStr s) throw Ops.TypeError($"charmap_encode() argument 1 must be str, not {p[0]!.Type.TpName}");
            string errors = p[1] is null or PyNone ? "strict" : ((PyStr)p[1]!).Value;
            var mapping = p[2] is null or PyNone ? null : p[2];
            var cps = Codecs.CodePoints(s.Value);
            return new PyTuple(new PyObject[] { new PyBytes(Encode(s.Value, cps, errors, mapping)), PyInt.Get(cps.Length) });
        });
    }

    private static string Decode(byte[] data, string errors, PyObject? mapping)
    {
        int[]? table = mapping is PyStr t ? Codecs.CodePoints(t.Value) : null;
        var sb = new StringBuilder(data.Length);
        for (int i = 0; i < data.Length;)
        {
            string? ch = mapping == null ? ((char)data[i]).ToString() : table != null ? FromTable(table, data[i]) : FromMapping(mapping, data[i]);
            if (ch != null) { sb.Append(ch); i++; continue; }
            var exc = PyUnicodeError.Decode("charmap", data, i, i + 1, Undefined);
            if (errors == "strict") throw new PythonException(exc);
            var replacement = Codecs.CallHandler(errors, exc, data.Length, encoding: false, out long resume);
            sb.Append(((PyStr)replacement).Value);
            i = (int)resume;
        }
        return sb.ToString();
    }

    private static string? FromTable(int[] table, byte b) =>
        b < table.Length && table[b] != UndefinedChar ? char.ConvertFromUtf32(table[b]) : null;

    private static string? FromMapping(PyObject mapping, byte b)
    {
        PyObject v;
        try { v = mapping.GetItem(PyInt.Get(b)); }
        catch (PythonException e) when (e.Value.Class.IsSubtypeOf(ExceptionTypes.LookupError)) { return null; }
        switch (v)
        {
            case PyNone: return null;
            case PyStr s: return s.Value == "\ufffe" ? null : s.Value;
            case PyInt n:
                if (n.Value < 0 || n.Value > 0x10FFFF) throw Ops.TypeError("character mapping must be in range(0x110000)");
                return n.Value == UndefinedChar ? null : char.ConvertFromUtf32((int)n.Value);
            default: throw Ops.TypeError("character mapping must return integer, None or str");
        }
    }

    private static byte[] Encode(string s, int[] cps, string errors, PyObject? mapping)
    {
        var output = new List<byte>(cps.Length);
        for (int i = 0; i < cps.Length;)
        {
            if (TryEncode(cps[i], mapping, output)) { i++; continue; }
            // The error covers the whole run of unmappable characters, as in CPython.
            int end = i + 1;
            while (end < cps.Length && !Mappable(cps[end], mapping)) end++;
            var exc = PyUnicodeError.Encode("charmap", s, i, end, Undefined);
            if (errors == "strict") throw new PythonException(exc);
            var replacement = Codecs.CallHandler(errors, exc, cps.Length, encoding: true, out long resume);
            if (replacement is PyBytes rb) output.AddRange(rb.Value);
            else
                foreach (int cp in Codecs.CodePoints(((PyStr)replacement).Value))
                    if (!TryEncode(cp, mapping, output)) throw new PythonException(exc);
            i = (int)resume;
        }
        return output.ToArray();
    }

    private static bool Mappable(int cp, PyObject? mapping) => TryEncode(cp, mapping, null);

    /// <summary>Appends the bytes <paramref name="cp"/> maps to (when <paramref name="output"/> is given); false
    /// when it maps to nothing.</summary>
    private static bool TryEncode(int cp, PyObject? mapping, List<byte>? output)
    {
        if (mapping == null)
        {
            if (cp > 0xFF) return false;
            output?.Add((byte)cp);
            return true;
        }
        PyObject v;
        try { v = mapping.GetItem(PyInt.Get(cp)); }
        catch (PythonException e) when (e.Value.Class.IsSubtypeOf(ExceptionTypes.LookupError)) { return false; }
        switch (v)
        {
            case PyNone: return false;
            case PyInt n:
                if (n.Value < 0 || n.Value > 255) throw Ops.TypeError("character mapping must be in range(256)");
                output?.Add((byte)n.Value);
                return true;
            case PyBytes b:
                output?.AddRange(b.Value);
                return true;
            default: throw Ops.TypeError($"character mapping must return integer, bytes or None, not {v.Type.TpName}");
        }
    }
}
