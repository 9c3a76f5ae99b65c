using Krait.Syntax.Ast;

namespace Krait.Compiler.Interim;

// A minimal stand-in for the symtable (ScopeAnalyzer on branch `scopes` replaces it): locals, explicit and
// implicit globals, nonlocals, free and cell variables, class scopes and the __class__ cell. Comprehensions are
// compiled inline, so their targets are not names of the enclosing scope.

internal enum ScopeKind { Module, Function, Class }

internal enum NameKind { Local, Cell, Free, Global, ClassLocal }

internal sealed class Scope
{
    public readonly ScopeKind Kind;
    public readonly string Name;
    public readonly Scope? Parent;
    public readonly Node? Node;
    public readonly HashSet<string> Assigned = new(), Used = new(), Globals = new(), Nonlocals = new(), Deleted = new();
    public readonly List<string> Params = new();
    public readonly HashSet<string> Cells = new(), Frees = new();
    public readonly List<Scope> Children = new();
    public bool UsesSuper, HasYield;
    public string QualName = "";

    public Scope(ScopeKind kind, string name, Scope? parent, Node? node)
    {
        Kind = kind; Name = name; Parent = parent; Node = node;
        parent?.Children.Add(this);
    }

    public bool IsLocal(string name) =>
        Kind != ScopeKind.Module && (Assigned.Contains(name) || Params.Contains(name))
        && !Globals.Contains(name) && !Nonlocals.Contains(name);

    public NameKind Resolve(string name)
    {
        if (Kind == ScopeKind.Module) return NameKind.Global;
        if (Kind == ScopeKind.Class)
        {
            if (name == "__class__" && Cells.Contains(name)) return NameKind.Cell;
            if (Globals.Contains(name)) return NameKind.Global;
            if (Nonlocals.Contains(name) || (Frees.Contains(name) && !Assigned.Contains(name))) return NameKind.Free;
            return NameKind.ClassLocal;
        }
        if (Globals.Contains(name)) return NameKind.Global;
        if (Frees.Contains(name)) return NameKind.Free;
        if (Cells.Contains(name)) return NameKind.Cell;
        if (IsLocal(name)) return NameKind.Local;
        return NameKind.Global;
    }

    /// <summary>Free variables in a fixed order: the closure array layout.</summary>
    public List<string> FreeList => Frees.OrderBy(n => n, StringComparer.Ordinal).ToList();
}

internal sealed class ScopeBuilder
{
    private readonly Dictionary<Node, Scope> _scopes = new(ReferenceEqualityComparer.Instance);

    public Dictionary<Node, Scope> Build(ModuleNode module, out Scope root)
    {
        root = new Scope(ScopeKind.Module, "<module>", null, module);
        _scopes[module] = root;
        foreach (var s in module.Body) Visit(s, root, new HashSet<string>());
        ResolveFrees(root);
        return _scopes;
    }

    private static string Qual(Scope parent, string name)
    {
        if (parent.Kind == ScopeKind.Module) return name;
        return parent.Kind == ScopeKind.Function ? parent.QualName + ".<locals>." + name : parent.QualName + "." + name;
    }

    private void Visit(Node? node, Scope scope, HashSet<string> comp)
    {
        switch (node)
        {
            case null: return;
            case NameExpr n:
                if (comp.Contains(n.Id)) return;
                if (n.Ctx == ExprContext.Load) scope.Used.Add(n.Id);
                else
                {
                    scope.Assigned.Add(n.Id);
                    if (n.Ctx == ExprContext.Del) scope.Deleted.Add(n.Id);
                }
                return;
            case FunctionDef f:
                scope.Assigned.Add(f.Name);
                foreach (var d in f.DecoratorList) Visit(d, scope, comp);
                VisitDefaults(f.Args, scope, comp);
                VisitFunction(f, f.Name, f.Args, f.Body, null, scope);
                return;
            case AsyncFunctionDef af:
                scope.Assigned.Add(af.Name);
                return;
            case LambdaExpr l:
                VisitDefaults(l.Args, scope, comp);
                VisitFunction(l, "<lambda>", l.Args, null, l.Body, scope);
                return;
            case ClassDef c:
            {
                scope.Assigned.Add(c.Name);
                foreach (var d in c.DecoratorList) Visit(d, scope, comp);
                foreach (var b in c.Bases) Visit(b, scope, comp);
                foreach (var k in c.Keywords) Visit(k.Value, scope, comp);
                var cs = new Scope(ScopeKind.Class, c.Name, scope, c) { QualName = Qual(scope, c.Name) };
                _scopes[c] = cs;
                foreach (var s in c.Body) Visit(s, cs, new HashSet<string>());
                return;
            }
            case Global g: foreach (var n in g.Names) scope.Globals.Add(n); return;
            case Nonlocal nl: foreach (var n in nl.Names) scope.Nonlocals.Add(n); return;
            case Import im:
                foreach (var a in im.Names) scope.Assigned.Add(a.Asname ?? a.Name.Split('.')[0]);
                return;
            case ImportFrom imf:
                foreach (var a in imf.Names) if (a.Name != "*") scope.Assigned.Add(a.Asname ?? a.Name);
                return;
            case ExceptHandler h:
                if (h.Name != null) { scope.Assigned.Add(h.Name); scope.Deleted.Add(h.Name); }
                Visit(h.Type, scope, comp);
                foreach (var s in h.Body) Visit(s, scope, comp);
                return;
            case YieldExpr or YieldFrom:
                scope.HasYield = true;
                break;
            case ListComp lc: VisitComp(lc.Generators, new Expr[] { lc.Elt }, scope, comp); return;
            case SetComp sc: VisitComp(sc.Generators, new Expr[] { sc.Elt }, scope, comp); return;
            case GeneratorExp ge: VisitComp(ge.Generators, new Expr[] { ge.Elt }, scope, comp); return;
            case DictComp dc: VisitComp(dc.Generators, new Expr[] { dc.Key, dc.Value }, scope, comp); return;
        }
        foreach (var child in Children(node)) Visit(child, scope, comp);
    }

