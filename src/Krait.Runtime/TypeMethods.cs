using System.Text;

namespace Krait.Runtime;

/// <summary>Methods of the built-in types (the common ones), installed as method descriptors.</summary>
public static class TypeMethods
{
    private static void M(PyType t, string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);

    private static void Args(string name, PyObject[] a, string[]? k, int min, int max)
    {
        if (k != null) throw Ops.TypeError($"{name}() takes no keyword arguments");
        if (a.Length < min || a.Length > max)
        {
            if (max == 0) throw Ops.TypeError($"{name}() takes no arguments ({a.Length} given)");
            if (min == max) throw Ops.TypeError($"{name}() takes exactly one argument ({a.Length} given)");
            if (a.Length < min) throw Ops.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {a.Length}");
            throw Ops.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {a.Length}");
        }
    }

    private static string S(PyObject o) => ((PyStr)o).Value;

    private static string StrArg(PyObject o, string what) =>
        o is PyStr s ? s.Value : throw Ops.TypeError($"{what} arg must be None or str");

    public static void Define()
    {
        var str = PyType.StrType;
        M(str, "join", (self, a, k) =>
        {
            Args("join", a, k, 1, 1);
            var items = Ops.ToArray(a[0]);
            var parts = new string[items.Length];
            for (int i = 0; i < items.Length; i++)
                parts[i] = items[i] is PyStr s ? s.Value : items[i] is PyInstance { BaseValue: PyStr bs } ? bs.Value
                    : throw Ops.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            return new PyStr(string.Join(S(self), parts));
        });
        M(str, "split", (self, a, k) =>
        {
            PyObject? sep = a.Length > 0 ? a[0] : null;
            long max = a.Length > 1 ? Ops.Index(a[1]) : -1;
            if (k != null)
                for (int i = 0; i < k.Length; i++)
                {
                    var v = a[a.Length - k.Length + i];
                    if (k[i] == "sep") sep = v; else if (k[i] == "maxsplit") max = Ops.Index(v);
                    else throw Ops.TypeError($"'{k[i]}' is an invalid keyword argument for split()");
                }
            return new PyList(Split(S(self), sep == null || sep == PyNone.Instance ? null : StrArg(sep, "sep"), max));
        });
        M(str, "rsplit", (self, a, k) =>
        {
            if (a.Length > 1) throw Ops.NotImplemented("str.rsplit with maxsplit");
            return new PyList(Split(S(self), a.Length == 0 || a[0] == PyNone.Instance ? null : StrArg(a[0], "sep"), -1));
        });
        M(str, "splitlines", (self, a, k) =>
        {
            var s = S(self);
            var r = new List<PyObject>();
            int start = 0;
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] == '\n' || s[i] == '\r')
                {
                    r.Add(new PyStr(s[start..i]));
                    if (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
                    start = i + 1;
                }
            }
            if (start < s.Length) r.Add(new PyStr(s[start..]));
            return new PyList(r.ToArray());
        });
        M(str, "strip", (self, a, k) => { Args("strip", a, k, 0, 1); return new PyStr(a.Length == 0 || a[0] == PyNone.Instance ? S(self).Trim(PyWhitespace) : S(self).Trim(StrArg(a[0], "strip").ToCharArray())); });
        M(str, "lstrip", (self, a, k) => { Args("lstrip", a, k, 0, 1); return new PyStr(a.Length == 0 || a[0] == PyNone.Instance ? S(self).TrimStart(PyWhitespace) : S(self).TrimStart(StrArg(a[0], "lstrip").ToCharArray())); });
        M(str, "rstrip", (self, a, k) => { Args("rstrip", a, k, 0, 1); return new PyStr(a.Length == 0 || a[0] == PyNone.Instance ? S(self).TrimEnd(PyWhitespace) : S(self).TrimEnd(StrArg(a[0], "rstrip").ToCharArray())); });
        M(str, "upper", (self, a, k) => { Args("upper", a, k, 0, 0); return new PyStr(S(self).ToUpperInvariant()); });
        M(str, "lower", (self, a, k) => { Args("lower", a, k, 0, 0); return new PyStr(S(self).ToLowerInvariant()); });
        M(str, "capitalize", (self, a, k) => { var s = S(self); return new PyStr(s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant()); });
        M(str, "title", (self, a, k) =>
        {
            var sb = new StringBuilder();
            bool prevCased = false;
            foreach (char c in S(self))
            {
                sb.Append(prevCased ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
                prevCased = char.IsLetter(c);
            }
            return new PyStr(sb.ToString());
        });
        M(str, "swapcase", (self, a, k) => new PyStr(new string(S(self).Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)).ToArray())));
        M(str, "startswith", (self, a, k) => { Args("startswith", a, k, 1, 1); return Ops.Box(Affix(S(self), a[0], "startswith", true)); });
        M(str, "endswith", (self, a, k) => { Args("endswith", a, k, 1, 1); return Ops.Box(Affix(S(self), a[0], "endswith", false)); });
        M(str, "replace", (self, a, k) =>
        {
            Args("replace", a, k, 2, 3);
            string s = S(self), old = StrArg(a[0], "replace"), nw = StrArg(a[1], "replace");
            long count = a.Length > 2 ? Ops.Index(a[2]) : -1;
            if (count < 0) return new PyStr(old.Length == 0 ? InsertBetween(s, nw) : s.Replace(old, nw, StringComparison.Ordinal));
            var sb = new StringBuilder();
            int pos = 0;
            while (count-- > 0)
            {
                int i = s.IndexOf(old, pos, StringComparison.Ordinal);
                if (i < 0) break;
                sb.Append(s, pos, i - pos).Append(nw);
                pos = i + old.Length;
            }
            return new PyStr(sb.Append(s, pos, s.Length - pos).ToString());
        });
        M(str, "find", (self, a, k) => { Args("find", a, k, 1, 3); return PyInt.Get(Find(S(self), a, false)); });
        M(str, "rfind", (self, a, k) => { Args("rfind", a, k, 1, 3); return PyInt.Get(Find(S(self), a, true)); });
        M(str, "index", (self, a, k) =>
        {
            Args("index", a, k, 1, 3);
            long i = Find(S(self), a, false);
            if (i < 0) throw Ops.ValueError("substring not found");
            return PyInt.Get(i);
        });
        M(str, "count", (self, a, k) =>
        {
            Args("count", a, k, 1, 1);
            string s = S(self), sub = StrArg(a[0], "count");
            if (sub.Length == 0) return PyInt.Get(s.Length + 1);
            int n = 0, pos = 0;
            while ((pos = s.IndexOf(sub, pos, StringComparison.Ordinal)) >= 0) { n++; pos += sub.Length; }
            return PyInt.Get(n);
        });
        M(str, "isdigit", (self, a, k) => Ops.Box(S(self).Length > 0 && S(self).All(char.IsDigit)));
        M(str, "isdecimal", (self, a, k) => Ops.Box(S(self).Length > 0 && S(self).All(char.IsDigit)));
        M(str, "isnumeric", (self, a, k) => Ops.Box(S(self).Length > 0 && S(self).All(char.IsDigit)));
        M(str, "isalpha", (self, a, k) => Ops.Box(S(self).Length > 0 && S(self).All(char.IsLetter)));
        M(str, "isalnum", (self, a, k) => Ops.Box(S(self).Length > 0 && S(self).All(char.IsLetterOrDigit)));
        M(str, "isspace", (self, a, k) => Ops.Box(S(self).Length > 0 && S(self).All(c => Array.IndexOf(PyWhitespace, c) >= 0)));
        M(str, "isupper", (self, a, k) => Ops.Box(S(self).Any(char.IsUpper) && !S(self).Any(char.IsLower)));
        M(str, "islower", (self, a, k) => Ops.Box(S(self).Any(char.IsLower) && !S(self).Any(char.IsUpper)));
        M(str, "isidentifier", (self, a, k) => Ops.Box(S(self).Length > 0 && !char.IsDigit(S(self)[0]) && S(self).All(c => char.IsLetterOrDigit(c) || c == '_')));
        M(str, "ljust", (self, a, k) => { Args("ljust", a, k, 1, 2); var s = S(self); long w = Ops.Index(a[0]); return w <= s.Length ? self : new PyStr(s + new string(FillChar(a), (int)w - s.Length)); });
        M(str, "rjust", (self, a, k) => { Args("rjust", a, k, 1, 2); var s = S(self); long w = Ops.Index(a[0]); return w <= s.Length ? self : new PyStr(new string(FillChar(a), (int)w - s.Length) + s); });
        M(str, "center", (self, a, k) =>
        {
            Args("center", a, k, 1, 2);
            var s = S(self);
            long w = Ops.Index(a[0]);
            if (w <= s.Length) return self;
            int pad = (int)w - s.Length, left = pad / 2 + (pad & (int)w & 1);
            return new PyStr(new string(FillChar(a), left) + s + new string(FillChar(a), pad - left));
        });
        M(str, "zfill", (self, a, k) =>
        {
            Args("zfill", a, k, 1, 1);
            var s = S(self);
            long w = Ops.Index(a[0]);
            if (w <= s.Length) return self;
            int signLen = s.Length > 0 && (s[0] == '-' || s[0] == '+') ? 1 : 0;
            return new PyStr(s[..signLen] + new string('0', (int)w - s.Length) + s[signLen..]);
        });
        M(str, "encode", (self, a, k) => new PyBytes(Encoding.UTF8.GetBytes(S(self))));
        M(str, "format", (self, a, k) => new PyStr(StrFormat(S(self), a, k)));
        M(str, "partition", (self, a, k) =>
        {
            Args("partition", a, k, 1, 1);
            string s = S(self), sep = StrArg(a[0], "partition");
            int i = s.IndexOf(sep, StringComparison.Ordinal);
            return i < 0 ? new PyTuple(new PyObject[] { self, PyStr.Empty, PyStr.Empty })
                : new PyTuple(new PyObject[] { new PyStr(s[..i]), a[0], new PyStr(s[(i + sep.Length)..]) });
        });

        var list = PyType.ListType;
        M(list, "append", (self, a, k) => { Args("append", a, k, 1, 1); ((PyList)self).Append(a[0]); return PyNone.Instance; });
        M(list, "extend", (self, a, k) => { Args("extend", a, k, 1, 1); foreach (var v in Ops.ToArray(a[0])) ((PyList)self).Append(v); return PyNone.Instance; });
        M(list, "pop", (self, a, k) =>
        {
            Args("pop", a, k, 0, 1);
            var l = (PyList)self;
            if (l.Count == 0) throw Ops.IndexError("pop from empty list");
            long i = a.Length > 0 ? Ops.Index(a[0]) : l.Count - 1;
            if (i < 0) i += l.Count;
            if ((ulong)i >= (ulong)l.Count) throw Ops.IndexError("pop index out of range");
            var v = l.Items[i];
            l.RemoveAt((int)i);
            return v;
        });
        M(list, "insert", (self, a, k) => { Args("insert", a, k, 2, 2); ((PyList)self).Insert(Ops.Index(a[0]), a[1]); return PyNone.Instance; });
        M(list, "remove", (self, a, k) =>
        {
            Args("remove", a, k, 1, 1);
            var l = (PyList)self;
            for (int i = 0; i < l.Count; i++)
                if (ReferenceEquals(l.Items[i], a[0]) || Ops.EqBool(l.Items[i], a[0])) { l.RemoveAt(i); return PyNone.Instance; }
            throw Ops.ValueError("list.remove(x): x not in list");
        });
        M(list, "index", (self, a, k) =>
        {
            Args("index", a, k, 1, 3);
            var l = (PyList)self;
            for (int i = 0; i < l.Count; i++)
                if (ReferenceEquals(l.Items[i], a[0]) || Ops.EqBool(l.Items[i], a[0])) return PyInt.Get(i);
            throw Ops.ValueError($"{Ops.Repr(a[0])} is not in list");
        });
        M(list, "count", (self, a, k) =>
        {
            Args("count", a, k, 1, 1);
            var l = (PyList)self;
            int n = 0;
            for (int i = 0; i < l.Count; i++) if (ReferenceEquals(l.Items[i], a[0]) || Ops.EqBool(l.Items[i], a[0])) n++;
            return PyInt.Get(n);
        });
        M(list, "reverse", (self, a, k) => { var l = (PyList)self; Array.Reverse(l.Items, 0, l.Count); return PyNone.Instance; });
        M(list, "copy", (self, a, k) => new PyList(((PyList)self).ToArray()));
        M(list, "clear", (self, a, k) => { var l = (PyList)self; l.Items = Array.Empty<PyObject>(); l.Count = 0; return PyNone.Instance; });
        M(list, "sort", (self, a, k) =>
        {
            if (a.Length > (k?.Length ?? 0)) throw Ops.TypeError("sort() takes no positional arguments");
            PyObject? key = null, reverse = null;
            for (int i = 0; i < (k?.Length ?? 0); i++)
            {
                if (k![i] == "key") key = a[i];
                else if (k[i] == "reverse") reverse = a[i];
                else throw Ops.TypeError($"'{k[i]}' is an invalid keyword argument for sort()");
            }
            Sort((PyList)self, key, reverse);
            return PyNone.Instance;
        });

        var tuple = PyType.TupleType;
        M(tuple, "index", (self, a, k) =>
        {
            var t = (PyTuple)self;
            for (int i = 0; i < t.Items.Length; i++) if (Ops.EqBool(t.Items[i], a[0])) return PyInt.Get(i);
            throw Ops.ValueError("tuple.index(x): x not in tuple");
        });
        M(tuple, "count", (self, a, k) => PyInt.Get(((PyTuple)self).Items.Count(x => Ops.EqBool(x, a[0]))));

        var dict = PyType.DictType;
        M(dict, "get", (self, a, k) => { Args("get", a, k, 1, 2); return ((PyDict)self).TryGet(a[0]) ?? (a.Length > 1 ? a[1] : PyNone.Instance); });
        M(dict, "keys", (self, a, k) => new PyDictView((PyDict)self, DictIterator.Kind.Keys));
        M(dict, "values", (self, a, k) => new PyDictView((PyDict)self, DictIterator.Kind.Values));
        M(dict, "items", (self, a, k) => new PyDictView((PyDict)self, DictIterator.Kind.Items));
        M(dict, "pop", (self, a, k) =>
        {
            Args("pop", a, k, 1, 2);
            if (((PyDict)self).Table.Remove(a[0], out var v)) return v!;
            if (a.Length > 1) return a[1];
            throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, a[0]));
        });
        M(dict, "popitem", (self, a, k) =>
        {
            var t = ((PyDict)self).Table;
            for (int e = t.Used - 1; e >= 0; e--)
                if (t.Keys[e] != null)
                {
                    var key = t.Keys[e]!;
                    t.Remove(key, out var v);
                    return new PyTuple(new[] { key, v! });
                }
            throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, "popitem(): dictionary is empty"));
        });
        M(dict, "setdefault", (self, a, k) =>
        {
            Args("setdefault", a, k, 1, 2);
            var d = (PyDict)self;
            var v = d.TryGet(a[0]);
            if (v != null) return v;
            v = a.Length > 1 ? a[1] : PyNone.Instance;
            d.SetItem(a[0], v);
            return v;
        });
        M(dict, "update", (self, a, k) =>
        {
            var d = (PyDict)self;
            int np = a.Length - (k?.Length ?? 0);
            if (np > 0) DictUpdate(d, a[0]);
            for (int i = 0; i < (k?.Length ?? 0); i++) d.SetItem(new PyStr(k![i]), a[np + i]);
            return PyNone.Instance;
        });
        M(dict, "copy", (self, a, k) => { var d = new PyDict(); Ops.DictUpdate(d, (PyDict)self); return d; });
        M(dict, "clear", (self, a, k) => { ((PyDict)self).Table.Clear(); return PyNone.Instance; });

        var set = PyType.SetType;
        M(set, "add", (self, a, k) => { Args("add", a, k, 1, 1); ((PySet)self).Add(a[0]); return PyNone.Instance; });
        M(set, "remove", (self, a, k) =>
        {
            Args("remove", a, k, 1, 1);
            if (!((PySet)self).Table.Remove(a[0], out _)) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, a[0]));
            return PyNone.Instance;
        });
        M(set, "discard", (self, a, k) => { Args("discard", a, k, 1, 1); ((PySet)self).Table.Remove(a[0], out _); return PyNone.Instance; });
        M(set, "pop", (self, a, k) =>
        {
            var t = ((PySet)self).Table;
            for (int e = 0; e < t.Used; e++)
                if (t.Keys[e] != null) { var key = t.Keys[e]!; t.Remove(key, out _); return key; }
            throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, "pop from an empty set"));
        });
        M(set, "update", (self, a, k) => { foreach (var x in a) foreach (var v in Ops.ToArray(x)) ((PySet)self).Add(v); return PyNone.Instance; });
        M(set, "clear", (self, a, k) => { ((PySet)self).Table.Clear(); return PyNone.Instance; });
        foreach (var st in new[] { PyType.SetType, PyType.FrozenSetType })
        {
            M(st, "union", (self, a, k) => { var r = SetOps.Union((PySet)self, new PySet()); foreach (var x in a) foreach (var v in Ops.ToArray(x)) r.Add(v); return r; });
            M(st, "intersection", (self, a, k) => SetOps.Intersection((PySet)self, ToSet(a[0])));
            M(st, "difference", (self, a, k) => SetOps.Difference((PySet)self, ToSet(a[0])));
            M(st, "issubset", (self, a, k) => self.RichCompare(ToSet(a[0]), CompareOp.Le));
            M(st, "issuperset", (self, a, k) => self.RichCompare(ToSet(a[0]), CompareOp.Ge));
            M(st, "copy", (self, a, k) => SetOps.Union((PySet)self, new PySet()));
        }

        M(PyType.IntType, "bit_length", (self, a, k) => PyInt.Get(Numerics.IntegerMath.BitLength(Ops.ToBig(self))));
        M(PyType.IntType, "__index__", (self, a, k) => self);
        M(PyType.FloatType, "is_integer", (self, a, k) => Ops.Box(Numerics.FloatMath.IsInteger(((PyFloat)self).Value)));
        M(PyType.BytesType, "decode", (self, a, k) => new PyStr(Encoding.UTF8.GetString(((PyBytes)self).Value)));
        M(PyType.ByteArrayType, "append", (self, a, k) => { Args("append", a, k, 1, 1); ((PyByteArray)self).Append(Ops.Index(a[0])); return PyNone.Instance; });
        M(PyType.ByteArrayType, "extend", (self, a, k) => { foreach (var v in Ops.ToArray(a[0])) ((PyByteArray)self).Append(Ops.Index(v)); return PyNone.Instance; });
        M(PyType.ObjectType, "__init__", (self, a, k) => PyNone.Instance);
    }

    private static PySet ToSet(PyObject o)
    {
        if (o is PySet s) return s;
        var r = new PySet();
        foreach (var v in Ops.ToArray(o)) r.Add(v);
        return r;
    }

    public static void DictUpdate(PyDict d, PyObject src)
    {
        if (src is PyDict sd) { Ops.DictUpdate(d, sd); return; }
        var keys = src.Type.Lookup("keys");
        if (keys != null)
        {
            foreach (var key in Ops.ToArray(keys.Call1(src))) d.SetItem(key, src.GetItem(key));
            return;
        }
        int i = 0;
        foreach (var item in Ops.ToArray(src))
        {
            var pair = Ops.ToArray(item);
            if (pair.Length != 2)
                throw Ops.ValueError($"dictionary update sequence element #{i} has length {pair.Length}; 2 is required");
            d.SetItem(pair[0], pair[1]);
            i++;
        }
    }

    private static readonly char[] PyWhitespace = { ' ', '\t', '\n', '\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\u00a0' };

    private static char FillChar(PyObject[] a)
    {
        if (a.Length < 2) return ' ';
        if (a[1] is PyStr s && s.Value.Length == 1) return s.Value[0];
        throw Ops.TypeError("The fill character must be exactly one character long");
    }

    private static string InsertBetween(string s, string x)
    {
        var sb = new StringBuilder(x);
        foreach (char c in s) sb.Append(c).Append(x);
        return sb.ToString();
    }

    private static bool Affix(string s, PyObject arg, string name, bool prefix)
    {
        if (arg is PyStr p) return prefix ? s.StartsWith(p.Value, StringComparison.Ordinal) : s.EndsWith(p.Value, StringComparison.Ordinal);
        if (arg is PyTuple t)
        {
            foreach (var x in t.Items) if (Affix(s, x, name, prefix)) return true;
            return false;
        }
        throw Ops.TypeError($"{name} first arg must be str or a tuple of str, not {arg.Type.Name}");
    }

    private static long Find(string s, PyObject[] a, bool last)
    {
        string sub = StrArg(a[0], "find");
        int start = a.Length > 1 && a[1] != PyNone.Instance ? (int)Math.Clamp(Norm(Ops.Index(a[1]), s.Length), 0, s.Length) : 0;
        int end = a.Length > 2 && a[2] != PyNone.Instance ? (int)Math.Clamp(Norm(Ops.Index(a[2]), s.Length), 0, s.Length) : s.Length;
        if (end < start) return -1;
        var region = s.Substring(start, end - start);
        int i = last ? region.LastIndexOf(sub, StringComparison.Ordinal) : region.IndexOf(sub, StringComparison.Ordinal);
        return i < 0 ? -1 : i + start;
    }

    private static long Norm(long i, int len) => i < 0 ? i + len : i;

    private static PyObject[] Split(string s, string? sep, long max)
    {
        var r = new List<PyObject>();
        if (sep == null)
        {
            int i = 0, n = s.Length;
            while (true)
            {
                while (i < n && Array.IndexOf(PyWhitespace, s[i]) >= 0) i++;
                if (i >= n) break;
                if (max >= 0 && r.Count >= max)
                {
                    r.Add(new PyStr(s[i..].TrimEnd(PyWhitespace)));
                    break;
                }
                int j = i;
                while (j < n && Array.IndexOf(PyWhitespace, s[j]) < 0) j++;
                r.Add(new PyStr(s[i..j]));
                i = j;
            }
            return r.ToArray();
        }
        if (sep.Length == 0) throw Ops.ValueError("empty separator");
        int pos = 0;
        while (max < 0 || r.Count < max)
        {
            int i = s.IndexOf(sep, pos, StringComparison.Ordinal);
            if (i < 0) break;
            r.Add(new PyStr(s[pos..i]));
            pos = i + sep.Length;
        }
        r.Add(new PyStr(s[pos..]));
        return r.ToArray();
    }

    /// <summary>str.format: positional and keyword fields, conversions and format specs (no nested fields
    /// in specs beyond one level, no attribute/index chains beyond simple ones).</summary>
    public static string StrFormat(string fmt, PyObject[] a, string[]? k)
    {
        int np = a.Length - (k?.Length ?? 0);
        var sb = new StringBuilder();
        int auto = 0;
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c == '{')
            {
                if (i + 1 < fmt.Length && fmt[i + 1] == '{') { sb.Append('{'); i++; continue; }
                int close = fmt.IndexOf('}', i);
                if (close < 0) throw Ops.ValueError("Single '{' encountered in format string");
                string field = fmt.Substring(i + 1, close - i - 1);
                i = close;
                string spec = "";
                char conv = '\0';
                int colon = field.IndexOf(':');
                if (colon >= 0) { spec = field[(colon + 1)..]; field = field[..colon]; }
                int bang = field.IndexOf('!');
                if (bang >= 0) { conv = field[bang + 1]; field = field[..bang]; }
                string head = field;
                int dot = head.IndexOfAny(new[] { '.', '[' });
                string rest = "";
                if (dot >= 0) { rest = head[dot..]; head = head[..dot]; }
                PyObject v;
                if (head.Length == 0)
                {
                    if (auto >= np) throw Ops.IndexError($"Replacement index {auto} out of range for positional args tuple");
                    v = a[auto++];
                }
                else if (char.IsAsciiDigit(head[0]))
                {
                    int idx = int.Parse(head);
                    if (idx >= np) throw Ops.IndexError($"Replacement index {idx} out of range for positional args tuple");
                    v = a[idx];
                }
                else
                {
                    int ki = k == null ? -1 : Array.IndexOf(k, head);
                    if (ki < 0) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, new PyStr(head)));
                    v = a[np + ki];
                }
                while (rest.Length > 0)
                {
                    if (rest[0] == '.')
                    {
                        int end = rest.IndexOfAny(new[] { '.', '[' }, 1);
                        if (end < 0) end = rest.Length;
                        v = v.GetAttr(rest[1..end]);
                        rest = rest[end..];
                    }
                    else
                    {
                        int end = rest.IndexOf(']');
                        string key = rest[1..end];
                        v = v.GetItem(key.All(char.IsAsciiDigit) ? PyInt.Get(long.Parse(key)) : new PyStr(key));
                        rest = rest[(end + 1)..];
                    }
                }
                if (conv == 'r') v = new PyStr(v.Repr());
                else if (conv == 's') v = Ops.StrObj(v);
                else if (conv == 'a') v = new PyStr(Builtins.Ascii(v.Repr()));
                if (spec.Contains('{')) spec = StrFormat(spec, a, k);
                sb.Append(ValueFormat.Format(v, spec));
            }
            else if (c == '}')
            {
                if (i + 1 < fmt.Length && fmt[i + 1] == '}') { sb.Append('}'); i++; continue; }
                throw Ops.ValueError("Single '}' encountered in format string");
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>list.sort: a stable merge sort on <c>&lt;</c> of the keys.</summary>
    public static void Sort(PyList list, PyObject? key, PyObject? reverse)
    {
        bool rev = reverse != null && Ops.IsTrue(reverse);
        if (key == PyNone.Instance) key = null;
        int n = list.Count;
        var items = list.ToArray();
        var keys = key == null ? items : items.Select(x => key.Call1(x)).ToArray();
        var idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        // Reverse sorting keeps equal elements in original order, as CPython does by reversing around a stable sort.
        if (rev) Array.Reverse(idx);
        var tmp = new int[n];
        MergeSort(idx, tmp, 0, n, keys);
        if (rev) Array.Reverse(idx);
        var result = new PyObject[n];
        for (int i = 0; i < n; i++) result[i] = items[idx[i]];
        list.Items = result;
        list.Count = n;
    }

    private static void MergeSort(int[] a, int[] tmp, int lo, int hi, PyObject[] keys)
    {
        if (hi - lo < 2) return;
        if (hi - lo <= 16)
        {
            for (int i = lo + 1; i < hi; i++)
            {
                int x = a[i], j = i - 1;
                while (j >= lo && Ops.LtBool(keys[x], keys[a[j]])) { a[j + 1] = a[j]; j--; }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) / 2;
        MergeSort(a, tmp, lo, mid, keys);
        MergeSort(a, tmp, mid, hi, keys);
        int p = lo, q = mid, t = lo;
        while (p < mid && q < hi) tmp[t++] = Ops.LtBool(keys[a[q]], keys[a[p]]) ? a[q++] : a[p++];
        while (p < mid) tmp[t++] = a[p++];
        while (q < hi) tmp[t++] = a[q++];
        Array.Copy(tmp, lo, a, lo, hi - lo);
    }
}

public sealed class PyDictView : PyObject
{
    private readonly PyDict _d;
    private readonly DictIterator.Kind _kind;
    private static readonly PyType KeysType = new("dict_keys", new[] { PyType.ObjectType });
    private static readonly PyType ValuesType = new("dict_values", new[] { PyType.ObjectType });
    private static readonly PyType ItemsType = new("dict_items", new[] { PyType.ObjectType });

    public PyDictView(PyDict d, DictIterator.Kind kind) { _d = d; _kind = kind; }
    public override PyType Type => _kind switch { DictIterator.Kind.Keys => KeysType, DictIterator.Kind.Values => ValuesType, _ => ItemsType };
    public override long Len() => _d.Table.Count;
    public override PyIterator Iter() => new DictIterator(_d, _kind);
    public override bool Contains(PyObject item)
    {
        if (_kind == DictIterator.Kind.Keys) return _d.Contains(item);
        return base.Contains(item);
    }
    public override string Repr()
    {
        var items = Ops.ToArray(this);
        return Type.Name + "([" + string.Join(", ", items.Select(Ops.Repr)) + "])";
    }
}
