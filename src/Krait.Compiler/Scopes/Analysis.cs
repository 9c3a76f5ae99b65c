using Krait.Syntax.Text;

namespace Krait.Compiler.Scopes;

/// <summary>The second symtable pass: with the raw flags of every block known, decide each name's scope,
/// top down (which names enclosing functions bind) and bottom up (which names children need as free
/// variables, making them cells where they are bound).</summary>
internal sealed class Analysis
{
    readonly SourceText _source;

    Analysis(SourceText source) => _source = source;

    internal static void Run(Scope top, SourceText source)
        => new Analysis(source).AnalyzeBlock(top, null, new HashSet<string>(StringComparer.Ordinal),
                                              new HashSet<string>(StringComparer.Ordinal));

    /// <param name="bound">Names bound by enclosing function scopes (null for the module).</param>
    /// <param name="free">Receives the names this block and its children need from outside.</param>
    /// <param name="global">Names declared global in enclosing scopes.</param>
    void AnalyzeBlock(Scope ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global)
    {
        var local = new HashSet<string>(StringComparer.Ordinal);
        var scopes = new Dictionary<string, SymbolScope>(StringComparer.Ordinal);
        var newGlobal = new HashSet<string>(StringComparer.Ordinal);
        var newFree = new HashSet<string>(StringComparer.Ordinal);
        var newBound = new HashSet<string>(StringComparer.Ordinal);

        // A class passes down what it was given but not its own names: methods cannot see class-level names.
        if (ste.Kind == ScopeKind.Class)
        {
            newGlobal.UnionWith(global);
            if (bound != null) newBound.UnionWith(bound);
        }
        foreach (var sym in ste.SymbolList)
            AnalyzeName(ste, scopes, sym.Name, sym.Flags, bound, local, free, global);
        if (ste.Kind != ScopeKind.Class)
        {
            if (ste.Kind == ScopeKind.Function) newBound.UnionWith(local);
            if (bound != null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else
        {
            // Methods see the class's implicit __class__ cell.
            newBound.Add("__class__");
        }

        // Siblings must not see each other's free variables, so each child starts from empty sets.
        var allFree = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in ste.Children)
        {
            var childFree = new HashSet<string>(newFree, StringComparer.Ordinal);
            AnalyzeBlock(child, new HashSet<string>(newBound, StringComparer.Ordinal), childFree,
                         new HashSet<string>(newGlobal, StringComparer.Ordinal));
            allFree.UnionWith(childFree);
            if (child.HasFree || child.ChildHasFree) ste.ChildHasFree = true;
        }
        newFree.UnionWith(allFree);

        if (ste.Kind == ScopeKind.Function) AnalyzeCells(scopes, newFree);
        else if (ste.Kind == ScopeKind.Class && newFree.Remove("__class__")) ste.NeedsClassClosure = true;

        UpdateSymbols(ste, scopes, bound, newFree, ste.Kind == ScopeKind.Class);
        free.UnionWith(newFree);
    }

    void AnalyzeName(Scope ste, Dictionary<string, SymbolScope> scopes, string name, SymbolFlags flags,
                     HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global)
    {
        if ((flags & SymbolFlags.DefGlobal) != 0)
        {
            if ((flags & SymbolFlags.DefNonlocal) != 0)
                throw ErrorAtDirective(ste, name, $"name '{name}' is nonlocal and global");
            scopes[name] = SymbolScope.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & SymbolFlags.DefNonlocal) != 0)
        {
            if (bound == null)
                throw ErrorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            if (!bound.Contains(name))
                throw ErrorAtDirective(ste, name, $"no binding for nonlocal '{name}' found");
            scopes[name] = SymbolScope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if ((flags & SymbolFlags.Bound) != 0)
        {
            scopes[name] = SymbolScope.Local;
            local.Add(name);
            global.Remove(name);
            return;
        }
        // Bound in an enclosing function: free here (having a bound set means the block is nested).
        if (bound != null && bound.Contains(name))
        {
            scopes[name] = SymbolScope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        // Declared global in an enclosing scope, or never bound: a global or builtin.
        if (!global.Contains(name) && ste.IsNested) ste.HasFree = true;
        scopes[name] = SymbolScope.GlobalImplicit;
    }

    /// <summary>Locals that children use as free variables become cells; they are then no longer free.</summary>
    static void AnalyzeCells(Dictionary<string, SymbolScope> scopes, HashSet<string> free)
    {
        List<string>? cells = null;
        foreach (var (name, scope) in scopes)
            if (scope == SymbolScope.Local && free.Contains(name)) (cells ??= new()).Add(name);
        if (cells == null) return;
        foreach (var name in cells)
        {
            scopes[name] = SymbolScope.Cell;
            free.Remove(name);
        }
    }

    static void UpdateSymbols(Scope ste, Dictionary<string, SymbolScope> scopes, HashSet<string>? bound,
                              HashSet<string> free, bool isClass)
    {
        foreach (var sym in ste.SymbolList) sym.Scope = scopes[sym.Name];
        // Free variables of children pass through this block on their way to the binding scope.
        foreach (var name in free)
        {
            var sym = ste.Lookup(name);
            if (sym != null)
            {
                // A method's free variable that the class also binds (or declares global): the class looks the
                // name up in its own namespace but must also pass the cell through.
                if (isClass && (sym.Flags & (SymbolFlags.Bound | SymbolFlags.DefGlobal)) != 0)
                    sym.Flags |= SymbolFlags.DefFreeClass;
                continue;
            }
            if (bound != null && !bound.Contains(name)) continue;
            ste.SetFlags(name, SymbolFlags.None).Scope = SymbolScope.Free;
        }
    }

    Krait.Syntax.Errors.PythonSyntaxError ErrorAtDirective(Scope ste, string name, string msg)
    {
        if (ste.Directives != null)
            foreach (var d in ste.Directives)
                if (d.Name == name)
                    return ScopeErrors.AtNode(_source, msg, d.Line, d.Col, d.EndLine, d.EndCol);
        return ScopeErrors.At(_source, msg, 0, 0, 0, -1);
    }
}
