namespace Krait.Runtime;

/// <summary>A code object: either one made by compile() (or by exec/eval from source), the parsed, checked
/// program run later against a module's globals, or the code of a compiled function (<c>f.__code__</c>,
/// <c>frame.f_code</c>), whose names and flags the compiler describes on first use. The compiler layer installs
/// <see cref="Compiler"/>, <see cref="Runner"/> and <see cref="Describe"/>.</summary>
public sealed class PyCode : PyObject
{
    public static PyType CodeType => GeneratorCode.CodeType;

    /// <summary>(source, filename, mode) to a code object; raises SyntaxError.</summary>
    public static Func<string, string, string, PyCode>? Compiler;
    /// <summary>(source bytes, filename, mode) to a code object: the bytes decoded as CPython decodes source
    /// (BOM, coding declaration; invalid UTF-8 is a SyntaxError where the tokenizer meets it).</summary>
    public static Func<byte[], string, string, PyCode>? BytesCompiler;
    /// <summary>Runs a code object with a module as its globals and, if not null, a mapping as its locals;
    /// the value for 'eval' mode, else None.</summary>
    public static Func<PyCode, PyModule, PyObject?, PyObject>? Runner;
    /// <summary>The names and flags of a compiled function's code (from its symbol table).</summary>
    public static Func<FunctionCode, CodeNames>? Describe;

    // CPython's co_flags bits (3.11 has no CO_NOFREE).
    public const int Optimized = 0x1, NewLocals = 0x2, VarArgs = 0x4, VarKeywords = 0x8, Nested = 0x10,
        Generator = 0x20, Coroutine = 0x80, AsyncGenerator = 0x200;

    public readonly string Filename, Mode;
    public readonly object? State;
    /// <summary>The function code this object describes, or null for compile()'s code.</summary>
    public readonly FunctionCode? Function;
    /// <summary>Fields changed by <c>replace()</c>, read before the function's own.</summary>
    private readonly Dictionary<string, PyObject>? _replaced;
    private CodeNames? _names;

    /// <summary>compile()'s optimize argument: -1 for the interpreter's level (sys.flags.optimize).</summary>
    public int Optimize = -1;

    public PyCode(string filename, string mode, object state) { Filename = filename; Mode = mode; State = state; }

    private PyCode(FunctionCode code, Dictionary<string, PyObject>? replaced)
    {
        Function = code; Filename = code.Filename; Mode = "exec"; _replaced = replaced;
    }

    /// <summary>The code object of a compiled function (one per FunctionCode, so <c>f.__code__ is f.__code__</c>).</summary>
    public static PyCode For(FunctionCode code) => code.CodeObject ??= new PyCode(code, null);

    public override PyType Type => CodeType;

    private string Name => Function?.Name ?? "<module>";
    private int FirstLine => Function?.FirstLine ?? 1;

    public override string Repr() =>
        $"<code object {Str("co_name")} at 0x{Ops.Id(this):x}, file \"{Str("co_filename")}\", line {Attr("co_firstlineno").Repr()}>";

    private string Str(string field) => Attr(field) is PyStr s ? s.Value : Attr(field).Repr();

    private PyObject Attr(string field) => TryGetAttr(field, out var v) ? v : PyNone.Instance;

    private CodeNames Names => _names ??= Function != null && Describe != null ? Describe(Function) : CodeNames.Empty;

