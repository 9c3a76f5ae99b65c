using Krait.Runtime;

namespace Krait.Modules.Data;

/// <summary>_codecs (the codec functions over <see cref="Codecs"/>, the codec search registry and the built-in
/// error handlers) and codecs (those plus CodecInfo, the incremental and stream classes, open, iterencode/
/// iterdecode, written in Python over _codecs).</summary>
public static class CodecsModule
{
    private static readonly List<PyObject> s_searchFunctions = new();
    private static readonly Dictionary<string, PyObject> s_cache = new();

    private static string Str(PyObject o, string fname, int pos)
    {
        if (o is PyStr s) return s.Value;
        throw Ops.TypeError($"{fname}() argument {pos} must be str, not {o.Type.TpName}");
    }

    private static string Errors(PyObject? o) => o == null || o == PyNone.Instance ? "strict" : Str(o, "codec", 2);

    /// <summary>Name normalisation before the search functions see it: lower case, spaces and hyphens to '_'.</summary>
    private static string Normalize(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        foreach (char c in name) sb.Append(c == ' ' || c == '-' ? '_' : c < 0x80 ? char.ToLowerInvariant(c) : c);
        return sb.ToString();
    }

    /// <summary>codecs.lookup: the search functions first (as CPython's registry, which lists the built-in
    /// `encodings` search first; here built-in codecs are answered by the codecs module's own search function,
    /// registered first), cached per normalised name.</summary>
    public static PyObject Lookup(string encoding)
    {
        string key = Normalize(encoding);
        if (s_cache.TryGetValue(key, out var hit)) return hit;
        if (Search(key) is { } found) return found;
        // CPython registers the encodings package's search function at start-up; Krait imports that package
        // (from CPython's Lib folder) the first time a codec is not one of its own, for cp437, koi8_r and the rest.
        if (!s_encodingsTried)
        {
            s_encodingsTried = true;
            try { Ops.ImportModule("encodings"); }
            catch (PythonException e) when (e.Value.Class.IsSubtypeOf(ExceptionTypes.ImportError)) { }
            if (Search(key) is { } viaEncodings) return viaEncodings;
        }
        throw Ops.Error(ExceptionTypes.LookupError, "unknown encoding: " + encoding);
    }

    private static bool s_encodingsTried;

    private static PyObject? Search(string key)
    {
        foreach (var f in s_searchFunctions.ToArray())
        {
            var r = f.Call1(new PyStr(key));
            if (r == PyNone.Instance) continue;
            if (Codecs.AsTuple(r) is not PyTuple t || t.Items.Length != 4) throw Ops.TypeError("codec search functions must return 4-tuples");
            s_cache[key] = r;
            return r;
        }
        return null;
    }

    private static PyObject EncodeResult(byte[] b, long consumed) => new PyTuple(new PyObject[] { new PyBytes(b), PyInt.Get(consumed) });
    private static PyObject DecodeResult(string s, long consumed) => new PyTuple(new PyObject[] { new PyStr(s), PyInt.Get(consumed) });

    private static void DefEncoder(PyModule m, string fname, string codec)
    {
        NativeModule.Def(m, fname, (a, k) =>
        {
            NativeArgs.Count(fname, a, k, 1, 2);
            var s = Str(a[0], fname, 1);
            return EncodeResult(Codecs.Encode(s, codec, Errors(a.Length > 1 ? a[1] : null)), new PyStr(s).Len());
        });
    }

