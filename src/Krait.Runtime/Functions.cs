namespace Krait.Runtime;

/// <summary>What a compiled Python function is, independent of the function objects made from it: its
/// parameters and its entry points. The entry for the function's parameter count is a stub until the first
/// call, which asks the compiler (through <see cref="Materialize"/>) to emit the IL.</summary>
public sealed unsafe class FunctionCode
{
    public const int MaxDirectArity = 6;

    public string Name, QualName, Filename;
    /// <summary>The docstring (a function body's first statement when it is a string literal).</summary>
    public string? Doc;
    public int FirstLine;
    /// <summary>All parameters in order: positional(-only), *args, keyword-only, **kwargs.</summary>
    public string[] ParamNames;
    public int PosOnlyCount, PosCount, KwOnlyCount;
    public bool HasVarArgs, HasKwArgs;
    /// <summary>The number of positional arguments a direct call passes, or -1 when only the general path
    /// binds this function's arguments.</summary>
    public readonly int SimpleArity;
    public int TotalParams => PosCount + (HasVarArgs ? 1 : 0) + KwOnlyCount + (HasKwArgs ? 1 : 0);

    // Entry points as managed function pointers to the generated static methods: a call through one is a
    // plain indirect call, where a delegate to a static method goes through a shuffle thunk first (and only a
    // runtime profile, which generated code does not get, would let the JIT guess the target).
    public delegate*<PyFunction, PyObject> E0;
    public delegate*<PyFunction, PyObject, PyObject> E1;
    public delegate*<PyFunction, PyObject, PyObject, PyObject> E2;
    public delegate*<PyFunction, PyObject, PyObject, PyObject, PyObject> E3;
    public delegate*<PyFunction, PyObject, PyObject, PyObject, PyObject, PyObject> E4;
    public delegate*<PyFunction, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject> E5;
    public delegate*<PyFunction, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject> E6;
    public delegate*<PyFunction, PyObject[], PyObject> EN;

    /// <summary>Emits the method and installs the real entry (set by the compiler).</summary>
    public Action<FunctionCode>? Materialize;
    public object? CompilerState;
    /// <summary>A generator whose body has try/with: a suspended one is closed when collected (Finalization).</summary>
    public bool CloseWhenCollected;
    /// <summary>Left out of printed tracebacks and tb chains: functions that stand for C code in CPython
    /// (warnings.warn raising for an "error" filter), set through _krait_traceback.hide_frames.</summary>
    public bool HiddenInTracebacks;
    /// <summary>Source spans of the operations that can raise, <see cref="SpanWidth"/> ints each: line, end
    /// line, start and end column (UTF-8 byte offsets, as in the AST), the span of the inlined comprehension
    /// it lies in (-1 if none) and that comprehension's kind (0 list, 1 set, 2 dict). A frame's current
    /// position is a line number (positive) or <c>-(index + 1)</c> for span <c>index</c>.</summary>
    public int[] Spans = Array.Empty<int>();
    public const int SpanWidth = 6;
    /// <summary>The module whose globals the code runs with; the code object made for it (once).</summary>
    public PyModule? Module;
    public PyCode? CodeObject;
    /// <summary>Pairs (IL offset, position) in offset order: where the emitted code stores each position, so a
    /// live frame's line comes from the IL offset a stack walk reports (see <see cref="PyFrame"/>).</summary>
    public int[] IlPositions = Array.Empty<int>();
    /// <summary>The names of a function's locals, cells and free variables in CPython's f_locals order: what
    /// the values a traceback entry keeps (<see cref="TracebackEntry.Locals"/>) are; set by the compiler.</summary>
    public string[]? FrameLocalNames;
    /// <summary>For a generator: the frame slot of each of <see cref="FrameLocalNames"/>, or <c>-(i + 1)</c> for
    /// free variable i (a cell of the closure).</summary>
    public int[]? FrameLocalSlots;

    /// <summary>The line a live frame stopped at, from the IL offset of its current call.</summary>
    public int LineAtIl(int ilOffset)
    {
        var map = IlPositions;
        int found = int.MinValue;
        for (int i = 0; i + 1 < map.Length && map[i] <= ilOffset; i += 2) found = map[i + 1];
        return found == int.MinValue ? FirstLine : LineAt(EnclosingComprehension(found, out _));
    }

    public int LineAt(int position)
    {
        if (position >= 0) return position;
        int i = (-position - 1) * SpanWidth;
        return i < Spans.Length ? Spans[i] : FirstLine;
    }

    /// <summary>For a position inside an inlined comprehension: the comprehension's own position and the name
    /// of the frame CPython would show ("&lt;listcomp&gt;", ...); otherwise a null name.</summary>
    public int EnclosingComprehension(int position, out string? name)
    {
        name = null;
        if (position >= 0) return position;
        int i = (-position - 1) * SpanWidth;
        if (i + 5 >= Spans.Length || Spans[i + 4] < 0) return position;
        name = Spans[i + 5] switch { 0 => "<listcomp>", 1 => "<setcomp>", _ => "<dictcomp>" };
        return -(Spans[i + 4] + 1);
    }

    public FunctionCode(string name, string qualName, string filename, int firstLine, string[] paramNames,
                        int posOnly, int pos, bool varArgs, int kwOnly, bool kwArgs)
    {
        Name = name; QualName = qualName; Filename = filename; FirstLine = firstLine;
        ParamNames = paramNames; PosOnlyCount = posOnly; PosCount = pos; HasVarArgs = varArgs;
        KwOnlyCount = kwOnly; HasKwArgs = kwArgs;
        SimpleArity = !varArgs && !kwArgs && kwOnly == 0 && pos <= MaxDirectArity ? pos : -1;
        InstallStubs();
    }

