using System.Runtime.CompilerServices;
using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Syntax.Text;

namespace Krait.Compiler.Scopes;

/// <summary>Scope analysis exactly as CPython 3.11's symtable: a first pass over the tree records what each
/// block does with each name (flags), a second pass decides where each name lives (local, cell, free, global).
/// Errors are raised as CPython raises them, the first one found in CPython's order.</summary>
/// <remarks>
/// Evaluated in the enclosing scope, not the one the node opens: a function's defaults, keyword defaults,
/// annotations (unless the annotations future detaches them) and decorators; a class's bases, keywords and
/// decorators; a lambda's defaults; a comprehension's first iterable (the comprehension receives its iterator as
/// the parameter ".0"). Every comprehension and generator expression is its own function scope; a walrus inside
/// one binds in the nearest enclosing function or module scope, which the comprehension reaches as a free (or
/// global) name. Class bodies are not visible from the functions inside them, except for the implicit
/// <c>__class__</c> cell.
/// </remarks>
public sealed class ScopeAnalyzer
{
    readonly SourceText _source;
    readonly FutureFeatures _future;
    readonly List<Scope> _stack = new();
    readonly Dictionary<Node, Scope> _byNode = new(ReferenceEqualityComparer.Instance);
    Scope _cur = null!;
    Scope _top = null!;
    /// <summary>The class name used for private-name mangling (CPython's st_private).</summary>
    string? _private;

    ScopeAnalyzer(SourceText source, FutureFeatures future)
    {
        _source = source;
        _future = future;
    }

    /// <summary>Analyzes a module, expression or interactive tree. Throws <see cref="PythonSyntaxError"/> for the
    /// errors CPython's future pass and symtable raise.
    /// <paramref name="wrapperStatements"/>: statements the caller wrapped around the source's own code (eval's
    /// expression is compiled as an assignment), not counted toward the depth limit.</summary>
    public static ScopeTree Analyze(Mod module, SourceText source, int wrapperStatements = 0)
    {
        var future = FutureFeatures.Parse(module, source);
        var a = new ScopeAnalyzer(source, future);
        a.SetDepthLimits();
        a._depth -= wrapperStatements;
        var top = a.Build(module);
        Analysis.Run(top, source);
        return new ScopeTree(top, future, a._byNode);
    }

    Scope Build(Mod mod)
    {
        EnterBlock("top", ScopeKind.Module, mod, 0, 0);
        _top = _cur;
        switch (mod)
        {
            case ModuleNode m: VisitStmts(m.Body); break;
            case Interactive i: VisitStmts(i.Body); break;
            case ExpressionNode e: VisitExpr(e.Body); break;
            default: throw new NotSupportedException("scope analysis of " + mod.PythonName);
        }
        ExitBlock();
        return _top;
    }

    // ---- blocks ----

    void EnterBlock(string name, ScopeKind kind, Node node, int lineno, int col)
    {
        var prev = _stack.Count > 0 ? _stack[^1] : null;
        var scope = new Scope(name, kind, node, lineno, col, prev);
        _stack.Add(scope);
        // All walruses anywhere inside a comprehension's iterable are rejected, even in nested scopes.
        if (prev != null) scope.CompIterExpr = prev.CompIterExpr;
        _cur = scope;
        if (kind == ScopeKind.Annotation) return;
        prev?.Children.Add(scope);
        // Scopes inside a detached annotation block are never compiled: they are not mapped.
        if (!scope.InAnnotation) _byNode[node] = scope;
    }

    void ExitBlock()
    {
        _stack.RemoveAt(_stack.Count - 1);
        if (_stack.Count > 0) _cur = _stack[^1];
    }

    // ---- recording names ----

    string Mangle(string name) => Mangler.Mangle(_private, name);

    SymbolFlags LookupFlags(string name) => _cur.GetFlags(Mangle(name));

    void AddDef(string name, SymbolFlags flag, LocatedNode at)
        => AddDef(name, flag, _cur, at.Lineno, at.ColOffset, at.EndLineno, at.EndColOffset);

