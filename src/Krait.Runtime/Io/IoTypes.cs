namespace Krait.Runtime.Io;

/// <summary>The _io classes and their methods. The abstract bases carry what every stream shares (close,
/// context manager, iteration, readlines, writelines) so isinstance against io.IOBase and friends works.</summary>
public static class IoTypes
{
    private static PyType T(string name, params PyType[] bases) => new(name, bases) { Module = "_io" };

    public static readonly PyType IOBase = T("_IOBase", PyType.ObjectType);
    public static readonly PyType RawIOBase = T("_RawIOBase", IOBase);
    public static readonly PyType BufferedIOBase = T("_BufferedIOBase", IOBase);
    public static readonly PyType TextIOBase = T("_TextIOBase", IOBase);
    public static readonly PyType FileIO = T("FileIO", RawIOBase);
    public static readonly PyType BytesIO = T("BytesIO", BufferedIOBase);
    public static readonly PyType BufferedReader = T("BufferedReader", BufferedIOBase);
    public static readonly PyType BufferedWriter = T("BufferedWriter", BufferedIOBase);
    public static readonly PyType BufferedRandom = T("BufferedRandom", BufferedIOBase);
    public static readonly PyType StringIO = T("StringIO", TextIOBase);
    public static readonly PyType TextIOWrapper = T("TextIOWrapper", TextIOBase);
    public static readonly PyType UnsupportedOperation =
        new("UnsupportedOperation", new[] { ExceptionTypes.OSError, ExceptionTypes.ValueError }) { Module = "io", WrittenInC = false };

    public const int DefaultBufferSize = 8192;

    static IoTypes()
    {
        DefineIOBase();
        DefineFileIO();
        DefineBuffered();
        DefineText();
        DefineStringIO();
        DefineBytesIO();
    }

    /// <summary>Forces the static constructor (types and methods exist before any stream is made).</summary>
    public static void Ensure() { }

    private static void M(PyType t, string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);

    private static void P(PyType t, string name, Func<PyObject, PyObject> getter) =>
        t.Dict[name] = new PyProperty(new PyBuiltinFunction(name, (a, k) => getter(a[0])) { F1 = getter }, null, null);

    private static PyIOBase Self(PyObject o) => o as PyIOBase ?? throw Ops.TypeError($"descriptor requires an io object, not '{o.Type.TpName}'");

    private static PyObject None => PyNone.Instance;

    private static int Whence(PyObject[] a, string[]? k)
    {
        var w = IoArgs.Get(a, k, 1, "whence");
        return w == null ? 0 : (int)IoArgs.Int(w);
    }

