using Krait.Runtime;
using Krait.Runtime.Io;

namespace Krait.Modules;

/// <summary>The os module (POSIX): environment, working directory, directory listing, stat, file and
/// directory creation and removal, walk, file descriptors, and os.path (posixpath).</summary>
public static class OsModule
{
    private static PyModule? s_instance;
    private static OsEnviron? s_environ;

    public static PyModule Create() => s_instance ??= Make();

    public static string GetCwd()
    {
        try { return Directory.GetCurrentDirectory(); }
        catch (IOException) { throw PyOSError.FromErrno(ErrnoCodes.ENOENT); }
    }

    private static void Def(PyModule m, string name, BuiltinBody body) => m.Set(name, new PyBuiltinFunction(name, body));

    private static PyObject Required(PyObject[] a, string[]? k, int i, string name, string fname) =>
        IoArgs.Get(a, k, i, name) ?? throw Ops.TypeError($"{fname}() missing required argument '{name}' (pos {i + 1})");

    /// <summary>os.stat / lstat of a path object or an open descriptor; errors name the path as given.</summary>
    public static OsStatResult StatPath(PyObject path, bool follow)
    {
        StatInfo st;
        int errno;
        if (path is PyInt fd)
        {
            if (!Libc.Stat(null, (int)fd.Value, follow, out st, out errno)) throw PyOSError.FromErrno(errno);
            return new OsStatResult(st);
        }
        if (path is PyFloat || !(path is PyStr || path is PyBytes || path.Type.Lookup("__fspath__") != null))
            throw Ops.TypeError($"stat: path should be string, bytes, os.PathLike or integer, not {path.Type.TpName}");
        string p = IoOpen.PathString(path);
        if (!Libc.Stat(p, 0, follow, out st, out errno)) throw PyOSError.FromErrno(errno, path);
        return new OsStatResult(st);
    }

    private static string PathOf(PyObject o, string fname)
    {
        if (!(o is PyStr || o is PyBytes || o.Type.Lookup("__fspath__") != null))
            throw Ops.TypeError($"{fname}: path should be string, bytes or os.PathLike, not {o.Type.TpName}");
        return IoOpen.PathString(o);
    }

    private static bool IsBytesPath(PyObject o) => IoOpen.FsPath(o) is PyBytes;

    private static void Check(int r, int errno, PyObject path)
    {
        if (r < 0) throw PyOSError.FromErrno(errno, path);
    }

    private static List<OsDirEntry> Scan(PyObject? pathObj)
    {
        pathObj ??= new PyStr(".");
        string p = PathOf(pathObj, "scandir");
        bool bytes = IsBytesPath(pathObj);
        var list = Libc.ListDir(p, out int errno) ?? throw PyOSError.FromErrno(errno, pathObj);
        var result = new List<OsDirEntry>(list.Count);
        string prefix = p.EndsWith('/') ? p : p + "/";
        foreach (var e in list)
        {
            string name = TextCodec.DecodeFsPath(e.Name);
            string full = prefix + name;
            result.Add(new OsDirEntry(bytes ? new PyBytes(e.Name) : new PyStr(name),
                bytes ? new PyBytes(TextCodec.EncodeFsPath(full)) : new PyStr(full), full, e.Type, e.Ino));
        }
        return result;
    }

    private static void MakeDirs(PyObject nameObj, int mode, bool existOk)
    {
        string name = PathOf(nameObj, "makedirs");
        var (head, tail) = PosixPathModule.Split(name);
        if (tail.Length == 0) (head, tail) = PosixPathModule.Split(head);
        if (head.Length > 0 && tail.Length > 0 && !Libc.Stat(head, 0, true, out _, out _))
        {
            try { MakeDirs(new PyStr(head), mode, existOk); }
            catch (PythonException e) when (e.Value.Class.IsSubtypeOf(ExceptionTypes.FileExistsError)) { }
            if (tail == ".") return;
        }
        if (Libc.Mkdir(name, mode, out int errno) < 0)
        {
            if (!existOk || !(Libc.Stat(name, 0, true, out var st, out _) && st.IsDir))
                throw PyOSError.FromErrno(errno, nameObj);
        }
    }

