namespace Krait.Runtime.Io;

/// <summary>open(), FileIO(), the standard streams and input(): CPython's _io.open logic (mode checks in its
/// order, FileIO then a buffered layer then a TextIOWrapper).</summary>
public static class IoOpen
{
    private static readonly string[] s_openNames = { "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener" };

    /// <summary>os.fspath: str and bytes as they are, else __fspath__; the TypeError names what was given.</summary>
    public static PyObject FsPath(PyObject path)
    {
        if (path is PyStr || path is PyBytes) return path;
        var m = path.Type.Lookup("__fspath__");
        if (m == null) throw Ops.TypeError($"expected str, bytes or os.PathLike object, not {path.Type.TpName}");
        var r = m.Call1(path);
        if (r is PyStr || r is PyBytes) return r;
        throw Ops.TypeError($"expected {path.Type.TpName}.__fspath__() to return str or bytes, not {r.Type.TpName}");
    }

    /// <summary>A path argument as a .NET string (bytes paths decode with surrogateescape).</summary>
    public static string PathString(PyObject path)
    {
        var p = FsPath(path);
        var s = p is PyStr ps ? ps.Value : TextCodec.DecodeFsPath(((PyBytes)p).Value);
        if (s.Contains('\0')) throw Ops.ValueError("embedded null byte");
        return s;
    }

    public static PyObject Open(PyObject[] a, string[]? k)
    {
        int np = k == null ? a.Length : a.Length - k.Length;
        if (np > 8) throw Ops.TypeError($"open() takes at most 8 arguments ({np} given)");
        if (k != null)
            foreach (var n in k)
            {
                int at = Array.IndexOf(s_openNames, n);
                if (at < 0) throw Ops.TypeError($"'{n}' is an invalid keyword argument for open()");
                if (at < np) throw Ops.TypeError($"argument for open() given by name ('{n}') and position ({at + 1})");
            }
        var file = IoArgs.Get(a, k, 0, "file") ?? throw Ops.TypeError("open() missing required argument 'file' (pos 1)");
        var modeObj = IoArgs.Get(a, k, 1, "mode");
        string mode = modeObj == null ? "r" : modeObj is PyStr ms ? ms.Value : throw Ops.TypeError($"open() argument 'mode' must be str, not {modeObj.Type.TpName}");
        var bufObj = IoArgs.Get(a, k, 2, "buffering");
        long buffering = bufObj == null ? -1 : IoArgs.Int(bufObj);
        string? encoding = OptStr(IoArgs.Get(a, k, 3, "encoding"), "encoding");
        string? errors = OptStr(IoArgs.Get(a, k, 4, "errors"), "errors");
        string? newline = OptStr(IoArgs.Get(a, k, 5, "newline"), "newline");
        var closefdObj = IoArgs.Get(a, k, 6, "closefd");
        bool closefd = closefdObj == null || Ops.IsTrue(closefdObj);
        var opener = IoArgs.Get(a, k, 7, "opener");
        return Open(file, mode, buffering, encoding, errors, newline, closefd, opener);
    }

    private static string? OptStr(PyObject? o, string name)
    {
        if (o == null || o == PyNone.Instance) return null;
        return o is PyStr s ? s.Value : throw Ops.TypeError($"open() argument '{name}' must be str or None, not {o.Type.TpName}");
    }

    public static PyObject Open(PyObject file, string mode, long buffering, string? encoding, string? errors, string? newline,
        bool closefd, PyObject? opener)
    {
        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        foreach (char c in mode)
        {
            ref bool flag = ref creating;
            switch (c)
            {
                case 'x': flag = ref creating; break;
                case 'r': flag = ref reading; break;
                case 'w': flag = ref writing; break;
                case 'a': flag = ref appending; break;
                case '+': flag = ref updating; break;
                case 't': flag = ref text; break;
                case 'b': flag = ref binary; break;
                default: throw Ops.ValueError("invalid mode: " + new PyStr(mode).Repr());
            }
            if (flag) throw Ops.ValueError("invalid mode: " + new PyStr(mode).Repr());
            flag = true;
        }
        if (text && binary) throw Ops.ValueError("can't have text and binary mode at once");
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) throw Ops.ValueError("must have exactly one of create/read/write/append mode");
        if (kinds == 0) throw Ops.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
        if (binary && encoding != null) throw Ops.ValueError("binary mode doesn't take an encoding argument");
        if (binary && errors != null) throw Ops.ValueError("binary mode doesn't take an errors argument");
        if (binary && newline != null) throw Ops.ValueError("binary mode doesn't take a newline argument");
        if (!binary && newline != null && newline != "" && newline != "\n" && newline != "\r" && newline != "\r\n")
            throw Ops.ValueError("illegal newline value: " + newline);
        if (encoding != null && encoding != "locale") TextCodec.Lookup(encoding);