    private void InstallStubs()
    {
        switch (TotalParams)
        {
            case 0: E0 = &Stub0; break;
            case 1: E1 = &Stub1; break;
            case 2: E2 = &Stub2; break;
            case 3: E3 = &Stub3; break;
            case 4: E4 = &Stub4; break;
            case 5: E5 = &Stub5; break;
            case 6: E6 = &Stub6; break;
            default: EN = &StubN; break;
        }
    }

    /// <summary>Installs the compiled entry: <paramref name="entry"/> is the function pointer of the generated
    /// static method taking the PyFunction and one argument per parameter (or the parameter array past
    /// <see cref="MaxDirectArity"/>).</summary>
    public void InstallEntry(nint entry)
    {
        switch (TotalParams)
        {
            case 0: E0 = (delegate*<PyFunction, PyObject>)entry; break;
            case 1: E1 = (delegate*<PyFunction, PyObject, PyObject>)entry; break;
            case 2: E2 = (delegate*<PyFunction, PyObject, PyObject, PyObject>)entry; break;
            case 3: E3 = (delegate*<PyFunction, PyObject, PyObject, PyObject, PyObject>)entry; break;
            case 4: E4 = (delegate*<PyFunction, PyObject, PyObject, PyObject, PyObject, PyObject>)entry; break;
            case 5: E5 = (delegate*<PyFunction, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject>)entry; break;
            case 6: E6 = (delegate*<PyFunction, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject>)entry; break;
            default: EN = (delegate*<PyFunction, PyObject[], PyObject>)entry; break;
        }
    }

    // The entries before the first call: compile, then call the entry the compiler installed.
    private static PyObject Stub0(PyFunction f) { var c = f.Code; c.Ensure(); return c.E0(f); }
    private static PyObject Stub1(PyFunction f, PyObject a) { var c = f.Code; c.Ensure(); return c.E1(f, a); }
    private static PyObject Stub2(PyFunction f, PyObject a, PyObject b) { var c = f.Code; c.Ensure(); return c.E2(f, a, b); }
    private static PyObject Stub3(PyFunction f, PyObject a, PyObject b, PyObject d)
    { var c = f.Code; c.Ensure(); return c.E3(f, a, b, d); }
    private static PyObject Stub4(PyFunction f, PyObject a, PyObject b, PyObject d, PyObject e)
    { var c = f.Code; c.Ensure(); return c.E4(f, a, b, d, e); }
    private static PyObject Stub5(PyFunction f, PyObject a, PyObject b, PyObject d, PyObject e, PyObject g)
    { var c = f.Code; c.Ensure(); return c.E5(f, a, b, d, e, g); }
    private static PyObject Stub6(PyFunction f, PyObject a, PyObject b, PyObject d, PyObject e, PyObject g, PyObject h)
    { var c = f.Code; c.Ensure(); return c.E6(f, a, b, d, e, g, h); }
    private static PyObject StubN(PyFunction f, PyObject[] args) { var c = f.Code; c.Ensure(); return c.EN(f, args); }

    private bool _materialized, _compiling;

    /// <summary>The compiled entry method (the target of direct calls), once the code is compiled.</summary>
    public System.Reflection.MethodInfo? Entry;

    private void Ensure()
    {
        if (_materialized) return;
        if (Materialize == null) throw Ops.SystemError($"code object {Name} has no compiler");
        _compiling = true;
        try { Materialize(this); }
        finally { _compiling = false; }
        _materialized = true;
    }

    /// <summary>Compiles the code now if it is not compiled or being compiled (a caller compiling a direct
    /// call to it); false when it cannot be.</summary>
    public bool TryCompile()
    {
        if (_materialized) return Entry != null;
        if (_compiling || Materialize == null) return false;
        try { Ensure(); }
        catch (PythonException) { return false; }
        return Entry != null;
    }

    /// <summary>Calls the entry with a full parameter array (one value per parameter, in order).</summary>
    public PyObject Invoke(PyFunction f, PyObject[] p)
    {
        // The stubs compile f.Code: make sure that is this code's entry being called.
        if (!_materialized) Ensure();
        return TotalParams switch
        {
            0 => E0(f),
            1 => E1(f, p[0]),
            2 => E2(f, p[0], p[1]),
            3 => E3(f, p[0], p[1], p[2]),
            4 => E4(f, p[0], p[1], p[2], p[3]),
            5 => E5(f, p[0], p[1], p[2], p[3], p[4]),
            6 => E6(f, p[0], p[1], p[2], p[3], p[4], p[5]),
            _ => EN(f, p),
        };
    }
}

public sealed class PyCell : PyObject
{
    public PyObject? Value;
    public readonly string Name;
    /// <summary>For a module global: the builtins cell of the same name, read when this one is unbound.</summary>
    public PyCell? Builtin;
    /// <summary>For a module global: the module dict's table and the name as its key, plus the entry index
    /// last written (a hint, checked before use), so a global store also updates the live module dict.</summary>
    public HashTable? Table;
    public PyStr? Key;
    public int Index = -1;
    public PyCell(string name) { Name = name; }
    public PyCell(string name, PyObject? value) { Name = name; Value = value; }
    public override PyType Type => PyType.CellType;
    public override string Repr() => Value == null ? $"<cell at 0x{Ops.Id(this):x}: empty>"
        : $"<cell at 0x{Ops.Id(this):x}: {Value.Type.TpName} object at 0x{Ops.Id(Value):x}>";

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name == "cell_contents")
        {
            if (Value == null) throw Ops.Error(ExceptionTypes.ValueError, "Cell is empty");
            value = Value;
            return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (name == "cell_contents") { Value = value; return; }
        base.SetAttr(name, value);
    }

    public override void DelAttr(string name)
    {
        if (name == "cell_contents") { Value = null; return; }
        base.DelAttr(name);
    }
}

