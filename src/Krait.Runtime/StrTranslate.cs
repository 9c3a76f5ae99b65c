using System.Buffers;

namespace Krait.Runtime;

/// <summary>str.translate. The table is asked once per distinct ASCII character in a call (texts are mostly a
/// few distinct ones) and the result is written straight into a char buffer; other characters, and ASCII ones
/// mapped to longer strings, take the general lookup.</summary>
public static class StrTranslate
{
    private const int Unknown = -1, Deleted = -2, Longer = -3;

    public static PyStr Translate(string s, PyObject table)
    {
        var dict = table as PyDict;
        Span<int> ascii = stackalloc int[128];
        ascii.Fill(Unknown);
        string?[]? longer = null;
        char[] buf = ArrayPool<char>.Shared.Rent(Math.Max(s.Length, 16));
        int n = 0;
        bool astral = false;
        try
        {
            for (int i = 0; i < s.Length;)
            {
                char c = s[i];
                if (c < 128)
                {
                    int m = ascii[c];
                    if (m >= 0)
                    {
                        if (n == buf.Length) Grow(ref buf, n, 1);
                        buf[n++] = (char)m;
                        i++;
                        continue;
                    }
                    if (m == Deleted) { i++; continue; }
                    if (m == Longer)
                    {
                        Append(ref buf, ref n, longer![c]!);
                        i++;
                        continue;
                    }
                }
                int cp = c, w = 1;
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    cp = char.ConvertToUtf32(c, s[i + 1]);
                    w = 2;
                }
                string? r = Lookup(dict, table, cp, out bool found);
                if (!found) r = w == 1 ? null : s.Substring(i, 2);
                if (cp < 128)
                {
                    if (!found) ascii[cp] = cp;
                    else if (r == null) ascii[cp] = Deleted;
                    else if (r.Length == 1 && !char.IsSurrogate(r[0])) ascii[cp] = r[0];
                    else { (longer ??= new string?[128])[cp] = r; ascii[cp] = Longer; }
                }
                if (!found && w == 1)
                {
                    if (n == buf.Length) Grow(ref buf, n, 1);
                    buf[n++] = c;
                    if (char.IsHighSurrogate(c)) astral = true;
                }
                else if (r != null)
                {
                    Append(ref buf, ref n, r);
                    if (w == 2 || r.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF') >= 0) astral = true;
                }
                i += w;
            }
            // Output that may hold astral characters is scanned (rare); otherwise the flag is known.
            var result = new string(buf, 0, n);
            return astral ? new PyStr(result) : new PyStr(result, false);
        }
        finally { ArrayPool<char>.Shared.Return(buf); }
    }

    /// <summary>The table's replacement for <paramref name="cp"/>: found=false when it has none (the character
    /// stays), null when it maps to None (deleted).</summary>
    private static string? Lookup(PyDict? dict, PyObject table, int cp, out bool found)
    {
        PyObject? m;
        if (dict != null) m = dict.TryGet(PyInt.Get(cp));
        else
        {
            try { m = table.GetItem(PyInt.Get(cp)); }
            catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.LookupError)) { m = null; }
        }
        found = m != null;
        if (m == null || m == PyNone.Instance) return null;
        if (m is PyStr ms) return ms.Value;
        if (Ops.IsIntLike(m))
        {
            long v = Ops.Index(m);
            if (v < 0 || v > 0x10FFFF) throw Ops.ValueError("character mapping must be in range(0x110000)");
            return v < 256 ? PyStr.Char((char)v).Value : PyStr.FromCodePoint((int)v);
        }
        throw Ops.TypeError("character mapping must return integer, None or str");
    }

    private static void Append(ref char[] buf, ref int n, string r)
    {
        if (n + r.Length > buf.Length) Grow(ref buf, n, r.Length);
        r.CopyTo(0, buf, n, r.Length);
        n += r.Length;
    }

    private static void Grow(ref char[] buf, int used, int extra)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(buf.Length * 2, used + extra));
        Array.Copy(buf, bigger, used);
        ArrayPool<char>.Shared.Return(buf);
        buf = bigger;
    }
}
