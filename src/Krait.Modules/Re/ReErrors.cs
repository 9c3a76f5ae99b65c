using Krait.Runtime;

namespace Krait.Modules.Re;

/// <summary>re.error: an Exception subclass with msg, pattern, pos, lineno and colno; its text appends
/// "at position N" (and the line and column when the pattern has several lines).</summary>
internal static class ReErrors
{
    public static readonly PyType ErrorType = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("error", new[] { ExceptionTypes.Exception }) { Module = "re", WrittenInC = false };
        t.Constructor = (args, kw) =>
        {
            var e = new PyBaseException(t);
            Init(e, args, kw);
            return e;
        };
        t.Dict["__init__"] = new PyMethodDescriptor(t, "__init__", static (self, args, kw) =>
        {
            Init((PyBaseException)self, args, kw);
            return PyNone.Instance;
        });
        return t;
    }

    private static void Init(PyBaseException self, PyObject[] args, string[]? kw)
    {
        {
            PyObject msg = PyNone.Instance, pattern = PyNone.Instance, pos = PyNone.Instance;
            int npos = kw == null ? args.Length : args.Length - kw.Length;
            if (npos > 0) msg = args[0];
            if (npos > 1) pattern = args[1];
            if (npos > 2) pos = args[2];
            if (npos > 3) throw Ops.TypeError($"error() takes from 2 to 4 positional arguments but {npos + 1} were given");
            if (kw != null)
                for (int i = 0; i < kw.Length; i++)
                {
                    var v = args[npos + i];
                    switch (kw[i])
                    {
                        case "msg": msg = v; break;
                        case "pattern": pattern = v; break;
                        case "pos": pos = v; break;
                        default: throw Ops.TypeError($"error.__init__() got an unexpected keyword argument '{kw[i]}'");
                    }
                }
            Fill(self, msg, pattern, pos);
        }
    }

    private static void Fill(PyBaseException e, PyObject msg, PyObject pattern, PyObject pos)
    {
        string text = Ops.Str(msg);
        PyObject lineno = PyNone.Instance, colno = PyNone.Instance;
        if (pos != PyNone.Instance && pattern != PyNone.Instance)
        {
            long p = Ops.Index(pos);
            int line = 1, lastNl = -1;
            if (pattern is PyStr ps)
            {
                var cps = ps.CodePoints();
                for (int i = 0; i < p && i < cps.Length; i++) if (cps[i] == '\n') { line++; lastNl = i; }
            }
            else if (pattern is PyBytes pb)
            {
                for (int i = 0; i < p && i < pb.Value.Length; i++) if (pb.Value[i] == '\n') { line++; lastNl = i; }
            }
            long col = p - lastNl;
            text += $" at position {p}";
            bool multiline = pattern is PyStr s2 ? s2.Value.Contains('\n') : pattern is PyBytes b2 && Array.IndexOf(b2.Value, (byte)'\n') >= 0;
            if (multiline) text += $" (line {line}, column {col})";
            lineno = PyInt.Get(line);
            colno = PyInt.Get(col);
        }
        e.Args = new PyTuple(new PyObject[] { new PyStr(text) });
        e.SetAttr("msg", msg);
        e.SetAttr("pattern", pattern);
        e.SetAttr("pos", pos);
        e.SetAttr("lineno", lineno);
        e.SetAttr("colno", colno);
    }

    public static PythonException Error(string msg, PyObject pattern, int? pos)
    {
        var e = new PyBaseException(ErrorType);
        Fill(e, new PyStr(msg), pattern, pos.HasValue ? PyInt.Get(pos.Value) : PyNone.Instance);
        return new PythonException(e);
    }
}
