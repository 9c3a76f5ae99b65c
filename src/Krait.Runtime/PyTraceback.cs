using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>A traceback object (exc.__traceback__): one printed frame of an exception's traceback, outermost
/// first through tb_next. Made on demand from the entries the exception collected while unwinding; tb_frame
/// is a snapshot of that frame's code and line (Krait keeps no live frame objects for finished calls).</summary>
public sealed class PyTraceback : PyObject
{
    public static readonly PyType TracebackType = new("traceback", new[] { PyType.ObjectType });
    public static readonly PyType FrameType = new("frame", new[] { PyType.ObjectType });
    public static readonly PyType CodeType = new("code", new[] { PyType.ObjectType });

    private static readonly ConditionalWeakTable<PyBaseException, Chain> s_chains = new();

    private sealed class Chain(int count, PyTraceback? head)
    {
        public readonly int Count = count;
        public readonly PyTraceback? Head = head;
    }

    public readonly FunctionCode Code;
    public readonly string Name;
    public readonly int Position;
    public PyTraceback? Next;

    private PyTraceback(FunctionCode code, string name, int position) { Code = code; Name = name; Position = position; }

    public int Line => Code.LineAt(Position);

    /// <summary>exc.__traceback__: the chain for the exception's entries so far, None when it has none. The
    /// same objects come back while the exception has not unwound further.</summary>
    public static PyObject Of(PyBaseException e)
    {
        if (e.Traceback.Count == 0) return PyNone.Instance;
        if (s_chains.TryGetValue(e, out var c) && c.Count == e.Traceback.Count) return (PyObject?)c.Head ?? PyNone.Instance;
        PyTraceback? head = null, tail = null;
        foreach (var (code, name, position) in TracebackPrinter.FrameList(e.Traceback))
        {
            var tb = new PyTraceback(code, name, position);
            if (tail == null) head = tb; else tail.Next = tb;
            tail = tb;
        }
        s_chains.AddOrUpdate(e, new Chain(e.Traceback.Count, head));
        return (PyObject?)head ?? PyNone.Instance;
    }

    public override PyType Type => TracebackType;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "tb_next": value = (PyObject?)Next ?? PyNone.Instance; return true;
            case "tb_lineno": value = PyInt.Get(Line); return true;
            case "tb_lasti": value = PyInt.Get(-1); return true;
            case "tb_frame": value = new FrameSnapshot(this); return true;
            // The caret line CPython's traceback module draws under the source line (Krait's own traceback.py).
            case "_krait_carets":
                value = TracebackPrinter.CaretLine(Code, Position, Line) is { } s ? new PyStr(s) : PyNone.Instance;
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    private sealed class FrameSnapshot(PyTraceback tb) : PyObject
    {
        public override PyType Type => FrameType;
        public override string Repr() => $"<frame at 0x{Ops.Id(this):x}, file '{tb.Code.Filename}', line {tb.Line}, code {tb.Name}>";

        public override bool TryGetAttr(string name, out PyObject value)
        {
            switch (name)
            {
                case "f_code": value = new CodeSnapshot(tb.Code, tb.Name); return true;
                case "f_lineno": value = PyInt.Get(tb.Line); return true;
                case "f_lasti": value = PyInt.Get(-1); return true;
                case "f_back": value = PyNone.Instance; return true;
                case "f_globals": case "f_locals": value = new PyDict(); return true;
                case "f_builtins": value = new PyDict(); return true;
            }
            return base.TryGetAttr(name, out value);
        }
    }

    private sealed class CodeSnapshot(FunctionCode code, string name) : PyObject
    {
        public override PyType Type => CodeType;
        public override string Repr() => $"<code object {name} at 0x{Ops.Id(this):x}, file \"{code.Filename}\", line {code.FirstLine}>";

        public override bool TryGetAttr(string attr, out PyObject value)
        {
            switch (attr)
            {
                case "co_filename": value = new PyStr(code.Filename); return true;
                case "co_name": value = new PyStr(name); return true;
                case "co_qualname": value = new PyStr(name == code.Name ? code.QualName : name); return true;
                case "co_firstlineno": value = PyInt.Get(code.FirstLine); return true;
            }
            return base.TryGetAttr(attr, out value);
        }
    }
}
