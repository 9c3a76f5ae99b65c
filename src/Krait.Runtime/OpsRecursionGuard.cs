using System.Runtime.CompilerServices;

namespace Krait.Runtime;

public static partial class Ops
{
    /// <summary>Counts one level of recursion inside runtime code (container comparison and the like) toward
    /// sys.getrecursionlimit(), as CPython's Py_EnterRecursiveCall does, so 100,000-deep nested containers end in
    /// RecursionError instead of a deep .NET stack. <paramref name="where"/> is CPython's suffix, e.g. " in comparison".
    /// Pair with <see cref="Leave"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void EnterNested(string where)
    {
        if (++Depth > RecursionLimit || (Depth > 200 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
            NestedTooDeep(where);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void NestedTooDeep(string where)
    {
        Depth--;
        throw Error(ExceptionTypes.RecursionError, "maximum recursion depth exceeded" + where);
    }
}
