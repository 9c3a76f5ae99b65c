using System.Text;

namespace Krait.Runtime;

/// <summary>Case conversions of all-ASCII strings (the common case): one vectorized check, then one pass
/// straight into the result, which is known to hold no astral characters. Other strings take the Unicode
/// paths in StrMethods.cs.</summary>
public static partial class StrMethods
{
    private enum AsciiCase { Upper, Lower, Capitalize, Title, SwapCase }

    private static PyStr CaseConvert(PyObject self, AsciiCase mode)
    {
        var s = S(self);
        if (!Ascii.IsValid(s.AsSpan()))
        {
            return new PyStr(mode switch
            {
                AsciiCase.Upper => Upper(s),
                AsciiCase.Lower => Lower(s),
                AsciiCase.Capitalize => Capitalize(s),
                AsciiCase.Title => Title(s),
                _ => SwapCase(s),
            });
        }
        if (s.Length == 0) return PyStr.Empty;
        var result = string.Create(s.Length, (s, mode), static (dst, st) =>
        {
            var src = st.s.AsSpan();
            switch (st.mode)
            {
                case AsciiCase.Upper: Ascii.ToUpper(src, dst, out _); break;
                case AsciiCase.Lower: Ascii.ToLower(src, dst, out _); break;
                case AsciiCase.Capitalize:
                    Ascii.ToLower(src, dst, out _);
                    dst[0] = AsciiUpper(src[0]);
                    break;
                case AsciiCase.Title:
                    bool prevCased = false;
                    for (int i = 0; i < src.Length; i++)
                    {
                        char c = src[i];
                        bool letter = (uint)((c | 0x20) - 'a') <= 'z' - 'a';
                        dst[i] = !letter ? c : prevCased ? (char)(c | 0x20) : AsciiUpper(c);
                        prevCased = letter;
                    }
                    break;
                default:
                    for (int i = 0; i < src.Length; i++)
                    {
                        char c = src[i];
                        dst[i] = (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? (char)(c ^ 0x20) : c;
                    }
                    break;
            }
        });
        return new PyStr(result, false);
    }

    private static char AsciiUpper(char c) => (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - 32) : c;
}
