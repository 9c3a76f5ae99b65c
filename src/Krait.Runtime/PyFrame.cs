using System.Diagnostics;

namespace Krait.Runtime;

/// <summary>A frame object, made on demand from a walk of the .NET stack: compiled code keeps no frame chain
/// (a push and pop per call would tax every call), so <c>sys._getframe</c> and friends find the generated
/// methods on the stack, map each one's type to its <see cref="FunctionCode"/>, and take the line from the
/// IL offset of the frame's current call (<see cref="FunctionCode.LineAtIl"/>); f_lineno walks again while the
/// frame is on the stack. Locals of running function frames are not recoverable from the walk itself: frames
/// compiled to publish them (<see cref="FrameLocalsRecords"/>) are matched to their record; others give an
/// empty f_locals (module frames give the module's dict, suspended generators their frame array's values, and
/// the frames of tracebacks the values recorded as the exception left them, see <see cref="PyTraceback"/>).</summary>
public sealed class PyFrame : PyObject
{
    public static PyType FrameType => GeneratorFrame.FrameType;

    public readonly FunctionCode Code;
    public readonly int Line;
    public PyFrame? Back;
    /// <summary>The generator a frame runs, if any (its gi_frame).</summary>
    public readonly PyGenerator? Generator;

    /// <summary>The frame's place counted from the outermost Python frame when it came from a stack walk
    /// (-1 otherwise): f_lineno walks again and reads the line of the frame still there.</summary>
    private int _depth = -1;
    private PyDict? _locals;
    /// <summary>What the frame published (<see cref="FrameLocalsRecords"/>): its cells, its generator or its
    /// class namespace; null when it published nothing.</summary>
    private object? _published;

    public PyFrame(FunctionCode code, int line, PyGenerator? generator = null) { Code = code; Line = line; Generator = generator; }

    public override PyType Type => FrameType;

    private bool IsModuleFrame => Code.Name == "<module>" && Code.ParamNames.Length == 0;

    public PyDict Globals => (Code.Module ?? Builtins.Module).Dict;

