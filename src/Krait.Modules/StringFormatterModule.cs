using Krait.Runtime;

namespace Krait.Modules;

/// <summary>The _string module: the format-string parser behind string.Formatter, with str.format's error
/// messages (formatter_parser, formatter_field_name_split).</summary>
public static class StringFormatterModule
{
    private static readonly PyType ParserIteratorType = new("formatteriterator", new[] { PyType.ObjectType });
    private static readonly PyType FieldIteratorType = new("fieldnameiterator", new[] { PyType.ObjectType });

    public static PyModule Create()
    {
        var m = NativeModule.New("_string");
        NativeModule.Def(m, "formatter_parser", (a, k) =>
        {
            NativeArgs.Exactly("formatter_parser", a, k, 1);
            if (a[0] is not PyStr s) throw Ops.TypeError($"expected str, got {a[0].Type.TpName}");
            return new ParserIterator(s.Value);
        });
        NativeModule.Def(m, "formatter_field_name_split", (a, k) =>
        {
            NativeArgs.Exactly("formatter_field_name_split", a, k, 1);
            if (a[0] is not PyStr s) throw Ops.TypeError($"expected str, got {a[0].Type.TpName}");
            return SplitFieldName(s.Value);
        });
        return m;
    }

    /// <summary>A decimal field name or index becomes an int, as str.format treats "0" and "[0]".</summary>
    private static PyObject NameOrIndex(string s)
    {
        if (s.Length == 0) return new PyStr(s);
        foreach (char c in s)
            if (c < '0' || c > '9') return new PyStr(s);
        return s.Length < 18 ? PyInt.Get(long.Parse(s)) : PyInt.From(System.Numerics.BigInteger.Parse(s));
    }

    private static PyObject SplitFieldName(string name)
    {
        int i = 0;
        while (i < name.Length && name[i] != '.' && name[i] != '[') i++;
        var first = NameOrIndex(name.Substring(0, i));
        var items = new List<PyObject>();
        string? error = null;
        while (i < name.Length && error == null)
        {
            char c = name[i++];
            if (c == '.')
            {
                int start = i;
                while (i < name.Length && name[i] != '.' && name[i] != '[') i++;
                if (i == start) { error = "Empty attribute in format string"; break; }
                items.Add(new PyTuple(new PyObject[] { PyBool.True, new PyStr(name.Substring(start, i - start)) }));
            }
            else if (c == '[')
            {
                int start = i;
                while (i < name.Length && name[i] != ']') i++;
                if (i >= name.Length) { error = "Missing ']' in format string"; break; }
                if (i == start) { error = "Empty attribute in format string"; break; }
                items.Add(new PyTuple(new PyObject[] { PyBool.False, NameOrIndex(name.Substring(start, i - start)) }));
                i++;
                if (i < name.Length && name[i] != '.' && name[i] != '[')
                    error = "Only '.' or '[' may follow ']' in format field specifier";
            }
            else error = "Only '.' or '[' may follow ']' in format field specifier";
        }
        return new PyTuple(new PyObject[] { first, new FieldIterator(items, error) });
    }

    /// <summary>Yields (is_attribute, key) pairs; a malformed rest raises when iteration reaches it, as CPython's.</summary>
    private sealed class FieldIterator(List<PyObject> items, string? error) : PyIterator
    {
        private int _next;
        public override PyType Type => FieldIteratorType;
        public override bool TryNext(out PyObject value)
        {
            if (_next < items.Count) { value = items[_next++]; return true; }
            if (error != null) { var e = error; error = null; throw Ops.ValueError(e); }
            value = null!;
            return false;
        }
    }

    /// <summary>Yields (literal, field_name, format_spec, conversion) for each piece of a format string.</summary>
    private sealed class ParserIterator(string s) : PyIterator
    {
        private int _pos;
        public override PyType Type => ParserIteratorType;

        public override bool TryNext(out PyObject value)
        {
            value = null!;
            int end = s.Length;
            if (_pos >= end) return false;
            int start = _pos;
            char c = '\0';
            bool markup = false;
            while (_pos < end)
            {
                c = s[_pos++];
                if (c == '{' || c == '}') { markup = true; break; }
            }
            bool atEnd = _pos >= end;
            int len = _pos - start;
            if (markup)
            {
                if (c == '}' && (atEnd || s[_pos] != '}')) throw Ops.ValueError("Single '}' encountered in format string");
                if (atEnd && c == '{') throw Ops.ValueError("Single '{' encountered in format string");
                if (s[_pos] == c) { _pos++; markup = false; }
                else len--;
            }
            var literal = new PyStr(s.Substring(start, len));
            if (!markup)
            {
                value = new PyTuple(new PyObject[] { literal, PyNone.Instance, PyNone.Instance, PyNone.Instance });
                return true;
            }
            // The field name: up to ':', '!' or '}' outside brackets.
            int nameStart = _pos;
            bool inBracket = false;
            char stop = '\0';
            while (_pos < end)
            {
                char d = s[_pos];
                if (inBracket) { if (d == ']') inBracket = false; _pos++; continue; }
                if (d == '[') { inBracket = true; _pos++; continue; }
                if (d == '{') throw Ops.ValueError("unexpected '{' in field name");
                if (d == ':' || d == '!' || d == '}') { stop = d; break; }
                _pos++;
            }
            if (_pos >= end) throw Ops.ValueError("expected '}' before end of string");
            var fieldName = new PyStr(s.Substring(nameStart, _pos - nameStart));
            _pos++;
            PyObject conversion = PyNone.Instance;
            string spec = "";
            bool needSpec = stop == ':';
            if (stop == '!')
            {
                if (_pos >= end) throw Ops.ValueError("end of string while looking for conversion specifier");
                conversion = new PyStr(s[_pos++].ToString());
                if (_pos < end)
                {
                    char d = s[_pos++];
                    if (d == ':') needSpec = true;
                    else if (d != '}') throw Ops.ValueError("expected ':' after conversion specifier");
                }
                else needSpec = true;
            }
            if (needSpec)
            {
                int specStart = _pos, count = 1;
                while (true)
                {
                    if (_pos >= end) throw Ops.ValueError("unmatched '{' in format spec");
                    char d = s[_pos++];
                    if (d == '{') count++;
                    else if (d == '}' && --count == 0) break;
                }
                spec = s.Substring(specStart, _pos - 1 - specStart);
            }
            value = new PyTuple(new PyObject[] { literal, fieldName, new PyStr(spec), conversion });
            return true;
        }
    }
}