        string rawMode = (creating ? "x" : reading ? "r" : writing ? "w" : "a") + (updating ? "+" : "");
        var raw = MakeFileIO(file, rawMode, closefd, opener);
        try
        {
            bool lineBuffering = false;
            if (buffering == 1 || (buffering < 0 && Libc.IsATty(raw.Fd)))
            {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) buffering = raw.BlockSize;
            if (buffering == 0)
            {
                if (binary) return raw;
                throw Ops.ValueError("can't have unbuffered text I/O");
            }
            var kind = updating ? BufferedKind.Random : creating || writing || appending ? BufferedKind.Writer : BufferedKind.Reader;
            var buffer = new PyBufferedIO(raw, kind, (int)Math.Min(buffering, 1 << 24));
            if (binary)
            {
                if (kind != BufferedKind.Reader) TrackWriter(buffer);
                return buffer;
            }
            if (encoding == "locale") encoding = null;
            var wrapper = new PyTextIOWrapper(buffer, encoding ?? "UTF-8", errors, newline, lineBuffering, false) { Mode = mode };
            if (kind != BufferedKind.Reader) TrackWriter(wrapper);
            return wrapper;
        }
        catch
        {
            raw.Close();
            throw;
        }
    }

    public static PyFileIO MakeFileIO(PyObject[] a, string[]? k)
    {
        var file = IoArgs.Get(a, k, 0, "file") ?? throw Ops.TypeError("FileIO() missing required argument 'file' (pos 1)");
        var modeObj = IoArgs.Get(a, k, 1, "mode");
        string mode = modeObj == null ? "r" : modeObj is PyStr ms ? ms.Value : throw Ops.TypeError($"FileIO() argument 'mode' must be str, not {modeObj.Type.TpName}");
        var closefdObj = IoArgs.Get(a, k, 2, "closefd");
        var opener = IoArgs.Get(a, k, 3, "opener");
        bool r = false, w = false, x = false, ap = false, plus = false;
        foreach (char c in mode)
        {
            switch (c)
            {
                case 'r': if (r || w || x || ap) goto bad; r = true; break;
                case 'w': if (r || w || x || ap) goto bad; w = true; break;
                case 'x': if (r || w || x || ap) goto bad; x = true; break;
                case 'a': if (r || w || x || ap) goto bad; ap = true; break;
                case '+': if (plus) goto bad; plus = true; break;
                case 'b': break;
                default: throw Ops.ValueError("invalid mode: " + mode);
            }
        }
        if (!(r || w || x || ap)) goto bad;
        return MakeFileIO(file, (x ? "x" : r ? "r" : w ? "w" : "a") + (plus ? "+" : ""), closefdObj == null || Ops.IsTrue(closefdObj),
            opener == PyNone.Instance ? null : opener);
    bad:
        throw Ops.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    /// <summary>FileIO(file, mode) with mode one of r w x a, optionally +.</summary>
    public static PyFileIO MakeFileIO(PyObject file, string mode, bool closefd, PyObject? opener)
    {
        bool readable = mode[0] == 'r' || mode.EndsWith('+');
        bool writable = mode[0] != 'r' || mode.EndsWith('+');
        int flags = readable && writable ? Libc.O_RDWR : readable ? Libc.O_RDONLY : Libc.O_WRONLY;
        switch (mode[0])
        {
            case 'w': flags |= Libc.O_CREAT | Libc.O_TRUNC; break;
            case 'x': flags |= Libc.O_CREAT | Libc.O_EXCL; break;
            case 'a': flags |= Libc.O_CREAT | Libc.O_APPEND; break;
        }
        int fd;
        PyObject name = file;
        if (file is PyInt or PyBool)
        {
            fd = (int)Ops.Index(file);
            if (fd < 0) throw Ops.ValueError("negative file descriptor");
            if (!Libc.Stat(null, fd, true, out _, out int e)) throw PyOSError.FromErrno(e);
        }
        else
        {
            if (!closefd) throw Ops.ValueError("Cannot use closefd=False with file name");
            string path = PathString(file);
            name = file;
            if (opener != null && opener != PyNone.Instance)
            {
                var r = opener.Call2(file, PyInt.Get(flags | Libc.O_CLOEXEC));
                if (r is not PyInt ri) throw Ops.TypeError("expected integer from opener");
                fd = (int)ri.Value;
                if (fd < 0) throw Ops.ValueError($"opener returned {fd}");
            }
            else
            {
                fd = Libc.Open(path, flags, 0x1B6, out int errno);
                if (fd < 0) throw PyOSError.FromErrno(errno, file);
            }
        }
        var f = new PyFileIO(fd, name, readable, writable, mode[0] == 'a', mode[0] == 'x', closefd);
        if (Libc.Stat(null, fd, true, out var st, out _))
        {
            if (st.IsDir)
            {
                f.Close();
                throw PyOSError.FromErrno(ErrnoCodes.EISDIR, file);
            }
            if (st.BlockSize > 1) f.BlockSize = (int)Math.Min(st.BlockSize, 1 << 20);
        }
        if (mode[0] == 'a') Libc.Seek(fd, 0, Libc.SEEK_END, out _);
        return f;
    }

    // ---- files still open at exit ----

    /// <summary>Writable files open() made. CPython flushes a file when its last reference goes away (and at
    /// shutdown); Krait has no reference counts, so what is still buffered is flushed at exit.</summary>
    private static readonly List<WeakReference<PyIOBase>> s_writers = new();
    private static int s_pruneAt = 64;

    private static void TrackWriter(PyIOBase f)
    {
        lock (s_writers)
        {
            if (s_writers.Count >= s_pruneAt)
            {
                s_writers.RemoveAll(w => !w.TryGetTarget(out var t) || t.IsClosed);
                s_pruneAt = Math.Max(64, s_writers.Count * 2);
            }
            s_writers.Add(new WeakReference<PyIOBase>(f));
        }
    }

    /// <summary>Flushes files left open (text layers first: they write into their buffers). Errors are
    /// dropped, as CPython's shutdown does for files it finalizes.</summary>
    public static void FlushOpenFiles()
    {
        List<PyIOBase> open;
        lock (s_writers)
        {
            open = new List<PyIOBase>();
            foreach (var w in s_writers)
                if (w.TryGetTarget(out var f) && !f.IsClosed) open.Add(f);
        }
        foreach (var f in open.OrderBy(f => f is PyTextIOWrapper ? 0 : 1))
        {
            try { f.Flush(); }
            catch (PythonException) { }
        }
    }

    // ---- the standard streams ----

    public static PyTextIOWrapper Stdin = null!, Stdout = null!, Stderr = null!;

    /// <summary>sys.stdin/stdout/stderr as CPython makes them on Linux: UTF-8, newline "\n" (no translation),
    /// stdout line-buffered only on a terminal, stderr always line-buffered; PYTHONUNBUFFERED makes stdout and
    /// stderr write through to unbuffered files. Under the C/POSIX locale (and C.UTF-8) the error handler of
    /// stdin and stdout is surrogateescape, so bytes that are not UTF-8 pass through unchanged.</summary>
    public static void InitStdio()
    {
        IoTypes.Ensure();
        bool unbuffered = Environment.GetEnvironmentVariable("PYTHONUNBUFFERED") is { Length: > 0 };
        string errors = IsCLocale() ? "surrogateescape" : "strict";
        Stdin = MakeStd(0, "<stdin>", false, errors, unbuffered);
        Stdout = MakeStd(1, "<stdout>", true, errors, unbuffered);
        Stderr = MakeStd(2, "<stderr>", true, "backslashreplace", unbuffered);
    }

    private static bool IsCLocale()
    {
        string? loc = Environment.GetEnvironmentVariable("LC_ALL");
        if (string.IsNullOrEmpty(loc)) loc = Environment.GetEnvironmentVariable("LC_CTYPE");
        if (string.IsNullOrEmpty(loc)) loc = Environment.GetEnvironmentVariable("LANG");
        if (string.IsNullOrEmpty(loc) || loc is "C" or "POSIX" || loc.StartsWith("C.")) return true;
        // A locale that is not installed leaves the C locale in place (setlocale fails), as for CPython.
        return !LocaleInstalled(loc);
    }

    private static bool LocaleInstalled(string name)
    {
        const string dir = "/usr/lib/locale";
        if (File.Exists(Path.Combine(dir, "locale-archive"))) return true;
        int dot = name.IndexOf('.');
        string normalized = dot < 0 ? name : name[..dot] + "." + name[(dot + 1)..].ToLowerInvariant().Replace("-", "");
        return Directory.Exists(Path.Combine(dir, name)) || Directory.Exists(Path.Combine(dir, normalized));
    }

    private static PyTextIOWrapper MakeStd(int fd, string name, bool write, string errors, bool unbuffered)
    {
        var raw = new PyFileIO(fd, new PyStr(name), !write, write, false, false, closeFd: false);
        PyObject buffer = write && unbuffered ? raw : new PyBufferedIO(raw, write ? BufferedKind.Writer : BufferedKind.Reader);
        bool lineBuffering = write && !unbuffered && (fd == 2 || Libc.IsATty(fd));
        return new PyTextIOWrapper(buffer, "utf-8", errors, "\n", lineBuffering, write && unbuffered) { Mode = write ? "w" : "r" };
    }

    /// <summary>input([prompt]): prompt to sys.stdout (flushed), one line from sys.stdin without its newline.</summary>
    public static PyObject Input(PyObject[] a, string[]? k)
    {
        if (k != null) throw Ops.TypeError("input() takes no keyword arguments");
        if (a.Length > 1) throw Ops.TypeError($"input expected at most 1 argument, got {a.Length}");
        var sys = Builtins.Sys;
        var stdin = sys.TryGetAttr("stdin", out var i) && i != PyNone.Instance ? i : throw Ops.RuntimeError("input(): lost sys.stdin");
        var stdout = sys.TryGetAttr("stdout", out var o) && o != PyNone.Instance ? o : throw Ops.RuntimeError("input(): lost sys.stdout");
        if (sys.TryGetAttr("stderr", out var err) && err != PyNone.Instance)
        {
            try { FlushObject(err); } catch (PythonException) { }
        }
        if (a.Length == 1)
        {
            if (stdout is PyTextIOWrapper w) w.Write(Ops.Str(a[0]));
            else stdout.GetAttr("write").Call1(new PyStr(Ops.Str(a[0])));
        }
        FlushObject(stdout);
        string line;
        if (stdin is PyTextIOWrapper tin) line = tin.ReadLine();
        else
        {
            var r = stdin.GetAttr("readline").Call0();
            line = r is PyStr rs ? rs.Value : throw Ops.TypeError("object.readline() returned non-string");
        }
        if (line.Length == 0) throw Ops.Error(ExceptionTypes.EOFError, "EOF when reading a line");
        if (line[^1] == '\n') line = line[..^1];
        return new PyStr(line);
    }

    public static void FlushObject(PyObject stream)
    {
        if (stream is PyTextIOWrapper w) { if (!w.IsClosed) w.Flush(); }
        else if (stream.TryGetAttr("flush", out var f)) f.Call0();
    }

    /// <summary>What CPython does at exit: flush sys.stdout and sys.stderr; a failing flush of stdout prints
    /// "Exception ignored ..." and makes the exit status 120.</summary>
    public static int FlushAtExit(Action<string> writeStderr)
    {
        FlushOpenFiles();
        int status = 0;
        foreach (var name in new[] { "stdout", "stderr" })
        {
            if (!Builtins.Sys.TryGetAttr(name, out var s) || s == PyNone.Instance) continue;
            try { FlushObject(s); }
            catch (PythonException e)
            {
                if (name == "stdout") status = 120;
                string repr;
                try { repr = s.Repr(); } catch (PythonException) { repr = "<object>"; }
                writeStderr($"Exception ignored in: {repr}\n{TracebackPrinter.ExceptionLine(e.Value)}\n");
            }
        }
        return status;
    }
}
