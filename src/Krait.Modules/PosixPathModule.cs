using Krait.Runtime;
using Krait.Runtime.Io;

namespace Krait.Modules;

/// <summary>posixpath (os.path): CPython's POSIX path semantics. Bytes arguments work on their
/// surrogateescape-decoded text and come back as bytes.</summary>
public static class PosixPathModule
{
    private static PyModule? s_instance;

    /// <summary>One module object serves both names, so `os.path is posixpath`.</summary>
    public static PyModule Create() => s_instance ??= Make();

    private readonly record struct PathArg(string Text, bool Bytes)
    {
        public PyObject Out(string s) => Bytes ? new PyBytes(TextCodec.EncodeFsPath(s)) : new PyStr(s);
    }

    private static PathArg Arg(PyObject o, string fname)
    {
        PyObject p;
        if (o is PyStr || o is PyBytes) p = o;
        else if (o.Type.Lookup("__fspath__") is { } m) p = IoOpen.FsPath(o);
        else throw Ops.TypeError($"{fname}() argument must be str, bytes, or os.PathLike object, not '{o.Type.TpName}'");
        return p is PyStr s ? new PathArg(s.Value, false) : new PathArg(TextCodec.DecodeFsPath(((PyBytes)p).Value), true);
    }

    private static PathArg ArgFs(PyObject o)
    {
        var p = IoOpen.FsPath(o);
        return p is PyStr s ? new PathArg(s.Value, false) : new PathArg(TextCodec.DecodeFsPath(((PyBytes)p).Value), true);
    }

    private static void Def(PyModule m, string name, BuiltinBody body) => m.Set(name, new PyBuiltinFunction(name, body));

    private static void One(string name, PyObject[] a, string[]? k)
    {
        if (k != null) throw Ops.TypeError($"{name}() takes no keyword arguments");
        if (a.Length != 1) throw Ops.TypeError($"{name}() takes 1 positional argument but {a.Length} were given");
    }

    public static string Join(string a, IEnumerable<string> rest)
    {
        var path = a;
        foreach (var b in rest)
        {
            if (b.StartsWith('/')) path = b;
            else if (path.Length == 0 || path.EndsWith('/')) path += b;
            else path += "/" + b;
        }
        return path;
    }

    public static (string Head, string Tail) Split(string p)
    {
        int i = p.LastIndexOf('/') + 1;
        string head = p[..i], tail = p[i..];
        if (head.Length > 0 && head.Trim('/').Length > 0) head = head.TrimEnd('/');
        return (head, tail);
    }

    public static (string Root, string Ext) SplitExt(string p)
    {
        int sep = p.LastIndexOf('/');
        int dot = p.LastIndexOf('.');
        if (dot > sep)
        {
            for (int i = sep + 1; i < dot; i++)
                if (p[i] != '.') return (p[..dot], p[dot..]);
        }
        return (p, "");
    }

    public static string Basename(string p) => p[(p.LastIndexOf('/') + 1)..];

    public static string Dirname(string p)
    {
        string head = p[..(p.LastIndexOf('/') + 1)];
        if (head.Length > 0 && head.Trim('/').Length > 0) head = head.TrimEnd('/');
        return head;
    }

    public static string NormPath(string path)
    {
        if (path.Length == 0) return ".";
        int initial = path.StartsWith('/') ? 1 : 0;
        if (initial == 1 && path.StartsWith("//") && !path.StartsWith("///")) initial = 2;
        var comps = new List<string>();
        foreach (var comp in path.Split('/'))
        {
            if (comp.Length == 0 || comp == ".") continue;
            if (comp != ".." || (initial == 0 && comps.Count == 0) || (comps.Count > 0 && comps[^1] == ".."))
                comps.Add(comp);
            else if (comps.Count > 0) comps.RemoveAt(comps.Count - 1);
        }
        string r = new string('/', initial) + string.Join('/', comps);
        return r.Length == 0 ? "." : r;
    }

    public static string AbsPath(string p) => NormPath(p.StartsWith('/') ? p : Join(OsModule.GetCwd(), new[] { p }));

    private static bool StatOk(string p, bool follow, out StatInfo st) => Libc.Stat(p, 0, follow, out st, out _);

    /// <summary>realpath: each component resolved through symlinks (loops and missing parts are kept as they
    /// are, as CPython's non-strict realpath).</summary>
    public static string RealPath(string filename)
    {
        var (path, _) = JoinReal("", filename, new Dictionary<string, string?>());
        return AbsPath(path);
    }

