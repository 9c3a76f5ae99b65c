namespace Krait.Syntax.Ast;

/// <summary>A field of a node as CPython's <c>ast</c> module lists it; optional fields are omitted by
/// <c>ast.dump</c> when they hold None.</summary>
public readonly record struct FieldSpec(string Name, bool Optional);

/// <summary>The root of every syntax tree node. Field layout and names follow CPython 3.11's ASDL.</summary>
public abstract class Node
{
    /// <summary>The class name in CPython's <c>ast</c> module (e.g. "Tuple" for <see cref="TupleExpr"/>).</summary>
    public abstract string PythonName { get; }
    public abstract FieldSpec[] Fields { get; }
    /// <summary>Field values in <see cref="Fields"/> order (lists, nodes, enums, strings, constants).</summary>
    public abstract object?[] FieldValues();
}

/// <summary>A node with source positions. Lines are 1-based; columns are 0-based UTF-8 byte offsets, as in CPython.</summary>
public abstract class LocatedNode : Node
{
    public int Lineno;
    public int ColOffset;
    public int EndLineno;
    public int EndColOffset;

    public void SetSpan(int lineno, int colOffset, int endLineno, int endColOffset)
    {
        Lineno = lineno;
        ColOffset = colOffset;
        EndLineno = endLineno;
        EndColOffset = endColOffset;
    }
}
