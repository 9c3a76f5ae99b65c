namespace Krait.Runtime;

/// <summary>UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError instances: encoding, object, start,
/// end and reason (from the constructor's arguments, then settable), and str() as CPython words it from them.
/// Codec error handlers (codecs.register_error) receive these and read the attributes.</summary>
public sealed class PyUnicodeError : PyBaseException
{
    public enum Kind { Encode, Decode, Translate }

    public readonly Kind ErrorKind;
    public PyObject Encoding = PyNone.Instance, Object = PyNone.Instance, Reason = PyNone.Instance;
    public long Start, End;
    private bool _filled;

    public PyUnicodeError(PyType type, Kind kind) : base(type) { ErrorKind = kind; }

    public static PyUnicodeError Encode(string encoding, string obj, long start, long end, string reason) =>
        Make(ExceptionTypes.UnicodeEncodeError, Kind.Encode, new PyStr(encoding), new PyStr(obj), start, end, reason);

    public static PyUnicodeError Decode(string encoding, byte[] obj, long start, long end, string reason) =>
        Make(ExceptionTypes.UnicodeDecodeError, Kind.Decode, new PyStr(encoding), new PyBytes(obj), start, end, reason);

    private static PyUnicodeError Make(PyType t, Kind kind, PyObject enc, PyObject obj, long start, long end, string reason)
    {
        var e = new PyUnicodeError(t, kind) { Encoding = enc, Object = obj, Start = start, End = end, Reason = new PyStr(reason), _filled = true };
        e.Args = new PyTuple(new[] { enc, obj, PyInt.Get(start), PyInt.Get(end), e.Reason });
        return e;
    }

    /// <summary>Makes the three types build PyUnicodeError instances whose arguments are checked as CPython's.</summary>
    public static PyType Install(PyType t, Kind kind)
    {
        t.Allocator = type => new PyUnicodeError(type, kind);
        t.Dict["__init__"] = new PyMethodDescriptor(t, "__init__", (self, args, kw) =>
        {
            var e = (PyUnicodeError)self;
            var a = kw == null ? args : args[..(args.Length - kw.Length)];
            e.Args = new PyTuple(a);
            e.Fill(a);
            return PyNone.Instance;
        });
        return t;
    }

    private void Fill(PyObject[] a)
    {
        int need = ErrorKind == Kind.Translate ? 4 : 5;
        if (a.Length != need) throw Ops.TypeError($"function takes exactly {need} arguments ({a.Length} given)");
        int i = 0;
        if (ErrorKind != Kind.Translate)
        {
            if (a[0] is not PyStr) throw Ops.TypeError($"argument 1 must be str, not {a[0].Type.TpName}");
            Encoding = a[0];
            i = 1;
        }
        var obj = a[i];
        if (ErrorKind == Kind.Decode)
        {
            if (obj is PyByteArray ba) obj = new PyBytes(ba.Span.ToArray());
            else if (obj is PyMemoryView mv) obj = new PyBytes(mv.ToArray());
            else if (obj is not PyBytes) throw Ops.TypeError($"a bytes-like object is required, not '{obj.Type.TpName}'");
        }
        else if (obj is not PyStr) throw Ops.TypeError($"argument {i + 1} must be str, not {obj.Type.TpName}");
        Object = obj;
        Start = Ops.Index(a[i + 1]);
        End = Ops.Index(a[i + 2]);
        if (a[i + 3] is not PyStr) throw Ops.TypeError($"argument {i + 4} must be str, not {a[i + 3].Type.TpName}");
        Reason = a[i + 3];
        _filled = true;
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "encoding" when ErrorKind != Kind.Translate: value = Encoding; return true;
            case "object": value = Object; return true;
            case "start": value = PyInt.Get(Start); return true;
            case "end": value = PyInt.Get(End); return true;
            case "reason": value = Reason; return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        switch (name)
        {
            case "encoding" when ErrorKind != Kind.Translate: Encoding = value; return;
            case "object": Object = value; return;
            case "start": Start = Ops.Index(value); return;
            case "end": End = Ops.Index(value); return;
            case "reason": Reason = value; return;
        }
        base.SetAttr(name, value);
    }

    public override string Str()
    {
        var m = Class.LookupOverride("__str__");
        if (m != null) return Ops.ExpectStr(m.Call1(this), "__str__");
        if (!_filled) return DefaultStr();
        string reason = Ops.Str(Reason);
        string enc = Ops.Str(Encoding);
        long len = Object.Len();
        bool single = Start < len && End == Start + 1;
        switch (ErrorKind)
        {
            case Kind.Decode:
                if (single) return $"'{enc}' codec can't decode byte 0x{((PyBytes)Object).Value[Start]:x2} in position {Start}: {reason}";
                return $"'{enc}' codec can't decode bytes in position {Start}-{End - 1}: {reason}";
            case Kind.Encode:
                if (single) return $"'{enc}' codec can't encode character '{Codecs.CharEscape(CodePointAt(Start))}' in position {Start}: {reason}";
                return $"'{enc}' codec can't encode characters in position {Start}-{End - 1}: {reason}";
            default:
                if (single) return $"can't translate character '{Codecs.CharEscape(CodePointAt(Start))}' in position {Start}: {reason}";
                return $"can't translate characters in position {Start}-{End - 1}: {reason}";
        }
    }

    private int CodePointAt(long index)
    {
        var ch = ((PyStr)Ops.GetItem(Object, PyInt.Get(index))).Value;
        return ch.Length == 2 ? char.ConvertToUtf32(ch[0], ch[1]) : ch[0];
    }
}
