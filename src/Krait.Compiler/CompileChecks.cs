using System.Runtime.CompilerServices;
using Krait.Compiler.Scopes;
using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Syntax.Text;

namespace Krait.Compiler;

/// <summary>The errors CPython 3.11's compiler (not its parser or symtable) raises that need no code generation:
/// misplaced return/yield/await/break/continue/async statements and comprehensions, starred assignment limits,
/// a bare except that is not last, too many nested blocks, late future imports, repeated keywords, starred
/// expressions out of place, assignments to <c>__debug__</c>, and the match statement's pattern checks. One walk
/// over the tree in the compiler's order (a class body before its bases, a comprehension's body before its first
/// iterable, ...), so the first error CPython reports is the one raised, at the location CPython's compiler
/// holds at that moment (UTF-8 byte offsets, as CPython's). Run it after <see cref="ScopeAnalyzer"/>.</summary>
public sealed class CompileChecks
{
    enum UnitKind : byte { Module, Class, Function, AsyncFunction, Lambda, Comprehension }
    enum BlockKind { Loop, ExceptStarHandler, Other }

    readonly SourceText _source;
    readonly ScopeTree _scopes;
    UnitKind _unit;
    Scope _scope;
    /// <summary>CPython's fblock stack: loops, protected try bodies, handlers, with bodies, finally copies. Those at
    /// <see cref="_unitBase"/> and above belong to the current code unit. A plain array: List of an enum is a generic
    /// instantiation that start-up would have to JIT-compile.</summary>
    BlockKind[] _blocks = new BlockKind[32];
    int _blockCount;
    int _unitBase;

    /// <summary>Null where no warnings are wanted (the scope dump tool).</summary>
    readonly CompileWarnings? _warnings;

    CompileChecks(SourceText source, ScopeTree scopes, bool warn)
    {
        _source = source;
        _scopes = scopes;
        _scope = scopes.Top;
        if (warn) _warnings = new CompileWarnings(source);
    }

    /// <summary>Raises the SyntaxErrors CPython's compiler raises and gives its SyntaxWarnings (unless
    /// <paramref name="warn"/> is false), in its order.</summary>
    public static void Check(Mod mod, ScopeTree scopes, SourceText source, bool warn = true)
    {
        var c = new CompileChecks(source, scopes, warn);
        switch (mod)
        {
            case ModuleNode m: c.Stmts(m.Body); break;
            case Interactive i: c.Stmts(i.Body); break;
            case ExpressionNode e: c.Expr(e.Body); break;
        }
    }

    PythonSyntaxError Error(string msg, LocatedNode at) => ScopeErrors.AtNode(_source, msg, at);

    PythonSyntaxError TooDeep(LocatedNode n)
        => new("RecursionError", "maximum recursion depth exceeded during compilation", _source.Filename,
               n.Lineno, n.ColOffset + 1, n.EndLineno, n.EndColOffset + 1, null);

    // ---- code units ----

    /// <summary>Enters the code unit a function, class, lambda or comprehension compiles to: its own scope and an
    /// empty block stack (the blocks below <see cref="_unitBase"/> belong to enclosing units).</summary>
    (UnitKind, Scope, int) EnterUnit(Node node, UnitKind kind)
    {
        var saved = (_unit, _scope, _unitBase);
        _unit = kind;
        _scope = _scopes[node];
        _unitBase = _blockCount;
        return saved;
    }

    void ExitUnit((UnitKind Unit, Scope Scope, int Base) saved)
    {
        // The unit's own blocks are all popped by now (an error ends the walk).
        (_unit, _scope, _unitBase) = saved;
    }

    // ---- statements ----

    void Stmts(List<Stmt> body)
    {
        for (int i = 0; i < body.Count; i++) Stmt(body[i]);
    }