public sealed unsafe class PyFunction : PyObject
{
    public readonly FunctionCode Code;
    public readonly PyModule Module;
    public PyObject[]? Defaults;
    public Dictionary<string, PyObject>? KwDefaults;
    public readonly PyCell[]? Closure;
    public string Name, QualName;
    /// <summary>The function's __dict__ (attributes set on it), made on first use.</summary>
    private PyDict? _dict;
    private PyObject? _annotations;

    public PyFunction(FunctionCode code, PyModule module, PyObject[]? defaults, Dictionary<string, PyObject>? kwDefaults, PyCell[]? closure)
    {
        Code = code; Module = module; Defaults = defaults; KwDefaults = kwDefaults; Closure = closure;
        Name = code.Name; QualName = code.QualName;
    }

    public override PyType Type => PyType.FunctionType;
    public override string Repr() => $"<function {QualName} at 0x{Ops.Id(this):x}>";

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "__name__": value = new PyStr(Name); return true;
            case "__qualname__": value = new PyStr(QualName); return true;
            case "__module__": value = new PyStr(Module.Name); return true;
            case "__defaults__": value = Defaults == null ? PyNone.Instance : new PyTuple(Defaults); return true;
            case "__kwdefaults__":
            {
                if (KwDefaults == null || KwDefaults.Count == 0) { value = PyNone.Instance; return true; }
                var d = new PyDict();
                foreach (var kv in KwDefaults) d.SetItem(new PyStr(kv.Key), kv.Value);
                value = d;
                return true;
            }
            case "__code__": value = PyCode.For(Code); return true;
            case "__globals__": value = Module.Dict; return true;
            case "__builtins__": value = Builtins.Module.Dict; return true;
            case "__closure__":
                value = Closure == null || Closure.Length == 0 ? PyNone.Instance : new PyTuple(Array.ConvertAll<PyCell, PyObject>(Closure, c => c));
                return true;
            case "__get__":
                value = new PyBuiltinFunction("__get__", (a, k) => a.Length == 0 || a[0] == PyNone.Instance ? this : new PyBoundMethod(this, a[0]));
                return true;
        }
        if (_dict != null && _dict.Table.Count != 0 && _dict.TryGet(new PyStr(name)) is { } v) { value = v; return true; }
        if (name == "__doc__") { value = Code.Doc != null ? new PyStr(Code.Doc) : PyNone.Instance; return true; }
        // A function defined without annotations gets an empty dict on first use, kept from then on.
        if (name == "__annotations__") { value = _annotations ??= new PyDict(); return true; }
        if (name == "__dict__") { value = _dict ??= new PyDict(); return true; }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (name == "__name__") { Name = Ops.ExpectStr(value, "__name__"); return; }
        if (name == "__qualname__") { QualName = Ops.ExpectStr(value, "__qualname__"); return; }
        if (name == "__defaults__")
        {
            if (value == PyNone.Instance) { Defaults = null; return; }
            if (value is not PyTuple t) throw Ops.TypeError("__defaults__ must be set to a tuple object");
            Defaults = (PyObject[])t.Items.Clone();
            return;
        }
        if (name == "__kwdefaults__")
        {
            if (value == PyNone.Instance) { KwDefaults = null; return; }
            if (value is not PyDict d) throw Ops.TypeError("__kwdefaults__ must be set to a dict object");
            var kw = new Dictionary<string, PyObject>();
            foreach (var key in Ops.ToArray(d)) if (key is PyStr ks) kw[ks.Value] = d.GetItem(key);
            KwDefaults = kw;
            return;
        }
        if (name is "__code__" or "__globals__" or "__closure__" or "__builtins__")
            throw Ops.AttributeError($"readonly attribute");
        if (name == "__annotations__")
        {
            if (value != PyNone.Instance && value is not PyDict) throw Ops.TypeError("__annotations__ must be set to a dict object");
            _annotations = value == PyNone.Instance ? null : value;
            return;
        }
        if (name == "__dict__")
        {
            _dict = value as PyDict ?? throw Ops.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.TpName}'");
            return;
        }
        (_dict ??= new()).SetItem(new PyStr(name), value);
    }

    public override void DelAttr(string name)
    {
        if (name == "__annotations__") { _annotations = null; return; }
        if (_dict != null && _dict.Table.Remove(new PyStr(name), out _)) return;
        base.DelAttr(name);
    }

    public override PyObject Call0()
    {
        var c = Code;
        if (c.SimpleArity == 0) return c.E0(this);
        return CallGeneral(Array.Empty<PyObject>(), null);
    }

    public override PyObject Call1(PyObject a)
    {
        var c = Code;
        if (c.SimpleArity == 1) return c.E1(this, a);
        return CallGeneral(new[] { a }, null);
    }

    public override PyObject Call2(PyObject a, PyObject b)
    {
        var c = Code;
        if (c.SimpleArity == 2) return c.E2(this, a, b);
        return CallGeneral(new[] { a, b }, null);
    }

    public override PyObject Call3(PyObject a, PyObject b, PyObject c3)
    {
        var c = Code;
        if (c.SimpleArity == 3) return c.E3(this, a, b, c3);
        return CallGeneral(new[] { a, b, c3 }, null);
    }

    public PyObject Call4(PyObject a, PyObject b, PyObject c3, PyObject d)
    {
        var c = Code;
        if (c.SimpleArity == 4) return c.E4(this, a, b, c3, d);
        return CallGeneral(new[] { a, b, c3, d }, null);
    }

    public override PyObject Call(PyObject[] args, string[]? kwnames)
    {
        var c = Code;
        if (kwnames == null && args.Length == c.SimpleArity) return c.Invoke(this, args);
        return CallGeneral(args, kwnames);
    }

    private PyObject CallGeneral(PyObject[] args, string[]? kwnames) => Code.Invoke(this, Bind(args, kwnames));

    /// <summary>Binds call arguments to one value per parameter, with CPython's error messages.</summary>
    public PyObject[] Bind(PyObject[] args, string[]? kwnames)
    {
        var c = Code;
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        var full = new PyObject[c.TotalParams];
        int posCount = c.PosCount;
        if (npos > posCount && !c.HasVarArgs)
        {
            int ndef = Defaults?.Length ?? 0;
            string takes = ndef > 0 ? $"from {posCount - ndef} to {posCount}" : posCount.ToString();
            string plural = posCount == 1 && ndef == 0 ? "" : "s";
            int kwGiven = 0;
            for (int k = 0; k < nkw; k++)
                if (Array.IndexOf(c.ParamNames, kwnames![k], posCount) >= 0) kwGiven++;
            string given = kwGiven > 0
                ? $"{npos} positional argument{(npos == 1 ? "" : "s")} (and {kwGiven} keyword-only argument{(kwGiven == 1 ? "" : "s")}) were given"
                : $"{npos} {(npos == 1 ? "was" : "were")} given";
            throw Ops.TypeError($"{QualName}() takes {takes} positional argument{plural} but {given}");
        }
        int ncopy = Math.Min(npos, posCount);
        Array.Copy(args, full, ncopy);
        int idx = posCount;
        if (c.HasVarArgs)
        {
            var rest = npos > posCount ? args[posCount..npos] : Array.Empty<PyObject>();
            full[idx++] = new PyTuple(rest);
        }
        int kwOnlyStart = idx;
        idx += c.KwOnlyCount;
        PyDict? kwargs = null;
        if (c.HasKwArgs) full[idx] = kwargs = new PyDict();
        for (int k = 0; k < nkw; k++)
        {
            string name = kwnames![k];
            var value = args[npos + k];
            int at = -1;
            for (int p = c.PosOnlyCount; p < posCount; p++) if (c.ParamNames[p] == name) { at = p; break; }
            if (at < 0)
                for (int p = 0; p < c.KwOnlyCount; p++)
                    if (c.ParamNames[kwOnlyStart + p] == name) { at = kwOnlyStart + p; break; }
            if (at < 0)
            {
                if (kwargs != null) { kwargs.SetItem(new PyStr(name), value); continue; }
                throw UnexpectedKeyword(name, kwnames!);
            }
            if (full[at] != null) throw Ops.TypeError($"{QualName}() got multiple values for argument '{name}'");
            full[at] = value;
        }
        // Defaults for the trailing positional parameters, then report what is still missing.
        int nd = Defaults?.Length ?? 0;
        List<string>? missing = null;
        for (int p = ncopy; p < posCount; p++)
        {
            if (full[p] != null) continue;
            int di = p - (posCount - nd);
            if (di >= 0) full[p] = Defaults![di];
            else (missing ??= new()).Add(c.ParamNames[p]);
        }
        if (missing != null) throw MissingError("positional", missing);
        for (int p = kwOnlyStart; p < kwOnlyStart + c.KwOnlyCount; p++)
        {
            if (full[p] != null) continue;
            if (KwDefaults != null && KwDefaults.TryGetValue(c.ParamNames[p], out var d)) full[p] = d;
            else (missing ??= new()).Add(c.ParamNames[p]);
        }
        if (missing != null) throw MissingError("keyword-only", missing);
        return full;
    }

    /// <summary>A keyword matching no parameter: CPython first reports positional-only parameters passed by
    /// keyword (all of them, in parameter order).</summary>
    private PythonException UnexpectedKeyword(string name, string[] kwnames)
    {
        var c = Code;
        List<string>? posOnly = null;
        for (int p = 0; p < c.PosOnlyCount; p++)
            if (Array.IndexOf(kwnames, c.ParamNames[p]) >= 0) (posOnly ??= new()).Add(c.ParamNames[p]);
        if (posOnly != null)
            return Ops.TypeError($"{QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnly)}'");
        return Ops.TypeError($"{QualName}() got an unexpected keyword argument '{name}'");
    }

    private PythonException MissingError(string kind, List<string> names)
    {
        string list;
        if (names.Count == 1) list = $"'{names[0]}'";
        else if (names.Count == 2) list = $"'{names[0]}' and '{names[1]}'";
        else list = string.Join(", ", names.Take(names.Count - 1).Select(n => $"'{n}'")) + $", and '{names[^1]}'";
        return Ops.TypeError($"{QualName}() missing {names.Count} required {kind} argument{(names.Count == 1 ? "" : "s")}: {list}");
    }
}

