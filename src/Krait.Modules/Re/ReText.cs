using System.Buffers;

namespace Krait.Modules.Re;

/// <summary>The subject seen as code points. Implemented by structs so the matcher is specialised per text kind.</summary>
internal interface IReText
{
    int Length { get; }
    int this[int i] { get; }
    int IndexOf(string lit, int from, int end);
    int IndexOfAny(SearchValues<char> chars, ulong[] bitmap, int from, int end);
}

/// <summary>A string without astral characters (one char per code point), or bytes widened as Latin-1.</summary>
internal readonly struct StrText : IReText
{
    public readonly string S;
    public StrText(string s) { S = s; }
    public int Length => S.Length;
    public int this[int i] => S[i];

    public int IndexOf(string lit, int from, int end)
    {
        if (end - from < lit.Length) return -1;
        int i = S.AsSpan(from, end - from).IndexOf(lit.AsSpan(), StringComparison.Ordinal);
        return i < 0 ? -1 : i + from;
    }

    public int IndexOfAny(SearchValues<char> chars, ulong[] bitmap, int from, int end)
    {
        int i = S.AsSpan(from, end - from).IndexOfAny(chars);
        return i < 0 ? -1 : i + from;
    }
}

/// <summary>A string with astral characters, as an array of code points.</summary>
internal readonly struct CpText : IReText
{
    public readonly int[] A;
    public CpText(int[] a) { A = a; }
    public int Length => A.Length;
    public int this[int i] => A[i];

    public int IndexOf(string lit, int from, int end)
    {
        int n = lit.Length;
        for (int i = from; i + n <= end; i++)
        {
            int k = 0;
            while (k < n && A[i + k] == lit[k]) k++;
            if (k == n) return i;
        }
        return -1;
    }

    public int IndexOfAny(SearchValues<char> chars, ulong[] bitmap, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            int c = A[i];
            if (c < 256 ? (bitmap[c >> 6] & (1UL << (c & 63))) != 0 : c < 0x10000 && chars.Contains((char)c)) return i;
        }
        return -1;
    }
}
