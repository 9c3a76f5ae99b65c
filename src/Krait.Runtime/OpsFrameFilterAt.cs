using System.Runtime.CompilerServices;

namespace Krait.Runtime;

public static partial class Ops
{
    /// <summary><see cref="FrameFilter"/> taking the position local by reference, for the filter of a long
    /// compiled function (with <see cref="ReadLocal"/> for its Python locals). Why: every local the filter reads
    /// is live into the handler of the function-wide try region, and the JIT's SSA construction adds a phi
    /// argument per block of the region to each such local's handler phi, searching the list each time: work
    /// that grows with blocks^2 x locals. dicts.py's `main` (~200 operations, 40 locals) spent 0.5-1.6 s of
    /// optimizing JIT time in "SSA: rename". A local whose address is taken is not put in SSA form at all. Its
    /// stores stay one stack store each; its reads may no longer sit in registers, which is why only long
    /// functions (usually run once) are compiled this way.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int FrameFilterAt(object ex, FunctionCode code, ref int line, PyObject?[]? locals) =>
        FrameFilter(ex, code, line, locals);

    /// <summary>A local read through its address by the filter of a long function (see
    /// <see cref="FrameFilterAt"/>). Not inlined, so that the JIT sees the address escape.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? ReadLocal(ref PyObject? local) => local;

    /// <summary>A local with an unboxed shadow (FunctionCompiler.UnboxedLocals) read through the addresses of its
    /// three parts: the box, or the double boxed by its kind, or null when unbound.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? ReadShadowedLocal(ref PyObject? local, ref double value, ref int kind) =>
        local ?? (kind != 0 ? FusedArithmetic.Box(value, kind) : null);
}
