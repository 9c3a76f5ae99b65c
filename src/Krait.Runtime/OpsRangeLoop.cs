namespace Krait.Runtime;

public static partial class Ops
{
    /// <summary>For compiled <c>for x in range(...)</c> loops: the start, step and number of items when every
    /// argument is an int that fits in 64 bits and the step is not zero; false otherwise (the caller then calls
    /// range itself, which raises what CPython raises). <paramref name="b"/> and <paramref name="c"/> are null
    /// when not given.</summary>
    public static bool RangeLoopBounds(PyObject a, PyObject? b, PyObject? c, out long start, out long step, out long count)
    {
        start = 0; step = 1; count = 0;
        long stop;
        if (a is not PyInt ia) return false;
        if (b == null) stop = ia.Value;
        else
        {
            if (b is not PyInt ib) return false;
            start = ia.Value;
            stop = ib.Value;
            if (c != null)
            {
                if (c is not PyInt ic || ic.Value == 0) return false;
                step = ic.Value;
            }
        }
        // Exact for any bounds. (Not Int128: ReadyToRun cannot precompile methods that use it, so every program
        // with a range loop JIT-compiled this method and a dozen Int128 operators at start-up.)
        ulong n = PyRange.ExactLength(start, stop, step);
        if (n > long.MaxValue) return false;
        count = (long)n;
        return true;
    }

    /// <summary><c>for x in range(...)</c> in a generator (whose loop state must live in the frame): the range
    /// iterator itself, made without a range object, an argument array or a call, when <paramref name="fn"/> is
    /// the built-in range and the bounds qualify (<see cref="RangeLoopBounds"/>); null otherwise, and the caller
    /// makes the ordinary call.</summary>
    public static PyIterator? RangeLoopIterator(PyObject fn, PyObject a, PyObject? b, PyObject? c) =>
        fn == PyType.RangeType && RangeLoopBounds(a, b, c, out long start, out long step, out long count)
            ? new RangeIterator(start, step, count)
            : null;
}