    private static void DefDecoder(PyModule m, string fname, string codec, bool hasFinal = true)
    {
        NativeModule.Def(m, fname, (a, k) =>
        {
            var p = NativeArgs.Bind(fname, a, k, new[] { "data", "errors", "final" }, 1, posOnly: 3);
            if (!hasFinal && p[2] != null) throw Ops.TypeError($"{fname} expected at most 2 arguments, got 3");
            // The escape decoders also take a str (its UTF-8 bytes), as CPython's.
            var data = p[0] is PyStr ps && codec.Contains("escape") ? System.Text.Encoding.UTF8.GetBytes(ps.Value) : DataArgs.Buffer(p[0]!);
            // The escape codecs' final defaults to true, the UTF ones' to false.
            var s = Codecs.Decode(data, codec, Errors(p[1]), !hasFinal || DataArgs.Truth(p[2], codec.Contains("escape")), out int consumed);
            return DecodeResult(s, consumed);
        });
    }

    /// <summary>utf_16_ex_decode / utf_32_ex_decode: BOM detection, returning the byte order found.</summary>
    private static PyObject ExDecode(string fname, int unit, PyObject[] a, string[]? k)
    {
        var p = NativeArgs.Bind(fname, a, k, new[] { "data", "errors", "byteorder", "final" }, 1, posOnly: 4);
        var data = DataArgs.Buffer(p[0]!);
        string errors = Errors(p[1]);
        long order = DataArgs.Index(p[2], 0);
        bool final = DataArgs.Truth(p[3], false);
        int skip = 0;
        string family = unit == 2 ? "utf-16" : "utf-32";
        if (order == 0)
        {
            if (data.Length < unit && !final) return new PyTuple(new PyObject[] { PyStr.Empty, PyInt.Get(0), PyInt.Get(0) });
            bool le = unit == 2 ? data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE
                : data.Length >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0;
            bool be = unit == 2 ? data.Length >= 2 && data[0] == 0xFE && data[1] == 0xFF
                : data.Length >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF;
            if (le) { order = -1; skip = unit; }
            else if (be) { order = 1; skip = unit; }
        }
        string codec = family + (order > 0 ? "-be" : "-le");
        var s = Codecs.Decode(data.Slice(skip), codec, errors, final, out int consumed);
        return new PyTuple(new PyObject[] { new PyStr(s), PyInt.Get(consumed + skip), PyInt.Get(order) });
    }

    private static PyObject EncodeWithOrder(string fname, string family, PyObject[] a, string[]? k)
    {
        NativeArgs.Count(fname, a, k, 1, 3);
        var s = Str(a[0], fname, 1);
        long order = a.Length > 2 ? NativeArgs.Int(a[2]) : 0;
        string codec = order == 0 ? family : family + (order > 0 ? "-be" : "-le");
        return EncodeResult(Codecs.Encode(s, codec, Errors(a.Length > 1 ? a[1] : null)), new PyStr(s).Len());
    }

    // ---- the built-in error handlers as functions (codecs.lookup_error('replace') etc.) ----

    private static PyUnicodeError Exc(PyObject[] a, string name)
    {
        if (a.Length != 1) throw Ops.TypeError($"{name}() takes exactly one argument ({a.Length} given)");
        if (a[0] is PyUnicodeError e) return e;
        throw Ops.TypeError($"don't know how to handle {a[0].Type.TpName} in error callback");
    }

    private static PyObject Result(string replacement, long end) =>
        new PyTuple(new PyObject[] { new PyStr(replacement), PyInt.Get(end) });

    private static int[] ErrorChars(PyUnicodeError e)
    {
        var cps = Codecs.CodePoints(((PyStr)e.Object).Value);
        long start = Math.Clamp(e.Start, 0, cps.Length), end = Math.Clamp(e.End, start, cps.Length);
        return cps.AsSpan((int)start, (int)(end - start)).ToArray();
    }

    private static PythonException CantHandle(PyUnicodeError e) =>
        Ops.TypeError($"don't know how to handle {e.Type.TpName} in error callback");