    void Stmt(Stmt s)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw TooDeep(s);
        switch (s)
        {
            case FunctionDef f: Function(f, f.Args, f.Body, f.DecoratorList, f.Returns, UnitKind.Function); break;
            case AsyncFunctionDef f: Function(f, f.Args, f.Body, f.DecoratorList, f.Returns, UnitKind.AsyncFunction); break;
            case ClassDef c:
                Exprs(c.DecoratorList);
                var savedUnit = EnterUnit(c, UnitKind.Class);
                Stmts(c.Body);
                ExitUnit(savedUnit);
                Keywords(c.Keywords, c.Bases, c);
                StoreName(c.Name, s);
                break;
            case Return r:
                if (_scope.Kind != ScopeKind.Function) throw Error("'return' outside function", s);
                if (r.Value != null && _scope.IsCoroutine && _scope.IsGenerator)
                    throw Error("'return' with value in async generator", s);
                bool constant = r.Value != null && FoldsToConstant(r.Value);
                if (r.Value != null && !constant) Expr(r.Value);
                // CPython's location while unwinding is a constant return value on the statement's line.
                CheckUnwind(constant && r.Value!.Lineno == s.Lineno ? r.Value! : s, isBreak: false, isContinue: false);
                break;
            case DeleteStmt d: Exprs(d.Targets); break;
            case Assign a:
                Expr(a.Value);
                Exprs(a.Targets);
                break;
            case AugAssign a:
                if (a.Target is AttributeExpr at) Expr(at.Value);
                else if (a.Target is Subscript sub) { Expr(sub.Value); Expr(sub.Slice); }
                else if (a.Target is NameExpr n) StoreName(n.Id, n);
                Expr(a.Value);
                break;
            case AnnAssign a: AnnAssign(a); break;
            case For f:
                Expr(f.Iter);
                Push(BlockKind.Loop, s);
                Expr(f.Target);
                Stmts(f.Body);
                Pop();
                Stmts(f.Orelse);
                break;
            case AsyncFor f:
                if (_unit != UnitKind.AsyncFunction) throw Error("'async for' outside async function", s);
                Expr(f.Iter);
                Push(BlockKind.Loop, s);
                Expr(f.Target);
                Stmts(f.Body);
                Pop();
                Stmts(f.Orelse);
                break;
            case While w:
                Push(BlockKind.Loop, s);
                Expr(w.Test);
                Stmts(w.Body);
                Pop();
                Stmts(w.Orelse);
                break;
            case If i: Expr(i.Test); Stmts(i.Body); Stmts(i.Orelse); break;
            case With w: WithItems(s, w.Items, w.Body); break;
            case AsyncWith w:
                if (_unit != UnitKind.AsyncFunction) throw Error("'async with' outside async function", s);
                WithItems(s, w.Items, w.Body);
                break;
            case MatchStmt m: Match(m); break;
            case Raise r:
                if (r.Exc != null) Expr(r.Exc);
                if (r.Cause != null) Expr(r.Cause);
                break;
            case Try t: TryStmt(s, t.Body, t.Handlers, t.Orelse, t.Finalbody, star: false); break;
            case TryStar t: TryStmt(s, t.Body, t.Handlers, t.Orelse, t.Finalbody, star: true); break;
            case AssertStmt a:
                _warnings?.Assert(a);
                Expr(a.Test);
                if (a.Msg != null) Expr(a.Msg);
                break;
            case Import imp:
                foreach (var alias in imp.Names)
                {
                    string name = alias.Asname ?? alias.Name;
                    int dot = alias.Asname == null ? name.IndexOf('.') : -1;
                    StoreName(dot >= 0 ? name.Substring(0, dot) : name, s);
                }
                break;
            case ImportFrom imp:
                if (s.Lineno > _scopes.Future.LastLine && imp.Module == "__future__")
                    throw Error("from __future__ imports must occur at the beginning of the file", s);
                foreach (var alias in imp.Names)
                    if (alias.Name != "*") StoreName(alias.Asname ?? alias.Name, s);
                break;
            case ExprStmt e:
                if (e.Value is not Constant) Expr(e.Value);
                break;
            case Break:
                CheckUnwind(s, isBreak: true, isContinue: false);
                break;
            case Continue:
                CheckUnwind(s, isBreak: false, isContinue: true);
                break;
            case Global or Nonlocal or Pass: break;
        }
    }

    /// <summary>break/continue/return leave the enclosing blocks up to the loop (CPython's unwinding of the
    /// fblock stack); except* handlers cannot be left that way.</summary>
    void CheckUnwind(LocatedNode s, bool isBreak, bool isContinue)
    {
        for (int i = _blockCount - 1; i >= _unitBase; i--)
        {
            if (_blocks[i] == BlockKind.ExceptStarHandler)
                throw Error("'break', 'continue' and 'return' cannot appear in an except* block", s);
            if (_blocks[i] == BlockKind.Loop && (isBreak || isContinue)) return;
        }
        if (isBreak) throw Error("'break' outside loop", s);
        if (isContinue) throw Error("'continue' not properly in loop", s);
    }

    void Function(Stmt s, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns, UnitKind kind)
    {
        CheckDebugArgs(args, s);
        Exprs(decorators);
        Exprs(args.Defaults);
        ExprsWithNull(args.KwDefaults);
        if (!_scopes.Future.Annotations)
        {
            ParamAnnotations(args.Args);
            ParamAnnotations(args.Posonlyargs);
            // *args: *Ts (PEP 646) annotates with a starred expression.
            if (args.Vararg?.Annotation != null)
                Expr(args.Vararg.Annotation is StarredExpr st ? st.Value : args.Vararg.Annotation);
            ParamAnnotations(args.Kwonlyargs);
            if (args.Kwarg?.Annotation != null) Expr(args.Kwarg.Annotation);
            if (returns != null) Expr(returns);
        }
        var saved = EnterUnit(s, kind);
        int start = body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string } } ? 1 : 0;
        for (int i = start; i < body.Count; i++) Stmt(body[i]);
        ExitUnit(saved);
        StoreName(kind == UnitKind.AsyncFunction ? ((AsyncFunctionDef)s).Name : ((FunctionDef)s).Name, s);
    }

    void ParamAnnotations(List<Parameter> ps)
    {
        foreach (var p in ps)
            if (p.Annotation != null) Expr(p.Annotation);
    }

    void CheckDebugArgs(Arguments a, LocatedNode at)
    {
        foreach (var p in a.Posonlyargs) StoreName(p.Arg, at);
        foreach (var p in a.Args) StoreName(p.Arg, at);
        if (a.Vararg != null) StoreName(a.Vararg.Arg, at);
        foreach (var p in a.Kwonlyargs) StoreName(p.Arg, at);
        if (a.Kwarg != null) StoreName(a.Kwarg.Arg, at);
    }

    void AnnAssign(AnnAssign a)
    {
        // The assignment first, then checks on the target at the statement, the annotation last.
        if (a.Value != null)
        {
            Expr(a.Value);
            Expr(a.Target);
        }
        bool evaluatesAnnotations = _scope.Kind != ScopeKind.Function && !_scopes.Future.Annotations;
        switch (a.Target)
        {
            case NameExpr n:
                StoreName(n.Id, a);
                // Only module and class bodies evaluate the annotation of a simple name.
                if (a.Simple != 0 && evaluatesAnnotations) Expr(a.Annotation);
                break;
            case AttributeExpr at:
                StoreName(at.Attr, a);
                if (a.Value == null) Expr(at.Value);
                break;
            case Subscript sub:
                if (a.Value == null) { Expr(sub.Value); Expr(sub.Slice); }
                break;
        }
        if (a.Simple == 0 && evaluatesAnnotations) Expr(a.Annotation);
    }

    void WithItems(Stmt s, List<WithItem> items, List<Stmt> body)
    {
        foreach (var item in items)
        {
            Expr(item.ContextExpr);
            Push(BlockKind.Other, s);
            if (item.OptionalVars != null) Expr(item.OptionalVars);
        }
        Stmts(body);
        for (int i = 0; i < items.Count; i++) Pop();
    }

    /// <summary>The blocks CPython pushes: the protected body, the handler dispatch, each handler's cleanup and,
    /// for the copy of a finally body on the exception path, the finally end. (CPython compiles a finally body
    /// twice; walking it once, inside its extra block, finds the same errors.)</summary>
    void TryStmt(Stmt s, List<Stmt> body, List<ExceptHandlerBase> handlers, List<Stmt> orelse, List<Stmt> finalbody, bool star)
    {
        bool hasFinally = finalbody.Count > 0;
        if (hasFinally) Push(BlockKind.Other, s);
        if (handlers.Count > 0)
        {
            Push(BlockKind.Other, s);
            Stmts(body);
            Pop();
            if (!star) Stmts(orelse);
            Push(star ? BlockKind.ExceptStarHandler : BlockKind.Other, s);
            for (int i = 0; i < handlers.Count; i++)
            {
                var h = (ExceptHandler)handlers[i];
                if (!star && h.Type == null && i < handlers.Count - 1) throw Error("default 'except:' must be last", h);
                if (h.Type != null) Expr(h.Type);
                if (h.Name != null) StoreName(h.Name, h);
                Push(BlockKind.Other, h);
                Stmts(h.Body);
                Pop();
            }
            Pop();
            if (star) Stmts(orelse);
        }
        else Stmts(body);
        if (hasFinally)
        {
            Pop();
            Push(BlockKind.Other, s);
            Stmts(finalbody);
            Pop();
        }
    }

    /// <summary>CPython allows 20 nested blocks (CO_MAXBLOCKS) per code unit.</summary>
    void Push(BlockKind kind, LocatedNode at)
    {
        if (_blockCount - _unitBase >= 20) throw Error("too many statically nested blocks", at);
        if (_blockCount == _blocks.Length)
        {
            var grown = new BlockKind[_blocks.Length * 2];
            Array.Copy(_blocks, grown, _blockCount);
            _blocks = grown;
        }
        _blocks[_blockCount++] = kind;
    }

    void Pop() => _blockCount--;

    // ---- match statements ----

    /// <summary>The names a pattern binds so far, and whether an irrefutable pattern is allowed here.</summary>
    List<string> _stores = new();
    bool _allowIrrefutable;
    /// <summary>CPython's current location while compiling patterns: set by each pattern, kept afterwards.</summary>
    LocatedNode? _loc;

    static bool IsWildcard(Pattern p) => p is MatchAs { Pattern: null, Name: null };

    void Match(MatchStmt m)
    {
        Expr(m.Subject);
        int cases = m.Cases.Count;
        // A final `case _:` after other cases is compiled without a pattern.
        bool hasDefault = cases > 1 && IsWildcard(m.Cases[cases - 1].Pattern);
        for (int i = 0; i < cases; i++)
        {
            var c = m.Cases[i];
            if (i < cases - (hasDefault ? 1 : 0))
            {
                _stores = new List<string>();
                _allowIrrefutable = c.Guard != null || i == cases - 1;
                Pattern(c.Pattern);
            }
            if (c.Guard != null) Expr(c.Guard);
            Stmts(c.Body);
        }
    }

    void Pattern(Pattern p)
    {
        _loc = p;
        switch (p)
        {
            case MatchValue v: Expr(v.Value); break;
            case MatchSingleton: break;
            case MatchSequence seq:
            {
                int star = -1;
                bool onlyWildcard = true, starWildcard = false;
                for (int i = 0; i < seq.Patterns.Count; i++)
                {
                    var q = seq.Patterns[i];
                    if (q is MatchStar ms)
                    {
                        if (star >= 0) throw Error("multiple starred names in sequence pattern", p);
                        starWildcard = ms.Name == null;
                        onlyWildcard &= starWildcard;
                        star = i;
                        continue;
                    }
                    onlyWildcard &= IsWildcard(q);
                }
                if (onlyWildcard) break;
                // With a `*_` CPython indexes the other items (skipping wildcards and the star); otherwise it
                // unpacks and compiles every item, wildcards included (which moves the error location).
                foreach (var q in seq.Patterns)
                {
                    if (starWildcard && q is MatchStar) continue;
                    SubPattern(q, skipWildcard: starWildcard);
                }
                break;
            }
            case MatchMapping map:
            {
                if (map.Keys.Count == 0 && map.Rest == null) break;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var keyExpr in map.Keys)
                {
                    var key = FoldConstant(keyExpr);
                    if (key is Constant c)
                    {
                        string? k = ConstantKey(c.Value);
                        if (k != null && !seen.Add(k))
                            throw Error($"mapping pattern checks duplicate key ({PyReprOf(c.Value)})", p);
                    }
                    else if (key is not AttributeExpr)
                        throw Error("mapping pattern keys may only match literals and attribute lookups", p);
                    Expr(keyExpr);
                }
                foreach (var q in map.Patterns) SubPattern(q, skipWildcard: false);
                if (map.Rest != null) StorePatternName(map.Rest);
                break;
            }
            case MatchClass cls:
            {
                for (int i = 0; i < cls.KwdAttrs.Count; i++)
                {
                    _loc = cls.KwdPatterns[i];
                    string attr = cls.KwdAttrs[i];
                    if (attr == "__debug__") throw Error("cannot assign to __debug__", _loc);
                    for (int j = i + 1; j < cls.KwdAttrs.Count; j++)
                        if (cls.KwdAttrs[j] == attr)
                            throw Error($"attribute name repeated in class pattern: {attr}", cls.KwdPatterns[j]);
                }
                Expr(cls.Cls);
                foreach (var q in cls.Patterns) SubPattern(q, skipWildcard: true);
                foreach (var q in cls.KwdPatterns) SubPattern(q, skipWildcard: true);
                break;
            }
            case MatchStar st:
                if (st.Name != null) StorePatternName(st.Name);
                break;
            case MatchAs a:
                if (a.Pattern == null)
                {
                    if (!_allowIrrefutable)
                        throw Error(a.Name != null ? $"name capture {PyReprOf(a.Name)} makes remaining patterns unreachable"
                                                   : "wildcard makes remaining patterns unreachable", p);
                    if (a.Name != null) StorePatternName(a.Name);
                    break;
                }
                bool saved = _allowIrrefutable;
                _allowIrrefutable = true;
                Pattern(a.Pattern);
                _allowIrrefutable = saved;
                if (a.Name != null) StorePatternName(a.Name);
                break;
            case MatchOr or:
            {
                var outer = _stores;
                bool outerAllow = _allowIrrefutable;
                List<string>? control = null;
                for (int i = 0; i < or.Patterns.Count; i++)
                {
                    var alt = or.Patterns[i];
                    _stores = new List<string>();
                    _allowIrrefutable = i == or.Patterns.Count - 1 && outerAllow;
                    Pattern(alt);
                    if (control == null) control = _stores;
                    else if (_stores.Count != control.Count || !control.TrueForAll(_stores.Contains))
                        throw Error("alternative patterns bind different names", _loc!);
                }
                _stores = outer;
                _allowIrrefutable = outerAllow;
                foreach (var name in control!) StorePatternName(name);
                break;
            }
        }
    }

    void SubPattern(Pattern q, bool skipWildcard)
    {
        if (skipWildcard && IsWildcard(q)) return;
        bool saved = _allowIrrefutable;
        _allowIrrefutable = true;
        Pattern(q);
        _allowIrrefutable = saved;
    }

    void StorePatternName(string name)
    {
        if (name == "__debug__") throw Error("cannot assign to __debug__", _loc!);
        if (_stores.Contains(name)) throw Error($"multiple assignments to name {PyReprOf(name)} in pattern", _loc!);
        _stores.Add(name);
    }

    static string PyReprOf(object? value) => Krait.Syntax.Text.PyRepr.Repr(value);

    /// <summary>Whether CPython's constant folding (which runs before the compiler) turns the expression into a
    /// constant. Covers the common cases: literals, signs and +/- on numbers, tuples of constants.</summary>
    static bool FoldsToConstant(Expr e) => e switch
    {
        Constant => true,
        UnaryOp { Operand: var o } => FoldsToConstant(o) && IsNumber(o),
        BinOp { Op: BinaryOperator.Add or BinaryOperator.Sub, Left: var l, Right: var r } =>
            FoldsToConstant(l) && FoldsToConstant(r) && IsNumber(l) && IsNumber(r),
        TupleExpr { Ctx: ExprContext.Load } t => AllFoldToConstants(t.Elts),
        _ => false,
    };

    static bool AllFoldToConstants(List<Expr> es)
    {
        foreach (var e in es)
            if (!FoldsToConstant(e)) return false;
        return true;
    }

    static bool IsNumber(Expr e) => e switch
    {
        Constant { Value: long or System.Numerics.BigInteger or double or ImaginaryValue } => true,
        UnaryOp { Operand: var o } => IsNumber(o),
        BinOp { Left: var l, Right: var r } => IsNumber(l) && IsNumber(r),
        _ => false,
    };

    /// <summary>CPython folds constants before compiling, so <c>-1</c> and <c>1+2j</c> keys are constants.</summary>
    static Expr FoldConstant(Expr e)
    {
        if (e is UnaryOp { Op: UnaryOperator.USub, Operand: Constant c })
        {
            object? v = c.Value switch
            {
                long l when l != long.MinValue => -l,
                System.Numerics.BigInteger b => -b,
                double d => -d,
                ImaginaryValue im => new ImaginaryValue(-im.Imag),
                _ => null,
            };
            if (v != null) return new Constant(v, null);
        }
        if (e is BinOp { Left: var l2, Right: Constant { Value: ImaginaryValue } } && FoldConstant(l2) is Constant)
            return new Constant(new ComplexKey(), null);
        return e;
    }

    /// <summary>A folded complex number: never reported as a duplicate (its value is not tracked).</summary>
    sealed class ComplexKey { }

    /// <summary>A key equal for constants Python considers equal (1 == 1.0 == True; -0.0 == 0), null for values
    /// never equal to another literal (NaN, folded complex numbers).</summary>
    static string? ConstantKey(object? v)
    {
        switch (v)
        {
            case null: return "None";
            case bool b: return b ? "n:1" : "n:0";
            case long l: return "n:" + l.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case System.Numerics.BigInteger bi: return "n:" + bi.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case double d:
                if (double.IsNaN(d)) return null;
                if (d == Math.Floor(d) && !double.IsInfinity(d))
                    return "n:" + new System.Numerics.BigInteger(d).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return "f:" + d.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            case ImaginaryValue im:
                if (double.IsNaN(im.Imag)) return null;
                return im.Imag == 0 ? "n:0" : "j:" + im.Imag.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            case string s: return "s:" + s;
            case byte[] bytes: return "b:" + Convert.ToHexString(bytes);
            default: return null;
        }
    }

    // ---- expressions ----

    void Exprs(List<Expr> es)
    {
        for (int i = 0; i < es.Count; i++) Expr(es[i]);
    }

    void ExprsWithNull(List<Expr> es)
    {
        for (int i = 0; i < es.Count; i++)
            if (es[i] != null) Expr(es[i]);
    }

    /// <summary>Elements of a list/tuple/set display or call arguments: starred items are allowed there.</summary>
    void Elements(List<Expr> es)
    {
        foreach (var e in es) Expr(e is StarredExpr s ? s.Value : e);
    }

    void StoreName(string name, LocatedNode at)
    {
        if (name == "__debug__") throw Error("cannot assign to __debug__", at);
    }

    void Expr(Expr e)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw TooDeep(e);
        switch (e)
        {
            case NameExpr n:
                if (n.Id == "__debug__" && n.Ctx != ExprContext.Load)
                    throw Error(n.Ctx == ExprContext.Store ? "cannot assign to __debug__" : "cannot delete __debug__", n);
                break;
            case AttributeExpr a:
                // (Deleting an attribute named __debug__ is allowed.)
                if (a.Attr == "__debug__" && a.Ctx == ExprContext.Store) throw Error("cannot assign to __debug__", a);
                Expr(a.Value);
                break;
            case CallExpr c:
                _warnings?.Call(c);
                Expr(c.Func);
                Keywords(c.Keywords, c.Args, c);
                break;
            case Constant: break;
            case BinOp b: Expr(b.Left); Expr(b.Right); break;
            case BoolOp b: Exprs(b.Values); break;
            case UnaryOp u: Expr(u.Operand); break;
            case CompareExpr c: Expr(c.Left); Exprs(c.Comparators); _warnings?.Compare(c); break;
            case Subscript s: _warnings?.Subscript(s); Expr(s.Value); Expr(s.Slice); break;
            case TupleExpr t: Sequence(t, t.Elts, t.Ctx); break;
            case ListExpr l: Sequence(l, l.Elts, l.Ctx); break;
            case SetExpr s: Elements(s.Elts); break;
            case DictExpr d:
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (d.Keys[i] != null) Expr(d.Keys[i]);
                    Expr(d.Values[i]);
                }
                break;
            case StarredExpr s:
                throw Error(s.Ctx == ExprContext.Store ? "starred assignment target must be in a list or tuple"
                                                       : "can't use starred expression here", s);
            case SliceExpr s:
                if (s.Lower != null) Expr(s.Lower);
                if (s.Upper != null) Expr(s.Upper);
                if (s.Step != null) Expr(s.Step);
                break;
            case IfExp i: Expr(i.Test); Expr(i.Body); Expr(i.Orelse); break;
            case JoinedStr j: Exprs(j.Values); break;
            case FormattedValue f:
                Expr(f.Value);
                if (f.FormatSpec != null) Expr(f.FormatSpec);
                break;
            case NamedExpr n: Expr(n.Value); Expr(n.Target); break;
            case LambdaExpr l:
                CheckDebugArgs(l.Args, l);
                Exprs(l.Args.Defaults);
                ExprsWithNull(l.Args.KwDefaults);
                var savedUnit = EnterUnit(l, UnitKind.Lambda);
                Expr(l.Body);
                ExitUnit(savedUnit);
                break;
            case ListComp c: Comprehension(c, c.Generators, c.Elt, null, isGenexp: false); break;
            case SetComp c: Comprehension(c, c.Generators, c.Elt, null, isGenexp: false); break;
            case DictComp c: Comprehension(c, c.Generators, c.Key, c.Value, isGenexp: false); break;
            case GeneratorExp c: Comprehension(c, c.Generators, c.Elt, null, isGenexp: true); break;
            case YieldExpr y:
                if (_scope.Kind != ScopeKind.Function) throw Error("'yield' outside function", e);
                if (y.Value != null) Expr(y.Value);
                break;
            case YieldFrom y:
                if (_scope.Kind != ScopeKind.Function) throw Error("'yield' outside function", e);
                if (_unit == UnitKind.AsyncFunction) throw Error("'yield from' inside async function", e);
                Expr(y.Value);
                break;
            case AwaitExpr a:
                if (_scope.Kind != ScopeKind.Function) throw Error("'await' outside function", e);
                if (_unit != UnitKind.AsyncFunction && _unit != UnitKind.Comprehension)
                    throw Error("'await' outside async function", e);
                Expr(a.Value);
                break;
        }
    }

    /// <summary>A call's (or class definition's) keywords are validated before any argument is compiled; a
    /// keyword named __debug__ is reported at the call, a repeated one at its second occurrence.</summary>
    void Keywords(List<Keyword> keywords, List<Expr> args, LocatedNode call)
    {
        for (int i = 0; i < keywords.Count; i++)
        {
            var k = keywords[i];
            if (k.Arg == null) continue;
            if (k.Arg == "__debug__") throw Error("cannot assign to __debug__", call);
            for (int j = i + 1; j < keywords.Count; j++)
                if (keywords[j].Arg == k.Arg) throw Error($"keyword argument repeated: {k.Arg}", keywords[j]);
        }
        Elements(args);
        foreach (var k in keywords) Expr(k.Value);
    }

    void Sequence(Expr e, List<Expr> elts, ExprContext ctx)
    {
        if (ctx == ExprContext.Store)
        {
            bool seenStar = false;
            for (int i = 0; i < elts.Count; i++)
            {
                if (elts[i] is not StarredExpr) continue;
                if (seenStar) throw Error("multiple starred expressions in assignment", e);
                if (i >= (1 << 8) || elts.Count - i - 1 >= (int.MaxValue >> 8))
                    throw Error("too many expressions in star-unpacking assignment", e);
                seenStar = true;
            }
        }
        Elements(elts);
    }

    void Comprehension(Expr e, List<Comprehension> generators, Expr elt, Expr? value, bool isGenexp)
    {
        var outerUnit = _unit;
        var saved = EnterUnit(e, UnitKind.Comprehension);
        if (_scope.IsCoroutine && !isGenexp && outerUnit != UnitKind.AsyncFunction && outerUnit != UnitKind.Comprehension)
            throw Error("asynchronous comprehension outside of an asynchronous function", e);
        for (int i = 0; i < generators.Count; i++)
        {
            var g = generators[i];
            if (i > 0) Expr(g.Iter);
            Expr(g.Target);
            Exprs(g.Ifs);
        }
        Expr(elt);
        if (value != null) Expr(value);
        ExitUnit(saved);
        Expr(generators[0].Iter);
    }
}
