using Krait.Runtime;
using Krait.Syntax.Errors;

namespace Krait.Compiler;

/// <summary>Source nested too deeply is not a SyntaxError in CPython: its parser stack limit raises MemoryError
/// (no message) and its symtable's depth limit RecursionError ("maximum recursion depth exceeded during
/// compilation"). The syntax layer reports both as <see cref="PythonSyntaxError"/> with that type name.</summary>
public static class CompileLimitErrors
{
    /// <summary>The Python exception for such an error, or null for a real syntax error.</summary>
    public static PythonException? For(PythonSyntaxError e) => e.ErrorType switch
    {
        "MemoryError" => new PythonException(ExceptionTypes.Make(ExceptionTypes.MemoryError)),
        "RecursionError" => new PythonException(ExceptionTypes.Make(ExceptionTypes.RecursionError, e.Msg)),
        _ => null,
    };
}
