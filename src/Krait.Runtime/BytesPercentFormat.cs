using System.Text;

namespace Krait.Runtime;

/// <summary>printf-style <c>bytes % args</c> (PEP 461): %s/%b take bytes-like objects or __bytes__, %r/%a give
/// ascii(repr), %c an int or one byte; numeric conversions are formatted as str % does and encoded as ASCII.</summary>
public static class BytesPercentFormat
{
    public static byte[] Format(ReadOnlySpan<byte> fmt, PyObject args)
    {
        PyObject[] items;
        PyObject? mapping = null;
        if (args is PyTuple t) items = t.Items;
        else
        {
            items = new[] { args };
            if (args is PyDict || (args is PyInstance && args.Type.Lookup("__getitem__") != null && !BytesMethods.IsBuffer(args))) mapping = args;
        }
        int argi = 0;
        bool usedMapping = false;
        var o = new List<byte>(fmt.Length + 16);
        int i = 0;
        PyObject Next()
        {
            if (argi >= items.Length) throw Ops.TypeError("not enough arguments for format string");
            return items[argi++];
        }
        while (i < fmt.Length)
        {
            byte ch = fmt[i++];
            if (ch != '%') { o.Add(ch); continue; }
            if (i >= fmt.Length) throw Ops.ValueError("incomplete format");
            PyObject? keyed = null;
            if (fmt[i] == '(')
            {
                int depth = 1, j = i + 1;
                while (j < fmt.Length && depth > 0) { if (fmt[j] == '(') depth++; else if (fmt[j] == ')') depth--; j++; }
                if (depth > 0) throw Ops.ValueError("incomplete format key");
                if (mapping == null) throw Ops.TypeError("format requires a mapping");
                keyed = mapping.GetItem(new PyBytes(fmt.Slice(i + 1, j - i - 2).ToArray()));
                usedMapping = true;
                i = j;
            }
            var spec = new StringBuilder("%");
            while (i < fmt.Length && (fmt[i] == '-' || fmt[i] == '+' || fmt[i] == ' ' || fmt[i] == '#' || fmt[i] == '0')) spec.Append((char)fmt[i++]);
            int width = -1;
            bool left = spec.ToString().Contains('-');
            if (i < fmt.Length && fmt[i] == '*')
            {
                width = (int)Ops.Index(Next());
                if (width < 0) { left = true; width = -width; spec.Append('-'); }
                spec.Append(width);
                i++;
            }
            else
            {
                int st = i;
                while (i < fmt.Length && fmt[i] >= '0' && fmt[i] <= '9') i++;
                if (i > st) { width = int.Parse(Encoding.ASCII.GetString(fmt[st..i])); spec.Append(width); }
            }
            int prec = -1;
            if (i < fmt.Length && fmt[i] == '.')
            {
                i++;
                spec.Append('.');
                if (i < fmt.Length && fmt[i] == '*') { prec = (int)Ops.Index(Next()); i++; }
                else
                {
                    int st = i;
                    while (i < fmt.Length && fmt[i] >= '0' && fmt[i] <= '9') i++;
                    prec = i > st ? int.Parse(Encoding.ASCII.GetString(fmt[st..i])) : 0;
                }
                spec.Append(prec);
            }
            while (i < fmt.Length && (fmt[i] == 'l' || fmt[i] == 'h' || fmt[i] == 'L')) i++;
            if (i >= fmt.Length) throw Ops.ValueError("incomplete format");
            char conv = (char)fmt[i++];
            if (conv == '%') { o.Add((byte)'%'); continue; }
            var arg = keyed ?? Next();
            byte[] piece;
            switch (conv)
            {
                case 's': case 'b':
                    if (BytesMethods.IsBuffer(arg)) piece = BytesMethods.Buf(arg).ToArray();
                    else if (arg is PyInstance && arg.Type.Lookup("__bytes__") is { } bm && bm.Call1(arg) is PyBytes bb) piece = bb.Value;
                    else throw Ops.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{arg.Type.TpName}'");
                    if (prec >= 0 && prec < piece.Length) piece = piece[..prec];
                    break;
                case 'r': case 'a':
                    piece = Encoding.ASCII.GetBytes(Builtins.Ascii(arg.Repr()));
                    if (prec >= 0 && prec < piece.Length) piece = piece[..prec];
                    break;
                case 'c':
                    if (BytesMethods.IsBuffer(arg))
                    {
                        var cb = BytesMethods.Buf(arg);
                        if (cb.Length != 1) throw Ops.TypeError("%c requires an integer in range(256) or a single byte");
                        piece = cb.ToArray();
                    }
                    else if (Ops.IsIntLike(arg) || arg.Type.Lookup("__index__") != null)
                    {
                        var v = Ops.ToBig(Ops.IsIntLike(arg) ? arg : Builtins.IntOf(arg));
                        if (v.Sign < 0 || v > 255) throw Ops.OverflowError("%c arg not in range(256)");
                        piece = new[] { (byte)v };
                    }
                    else throw Ops.TypeError("%c requires an integer in range(256) or a single byte");
                    break;
                default:
                    if ("diuoxXeEfFgG".IndexOf(conv) < 0)
                        throw Ops.ValueError($"unsupported format character '{conv}' (0x{(int)conv:x}) at index {i - 1}");
                    spec.Append(conv);
                    piece = Encoding.ASCII.GetBytes(StrPercentFormat.Format(spec.ToString(), new PyTuple(new[] { arg })));
                    o.AddRange(piece);
                    continue;
            }
            int pad = width - piece.Length;
            if (pad > 0 && !left) for (int p = 0; p < pad; p++) o.Add((byte)' ');
            o.AddRange(piece);
            if (pad > 0 && left) for (int p = 0; p < pad; p++) o.Add((byte)' ');
        }
        if (argi < items.Length && !usedMapping && mapping == null)
            throw Ops.TypeError("not all arguments converted during bytes formatting");
        return o.ToArray();
    }
}
