namespace Krait.Runtime.Io;

/// <summary>An OSError (or subclass) instance: with 2 to 5 arguments they are errno, strerror, filename,
/// winerror (ignored on POSIX) and filename2, and str() is "[Errno N] text: 'filename'". The fields are
/// parsed from the arguments when first needed, so BaseException.__init__ (used by subclasses calling
/// super().__init__) needs nothing special.</summary>
public sealed class PyOSError : PyBaseException
{
    private PyTuple? _parsedFrom;
    private PyObject? _errno, _strerror, _filename, _filename2;
    /// <summary>BlockingIOError's count of characters written before the error; unset (an AttributeError) otherwise.</summary>
    private long? _charactersWritten;
    private PyTuple _shownArgs = PyTuple.Empty;

    public PyOSError(PyType type) : base(type) { }

    /// <summary>Makes the OSError type build PyOSError instances, and OSError(errno, ...) pick the subclass
    /// for that errno (OSError(2, 'x') is a FileNotFoundError), as CPython's OSError.__new__.</summary>
    public static PyType Install(PyType osError)
    {
        osError.Allocator = static t => new PyOSError(t);
        osError.Constructor = (args, kw) =>
        {
            if (kw != null) throw Ops.TypeError("OSError() takes no keyword arguments");
            var type = osError;
            if (args.Length >= 2 && args.Length <= 5 && args[0] is PyInt n) type = SubclassFor((int)n.Value) ?? osError;
            return new PyOSError(type) { Args = new PyTuple(args) };
        };
        foreach (var name in s_fields)
        {
            var n = name;
            osError.Dict[n] = new PyGetSetDescriptor(n, osError, o => Of(o, n).GetAttr(n),
                (o, v) => Of(o, n).SetAttr(n, v ?? PyNone.Instance)) { IsMember = true };
        }
        osError.Dict[CharactersWritten] = new PyGetSetDescriptor(CharactersWritten, osError, o => Of(o, CharactersWritten).GetAttr(CharactersWritten),
            (o, v) => { if (v == null) Of(o, CharactersWritten).DelAttr(CharactersWritten); else Of(o, CharactersWritten).SetAttr(CharactersWritten, v); });
        osError.Changed();
        return osError;
    }

    private static readonly string[] s_fields = { "errno", "strerror", "filename", "filename2" };
    private const string CharactersWritten = "characters_written";

    private static PyOSError Of(PyObject o, string name) =>
        o as PyOSError ?? throw Ops.TypeError($"descriptor '{name}' for 'OSError' objects doesn't apply to a '{o.Type.TpName}' object");

    public static PyType? SubclassFor(int errno) => errno switch
    {
        ErrnoCodes.EAGAIN or ErrnoCodes.EALREADY or ErrnoCodes.EINPROGRESS => ExceptionTypes.BlockingIOError,
        ErrnoCodes.ECHILD => ExceptionTypes.ChildProcessError,
        ErrnoCodes.EPIPE or ErrnoCodes.ESHUTDOWN => ExceptionTypes.BrokenPipeError,
        ErrnoCodes.ECONNABORTED => ExceptionTypes.ConnectionAbortedError,
        ErrnoCodes.ECONNREFUSED => ExceptionTypes.ConnectionRefusedError,
        ErrnoCodes.ECONNRESET => ExceptionTypes.ConnectionResetError,
        ErrnoCodes.EEXIST => ExceptionTypes.FileExistsError,
        ErrnoCodes.ENOENT => ExceptionTypes.FileNotFoundError,
        ErrnoCodes.EISDIR => ExceptionTypes.IsADirectoryError,
        ErrnoCodes.ENOTDIR => ExceptionTypes.NotADirectoryError,
        ErrnoCodes.EINTR => ExceptionTypes.InterruptedError,
        ErrnoCodes.EACCES or ErrnoCodes.EPERM => ExceptionTypes.PermissionError,
        ErrnoCodes.ESRCH => ExceptionTypes.ProcessLookupError,
        ErrnoCodes.ETIMEDOUT => ExceptionTypes.TimeoutError,
        _ => null,
    };

    /// <summary>The exception a failed system call raises: the errno's subclass, strerror's text, the file names.</summary>
    public static PythonException FromErrno(int errno, string? filename = null, string? filename2 = null)
    {
        var args = new List<PyObject> { PyInt.Get(errno), new PyStr(Libc.StrError(errno)) };
        if (filename != null || filename2 != null)
        {
            args.Add(filename != null ? new PyStr(filename) : PyNone.Instance);
            if (filename2 != null) { args.Add(PyNone.Instance); args.Add(new PyStr(filename2)); }
        }
        var e = new PyOSError(SubclassFor(errno) ?? ExceptionTypes.OSError) { Args = new PyTuple(args.ToArray()) };
        return new PythonException(e);
    }

    /// <summary>As <see cref="FromErrno(int, string?, string?)"/> with the file name given as the object the
    /// program passed (CPython keeps it: bytes stay bytes, an int fd is shown as the number).</summary>
    public static PythonException FromErrno(int errno, PyObject filename)
    {
        var e = new PyOSError(SubclassFor(errno) ?? ExceptionTypes.OSError)
        {
            Args = new PyTuple(new[] { PyInt.Get(errno), new PyStr(Libc.StrError(errno)), filename }),
        };
        return new PythonException(e);
    }

