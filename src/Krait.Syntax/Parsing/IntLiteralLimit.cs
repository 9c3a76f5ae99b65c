namespace Krait.Syntax.Parsing;

/// <summary>CPython 3.11 applies the int/str digit limit (<c>sys.set_int_max_str_digits</c>) to decimal int
/// literals in source too; the runtime keeps this in step with its own limit. 0 means no limit.</summary>
public static class IntLiteralLimit
{
    public static int MaxDigits = 4300;

    /// <summary>The number of decimal digits of a decimal int literal (underscores not counted) when it is over
    /// the limit, else 0. A literal of zeros only is 0 whatever its length.</summary>
    public static int DigitsOverLimit(string text)
    {
        int max = MaxDigits;
        if (max <= 0 || text.Length <= max) return 0;
        int digits = 0;
        bool nonZero = false;
        foreach (char c in text)
        {
            if (c == '_') continue;
            if (c < '0' || c > '9') return 0;   // a float, an imaginary or a prefixed literal
            digits++;
            if (c != '0') nonZero = true;
        }
        return nonZero && digits > max ? digits : 0;
    }
}