    private static void RegisterBuiltinHandlers(PyModule m)
    {
        void H(string name, string fname, Func<PyUnicodeError, PyObject> body)
        {
            var f = new PyBuiltinFunction(fname, (a, k) => { NativeArgs.NoKeywords(fname, k); return body(Exc(a, fname)); });
            Codecs.RegisterError(name, f);
            if (!name.StartsWith("surrogate")) m.Set(fname, f);
        }
        H("strict", "strict_errors", e => throw new PythonException(e));
        H("ignore", "ignore_errors", e => Result("", e.End));
        H("replace", "replace_errors", e => e.ErrorKind switch
        {
            PyUnicodeError.Kind.Decode => Result("\uFFFD", e.End),
            PyUnicodeError.Kind.Encode => Result(new string('?', ErrorChars(e).Length), e.End),
            _ => Result(new string('\uFFFD', ErrorChars(e).Length), e.End),
        });
        H("backslashreplace", "backslashreplace_errors", e =>
        {
            var sb = new System.Text.StringBuilder();
            if (e.ErrorKind == PyUnicodeError.Kind.Decode)
            {
                var b = ((PyBytes)e.Object).Value;
                for (long i = e.Start; i < e.End && i < b.Length; i++) sb.Append($"\\x{b[i]:x2}");
            }
            else foreach (int cp in ErrorChars(e)) sb.Append(Codecs.CharEscape(cp));
            return Result(sb.ToString(), e.End);
        });
        H("xmlcharrefreplace", "xmlcharrefreplace_errors", e =>
        {
            if (e.ErrorKind != PyUnicodeError.Kind.Encode) throw CantHandle(e);
            var sb = new System.Text.StringBuilder();
            foreach (int cp in ErrorChars(e)) sb.Append("&#").Append(cp).Append(';');
            return Result(sb.ToString(), e.End);
        });
        H("namereplace", "namereplace_errors", e =>
        {
            if (e.ErrorKind != PyUnicodeError.Kind.Encode) throw CantHandle(e);
            var sb = new System.Text.StringBuilder();
            foreach (int cp in ErrorChars(e)) sb.Append(Codecs.NameEscape(cp));
            return Result(sb.ToString(), e.End);
        });
        H("surrogateescape", "surrogateescape_errors", e =>
        {
            if (e.ErrorKind == PyUnicodeError.Kind.Decode)
            {
                var b = ((PyBytes)e.Object).Value;
                var sb = new System.Text.StringBuilder();
                for (long i = e.Start; i < e.End && i < b.Length; i++)
                {
                    if (b[i] < 128) throw new PythonException(e);
                    sb.Append((char)(0xDC00 + b[i]));
                }
                return Result(sb.ToString(), e.End);
            }
            if (e.ErrorKind != PyUnicodeError.Kind.Encode) throw CantHandle(e);
            var o = new List<byte>();
            foreach (int cp in ErrorChars(e))
            {
                if (cp < 0xDC80 || cp > 0xDCFF) throw new PythonException(e);
                o.Add((byte)(cp - 0xDC00));
            }
            return new PyTuple(new PyObject[] { new PyBytes(o.ToArray()), PyInt.Get(e.End) });
        });
        H("surrogatepass", "surrogatepass_errors", e =>
        {
            if (e.ErrorKind != PyUnicodeError.Kind.Encode) throw CantHandle(e);
            var o = new List<byte>();
            foreach (int cp in ErrorChars(e))
            {
                if (cp < 0xD800 || cp > 0xDFFF) throw new PythonException(e);
                o.AddRange(Codecs.Encode(((char)cp).ToString(), Ops.Str(e.Encoding), "surrogatepass"));
            }
            return new PyTuple(new PyObject[] { new PyBytes(o.ToArray()), PyInt.Get(e.End) });
        });
    }

    private static bool s_handlersRegistered;

    public static PyModule CreateC()
    {
        var m = NativeModule.New("_codecs");
        Install(m);
        return m;
    }

