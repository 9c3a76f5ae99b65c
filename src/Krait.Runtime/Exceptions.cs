using System.Text;

namespace Krait.Runtime;

/// <summary>A Python exception object (an instance of BaseException or a subclass, user-defined ones too).</summary>
public class PyBaseException : PyInstance
{
    public PyTuple Args = PyTuple.Empty;
    /// <summary>Traceback entries, innermost first (they are added while the exception unwinds outward).</summary>
    public readonly List<TracebackEntry> Traceback = new();
    public PyBaseException? Cause, Context;
    public bool SuppressContext;
    /// <summary>A handler in the frame that last added a traceback entry caught this exception, so that
    /// frame's entry exists already if it re-raises.</summary>
    public bool FrameRecorded;
    /// <summary>Raised by the attribute lookup of a fused method call: the calling frame's traceback entry
    /// points at <c>obj.name</c> rather than the whole call (see <see cref="FunctionCode.Spans"/>).</summary>
    public bool AtMethodLookup;

    public PyBaseException(PyType type) : base(type) { }

    public override bool GenericGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "args": value = Args; return true;
            case "__cause__": value = (PyObject?)Cause ?? PyNone.Instance; return true;
            case "__context__": value = (PyObject?)Context ?? PyNone.Instance; return true;
            case "__suppress_context__": value = PyBool.Get(SuppressContext); return true;
            case "__traceback__": value = PyTraceback.Of(this); return true;
        }
        // StopIteration.value and SystemExit.code are member descriptors of those types (ObjectSlots), found here.
        return base.GenericGetAttr(name, out value);
    }

    /// <summary>A value assigned to StopIteration.value or SystemExit.code; until then they follow the arguments.</summary>
    internal PyObject? AssignedMember;

    /// <summary>StopIteration.value: the first argument or None.</summary>
    public PyObject StopIterationValue => AssignedMember ?? (Args.Items.Length > 0 ? Args.Items[0] : PyNone.Instance);

    /// <summary>SystemExit.code: None without arguments, the argument, or the args tuple.</summary>
    public PyObject SystemExitCode =>
        AssignedMember ?? (Args.Items.Length == 0 ? PyNone.Instance : Args.Items.Length == 1 ? Args.Items[0] : Args);

    public override void SetAttr(string name, PyObject value)
    {
        switch (name)
        {
            case "args": Args = new PyTuple(Ops.ToArray(value)); return;
            case "__cause__": Cause = value as PyBaseException; SuppressContext = true; return;
            case "__context__": Context = value as PyBaseException; return;
            case "__traceback__": PyTraceback.Assign(this, value); return;
        }
        base.SetAttr(name, value);
    }

    /// <summary>str(exc) as BaseException.__str__: empty, the single argument, or the args tuple.</summary>
    public string DefaultStr()
    {
        if (Class.IsSubtypeOf(ExceptionTypes.KeyError) && Args.Items.Length == 1) return Ops.Repr(Args.Items[0]);
        return Args.Items.Length switch
        {
            0 => "",
            1 => Ops.Str(Args.Items[0]),
            _ => Args.Repr(),
        };
    }

    public override string Str()
    {
        var m = Class.LookupOverride("__str__");
        if (m != null) return Ops.ExpectStr(m.Call1(this), "__str__");
        return DefaultStr();
    }

    public override string Repr()
    {
        var m = Class.LookupOverride("__repr__");
        if (m != null) return Ops.ExpectStr(m.Call1(this), "__repr__");
        return ArgsRepr();
    }

    /// <summary>BaseException.__repr__: the class name and the args.</summary>
    public string ArgsRepr()
    {
        if (Args.Items.Length == 1) return $"{Class.Name}({Ops.Repr(Args.Items[0])})";
        return Class.Name + Args.Repr();
    }
}

/// <summary>A traceback entry: <paramref name="Position"/> is a line number (positive) or an encoded index
/// into <see cref="FunctionCode.Spans"/> (negative), as compiled code keeps it.</summary>
public readonly record struct TracebackEntry(FunctionCode Code, int Position, PyObject?[]? Locals = null)
{
    public int Line => Code.LineAt(Position);
}