    private static void DefineIOBase()
    {
        var t = IOBase;
        M(t, "close", (s, a, k) => { IoArgs.Count("close", a, k, 0); if (s is not PyIOBase) return IoBaseGeneric.Close(s); Self(s).Close(); return None; });
        P(t, "closed", s => s is PyIOBase ? PyBool.Get(Self(s).IsClosed) : IoBaseGeneric.ClosedFlag(s));
        M(t, "flush", (s, a, k) => { if (s is not PyIOBase) { IoBaseGeneric.CheckClosed(s); return None; } Self(s).Flush(); return None; });
        M(t, "readable", (s, a, k) => { var o = Self(s); if (o.IsClosed) throw Ops.ValueError("I/O operation on closed file"); return PyBool.Get(o.IsReadable); });
        M(t, "writable", (s, a, k) => { var o = Self(s); if (o.IsClosed) throw Ops.ValueError("I/O operation on closed file"); return PyBool.Get(o.IsWritable); });
        M(t, "seekable", (s, a, k) => { var o = Self(s); if (o.IsClosed) throw Ops.ValueError("I/O operation on closed file"); return PyBool.Get(o.IsSeekable); });
        M(t, "isatty", (s, a, k) => { var o = Self(s); if (o.IsClosed) throw Ops.ValueError("I/O operation on closed file"); return PyBool.False; });
        M(t, "fileno", (s, a, k) => throw PyIOBase.Unsupported("fileno"));
        M(t, "seek", (s, a, k) => throw PyIOBase.Unsupported("seek"));
        M(t, "tell", (s, a, k) => throw PyIOBase.Unsupported("seek"));
        M(t, "truncate", (s, a, k) => throw PyIOBase.Unsupported("truncate"));
        // Python subclasses that are not C# streams (gzip.GzipFile, ...) go through their own methods.
        M(t, "__enter__", (s, a, k) => { if (s is not PyIOBase) IoBaseGeneric.CheckClosed(s); else Self(s).CheckClosed(); return s; });
        M(t, "__exit__", (s, a, k) => { if (s is not PyIOBase) Ops.GetAttr(s, "close").Call0(); else Self(s).Close(); return None; });
        M(t, "__iter__", (s, a, k) => { if (s is not PyIOBase) { IoBaseGeneric.CheckClosed(s); return s; } return Self(s).Iter(); });
        M(t, "__next__", (s, a, k) =>
        {
            if (s is not PyIOBase ? IoBaseGeneric.TryNext(s, out var line) : Self(s).TryNext(out line)) return line;
            throw new PythonException(ExceptionTypes.Make(ExceptionTypes.StopIteration));
        });
        M(t, "readline", (s, a, k) =>
        {
            IoArgs.Count("readline", a, k, 1, "size");
            if (s is not PyIOBase) return IoBaseGeneric.ReadLine(s, IoArgs.Size(IoArgs.Get(a, k, 0, "size")));
            return Self(s).ReadLineObject(IoArgs.Size(IoArgs.Get(a, k, 0, "size")));
        });
        M(t, "readlines", (s, a, k) =>
        {
            IoArgs.Count("readlines", a, k, 1, "hint");
            var o = s as PyIOBase;
            long hint = IoArgs.Size(IoArgs.Get(a, k, 0, "hint"));
            var lines = new List<PyObject>();
            long total = 0;
            if (o == null) IoBaseGeneric.CheckClosed(s); else o.CheckClosed();
            while (o == null ? IoBaseGeneric.TryNext(s, out var line) : o.TryNext(out line))
            {
                lines.Add(line);
                total += line.Len();
                if (hint > 0 && total >= hint) break;
            }
            return new PyList(lines.ToArray());
        });
        M(t, "writelines", (s, a, k) =>
        {
            IoArgs.Count("writelines", a, k, 1);
            if (a.Length != 1) throw Ops.TypeError($"writelines() takes exactly one argument ({a.Length} given)");
            if (s is PyIOBase o) o.CheckClosed(); else IoBaseGeneric.CheckClosed(s);
            var it = a[0].Iter();
            var write = s.Type.Lookup("write")!;
            while (it.TryNext(out var line)) write.Call2(s, line);
            return None;
        });
        M(t, "__del__", (s, a, k) => None);
    }

    private static PyFileIO FileSelf(PyObject s) => s as PyFileIO ?? throw Ops.TypeError("descriptor requires a '_io.FileIO' object");