    private static void Install(PyModule m)
    {
        CharmapCodec.Install(m);
        if (!s_handlersRegistered) { s_handlersRegistered = true; RegisterBuiltinHandlers(m); }
        else foreach (var n in new[] { "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace" })
            m.Set(n + "_errors", Codecs.LookupError(n));
        NativeModule.Def(m, "register", (a, k) =>
        {
            NativeArgs.Exactly("register", a, k, 1);
            if (!Builtins.IsCallable(a[0])) throw Ops.TypeError("argument must be callable");
            s_searchFunctions.Add(a[0]);
            return PyNone.Instance;
        });
        NativeModule.Def(m, "unregister", (a, k) =>
        {
            NativeArgs.Exactly("unregister", a, k, 1);
            s_searchFunctions.Remove(a[0]);
            s_cache.Clear();
            return PyNone.Instance;
        });
        NativeModule.Def(m, "lookup", (a, k) =>
        {
            NativeArgs.Exactly("lookup", a, k, 1);
            return Lookup(Str(a[0], "lookup", 1));
        });
        NativeModule.Def(m, "register_error", (a, k) =>
        {
            NativeArgs.Count("register_error", a, k, 2, 2);
            var name = Str(a[0], "register_error", 1);
            if (!Builtins.IsCallable(a[1])) throw Ops.TypeError("handler must be callable");
            Codecs.RegisterError(name, a[1]);
            return PyNone.Instance;
        });
        NativeModule.Def(m, "lookup_error", (a, k) =>
        {
            NativeArgs.Exactly("lookup_error", a, k, 1);
            return Codecs.LookupError(Str(a[0], "lookup_error", 1));
        });
        NativeModule.Def(m, "_forget_codec", (a, k) =>
        {
            NativeArgs.Exactly("_forget_codec", a, k, 1);
            s_cache.Remove(Normalize(Str(a[0], "_forget_codec", 1)));
            return PyNone.Instance;
        });
        foreach (var (prefix, codec) in new[] { ("utf_8", "utf-8"), ("utf_16_le", "utf-16-le"), ("utf_16_be", "utf-16-be"),
                     ("utf_32_le", "utf-32-le"), ("utf_32_be", "utf-32-be"), ("latin_1", "latin-1"), ("ascii", "ascii"),
                     ("unicode_escape", "unicode_escape"), ("raw_unicode_escape", "raw_unicode_escape") })
        {
            DefEncoder(m, prefix + "_encode", codec);
            bool hasFinal = prefix.StartsWith("utf") || prefix.Contains("escape");
            DefDecoder(m, prefix + "_decode", codec, hasFinal);
        }
        NativeModule.Def(m, "utf_16_encode", (a, k) => EncodeWithOrder("utf_16_encode", "utf-16", a, k));
        NativeModule.Def(m, "utf_32_encode", (a, k) => EncodeWithOrder("utf_32_encode", "utf-32", a, k));
        NativeModule.Def(m, "utf_16_decode", (a, k) => Pair(ExDecode("utf_16_decode", 2, Drop3(a, k), k)));
        NativeModule.Def(m, "utf_32_decode", (a, k) => Pair(ExDecode("utf_32_decode", 4, Drop3(a, k), k)));
        NativeModule.Def(m, "utf_16_ex_decode", (a, k) => ExDecode("utf_16_ex_decode", 2, a, k));
        NativeModule.Def(m, "utf_32_ex_decode", (a, k) => ExDecode("utf_32_ex_decode", 4, a, k));
        NativeModule.Def(m, "cp1252_encode", (a, k) =>
        {
            NativeArgs.Count("cp1252_encode", a, k, 1, 2);
            var s = Str(a[0], "cp1252_encode", 1);
            return EncodeResult(Codecs.Encode(s, "cp1252", Errors(a.Length > 1 ? a[1] : null)), new PyStr(s).Len());
        });
        DefDecoder(m, "cp1252_decode", "cp1252", hasFinal: false);
        NativeModule.Def(m, "encode", (a, k) =>
        {
            var p = NativeArgs.Bind("encode", a, k, new[] { "obj", "encoding", "errors" }, 1);
            return EncodeAny(p[0]!, p[1] == null ? "utf-8" : Str(p[1]!, "encode", 2), Errors(p[2]));
        });
        NativeModule.Def(m, "decode", (a, k) =>
        {
            var p = NativeArgs.Bind("decode", a, k, new[] { "obj", "encoding", "errors" }, 1);
            return DecodeAny(p[0]!, p[1] == null ? "utf-8" : Str(p[1]!, "decode", 2), Errors(p[2]));
        });
    }

