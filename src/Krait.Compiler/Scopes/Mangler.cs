namespace Krait.Compiler.Scopes;

/// <summary>Private name mangling: inside class <c>C</c>, <c>__x</c> becomes <c>_C__x</c>.</summary>
public static class Mangler
{
    public static string Mangle(string? className, string name)
    {
        if (className == null || name.Length < 2 || name[0] != '_' || name[1] != '_') return name;
        // Dunder names and dotted (import) names are left alone.
        if (name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        int start = 0;
        while (start < className.Length && className[start] == '_') start++;
        if (start == className.Length) return name;
        return string.Concat("_", className.AsSpan(start), name);
    }
}