    private static void DefineFileIO()
    {
        var t = FileIO;
        t.Constructor = (a, k) => IoOpen.MakeFileIO(a, k);
        M(t, "read", (s, a, k) =>
        {
            var f = FileSelf(s);
            f.CheckRead();
            long n = IoArgs.Size(IoArgs.Get(a, k, 0, "size"));
            if (n < 0) return new PyBytes(f.ReadAll());
            var buf = new byte[n];
            int got = f.ReadInto(buf);
            if (got < 0) return None;
            return new PyBytes(got == n ? buf : buf.AsSpan(0, got).ToArray());
        });
        M(t, "readall", (s, a, k) => { var f = FileSelf(s); f.CheckRead(); return new PyBytes(f.ReadAll()); });
        M(t, "readinto", (s, a, k) =>
        {
            var f = FileSelf(s);
            f.CheckRead();
            if (a.Length != 1 || a[0] is not PyByteArray ba) throw Ops.TypeError("readinto() argument must be read-write bytes-like object");
            return PyInt.Get(f.ReadInto(ba.Data.AsSpan(0, ba.Count)));
        });
        M(t, "write", (s, a, k) =>
        {
            var f = FileSelf(s);
            f.CheckWrite();
            if (a.Length != 1) throw Ops.TypeError($"write() takes exactly one argument ({a.Length} given)");
            var data = IoArgs.Bytes(a[0]);
            f.WriteAll(data);
            return PyInt.Get(data.Length);
        });
        M(t, "seek", (s, a, k) =>
        {
            var f = FileSelf(s);
            f.CheckClosed();
            if (a.Length < 1) throw Ops.TypeError("seek expected at least 1 argument, got 0");
            return PyInt.Get(f.Seek(IoArgs.Int(a[0]), Whence(a, k)));
        });
        M(t, "tell", (s, a, k) => { var f = FileSelf(s); f.CheckClosed(); return PyInt.Get(f.Tell()); });
        M(t, "truncate", (s, a, k) =>
        {
            var f = FileSelf(s);
            f.CheckWrite();
            var size = IoArgs.Get(a, k, 0, "size");
            long n = size == null || size == None ? f.Tell() : IoArgs.Int(size);
            f.Truncate(n);
            return PyInt.Get(n);
        });
        M(t, "fileno", (s, a, k) => { var f = FileSelf(s); if (f.IsClosed) throw Ops.ValueError("I/O operation on closed file"); return PyInt.Get(f.Fd); });
        M(t, "isatty", (s, a, k) => { var f = FileSelf(s); if (f.IsClosed) throw Ops.ValueError("I/O operation on closed file"); return PyBool.Get(Libc.IsATty(f.Fd)); });
        P(t, "name", s => FileSelf(s).Name);
        P(t, "mode", s => new PyStr(FileSelf(s).Mode));
        P(t, "closefd", s => PyBool.Get(FileSelf(s).CloseFd));
    }

    private static PyBufferedIO BufSelf(PyObject s) => s as PyBufferedIO ?? throw Ops.TypeError("descriptor requires a buffered io object");

    private static void DefineBuffered()
    {
        foreach (var t in new[] { BufferedReader, BufferedWriter, BufferedRandom })
        {
            var kind = t == BufferedReader ? BufferedKind.Reader : t == BufferedWriter ? BufferedKind.Writer : BufferedKind.Random;
            t.Constructor = (a, k) =>
            {
                var raw = IoArgs.Get(a, k, 0, "raw") ?? throw Ops.TypeError($"{t.Name}() missing required argument 'raw' (pos 1)");
                var size = IoArgs.Get(a, k, 1, "buffer_size");
                return new PyBufferedIO(raw, kind, size == null ? DefaultBufferSize : (int)IoArgs.Int(size));
            };
            M(t, "read", (s, a, k) => new PyBytes(BufSelf(s).Read(IoArgs.Size(IoArgs.Get(a, k, 0, "size")))));
            M(t, "read1", (s, a, k) =>
            {
                var b = BufSelf(s);
                long n = IoArgs.Size(IoArgs.Get(a, k, 0, "size"));
                if (n < 0) n = DefaultBufferSize;
                var buf = new byte[n];
                int got = b.ReadChunk(buf, "read1");
                return new PyBytes(buf.AsSpan(0, got).ToArray());
            });
            M(t, "peek", (s, a, k) => new PyBytes(BufSelf(s).Peek()));
            M(t, "readinto", (s, a, k) =>
            {
                var b = BufSelf(s);
                b.CheckReadOpen("readinto");
                if (a.Length != 1 || a[0] is not PyByteArray ba) throw Ops.TypeError("readinto() argument must be read-write bytes-like object");
                var data = b.Read(ba.Count);
                data.CopyTo(ba.Data, 0);
                return PyInt.Get(data.Length);
            });
            M(t, "write", (s, a, k) =>
            {
                var b = BufSelf(s);
                if (a.Length != 1) throw Ops.TypeError($"write() takes exactly one argument ({a.Length} given)");
                var data = IoArgs.Bytes(a[0]);
                b.Write(data);
                return PyInt.Get(data.Length);
            });
            M(t, "seek", (s, a, k) =>
            {
                if (a.Length < 1) throw Ops.TypeError("seek expected at least 1 argument, got 0");
                return PyInt.Get(BufSelf(s).Seek(IoArgs.Int(a[0]), Whence(a, k)));
            });
            M(t, "tell", (s, a, k) => PyInt.Get(BufSelf(s).Tell()));
            M(t, "truncate", (s, a, k) =>
            {
                var size = IoArgs.Get(a, k, 0, "size");
                return PyInt.Get(BufSelf(s).Truncate(size == null || size == None ? null : IoArgs.Int(size)));
            });
            M(t, "fileno", (s, a, k) => BufSelf(s).Raw.GetAttr("fileno").Call0());
            M(t, "isatty", (s, a, k) => BufSelf(s).Raw.GetAttr("isatty").Call0());
            M(t, "readable", (s, a, k) => { var b = BufSelf(s); if (b.Kind == BufferedKind.Writer) return PyBool.False; if (b.IsClosed) throw Ops.ValueError("I/O operation on closed file"); return PyBool.Get(b.IsReadable); });
            M(t, "writable", (s, a, k) => { var b = BufSelf(s); if (b.Kind == BufferedKind.Reader) return PyBool.False; if (b.IsClosed) throw Ops.ValueError("I/O operation on closed file"); return PyBool.Get(b.IsWritable); });
            M(t, "detach", (s, a, k) => BufSelf(s).Detach());
            P(t, "raw", s => BufSelf(s).Raw);
            P(t, "name", s => BufSelf(s).NameObj);
            P(t, "mode", s => BufSelf(s).Raw.GetAttr("mode"));
        }
    }