    // utf_16_decode(data, errors, final): byte order detected from a BOM (the ex form's third argument is the order).
    private static PyObject[] Drop3(PyObject[] a, string[]? k)
    {
        int npos = a.Length - (k?.Length ?? 0);
        if (npos < 3) return a;
        // Positional final moves to the ex form's fourth slot; byteorder 0 means detect.
        var list = new List<PyObject>(a[..2]) { PyInt.Get(0), a[2] };
        list.AddRange(a[3..]);
        return list.ToArray();
    }

    private static PyObject Pair(PyObject ex)
    {
        var t = (PyTuple)ex;
        return new PyTuple(new[] { t.Items[0], t.Items[1] });
    }

    /// <summary>codecs.encode/decode re-raise a plain TypeError/ValueError from the codec with the codec named,
    /// as CPython's wrapping of the cause does.</summary>
    private static PyObject CallCodec(PyObject fn, PyObject obj, string errors, string encoding, string what)
    {
        try { return fn.Call2(obj, new PyStr(errors)); }
        catch (PythonException e) when (e.Value.Type == ExceptionTypes.TypeError || e.Value.Type == ExceptionTypes.ValueError)
        {
            var wrapped = ExceptionTypes.Make(e.Value.Type, $"{what} with '{encoding}' codec failed ({e.Value.Type.TpName}: {e.Value.Str()})");
            wrapped.Cause = e.Value;
            wrapped.SuppressContext = true;
            throw new PythonException(wrapped);
        }
    }

    private static PyObject EncodeAny(PyObject obj, string encoding, string errors)
    {
        var info = Codecs.AsTuple(Lookup(encoding))!;
        var r = CallCodec(info.Items[0], obj, errors, encoding, "encoding");
        if (r is not PyTuple t || t.Items.Length != 2) throw Ops.TypeError("encoder must return a tuple (object, integer)");
        return t.Items[0];
    }

    private static PyObject DecodeAny(PyObject obj, string encoding, string errors)
    {
        var info = Codecs.AsTuple(Lookup(encoding))!;
        var r = CallCodec(info.Items[1], obj, errors, encoding, "decoding");
        if (r is not PyTuple t || t.Items.Length != 2) throw Ops.TypeError("decoder must return a tuple (object,integer)");
        return t.Items[0];
    }

    public static PyModule Create()
    {
        var m = NativeModule.New("codecs");
        // codecs re-exports _codecs' functions themselves (pickle checks codecs.encode is _codecs.encode).
        if (ImportSystem.Instance.ImportModule("_codecs") is PyModule c)
        {
            foreach (var (name, cell) in c.Cells)
                if (cell.Value is { } v && !name.StartsWith("__", StringComparison.Ordinal)) m.Set(name, v);
        }
        else Install(m);
        NativeModule.Def(m, "_builtin_codec_name", (a, k) =>
        {
            NativeArgs.Exactly("_builtin_codec_name", a, k, 1);
            return Codecs.TryLookup(Str(a[0], "_builtin_codec_name", 1), out _, out var canonical) == null ? PyNone.Instance : new PyStr(canonical);
        });
        // str.encode / bytes.decode reach codecs registered from Python through this.
        Codecs.FindExternal = name =>
        {
            try { return Lookup(name); }
            catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.LookupError)) { return null; }
        };
        ModulePrelude.Run(m, CodecsSource.Text, "<krait codecs>");
        return m;
    }
}
