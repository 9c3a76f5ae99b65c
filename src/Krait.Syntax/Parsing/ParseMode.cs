namespace Krait.Syntax.Parsing;

/// <summary>The modes of CPython's <c>compile()</c>: a module, one expression, one interactive statement,
/// or a function type comment.</summary>
public enum ParseMode { Exec, Eval, Single, FuncType }