/// <summary>The one .NET exception type that carries a Python exception through .NET frames.</summary>
public sealed class PythonException : Exception
{
    public readonly PyBaseException Value;
    public PythonException(PyBaseException value) : base(null) { Value = value; }
    public override string Message => Value.Type.Name + ": " + Value.DefaultStr();
}

public static class ExceptionTypes
{
    private static PyType Make(string name, PyType @base)
    {
        var t = new PyType(name, new[] { @base });
        Builtins.Add(t);
        return t;
    }

    public static readonly List<PyType> Builtins = new();

    public static readonly PyType BaseException = MakeRoot();
    public static readonly PyType SystemExit = Make("SystemExit", BaseException);
    public static readonly PyType KeyboardInterrupt = Make("KeyboardInterrupt", BaseException);
    public static readonly PyType GeneratorExit = Make("GeneratorExit", BaseException);
    public static readonly PyType Exception = Make("Exception", BaseException);
    public static readonly PyType StopIteration = Make("StopIteration", Exception);
    public static readonly PyType ArithmeticError = Make("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = Make("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = Make("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = Make("AssertionError", Exception);
    public static readonly PyType AttributeError = Make("AttributeError", Exception);
    public static readonly PyType BufferError = Make("BufferError", Exception);
    public static readonly PyType EOFError = Make("EOFError", Exception);
    public static readonly PyType ImportError = Make("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = Make("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = Make("LookupError", Exception);
    public static readonly PyType IndexError = Make("IndexError", LookupError);
    public static readonly PyType KeyError = Make("KeyError", LookupError);
    public static readonly PyType MemoryError = Make("MemoryError", Exception);
    public static readonly PyType NameError = Make("NameError", Exception);
    public static readonly PyType UnboundLocalError = Make("UnboundLocalError", NameError);
    public static readonly PyType OSError = Io.PyOSError.Install(Make("OSError", Exception));
    public static readonly PyType BlockingIOError = Make("BlockingIOError", OSError);
    public static readonly PyType ChildProcessError = Make("ChildProcessError", OSError);
    public static readonly PyType ConnectionError = Make("ConnectionError", OSError);
    public static readonly PyType BrokenPipeError = Make("BrokenPipeError", ConnectionError);
    public static readonly PyType ConnectionAbortedError = Make("ConnectionAbortedError", ConnectionError);
    public static readonly PyType ConnectionRefusedError = Make("ConnectionRefusedError", ConnectionError);
    public static readonly PyType ConnectionResetError = Make("ConnectionResetError", ConnectionError);
    public static readonly PyType FileExistsError = Make("FileExistsError", OSError);
    public static readonly PyType FileNotFoundError = Make("FileNotFoundError", OSError);
    public static readonly PyType InterruptedError = Make("InterruptedError", OSError);
    public static readonly PyType IsADirectoryError = Make("IsADirectoryError", OSError);
    public static readonly PyType NotADirectoryError = Make("NotADirectoryError", OSError);
    public static readonly PyType PermissionError = Make("PermissionError", OSError);
    public static readonly PyType ProcessLookupError = Make("ProcessLookupError", OSError);
    public static readonly PyType TimeoutError = Make("TimeoutError", OSError);
    public static readonly PyType ReferenceError = Make("ReferenceError", Exception);
    public static readonly PyType RuntimeError = Make("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = Make("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = Make("RecursionError", RuntimeError);
    public static readonly PyType SyntaxError = PySyntaxError.Install(Make("SyntaxError", Exception));
    public static readonly PyType IndentationError = Make("IndentationError", SyntaxError);
    public static readonly PyType TabError = Make("TabError", IndentationError);
    public static readonly PyType SystemError = Make("SystemError", Exception);
    public static readonly PyType TypeError = Make("TypeError", Exception);
    public static readonly PyType ValueError = Make("ValueError", Exception);
    public static readonly PyType UnicodeError = Make("UnicodeError", ValueError);
    public static readonly PyType UnicodeEncodeError = PyUnicodeError.Install(Make("UnicodeEncodeError", UnicodeError), PyUnicodeError.Kind.Encode);
    public static readonly PyType UnicodeDecodeError = PyUnicodeError.Install(Make("UnicodeDecodeError", UnicodeError), PyUnicodeError.Kind.Decode);
    public static readonly PyType UnicodeTranslateError = PyUnicodeError.Install(Make("UnicodeTranslateError", UnicodeError), PyUnicodeError.Kind.Translate);
    public static readonly PyType Warning = Make("Warning", Exception);
    public static readonly PyType DeprecationWarning = Make("DeprecationWarning", Warning);
    public static readonly PyType UserWarning = Make("UserWarning", Warning);
    public static readonly PyType RuntimeWarning = Make("RuntimeWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = Make("PendingDeprecationWarning", Warning);
    public static readonly PyType SyntaxWarning = Make("SyntaxWarning", Warning);
    public static readonly PyType FutureWarning = Make("FutureWarning", Warning);
    public static readonly PyType ImportWarning = Make("ImportWarning", Warning);
    public static readonly PyType UnicodeWarning = Make("UnicodeWarning", Warning);
    public static readonly PyType BytesWarning = Make("BytesWarning", Warning);
    public static readonly PyType ResourceWarning = Make("ResourceWarning", Warning);
    public static readonly PyType EncodingWarning = Make("EncodingWarning", Warning);
    public static readonly PyType StopAsyncIteration = Make("StopAsyncIteration", Exception);
    public static readonly PyType BaseExceptionGroup = Make("BaseExceptionGroup", BaseException);
    public static readonly PyType ExceptionGroup = PyExceptionGroup.MakeTypes(BaseExceptionGroup, Exception, Builtins);

    private static PyType MakeRoot()
    {
        var t = new PyType("BaseException", new[] { PyType.ObjectType });
        t.Allocator = static type => new PyBaseException(type);
        // BaseException.__init__ (reached through super().__init__(...)) sets args.
        t.Dict["__init__"] = new PyMethodDescriptor(t, "__init__", static (self, args, kw) =>
        {
            ((PyBaseException)self).Args = new PyTuple(kw == null ? args : args[..(args.Length - kw.Length)]);
            return PyNone.Instance;
        });
        // PEP 678 notes, printed after the exception line.
        t.Dict["add_note"] = new PyMethodDescriptor(t, "add_note", static (self, args, kw) =>
        {
            if (args.Length != 1 || (kw != null && kw.Length > 0))
                throw Ops.TypeError($"BaseException.add_note() takes exactly one argument ({args.Length} given)");
            if (args[0] is not PyStr) throw Ops.TypeError($"note must be a str, not '{args[0].Type.TpName}'");
            if (!self.TryGetAttr("__notes__", out var notes))
            {
                notes = new PyList();
                self.SetAttr("__notes__", notes);
            }
            if (notes is not PyList list) throw Ops.TypeError("Cannot add note: __notes__ is not a list");
            list.Append(args[0]);
            return PyNone.Instance;
        });
        t.Dict["with_traceback"] = new PyMethodDescriptor(t, "with_traceback", static (self, args, kw) =>
        {
            if (args.Length != 1) throw Ops.TypeError($"BaseException.with_traceback() takes exactly one argument ({args.Length} given)");
            if (self is PyBaseException e) PyTraceback.Assign(e, args[0]);
            return self;
        });
        Builtins.Add(t);
        return t;
    }

    public static PyBaseException Make(PyType type, params PyObject[] args)
    {
        var e = new PyBaseException(type) { Args = new PyTuple(args) };
        return e;
    }

    public static PyBaseException Make(PyType type, string message) => Make(type, new PyObject[] { new PyStr(message) });
}

/// <summary>Source lines of the files programs run from, for traceback text.</summary>
public static class SourceLines
{
    private static readonly Dictionary<string, string[]> s_files = new();

    public static void Register(string filename, string text) =>
        s_files[filename] = text.Split('\n');

    public static string? Line(string filename, int line)
    {
        if (!s_files.TryGetValue(filename, out var lines))
        {
            try { lines = File.ReadAllText(filename).Split('\n'); }
            catch (IOException) { return null; }
            catch (UnauthorizedAccessException) { return null; }
            s_files[filename] = lines;
        }
        return line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : null;
    }
}
