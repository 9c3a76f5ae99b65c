namespace Krait.Runtime.Numerics;

/// <summary>A Python exception raised by a numeric primitive, before the object model exists to raise it: the
/// exception type's Python name (<c>ValueError</c>, <c>ZeroDivisionError</c>, <c>OverflowError</c>,
/// <c>TypeError</c>, <c>MemoryError</c>) and the message CPython 3.11 gives. The runtime maps it to the real
/// Python exception.</summary>
public sealed class NumericError : Exception
{
    public string PythonType { get; }

    public NumericError(string pythonType, string message) : base(message) => PythonType = pythonType;

    public override string ToString() => Message.Length == 0 ? PythonType : PythonType + ": " + Message;

    internal static NumericError Value(string message) => new("ValueError", message);
    internal static NumericError ZeroDivision(string message) => new("ZeroDivisionError", message);
    internal static NumericError Overflow(string message) => new("OverflowError", message);
    internal static NumericError Type(string message) => new("TypeError", message);
    internal static NumericError Memory() => new("MemoryError", "");
}