public delegate PyObject BuiltinBody(PyObject[] args, string[]? kwnames);

public sealed class PyBuiltinFunction : PyObject
{
    public readonly string Name;
    public readonly BuiltinBody Body;
    public Func<PyObject, PyObject>? F1;
    public Func<PyObject, PyObject, PyObject>? F2;
    /// <summary>For builtins that act on the caller's frame (globals, locals, vars, dir, eval, exec): the body
    /// compiled calls use, given the caller's module and its locals (null at module level).</summary>
    public Func<PyObject[], string[]?, PyModule, PyObject?, PyObject>? WithFrame;
    /// <summary>The object a bound built-in method belongs to (shown in its repr).</summary>
    public PyObject? Self;
    /// <summary>__module__ of a module-level function (set when its native module is made).</summary>
    public string? ModuleName;

    /// <summary>Non-null for the few built-ins that stand in for Python functions and so accept attributes
    /// (namedtuple's __new__, whose __annotations__ typing.NamedTuple sets).</summary>
    public Dictionary<string, PyObject>? Attributes;

    public PyBuiltinFunction(string name, BuiltinBody body) { Name = name; Body = body; }

    public override void SetAttr(string name, PyObject value)
    {
        if (Attributes != null) Attributes[name] = value;
        else base.SetAttr(name, value);
    }

