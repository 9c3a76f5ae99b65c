using System.Text;
using Krait.Runtime;

namespace Krait.Modules.Re;

/// <summary>A parsed replacement template (sub's repl, Match.expand): literal pieces and group numbers.</summary>
internal sealed class ReTemplate
{
    /// <summary>Each item is a literal (Group &lt; 0) or a group reference.</summary>
    public readonly List<(string? Lit, int Group)> Items = new();
    public bool IsLiteral => Items.Count == 0 || (Items.Count == 1 && Items[0].Group < 0);

    public static ReTemplate Parse(int[] src, bool isBytes, PyRePattern pattern, PyObject original)
    {
        var t = new ReTemplate();
        var lit = new StringBuilder();
        int i = 0;
        int n = src.Length;
        PythonException Err(string msg, int pos) => ReErrors.Error(msg, original, pos);
        void AddGroup(int index, int pos)
        {
            if (index > pattern.Groups) throw Err($"invalid group reference {index}", pos);
            if (lit.Length > 0) { t.Items.Add((lit.ToString(), -1)); lit.Clear(); }
            t.Items.Add((null, index));
        }
        while (i < n)
        {
            int c = src[i];
            if (c != '\\')
            {
                Append(lit, c);
                i++;
                continue;
            }
            if (i + 1 >= n) throw Err("bad escape (end of pattern)", n - 1);
            int e = src[i + 1];
            int tokStart = i;
            i += 2;
            if (e == 'g')
            {
                if (i >= n || src[i] != '<') throw Err("missing <", i);
                i++;
                int nameStart = i;
                var name = new StringBuilder();
                while (true)
                {
                    if (i >= n)
                    {
                        if (name.Length == 0) throw Err("missing group name", i);
                        throw Err("missing >, unterminated name", nameStart);
                    }
                    int ch = src[i];
                    if (ch == '\\' && i + 1 < n) { Append(name, ch); Append(name, src[i + 1]); i += 2; continue; }
                    if (ch == '>')
                    {
                        if (name.Length == 0) throw Err("missing group name", i);
                        i++;
                        break;
                    }
                    Append(name, ch);
                    i++;
                }
                string nm = name.ToString();
                int nameLen = i - 1 - nameStart;
                int index;
                if (ReParser.IsIdentifier(nm))
                {
                    if (!pattern.GroupIndex.TryGetValue(nm, out index))
                        throw new PythonException(ExceptionTypes.Make(ExceptionTypes.IndexError, $"unknown group name {ReParser.PyStrRepr(nm)}"));
                }
                else
                {
                    long v = 0;
                    bool ok = nm.Length > 0;
                    foreach (char ch in nm)
                    {
                        if (ch < '0' || ch > '9') { ok = false; break; }
                        v = Math.Min(v * 10 + (ch - '0'), int.MaxValue);
                    }
                    if (!ok) throw Err($"bad character in group name {ReParser.PyStrRepr(nm)}", i - nameLen - 1);
                    index = (int)v;
                }
                AddGroup(index, i - nameLen - 1);
            }
            else if (e == '0')
            {
                int v = 0;
                for (int k = 0; k < 2 && i < n && src[i] is >= '0' and <= '7'; k++) v = v * 8 + (src[i++] - '0');
                Append(lit, v & 0xFF);
            }
            else if (e is >= '0' and <= '9')
            {
                int v = e - '0';
                bool isOctal = false;
                if (i < n && src[i] is >= '0' and <= '9')
                {
                    int d2 = src[i++];
                    if (e <= '7' && d2 <= '7' && i < n && src[i] is >= '0' and <= '7')
                    {
                        int d3 = src[i++];
                        int oct = (e - '0') * 64 + (d2 - '0') * 8 + (d3 - '0');
                        if (oct > 0xFF)
                            throw Err($"octal escape value \\{(char)e}{(char)d2}{(char)d3} outside of range 0-0o377", tokStart);
                        Append(lit, oct);
                        isOctal = true;
                    }
                    else v = v * 10 + (d2 - '0');
                }
                if (!isOctal) AddGroup(v, tokStart + 1);
            }
            else
            {
                int simple = e switch
                {
                    'a' => 7, 'b' => 8, 'f' => 12, 'n' => 10, 'r' => 13, 't' => 9, 'v' => 11, '\\' => '\\', _ => -1,
                };
                if (simple >= 0) Append(lit, simple);
                else if (e < 128 && char.IsAsciiLetter((char)e))
                    throw Err("bad escape \\" + (char)e, tokStart);
                else { Append(lit, '\\'); Append(lit, e); }
            }
        }
        if (lit.Length > 0) t.Items.Add((lit.ToString(), -1));
        return t;
    }

    private static void Append(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    public void Expand(StringBuilder sb, ReSubject subj, int[] regs)
    {
        foreach (var (lit, g) in Items)
        {
            if (g < 0) sb.Append(lit);
            else
            {
                int s = regs[2 * g], e = regs[2 * g + 1];
                if (s >= 0 && e >= s) subj.AppendSlice(sb, s, e);
            }
        }
    }
}