    private static (string, bool) JoinReal(string path, string rest, Dictionary<string, string?> seen)
    {
        if (rest.StartsWith('/')) { rest = rest[1..]; path = "/"; }
        while (rest.Length > 0)
        {
            int i = rest.IndexOf('/');
            string name = i < 0 ? rest : rest[..i];
            rest = i < 0 ? "" : rest[(i + 1)..];
            if (name.Length == 0 || name == ".") continue;
            if (name == "..")
            {
                if (path.Length > 0)
                {
                    (path, name) = Split(path);
                    if (name == "..") path = Join(path, new[] { "..", ".." });
                }
                else path = "..";
                continue;
            }
            string newpath = Join(path, new[] { name });
            bool isLink = StatOk(newpath, false, out var st) && st.IsLink;
            if (!isLink) { path = newpath; continue; }
            if (seen.TryGetValue(newpath, out var known))
            {
                if (known != null) { path = known; continue; }
                return (Join(newpath, new[] { rest }), false);
            }
            seen[newpath] = null;
            var target = Libc.ReadLink(newpath, out _) ?? "";
            bool ok;
            (path, ok) = JoinReal(path, target, seen);
            if (!ok) return (Join(path, new[] { rest }), false);
            seen[newpath] = path;
        }
        return (path, true);
    }

