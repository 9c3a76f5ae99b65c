using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>A traceback object (exc.__traceback__): one printed frame of an exception's traceback, outermost
/// first through tb_next. Made on demand from the entries the exception collected while unwinding; tb_frame
/// is a snapshot of that frame's code and line (Krait keeps no live frame objects for finished calls).</summary>
public sealed class PyTraceback : PyObject
{
    public static readonly PyType TracebackType = MakeType();
    public static PyType FrameType => GeneratorFrame.FrameType;
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
    private readonly FrameSnapshot _frame;
    /// <summary>For a traceback made by TracebackType(...): the frame and lasti it was given.</summary>
    private readonly PyObject? _givenFrame;
    private readonly int _lasti = -1, _givenLine;

    private PyTraceback(FunctionCode code, PyObject frame, int lasti, int line, PyTraceback? next)
    {
        // Position 0 is "a plain line number" to the printers; the given line is kept apart (it may be anything).
        Code = code; Name = code.Name; Position = 0; Next = next;
        _givenLine = line;
        _frame = new FrameSnapshot(this, null, null);
        _givenFrame = frame;
        _lasti = lasti;
    }

    private static PyType MakeType()
    {
        var t = new PyType("traceback", new[] { PyType.ObjectType });
        t.Constructor = Construct;
        return t;
    }

    /// <summary>types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno), with CPython's checks.</summary>
    private static PyObject Construct(PyObject[] args, string[]? kwnames)
    {
        string[] names = { "tb_next", "tb_frame", "tb_lasti", "tb_lineno" };
        int nkw = kwnames?.Length ?? 0, npos = args.Length - nkw;
        if (npos > 4) throw Ops.TypeError($"TracebackType() takes at most 4 arguments ({args.Length} given)");
        var v = new PyObject?[4];
        Array.Copy(args, v, npos);
        for (int i = 0; i < nkw; i++)
        {
            int at = Array.IndexOf(names, kwnames![i]);
            if (at < 0) throw Ops.TypeError($"TracebackType() got an unexpected keyword argument '{kwnames[i]}'");
            if (v[at] != null) throw Ops.TypeError($"argument for TracebackType() given by name ('{kwnames[i]}') and position ({at + 1})");
            v[at] = args[npos + i];
        }
        for (int i = 0; i < 4; i++)
            if (v[i] == null) throw Ops.TypeError($"TracebackType() missing required argument '{names[i]}' (pos {i + 1})");
        if (v[0] is not PyNone && v[0] is not PyTraceback)
            throw Ops.TypeError($"expected traceback object or None, got '{v[0]!.Type.TpName}'");
        var frame = v[1]!;
        if (frame.Type != FrameType) throw Ops.TypeError($"TracebackType() argument 'tb_frame' must be frame, not {frame.Type.TpName}");
        long lasti = Ops.Index(v[2]!), lineno = Ops.Index(v[3]!);
        if (lasti < int.MinValue || lasti > int.MaxValue || lineno < int.MinValue || lineno > int.MaxValue)
            throw Ops.Error(ExceptionTypes.OverflowError, "Python int too large to convert to C int");
        var code = frame switch
        {
            PyFrame f => f.Code,
            FrameSnapshot fs => fs.Code,
            _ => frame.GetAttr("f_code") is PyCode { Function: { } fc } ? fc
                : throw Ops.TypeError("TracebackType() argument 'tb_frame' must be frame, not " + frame.Type.Name),
        };
        return new PyTraceback(code, frame, (int)lasti, (int)lineno, v[0] as PyTraceback);
    }

    private PyTraceback(FunctionCode code, string name, int position, PyObject?[]? locals, FrameSnapshot? back)
    {
        Code = code; Name = name; Position = position;
        _frame = new FrameSnapshot(this, locals, back);
    }

    public int Line => _givenFrame != null ? _givenLine : Code.LineAt(Position);

    /// <summary>exc.__traceback__: the chain for the exception's entries so far, None when it has none. The
    /// same objects come back while the exception has not unwound further; entries added since (outer frames
    /// of a re-raise) go in front of the chain it had, so edits of tb_next and an assigned __traceback__ stay.</summary>
    public static PyObject Of(PyBaseException e)
    {
        int n = e.Traceback.Count;
        s_chains.TryGetValue(e, out var c);
        if (c != null && c.Count == n) return (PyObject?)c.Head ?? PyNone.Instance;
        if (n == 0) return PyNone.Instance;
        int from = 0;
        PyTraceback? inner = null;
        if (c != null && c.Count < n) { from = c.Count; inner = c.Head; }
        var entries = from == 0 ? e.Traceback : e.Traceback.GetRange(from, n - from);
        PyTraceback? head = null, tail = null;
        foreach (var (code, name, position, locals) in TracebackPrinter.FrameList(entries))
        {
            var tb = new PyTraceback(code, name, position, locals, tail?._frame);
            if (tail == null) head = tb; else tail.Next = tb;
            tail = tb;
        }
        if (tail != null) tail.Next = inner; else head = inner;
        s_chains.AddOrUpdate(e, new Chain(n, head));
        return (PyObject?)head ?? PyNone.Instance;
    }

