using System.Globalization;
using System.Text;

namespace Krait.Runtime;

/// <summary>The methods of str (CPython 3.11's full set). Indices are code points: strings holding astral
/// characters convert between code-point and UTF-16 positions, the others use UTF-16 positions directly.</summary>
public static partial class StrMethods
{
    private static void M(PyType t, string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);

    private static PyStr P(PyObject o) => (PyStr)o;
    private static string S(PyObject o) => ((PyStr)o).Value;

    private static void NoArgs(string name, PyObject[] a, string[]? k)
    {
        if (k != null) throw Ops.TypeError($"str.{name}() takes no keyword arguments");
        if (a.Length != 0) throw Ops.TypeError($"str.{name}() takes no arguments ({a.Length} given)");
    }

    private static void Args(string name, PyObject[] a, string[]? k, int min, int max)
    {
        if (k != null) throw Ops.TypeError($"{name}() takes no keyword arguments");
        if (a.Length < min || a.Length > max)
        {
            if (min == max) throw Ops.TypeError($"str.{name}() takes exactly one argument ({a.Length} given)");
            if (a.Length < min) throw Ops.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {a.Length}");
            throw Ops.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {a.Length}");
        }
    }

    /// <summary>The argument-count messages of the methods taking (sub[, start[, end]]).</summary>
    private static void SearchArgs(string name, PyObject[] a, string[]? k)
    {
        if (k != null) throw Ops.TypeError($"{name}() takes no keyword arguments");
        if (a.Length < 1) throw Ops.TypeError($"{name}() takes at least 1 argument ({a.Length} given)");
        if (a.Length > 3) throw Ops.TypeError($"{name}() takes at most 3 arguments ({a.Length} given)");
    }

    /// <summary>Binds positional-or-keyword parameters (for the few str methods that take keywords).</summary>
    private static PyObject?[] Bind(string name, PyObject[] a, string[]? k, params string[] names)
    {
        var r = new PyObject?[names.Length];
        int np = a.Length - (k?.Length ?? 0);
        if (np > names.Length)
            throw Ops.TypeError($"{name}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({a.Length} given)");
        for (int i = 0; i < np; i++) r[i] = a[i];
        if (k != null)
            for (int i = 0; i < k.Length; i++)
            {
                int idx = Array.IndexOf(names, k[i]);
                if (idx < 0) throw Ops.TypeError($"'{k[i]}' is an invalid keyword argument for {name}()");
                if (r[idx] != null) throw Ops.TypeError($"argument for {name}() given by name ('{k[i]}') and position ({idx + 1})");
                r[idx] = a[np + i];
            }
        return r;
    }

    private static string StrOrNone(PyObject? o)
    {
        if (o is PyStr s) return s.Value;
        throw Ops.TypeError($"must be str or None, not {o!.Type.TpName}");
    }

    private static string MustStr(PyObject o) =>
        o is PyStr s ? s.Value : throw Ops.TypeError($"must be str, not {o.Type.TpName}");

    public static long IntArg(PyObject o)
    {
        if (o is PyInt i) return i.Value;
        return Ops.Index(o);
    }

    /// <summary>A start/end argument of find, count, startswith...: an int, None, or an object with __index__.</summary>
    private static long SliceIndex(PyObject o, long dflt)
    {
        if (o == PyNone.Instance) return dflt;
        if (o is PyInt i) return i.Value;
        if (Ops.IsIntLike(o) || o.Type.Lookup("__index__") != null)
        {
            var big = Ops.ToBig(o is PyInstance ? o.Type.Lookup("__index__")!.Call1(o) : o);
            return big > long.MaxValue ? long.MaxValue : big < long.MinValue ? long.MinValue : (long)big;
        }
        throw Ops.TypeError("slice indices must be integers or None or have an __index__ method");
    }

    /// <summary>Normalizes [start:end] of a sequence of <paramref name="len"/> elements as slicing does.</summary>
    public static void AdjustSlice(PyObject[] a, int from, long len, out long start, out long end) =>
        AdjustSlice(a.Length > from ? a[from] : null, a.Length > from + 1 ? a[from + 1] : null, len, out start, out end);

    /// <summary>The same for start/end given separately (null: not given).</summary>
    public static void AdjustSlice(PyObject? startArg, PyObject? endArg, long len, out long start, out long end)
    {
        start = startArg != null ? SliceIndex(startArg, 0) : 0;
        end = endArg != null ? SliceIndex(endArg, len) : len;
        if (end > len) end = len;
        else if (end < 0) { end += len; if (end < 0) end = 0; }
        if (start < 0) { start += len; if (start < 0) start = 0; }
    }

    // ---- code points and UTF-16 positions ----
    public static int CpLength(PyStr s) => s.HasAstral ? (int)s.Len() : s.Value.Length;

    /// <summary>UTF-16 offset of code point <paramref name="cp"/> (0 &lt;= cp &lt;= length).</summary>
    public static int ToUnits(PyStr s, long cp)
    {
        if (!s.HasAstral) return (int)cp;
        var v = s.Value;
        int u = 0;
        for (long c = 0; c < cp && u < v.Length; c++)
            u += char.IsHighSurrogate(v[u]) && u + 1 < v.Length && char.IsLowSurrogate(v[u + 1]) ? 2 : 1;
        return u;
    }

