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
        // Texts whose characters are all ASCII and all map to one character (DNA complements, ROT13, case
        // tables) are written straight into the result: one pass, no intermediate buffer to copy from.
        string?[]? longer = null;
        if (ProbeOneToOne(s, dict, table, ascii, ref longer)) return MapOneToOne(s, ascii);
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
                        var lr = longer![c]!;
                        // The entry may have been made by the probe, which records no astral flag.
                        if (!astral && lr.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF') >= 0) astral = true;
                        Append(ref buf, ref n, lr);
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

    /// <summary>Fills <paramref name="ascii"/> for every distinct character of <paramref name="s"/> (the table is
    /// asked once per character, as the general loop would ask it); false as soon as a character is not ASCII or
    /// is not mapped to exactly one character. The entries filled so far stay valid for the general loop.</summary>
    private static bool ProbeOneToOne(string s, PyDict? dict, PyObject table, Span<int> ascii, ref string?[]? longer)
    {
        foreach (char c in s)
        {
            if (c >= 128) return false;
            int m = ascii[c];
            if (m >= 0) continue;
            if (m != Unknown) return false;
            string? r = Lookup(dict, table, c, out bool found);
            if (!found) ascii[c] = c;
            else if (r == null) { ascii[c] = Deleted; return false; }
            else if (r.Length == 1 && !char.IsSurrogate(r[0])) ascii[c] = r[0];
            else { (longer ??= new string?[128])[c] = r; ascii[c] = Longer; return false; }
        }
        return true;
    }

    private ref struct MapState
    {
        public string Source;
        public ReadOnlySpan<char> Map;
    }

    private static PyStr MapOneToOne(string s, Span<int> ascii)
    {
        // The map goes to the callback as chars (ASCII input only indexes the first 128).
        Span<char> map = stackalloc char[128];
        for (int i = 0; i < 128; i++) map[i] = ascii[i] >= 0 ? (char)ascii[i] : (char)i;
        var state = new MapState { Source = s, Map = map };
        var result = string.Create(s.Length, state, static (dst, st) =>
        {
            var src = st.Source;
            var m = st.Map;
            for (int i = 0; i < dst.Length; i++) dst[i] = m[src[i]];
        });
        return new PyStr(result, false);
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