    private void VisitComp(List<Comprehension> gens, Expr[] elts, Scope scope, HashSet<string> comp)
    {
        var inner = new HashSet<string>(comp);
        for (int i = 0; i < gens.Count; i++)
        {
            Visit(gens[i].Iter, scope, i == 0 ? comp : inner);
            CollectTargets(gens[i].Target, inner);
            foreach (var cond in gens[i].Ifs) Visit(cond, scope, inner);
        }
        foreach (var e in elts) Visit(e, scope, inner);
    }

    public static void CollectTargets(Expr target, HashSet<string> names)
    {
        switch (target)
        {
            case NameExpr n: names.Add(n.Id); break;
            case TupleExpr t: foreach (var e in t.Elts) CollectTargets(e, names); break;
            case ListExpr l: foreach (var e in l.Elts) CollectTargets(e, names); break;
            case StarredExpr s: CollectTargets(s.Value, names); break;
        }
    }

    private void VisitDefaults(Arguments a, Scope scope, HashSet<string> comp)
    {
        foreach (var d in a.Defaults) Visit(d, scope, comp);
        foreach (var d in a.KwDefaults) Visit(d, scope, comp);
    }

    private void VisitFunction(Node node, string name, Arguments args, List<Stmt>? body, Expr? exprBody, Scope parent)
    {
        var fs = new Scope(ScopeKind.Function, name, parent, node) { QualName = Qual(parent, name) };
        _scopes[node] = fs;
        foreach (var p in args.Posonlyargs) fs.Params.Add(p.Arg);
        foreach (var p in args.Args) fs.Params.Add(p.Arg);
        if (args.Vararg != null) fs.Params.Add(args.Vararg.Arg);
        foreach (var p in args.Kwonlyargs) fs.Params.Add(p.Arg);
        if (args.Kwarg != null) fs.Params.Add(args.Kwarg.Arg);
        var empty = new HashSet<string>();
        if (body != null) foreach (var s in body) Visit(s, fs, empty);
        if (exprBody != null) Visit(exprBody, fs, empty);
        if (fs.Used.Contains("super")) { fs.UsesSuper = true; fs.Used.Add("__class__"); }
    }

    private static void ResolveFrees(Scope scope)
    {
        foreach (var child in scope.Children) ResolveFrees(child);
        if (scope.Kind == ScopeKind.Module) return;
        var needed = new HashSet<string>(scope.Nonlocals);
        foreach (var n in scope.Used)
            if (!scope.IsLocal(n) && !scope.Globals.Contains(n) && !(scope.Kind == ScopeKind.Class && scope.Assigned.Contains(n)))
                needed.Add(n);
        // Names children need from outside themselves pass through this scope too.
        foreach (var child in scope.Children)
            foreach (var n in child.Frees)
                if (!scope.IsLocal(n) || scope.Kind == ScopeKind.Class)
                    if (!(scope.Kind == ScopeKind.Class && n == "__class__")) needed.Add(n);
        foreach (var n in needed)
        {
            if (scope.Kind == ScopeKind.Function && scope.IsLocal(n)) continue;
            if (Provider(scope.Parent, n) != null) scope.Frees.Add(n);
            else if (scope.Nonlocals.Contains(n))
                throw new CompileError($"no binding for nonlocal '{n}' found", scope.Node);
        }
        foreach (var child in scope.Children)
            foreach (var n in child.Frees)
            {
                if (scope.Kind == ScopeKind.Function && scope.IsLocal(n)) scope.Cells.Add(n);
                if (scope.Kind == ScopeKind.Class && n == "__class__") scope.Cells.Add(n);
            }
    }

    /// <summary>The function scope (or class scope, for __class__) enclosing <paramref name="s"/> that binds
    /// <paramref name="name"/> locally.</summary>
    private static Scope? Provider(Scope? s, string name)
    {
        for (; s != null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Module) return null;
            if (s.Kind == ScopeKind.Class)
            {
                if (name == "__class__") return s;
                continue;
            }
            if (s.IsLocal(name)) return s;
            if (s.Globals.Contains(name)) return null;
        }
        return null;
    }

    public static IEnumerable<Node> Children(Node node)
    {
        foreach (var v in node.FieldValues())
        {
            if (v is Node n) yield return n;
            else if (v is System.Collections.IEnumerable list and not string)
                foreach (var item in list)
                    if (item is Node m) yield return m;
        }
    }
}

internal sealed class CompileError : Exception
{
    public readonly Node? Node;
    public CompileError(string message, Node? node) : base(message) { Node = node; }
}