    private static PyTuple Strs(string[] names)
    {
        var items = new PyObject[names.Length];
        for (int i = 0; i < names.Length; i++) items[i] = new PyStr(names[i]);
        return new PyTuple(items);
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (_replaced != null && _replaced.TryGetValue(name, out value!)) return true;
        var f = Function;
        switch (name)
        {
            case "co_filename": value = new PyStr(Filename); return true;
            case "co_name": value = new PyStr(Name); return true;
            case "co_qualname": value = new PyStr(f?.QualName ?? "<module>"); return true;
            case "co_firstlineno": value = PyInt.Get(FirstLine); return true;
            case "co_argcount": value = PyInt.Get(f?.PosCount ?? 0); return true;
            case "co_posonlyargcount": value = PyInt.Get(f?.PosOnlyCount ?? 0); return true;
            case "co_kwonlyargcount": value = PyInt.Get(f?.KwOnlyCount ?? 0); return true;
            case "co_varnames": value = Strs(Names.VarNames); return true;
            case "co_nlocals": value = PyInt.Get(Names.VarNames.Length); return true;
            case "co_cellvars": value = Strs(Names.CellVars); return true;
            case "co_freevars": value = Strs(Names.FreeVars); return true;
            case "co_names": value = Strs(Names.GlobalNames); return true;
            case "co_flags": value = PyInt.Get(Names.Flags); return true;
            case "co_consts":
                value = new PyTuple(new PyObject[] { f?.Doc is { } doc ? new PyStr(doc) : PyNone.Instance });
                return true;
            case "co_stacksize": value = PyInt.Get(8); return true;
            // No bytecode exists: the byte strings are empty.
            case "co_code": case "co_lnotab": case "co_linetable": case "co_exceptiontable":
                value = new PyBytes(Array.Empty<byte>()); return true;
            case "replace": value = new PyBuiltinFunction("replace", Replace) { Self = this }; return true;
            case "co_lines":
                value = new PyBuiltinFunction("co_lines", (a, k) => new PyList(Array.Empty<PyObject>()).Iter()) { Self = this };
                return true;
            case "co_positions":
                // One entry of unknown positions, for instruction 0 (every frame's f_lasti): inspect.getframeinfo
                // reads it and then takes the frame's f_lineno.
                value = new PyBuiltinFunction("co_positions", (a, k) =>
                {
                    var none = PyNone.Instance;
                    return new PyList(new PyObject[] { new PyTuple(new PyObject[] { none, none, none, none }) }).Iter();
                }) { Self = this };
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    private static readonly HashSet<string> s_replaceable = new(StringComparer.Ordinal)
    {
        "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
        "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
        "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable",
    };

    /// <summary>code.replace(**fields): a copy with those fields changed (keyword arguments only).</summary>
    private PyObject Replace(PyObject[] a, string[]? k)
    {
        int nkw = k?.Length ?? 0;
        if (a.Length - nkw > 0) throw Ops.TypeError($"replace() takes no positional arguments");
        if (Function == null) throw Ops.NotImplemented("replace() on a code object made by compile()");
        var fields = _replaced != null ? new Dictionary<string, PyObject>(_replaced) : new Dictionary<string, PyObject>();
        for (int i = 0; i < nkw; i++)
        {
            string n = k![i];
            if (!s_replaceable.Contains(n)) throw Ops.TypeError($"'{n}' is an invalid keyword argument for replace()");
            fields[n] = a[a.Length - nkw + i];
        }
        return new PyCode(Function, fields);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyCode o) return PyNotImplemented.Instance;
        bool eq = ReferenceEquals(this, o) || (Function != null && ReferenceEquals(Function, o.Function) && _replaced == null && o._replaced == null);
        return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
    }

    public override long Hash() => Function != null ? System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Function) : Ops.Id(this);
}

/// <summary>What the symbol table says about a code object: co_varnames, co_cellvars, co_freevars,
/// co_names and co_flags.</summary>
public sealed class CodeNames
{
    public static readonly CodeNames Empty = new(Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), 0);
    public readonly string[] VarNames, CellVars, FreeVars, GlobalNames;
    public readonly int Flags;
    public CodeNames(string[] varNames, string[] cellVars, string[] freeVars, string[] globalNames, int flags)
    {
        VarNames = varNames; CellVars = cellVars; FreeVars = freeVars; GlobalNames = globalNames; Flags = flags;
    }
}