    private static PyTextIOWrapper TextSelf(PyObject s) => s as PyTextIOWrapper ?? throw Ops.TypeError("descriptor requires a '_io.TextIOWrapper' object");

    private static string? OptStr(PyObject? o, string fname, string arg)
    {
        if (o == null || o == None) return null;
        return o is PyStr s ? s.Value : throw Ops.TypeError($"{fname}() argument '{arg}' must be str or None, not {o.Type.TpName}");
    }

    private static void DefineText()
    {
        var t = TextIOWrapper;
        t.Constructor = (a, k) =>
        {
            var buffer = IoArgs.Get(a, k, 0, "buffer") ?? throw Ops.TypeError("TextIOWrapper() missing required argument 'buffer' (pos 1)");
            string? enc = OptStr(IoArgs.Get(a, k, 1, "encoding"), "TextIOWrapper", "encoding");
            string? errors = OptStr(IoArgs.Get(a, k, 2, "errors"), "TextIOWrapper", "errors");
            var nl = IoArgs.Get(a, k, 3, "newline");
            string? newline = OptStr(nl, "TextIOWrapper", "newline");
            var lb = IoArgs.Get(a, k, 4, "line_buffering");
            var wt = IoArgs.Get(a, k, 5, "write_through");
            if (enc == "locale") enc = "UTF-8";
            return new PyTextIOWrapper(buffer, enc ?? "UTF-8", errors, newline, lb != null && Ops.IsTrue(lb), wt != null && Ops.IsTrue(wt));
        };
        M(t, "read", (s, a, k) =>
        {
            IoArgs.Count("read", a, k, 1, "size");
            return new PyStr(TextSelf(s).Read(IoArgs.Size(IoArgs.Get(a, k, 0, "size"))));
        });
        M(t, "readline", (s, a, k) =>
        {
            IoArgs.Count("readline", a, k, 1, "size");
            return new PyStr(TextSelf(s).ReadLine(IoArgs.Size(IoArgs.Get(a, k, 0, "size"))));
        });
        M(t, "write", (s, a, k) =>
        {
            var w = TextSelf(s);
            if (a.Length != 1 || k != null) throw Ops.TypeError($"write() takes exactly one argument ({a.Length} given)");
            if (a[0] is not PyStr str)
            {
                w.CheckClosed();
                throw Ops.TypeError($"write() argument must be str, not {a[0].Type.TpName}");
            }
            w.Write(str.Value);
            return PyInt.Get(str.HasAstral ? str.Len() : str.Value.Length);
        });
        M(t, "seek", (s, a, k) =>
        {
            if (a.Length < 1) throw Ops.TypeError("seek expected at least 1 argument, got 0");
            return PyInt.Get(TextSelf(s).Seek(a[0], Whence(a, k)));
        });
        M(t, "tell", (s, a, k) => PyInt.Get(TextSelf(s).Tell()));
        M(t, "truncate", (s, a, k) => PyInt.Get(TextSelf(s).Truncate(IoArgs.Get(a, k, 0, "pos"))));
        M(t, "fileno", (s, a, k) => TextSelf(s).Buffer.GetAttr("fileno").Call0());
        M(t, "isatty", (s, a, k) => TextSelf(s).Buffer.GetAttr("isatty").Call0());
        M(t, "detach", (s, a, k) => TextSelf(s).Detach());
        M(t, "reconfigure", (s, a, k) =>
        {
            var w = TextSelf(s);
            if (a.Length > (k?.Length ?? 0)) throw Ops.TypeError("reconfigure() takes no positional arguments");
            var lb = IoArgs.Get(a, k, 99, "line_buffering");
            var wt = IoArgs.Get(a, k, 99, "write_through");
            var enc = OptStr(IoArgs.Get(a, k, 99, "encoding"), "reconfigure", "encoding");
            var err = OptStr(IoArgs.Get(a, k, 99, "errors"), "reconfigure", "errors");
            w.Flush();
            if (lb != null && lb != None) w.LineBuffering = Ops.IsTrue(lb);
            if (wt != null && wt != None) w.WriteThrough = Ops.IsTrue(wt);
            if (enc != null) { w.Codec = TextCodec.Lookup(enc); w.EncodingName = enc; w.Errors = err ?? "strict"; }
            else if (err != null) w.Errors = err;
            return None;
        });
        P(t, "name", s => TextSelf(s).Buffer.GetAttr("name"));
        P(t, "buffer", s => TextSelf(s).Buffer);
        P(t, "encoding", s => new PyStr(TextSelf(s).EncodingName));
        P(t, "errors", s => new PyStr(TextSelf(s).Errors));
        P(t, "newlines", s => TextSelf(s).NewlinesSeen);
        P(t, "line_buffering", s => PyBool.Get(TextSelf(s).LineBuffering));
        P(t, "write_through", s => PyBool.Get(TextSelf(s).WriteThrough));
        P(t, "mode", s => TextSelf(s).Mode is { } m ? new PyStr(m) : throw Ops.AttributeError("'_io.TextIOWrapper' object has no attribute 'mode'"));
    }