    public static PythonException WithMessage(PyType type, int errno, string message) =>
        new(new PyOSError(type) { Args = new PyTuple(new PyObject[] { PyInt.Get(errno), new PyStr(message) }) });

    /// <summary>A .NET I/O exception that escaped (from a .NET file API) as the OSError it stands for.</summary>
    public static PythonException FromDotNet(Exception ex)
    {
        int errno = ex switch
        {
            FileNotFoundException or DirectoryNotFoundException => ErrnoCodes.ENOENT,
            UnauthorizedAccessException => ErrnoCodes.EACCES,
            PathTooLongException => ErrnoCodes.ENAMETOOLONG,
            // On Unix .NET puts the raw errno in HResult for errors it has no specific type for.
            IOException io when io.HResult > 0 && io.HResult < 4096 => io.HResult,
            _ => 5,
        };
        return FromErrno(errno);
    }

    /// <summary>io.UnsupportedOperation(message).</summary>
    public static PythonException WithUnsupported(string message) =>
        new(new PyOSError(IoTypes.UnsupportedOperation) { Args = new PyTuple(new PyObject[] { new PyStr(message) }) });

    private void Parse()
    {
        if (ReferenceEquals(_parsedFrom, Args)) return;
        _parsedFrom = Args;
        var a = Args.Items;
        _errno = _strerror = _filename = _filename2 = null;
        _charactersWritten = null;
        _shownArgs = Args;
        if (a.Length >= 2 && a.Length <= 5)
        {
            _errno = a[0];
            _strerror = a[1];
            if (a.Length == 5) _filename2 = a[4];
            if (a.Length >= 3 && a[2] != PyNone.Instance)
            {
                // As CPython: a number in the file name's place of a BlockingIOError (that exact type) is the count
                // of characters written, and the arguments stay as given.
                if (Class == ExceptionTypes.BlockingIOError && a[2] is PyInt written) _charactersWritten = (long)written.Value;
                else { _filename = a[2]; _shownArgs = new PyTuple(new[] { a[0], a[1] }); }
            }
            else if (a.Length >= 3) _filename = a[2];
        }
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "errno": Parse(); value = _errno ?? PyNone.Instance; return true;
            case "strerror": Parse(); value = _strerror ?? PyNone.Instance; return true;
            case "filename": Parse(); value = _filename ?? PyNone.Instance; return true;
            case "filename2": Parse(); value = _filename2 ?? PyNone.Instance; return true;
            case "args": Parse(); value = _shownArgs; return true;
            case CharactersWritten:
                Parse();
                value = _charactersWritten is long n ? PyInt.Get(n) : throw Ops.AttributeError(CharactersWritten);
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        switch (name)
        {
            case "errno": Parse(); _errno = value; return;
            case "strerror": Parse(); _strerror = value; return;
            case "filename": Parse(); _filename = value; return;
            case "filename2": Parse(); _filename2 = value; return;
            case CharactersWritten: Parse(); _charactersWritten = Ops.Index(value); return;
            case "args":
                base.SetAttr(name, value);
                var keep = (_errno, _strerror, _filename, _filename2);
                _parsedFrom = Args;
                _shownArgs = Args;
                (_errno, _strerror, _filename, _filename2) = keep;
                return;
        }
        base.SetAttr(name, value);
    }

    public override void DelAttr(string name)
    {
        if (name != CharactersWritten) { base.DelAttr(name); return; }
        Parse();
        if (_charactersWritten == null) throw Ops.AttributeError(CharactersWritten);
        _charactersWritten = null;
    }

    public override string Str()
    {
        var m = Class.LookupOverride("__str__");
        if (m != null) return Ops.ExpectStr(m.Call1(this), "__str__");
        Parse();
        bool hasFile = _filename != null && _filename != PyNone.Instance;
        bool hasFile2 = _filename2 != null && _filename2 != PyNone.Instance;
        if (hasFile && hasFile2)
            return $"[Errno {Ops.Str(_errno!)}] {Ops.Str(_strerror!)}: {Ops.Repr(_filename!)} -> {Ops.Repr(_filename2!)}";
        if (hasFile) return $"[Errno {Ops.Str(_errno!)}] {Ops.Str(_strerror!)}: {Ops.Repr(_filename!)}";
        if (_errno != null && _strerror != null) return $"[Errno {Ops.Str(_errno)}] {Ops.Str(_strerror)}";
        return new PyTuple(_shownArgs.Items).Items.Length switch
        {
            0 => "",
            1 => Ops.Str(_shownArgs.Items[0]),
            _ => _shownArgs.Repr(),
        };
    }

    public override string Repr()
    {
        var m = Class.LookupOverride("__repr__");
        if (m != null) return Ops.ExpectStr(m.Call1(this), "__repr__");
        Parse();
        if (_shownArgs.Items.Length == 1) return $"{Class.Name}({Ops.Repr(_shownArgs.Items[0])})";
        return Class.Name + _shownArgs.Repr();
    }
}
