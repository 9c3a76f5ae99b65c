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

    public PyBaseException(PyType type) : base(type) { }

    public override bool GenericGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "args": value = Args; return true;
            case "__cause__": value = (PyObject?)Cause ?? PyNone.Instance; return true;
            case "__context__": value = (PyObject?)Context ?? PyNone.Instance; return true;
            case "__suppress_context__": value = PyBool.Get(SuppressContext); return true;
            case "__traceback__": value = PyNone.Instance; return true;
        }
        if (base.GenericGetAttr(name, out value)) return true;
        if (Class.IsSubtypeOf(ExceptionTypes.StopIteration) && name == "value")
        {
            value = Args.Items.Length > 0 ? Args.Items[0] : PyNone.Instance;
            return true;
        }
        return false;
    }

    public override void SetAttr(string name, PyObject value)
    {
        switch (name)
        {
            case "args": Args = new PyTuple(Ops.ToArray(value)); return;
            case "__cause__": Cause = value as PyBaseException; SuppressContext = true; return;
            case "__context__": Context = value as PyBaseException; return;
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

public readonly record struct TracebackEntry(FunctionCode Code, int Line);

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
    public static readonly PyType OSError = Make("OSError", Exception);
    public static readonly PyType ReferenceError = Make("ReferenceError", Exception);
    public static readonly PyType RuntimeError = Make("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = Make("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = Make("RecursionError", RuntimeError);
    public static readonly PyType SyntaxError = Make("SyntaxError", Exception);
    public static readonly PyType IndentationError = Make("IndentationError", SyntaxError);
    public static readonly PyType TabError = Make("TabError", IndentationError);
    public static readonly PyType SystemError = Make("SystemError", Exception);
    public static readonly PyType TypeError = Make("TypeError", Exception);
    public static readonly PyType ValueError = Make("ValueError", Exception);
    public static readonly PyType UnicodeError = Make("UnicodeError", ValueError);
    public static readonly PyType Warning = Make("Warning", Exception);
    public static readonly PyType DeprecationWarning = Make("DeprecationWarning", Warning);
    public static readonly PyType UserWarning = Make("UserWarning", Warning);
    public static readonly PyType RuntimeWarning = Make("RuntimeWarning", Warning);

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

public static class TracebackPrinter
{
    /// <summary>CPython's traceback text for an uncaught exception, chained ones first.</summary>
    public static string Format(PyBaseException e)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        Append(sb, e, seen);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, PyBaseException e, HashSet<PyBaseException> seen)
    {
        seen.Add(e);
        if (e.Cause != null && !seen.Contains(e.Cause))
        {
            Append(sb, e.Cause, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (e.Context != null && !e.SuppressContext && !seen.Contains(e.Context))
        {
            Append(sb, e.Context, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (e.Traceback.Count > 0)
        {
            sb.Append("Traceback (most recent call last):\n");
            for (int i = e.Traceback.Count - 1; i >= 0; i--)
            {
                var t = e.Traceback[i];
                sb.Append("  File \"").Append(t.Code.Filename).Append("\", line ").Append(t.Line)
                  .Append(", in ").Append(t.Code.Name).Append('\n');
                var line = SourceLines.Line(t.Code.Filename, t.Line);
                if (line != null && line.Trim().Length > 0) sb.Append("    ").Append(line.Trim()).Append('\n');
            }
        }
        sb.Append(ExceptionLine(e)).Append('\n');
    }

    public static string ExceptionLine(PyBaseException e)
    {
        string name = e.Class.IsUserDefined && e.Class.Module != "builtins" && e.Class.Module != "__main__"
            ? e.Class.Module + "." + e.Class.Name : e.Class.Name;
        string msg;
        try { msg = e.Str(); }
        catch (PythonException) { msg = "<exception str() failed>"; }
        return msg.Length == 0 ? name : name + ": " + msg;
    }
}