    private static PyStringIO SioSelf(PyObject s) => s as PyStringIO ?? throw Ops.TypeError("descriptor requires a '_io.StringIO' object");

    private static void DefineStringIO()
    {
        var t = StringIO;
        t.Constructor = (a, k) =>
        {
            IoArgs.Count("StringIO", a, k, 2, "initial_value", "newline");
            var init = IoArgs.Get(a, k, 0, "initial_value");
            var nl = IoArgs.Get(a, k, 1, "newline");
            string? newline = nl == null ? "\n" : nl == None ? null
                : nl is PyStr ns ? ns.Value : throw Ops.TypeError($"newline must be str or None, not {nl.Type.TpName}");
            string initial = init == null || init == None ? ""
                : init is PyStr s ? s.Value : throw Ops.TypeError($"initial_value must be str or None, not {init.Type.TpName}");
            return new PyStringIO(initial, newline);
        };
        M(t, "getvalue", (s, a, k) => new PyStr(SioSelf(s).GetValue()));
        M(t, "read", (s, a, k) =>
        {
            IoArgs.Count("read", a, k, 1, "size");
            var o = SioSelf(s);
            o.Check();
            return new PyStr(o.Read(IoArgs.Size(IoArgs.Get(a, k, 0, "size"))));
        });
        M(t, "readline", (s, a, k) =>
        {
            IoArgs.Count("readline", a, k, 1, "size");
            var o = SioSelf(s);
            o.Check();
            return new PyStr(o.ReadLine(IoArgs.Size(IoArgs.Get(a, k, 0, "size"))));
        });
        M(t, "write", (s, a, k) =>
        {
            if (a.Length != 1 || k != null) throw Ops.TypeError($"write() takes exactly one argument ({a.Length} given)");
            return PyInt.Get(SioSelf(s).Write(a[0]));
        });
        M(t, "seek", (s, a, k) =>
        {
            if (a.Length < 1) throw Ops.TypeError("seek expected at least 1 argument, got 0");
            var o = SioSelf(s);
            o.Check();
            return PyInt.Get(o.Seek(IoArgs.Int(a[0]), Whence(a, k)));
        });
        M(t, "tell", (s, a, k) => PyInt.Get(SioSelf(s).Tell()));
        M(t, "truncate", (s, a, k) => PyInt.Get(SioSelf(s).Truncate(IoArgs.Get(a, k, 0, "pos"))));
        M(t, "readable", (s, a, k) => PyBool.Get(SioSelf(s).IsReadable));
        M(t, "writable", (s, a, k) => PyBool.Get(SioSelf(s).IsWritable));
        M(t, "seekable", (s, a, k) => PyBool.Get(SioSelf(s).IsSeekable));
        M(t, "__getstate__", (s, a, k) => new PyStr(SioSelf(s).GetValue()));
        P(t, "newlines", s => { SioSelf(s).Check(); return SioSelf(s).NewlinesSeen; });
        P(t, "line_buffering", s => { SioSelf(s).Check(); return PyBool.False; });
        // TextIOBase's encoding and errors, which a StringIO does not set (doctest reads them off sys.stdout).
        P(t, "encoding", s => PyNone.Instance);
        P(t, "errors", s => PyNone.Instance);
        P(t, "closed", s => PyBool.Get(SioSelf(s).IsClosed));
    }