    public static string RelPath(string path, string start)
    {
        if (path.Length == 0) throw Ops.ValueError("no path specified");
        var s = AbsPath(start).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var p = AbsPath(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        int i = 0;
        while (i < s.Length && i < p.Length && s[i] == p[i]) i++;
        var rel = Enumerable.Repeat("..", s.Length - i).Concat(p.Skip(i)).ToList();
        return rel.Count == 0 ? "." : Join(rel[0], rel.Skip(1));
    }

    public static string ExpandUser(string path)
    {
        if (!path.StartsWith('~')) return path;
        int i = path.IndexOf('/', 1);
        if (i < 0) i = path.Length;
        string? home;
        if (i == 1)
        {
            home = Environment.GetEnvironmentVariable("HOME");
            if (home == null) return path;
        }
        else
        {
            string user = path[1..i];
            home = LookupHome(user);
            if (home == null) return path;
        }
        home = home.TrimEnd('/');
        string r = home + path[i..];
        return r.Length == 0 ? "/" : r;
    }

    /// <summary>A user's home directory from /etc/passwd (what pwd.getpwnam reads on a plain system).</summary>
    private static string? LookupHome(string user)
    {
        try
        {
            foreach (var line in File.ReadLines("/etc/passwd"))
            {
                var f = line.Split(':');
                if (f.Length >= 6 && f[0] == user) return f[5];
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return null;
    }

    private static PyObject CommonPrefix(PyObject seq)
    {
        var items = Ops.ToArray(seq);
        if (items.Length == 0) return PyStr.Empty;
        if (items[0] is not PyList && items[0] is not PyTuple)
            for (int j = 0; j < items.Length; j++) items[j] = IoOpen.FsPath(items[j]);
        PyObject s1 = items[0], s2 = items[0];
        foreach (var x in items)
        {
            if (Ops.LtBool(x, s1)) s1 = x;
            if (Ops.LtBool(s2, x)) s2 = x;
        }
        long n = s1.Len();
        for (long i = 0; i < n; i++)
        {
            if (i >= s2.Len() || !Ops.EqBool(s1.GetItem(PyInt.Get(i)), s2.GetItem(PyInt.Get(i))))
                return s1.GetItem(new PySlice(PyNone.Instance, PyInt.Get(i), PyNone.Instance));
        }
        return s1;
    }

    private static bool Exists(PyObject o, bool follow, Func<StatInfo, bool> test)
    {
        string p;
        try
        {
            if (o is PyInt fd) return Libc.Stat(null, (int)fd.Value, follow, out var fst, out _) && test(fst);
            p = ArgFs(o).Text;
        }
        catch (PythonException e) when (e.Value.Class.IsSubtypeOf(ExceptionTypes.ValueError)) { return false; }
        if (p.Contains('\0')) return false;
        return StatOk(p, follow, out var st) && test(st);
    }

    private static PyModule Make()
    {
        var m = new PyModule("posixpath", null);
        m.Set("__name__", new PyStr("posixpath"));
        m.Set("sep", new PyStr("/"));
        m.Set("altsep", PyNone.Instance);
        m.Set("extsep", new PyStr("."));
        m.Set("pathsep", new PyStr(":"));
        m.Set("curdir", new PyStr("."));
        m.Set("pardir", new PyStr(".."));
        m.Set("defpath", new PyStr("/bin:/usr/bin"));
        m.Set("devnull", new PyStr("/dev/null"));
        m.Set("supports_unicode_filenames", PyBool.False);
        Def(m, "join", (a, k) =>
        {
            if (k != null) throw Ops.TypeError("join() takes no keyword arguments");
            if (a.Length == 0) throw Ops.TypeError("join() missing 1 required positional argument: 'a'");
            var parts = a.Select(x => Arg(x, "join")).ToArray();
            bool bytes = parts[0].Bytes;
            if (parts.Any(p => p.Bytes != bytes)) throw Ops.TypeError("Can't mix strings and bytes in path components");
            return parts[0].Out(Join(parts[0].Text, parts.Skip(1).Select(p => p.Text)));
        });
        Def(m, "split", (a, k) =>
        {
            One("split", a, k);
            var p = ArgFs(a[0]);
            var (h, t) = Split(p.Text);
            return new PyTuple(new[] { p.Out(h), p.Out(t) });
        });
        Def(m, "splitext", (a, k) =>
        {
            One("splitext", a, k);
            var p = ArgFs(a[0]);
            var (r, e) = SplitExt(p.Text);
            return new PyTuple(new[] { p.Out(r), p.Out(e) });
        });
        Def(m, "splitdrive", (a, k) =>
        {
            One("splitdrive", a, k);
            var p = ArgFs(a[0]);
            return new PyTuple(new[] { p.Out(""), p.Out(p.Text) });
        });
        Def(m, "basename", (a, k) => { One("basename", a, k); var p = ArgFs(a[0]); return p.Out(Basename(p.Text)); });
        Def(m, "dirname", (a, k) => { One("dirname", a, k); var p = ArgFs(a[0]); return p.Out(Dirname(p.Text)); });
        Def(m, "isabs", (a, k) => { One("isabs", a, k); return PyBool.Get(ArgFs(a[0]).Text.StartsWith('/')); });
        Def(m, "normpath", (a, k) => { One("normpath", a, k); var p = ArgFs(a[0]); return p.Out(NormPath(p.Text)); });
        Def(m, "abspath", (a, k) => { One("abspath", a, k); var p = ArgFs(a[0]); return p.Out(AbsPath(p.Text)); });
        Def(m, "realpath", (a, k) =>
        {
            if (a.Length < 1) throw Ops.TypeError("realpath() missing 1 required positional argument: 'filename'");
            var p = ArgFs(a[0]);
            return p.Out(RealPath(p.Text));
        });
        Def(m, "relpath", (a, k) =>
        {
            var pathObj = IoArgs.Get(a, k, 0, "path") ?? throw Ops.TypeError("relpath() missing 1 required positional argument: 'path'");
            var startObj = IoArgs.Get(a, k, 1, "start");
            var p = ArgFs(pathObj);
            if (p.Text.Length == 0) throw Ops.ValueError("no path specified");
            string start = startObj == null || startObj == PyNone.Instance ? "." : ArgFs(startObj).Text;
            return p.Out(RelPath(p.Text, start));
        });
        Def(m, "expanduser", (a, k) => { One("expanduser", a, k); var p = ArgFs(a[0]); return p.Out(ExpandUser(p.Text)); });
        Def(m, "normcase", (a, k) => { One("normcase", a, k); return IoOpen.FsPath(a[0]); });
        Def(m, "commonprefix", (a, k) => { One("commonprefix", a, k); return CommonPrefix(a[0]); });
        Def(m, "exists", (a, k) => { One("exists", a, k); return PyBool.Get(Exists(a[0], true, _ => true)); });
        Def(m, "lexists", (a, k) => { One("lexists", a, k); return PyBool.Get(Exists(a[0], false, _ => true)); });
        Def(m, "isfile", (a, k) => { One("isfile", a, k); return PyBool.Get(Exists(a[0], true, s => s.IsRegular)); });
        Def(m, "isdir", (a, k) => { One("isdir", a, k); return PyBool.Get(Exists(a[0], true, s => s.IsDir)); });
        Def(m, "islink", (a, k) => { One("islink", a, k); return PyBool.Get(Exists(a[0], false, s => s.IsLink)); });
        Def(m, "ismount", (a, k) => { One("ismount", a, k); return PyBool.Get(ArgFs(a[0]).Text == "/"); });
        Def(m, "getsize", (a, k) => { One("getsize", a, k); return PyInt.Get(OsModule.StatPath(a[0], true).Info.Size); });
        Def(m, "getmtime", (a, k) => { One("getmtime", a, k); return OsModule.StatPath(a[0], true).GetAttr("st_mtime"); });
        Def(m, "getatime", (a, k) => { One("getatime", a, k); return OsModule.StatPath(a[0], true).GetAttr("st_atime"); });
        Def(m, "getctime", (a, k) => { One("getctime", a, k); return OsModule.StatPath(a[0], true).GetAttr("st_ctime"); });
        Def(m, "samefile", (a, k) =>
        {
            var x = OsModule.StatPath(a[0], true).Info;
            var y = OsModule.StatPath(a[1], true).Info;
            return PyBool.Get(x.Ino == y.Ino && x.Dev == y.Dev);
        });
        Def(m, "samestat", (a, k) =>
        {
            if (a.Length != 2) throw Ops.TypeError($"samestat() takes 2 positional arguments but {a.Length} were given");
            return PyBool.Get(Ops.EqBool(a[0].GetAttr("st_ino"), a[1].GetAttr("st_ino")) && Ops.EqBool(a[0].GetAttr("st_dev"), a[1].GetAttr("st_dev")));
        });
        Def(m, "sameopenfile", (a, k) =>
        {
            var x = OsModule.StatPath(PyInt.Get(IoArgs.Int(a[0])), true).Info;
            var y = OsModule.StatPath(PyInt.Get(IoArgs.Int(a[1])), true).Info;
            return PyBool.Get(x.Ino == y.Ino && x.Dev == y.Dev);
        });
        return m;
    }
}