    /// <summary>exc.__traceback__ = tb (and exc.with_traceback(tb)): tb, or None, is the chain from now on.</summary>
    public static void Assign(PyBaseException e, PyObject value)
    {
        if (value is not PyTraceback && value is not PyNone)
            throw Ops.TypeError("__traceback__ must be a traceback or None");
        s_chains.AddOrUpdate(e, new Chain(e.Traceback.Count, value as PyTraceback));
    }

    public override void SetAttr(string name, PyObject value)
    {
        switch (name)
        {
            case "tb_next":
                if (value is PyNone) { Next = null; return; }
                if (value is not PyTraceback t) throw Ops.TypeError($"expected traceback object, got '{value.Type.TpName}'");
                for (var p = t; p != null; p = p.Next)
                    if (p == this) throw Ops.ValueError("traceback loop detected");
                Next = t;
                return;
            case "tb_frame" or "tb_lineno" or "tb_lasti":
                throw Ops.AttributeError("readonly attribute");
        }
        base.SetAttr(name, value);
    }

    public override void DelAttr(string name)
    {
        if (name == "tb_next") throw Ops.TypeError("can't delete tb_next attribute");
        base.DelAttr(name);
    }

    public override PyType Type => TracebackType;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "tb_next": value = (PyObject?)Next ?? PyNone.Instance; return true;
            case "tb_lineno": value = PyInt.Get(Line); return true;
            case "tb_lasti": value = PyInt.Get(_lasti); return true;
            case "tb_frame": value = _givenFrame ?? _frame; return true;
            // The caret line CPython's traceback module draws under the source line (Krait's own traceback.py).
            case "_krait_carets":
                value = TracebackPrinter.CaretLine(Code, Position, Line) is { } s ? new PyStr(s) : PyNone.Instance;
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    /// <summary>The frame a traceback entry stands for, as it was when the exception left it: code, line,
    /// globals, and the locals' values the frame's exception filter (or except clause) recorded; f_back is the
    /// frame of the traceback entry before it.</summary>
    private sealed class FrameSnapshot(PyTraceback tb, PyObject?[]? locals, FrameSnapshot? back) : PyObject
    {
        public FunctionCode Code => tb.Code;

        private PyDict? _locals;

        public override PyType Type => FrameType;
        public override string Repr() => $"<frame at 0x{Ops.Id(this):x}, file '{tb.Code.Filename}', line {tb.Line}, code {tb.Name}>";

        private bool IsModuleFrame => tb.Name == "<module>" && tb.Code.Name == "<module>" && tb.Code.ParamNames.Length == 0;

        private PyDict Globals => (tb.Code.Module ?? Builtins.Module).Dict;

        /// <summary>CPython's f_locals: one dict per frame (the module dict for a module frame).</summary>
        private PyDict Locals()
        {
            if (IsModuleFrame) return Globals;
            if (_locals != null) return _locals;
            var d = new PyDict();
            var names = tb.Code.FrameLocalNames;
            if (locals != null && names != null)
                for (int i = 0; i < locals.Length && i < names.Length; i++)
                    if (locals[i] is { } v) d.SetItem(new PyStr(names[i]), v);
            return _locals = d;
        }

        public override bool TryGetAttr(string name, out PyObject value)
        {
            switch (name)
            {
                case "f_code": value = tb.Name == tb.Code.Name ? PyCode.For(tb.Code) : new CodeSnapshot(tb.Code, tb.Name); return true;
                case "f_lineno": value = PyInt.Get(tb.Line); return true;
                case "f_lasti": value = PyInt.Get(-1); return true;
                case "f_back": value = (PyObject?)back ?? PyNone.Instance; return true;
                case "f_globals": value = Globals; return true;
                case "f_locals": value = Locals(); return true;
                case "f_builtins": value = Builtins.Module.Dict; return true;
                case "f_trace": value = PyNone.Instance; return true;
                case "clear": value = new PyBuiltinFunction("clear", (a, k) => PyNone.Instance) { Self = this }; return true;
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
