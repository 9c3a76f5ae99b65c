using System.Text;

namespace Krait.Runtime;

/// <summary>str.format and str.format_map: the replacement-field grammar
/// <c>{field_name[!conversion][:format_spec]}</c> with attribute/index chains, automatic or manual numbering,
/// and replacement fields nested in the spec (two levels, as CPython).</summary>
public static class StrFormatter
{
    private sealed class State
    {
        public PyObject[] Positional = Array.Empty<PyObject>();
        public int PositionalCount;
        public string[]? KwNames;
        public PyObject[]? KwValues;
        public PyObject? Mapping;
        public int Auto;
        public int Mode; // 0 unknown, 1 automatic, 2 manual
    }

    public static string Format(string fmt, PyObject[] args, string[]? kwnames)
    {
        int np = args.Length - (kwnames?.Length ?? 0);
        var st = new State { Positional = args, PositionalCount = np, KwNames = kwnames };
        if (kwnames != null) st.KwValues = args[np..];
        var sb = new StringBuilder(fmt.Length + 16);
        Render(fmt, st, 2, sb);
        return sb.ToString();
    }

    public static string FormatMap(string fmt, PyObject mapping)
    {
        var st = new State { Mapping = mapping };
        var sb = new StringBuilder(fmt.Length + 16);
        Render(fmt, st, 2, sb);
        return sb.ToString();
    }

    private static void Render(string fmt, State st, int depth, StringBuilder sb)
    {
        if (depth <= 0) throw Ops.ValueError("Max string recursion exceeded");
        int n = fmt.Length;
        int i = 0;
        while (i < n)
        {
            char c = fmt[i];
            if (c == '}')
            {
                if (i + 1 < n && fmt[i + 1] == '}') { sb.Append('}'); i += 2; continue; }
                throw Ops.ValueError("Single '}' encountered in format string");
            }
            if (c != '{')
            {
                int next = fmt.IndexOfAny(s_braces, i);
                if (next < 0) next = n;
                sb.Append(fmt, i, next - i);
                i = next;
                continue;
            }
            if (i + 1 < n && fmt[i + 1] == '{') { sb.Append('{'); i += 2; continue; }
            // Find the end of the field: nested braces count, brackets in the field name hide braces.
            int start = i + 1, level = 1, j = start;
            bool inBracket = false, inName = true;
            while (j < n)
            {
                char d = fmt[j];
                if (inName && d == '[') inBracket = true;
                else if (inBracket && d == ']') inBracket = false;
                else if (!inBracket)
                {
                    if (inName && (d == ':' || d == '!')) inName = false;
                    if (d == '{') level++;
                    else if (d == '}' && --level == 0) break;
                }
                j++;
            }
            if (j >= n)
            {
                if (level > 1 || inBracket || j > start) throw Ops.ValueError("expected '}' before end of string");
                throw Ops.ValueError("Single '{' encountered in format string");
            }
            RenderField(fmt.Substring(start, j - start), st, depth, sb);
            i = j + 1;
        }
    }

    private static readonly char[] s_braces = { '{', '}' };

    private static void RenderField(string field, State st, int depth, StringBuilder sb)
    {
        // Split name / conversion / spec; ':' and '!' inside brackets belong to the name.
        int k = 0;
        bool inBracket = false;
        while (k < field.Length)
        {
            char d = field[k];
            if (d == '[') inBracket = true;
            else if (d == ']') inBracket = false;
            else if (!inBracket && (d == ':' || d == '!')) break;
            k++;
        }
        string name = field[..k];
        char conv = '\0';
        string spec = "";
        if (k < field.Length && field[k] == '!')
        {
            if (k + 1 >= field.Length) throw Ops.ValueError("unmatched '{' in format spec");
            conv = field[k + 1];
            k += 2;
            if (k < field.Length && field[k] != ':') throw Ops.ValueError("expected ':' after conversion specifier");
        }
        if (k < field.Length && field[k] == ':') spec = field[(k + 1)..];
        var value = Resolve(name, st);
        switch (conv)
        {
            case '\0': break;
            case 'r': value = new PyStr(value.Repr()); break;
            case 's': value = Ops.StrObj(value); break;
            case 'a': value = new PyStr(Builtins.Ascii(value.Repr())); break;
            default: throw Ops.ValueError($"Unknown conversion specifier {conv}");
        }
        if (spec.IndexOf('{') >= 0)
        {
            var inner = new StringBuilder();
            Render(spec, st, depth - 1, inner);
            spec = inner.ToString();
        }
        sb.Append(ValueFormat.Format(value, spec));
    }

    private static PyObject Resolve(string name, State st)
    {
        int i = 0;
        while (i < name.Length && name[i] != '.' && name[i] != '[') i++;
        string head = name[..i];
        PyObject v;
        if (head.Length == 0)
        {
            if (st.Mode == 2) throw Ops.ValueError("cannot switch from manual field specification to automatic field numbering");
            st.Mode = 1;
            v = Positional(st, st.Auto++);
        }
        else if (IsDigits(head))
        {
            if (st.Mode == 1) throw Ops.ValueError("cannot switch from automatic field numbering to manual field specification");
            st.Mode = 2;
            if (!int.TryParse(head, out int idx)) throw Ops.ValueError("Too many decimal digits in format string");
            v = Positional(st, idx);
        }
        else v = Keyword(st, head);
        while (i < name.Length)
        {
            if (name[i] == '.')
            {
                int j = i + 1;
                while (j < name.Length && name[j] != '.' && name[j] != '[') j++;
                if (j == i + 1) throw Ops.ValueError("Empty attribute in format string");
                v = v.GetAttr(name.Substring(i + 1, j - i - 1));
                i = j;
            }
            else if (name[i] == '[')
            {
                int j = name.IndexOf(']', i + 1);
                if (j < 0) throw Ops.ValueError("Missing ']' in format string");
                string key = name.Substring(i + 1, j - i - 1);
                if (key.Length == 0) throw Ops.ValueError("Empty attribute in format string");
                v = v.GetItem(IsDigits(key) ? PyInt.Get(long.Parse(key)) : new PyStr(key));
                i = j + 1;
                if (i < name.Length && name[i] != '.' && name[i] != '[')
                    throw Ops.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            else throw Ops.ValueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        return v;
    }

    private static bool IsDigits(string s)
    {
        if (s.Length == 0) return false;
        foreach (char c in s) if (c < '0' || c > '9') return false;
        return true;
    }

    private static PyObject Positional(State st, int idx)
    {
        if (st.Mapping != null) throw Ops.ValueError("Format string contains positional fields");
        if (idx >= st.PositionalCount)
            throw Ops.IndexError($"Replacement index {idx} out of range for positional args tuple");
        return st.Positional[idx];
    }

    private static PyObject Keyword(State st, string name)
    {
        if (st.Mapping != null) return st.Mapping.GetItem(new PyStr(name));
        if (st.KwNames != null)
        {
            int ki = Array.IndexOf(st.KwNames, name);
            if (ki >= 0) return st.KwValues![ki];
        }
        throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, new PyStr(name)));
    }
}