    /// <summary>A slot wrapper bound to its object (<c>(1).__add__</c>): CPython's method-wrapper.</summary>
    public bool IsMethodWrapper;
    public override PyType Type => IsMethodWrapper ? BuiltinTypeAttributes.MethodWrapperType : PyType.BuiltinFunctionType;
    public override string Repr() => Self == null
        ? $"<built-in function {Name}>"
        : IsMethodWrapper ? $"<method-wrapper '{Name}' of {Self.Type.TpName} object at 0x{Ops.Id(Self):x}>"
        : $"<built-in method {Name} of {Self.Type.TpName} object at 0x{Ops.Id(Self):x}>";
    public override PyObject Call(PyObject[] args, string[]? kwnames) => Body(args, kwnames);

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "__name__": value = new PyStr(Name); return true;
            case "__qualname__": value = new PyStr(Self == null ? Name : Self.Type.Name + "." + Name); return true;
            case "__self__": value = Self ?? Builtins.Module; return true;
            case "__module__": value = ModuleName != null ? new PyStr(ModuleName) : PyNone.Instance; return true;
        }
        if (Attributes != null && Attributes.TryGetValue(name, out var v)) { value = v; return true; }
        return base.TryGetAttr(name, out value);
    }

    public override PyObject Call1(PyObject a) => F1 != null ? F1(a) : Body(new[] { a }, null);
    public override PyObject Call2(PyObject a, PyObject b) => F2 != null ? F2(a, b) : Body(new[] { a, b }, null);
}

public delegate PyObject MethodBody(PyObject self, PyObject[] args, string[]? kwnames);

/// <summary>A method of a built-in type, stored in the type's dict; calls through it pass self separately
/// so method calls on built-ins need no bound object.</summary>
public sealed class PyMethodDescriptor : PyObject
{
    public readonly string Name;
    public readonly PyType Owner;
    public readonly MethodBody Body;
    /// <summary>Optional array-free entries for method calls with no argument, one or two (same behaviour as Body).</summary>
    public Func<PyObject, PyObject>? Fast0;
    public Func<PyObject, PyObject, PyObject>? Fast1;
    public Func<PyObject, PyObject, PyObject, PyObject>? Fast2;
    /// <summary>The body gets the receiver as given (a user subclass instance stays itself): for slots that
    /// return self (list.__iadd__).</summary>
    public bool RawSelf;
    /// <summary>A built-in type's operator slot (int.__add__, list.__iadd__): the operator protocol skips it for
    /// built-in receivers, whose operation Ops does itself (calling it would come back to the same protocol).</summary>
    public bool IsOperatorSlot;
    private readonly bool _slot;
    public PyMethodDescriptor(PyType owner, string name, MethodBody body) { Owner = owner; Name = name; Body = body; _slot = IsSlot(name); }
    public override PyType Type => _slot ? BuiltinTypeAttributes.WrapperDescriptorType : BuiltinTypeAttributes.MethodDescriptorType;
    public override string Repr() =>
        $"<{(_slot ? "slot wrapper" : "method")} '{Name}' of '{Owner.TpName}' objects>";

    private PythonException WrongReceiver(PyObject self) => Ops.TypeError(_slot
        ? $"descriptor '{Name}' requires a '{Owner.TpName}' object but received a '{self.Type.TpName}'"
        : $"descriptor '{Name}' for '{Owner.TpName}' objects doesn't apply to a '{self.Type.TpName}' object");

    /// <summary>Dunders CPython implements as type slots (shown as "slot wrapper"); the others are methods.</summary>
    private static bool IsSlot(string name) =>
        name.Length > 4 && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal)
        && name is not ("__format__" or "__dir__" or "__reduce__" or "__reduce_ex__" or "__sizeof__" or "__subclasshook__"
            or "__init_subclass__" or "__getnewargs__" or "__subclasses__" or "__instancecheck__" or "__subclasscheck__"
            or "__round__" or "__trunc__" or "__floor__" or "__ceil__" or "__reversed__" or "__getstate__" or "__missing__");

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "__name__": value = new PyStr(Name); return true;
            case "__qualname__": value = new PyStr(Owner.Name + "." + Name); return true;
            case "__objclass__": value = Owner; return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public PyObject CallWithSelf(PyObject self, PyObject[] args, string[]? kwnames)
    {
        if (!self.Type.IsSubtypeOf(Owner)) throw WrongReceiver(self);
        return Body(Receiver(self), args, kwnames);
    }

    /// <summary>A built-in type's method runs on the built-in value a user subclass instance extends
    /// (object's methods see the instance itself).</summary>
    private PyObject Receiver(PyObject self) =>
        self is PyInstance { BaseValue: { } b } && Owner != PyType.ObjectType && !Owner.IsUserDefined && !RawSelf ? b : self;

    public override PyObject Call(PyObject[] args, string[]? kwnames)
    {
        if (args.Length == 0) throw Ops.TypeError(_slot ? $"descriptor '{Name}' of '{Owner.TpName}' object needs an argument"
            : $"unbound method {Owner.Name}.{Name}() needs an argument");
        return CallWithSelf(args[0], args[1..], kwnames);
    }

    // Unbound calls with the receiver first (key=str.lower, map(str.strip, ...)) take the array-free entries.
    public override PyObject Call1(PyObject self)
    {
        if (Fast0 == null) return CallWithSelf(self, Array.Empty<PyObject>(), null);
        if (!self.Type.IsSubtypeOf(Owner)) throw WrongReceiver(self);
        return Fast0(Receiver(self));
    }

    public override PyObject Call2(PyObject self, PyObject a)
    {
        if (Fast1 == null) return CallWithSelf(self, new[] { a }, null);
        if (!self.Type.IsSubtypeOf(Owner)) throw WrongReceiver(self);
        return Fast1(Receiver(self), a);
    }

    public PyObject Bind(PyObject self)
    {
        var body = Body;
        var receiver = Receiver(self);
        var bound = new PyBuiltinFunction(Name, (a, k) => body(receiver, a, k)) { Self = self, IsMethodWrapper = _slot };
        // A bound method kept in a local (get = d.get) is called without an argument array.
        if (Fast1 is { } f1) bound.F1 = a => f1(receiver, a);
        if (Fast2 is { } f2) bound.F2 = (a, b) => f2(receiver, a, b);
        return bound;
    }
}

