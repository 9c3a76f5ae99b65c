using System.Diagnostics;

namespace Krait.Runtime;

/// <summary>A frame object, made on demand from a walk of the .NET stack: compiled code keeps no frame chain
/// (a push and pop per call would tax every call), so <c>sys._getframe</c> and friends find the generated
/// methods on the stack, map each one's type to its <see cref="FunctionCode"/>, and take the line from the
/// IL offset of the frame's current call (<see cref="FunctionCode.LineAtIl"/>); f_lineno walks again while the
/// frame is on the stack. Locals of running function frames are not recoverable this way: their f_locals is an
/// empty dict (module frames give the module's dict, suspended generators their frame array's values, and the
/// frames of tracebacks the values recorded as the exception left them, see <see cref="PyTraceback"/>).</summary>
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

    public PyFrame(FunctionCode code, int line, PyGenerator? generator = null) { Code = code; Line = line; Generator = generator; }

    public override PyType Type => FrameType;

    private bool IsModuleFrame => Code.Name == "<module>" && Code.ParamNames.Length == 0;

    public PyDict Globals => (Code.Module ?? Builtins.Module).Dict;

    public override string Repr() =>
        $"<frame at 0x{Ops.Id(this):x}, file '{Code.Filename}', line {Line}, code {Code.Name}>";

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

    /// <summary>f_locals: one dict per frame object, refreshed on each access. A suspended generator's locals
    /// come from its frame array; the locals of a running function live in IL locals that a stack walk cannot
    /// read, so they are not available (an empty dict).</summary>
    private PyDict Locals()
    {
        var d = _locals ??= new PyDict();
        var g = Generator;
        var names = Code.FrameLocalNames;
        var slots = Code.FrameLocalSlots;
        if (g == null || names == null || slots == null) return d;
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
        var st = new StackTrace(1, false);
        int n = st.FrameCount;
        for (int i = 0; i < n; i++)
        {
            var sf = st.GetFrame(i);
            var t = sf?.GetMethod()?.DeclaringType;
            if (t == null || !TryGetCode(t, out var code)) continue;
            int il = sf!.GetILOffset();
            var f = new PyFrame(code, il < 0 ? code.FirstLine : code.LineAtIl(il));
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
