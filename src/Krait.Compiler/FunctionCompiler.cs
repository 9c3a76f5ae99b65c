using System.Numerics;
using System.Reflection;
using System.Reflection.Emit;
using Krait.Runtime;
using Krait.Compiler.Scopes;
using Krait.Syntax.Ast;
using BinOp = Krait.Runtime.BinOp;
using BinOpExpr = Krait.Syntax.Ast.BinOp;

namespace Krait.Compiler;

/// <summary>Emits the IL of one code object (module body, function, lambda or class body).</summary>
internal sealed partial class FunctionCompiler
{
    private readonly CodeUnit _unit;
    private readonly Scope _scope;
    private readonly FunctionCode _code;
    private readonly TypeBuilder _tb;
    private readonly ILGenerator _il;
    private readonly bool _direct;

    private readonly List<(FieldBuilder Field, object Value)> _fields = new();
    private readonly Dictionary<string, FieldBuilder> _strConsts = new();
    private readonly Dictionary<string, FieldBuilder> _globalCells = new();
    private readonly Dictionary<object, FieldBuilder> _numConsts = new();
    private FieldBuilder? _codeField;

    private readonly Dictionary<string, LocalBuilder> _locals = new();
    private readonly Dictionary<string, LocalBuilder> _cells = new();
    private readonly HashSet<string> _neverUnbound = new();
    // Comprehensions are inlined: each active one is a frame holding the IL locals and cells of its own scope.
    private readonly List<CompFrame> _comps = new();
    // The base scope's parameters (argument order), cells and deleted names, computed once per code object.
    private readonly List<string> _params;
    private readonly HashSet<string> _cellNames;
    private readonly HashSet<string> _deleted;
    private LocalBuilder _line = null!, _ret = null!;
    private LocalBuilder? _ns;
    /// <summary>The enclosing class's name for private name mangling, or null outside classes.</summary>
    private readonly string? _private;
    // A temp for value shuffles with nothing emitted between its store and load (so uses never overlap);
    // one per method instead of a new IL local per store.
    private LocalBuilder? _shuffle;
    private LocalBuilder Shuffle => _shuffle ??= _il.DeclareLocal(typeof(PyObject));
    private Label _retLabel;
    private int _tryDepth, _finallyDepth;
    private readonly Stack<LoopTargets> _loops = new();
    // A class, not a tuple: Stack<T> over a struct of ours is not precompiled (JIT work at every start-up).
    private sealed record LoopTargets(Label Continue, Label Break, int TryDepth);

    // Generator mode: locals live in the generator's frame array; yields save a state and return.
    private readonly bool _gen;
    private readonly Dictionary<string, int> _slots = new();
    private int _slotCount;
    private List<Label>? _resumeLabels;
    private bool _yieldAllowed;

    public FunctionCompiler(CodeUnit unit, FunctionCode code, TypeBuilder tb, ILGenerator il, bool direct, bool generator = false)
    {
        _unit = unit;
        _scope = unit.Scope;
        _code = code;
        _tb = tb;
        _il = il;
        _direct = direct;
        _gen = generator;
        for (var sc = _scope; sc != null; sc = sc.Parent)
            if (sc.Kind == ScopeKind.Class) { _private = sc.Name; break; }
        _params = CompilerScopes.Params(unit.Node).Select(Mangled).ToList();
        _cellNames = new HashSet<string>(_scope.CellVars(), StringComparer.Ordinal);
        // The scope analysis recorded them (walking the body again here cost a few percent of compile time).
        _deleted = _scope.Kind == ScopeKind.Function && _scope.DeletedNames != null ? _scope.DeletedNames : s_noNames;
        if (_scope.Kind is ScopeKind.Function or ScopeKind.Class)
        {
            if (unit.FrameUse == null) CompilerScopes.NoteFrameUse(unit.Node, unit.FrameUse = new FrameUse());
            _publishLocals = WantsPublishedLocals(unit, unit.FrameUse);
            _allCells = _publishLocals && !generator && _scope.Kind == ScopeKind.Function;
        }
        if (generator)
        {
            foreach (var p in _params) _slots[p] = _slotCount++;
            var names = new List<string>();
            foreach (var sym in _scope.SymbolList)
                if (sym.Scope is SymbolScope.Local or SymbolScope.Cell) names.Add(sym.Name);
            names.Sort(string.CompareOrdinal);
            foreach (var n in names)
                if (!_slots.ContainsKey(n)) _slots[n] = _slotCount++;
        }
    }