public sealed class PyBoundMethod : PyObject
{
    public readonly PyObject Function;
    public readonly PyObject Self;
    public PyBoundMethod(PyObject function, PyObject self) { Function = function; Self = self; }
    public override PyType Type => PyType.MethodType;

    public override string Repr()
    {
        string name = Function is PyFunction f ? f.QualName : Ops.Str(Ops.GetAttr(Function, "__qualname__"));
        return $"<bound method {name} of {Ops.Repr(Self)}>";
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name == "__self__") { value = Self; return true; }
        if (name == "__func__") { value = Function; return true; }
        return Function.TryGetAttr(name, out value);
    }

    public override PyObject Call0() => Function.Call1(Self);
    public override PyObject Call1(PyObject a) => Function.Call2(Self, a);
    public override PyObject Call2(PyObject a, PyObject b) => Function.Call3(Self, a, b);

    public override PyObject Call(PyObject[] args, string[]? kwnames)
    {
        var full = new PyObject[args.Length + 1];
        full[0] = Self;
        Array.Copy(args, 0, full, 1, args.Length);
        return Function.Call(full, kwnames);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is PyBoundMethod m && (op == CompareOp.Eq || op == CompareOp.Ne))
        {
            bool eq = ReferenceEquals(Self, m.Self) && Ops.EqBool(Function, m.Function);
            return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
        }
        return base.RichCompare(other, op);
    }
}

public sealed class PyClassMethod : PyMethodDecorator
{
    public PyClassMethod(PyObject f) : base(f) { }
    public override PyType Type => PyType.ClassMethodType;
    public override string Repr() => $"<classmethod({Ops.Repr(Function)})>";

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name is "__func__" or "__wrapped__") { value = Function; return true; }
        if (name == "__get__")
        {
            // classmethod.__get__(obj, type=None): bound to the type (of obj when no type is given).
            value = new PyBuiltinFunction("__get__", (a, k) =>
            {
                if (a.Length == 0) throw Ops.TypeError("expected at least 1 argument, got 0");
                var owner = a.Length > 1 && a[1] != PyNone.Instance ? a[1] : a[0].Type;
                return new PyBoundMethod(Function, owner);
            });
            return true;
        }
        if (name == "__isabstractmethod__")
        {
            // Abstract when the wrapped function is (@classmethod over @abstractmethod).
            value = Function.TryGetAttr(name, out var abs) ? abs : PyBool.False;
            return true;
        }
        return base.TryGetAttr(name, out value);
    }
}

public sealed class PyStaticMethod : PyMethodDecorator
{
    public PyStaticMethod(PyObject f) : base(f) { }
    public override PyType Type => PyType.StaticMethodType;
    public override string Repr() => $"<staticmethod({Ops.Repr(Function)})>";

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name is "__func__" or "__wrapped__") { value = Function; return true; }
        if (name == "__get__")
        {
            value = new PyBuiltinFunction("__get__", (a, k) => a.Length == 0 ? throw Ops.TypeError("expected at least 1 argument, got 0") : Function);
            return true;
        }
        if (name == "__isabstractmethod__")
        {
            // Abstract when the wrapped function is (@classmethod over @abstractmethod).
            value = Function.TryGetAttr(name, out var abs) ? abs : PyBool.False;
            return true;
        }
        return base.TryGetAttr(name, out value);
    }
    public override PyObject Call(PyObject[] args, string[]? kwnames) => Function.Call(args, kwnames);
}

public sealed class PyProperty : PyObject
{
    public readonly PyObject? Getter, Setter, Deleter;
    public PyObject? Doc;
    /// <summary>The attribute name, from __set_name__ (used in 3.11's error messages).</summary>
    public string? Name;

    public PyProperty(PyObject? getter, PyObject? setter, PyObject? deleter, PyObject? doc = null)
    {
        Getter = getter; Setter = setter; Deleter = deleter;
        Doc = doc ?? (getter != null && getter.TryGetAttr("__doc__", out var d) ? d : null);
    }

    public override PyType Type => PyType.PropertyType;

    private string Describe(PyObject obj) =>
        Name != null ? $"property '{Name}' of '{obj.Type.TpName}' object" : $"property of '{obj.Type.TpName}' object";

    public PyObject Get(PyObject obj)
    {
        if (Getter == null) throw Ops.AttributeError(Describe(obj) + " has no getter");
        return Getter.Call1(obj);
    }

    public void Set(PyObject obj, PyObject value)
    {
        if (Setter == null) throw Ops.AttributeError(Describe(obj) + " has no setter");
        Setter.Call2(obj, value);
    }