    private static PyBytesIO BioSelf(PyObject s) => s as PyBytesIO ?? throw Ops.TypeError("descriptor requires a '_io.BytesIO' object");

    private static void DefineBytesIO()
    {
        var t = BytesIO;
        t.Constructor = (a, k) =>
        {
            IoArgs.Count("BytesIO", a, k, 1, "initial_bytes");
            var init = IoArgs.Get(a, k, 0, "initial_bytes");
            return new PyBytesIO(init == null || init == None ? ReadOnlySpan<byte>.Empty : IoArgs.Bytes(init));
        };
        M(t, "getvalue", (s, a, k) => new PyBytes(BioSelf(s).GetValue()));
        M(t, "getbuffer", (s, a, k) => BioSelf(s).GetBuffer());
        M(t, "read", (s, a, k) => new PyBytes(BioSelf(s).Read(IoArgs.Size(IoArgs.Get(a, k, 0, "size")))));
        M(t, "read1", (s, a, k) => new PyBytes(BioSelf(s).Read(IoArgs.Size(IoArgs.Get(a, k, 0, "size")))));
        M(t, "readinto", (s, a, k) =>
        {
            var o = BioSelf(s);
            if (a.Length != 1 || a[0] is not PyByteArray ba) throw Ops.TypeError("readinto() argument must be read-write bytes-like object");
            var data = o.Read(ba.Count);
            data.CopyTo(ba.Data, 0);
            return PyInt.Get(data.Length);
        });
        M(t, "write", (s, a, k) =>
        {
            if (a.Length != 1 || k != null) throw Ops.TypeError($"write() takes exactly one argument ({a.Length} given)");
            return PyInt.Get(BioSelf(s).Write(a[0]));
        });
        M(t, "seek", (s, a, k) =>
        {
            if (a.Length < 1) throw Ops.TypeError("seek expected at least 1 argument, got 0");
            return PyInt.Get(BioSelf(s).Seek(IoArgs.Int(a[0]), Whence(a, k)));
        });
        M(t, "tell", (s, a, k) => PyInt.Get(BioSelf(s).Tell()));
        M(t, "truncate", (s, a, k) => PyInt.Get(BioSelf(s).Truncate(IoArgs.Get(a, k, 0, "size"))));
        M(t, "readable", (s, a, k) => PyBool.Get(BioSelf(s).IsReadable));
        M(t, "writable", (s, a, k) => PyBool.Get(BioSelf(s).IsWritable));
        M(t, "seekable", (s, a, k) => PyBool.Get(BioSelf(s).IsSeekable));
    }
}
