namespace Krait.Syntax.Ast;

/// <summary>The value of the <c>...</c> literal in a <see cref="Constant"/>.</summary>
public sealed class EllipsisValue
{
    public static readonly EllipsisValue Instance = new();
    private EllipsisValue() { }
    public override string ToString() => "Ellipsis";
}

/// <summary>An imaginary literal such as <c>2j</c>: a complex number with zero real part.</summary>
public readonly record struct ImaginaryValue(double Imag);

/// <summary>A str value that a .NET string cannot hold faithfully: a lone high surrogate directly followed by a
/// lone low surrogate (from escapes such as <c>'\ud800\udc00'</c>, or concatenation) is two code points to Python
/// but one astral character to UTF-16. Only such values use this type; every other str is a <see cref="string"/>.</summary>
public sealed class CodePointString
{
    public readonly int[] CodePoints;
    public CodePointString(int[] codePoints) => CodePoints = codePoints;
}
