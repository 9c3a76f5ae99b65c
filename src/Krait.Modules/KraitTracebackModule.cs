using Krait.Runtime;

namespace Krait.Modules;

/// <summary>_krait_traceback: what lib/traceback.py needs from the runtime and cannot compute in Python — the
/// source positions a traceback entry recorded (CPython's co_positions for tb_lasti) and the caret line the
/// runtime's own printer (<see cref="TracebackPrinter"/>) draws for a range, so both print the same text.</summary>
public static class KraitTracebackModule
{
    public static PyModule Create()
    {
        var m = NativeModule.New("_krait_traceback");
        // positions(tb) -> (lineno, end_lineno, colno, end_colno); the columns are UTF-8 byte offsets, None
        // where the entry recorded only a line.
        NativeModule.Def(m, "positions", (a, k) =>
        {
            NativeArgs.Exactly("positions", a, k, 1);
            if (a[0] is not PyTraceback tb) throw Ops.TypeError($"positions() argument must be traceback, not {a[0].Type.TpName}");
            int line = tb.Line;
            var spans = tb.Code.Spans;
            int i = (-tb.Position - 1) * FunctionCode.SpanWidth;
            if (tb.Position >= 0 || i + 3 >= spans.Length || spans[i + 2] < 0 || spans[i + 3] < 0)
                return new PyTuple(new PyObject[] { PyInt.Get(line), PyInt.Get(line), PyNone.Instance, PyNone.Instance });
            return new PyTuple(new PyObject[] { PyInt.Get(spans[i]), PyInt.Get(spans[i + 1]), PyInt.Get(spans[i + 2]), PyInt.Get(spans[i + 3]) });
        });
        // caret_line(line, lineno, end_lineno, colno, end_colno) -> the indicator text under the stripped line,
        // or None when CPython draws none.
        NativeModule.Def(m, "caret_line", (a, k) =>
        {
            NativeArgs.Exactly("caret_line", a, k, 5);
            if (a[0] is not PyStr line) throw Ops.TypeError($"caret_line() argument 1 must be str, not {a[0].Type.TpName}");
            for (int j = 1; j < 5; j++)
                if (a[j] is not PyInt) return PyNone.Instance;
            string text = line.Value;
            string stripped = text.Trim();
            if (stripped.Length == 0) return PyNone.Instance;
            int Arg(int j) => (int)Math.Clamp(((PyInt)a[j]).Value, int.MinValue, int.MaxValue);
            var carets = TracebackPrinter.CaretsFor(text, stripped, Arg(1), Arg(2), Arg(3), Arg(4));
            return carets == null ? PyNone.Instance : new PyStr(carets);
        });
        // hide_frames(*functions): their frames are left out of tracebacks, as CPython shows none for
        // functions written in C (warnings.warn and warn_explicit raising for an "error" filter).
        NativeModule.Def(m, "hide_frames", (a, k) =>
        {
            if (k != null && k.Length > 0) throw Ops.TypeError("hide_frames() takes no keyword arguments");
            foreach (var f in a)
            {
                if (f is not PyFunction fn) throw Ops.TypeError($"hide_frames() arguments must be functions, not {f.Type.TpName}");
                fn.Code.HiddenInTracebacks = true;
            }
            return PyNone.Instance;
        });
        return m;
    }
}