    void AddDef(string name, SymbolFlags flag, Scope ste, int line, int col, int endLine, int endCol)
    {
        string mangled = Mangle(name);
        var sym = ste.GetOrAdd(mangled);
        if ((flag & SymbolFlags.DefParam) != 0 && (sym.Flags & SymbolFlags.DefParam) != 0)
            throw ScopeErrors.AtNode(_source, $"duplicate argument '{name}' in function definition", line, col, endLine, endCol);
        SymbolFlags val = flag | sym.Flags;
        if (ste.CompIterTarget)
        {
            // An iteration variable: it may not be a name a walrus already bound through this comprehension.
            if ((val & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0)
                throw ScopeErrors.AtNode(_source, $"comprehension inner loop cannot rebind assignment expression target '{name}'",
                                         line, col, endLine, endCol);
            val |= SymbolFlags.DefCompIter;
        }
        sym.Flags = val;
        if ((flag & SymbolFlags.DefParam) != 0)
            ste.Varnames.Add(mangled);
        else if ((flag & SymbolFlags.DefGlobal) != 0)
            _top.SetFlags(mangled, flag | _top.GetFlags(mangled));
    }

    void RecordDirective(string name, int line, int col, int endLine, int endCol)
    {
        (_cur.Directives ??= new()).Add((Mangle(name), line, col, endLine, endCol));
    }

    // ---- statements ----

    void VisitStmts(List<Stmt> body)
    {
        for (int i = 0; i < body.Count; i++) VisitStmt(body[i]);
    }

    // CPython's symtable counts statements and expressions being visited from 3 x the current Python depth up to
    // 3 x sys.getrecursionlimit() (COMPILER_STACK_FRAME_SCALE) and raises RecursionError past it.
    int _depth, _depthLimit;

    void SetDepthLimits()
    {
        long limit = 3L * Krait.Runtime.Ops.RecursionLimit, start = 3L * Krait.Runtime.Ops.Depth;
        _depthLimit = (int)Math.Min(limit, int.MaxValue);
        _depth = (int)Math.Min(start, int.MaxValue);
    }

    void VisitStmt(Stmt s)
    {
        if (++_depth > _depthLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw TooDeep(s);
        VisitStmtNested(s);
        _depth--;
    }

    void VisitStmtNested(Stmt s)
    {
        switch (s)
        {
            case FunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: false);
                break;
            case AsyncFunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: true);
                break;
            case ClassDef c:
            {
                AddDef(c.Name, SymbolFlags.DefLocal, c);
                VisitExprs(c.Bases);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                VisitExprs(c.DecoratorList);
                EnterBlock(c.Name, ScopeKind.Class, c, c.Lineno, c.ColOffset);
                var saved = _private;
                _private = c.Name;
                VisitStmts(c.Body);
                _private = saved;
                ExitBlock();
                break;
            }
            case Return r:
                if (r.Value != null)
                {
                    VisitExpr(r.Value);
                    _cur.ReturnsValue = true;
                }
                break;
            case DeleteStmt d: VisitExprs(d.Targets); break;
            case Assign a:
                VisitExprs(a.Targets);
                VisitExpr(a.Value);
                break;
            case AnnAssign a: VisitAnnAssign(a); break;
            case AugAssign a:
                VisitExpr(a.Target);
                VisitExpr(a.Value);
                break;
            case For f:
                VisitExpr(f.Target); VisitExpr(f.Iter); VisitStmts(f.Body); VisitStmts(f.Orelse);
                break;
            case AsyncFor f:
                VisitExpr(f.Target); VisitExpr(f.Iter); VisitStmts(f.Body); VisitStmts(f.Orelse);
                break;
            case While w:
                VisitExpr(w.Test); VisitStmts(w.Body); VisitStmts(w.Orelse);
                break;
            case If i:
                VisitExpr(i.Test); VisitStmts(i.Body); VisitStmts(i.Orelse);
                break;
            case MatchStmt m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    if (c.Guard != null) VisitExpr(c.Guard);
                    VisitStmts(c.Body);
                }
                break;
            case Raise r:
                if (r.Exc != null)
                {
                    VisitExpr(r.Exc);
                    if (r.Cause != null) VisitExpr(r.Cause);
                }
                break;
            case Try t:
                // CPython's symtable visits the else block before the handlers.
                VisitStmts(t.Body); VisitStmts(t.Orelse); VisitHandlers(t.Handlers); VisitStmts(t.Finalbody);
                break;
            case TryStar t:
                // CPython's symtable visits the else block before the handlers.
                VisitStmts(t.Body); VisitStmts(t.Orelse); VisitHandlers(t.Handlers); VisitStmts(t.Finalbody);
                break;
            case AssertStmt a:
                VisitExpr(a.Test);
                if (a.Msg != null) VisitExpr(a.Msg);
                break;
            case Import imp:
                foreach (var alias in imp.Names) VisitAlias(alias);
                break;
            case ImportFrom imp:
                foreach (var alias in imp.Names) VisitAlias(alias);
                break;
            case Global g:
                foreach (var name in g.Names) VisitDeclaration(g, name, SymbolFlags.DefGlobal, "global");
                break;
            case Nonlocal n:
                foreach (var name in n.Names) VisitDeclaration(n, name, SymbolFlags.DefNonlocal, "nonlocal");
                break;
            case ExprStmt e: VisitExpr(e.Value); break;
            case With w:
                VisitWithItems(w.Items); VisitStmts(w.Body);
                break;
            case AsyncWith w:
                VisitWithItems(w.Items); VisitStmts(w.Body);
                break;
            case Pass or Break or Continue: break;
            default: throw new NotSupportedException("statement " + s.PythonName);
        }
    }

    void VisitFunction(Stmt s, string name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns, bool isAsync)
    {
        AddDef(name, SymbolFlags.DefLocal, s);
        VisitExprs(args.Defaults);
        VisitExprsWithNull(args.KwDefaults);
        VisitArgAnnotations(s, args, returns);
        VisitExprs(decorators);
        EnterBlock(name, ScopeKind.Function, s, s.Lineno, s.ColOffset);
        if (isAsync) _cur.IsCoroutine = true;
        VisitArguments(args);
        VisitStmts(body);
        ExitBlock();
    }

    void VisitAnnAssign(AnnAssign a)
    {
        if (a.Target is NameExpr target)
        {
            var cur = LookupFlags(target.Id);
            if ((cur & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0 && _cur != _top && a.Simple != 0)
            {
                string kind = (cur & SymbolFlags.DefGlobal) != 0 ? "global" : "nonlocal";
                throw ScopeErrors.AtNode(_source, $"annotated name '{target.Id}' can't be {kind}", a);
            }
            if (a.Simple != 0) AddDef(target.Id, SymbolFlags.DefAnnot | SymbolFlags.DefLocal, target);
            // (CPython also records a plain assignment whenever there is a value.)
            if (a.Value != null) AddDef(target.Id, SymbolFlags.DefLocal, target);
        }
        else VisitExpr(a.Target);
        VisitAnnotation(a.Annotation);
        if (a.Value != null) VisitExpr(a.Value);
    }

    void VisitDeclaration(Stmt s, string name, SymbolFlags flag, string keyword)
    {
        var cur = LookupFlags(name);
        if ((cur & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
        {
            string msg;
            if ((cur & SymbolFlags.DefParam) != 0) msg = $"name '{name}' is parameter and {keyword}";
            else if ((cur & SymbolFlags.Use) != 0) msg = $"name '{name}' is used prior to {keyword} declaration";
            else if ((cur & SymbolFlags.DefAnnot) != 0) msg = $"annotated name '{name}' can't be {keyword}";
            else msg = $"name '{name}' is assigned to before {keyword} declaration";
            throw ScopeErrors.AtNode(_source, msg, s);
        }
        AddDef(name, flag, s);
        RecordDirective(name, s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset);
    }

    void VisitAlias(Alias a)
    {
        string name = a.Asname ?? a.Name;
        if (name == "*")
        {
            if (_cur.Kind != ScopeKind.Module)
                throw ScopeErrors.AtNode(_source, "import * only allowed at module level", a);
            return;
        }
        int dot = name.IndexOf('.');
        AddDef(dot >= 0 ? name.Substring(0, dot) : name, SymbolFlags.DefImport, a);
    }

    void VisitHandlers(List<ExceptHandlerBase> handlers)
    {
        foreach (var hb in handlers)
        {
            var h = (ExceptHandler)hb;
            if (h.Type != null) VisitExpr(h.Type);
            if (h.Name != null)
            {
                AddDef(h.Name, SymbolFlags.DefLocal, h);
                _cur.NoteDeleted(h.Name);
            }
            VisitStmts(h.Body);
        }
    }

    void VisitWithItems(List<WithItem> items)
    {
        foreach (var item in items)
        {
            VisitExpr(item.ContextExpr);
            if (item.OptionalVars != null) VisitExpr(item.OptionalVars);
        }
    }

    void VisitPattern(Pattern p)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw TooDeep(p);
        switch (p)
        {
            case MatchValue v: VisitExpr(v.Value); break;
            case MatchSingleton: break;
            case MatchSequence s: VisitPatterns(s.Patterns); break;
            case MatchStar s:
                if (s.Name != null) AddDef(s.Name, SymbolFlags.DefLocal, s);
                break;
            case MatchMapping m:
                VisitExprs(m.Keys);
                VisitPatterns(m.Patterns);
                if (m.Rest != null) AddDef(m.Rest, SymbolFlags.DefLocal, m);
                break;
            case MatchClass c:
                VisitExpr(c.Cls);
                VisitPatterns(c.Patterns);
                VisitPatterns(c.KwdPatterns);
                break;
            case MatchAs a:
                if (a.Pattern != null) VisitPattern(a.Pattern);
                if (a.Name != null) AddDef(a.Name, SymbolFlags.DefLocal, a);
                break;
            case MatchOr o: VisitPatterns(o.Patterns); break;
            default: throw new NotSupportedException("pattern " + p.PythonName);
        }
    }

    void VisitPatterns(List<Pattern> ps)
    {
        for (int i = 0; i < ps.Count; i++) VisitPattern(ps[i]);
    }

    // ---- parameters and annotations ----

    void VisitArguments(Arguments a)
    {
        VisitParams(a.Posonlyargs);
        VisitParams(a.Args);
        VisitParams(a.Kwonlyargs);
        if (a.Vararg != null)
        {
            AddDef(a.Vararg.Arg, SymbolFlags.DefParam, a.Vararg);
            _cur.HasVarargs = true;
        }
        if (a.Kwarg != null)
        {
            AddDef(a.Kwarg.Arg, SymbolFlags.DefParam, a.Kwarg);
            _cur.HasVarKeywords = true;
        }
    }

    void VisitParams(List<Parameter> ps)
    {
        foreach (var p in ps) AddDef(p.Arg, SymbolFlags.DefParam, p);
    }

    /// <summary>Parameter and return annotations, evaluated in the enclosing scope (or, under the annotations
    /// future, in a detached annotation block: one for all parameters, one for the return annotation).</summary>
    void VisitArgAnnotations(Stmt s, Arguments a, Expr? returns)
    {
        bool future = _future.Annotations;
        if (future) EnterBlock("_annotation", ScopeKind.Annotation, s, s.Lineno, s.ColOffset);
        VisitParamAnnotations(a.Posonlyargs);
        VisitParamAnnotations(a.Args);
        if (a.Vararg?.Annotation != null) VisitExpr(a.Vararg.Annotation);
        if (a.Kwarg?.Annotation != null) VisitExpr(a.Kwarg.Annotation);
        VisitParamAnnotations(a.Kwonlyargs);
        if (future) ExitBlock();
        if (returns != null) VisitAnnotation(returns);
    }

    void VisitParamAnnotations(List<Parameter> ps)
    {
        foreach (var p in ps)
            if (p.Annotation != null) VisitExpr(p.Annotation);
    }

    void VisitAnnotation(Expr annotation)
    {
        bool future = _future.Annotations;
        if (future) EnterBlock("_annotation", ScopeKind.Annotation, annotation, annotation.Lineno, annotation.ColOffset);
        VisitExpr(annotation);
        if (future) ExitBlock();
    }

    // ---- expressions ----

    void VisitExprs(List<Expr> es)
    {
        for (int i = 0; i < es.Count; i++) VisitExpr(es[i]);
    }

    void VisitExprsWithNull(List<Expr> es)
    {
        for (int i = 0; i < es.Count; i++)
            if (es[i] != null) VisitExpr(es[i]);
    }

    void VisitExpr(Expr e)
    {
        if (++_depth > _depthLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw TooDeep(e);
        VisitExprNested(e);
        _depth--;
    }

    void VisitExprNested(Expr e)
    {
        switch (e)
        {
            case NameExpr n:
                AddDef(n.Id, n.Ctx == ExprContext.Load ? SymbolFlags.Use : SymbolFlags.DefLocal, n);
                if (n.Ctx == ExprContext.Del) _cur.NoteDeleted(n.Id);
                // A use of super() in a function implicitly uses the __class__ cell.
                if (n.Ctx == ExprContext.Load && _cur.Kind == ScopeKind.Function && n.Id == "super")
                    AddDef("__class__", SymbolFlags.Use, n);
                break;
            case AttributeExpr a: VisitExpr(a.Value); break;
            case CallExpr c:
                VisitExpr(c.Func);
                VisitExprs(c.Args);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                break;
            case Constant: break;
            case BinOp b: VisitExpr(b.Left); VisitExpr(b.Right); break;
            case BoolOp b: VisitExprs(b.Values); break;
            case UnaryOp u: VisitExpr(u.Operand); break;
            case CompareExpr c: VisitExpr(c.Left); VisitExprs(c.Comparators); break;
            case Subscript s: VisitExpr(s.Value); VisitExpr(s.Slice); break;
            case TupleExpr t: VisitExprs(t.Elts); break;
            case ListExpr l: VisitExprs(l.Elts); break;
            case SetExpr s: VisitExprs(s.Elts); break;
            case DictExpr d: VisitExprsWithNull(d.Keys); VisitExprs(d.Values); break;
            case StarredExpr s: VisitExpr(s.Value); break;
            case SliceExpr s:
                if (s.Lower != null) VisitExpr(s.Lower);
                if (s.Upper != null) VisitExpr(s.Upper);
                if (s.Step != null) VisitExpr(s.Step);
                break;
            case IfExp i: VisitExpr(i.Test); VisitExpr(i.Body); VisitExpr(i.Orelse); break;
            case JoinedStr j: VisitExprs(j.Values); break;
            case FormattedValue f:
                VisitExpr(f.Value);
                if (f.FormatSpec != null) VisitExpr(f.FormatSpec);
                break;
            case NamedExpr n: VisitNamedExpr(n); break;
            case LambdaExpr l:
                VisitExprs(l.Args.Defaults);
                VisitExprsWithNull(l.Args.KwDefaults);
                EnterBlock("lambda", ScopeKind.Function, l, l.Lineno, l.ColOffset);
                VisitArguments(l.Args);
                VisitExpr(l.Body);
                ExitBlock();
                break;
            case ListComp c: VisitComprehension(c, "listcomp", ComprehensionKind.List, c.Generators, c.Elt, null); break;
            case SetComp c: VisitComprehension(c, "setcomp", ComprehensionKind.Set, c.Generators, c.Elt, null); break;
            case DictComp c: VisitComprehension(c, "dictcomp", ComprehensionKind.Dict, c.Generators, c.Key, c.Value); break;
            case GeneratorExp c: VisitComprehension(c, "genexpr", ComprehensionKind.Generator, c.Generators, c.Elt, null); break;
            case YieldExpr y:
                CheckNotInAnnotation("yield expression", y);
                if (y.Value != null) VisitExpr(y.Value);
                _cur.IsGenerator = true;
                CheckYieldNotInComprehension(y);
                break;
            case YieldFrom y:
                CheckNotInAnnotation("yield expression", y);
                VisitExpr(y.Value);
                _cur.IsGenerator = true;
                CheckYieldNotInComprehension(y);
                break;
            case AwaitExpr a:
                CheckNotInAnnotation("await expression", a);
                VisitExpr(a.Value);
                _cur.IsCoroutine = true;
                break;
            default: throw new NotSupportedException("expression " + e.PythonName);
        }
    }

    void CheckNotInAnnotation(string what, Expr e)
    {
        if (_cur.Kind == ScopeKind.Annotation)
            throw ScopeErrors.AtNode(_source, $"'{what}' can not be used within an annotation", e);
    }

    void CheckYieldNotInComprehension(Expr e)
    {
        string? where = _cur.Comprehension switch
        {
            ComprehensionKind.List => "list comprehension",
            ComprehensionKind.Set => "set comprehension",
            ComprehensionKind.Dict => "dict comprehension",
            ComprehensionKind.Generator => "generator expression",
            _ => null,
        };
        if (where != null) throw ScopeErrors.AtNode(_source, $"'yield' inside {where}", e);
    }

    void VisitNamedExpr(NamedExpr e)
    {
        CheckNotInAnnotation("named expression", e);
        if (_cur.CompIterExpr > 0)
            throw ScopeErrors.AtNode(_source, "assignment expression cannot be used in a comprehension iterable expression", e);
        if (_cur.IsComprehension) ExtendNamedExprScope((NameExpr)e.Target);
        VisitExpr(e.Value);
        VisitExpr(e.Target);
    }

    /// <summary>A walrus inside a comprehension binds in the nearest enclosing function or module scope
    /// (PEP 572): the comprehension declares the name nonlocal (or global) and the target scope binds it.</summary>
    void ExtendNamedExprScope(NameExpr target)
    {
        string name = target.Id;
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            var ste = _stack[i];
            if (ste.IsComprehension)
            {
                if ((ste.GetFlags(name) & SymbolFlags.DefCompIter) != 0)
                    throw ScopeErrors.AtNode(_source, $"assignment expression cannot rebind comprehension iteration variable '{name}'", target);
                continue;
            }
            if (ste.Kind == ScopeKind.Function)
            {
                bool isGlobal = (ste.GetFlags(name) & SymbolFlags.DefGlobal) != 0;
                AddDef(name, isGlobal ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal, target);
                RecordDirective(name, target.Lineno, target.ColOffset, target.EndLineno, target.EndColOffset);
                AddDef(name, SymbolFlags.DefLocal, ste, target.Lineno, target.ColOffset, target.EndLineno, target.EndColOffset);
                return;
            }
            if (ste.Kind == ScopeKind.Module)
            {
                AddDef(name, SymbolFlags.DefGlobal, target);
                RecordDirective(name, target.Lineno, target.ColOffset, target.EndLineno, target.EndColOffset);
                AddDef(name, SymbolFlags.DefGlobal, ste, target.Lineno, target.ColOffset, target.EndLineno, target.EndColOffset);
                return;
            }
            if (ste.Kind == ScopeKind.Class)
                throw ScopeErrors.AtNode(_source, "assignment expression within a comprehension cannot be used in a class body", target);
        }
        throw new InvalidOperationException("no scope for a walrus target");
    }

    void VisitComprehension(Expr e, string name, ComprehensionKind kind, List<Comprehension> generators, Expr elt, Expr? value)
    {
        var outermost = generators[0];
        // The outermost iterable is evaluated in the enclosing scope.
        _cur.CompIterExpr++;
        VisitExpr(outermost.Iter);
        _cur.CompIterExpr--;
        EnterBlock(name, ScopeKind.Function, e, e.Lineno, e.ColOffset);
        _cur.Comprehension = kind;
        if (outermost.IsAsync != 0) _cur.IsCoroutine = true;
        // The outermost iterator arrives as the implicit parameter ".0".
        AddDef(".0", SymbolFlags.DefParam, _cur, e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset);
        _cur.CompIterTarget = true;
        VisitExpr(outermost.Target);
        _cur.CompIterTarget = false;
        VisitExprs(outermost.Ifs);
        for (int i = 1; i < generators.Count; i++)
        {
            var g = generators[i];
            _cur.CompIterTarget = true;
            VisitExpr(g.Target);
            _cur.CompIterTarget = false;
            _cur.CompIterExpr++;
            VisitExpr(g.Iter);
            _cur.CompIterExpr--;
            VisitExprs(g.Ifs);
            if (g.IsAsync != 0) _cur.IsCoroutine = true;
        }
        if (value != null) VisitExpr(value);
        VisitExpr(elt);
        bool isGenerator = kind == ComprehensionKind.Generator;
        _cur.IsGenerator = isGenerator;
        // An async list/set/dict comprehension makes its enclosing scope a coroutine too.
        bool isAsync = _cur.IsCoroutine && !isGenerator;
        ExitBlock();
        if (isAsync) _cur.IsCoroutine = true;
    }

    PythonSyntaxError TooDeep(LocatedNode n)
        => new("RecursionError", "maximum recursion depth exceeded during compilation", _source.Filename,
               n.Lineno, n.ColOffset + 1, n.EndLineno, n.EndColOffset + 1, null);
}