    public void Delete(PyObject obj)
    {
        if (Deleter == null) throw Ops.AttributeError(Describe(obj) + " has no deleter");
        Deleter.Call1(obj);
    }

    private static bool IsAbstract(PyObject? f) =>
        f != null && f.TryGetAttr("__isabstractmethod__", out var v) && Ops.IsTrue(v);

    private PyProperty With(PyObject? g, PyObject? s, PyObject? d) =>
        new(g, s, d, Doc != null && !(Getter != null && Getter.TryGetAttr("__doc__", out var gd) && ReferenceEquals(gd, Doc)) ? Doc : null) { Name = Name };

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "setter": value = new PyBuiltinFunction("setter", (a, k) => With(Getter, a[0], Deleter)); return true;
            case "getter": value = new PyBuiltinFunction("getter", (a, k) => With(a[0], Setter, Deleter)); return true;
            case "deleter": value = new PyBuiltinFunction("deleter", (a, k) => With(Getter, Setter, a[0])); return true;
            case "fget": value = Getter ?? PyNone.Instance; return true;
            case "fset": value = Setter ?? PyNone.Instance; return true;
            case "fdel": value = Deleter ?? PyNone.Instance; return true;
            case "__doc__": value = Doc ?? PyNone.Instance; return true;
            case "__isabstractmethod__":
                // Abstract when any of its functions is (@property over @abstractmethod, or an abstract setter).
                value = PyBool.Get(IsAbstract(Getter) || IsAbstract(Setter) || IsAbstract(Deleter));
                return true;
            case "__get__":
                value = new PyBuiltinFunction("__get__", (a, k) => a.Length == 0 || a[0] == PyNone.Instance ? this : Get(a[0]));
                return true;
            case "__set__": value = new PyBuiltinFunction("__set__", (a, k) => { Set(a[0], a[1]); return PyNone.Instance; }); return true;
            case "__delete__": value = new PyBuiltinFunction("__delete__", (a, k) => { Delete(a[0]); return PyNone.Instance; }); return true;
            case "__set_name__": value = new PyBuiltinFunction("__set_name__", (a, k) => { Name = Ops.Str(a[1]); return PyNone.Instance; }); return true;
        }
        return base.TryGetAttr(name, out value);
    }
}

/// <summary>super(type, obj): attribute lookup along obj's MRO after <c>type</c>.</summary>
public sealed class PySuper : PyObject
{
    public readonly PyType ThisType;
    public readonly PyObject Obj;

    public PySuper(PyType thisType, PyObject obj)
    {
        if (!(obj.Type.IsSubtypeOf(thisType) || (obj is PyType ot && ot.IsSubtypeOf(thisType))))
            throw Ops.TypeError("super(type, obj): obj must be an instance or subtype of type");
        ThisType = thisType; Obj = obj;
    }

    public override PyType Type => PyType.SuperType;

    private PyType StartType => Obj is PyType t && t.IsSubtypeOf(ThisType) ? t : Obj.Type;

    public override string Repr() => Obj is PyType t && t.IsSubtypeOf(ThisType)
        ? $"<super: <class '{ThisType.Name}'>, <{t.Name} object>>"
        : $"<super: <class '{ThisType.Name}'>, <{Obj.Type.TpName} object>>";

    public PyObject? LookupAfter(string name)
    {
        var mro = StartType.Mro;
        int i = Array.IndexOf(mro, ThisType);
        for (i++; i < mro.Length && i > 0; i++)
            if (mro[i].Dict.TryGetValue(name, out var v)) return v;
        return null;
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name == "__class__") { value = Type; return true; }
        var v = LookupAfter(name);
        if (v == null) return base.TryGetAttr(name, out value);
        var start = StartType;
        bool classBound = Obj is PyType t && t.IsSubtypeOf(ThisType);
        if (v is PyClassMethod cm) { value = Descriptors.ClassMethodGet(cm, start); return true; }
        if (classBound) { value = Descriptors.BindForClass(v, start); return true; }
        if (v is PyProperty or PyMemberDescriptor or PyGetSetDescriptor) { value = Descriptors.Get(v, Obj, start); return true; }
        value = Ops.BindDescriptor(v, Obj);
        return true;
    }
}

public sealed class PyModule : PyObject
{
    public readonly string Name;
    public readonly Dictionary<string, PyCell> Cells = new();
    /// <summary>The builtins whose cells back unbound globals.</summary>
    public readonly PyModule? Builtins;

    /// <summary>The module's namespace, live: its table writes through to <see cref="Cells"/> and global
    /// stores in compiled code write through to it (see docs/ARCHITECTURE.md, "Module namespaces").</summary>
    public readonly PyDict Dict;

    public PyModule(string name, PyModule? builtins)
    {
        Name = name; Builtins = builtins;
        Dict = new PyDict();
        Dict.Table.Module = this;
    }

    /// <summary>A module whose namespace is an existing dict (exec with a plain dict as globals): its string
    /// keys become cells, and the dict stays bound to this module.</summary>
    public PyModule(string name, PyModule? builtins, PyDict adopt)
    {
        Name = name; Builtins = builtins;
        Dict = adopt;
        var t = adopt.Table;
        for (int e = 0; e < t.Used; e++)
            if (t.Entries[e].Key is PyStr k) GetCell(k.Value).Value = t.Entries[e].Value;
        t.Module = this;
    }

    /// <summary>The module a dict is the namespace of, or null.</summary>
    public static PyModule? OfDict(PyDict d) => d.Table.Module;

