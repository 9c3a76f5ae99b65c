using Krait.Runtime;

namespace Krait.Modules;

/// <summary>os.environ: a str-to-str mapping over the process environment; assignments and deletions update
/// the real environment too (what child processes and getenv see).</summary>
public sealed class OsEnviron : PyObject
{
    public static readonly PyType EnvironType = MakeType();
    public readonly PyDict Data = new();

    public OsEnviron()
    {
        foreach (var (k, v) in InitialEnvironment()) Data.SetItem(new PyStr(k), new PyStr(v));
    }

    /// <summary>The environment in the order the process received it (/proc/self/environ), then anything .NET
    /// knows that is not there.</summary>
    private static List<(string, string)> InitialEnvironment()
    {
        var list = new List<(string, string)>();
        var seen = new HashSet<string>();
        try
        {
            var raw = File.ReadAllBytes("/proc/self/environ");
            int start = 0;
            for (int i = 0; i <= raw.Length; i++)
            {
                if (i < raw.Length && raw[i] != 0) continue;
                if (i > start)
                {
                    var entry = Krait.Runtime.Io.TextCodec.DecodeFsPath(raw.AsSpan(start, i - start));
                    int eq = entry.IndexOf('=', 1);
                    if (eq > 0)
                    {
                        string k = entry[..eq];
                        if (Environment.GetEnvironmentVariable(k) is { } v && seen.Add(k)) list.Add((k, v));
                    }
                }
                start = i + 1;
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
            if (seen.Add((string)e.Key)) list.Add(((string)e.Key, (string)(e.Value ?? "")));
        return list;
    }

    private static string Str(PyObject o) =>
        o is PyStr s ? s.Value : throw Ops.TypeError($"str expected, not {o.Type.TpName}");

    public override PyType Type => EnvironType;
    public override long Len() => Data.Len();
    public override PyIterator Iter() => Data.Iter();
    public override bool Contains(PyObject item) => item is PyStr && Data.Contains(item);
    public override PyObject GetItem(PyObject key) => Data.GetItem(key);

    public override void SetItem(PyObject key, PyObject value)
    {
        string k = Str(key), v = Str(value);
        if (k.Length == 0 || k.Contains('=')) throw Ops.ValueError("illegal environment variable name");
        Environment.SetEnvironmentVariable(k, v);
        Data.SetItem(key, value);
    }

    public override void DelItem(PyObject key)
    {
        Data.DelItem(key);
        Environment.SetEnvironmentVariable(Str(key), null);
    }

    public override string Repr()
    {
        var sb = new System.Text.StringBuilder("environ({");
        bool first = true;
        var it = Data.Iter();
        while (it.TryNext(out var k))
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(k.Repr()).Append(": ").Append(Data.GetItem(k).Repr());
        }
        return sb.Append("})").ToString();
    }

    private static OsEnviron Self(PyObject o) => (OsEnviron)o;

    private static void M(PyType t, string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);

    private static PyType MakeType()
    {
        var t = new PyType("_Environ", new[] { PyType.ObjectType }) { Module = "os" };
        M(t, "get", (s, a, k) =>
        {
            if (a.Length < 1 || a.Length > 2) throw Ops.TypeError($"get expected at most 2 arguments, got {a.Length}");
            var d = Self(s).Data;
            return a[0] is PyStr && d.Contains(a[0]) ? d.GetItem(a[0]) : a.Length > 1 ? a[1] : PyNone.Instance;
        });
        M(t, "keys", (s, a, k) => new PyList(Ops.ToArray(Self(s).Data)));
        M(t, "values", (s, a, k) =>
        {
            var d = Self(s).Data;
            return new PyList(Ops.ToArray(d).Select(key => d.GetItem(key)).ToArray());
        });
        M(t, "items", (s, a, k) =>
        {
            var d = Self(s).Data;
            return new PyList(Ops.ToArray(d).Select(key => (PyObject)new PyTuple(new[] { key, d.GetItem(key) })).ToArray());
        });
        M(t, "copy", (s, a, k) =>
        {
            var d = Self(s).Data;
            var r = new PyDict();
            foreach (var key in Ops.ToArray(d)) r.SetItem(key, d.GetItem(key));
            return r;
        });
        M(t, "setdefault", (s, a, k) =>
        {
            var e = Self(s);
            if (!e.Data.Contains(a[0])) e.SetItem(a[0], a.Length > 1 ? a[1] : PyNone.Instance);
            return e.Data.GetItem(a[0]);
        });
        M(t, "pop", (s, a, k) =>
        {
            var e = Self(s);
            if (e.Data.Contains(a[0]))
            {
                var v = e.Data.GetItem(a[0]);
                e.DelItem(a[0]);
                return v;
            }
            if (a.Length > 1) return a[1];
            throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, a[0]));
        });
        M(t, "update", (s, a, k) =>
        {
            var e = Self(s);
            if (a.Length > (k?.Length ?? 0))
            {
                var src = a[0];
                foreach (var key in Ops.ToArray(src is PyDict ? src : src.GetAttr("keys").Call0())) e.SetItem(key, src.GetItem(key));
            }
            if (k != null)
                for (int i = 0; i < k.Length; i++) e.SetItem(new PyStr(k[i]), a[a.Length - k.Length + i]);
            return PyNone.Instance;
        });
        M(t, "__contains__", (s, a, k) => PyBool.Get(Self(s).Contains(a[0])));
        M(t, "__getitem__", (s, a, k) => Self(s).GetItem(a[0]));
        M(t, "__len__", (s, a, k) => PyInt.Get(Self(s).Len()));
        M(t, "__iter__", (s, a, k) => Self(s).Iter());
        return t;
    }
}