    public override string Repr() =>
        $"<frame at 0x{Ops.Id(this):x}, file '{Code.Filename}', line {CurrentLine()}, code {Code.Name}>";

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "f_code": value = PyCode.For(Code); return true;
            case "f_lineno": value = PyInt.Get(CurrentLine()); return true;
            case "f_back": value = (PyObject?)Back ?? PyNone.Instance; return true;
            case "f_globals": value = Globals; return true;
            case "f_builtins": value = Builtins.Module.Dict; return true;
            case "f_locals": value = IsModuleFrame ? Globals : Locals(); return true;
            case "f_lasti": value = PyInt.Get(0); return true;
            case "f_trace": value = PyNone.Instance; return true;
            case "f_trace_lines": value = PyBool.True; return true;
            case "f_trace_opcodes": value = PyBool.False; return true;
            case "clear": value = new PyBuiltinFunction("clear", (a, k) => PyNone.Instance) { Self = this }; return true;
        }
        return base.TryGetAttr(name, out value);
    }

    /// <summary>The line now: a frame still on the stack (the same code at the same depth) is where it is now.</summary>
    private int CurrentLine()
    {
        if (_depth < 0) return Line;
        var frames = Walk();
        int i = frames.Count - 1 - _depth;
        return i >= 0 && frames[i].Code == Code ? frames[i].Line : Line;
    }

    /// <summary>f_locals: one dict per frame object, refreshed on each access (as CPython's PyFrame_FastToLocals).
    /// Published cells and a generator's frame array give the current values; a class body's namespace is
    /// itself the answer. A running function frame that published nothing gives an empty dict, and from then on
    /// functions are compiled to publish (<see cref="FrameLocalsRecords.Wanted"/>).</summary>
    private PyObject Locals()
    {
        var published = _published;
        if (published is PyObject ns and not PyGenerator) return ns;
        var d = _locals ??= new PyDict();
        var names = Code.FrameLocalNames;
        if (published is PyCell[] cells && names != null)
        {
            for (int i = 0; i < names.Length && i < cells.Length; i++)
            {
                var v = cells[i]?.Value;
                var key = new PyStr(names[i]);
                if (v != null) d.SetItem(key, v);
                else d.Table.Remove(key, out _);
            }
            return d;
        }
        var g = Generator ?? published as PyGenerator;
        var slots = Code.FrameLocalSlots;
        if (g == null || names == null || slots == null)
        {
            if (_depth >= 0) FrameLocalsRecords.Wanted = true;
            return d;
        }
        for (int i = 0; i < names.Length; i++)
        {
            int slot = slots[i];
            PyObject? v;
            if (slot >= 0) v = slot < g.Frame.Length ? g.Frame[slot] : null;
            else v = g.Function.Closure is { } cl && -slot - 1 < cl.Length ? cl[-slot - 1] : null;
            if (v is PyCell c) v = c.Value;
            var key = new PyStr(names[i]);
            if (v != null) d.SetItem(key, v);
            else d.Table.Remove(key, out _);
        }
        return d;
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (name is "f_trace" or "f_trace_lines" or "f_trace_opcodes") return;
        base.SetAttr(name, value);
    }

    // ---- the stack walk ----
    // A locked Dictionary rather than ConcurrentDictionary: the first function compiled would otherwise load
    // System.Collections.Concurrent at every start-up.
    private static readonly Dictionary<Type, FunctionCode> s_codes = new();

    /// <summary>Called by the compiler for each generated type: its methods run <paramref name="code"/>.</summary>
    public static void Register(Type generated, FunctionCode code)
    {
        lock (s_codes) s_codes[generated] = code;
    }

    private static bool TryGetCode(Type t, out FunctionCode code)
    {
        lock (s_codes) return s_codes.TryGetValue(t, out code!);
    }

    /// <summary>The Python frames on the stack, innermost first, each linked to the next by f_back.</summary>
    public static List<PyFrame> Walk()
    {
        var frames = new List<PyFrame>();
        // depth - entered: the call depth a frame had at most (its record's depth, FrameLocalsRecords.Find).
        int depth = Ops.Depth, cursor = -1, entered = 0;
        var delegating = PyGenerator.Delegating;
        var st = new StackTrace(1, false);
        int n = st.FrameCount;
        for (int i = 0; i < n; i++)
        {
            var sf = st.GetFrame(i);
            var method = sf?.GetMethod();
            if (method == PyGenerator.StepDelegateMethod && delegating != null)
            {
                // A generator suspended in `yield from` whose delegate is being stepped directly: its body is
                // not running, so its frame is made here (its line is not known: the def line).
                var dg = delegating;
                delegating = dg._outerDelegating;
                var df = new PyFrame(dg.Function.Code, dg.Function.Code.FirstLine, dg);
                if (frames.Count > 0) frames[^1].Back = df;
                frames.Add(df);
                continue;
            }
            var t = method?.DeclaringType;
            if (t == null || !TryGetCode(t, out var code)) continue;
            int il = sf!.GetILOffset();
            var f = new PyFrame(code, il < 0 ? code.FirstLine : code.LineAtIl(il));
            f._published = FrameLocalsRecords.Find(code, depth - entered++, ref cursor);
            if (frames.Count > 0) frames[^1].Back = f;
            frames.Add(f);
        }
        for (int i = 0; i < frames.Count; i++) frames[i]._depth = frames.Count - 1 - i;
        return frames;
    }

    /// <summary>sys._getframe(depth): the frame <paramref name="depth"/> calls below the innermost Python frame.</summary>
    public static PyFrame Get(int depth)
    {
        if (depth < 0) depth = 0;
        var frames = Walk();
        if (depth >= frames.Count) throw Ops.ValueError("call stack is not deep enough");
        return frames[depth];
    }

    /// <summary>The module of the innermost Python code on the stack (the caller of a builtin), or null.</summary>
    public static PyModule? CallerModule()
    {
        var st = new StackTrace(1, false);
        int n = st.FrameCount;
        for (int i = 0; i < n; i++)
        {
            var t = st.GetFrame(i)?.GetMethod()?.DeclaringType;
            if (t != null && TryGetCode(t, out var code)) return code.Module;
        }
        return null;
    }
}