    /// <summary>A write made through the dict (null value: removed): updates the cell compiled code reads.</summary>
    internal void DictWrote(PyObject key, PyObject? value)
    {
        if (key is not PyStr s) return;
        if (value == null) { if (Cells.TryGetValue(s.Value, out var c)) c.Value = null; return; }
        GetCell(s.Value).Value = value;
    }

    internal void DictCleared()
    {
        foreach (var c in Cells.Values) c.Value = null;
    }

    public override PyType Type => Class ?? PyType.ModuleType;
    /// <summary>A Python subclass of ModuleType assigned to <c>__class__</c> (<see cref="ModuleSubclass"/>); null
    /// for plain modules.</summary>
    public PyType? Class;
    /// <summary>Set for modules written in C# (shown as <c>(built-in)</c>).</summary>
    public bool IsBuiltin;
    /// <summary>True while the module's body runs on import (CPython's <c>__spec__._initializing</c>).</summary>
    public bool Initializing;
    /// <summary>The managed id of the thread executing the module's body while <see cref="Initializing"/>.</summary>
    public int InitializingThread;

    public override string Repr()
    {
        string name = Cells.TryGetValue("__name__", out var n) && n.Value is PyStr s ? s.Value : Name;
        // As importlib's _module_repr_from_spec: the origin, else the loader.
        if (Cells.TryGetValue("__spec__", out var sc) && sc.Value is { } spec && spec != PyNone.Instance
            && spec.TryGetAttr("origin", out var origin))
        {
            if (origin is PyStr o)
                return spec.TryGetAttr("has_location", out var hl) && hl.IsTrue()
                    ? $"<module '{name}' from '{o.Value}'>" : $"<module '{name}' ({o.Value})>";
            if (spec.TryGetAttr("loader", out var sl) && sl != PyNone.Instance) return $"<module '{name}' ({sl.Repr()})>";
            return $"<module '{name}'>";
        }
        if (Cells.TryGetValue("__file__", out var f) && f.Value is PyStr file) return $"<module '{name}' from '{file.Value}'>";
        if (Cells.TryGetValue("__loader__", out var lc) && lc.Value is { } loader && loader != PyNone.Instance)
            return $"<module '{name}' ({loader.Repr()})>";
        return IsBuiltin || Name == "builtins" || Name == "sys" || Name == "math"
            ? $"<module '{name}' (built-in)>" : $"<module '{name}'>";
    }

    /// <summary>The cell for global <paramref name="name"/>, made (unbound) on first request.</summary>
    public PyCell GetCell(string name)
    {
        if (!Cells.TryGetValue(name, out var cell))
        {
            cell = new PyCell(name) { Table = Dict.Table, Key = new PyStr(name) };
            if (Builtins != null) cell.Builtin = Builtins.GetCell(name);
            Cells[name] = cell;
        }
        return cell;
    }

    public void Set(string name, PyObject value) => Ops.StoreGlobal(GetCell(name), value);

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (Class is { } cls) return ModuleSubclass.TryGetAttr(this, cls, name, out value);
        return PlainGetAttr(name, out value);
    }

    /// <summary>ModuleType's own attribute lookup: the namespace, then what every module has.</summary>
    internal bool PlainGetAttr(string name, out PyObject value)
    {
        if (Cells.TryGetValue(name, out var c) && c.Value != null) { value = c.Value; return true; }
        if (name == "__name__") { value = new PyStr(Name); return true; }
        if (name == "__dict__") { value = Dict; return true; }
        if (name == "__class__") { value = PyType.ModuleType; return true; }
        // As for classes, a module without annotations gets an empty dict on first read, kept in its namespace.
        if (name == "__annotations__") { var fresh = new PyDict(); Set(name, fresh); value = fresh; return true; }
        // Methods of the module type (__reduce_ex__, __dir__, ...) as on any object.
        if (PyType.ModuleType.Lookup(name) is { } method && name != "__getattr__")
        {
            value = Ops.BindDescriptor(method, this);
            return true;
        }
        // A module-level __getattr__ (PEP 562) answers names the module does not define.
        if (Cells.TryGetValue("__getattr__", out var g) && g.Value is { } getattr)
        {
            try { value = getattr.Call1(new PyStr(name)); return true; }
            catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError)) { }
        }
        value = null!;
        return false;
    }

    /// <summary>A snapshot of the module's globals.</summary>
    public PyDict DictCopy()
    {
        var d = new PyDict();
        var t = Dict.Table;
        for (int e = 0; e < t.Used; e++)
            if (t.Entries[e].Key is { } k) d.SetItem(k, t.Entries[e].Value!);
        return d;
    }

    public override void DelAttr(string name)
    {
        if (Class is { } cls) { ModuleSubclass.DelAttr(this, cls, name); return; }
        PlainDelAttr(name);
    }

    internal void PlainDelAttr(string name)
    {
        if (Cells.TryGetValue(name, out var c) && c.Value != null) { Ops.DeleteGlobal(c); return; }
        throw Ops.AttributeError($"'module' object has no attribute '{name}'");
    }

    public override PyObject GetAttr(string name)
    {
        if (Class is { } cls ? ModuleSubclass.GetAttr(this, cls, name, out var v) : PlainGetAttr(name, out v)) return v;
        throw MissingAttribute(name);
    }

    public PythonException MissingAttribute(string name) => Ops.AttributeError(Initializing
        ? $"partially initialized module '{Name}' has no attribute '{name}' (most likely due to a circular import)"
        : $"module '{Name}' has no attribute '{name}'", this, name);

    public override void SetAttr(string name, PyObject value)
    {
        if (Class is { } cls) { ModuleSubclass.SetAttr(this, cls, name, value); return; }
        if (name == "__class__") { ModuleSubclass.SetClass(this, value); return; }
        Set(name, value);
    }
}