    private static PyModule Make()
    {
        var m = new PyModule("os", null);
        m.Set("__name__", new PyStr("os"));
        m.Set("name", new PyStr("posix"));
        // Which functions take dir_fd / an fd / follow_symlinks: none here, so callers (tempfile, shutil) take
        // their portable paths.
        foreach (var set in new[] { "supports_dir_fd", "supports_fd", "supports_effective_ids", "supports_follow_symlinks", "supports_bytes_environ" })
            m.Set(set, set == "supports_bytes_environ" ? PyBool.True : new PySet());
        m.Set("sep", new PyStr("/"));
        m.Set("altsep", PyNone.Instance);
        m.Set("extsep", new PyStr("."));
        m.Set("pathsep", new PyStr(":"));
        m.Set("linesep", new PyStr("\n"));
        m.Set("curdir", new PyStr("."));
        m.Set("pardir", new PyStr(".."));
        m.Set("devnull", new PyStr("/dev/null"));
        m.Set("defpath", new PyStr("/bin:/usr/bin"));
        m.Set("error", ExceptionTypes.OSError);
        m.Set("path", PosixPathModule.Create());
        m.Set("stat_result", OsStatResult.StatResultType);
        m.Set("DirEntry", OsDirEntry.DirEntryType);
        m.Set("SEEK_SET", PyInt.Get(0));
        m.Set("SEEK_CUR", PyInt.Get(1));
        m.Set("SEEK_END", PyInt.Get(2));
        m.Set("F_OK", PyInt.Get(0));
        m.Set("R_OK", PyInt.Get(4));
        m.Set("W_OK", PyInt.Get(2));
        m.Set("X_OK", PyInt.Get(1));
        foreach (var (n, v) in new[] { ("O_RDONLY", Libc.O_RDONLY), ("O_WRONLY", Libc.O_WRONLY), ("O_RDWR", Libc.O_RDWR),
                     ("O_CREAT", Libc.O_CREAT), ("O_EXCL", Libc.O_EXCL), ("O_TRUNC", Libc.O_TRUNC), ("O_APPEND", Libc.O_APPEND),
                     ("O_NONBLOCK", Libc.O_NONBLOCK), ("O_CLOEXEC", Libc.O_CLOEXEC), ("O_NOCTTY", Libc.O_NOCTTY) })
            m.Set(n, PyInt.Get(v));
        s_environ ??= new OsEnviron();
        m.Set("environ", s_environ);

        Def(m, "fspath", (a, k) =>
        {
            if (a.Length != 1) throw Ops.TypeError($"fspath() takes exactly one argument ({a.Length} given)");
            return IoOpen.FsPath(a[0]);
        });
        Def(m, "getenv", (a, k) =>
        {
            var key = Required(a, k, 0, "key", "getenv");
            var dflt = IoArgs.Get(a, k, 1, "default") ?? PyNone.Instance;
            if (key is not PyStr) throw Ops.TypeError($"str expected, not {key.Type.TpName}");
            return s_environ.Data.TryGet(key) ?? dflt;
        });
        Def(m, "putenv", (a, k) => { s_environ.SetItem(a[0], a[1]); return PyNone.Instance; });
        Def(m, "unsetenv", (a, k) =>
        {
            if (s_environ.Data.Contains(a[0])) s_environ.DelItem(a[0]);
            return PyNone.Instance;
        });
        Def(m, "fsencode", (a, k) =>
        {
            var p = IoOpen.FsPath(a[0]);
            return p is PyStr s ? new PyBytes(TextCodec.EncodeFsPath(s.Value)) : p;
        });
        Def(m, "fsdecode", (a, k) =>
        {
            var p = IoOpen.FsPath(a[0]);
            return p is PyBytes b ? new PyStr(TextCodec.DecodeFsPath(b.Value)) : p;
        });
        Def(m, "getcwd", (a, k) => new PyStr(GetCwd()));
        Def(m, "getcwdb", (a, k) => new PyBytes(TextCodec.EncodeFsPath(GetCwd())));
        Def(m, "chdir", (a, k) =>
        {
            var p = Required(a, k, 0, "path", "chdir");
            Check(Libc.Chdir(PathOf(p, "chdir"), out int e), e, p);
            return PyNone.Instance;
        });
        Def(m, "listdir", (a, k) =>
        {
            var p = IoArgs.Get(a, k, 0, "path");
            if (p == PyNone.Instance) p = null;
            return new PyList(Scan(p).Select(e => e.Name).ToArray());
        });
        Def(m, "scandir", (a, k) =>
        {
            var p = IoArgs.Get(a, k, 0, "path");
            if (p == PyNone.Instance) p = null;
            return new OsScandirIterator(Scan(p));
        });
        Def(m, "stat", (a, k) =>
        {
            var p = Required(a, k, 0, "path", "stat");
            var f = IoArgs.Get(a, k, 99, "follow_symlinks");
            return StatPath(p, f == null || Ops.IsTrue(f));
        });
        Def(m, "lstat", (a, k) => StatPath(Required(a, k, 0, "path", "lstat"), false));
        Def(m, "fstat", (a, k) => StatPath(PyInt.Get(IoArgs.Int(Required(a, k, 0, "fd", "fstat"))), true));
        Def(m, "mkdir", (a, k) =>
        {
            var p = Required(a, k, 0, "path", "mkdir");
            var mode = IoArgs.Get(a, k, 1, "mode");
            Check(Libc.Mkdir(PathOf(p, "mkdir"), mode == null ? 0x1FF : (int)IoArgs.Int(mode), out int e), e, p);
            return PyNone.Instance;
        });
        Def(m, "makedirs", (a, k) =>
        {
            var p = Required(a, k, 0, "name", "makedirs");
            var mode = IoArgs.Get(a, k, 1, "mode");
            var existOk = IoArgs.Get(a, k, 2, "exist_ok");
            MakeDirs(p, mode == null ? 0x1FF : (int)IoArgs.Int(mode), existOk != null && Ops.IsTrue(existOk));
            return PyNone.Instance;
        });
        Def(m, "rmdir", (a, k) =>
        {
            var p = Required(a, k, 0, "path", "rmdir");
            Check(Libc.Rmdir(PathOf(p, "rmdir"), out int e), e, p);
            return PyNone.Instance;
        });
        Def(m, "removedirs", (a, k) =>
        {
            var p = Required(a, k, 0, "name", "removedirs");
            string name = PathOf(p, "removedirs");
            Check(Libc.Rmdir(name, out int e), e, p);
            var (head, tail) = PosixPathModule.Split(name);
            if (tail.Length == 0) (head, tail) = PosixPathModule.Split(head);
            while (head.Length > 0 && tail.Length > 0)
            {
                if (Libc.Rmdir(head, out _) < 0) break;
                (head, tail) = PosixPathModule.Split(head);
            }
            return PyNone.Instance;
        });
        BuiltinBody remove = (a, k) =>
        {
            var p = Required(a, k, 0, "path", "remove");
            Check(Libc.Unlink(PathOf(p, "remove"), out int e), e, p);
            return PyNone.Instance;
        };
        Def(m, "remove", remove);
        Def(m, "unlink", remove);
        BuiltinBody rename = (a, k) =>
        {
            var src = Required(a, k, 0, "src", "rename");
            var dst = Required(a, k, 1, "dst", "rename");
            if (Libc.Rename(PathOf(src, "rename"), PathOf(dst, "rename"), out int e) < 0)
            {
                var args = new PyObject[] { PyInt.Get(e), new PyStr(Libc.StrError(e)), src, PyNone.Instance, dst };
                throw new PythonException((PyBaseException)ExceptionTypes.OSError.Call(args, null));
            }
            return PyNone.Instance;
        };
        Def(m, "rename", rename);
        Def(m, "replace", rename);
        Def(m, "access", (a, k) =>
        {
            var p = Required(a, k, 0, "path", "access");
            var mode = Required(a, k, 1, "mode", "access");
            return PyBool.Get(Libc.Access(PathOf(p, "access"), (int)IoArgs.Int(mode), out _) == 0);
        });
        Def(m, "chmod", (a, k) =>
        {
            var p = Required(a, k, 0, "path", "chmod");
            var mode = Required(a, k, 1, "mode", "chmod");
            Check(Libc.Chmod(PathOf(p, "chmod"), (int)IoArgs.Int(mode), out int e), e, p);
            return PyNone.Instance;
        });
        Def(m, "symlink", (a, k) =>
        {
            var src = Required(a, k, 0, "src", "symlink");
            var dst = Required(a, k, 1, "dst", "symlink");
            if (Libc.Symlink(PathOf(src, "symlink"), PathOf(dst, "symlink"), out int e) < 0)
            {
                var args = new PyObject[] { PyInt.Get(e), new PyStr(Libc.StrError(e)), src, PyNone.Instance, dst };
                throw new PythonException((PyBaseException)ExceptionTypes.OSError.Call(args, null));
            }
            return PyNone.Instance;
        });
        Def(m, "readlink", (a, k) =>
        {
            var p = Required(a, k, 0, "path", "readlink");
            var r = Libc.ReadLink(PathOf(p, "readlink"), out int e) ?? throw PyOSError.FromErrno(e, p);
            return IsBytesPath(p) ? new PyBytes(TextCodec.EncodeFsPath(r)) : new PyStr(r);
        });
        Def(m, "walk", (a, k) =>
        {
            var top = Required(a, k, 0, "top", "walk");
            var topDown = IoArgs.Get(a, k, 1, "topdown");
            var onError = IoArgs.Get(a, k, 2, "onerror");
            var follow = IoArgs.Get(a, k, 3, "followlinks");
            return new OsWalk(IoOpen.PathString(top), IsBytesPath(top), topDown == null || Ops.IsTrue(topDown), onError,
                follow != null && Ops.IsTrue(follow));
        });
        Def(m, "getpid", (a, k) => PyInt.Get(Libc.GetPid()));
        Def(m, "cpu_count", (a, k) => PyInt.Get(Environment.ProcessorCount));
        Def(m, "uname", (a, k) =>
        {
            if (a.Length != 0) throw Ops.TypeError($"uname() takes no arguments ({a.Length} given)");
            return OsUname.Uname();
        });
        Def(m, "urandom", (a, k) =>
        {
            if (a.Length != 1) throw Ops.TypeError($"urandom() takes exactly one argument ({a.Length} given)");
            long n = IoArgs.Int(a[0]);
            if (n < 0) throw Ops.ValueError("negative argument not allowed");
            return new PyBytes(OsEntropy.GetBytes((int)n));
        });
        Def(m, "strerror", (a, k) =>
        {
            if (a.Length != 1) throw Ops.TypeError($"strerror() takes exactly one argument ({a.Length} given)");
            return new PyStr(Libc.StrError((int)IoArgs.Int(a[0])));
        });
        Def(m, "isatty", (a, k) => PyBool.Get(Libc.IsATty((int)IoArgs.Int(a[0]))));
        Def(m, "umask", (a, k) => PyInt.Get(Libc.Umask((int)IoArgs.Int(a[0]))));
        Def(m, "open", (a, k) =>
        {
            var p = Required(a, k, 0, "path", "open");
            var flags = Required(a, k, 1, "flags", "open");
            var mode = IoArgs.Get(a, k, 2, "mode");
            int fd = Libc.Open(PathOf(p, "open"), (int)IoArgs.Int(flags), mode == null ? 0x1FF : (int)IoArgs.Int(mode), out int e);
            if (fd < 0) throw PyOSError.FromErrno(e, p);
            return PyInt.Get(fd);
        });
        Def(m, "close", (a, k) =>
        {
            if (Libc.Close((int)IoArgs.Int(a[0]), out int e) < 0) throw PyOSError.FromErrno(e);
            return PyNone.Instance;
        });
        Def(m, "read", (a, k) =>
        {
            if (a.Length != 2) throw Ops.TypeError($"read expected 2 arguments, got {a.Length}");
            long n = IoArgs.Int(a[1]);
            if (n < 0) throw PyOSError.FromErrno(ErrnoCodes.EINVAL);
            var buf = new byte[n];
            long got = Libc.Read((int)IoArgs.Int(a[0]), buf, out int e);
            if (got < 0) throw PyOSError.FromErrno(e);
            return new PyBytes(got == n ? buf : buf.AsSpan(0, (int)got).ToArray());
        });
        Def(m, "write", (a, k) =>
        {
            if (a.Length != 2) throw Ops.TypeError($"write expected 2 arguments, got {a.Length}");
            var data = IoArgs.Bytes(a[1]);
            if (!Libc.WriteAll((int)IoArgs.Int(a[0]), data, out int e)) throw PyOSError.FromErrno(e);
            return PyInt.Get(data.Length);
        });
        Def(m, "lseek", (a, k) =>
        {
            long r = Libc.Seek((int)IoArgs.Int(a[0]), IoArgs.Int(a[1]), (int)IoArgs.Int(a[2]), out int e);
            if (r < 0) throw PyOSError.FromErrno(e);
            return PyInt.Get(r);
        });
        Def(m, "fdopen", (a, k) => IoOpen.Open(a, k));
        Def(m, "get_terminal_size", (a, k) =>
        {
            // Not a terminal: ENOTTY, as the ioctl reports it (shutil.get_terminal_size then uses its fallback).
            int fd = a.Length > 0 ? (int)IoArgs.Int(a[0]) : 1;
            if (!Libc.IsATty(fd)) throw PyOSError.FromErrno(25);
            int cols = 80, lines = 24;
            if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out int c)) cols = c;
            if (int.TryParse(Environment.GetEnvironmentVariable("LINES"), out int l)) lines = l;
            return new OsTerminalSize(PyInt.Get(cols), PyInt.Get(lines));
        });
        m.Set("terminal_size", OsTerminalSize.TerminalSizeType);
        OsFileTimes.Install(m);
        OsProcessFunctions.Install(m);
        OsStatvfs.Install(m);
        // os._get_exports_list(module): what `from module import *` gives (socket.py builds its __all__ with it).
        Def(m, "_get_exports_list", (a, k) =>
        {
            NativeArgs.Exactly("_get_exports_list", a, k, 1);
            if (a[0].TryGetAttr("__all__", out var all)) return new PyList(Ops.ToArray(all));
            var names = new List<PyObject>();
            foreach (var n in Ops.ToArray(Builtins.Module.GetAttr("dir").Call1(a[0])))
                if (n is PyStr s && !s.Value.StartsWith('_')) names.Add(n);
            return new PyList(names.ToArray());
        });
        LazyModuleAttributes.Install(m, new[] { "PathLike" }, LazyModuleAttributes.OsSource);
        return m;
    }
}
