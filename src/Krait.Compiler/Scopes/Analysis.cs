using Krait.Syntax.Errors;
using Krait.Syntax.Text;

namespace Krait.Compiler.Scopes;

/// <summary>The second symtable pass: with the raw flags of every block known, decide each name's scope,
/// top down (which names enclosing functions bind) and bottom up (which names children need as free
/// variables, making them cells where they are bound).</summary>
/// <remarks>CPython copies the bound and global sets for every child; here a child shares its parent's sets and
/// copies one only before changing it (a global declaration), which few blocks do.</remarks>
internal sealed class Analysis
{
    static readonly HashSet<string> s_empty = new(StringComparer.Ordinal);
    readonly SourceText _source;

    Analysis(SourceText source) => _source = source;

    internal static void Run(Scope top, SourceText source)
        => new Analysis(source).AnalyzeBlock(top, null, new HashSet<string>(StringComparer.Ordinal), s_empty);

    /// <param name="bound">Names bound by enclosing function scopes (null for the module); shared, not changed.</param>
    /// <param name="free">Receives the names this block and its children need from outside.</param>
    /// <param name="global">Names declared global in enclosing scopes; shared, not changed.</param>
    void AnalyzeBlock(Scope ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global)
    {
        // This block's views of bound and global: the parent's sets until a change needs a private copy.
        bool boundOwned = false, globalOwned = false;
        // A class's children see the sets as they were before the class's own declarations.
        var givenBound = bound;
        var givenGlobal = global;
        foreach (var sym in ste.SymbolList)
            AnalyzeName(ste, sym, ref bound, ref boundOwned, free, ref global, ref globalOwned);

        var newFree = ste.Children.Count > 0 ? new HashSet<string>(StringComparer.Ordinal) : s_empty;
        if (ste.Children.Count > 0)
        {
            // What the children see. A class passes down what it was given but not its own names (methods cannot
            // see class-level names), plus the implicit __class__ cell; a function adds its locals.
            HashSet<string> newBound;
            if (ste.Kind == ScopeKind.Class)
            {
                newBound = givenBound != null ? new HashSet<string>(givenBound, StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);
                newBound.Add("__class__");
            }
            else if (ste.Kind == ScopeKind.Function)
            {
                newBound = bound != null ? new HashSet<string>(bound, StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);
                foreach (var sym in ste.SymbolList)
                    if (sym.Scope == SymbolScope.Local) newBound.Add(sym.Name);
            }
            else newBound = bound ?? s_empty;
            // Siblings must not see each other's free variables: each adds to the set only this block reads.
            var newGlobal = ste.Kind == ScopeKind.Class ? givenGlobal : global;
            foreach (var child in ste.Children)
            {
                AnalyzeBlock(child, newBound, newFree, newGlobal);
                if (child.HasFree || child.ChildHasFree) ste.ChildHasFree = true;
            }
            if (ste.Kind == ScopeKind.Function) AnalyzeCells(ste, newFree);
            else if (ste.Kind == ScopeKind.Class && newFree.Remove("__class__")) ste.NeedsClassClosure = true;
            UpdateSymbols(ste, bound, newFree, ste.Kind == ScopeKind.Class);
            free.UnionWith(newFree);
        }
    }

    void AnalyzeName(Scope ste, Symbol sym, ref HashSet<string>? bound, ref bool boundOwned, HashSet<string> free,
                     ref HashSet<string> global, ref bool globalOwned)
    {
        string name = sym.Name;
        var flags = sym.Flags;
        if ((flags & SymbolFlags.DefGlobal) != 0)
        {
            if ((flags & SymbolFlags.DefNonlocal) != 0)
                throw ErrorAtDirective(ste, name, $"name '{name}' is nonlocal and global");
            sym.Scope = SymbolScope.GlobalExplicit;
            if (!global.Contains(name))
            {
                if (!globalOwned) { global = new HashSet<string>(global, StringComparer.Ordinal); globalOwned = true; }
                global.Add(name);
            }
            if (bound != null && bound.Contains(name))
            {
                if (!boundOwned) { bound = new HashSet<string>(bound, StringComparer.Ordinal); boundOwned = true; }
                bound.Remove(name);
            }
            return;
        }
        if ((flags & SymbolFlags.DefNonlocal) != 0)
        {
            if (bound == null)
                throw ErrorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            if (!bound.Contains(name))
                throw ErrorAtDirective(ste, name, $"no binding for nonlocal '{name}' found");
            sym.Scope = SymbolScope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if ((flags & SymbolFlags.Bound) != 0)
        {
            sym.Scope = SymbolScope.Local;
            if (global.Contains(name))
            {
                if (!globalOwned) { global = new HashSet<string>(global, StringComparer.Ordinal); globalOwned = true; }
                global.Remove(name);
            }
            return;
        }
        // Bound in an enclosing function: free here (having a bound set means the block is nested).
        if (bound != null && bound.Contains(name))
        {
            sym.Scope = SymbolScope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        // Declared global in an enclosing scope, or never bound: a global or builtin.
        if (!global.Contains(name) && ste.IsNested) ste.HasFree = true;
        sym.Scope = SymbolScope.GlobalImplicit;
    }

    /// <summary>Locals that children use as free variables become cells; they are then no longer free.</summary>
    static void AnalyzeCells(Scope ste, HashSet<string> free)
    {
        foreach (var sym in ste.SymbolList)
            if (sym.Scope == SymbolScope.Local && free.Remove(sym.Name))
                sym.Scope = SymbolScope.Cell;
    }

    static void UpdateSymbols(Scope ste, HashSet<string>? bound, HashSet<string> free, bool isClass)
    {
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

    PythonSyntaxError ErrorAtDirective(Scope ste, string name, string msg)
    {
        if (ste.Directives != null)
            foreach (var d in ste.Directives)
                if (d.Name == name)
                    return ScopeErrors.AtNode(_source, msg, d.Line, d.Col, d.EndLine, d.EndCol);
        return ScopeErrors.At(_source, msg, 0, 0, 0, -1);
    }
}
