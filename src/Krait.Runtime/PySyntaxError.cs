namespace Krait.Runtime;

/// <summary>A SyntaxError (or IndentationError, TabError, subclass) instance. SyntaxError(msg, (filename,
/// lineno, offset, text[, end_lineno, end_offset])) gives the attributes msg, filename, lineno, offset, text,
/// end_lineno, end_offset (None when not given) and print_file_and_line, all writable; str() is
/// "msg (file, line N)" with the file's base name, as CPython's. The fields are parsed from the arguments
/// when first needed, so a subclass calling BaseException.__init__ gets them too.</summary>
public sealed class PySyntaxError : PyBaseException
{
    private static readonly string[] s_fields =
        { "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line" };

    private PyTuple? _parsedFrom;
    private readonly PyObject?[] _values = new PyObject?[8];

    public PySyntaxError(PyType type) : base(type) { }

    public static PyType Install(PyType syntaxError)
    {
        syntaxError.Allocator = static t => new PySyntaxError(t);
        syntaxError.Constructor = (args, kw) =>
        {
            if (kw != null && kw.Length > 0) throw Ops.TypeError("SyntaxError() takes no keyword arguments");
            var e = new PySyntaxError(syntaxError) { Args = new PyTuple(args) };
            e.Parse(strict: true);
            return e;
        };
        foreach (var name in s_fields)
        {
            var n = name;
            syntaxError.Dict[n] = new PyGetSetDescriptor(n, syntaxError, o => Of(o, n).GetAttr(n),
                (o, v) => Of(o, n).SetAttr(n, v ?? PyNone.Instance)) { IsMember = true };
        }
        syntaxError.Changed();
        return syntaxError;
    }

    private static PySyntaxError Of(PyObject o, string name) =>
        o as PySyntaxError ?? throw Ops.TypeError($"descriptor '{name}' for 'SyntaxError' objects doesn't apply to a '{o.Type.TpName}' object");

    /// <summary>The exception compile() and the import system raise for a compile error.</summary>
    public static PySyntaxError ForCompileError(PyType type, string msg, string filename, int lineno, int offset,
                                                string? text, int endLineno, int endOffset)
    {
        var info = new PyTuple(new PyObject[]
        {
            new PyStr(filename), PyInt.Get(lineno), PyInt.Get(offset), text == null ? PyNone.Instance : new PyStr(text),
            PyInt.Get(endLineno), PyInt.Get(endOffset),
        });
        var e = new PySyntaxError(type) { Args = new PyTuple(new PyObject[] { new PyStr(msg), info }) };
        e.Parse(strict: false);
        return e;
    }

    private void Parse(bool strict)
    {
        if (ReferenceEquals(_parsedFrom, Args)) return;
        _parsedFrom = Args;
        Array.Clear(_values);
        var a = Args.Items;
        if (a.Length >= 1) _values[0] = a[0];
        if (a.Length != 2) return;
        var info = Ops.ToArray(a[1]);
        if (info.Length < 4 || info.Length > 6)
        {
            if (!strict) return;
            throw Ops.TypeError(info.Length < 4
                ? $"function takes at least 4 arguments ({info.Length} given)"
                : $"function takes at most 6 arguments ({info.Length} given)");
        }
        for (int i = 0; i < info.Length; i++) _values[1 + i] = info[i];
    }

    private static int FieldIndex(string name)
    {
        for (int i = 0; i < s_fields.Length; i++)
            if (s_fields[i] == name) return i;
        return -1;
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        int i = FieldIndex(name);
        if (i >= 0)
        {
            Parse(strict: false);
            value = _values[i] ?? PyNone.Instance;
            return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        int i = FieldIndex(name);
        if (i >= 0)
        {
            Parse(strict: false);
            _values[i] = value;
            return;
        }
        if (name == "args")
        {
            // Assigning args keeps the fields, as in CPython where they are set once by __init__.
            Parse(strict: false);
            base.SetAttr(name, value);
            _parsedFrom = Args;
            return;
        }
        base.SetAttr(name, value);
    }

    public override string Str()
    {
        var m = Class.LookupOverride("__str__");
        if (m != null) return Ops.ExpectStr(m.Call1(this), "__str__");
        Parse(strict: false);
        string msg = Ops.Str(_values[0] ?? PyNone.Instance);
        string? file = _values[1] is PyStr f ? BaseName(f.Value) : null;
        string? line = _values[2] is PyInt n ? n.Value.ToString() : null;
        if (file != null && line != null) return $"{msg} ({file}, line {line})";
        if (file != null) return $"{msg} ({file})";
        if (line != null) return $"{msg} (line {line})";
        return msg;
    }

    private static string BaseName(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash < 0 ? path : path[(slash + 1)..];
    }
}
