using System.Text;
using Krait.Runtime;

namespace Krait.Modules.Re;

/// <summary>The re module: compile (with a cache), the module-level shortcuts, escape, purge, flags, error.</summary>
public static class ReModule
{
    private const int MaxCache = 512;
    private static readonly Dictionary<(bool, string, int), PyRePattern> s_cache = new();

    public static PyModule Create()
    {
        var m = new PyModule("re", null);
        m.Set("__name__", new PyStr("re"));
        void F(string name, BuiltinBody body) => m.Set(name, new PyBuiltinFunction(name, body));

        F("compile", (a, k) =>
        {
            var r = ReArgs.Bind("compile", a, k, new[] { "pattern", "flags" }, 1);
            return Compile(r[0]!, r[1]);
        });
        F("match", (a, k) =>
        {
            var r = ReArgs.Bind("match", a, k, new[] { "pattern", "string", "flags" }, 2);
            return Opt(Compile(r[0]!, r[2]).Match(r[1]!, null, null, 0));
        });
        F("fullmatch", (a, k) =>
        {
            var r = ReArgs.Bind("fullmatch", a, k, new[] { "pattern", "string", "flags" }, 2);
            return Opt(Compile(r[0]!, r[2]).Match(r[1]!, null, null, 1));
        });
        F("search", (a, k) =>
        {
            var r = ReArgs.Bind("search", a, k, new[] { "pattern", "string", "flags" }, 2);
            return Opt(Compile(r[0]!, r[2]).Match(r[1]!, null, null, 2));
        });
        F("findall", (a, k) =>
        {
            var r = ReArgs.Bind("findall", a, k, new[] { "pattern", "string", "flags" }, 2);
            return Compile(r[0]!, r[2]).FindAll(r[1]!, null, null);
        });
        F("finditer", (a, k) =>
        {
            var r = ReArgs.Bind("finditer", a, k, new[] { "pattern", "string", "flags" }, 2);
            return new EnumeratorIterator(Compile(r[0]!, r[2]).FindIter(r[1]!, null, null), PyRePattern.CallableIteratorType);
        });
        F("split", (a, k) =>
        {
            var r = ReArgs.Bind("split", a, k, new[] { "pattern", "string", "maxsplit", "flags" }, 2);
            return Compile(r[0]!, r[3]).Split(r[1]!, ReArgs.Int(r[2], 0));
        });
        F("sub", (a, k) =>
        {
            var r = ReArgs.Bind("sub", a, k, new[] { "pattern", "repl", "string", "count", "flags" }, 3);
            return Compile(r[0]!, r[4]).Sub(r[1]!, r[2]!, ReArgs.Int(r[3], 0), false);
        });
        F("subn", (a, k) =>
        {
            var r = ReArgs.Bind("subn", a, k, new[] { "pattern", "repl", "string", "count", "flags" }, 3);
            return Compile(r[0]!, r[4]).Sub(r[1]!, r[2]!, ReArgs.Int(r[3], 0), true);
        });
        F("escape", (a, k) =>
        {
            var r = ReArgs.Bind("escape", a, k, new[] { "pattern" }, 1);
            return Escape(r[0]!);
        });
        F("purge", (a, k) => { s_cache.Clear(); return PyNone.Instance; });

        foreach (var (name, bit) in PyRegexFlag.Members) m.Set(name, PyRegexFlag.Get(bit));
        m.Set("NOFLAG", PyRegexFlag.Get(0));
        m.Set("A", PyRegexFlag.Get(ReFlags.Ascii));
        m.Set("I", PyRegexFlag.Get(ReFlags.IgnoreCase));
        m.Set("L", PyRegexFlag.Get(ReFlags.Locale));
        m.Set("U", PyRegexFlag.Get(ReFlags.Unicode));
        m.Set("M", PyRegexFlag.Get(ReFlags.Multiline));
        m.Set("S", PyRegexFlag.Get(ReFlags.DotAll));
        m.Set("X", PyRegexFlag.Get(ReFlags.Verbose));
        m.Set("T", PyRegexFlag.Get(ReFlags.Template));
        m.Set("error", ReErrors.ErrorType);
        m.Set("Pattern", PyRePattern.PatternType);
        m.Set("Match", PyReMatch.MatchType);
        m.Set("RegexFlag", PyRegexFlag.FlagType);
        return m;
    }

    private static PyObject Opt(PyReMatch? m) => (PyObject?)m ?? PyNone.Instance;

    internal static PyRePattern Compile(PyObject pattern, PyObject? flagsObj)
    {
        int flags = ReArgs.Flags(flagsObj);
        if (pattern is PyRePattern p)
        {
            if (flags != 0) throw Ops.ValueError("cannot process flags argument with a compiled pattern");
            return p;
        }
        bool isBytes;
        string key;
        int[] cps;
        if (pattern is PyStr s)
        {
            isBytes = false;
            key = s.Value;
            cps = s.HasAstral ? s.CodePoints() : ToInts(s.Value);
        }
        else if (pattern is PyBytes b)
        {
            isBytes = true;
            key = Encoding.Latin1.GetString(b.Value);
            cps = Array.ConvertAll(b.Value, x => (int)x);
        }
        else throw Ops.TypeError("first argument must be string or compiled pattern");

        if (s_cache.TryGetValue((isBytes, key, flags), out var cached)) return cached;
        PyRePattern compiled;
        try
        {
            var (root, st) = ReParser.Parse(cps, !isBytes, flags);
            var program = ReCompiler.Compile(root, st.Groups);
            compiled = new PyRePattern(pattern, isBytes, st.Flags, program, st);
        }
        catch (ReSyntaxError e) { throw ReErrors.Error(e.Msg, e.Pos == null ? PyNone.Instance : pattern, e.Pos); }
        catch (ReValueError e) { throw Ops.Error(e.Overflow ? ExceptionTypes.OverflowError : ExceptionTypes.ValueError, e.Message); }
        catch (ReRecursionError)
        {
            throw Ops.Error(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
        }
        catch (InsufficientExecutionStackException)
        {
            throw Ops.Error(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
        }
        if (s_cache.Count >= MaxCache) s_cache.Clear();
        s_cache[(isBytes, key, flags)] = compiled;
        return compiled;
    }

    private static int[] ToInts(string s)
    {
        var a = new int[s.Length];
        for (int i = 0; i < s.Length; i++) a[i] = s[i];
        return a;
    }

    private static bool IsSpecial(int c) => c < 128 && "()[]{}?*+-|^$\\.&~# \t\n\r\v\f".IndexOf((char)c) >= 0;

    private static PyObject Escape(PyObject o)
    {
        if (o is PyStr s)
        {
            var sb = new StringBuilder(s.Value.Length + 8);
            foreach (char c in s.Value)
            {
                if (IsSpecial(c)) sb.Append('\\');
                sb.Append(c);
            }
            return new PyStr(sb.ToString());
        }
        byte[]? b = o is PyBytes pb ? pb.Value : o is PyByteArray ba ? ba.ToArray() : null;
        if (b != null)
        {
            var r = new List<byte>(b.Length + 8);
            foreach (byte c in b)
            {
                if (IsSpecial(c)) r.Add((byte)'\\');
                r.Add(c);
            }
            return new PyBytes(r.ToArray());
        }
        throw Ops.TypeError($"expected str instance, {o.Type.TpName} found");
    }
}
