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