    public static long ToCp(PyStr s, int units)
    {
        if (!s.HasAstral || units < 0) return units;
        var v = s.Value;
        long cp = 0;
        for (int u = 0; u < units; u++)
        {
            if (char.IsHighSurrogate(v[u]) && u + 1 < v.Length && char.IsLowSurrogate(v[u + 1])) u++;
            cp++;
        }
        return cp;
    }

    private static int CodePointAt(string s, int i, out int width)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        width = 1;
        return c;
    }

    private static void AppendCp(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    // ---- character classes (Unicode 14 through the syntax layer's tables where they exist) ----
    public static bool IsSpace(int c) => c switch
    {
        ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x1f' or '\x85' or '\xa0'
            or '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' => true,
        >= 0x2000 and <= 0x200a => true,
        _ => false,
    };

    private static bool IsLineBreak(char c) => c switch
    {
        '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029' => true,
        _ => false,
    };

    private static string Category(int cp) => Krait.Syntax.Unicode.UnicodeCategories.Get(cp);

    private static bool IsDecimal(int cp) => cp < 128 ? (uint)(cp - '0') <= 9 : Category(cp) == "Nd";

    private static bool IsDigit(int cp)
    {
        if (cp < 128) return (uint)(cp - '0') <= 9;
        string cat = Category(cp);
        if (cat == "Nd") return true;
        if (cat != "No") return false;
        return CharUnicodeInfo.GetDigitValue(PyStr.FromCodePoint(cp), 0) >= 0;
    }

    private static bool IsNumeric(int cp)
    {
        if (cp < 128) return (uint)(cp - '0') <= 9;
        string cat = Category(cp);
        if (cat == "Nd" || cat == "Nl" || cat == "No") return true;
        return cat == "Lo" && Array.BinarySearch(StrCaseTables.HanNumericKeys, cp) >= 0;
    }

    private static bool IsAlpha(int cp)
    {
        if (cp < 128) return (uint)((cp | 0x20) - 'a') <= 'z' - 'a';
        string cat = Category(cp);
        return cat[0] == 'L' && cat.Length == 2 && (cat[1] == 'u' || cat[1] == 'l' || cat[1] == 't' || cat[1] == 'm' || cat[1] == 'o');
    }

    private static bool IsUpperCp(int cp) => cp < 128 ? (uint)(cp - 'A') <= 25 : Category(cp) == "Lu" || IsOtherUpper(cp);
    private static bool IsLowerCp(int cp) => cp < 128 ? (uint)(cp - 'a') <= 25 : Category(cp) == "Ll" || IsOtherLower(cp);
    private static bool IsTitleCp(int cp) => cp >= 128 && Category(cp) == "Lt";
    // Other_Uppercase / Other_Lowercase: the circled and squared letters and modifier letters Python counts as cased.
    private static bool IsOtherUpper(int cp) => (cp >= 0x2160 && cp <= 0x216F) || (cp >= 0x24B6 && cp <= 0x24CF) || (cp >= 0x1F130 && cp <= 0x1F149) || (cp >= 0x1F150 && cp <= 0x1F169) || (cp >= 0x1F170 && cp <= 0x1F189);
    private static bool IsOtherLower(int cp) => cp == 0xAA || cp == 0xBA || (cp >= 0x2B0 && cp <= 0x2B8) || (cp >= 0x2C0 && cp <= 0x2C1) || (cp >= 0x2E0 && cp <= 0x2E4) || cp == 0x345 || cp == 0x37A || (cp >= 0x1D2C && cp <= 0x1D6A) || cp == 0x1D78 || (cp >= 0x1D9B && cp <= 0x1DBF) || cp == 0x2071 || cp == 0x207F || (cp >= 0x2090 && cp <= 0x209C) || (cp >= 0x2170 && cp <= 0x217F) || (cp >= 0x24D0 && cp <= 0x24E9) || (cp >= 0x2C7C && cp <= 0x2C7D) || (cp >= 0xA69C && cp <= 0xA69D) || cp == 0xA770 || (cp >= 0xA7F8 && cp <= 0xA7F9) || (cp >= 0xAB5C && cp <= 0xAB5F) || cp == 0x10780 || (cp >= 0x10783 && cp <= 0x10785) || (cp >= 0x10787 && cp <= 0x107B0) || (cp >= 0x107B2 && cp <= 0x107BA);
    private static bool IsCased(int cp) => IsUpperCp(cp) || IsLowerCp(cp) || IsTitleCp(cp);

    private static bool IsCaseIgnorable(int cp)
    {
        if (cp == '\'' || cp == '.' || cp == ':' || cp == '^' || cp == '`' || cp == 0xB7 || cp == 0x2019) return true;
        if (cp < 128) return false;
        string cat = Category(cp);
        return cat == "Mn" || cat == "Me" || cat == "Cf" || cat == "Lm" || cat == "Sk";
    }

    // ---- case mapping ----
    private static string? Special(int[] keys, string[] values, int cp)
    {
        int i = Array.BinarySearch(keys, cp);
        return i >= 0 ? values[i] : null;
    }

    /// <summary>The simple (one code point) lowercase mapping of Unicode 14, CPython's _PyUnicode_ToLowercase:
    /// the full mapping when it is one code point (only U+0130 lowers to two).</summary>
    public static int SimpleLower(int cp)
    {
        if (cp < 128) return (uint)(cp - 'A') <= 25 ? cp + 32 : cp;
        if (cp == 0x130) return 'i';
        return OneCodePoint(Special(StrCaseTables.LowerKeys, StrCaseTables.LowerValues, cp)) ?? cp;
    }

    /// <summary>The uppercase mapping when it is one code point (Unicode 14); the character itself when it has none
    /// or its full mapping is longer (ß, ŉ, Greek with ypogegrammeni).</summary>
    public static int SimpleUpper(int cp)
    {
        if (cp < 128) return (uint)(cp - 'a') <= 25 ? cp - 32 : cp;
        return OneCodePoint(Special(StrCaseTables.UpperKeys, StrCaseTables.UpperValues, cp)) ?? cp;
    }

    private static int? OneCodePoint(string? s) =>
        s == null ? null : s.Length == 1 ? s[0] : s.Length == 2 && char.IsSurrogatePair(s[0], s[1]) ? char.ConvertToUtf32(s[0], s[1]) : null;

    private static void AppendUpper(StringBuilder sb, int cp)
    {
        if (cp < 128) { sb.Append((char)((uint)(cp - 'a') <= 25 ? cp - 32 : cp)); return; }
        var sp = Special(StrCaseTables.UpperKeys, StrCaseTables.UpperValues, cp);
        if (sp != null) sb.Append(sp); else AppendCp(sb, cp);
    }

    private static void AppendLower(StringBuilder sb, int cp)
    {
        if (cp < 128) { sb.Append((char)((uint)(cp - 'A') <= 25 ? cp + 32 : cp)); return; }
        var sp = Special(StrCaseTables.LowerKeys, StrCaseTables.LowerValues, cp);
        if (sp != null) sb.Append(sp); else AppendCp(sb, cp);
    }

    private static void AppendTitle(StringBuilder sb, int cp)
    {
        if (cp < 128) { AppendUpper(sb, cp); return; }
        var sp = Special(StrCaseTables.TitleKeys, StrCaseTables.TitleValues, cp);
        if (sp != null) sb.Append(sp); else AppendCp(sb, cp);
    }

    private static void AppendFold(StringBuilder sb, int cp)
    {
        var sp = Special(StrCaseTables.FoldKeys, StrCaseTables.FoldValues, cp);
        if (sp != null) { sb.Append(sp); return; }
        AppendCp(sb, cp);
    }

    /// <summary>Lowercase with the final-sigma rule: capital sigma after a cased letter and not before one is 'ς'.</summary>
    private static void AppendLowerAt(StringBuilder sb, string s, int i, int cp)
    {
        if (cp == 0x3A3) { sb.Append(IsFinalSigma(s, i) ? 'ς' : 'σ'); return; }
        AppendLower(sb, cp);
    }

    private static bool IsFinalSigma(string s, int i)
    {
        int j = i - 1;
        while (j >= 0 && IsCaseIgnorable(s[j])) j--;
        if (j < 0 || !IsCased(s[j])) return false;
        j = i + 1;
        while (j < s.Length && IsCaseIgnorable(s[j])) j++;
        return j >= s.Length || !IsCased(s[j]);
    }

    public static string Upper(string s)
    {
        bool ascii = true;
        foreach (char c in s) if (c >= 128) { ascii = false; break; }
        if (ascii) return s.ToUpperInvariant();
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;) { int cp = CodePointAt(s, i, out int w); AppendUpper(sb, cp); i += w; }
        return sb.ToString();
    }

    public static string Lower(string s)
    {
        bool ascii = true;
        foreach (char c in s) if (c >= 128) { ascii = false; break; }
        if (ascii) return s.ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;) { int cp = CodePointAt(s, i, out int w); AppendLowerAt(sb, s, i, cp); i += w; }
        return sb.ToString();
    }

    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool prevCased = false;
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePointAt(s, i, out int w);
            if (prevCased) AppendLowerAt(sb, s, i, cp); else AppendTitle(sb, cp);
            prevCased = IsCased(cp);
            i += w;
        }
        return sb.ToString();
    }

    private static string Capitalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePointAt(s, i, out int w);
            if (i == 0) AppendTitle(sb, cp); else AppendLowerAt(sb, s, i, cp);
            i += w;
        }
        return sb.ToString();
    }

    private static string SwapCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePointAt(s, i, out int w);
            if (IsUpperCp(cp)) AppendLowerAt(sb, s, i, cp);
            else if (IsLowerCp(cp)) AppendUpper(sb, cp);
            else AppendCp(sb, cp);
            i += w;
        }
        return sb.ToString();
    }

    private static string CaseFold(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;) { int cp = CodePointAt(s, i, out int w); AppendFold(sb, cp); i += w; }
        return sb.ToString();
    }

    private delegate bool CpTest(int cp);

    private static PyObject All(string s, CpTest test)
    {
        if (s.Length == 0) return PyBool.False;
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePointAt(s, i, out int w);
            if (!test(cp)) return PyBool.False;
            i += w;
        }
        return PyBool.True;
    }

    // ---- searching ----
    /// <summary>find/rfind/index/rindex/count core: the UTF-16 region [start, end) for code-point slice args.</summary>
    private static PyObject? Opt(PyObject[] a, int i) => a.Length > i ? a[i] : null;

    private static bool Region(PyStr self, PyObject? start, PyObject? end, out int us, out int ue, out long cs, out long ce)
    {
        long len = CpLength(self);
        AdjustSlice(start, end, len, out cs, out ce);
        us = ue = 0;
        if (cs > len) return false;
        us = ToUnits(self, cs);
        ue = ToUnits(self, Math.Max(ce, cs));
        return true;
    }

    private static long FindCore(PyStr self, PyObject[] a, bool last) => FindCore(self, a[0], Opt(a, 1), Opt(a, 2), last);

    private static long FindCore(PyStr self, PyObject subArg, PyObject? start, PyObject? end, bool last)
    {
        string sub = MustStr(subArg);
        if (!Region(self, start, end, out int us, out int ue, out long cs, out long ce)) return -1;
        if (ce < cs) return -1;
        var s = self.Value;
        int i = last ? (ue - us < sub.Length ? -1 : s.LastIndexOf(sub, ue - 1 < 0 ? 0 : ue - 1, ue - us, StringComparison.Ordinal))
            : s.IndexOf(sub, us, ue - us, StringComparison.Ordinal);
        if (last && sub.Length == 0) i = ue;
        return i < 0 ? -1 : ToCp(self, i);
    }

    private static long CountCore(PyStr self, PyObject[] a) => CountCore(self, a[0], Opt(a, 1), Opt(a, 2));

    private static long CountCore(PyStr self, PyObject subArg, PyObject? start, PyObject? end)
    {
        string sub = MustStr(subArg);
        if (!Region(self, start, end, out int us, out int ue, out long cs, out long ce)) return 0;
        if (ce < cs) return 0;
        if (sub.Length == 0) return ce - cs + 1;
        var s = self.Value;
        long n = 0;
        int pos = us;
        while (pos <= ue - sub.Length)
        {
            int i = s.IndexOf(sub, pos, ue - pos, StringComparison.Ordinal);
            if (i < 0) break;
            n++;
            pos = i + sub.Length;
        }
        return n;
    }

    private static bool AffixCore(PyStr self, PyObject[] a, string name, bool prefix) =>
        AffixCore(self, a[0], Opt(a, 1), Opt(a, 2), name, prefix);

    private static bool AffixCore(PyStr self, PyObject affix, PyObject? start, PyObject? end, string name, bool prefix)
    {
        long len = CpLength(self);
        AdjustSlice(start, end, len, out long cs, out long ce);
        if (cs > len) return false;
        int us = ToUnits(self, cs), ue = ToUnits(self, Math.Max(ce, cs));
        var s = self.Value;
        bool Test(string p)
        {
            if (ce - cs < 0) return false;
            if (p.Length > ue - us) return false;
            return prefix ? string.CompareOrdinal(s, us, p, 0, p.Length) == 0
                : string.CompareOrdinal(s, ue - p.Length, p, 0, p.Length) == 0;
        }
        if (affix is PyStr ps) return Test(ps.Value);
        if (affix is PyTuple t)
        {
            foreach (var x in t.Items)
            {
                if (x is not PyStr xs) throw Ops.TypeError($"tuple for {name} must only contain str, not {x.Type.TpName}");
                if (Test(xs.Value)) return true;
            }
            return false;
        }
        throw Ops.TypeError($"{name} first arg must be str or a tuple of str, not {affix.Type.TpName}");
    }

    // ---- splitting ----
    /// <summary>A piece of a string: pieces of one without astral characters need no scan.</summary>
    private static PyStr Piece(string piece, bool sourceAstral) => sourceAstral ? new PyStr(piece) : new PyStr(piece, false);

    public static PyList Split(string s, string? sep, long max, bool astral = true)
    {
        var r = new PyList();
        if (max < 0) max = long.MaxValue;
        if (sep == null)
        {
            int i = 0, n = s.Length;
            while (true)
            {
                while (i < n && IsSpace(s[i])) i++;
                if (i >= n) break;
                if (max-- == 0)
                {
                    r.Append(Piece(s[i..], astral));
                    break;
                }
                int j = i;
                while (j < n && !IsSpace(s[j])) j++;
                r.Append(Piece(s[i..j], astral));
                i = j;
            }
            return r;
        }
        if (sep.Length == 0) throw Ops.ValueError("empty separator");
        int pos = 0;
        while (max-- > 0)
        {
            int i = s.IndexOf(sep, pos, StringComparison.Ordinal);
            if (i < 0) break;
            r.Append(Piece(s[pos..i], astral));
            pos = i + sep.Length;
        }
        r.Append(Piece(pos == 0 ? s : s[pos..], astral));
        return r;
    }

    public static PyList RSplit(string s, string? sep, long max, bool astral = true)
    {
        var parts = new List<PyObject>();
        if (max < 0) max = long.MaxValue;
        if (sep == null)
        {
            int i = s.Length;
            while (true)
            {
                while (i > 0 && IsSpace(s[i - 1])) i--;
                if (i <= 0) break;
                if (max-- == 0)
                {
                    parts.Add(Piece(s[..i], astral));
                    break;
                }
                int j = i;
                while (j > 0 && !IsSpace(s[j - 1])) j--;
                parts.Add(Piece(s[j..i], astral));
                i = j;
            }
        }
        else
        {
            if (sep.Length == 0) throw Ops.ValueError("empty separator");
            int end = s.Length;
            while (max-- > 0 && end >= sep.Length)
            {
                int i = s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
                if (i < 0) break;
                parts.Add(Piece(s[(i + sep.Length)..end], astral));
                end = i;
            }
            parts.Add(Piece(s[..end], astral));
        }
        parts.Reverse();
        return new PyList(parts.ToArray());
    }

    private static PyList SplitLines(string s, bool keep)
    {
        var r = new PyList();
        int start = 0, i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (!IsLineBreak(c)) { i++; continue; }
            int eol = i + (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1);
            r.Append(new PyStr(s[start..(keep ? eol : i)]));
            start = i = eol;
        }
        if (start < s.Length) r.Append(new PyStr(s[start..]));
        return r;
    }

    private static string Strip(string s, PyObject[] a, string name, bool left, bool right)
    {
        if (a.Length > 1) throw Ops.TypeError($"{name} expected at most 1 argument, got {a.Length}");
        return Strip(s, Opt(a, 0), name, left, right);
    }

    private static string Strip(string s, PyObject? charsArg, string name, bool left, bool right)
    {
        int b = 0, e = s.Length;
        if (charsArg == null || charsArg == PyNone.Instance)
        {
            if (left) while (b < e && IsSpace(s[b])) b++;
            if (right) while (e > b && IsSpace(s[e - 1])) e--;
        }
        else
        {
            if (charsArg is not PyStr cs) throw Ops.TypeError($"{name} arg must be None or str");
            string chars = cs.Value;
            if (left) while (b < e && chars.IndexOf(s[b]) >= 0) b++;
            if (right) while (e > b && chars.IndexOf(s[e - 1]) >= 0) e--;
        }
        return b == 0 && e == s.Length ? s : s[b..e];
    }

    // ---- padding ----
    private static int FillChar(PyObject? fillArg, out string fill)
    {
        fill = " ";
        if (fillArg == null) return ' ';
        if (fillArg is not PyStr f) throw Ops.TypeError($"The fill character must be a unicode character, not {fillArg.Type.TpName}");
        if (f.Len() != 1) throw Ops.TypeError("The fill character must be exactly one character long");
        fill = f.Value;
        return 0;
    }

    private static string Repeat(string fill, long n)
    {
        if (n <= 0) return "";
        if (fill.Length == 1) return new string(fill[0], (int)n);
        var sb = new StringBuilder();
        for (long i = 0; i < n; i++) sb.Append(fill);
        return sb.ToString();
    }

    private static PyObject Pad(PyObject self, PyObject[] a, string name, int mode)
    {
        if (a.Length < 1) throw Ops.TypeError($"{name} expected at least 1 argument, got {a.Length}");
        if (a.Length > 2) throw Ops.TypeError($"{name} expected at most 2 arguments, got {a.Length}");
        return Pad(self, a[0], Opt(a, 1), mode);
    }

    private static PyObject Pad(PyObject self, PyObject widthArg, PyObject? fillArg, int mode)
    {
        long width = IntArg(widthArg);
        FillChar(fillArg, out string fill);
        var ps = P(self);
        long len = CpLength(ps);
        if (width <= len) return self;
        long pad = width - len;
        if (pad > int.MaxValue) throw Ops.Error(ExceptionTypes.MemoryError, "");
        string s = ps.Value;
        switch (mode)
        {
            case 0: return new PyStr(s + Repeat(fill, pad));
            case 1: return new PyStr(Repeat(fill, pad) + s);
            default:
                long left = pad / 2 + (pad & width & 1);
                return new PyStr(Repeat(fill, left) + s + Repeat(fill, pad - left));
        }
    }

    private static string ExpandTabs(string s, long tab)
    {
        var sb = new StringBuilder(s.Length);
        long col = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\t')
            {
                if (tab > 0)
                {
                    long n = tab - col % tab;
                    if (sb.Length + n > MemoryLimits.MaxStringLength) throw MemoryLimits.NoMemory();
                    sb.Append(' ', (int)n);
                    col += n;
                }
            }
            else
            {
                sb.Append(c);
                if (c == '\n' || c == '\r') col = 0;
                else if (!char.IsLowSurrogate(c)) col++;
            }
        }
        return sb.ToString();
    }

    // ---- translate ----
    public static PyObject MakeTrans(PyObject[] a, string[]? k)
    {
        if (k != null) throw Ops.TypeError("maketrans() takes no keyword arguments");
        if (a.Length < 1) throw Ops.TypeError($"maketrans expected at least 1 argument, got {a.Length}");
        if (a.Length > 3) throw Ops.TypeError($"maketrans expected at most 3 arguments, got {a.Length}");
        var d = new PyDict();
        if (a.Length == 1)
        {
            if (a[0] is not PyDict src) throw Ops.TypeError("if you give only one argument to maketrans it must be a dict");
            foreach (var key in Ops.ToArray(src))
            {
                var v = src.GetItem(key);
                if (key is PyStr ks)
                {
                    if (ks.Len() != 1) throw Ops.ValueError("string keys in translate table must be of length 1");
                    d.SetItem(PyInt.Get(ks.CodePoints()[0]), v);
                }
                else if (Ops.IsIntLike(key)) d.SetItem(key, v);
                else throw Ops.TypeError("keys in translate table must be strings or integers");
            }
            return d;
        }
        if (a[0] is not PyStr x) throw Ops.TypeError($"maketrans() argument 1 must be str, not {a[0].Type.TpName}");
        if (a[1] is not PyStr y) throw Ops.TypeError($"maketrans() argument 2 must be str, not {a[1].Type.TpName}");
        var xc = x.CodePoints();
        var yc = y.CodePoints();
        if (xc.Length != yc.Length) throw Ops.ValueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < xc.Length; i++) d.SetItem(PyInt.Get(xc[i]), PyInt.Get(yc[i]));
        if (a.Length > 2)
        {
            if (a[2] is not PyStr z) throw Ops.TypeError($"maketrans() argument 3 must be str, not {a[2].Type.TpName}");
            foreach (int cp in z.CodePoints()) d.SetItem(PyInt.Get(cp), PyNone.Instance);
        }
        return d;
    }

    private static PyObject Replace(PyObject self, PyObject[] a, string[]? k)
    {
        Args("replace", a, k, 2, 3);
        return Replace(self, a[0], a[1], Opt(a, 2));
    }

    private static PyObject Replace(PyObject self, PyObject oldArg, PyObject newArg, PyObject? countArg)
    {
        if (oldArg is not PyStr o) throw Ops.TypeError($"replace() argument 1 must be str, not {oldArg.Type.TpName}");
        if (newArg is not PyStr nw) throw Ops.TypeError($"replace() argument 2 must be str, not {newArg.Type.TpName}");
        long count = countArg != null ? IntArg(countArg) : -1;
        string s = S(self), old = o.Value, rep = nw.Value;
        if (count == 0) return self;
        if (old.Length == 0)
        {
            var ps = P(self);
            var sb0 = new StringBuilder();
            long done = 0;
            int i = 0;
            for (; i <= s.Length; )
            {
                if (count >= 0 && done >= count) break;
                sb0.Append(rep);
                done++;
                if (i == s.Length) { i++; break; }
                CodePointAt(s, i, out int w);
                sb0.Append(s, i, w);
                i += w;
            }
            if (i < s.Length) sb0.Append(s, i, s.Length - i);
            _ = ps;
            return new PyStr(sb0.ToString());
        }
        if (count < 0)
        {
            if (s.IndexOf(old, StringComparison.Ordinal) < 0) return self;
            return new PyStr(s.Replace(old, rep, StringComparison.Ordinal));
        }
        var sb = new StringBuilder();
        int pos = 0;
        while (count-- > 0)
        {
            int i = s.IndexOf(old, pos, StringComparison.Ordinal);
            if (i < 0) break;
            sb.Append(s, pos, i - pos).Append(rep);
            pos = i + old.Length;
        }
        return new PyStr(sb.Append(s, pos, s.Length - pos).ToString());
    }

    private static bool IsTitle(string s)
    {
        bool cased = false, prevCased = false;
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePointAt(s, i, out int w);
            i += w;
            if (IsUpperCp(cp) || IsTitleCp(cp))
            {
                if (prevCased) return false;
                prevCased = cased = true;
            }
            else if (IsLowerCp(cp))
            {
                if (!prevCased) return false;
                prevCased = cased = true;
            }
            else prevCased = false;
        }
        return cased;
    }

    public static void Define()
    {
        var str = PyType.StrType;
        M(str, "join", (self, a, k) => { Args("join", a, k, 1, 1); return StrJoin.Join(P(self), a[0]); });
        M(str, "split", (self, a, k) =>
        {
            if (k == null && a.Length == 0) return Split(S(self), null, -1, P(self).HasAstral);
            var b = Bind("split", a, k, "sep", "maxsplit");
            string? sep = b[0] == null || b[0] == PyNone.Instance ? null : StrOrNone(b[0]);
            return Split(S(self), sep, b[1] == null ? -1 : IntArg(b[1]), P(self).HasAstral);
        });
        M(str, "rsplit", (self, a, k) =>
        {
            var b = Bind("rsplit", a, k, "sep", "maxsplit");
            string? sep = b[0] == null || b[0] == PyNone.Instance ? null : StrOrNone(b[0]);
            return RSplit(S(self), sep, b[1] == null ? -1 : IntArg(b[1]), P(self).HasAstral);
        });
        M(str, "splitlines", (self, a, k) =>
        {
            var b = Bind("splitlines", a, k, "keepends");
            return SplitLines(S(self), b[0] != null && Ops.IsTrue(b[0]));
        });
        M(str, "strip", (self, a, k) => { if (k != null) throw Ops.TypeError("strip() takes no keyword arguments"); var s = S(self); var r = Strip(s, a, "strip", true, true); return ReferenceEquals(r, s) ? self : Piece(r, P(self).HasAstral); });
        M(str, "lstrip", (self, a, k) => { if (k != null) throw Ops.TypeError("lstrip() takes no keyword arguments"); var s = S(self); var r = Strip(s, a, "lstrip", true, false); return ReferenceEquals(r, s) ? self : Piece(r, P(self).HasAstral); });
        M(str, "rstrip", (self, a, k) => { if (k != null) throw Ops.TypeError("rstrip() takes no keyword arguments"); var s = S(self); var r = Strip(s, a, "rstrip", false, true); return ReferenceEquals(r, s) ? self : Piece(r, P(self).HasAstral); });
        M(str, "upper", (self, a, k) => { NoArgs("upper", a, k); return CaseConvert(self, AsciiCase.Upper); });
        M(str, "lower", (self, a, k) => { NoArgs("lower", a, k); return CaseConvert(self, AsciiCase.Lower); });
        M(str, "casefold", (self, a, k) => { NoArgs("casefold", a, k); return new PyStr(CaseFold(S(self))); });
        M(str, "capitalize", (self, a, k) => { NoArgs("capitalize", a, k); return CaseConvert(self, AsciiCase.Capitalize); });
        M(str, "title", (self, a, k) => { NoArgs("title", a, k); return CaseConvert(self, AsciiCase.Title); });
        M(str, "swapcase", (self, a, k) => { NoArgs("swapcase", a, k); return CaseConvert(self, AsciiCase.SwapCase); });
        M(str, "startswith", (self, a, k) => { SearchArgs("startswith", a, k); return Ops.Box(AffixCore(P(self), a, "startswith", true)); });
        M(str, "endswith", (self, a, k) => { SearchArgs("endswith", a, k); return Ops.Box(AffixCore(P(self), a, "endswith", false)); });
        M(str, "replace", Replace);
        M(str, "find", (self, a, k) => { SearchArgs("find", a, k); return PyInt.Get(FindCore(P(self), a, false)); });
        M(str, "rfind", (self, a, k) => { SearchArgs("rfind", a, k); return PyInt.Get(FindCore(P(self), a, true)); });
        M(str, "index", (self, a, k) =>
        {
            SearchArgs("index", a, k);
            long i = FindCore(P(self), a, false);
            return i < 0 ? throw Ops.ValueError("substring not found") : PyInt.Get(i);
        });
        M(str, "rindex", (self, a, k) =>
        {
            SearchArgs("rindex", a, k);
            long i = FindCore(P(self), a, true);
            return i < 0 ? throw Ops.ValueError("substring not found") : PyInt.Get(i);
        });
        M(str, "count", (self, a, k) =>
        {
            if (k != null) throw Ops.TypeError("count() takes no keyword arguments");
            if (a.Length < 1) throw Ops.TypeError($"count() takes at least 1 argument ({a.Length} given)");
            if (a.Length > 3) throw Ops.TypeError($"count() takes at most 3 arguments ({a.Length} given)");
            return PyInt.Get(CountCore(P(self), a));
        });
        M(str, "isdigit", (self, a, k) => { NoArgs("isdigit", a, k); return All(S(self), IsDigit); });
        M(str, "isdecimal", (self, a, k) => { NoArgs("isdecimal", a, k); return All(S(self), IsDecimal); });
        M(str, "isnumeric", (self, a, k) => { NoArgs("isnumeric", a, k); return All(S(self), IsNumeric); });
        M(str, "isalpha", (self, a, k) => { NoArgs("isalpha", a, k); return All(S(self), IsAlpha); });
        M(str, "isalnum", (self, a, k) => { NoArgs("isalnum", a, k); return All(S(self), cp => IsAlpha(cp) || IsDecimal(cp) || IsDigit(cp) || IsNumeric(cp)); });
        M(str, "isspace", (self, a, k) => { NoArgs("isspace", a, k); return All(S(self), IsSpace); });
        M(str, "isascii", (self, a, k) =>
        {
            NoArgs("isascii", a, k);
            foreach (char c in S(self)) if (c >= 128) return PyBool.False;
            return PyBool.True;
        });
        M(str, "isprintable", (self, a, k) =>
        {
            NoArgs("isprintable", a, k);
            var s = S(self);
            for (int i = 0; i < s.Length;)
            {
                int cp = CodePointAt(s, i, out int w);
                if (!Krait.Syntax.Tokens.Identifiers.IsPrintable(cp)) return PyBool.False;
                i += w;
            }
            return PyBool.True;
        });
        M(str, "isupper", (self, a, k) =>
        {
            NoArgs("isupper", a, k);
            var s = S(self);
            bool cased = false;
            for (int i = 0; i < s.Length;)
            {
                int cp = CodePointAt(s, i, out int w);
                i += w;
                if (IsLowerCp(cp) || IsTitleCp(cp)) return PyBool.False;
                if (IsUpperCp(cp)) cased = true;
            }
            return Ops.Box(cased);
        });
        M(str, "islower", (self, a, k) =>
        {
            NoArgs("islower", a, k);
            var s = S(self);
            bool cased = false;
            for (int i = 0; i < s.Length;)
            {
                int cp = CodePointAt(s, i, out int w);
                i += w;
                if (IsUpperCp(cp) || IsTitleCp(cp)) return PyBool.False;
                if (IsLowerCp(cp)) cased = true;
            }
            return Ops.Box(cased);
        });
        M(str, "istitle", (self, a, k) => { NoArgs("istitle", a, k); return Ops.Box(IsTitle(S(self))); });
        M(str, "isidentifier", (self, a, k) => { NoArgs("isidentifier", a, k); return Ops.Box(Krait.Syntax.Tokens.Identifiers.IsIdentifier(S(self))); });
        M(str, "ljust", (self, a, k) => { if (k != null) throw Ops.TypeError("ljust() takes no keyword arguments"); return Pad(self, a, "ljust", 0); });
        M(str, "rjust", (self, a, k) => { if (k != null) throw Ops.TypeError("rjust() takes no keyword arguments"); return Pad(self, a, "rjust", 1); });
        M(str, "center", (self, a, k) => { if (k != null) throw Ops.TypeError("center() takes no keyword arguments"); return Pad(self, a, "center", 2); });
        M(str, "zfill", (self, a, k) =>
        {
            Args("zfill", a, k, 1, 1);
            var ps = P(self);
            var s = ps.Value;
            long w = IntArg(a[0]);
            long len = CpLength(ps);
            if (w <= len) return self;
            int signLen = s.Length > 0 && (s[0] == '-' || s[0] == '+') ? 1 : 0;
            if (w - len + s.Length > MemoryLimits.MaxStringLength) throw MemoryLimits.NoMemory();
            return new PyStr(s[..signLen] + new string('0', (int)(w - len)) + s[signLen..]);
        });
        M(str, "expandtabs", (self, a, k) =>
        {
            var b = Bind("expandtabs", a, k, "tabsize");
            long tab = b[0] == null ? 8 : IntArg(b[0]);
            // tabsize is a C int in CPython.
            if (tab > int.MaxValue || tab < int.MinValue) throw Ops.OverflowError("Python int too large to convert to C int");
            var s = S(self);
            return s.IndexOf('\t') < 0 ? self : new PyStr(ExpandTabs(s, tab));
        });
        M(str, "encode", (self, a, k) =>
        {
            var b = Bind("encode", a, k, "encoding", "errors");
            string enc = b[0] == null ? "utf-8" : b[0] is PyStr es ? es.Value
                : throw Ops.TypeError($"encode() argument 'encoding' must be str, not {b[0]!.Type.TpName}");
            string err = b[1] == null ? "strict" : b[1] is PyStr rs ? rs.Value
                : throw Ops.TypeError($"encode() argument 'errors' must be str, not {b[1]!.Type.TpName}");
            return new PyBytes(Codecs.Encode(S(self), enc, err));
        });
        M(str, "format", (self, a, k) => new PyStr(StrFormatter.Format(S(self), a, k)));
        M(str, "format_map", (self, a, k) =>
        {
            Args("format_map", a, k, 1, 1);
            return new PyStr(StrFormatter.FormatMap(S(self), a[0]));
        });
        M(str, "__format__", (self, a, k) =>
        {
            Args("__format__", a, k, 1, 1);
            if (a[0] is not PyStr spec) throw Ops.TypeError($"__format__() argument must be str, not {a[0].Type.TpName}");
            return new PyStr(ValueFormat.Format(self, spec.Value));
        });
        M(str, "partition", (self, a, k) => Partition(self, a, k, false));
        M(str, "rpartition", (self, a, k) => Partition(self, a, k, true));
        M(str, "removeprefix", (self, a, k) =>
        {
            Args("removeprefix", a, k, 1, 1);
            if (a[0] is not PyStr p) throw Ops.TypeError($"removeprefix() argument must be str, not {a[0].Type.TpName}");
            var s = S(self);
            return p.Value.Length > 0 && s.StartsWith(p.Value, StringComparison.Ordinal) ? new PyStr(s[p.Value.Length..]) : self;
        });
        M(str, "removesuffix", (self, a, k) =>
        {
            Args("removesuffix", a, k, 1, 1);
            if (a[0] is not PyStr p) throw Ops.TypeError($"removesuffix() argument must be str, not {a[0].Type.TpName}");
            var s = S(self);
            return p.Value.Length > 0 && s.EndsWith(p.Value, StringComparison.Ordinal) ? new PyStr(s[..^p.Value.Length]) : self;
        });
        M(str, "translate", (self, a, k) =>
        {
            Args("translate", a, k, 1, 1);
            return StrTranslate.Translate(S(self), a[0]);
        });
        str.Dict["maketrans"] = new PyStaticMethod(new PyBuiltinFunction("maketrans", MakeTrans));
        M(str, "__len__", (self, a, k) => { NoArgs("__len__", a, k); return PyInt.Get(self.Len()); });
        M(str, "__contains__", (self, a, k) => { Args("__contains__", a, k, 1, 1); return Ops.Box(self.Contains(a[0])); });
        M(str, "__getitem__", (self, a, k) => { Args("__getitem__", a, k, 1, 1); return self.GetItem(a[0]); });
        M(str, "__add__", (self, a, k) => { Args("__add__", a, k, 1, 1); return a[0] is PyStr o ? new PyStr(S(self) + o.Value) : PyNotImplemented.Instance; });
        M(str, "__mul__", (self, a, k) => { Args("__mul__", a, k, 1, 1); return Ops.IsIntLike(a[0]) ? Ops.Mul(self, a[0]) : PyNotImplemented.Instance; });
        M(str, "__mod__", (self, a, k) => { Args("__mod__", a, k, 1, 1); return new PyStr(StrPercentFormat.Format(S(self), a[0])); });
    }

    private static PyObject Partition(PyObject self, PyObject[] a, string[]? k, bool last)
    {
        Args(last ? "rpartition" : "partition", a, k, 1, 1);
        return Partition(self, a[0], last);
    }

    private static PyObject Partition(PyObject self, PyObject sepArg, bool last)
    {
        if (sepArg is not PyStr sepo) throw Ops.TypeError($"must be str, not {sepArg.Type.TpName}");
        string s = S(self), sep = sepo.Value;
        if (sep.Length == 0) throw Ops.ValueError("empty separator");
        int i = last ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (i < 0)
            return last ? new PyTuple(new PyObject[] { PyStr.Empty, PyStr.Empty, self })
                : new PyTuple(new PyObject[] { self, PyStr.Empty, PyStr.Empty });
        return new PyTuple(new PyObject[] { new PyStr(s[..i]), sepo, new PyStr(s[(i + sep.Length)..]) });
    }
}