    private static readonly HashSet<string> s_noNames = new();

    private static readonly FieldInfo s_frame = typeof(PyGenerator).GetField(nameof(PyGenerator.Frame))!;

    private void EmitFrameLoad(int slot)
    {
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldfld, s_frame);
        _il.Emit(OpCodes.Ldc_I4, slot);
        _il.Emit(OpCodes.Ldelem_Ref);
    }

    /// <summary>With a PyIterator on the stack: advances it into <paramref name="item"/> and leaves the item on
    /// the stack, or jumps to <paramref name="exhausted"/> (no StopIteration on this path).</summary>
    private void EmitIteratorStep(LocalBuilder item, Label exhausted)
    {
        _il.Emit(OpCodes.Ldloca, item);
        _il.Emit(OpCodes.Call, s_iterNext);
        _il.Emit(OpCodes.Brfalse, exhausted);
        _il.Emit(OpCodes.Ldloc, item);
    }

    private static readonly MethodInfo s_iterNext = typeof(Ops).GetMethod(nameof(Ops.IterNext))!;

    /// <summary>At a loop back-edge: runs signal handlers when a signal is pending (one volatile read; the
    /// volatile prefix keeps the JIT from hoisting the read out of the loop).</summary>
    private void EmitSignalCheck()
    {
        var skip = _il.DefineLabel();
        _il.Emit(OpCodes.Volatile);
        _il.Emit(OpCodes.Ldsfld, s_signalsPending);
        _il.Emit(OpCodes.Brfalse, skip);
        _il.Emit(OpCodes.Call, s_signalsDispatch);
        _il.MarkLabel(skip);
    }

    private static readonly FieldInfo s_signalsPending = typeof(Signals).GetField(nameof(Signals.Pending))!;
    private static readonly MethodInfo s_signalsDispatch = typeof(Signals).GetMethod(nameof(Signals.Dispatch))!;

    /// <summary>Stores the value on top of the stack into frame slot <paramref name="slot"/>.</summary>
    private void EmitFrameStore(int slot)
    {
        var tmp = Shuffle;
        _il.Emit(OpCodes.Stloc, tmp);
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldfld, s_frame);
        _il.Emit(OpCodes.Ldc_I4, slot);
        _il.Emit(OpCodes.Ldloc, tmp);
        _il.Emit(OpCodes.Call, s_storeNoCheck);
    }

    /// <summary>Frame and argument arrays are exactly PyObject[]: stores skip the covariance check.</summary>
    private static readonly MethodInfo s_storeNoCheck = typeof(Ops).GetMethod(nameof(Ops.StoreNoCheck))!;

    private int NewSlot() => _slotCount++;

    /// <summary>The generator function's entry: makes the generator and puts the arguments in its frame.</summary>
    public void EmitGeneratorEntry(ILGenerator il, FieldBuilder resumeField)
    {
        var g = il.DeclareLocal(typeof(PyGenerator));
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4, _slotCount);
        il.Emit(OpCodes.Ldsfld, resumeField);
        il.Emit(OpCodes.Newobj, typeof(PyGenerator).GetConstructors()[0]);
        il.Emit(OpCodes.Stloc, g);
        var ps = _params;
        foreach (var (name, slot) in _slots)
        {
            int pi = ps.IndexOf(name);
            bool cell = _cellNames.Contains(name);
            if (pi < 0 && !cell) continue;
            il.Emit(OpCodes.Ldloc, g);
            il.Emit(OpCodes.Ldfld, s_frame);
            il.Emit(OpCodes.Ldc_I4, slot);
            if (cell)
            {
                il.Emit(OpCodes.Ldstr, name);
                il.Emit(OpCodes.Newobj, RuntimeMembers.CellNew);
                if (pi >= 0)
                {
                    il.Emit(OpCodes.Dup);
                    EmitArgTo(il, pi);
                    il.Emit(OpCodes.Stfld, RuntimeMembers.CellValue);
                }
            }
            else EmitArgTo(il, pi);
            il.Emit(OpCodes.Call, s_storeNoCheck);
        }
        il.Emit(OpCodes.Ldloc, g);
        il.Emit(OpCodes.Ret);
    }

    private void EmitArgTo(ILGenerator il, int i)
    {
        if (_direct) il.Emit(OpCodes.Ldarg, (short)(i + 1));
        else
        {
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldelem_Ref);
        }
    }

    // ---- fields holding constants, cells and caches ----
    private FieldBuilder NewField(Type type, object value)
    {
        var f = _tb.DefineField("f" + _fields.Count, type, FieldAttributes.Public | FieldAttributes.Static);
        _fields.Add((f, value));
        return f;
    }

    public int FieldCount => _fields.Count;

    public void InitializeFields(Type created)
    {
        if (_fields.Count == 0) return;
        // One reflection query for all fields (GetField by name per field walks the field list each time);
        // field i is named "f" + i.
        foreach (var field in created.GetFields(BindingFlags.Public | BindingFlags.Static))
            if (field.Name.Length > 1 && field.Name[0] == 'f' && int.TryParse(field.Name.AsSpan(1), out int i) && i < _fields.Count)
                field.SetValue(null, _fields[i].Value);
    }

    private FieldBuilder CodeField => _codeField ??= NewField(typeof(FunctionCode), _code);

    private FieldBuilder StrConst(string s)
    {
        if (!_strConsts.TryGetValue(s, out var f)) _strConsts[s] = f = NewField(typeof(PyStr), new PyStr(s));
        return f;
    }

    private FieldBuilder GlobalCell(string name)
    {
        if (!_globalCells.TryGetValue(name, out var f)) _globalCells[name] = f = NewField(typeof(PyCell), _unit.Module.GetCell(name));
        return f;
    }

    private void EmitConst(PyObject value)
    {
        switch (value)
        {
            case PyNone: _il.Emit(OpCodes.Ldsfld, RuntimeMembers.None); return;
            case PyBool b: _il.Emit(OpCodes.Ldsfld, b.Value ? RuntimeMembers.True : RuntimeMembers.False); return;
            case PyEllipsis: _il.Emit(OpCodes.Ldsfld, RuntimeMembers.Ellipsis); return;
            case PyStr s: _il.Emit(OpCodes.Ldsfld, StrConst(s.Value)); return;
        }
        object key = value switch { PyInt i => (object)("i", i.Value), PyFloat f => ("f", BitConverter.DoubleToInt64Bits(f.Value)), _ => value };
        if (!_numConsts.TryGetValue(key, out var field)) _numConsts[key] = field = NewField(typeof(PyObject), value);
        _il.Emit(OpCodes.Ldsfld, field);
    }

    private void EmitNone() => EmitConst(PyNone.Instance);

    // Reflection's lookup by name allocates and filters on every call; emission asks for the same few hundred
    // helpers over and over.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, MethodInfo> s_opsMethods = new();

    private static MethodInfo OpsMethod(string name) =>
        s_opsMethods.TryGetValue(name, out var m) ? m : s_opsMethods[name] =
            typeof(Ops).GetMethod(name, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException("Ops." + name);

    private void CallOps(string name) => _il.Emit(OpCodes.Call, OpsMethod(name));

    private static readonly MethodInfo s_isTrue = OpsMethod(nameof(Ops.IsTrue));

    private void EmitLine(int line)
    {
        _lastPos = line;
        RecordIlPosition(line);
        _il.Emit(OpCodes.Ldc_I4, line);
        _il.Emit(OpCodes.Stloc, _line);
    }

    private void EmitThrowNew(string opsFactory, string arg)
    {
        _il.Emit(OpCodes.Ldstr, arg);
        CallOps(opsFactory);
        _il.Emit(OpCodes.Throw);
    }

    // ---- the body ----
    public void EmitBody()
    {
        var il = _il;
        _line = il.DeclareLocal(typeof(int));
        _ret = il.DeclareLocal(typeof(PyObject));
        _retLabel = il.DefineLabel();
        CallOps(nameof(Ops.Enter));
        EmitPrologue();
        il.BeginExceptionBlock();
        _tryDepth++;
        switch (_scope.Node)
        {
            case ModuleNode m:
                if (_unit.Optimize < 2 && m.Body.Count > 0 && m.Body[0] is ExprStmt { Value: Constant { Value: string } moduleDoc })
                {
                    // The module's first statement stores its docstring, as CPython's module code does (also
                    // for exec() of such source).
                    EmitExpr(moduleDoc);
                    EmitStoreName("__doc__");
                }
                EmitSetupAnnotations(m.Body);
                EmitStatements(m.Body);
                EmitNone();
                break;
            case FunctionDef f when _gen:
                EmitGeneratorFrame(() => EmitStatements(f.Body));
                break;
            case FunctionDef f:
                FindShadowLocals(f);
                EmitStatements(f.Body);
                EmitNone();
                break;
            case GeneratorExp ge when _gen:
                EmitGeneratorFrame(() =>
                {
                    EmitLine(ge.Lineno);
                    EmitGenexpLevel(ge, 0);
                });
                break;
            case LambdaExpr l when _gen:
                // `lambda: (yield x)`: a generator whose return value is the body's value.
                EmitGeneratorFrame(() =>
                {
                    var ret = new Return(l.Body);
                    ret.SetSpan(l.Body.Lineno, l.Body.ColOffset, l.Body.EndLineno, l.Body.EndColOffset);
                    EmitStatement(ret);
                });
                break;
            case LambdaExpr l:
                EmitLine(l.Lineno);
                EmitExpr(l.Body);
                break;
            case AsyncFunctionDef:
                // Defining and calling an async function works (modules that make a coroutine to learn its type
                // import); running the coroutine does not yet.
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(_scope.IsGenerator ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                CallOps(nameof(Ops.NewCoroutine));
                break;
            case ClassDef c:
                if (_unit.Optimize < 2 && c.Body.Count > 0 && c.Body[0] is ExprStmt { Value: Constant { Value: string } docExpr })
                {
                    // The docstring becomes __doc__ before the rest of the body runs, as in CPython.
                    il.Emit(OpCodes.Ldloc, _ns!);
                    il.Emit(OpCodes.Ldsfld, StrConst("__doc__"));
                    EmitExpr(docExpr);
                    CallOps(nameof(Ops.ClassNsSet));
                }
                EmitSetupAnnotations(c.Body);
                EmitStatements(c.Body);
                if (_cells.TryGetValue("__class__", out var classCell))
                {
                    il.Emit(OpCodes.Ldloc, _ns!);
                    il.Emit(OpCodes.Ldsfld, StrConst("__classcell__"));
                    il.Emit(OpCodes.Ldloc, classCell);
                    CallOps(nameof(Ops.ClassNsSet));
                }
                EmitNone();
                break;
        }
        il.Emit(OpCodes.Stloc, _ret);
        il.Emit(OpCodes.Leave, _retLabel);
        il.BeginExceptFilterBlock();
        il.Emit(OpCodes.Ldsfld, CodeField);
        // Long functions, and functions with unboxed shadows (whose doubles have a definition per fused store),
        // give the filter the position and their locals by reference, which keeps those locals out of the JIT's
        // SSA form: its cost there grows with blocks^2 x locals (see Ops.FrameFilterAt).
        bool byRef = _ilPositions.Count / 2 >= PositionStoresForByRefFilter || _shadows != null;
        il.Emit(byRef ? OpCodes.Ldloca : OpCodes.Ldloc, _line);
        EmitFrameLocalsArray(byRef);
        CallOps(byRef ? nameof(Ops.FrameFilterAt) : nameof(Ops.FrameFilter));
        il.BeginCatchBlock(null);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Rethrow);
        il.EndExceptionBlock();
        _tryDepth--;
        il.MarkLabel(_retLabel);
        PublishSpans();
        CallOps(nameof(Ops.Leave));
        il.Emit(OpCodes.Ldloc, _ret);
        il.Emit(OpCodes.Ret);
    }

    // About 100 operations that can raise: a program's long `main` or a big loop body. Below it the SSA cost is
    // small, and hot small functions keep their locals in registers.
    private const int PositionStoresForByRefFilter = 100;

    private void EmitPrologue()
    {
        var il = _il;
        var ps = _params;
        if (_scope.Kind == ScopeKind.Class)
        {
            // The namespace is what __prepare__ returned: a dict almost always, any mapping in general.
            _ns = il.DeclareLocal(typeof(PyObject));
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Stloc, _ns);
        }
        else if (_scope.Kind == ScopeKind.Module && _unit.Namespace != null)
        {
            _ns = il.DeclareLocal(typeof(PyObject));
            il.Emit(OpCodes.Ldsfld, NewField(typeof(PyObject), _unit.Namespace));
            il.Emit(OpCodes.Stloc, _ns);
        }
        // Free variables: the closure array, in the order the creator filled it.
        var frees = _scope.FreeVars();
        for (int i = 0; i < frees.Count; i++)
        {
            var loc = il.DeclareLocal(typeof(PyCell));
            il.Emit(OpCodes.Ldarg_0);
            if (_gen) il.Emit(OpCodes.Ldfld, RuntimeMembers.GeneratorFunction);
            il.Emit(OpCodes.Ldfld, RuntimeMembers.FunctionClosure);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldelem_Ref);
            il.Emit(OpCodes.Stloc, loc);
            _cells[frees[i]] = loc;
        }
        foreach (var name in _scope.CellVars())
        {
            if (_cells.ContainsKey(name)) continue;
            var loc = il.DeclareLocal(typeof(PyCell));
            if (_gen)
            {
                EmitFrameLoad(_slots[name]);
                il.Emit(OpCodes.Castclass, typeof(PyCell));
                il.Emit(OpCodes.Stloc, loc);
                _cells[name] = loc;
                continue;
            }
            il.Emit(OpCodes.Ldstr, name);
            il.Emit(OpCodes.Newobj, RuntimeMembers.CellNew);
            il.Emit(OpCodes.Stloc, loc);
            _cells[name] = loc;
        }
        if (_scope.Kind != ScopeKind.Function)
        {
            if (_publishLocals) EmitPublishLocals();
            return;
        }
        if (_gen)
        {
            foreach (var p in ps) if (!_deleted.Contains(p)) _neverUnbound.Add(p);
            PublishGeneratorFrameLayout();
            if (_publishLocals) EmitPublishLocals();
            return;
        }
        if (_allCells) DeclareLocalCells();
        for (int i = 0; i < ps.Count; i++)
        {
            string name = ps[i];
            if (_cells.TryGetValue(name, out var cell))
            {
                il.Emit(OpCodes.Ldloc, cell);
                EmitLoadArg(i);
                il.Emit(OpCodes.Stfld, RuntimeMembers.CellValue);
                continue;
            }
            var loc = Local(name);
            EmitLoadArg(i);
            il.Emit(OpCodes.Stloc, loc);
            if (!_deleted.Contains(name)) _neverUnbound.Add(name);
        }
        if (_publishLocals) EmitPublishLocals();
    }

    private void EmitLoadArg(int i)
    {
        if (_direct) _il.Emit(OpCodes.Ldarg, (short)(i + 1));
        else
        {
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldc_I4, i);
            _il.Emit(OpCodes.Ldelem_Ref);
        }
    }

    private LocalBuilder Local(string name)
    {
        if (!_locals.TryGetValue(name, out var loc)) _locals[name] = loc = _il.DeclareLocal(typeof(PyObject));
        return loc;
    }

    // ---- names ----
    private enum NameKind { Local, Cell, Free, Global, ClassLocal }

    /// <summary>An inlined comprehension's scope: its locals are fresh IL locals and its cells are made anew
    /// each time it runs (as CPython's comprehension function makes them per call).</summary>
    private sealed class CompFrame
    {
        public readonly Scope Scope;
        public readonly Dictionary<string, LocalBuilder> Locals = new(StringComparer.Ordinal);
        public readonly Dictionary<string, LocalBuilder> Cells = new(StringComparer.Ordinal);
        /// <summary>Locals already stored by emitted code. The loops nest in emission order, so a load emitted
        /// after a store always runs after it and needs no unbound check; only a condition naming a later
        /// loop's target (<c>[1 for a in x if b for b in y]</c>) can read an unbound local.</summary>
        public readonly HashSet<string> Bound = new(StringComparer.Ordinal);
        public CompFrame(Scope scope) { Scope = scope; }
    }

    /// <summary>Where a name lives for the code being emitted now, as the symtable says: the innermost active
    /// comprehension first, then the code object's own scope. Loc is the IL local of a comprehension local, or
    /// the cell of a Cell/Free name; null for the base scope's plain locals, globals and class names.</summary>
    private (NameKind Kind, LocalBuilder? Loc) Where(string name)
    {
        if (_comps.Count > 0)
        {
            var f = _comps[^1];
            switch (f.Scope.Lookup(name)?.Scope)
            {
                case SymbolScope.Local: return (NameKind.Local, f.Locals[name]);
                case SymbolScope.Cell: return (NameKind.Cell, f.Cells[name]);
                case SymbolScope.Free: return (NameKind.Free, CellFor(name, _comps.Count - 2));
                default: return (NameKind.Global, null);
            }
        }
        var kind = BaseKind(name);
        return (kind, kind is NameKind.Cell or NameKind.Free ? _cells[name] : null);
    }

    private NameKind BaseKind(string name)
    {
        var sym = _scope.Lookup(name);
        if (_scope.Kind == ScopeKind.Module)
            return _unit.Namespace != null && sym?.Scope != SymbolScope.GlobalExplicit ? NameKind.ClassLocal : NameKind.Global;
        if (_scope.Kind == ScopeKind.Class)
        {
            if (name == "__class__" && _cells.ContainsKey(name)) return NameKind.Cell;
            return sym?.Scope switch
            {
                SymbolScope.GlobalExplicit => NameKind.Global,
                SymbolScope.Free => NameKind.Free,
                // Implicit globals and class-bound names alike are looked up in the namespace first.
                _ => NameKind.ClassLocal,
            };
        }
        return sym?.Scope switch
        {
            SymbolScope.Local => _allCells ? NameKind.Cell : NameKind.Local,
            SymbolScope.Cell => NameKind.Cell,
            SymbolScope.Free => NameKind.Free,
            _ => NameKind.Global,
        };
    }

    /// <summary>The cell a free name refers to, searching comprehension frames from <paramref name="depth"/>
    /// outwards and then the code object's own cells (its cell and free variables).</summary>
    private LocalBuilder CellFor(string name, int depth)
    {
        for (int d = depth; d >= 0; d--)
            if (_comps[d].Cells.TryGetValue(name, out var c)) return c;
        if (_cells.TryGetValue(name, out var cell)) return cell;
        throw new CompileError($"internal: no cell for free variable '{name}'", null);
    }

    /// <summary>Private name mangling (<c>__x</c> in class C is <c>_C__x</c>), as the symtable recorded it.</summary>
    private string Mangled(string name) => Mangler.Mangle(_private, name);

    /// <summary>Loads a name; <paramref name="at"/> is the expression a NameError or UnboundLocalError
    /// points at (its position is stored only on the failing path).</summary>
    private void EmitLoadName(string name, LocatedNode? at = null)
    {
        name = Mangled(name);
        var il = _il;
        var (kind, loc) = Where(name);
        switch (kind)
        {
            case NameKind.Local:
            {
                if (loc != null) il.Emit(OpCodes.Ldloc, loc);
                else if (_gen) EmitFrameLoad(_slots[name]);
                else if (ShadowOf(name) is { } shadow) { EmitShadowLoad(name, shadow, at); return; }
                else il.Emit(OpCodes.Ldloc, Local(name));
                if (loc == null ? _neverUnbound.Contains(name) : _comps[^1].Bound.Contains(name)) return;
                var ok = il.DefineLabel();
                il.Emit(OpCodes.Dup);
                il.Emit(OpCodes.Brtrue, ok);
                il.Emit(OpCodes.Pop);
                if (at != null) EmitPos(at, track: false);
                EmitThrowNew(nameof(Ops.UnboundLocal), name);
                il.MarkLabel(ok);
                return;
            }
            case NameKind.Cell:
            case NameKind.Free:
            {
                il.Emit(OpCodes.Ldloc, loc!);
                il.Emit(OpCodes.Ldfld, RuntimeMembers.CellValue);
                var ok = il.DefineLabel();
                il.Emit(OpCodes.Dup);
                il.Emit(OpCodes.Brtrue, ok);
                il.Emit(OpCodes.Pop);
                if (at != null) EmitPos(at, track: false);
                EmitThrowNew(kind == NameKind.Cell ? nameof(Ops.UnboundLocal) : nameof(Ops.UnboundFree), name);
                il.MarkLabel(ok);
                return;
            }
            case NameKind.ClassLocal:
                il.Emit(OpCodes.Ldloc, _ns!);
                il.Emit(OpCodes.Ldsfld, StrConst(name));
                il.Emit(OpCodes.Ldsfld, GlobalCell(name));
                if (at != null) EmitPos(at, track: false);
                CallOps(nameof(Ops.LoadClassName));
                return;
            default:
            {
                var cell = GlobalCell(name);
                il.Emit(OpCodes.Ldsfld, cell);
                il.Emit(OpCodes.Ldfld, RuntimeMembers.CellValue);
                var ok = il.DefineLabel();
                il.Emit(OpCodes.Dup);
                il.Emit(OpCodes.Brtrue, ok);
                il.Emit(OpCodes.Pop);
                if (at != null) EmitPos(at, track: false);
                il.Emit(OpCodes.Ldsfld, cell);
                CallOps(nameof(Ops.LoadGlobalSlow));
                il.MarkLabel(ok);
                return;
            }
        }
    }

    /// <summary>Stores the value on top of the stack into <paramref name="name"/>.</summary>
    private void EmitStoreName(string name)
    {
        name = Mangled(name);
        var il = _il;
        var (kind, loc) = Where(name);
        switch (kind)
        {
            case NameKind.Local:
                if (loc != null)
                {
                    il.Emit(OpCodes.Stloc, loc);
                    _comps[^1].Bound.Add(name);
                }
                else if (_gen) EmitFrameStore(_slots[name]);
                else
                {
                    il.Emit(OpCodes.Stloc, Local(name));
                    if (ShadowOf(name) is { } shadow) EmitShadowClassify(name, shadow, outOfLine: false);
                }
                return;
            case NameKind.Cell:
            case NameKind.Free:
            {
                var tmp = Shuffle;
                il.Emit(OpCodes.Stloc, tmp);
                il.Emit(OpCodes.Ldloc, loc!);
                il.Emit(OpCodes.Ldloc, tmp);
                il.Emit(OpCodes.Stfld, RuntimeMembers.CellValue);
                return;
            }
            case NameKind.ClassLocal:
            {
                var tmp = Shuffle;
                il.Emit(OpCodes.Stloc, tmp);
                il.Emit(OpCodes.Ldloc, _ns!);
                il.Emit(OpCodes.Ldsfld, StrConst(name));
                il.Emit(OpCodes.Ldloc, tmp);
                CallOps(nameof(Ops.ClassNsSet));
                return;
            }
            default:
            {
                // The cell, then the live module dict (Ops.StoreGlobal).
                var tmp = Shuffle;
                il.Emit(OpCodes.Stloc, tmp);
                il.Emit(OpCodes.Ldsfld, GlobalCell(name));
                il.Emit(OpCodes.Ldloc, tmp);
                CallOps(nameof(Ops.StoreGlobal));
                return;
            }
        }
    }

    private void EmitDeleteName(string name)
    {
        name = Mangled(name);
        var il = _il;
        var (kind, loc) = Where(name);
        switch (kind)
        {
            case NameKind.Local:
                EmitLoadName(name);
                il.Emit(OpCodes.Pop);
                il.Emit(OpCodes.Ldnull);
                if (loc != null) il.Emit(OpCodes.Stloc, loc);
                else if (_gen) EmitFrameStore(_slots[name]);
                else
                {
                    il.Emit(OpCodes.Stloc, Local(name));
                    if (ShadowOf(name) is { } shadow) EmitShadowClear(shadow);
                }
                return;
            case NameKind.Cell:
            case NameKind.Free:
                EmitLoadName(name);
                il.Emit(OpCodes.Pop);
                il.Emit(OpCodes.Ldloc, loc!);
                il.Emit(OpCodes.Ldnull);
                il.Emit(OpCodes.Stfld, RuntimeMembers.CellValue);
                return;
            case NameKind.ClassLocal:
                il.Emit(OpCodes.Ldloc, _ns!);
                il.Emit(OpCodes.Ldsfld, StrConst(name));
                CallOps(nameof(Ops.DeleteClassName));
                return;
            default:
                il.Emit(OpCodes.Ldsfld, GlobalCell(name));
                CallOps(nameof(Ops.DeleteGlobal));
                return;
        }
    }

    // ---- assignment targets ----
    /// <summary>Stores the value on top of the stack into the target expression.</summary>
    private void EmitStore(Expr target)
    {
        var il = _il;
        switch (target)
        {
            case NameExpr n:
                EmitStoreName(n.Id);
                return;
            case AttributeExpr a:
            {
                // Temporaries are rented: a method with many stores would otherwise have hundreds of IL locals,
                // and the JIT's optimizing compile time grows steeply with the number it tracks.
                var tmp = RentLocal(typeof(PyObject));
                il.Emit(OpCodes.Stloc, tmp);
                EmitExpr(a.Value);
                il.Emit(OpCodes.Ldloc, tmp);
                il.Emit(OpCodes.Ldsfld, NewField(typeof(AttributeCache), new AttributeCache(Mangled(a.Attr))));
                EmitPos(a);
                CallOps(nameof(Ops.StoreAttr));
                ReturnLocal(tmp);
                return;
            }
            case Subscript s:
            {
                var tmp = RentLocal(typeof(PyObject));
                il.Emit(OpCodes.Stloc, tmp);
                EmitExpr(s.Value);
                if (!TryEmitUnboxedIndex(s, store: true, value: tmp))
                {
                    EmitExpr(s.Slice);
                    il.Emit(OpCodes.Ldloc, tmp);
                    EmitPos(s);
                    CallOps(nameof(Ops.SetItem));
                }
                ReturnLocal(tmp);
                return;
            }
            case TupleExpr or ListExpr:
            {
                var elts = target is TupleExpr t ? t.Elts : ((ListExpr)target).Elts;
                int star = elts.FindIndex(e => e is StarredExpr);
                EmitPos(target);
                if (star < 0)
                {
                    il.Emit(OpCodes.Ldc_I4, elts.Count);
                    CallOps(nameof(Ops.Unpack));
                }
                else
                {
                    il.Emit(OpCodes.Ldc_I4, star);
                    il.Emit(OpCodes.Ldc_I4, elts.Count - star - 1);
                    CallOps(nameof(Ops.UnpackStar));
                }
                var arr = il.DeclareLocal(typeof(PyObject[]));
                il.Emit(OpCodes.Stloc, arr);
                for (int i = 0; i < elts.Count; i++)
                {
                    il.Emit(OpCodes.Ldloc, arr);
                    il.Emit(OpCodes.Ldc_I4, i);
                    il.Emit(OpCodes.Ldelem_Ref);
                    EmitStore(elts[i] is StarredExpr se ? se.Value : elts[i]);
                }
                return;
            }
            default:
                throw new CompileError($"cannot assign to {target.PythonName}", target);
        }
    }

    private void EmitDelete(Expr target)
    {
        switch (target)
        {
            case NameExpr n:
                EmitPos(n);
                EmitDeleteName(n.Id);
                return;
            case AttributeExpr a:
                EmitExpr(a.Value);
                _il.Emit(OpCodes.Ldstr, a.Attr);
                CallOps(nameof(Ops.DelAttr));
                return;
            case Subscript s:
                EmitExpr(s.Value);
                EmitExpr(s.Slice);
                CallOps(nameof(Ops.DelItem));
                return;
            case TupleExpr t: foreach (var e in t.Elts) EmitDelete(e); return;
            case ListExpr l: foreach (var e in l.Elts) EmitDelete(e); return;
        }
        throw new CompileError("cannot delete " + target.PythonName, target);
    }
}
