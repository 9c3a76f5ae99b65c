using Krait.Runtime;
using Krait.Runtime.Numerics;

namespace Krait.Cli;

/// <summary>The start-up setting of the int/str digit limit: <c>-X int_max_str_digits=N</c>, else
/// PYTHONINTMAXSTRDIGITS (unless -E/-I), as CPython 3.11; an invalid value is CPython's fatal start-up error.</summary>
internal static class IntDigitLimitOption
{
    private const string XName = "int_max_str_digits";

    public static void Apply(List<string> xOptions, bool ignoreEnvironment)
    {
        string? fromX = null;
        foreach (var x in xOptions)
        {
            if (x == XName) fromX = "";
            else if (x.StartsWith(XName + "=", StringComparison.Ordinal)) fromX = x.Substring(XName.Length + 1);
        }
        if (fromX != null) { Set(fromX, "-X int_max_str_digits"); return; }
        if (!ignoreEnvironment && Environment.GetEnvironmentVariable("PYTHONINTMAXSTRDIGITS") is { Length: > 0 } env)
            Set(env, "PYTHONINTMAXSTRDIGITS");
    }

    private static void Set(string text, string source)
    {
        // CPython accepts a plain decimal number: 0 (no limit) or at least the threshold.
        if (text.StartsWith('+')) text = text.Substring(1);
        bool valid = text.Length > 0 && text.Length <= 9;
        int n = 0;
        foreach (char c in text)
        {
            if (c < '0' || c > '9') { valid = false; break; }
            n = n * 10 + (c - '0');
        }
        if (!valid || (n != 0 && n < IntegerText.MaxStrDigitsThreshold))
        {
            Console.Error.Write($"Fatal Python error: config_init_int_max_str_digits: {source}: invalid limit; must be >= {IntegerText.MaxStrDigitsThreshold} or 0 for unlimited.\nPython runtime state: preinitialized\n\n");
            Console.Error.Flush();
            Environment.Exit(1);
        }
        IntegerText.SetMaxStrDigits(n);
        Builtins.FlagIntMaxStrDigits = n;
    }

    /// <summary>sys._xoptions: name -> value, or True for an option without '='.</summary>
    public static void SetXOptions(List<string> xOptions)
    {
        if (xOptions.Count == 0) return;
        var d = new PyDict();
        foreach (var x in xOptions)
        {
            int eq = x.IndexOf('=');
            if (eq < 0) d.SetItem(new PyStr(x), PyBool.True);
            else d.SetItem(new PyStr(x.Substring(0, eq)), new PyStr(x.Substring(eq + 1)));
        }
        Builtins.Sys.Set("_xoptions", d);
    }
}
