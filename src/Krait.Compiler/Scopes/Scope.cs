using Krait.Syntax.Ast;

namespace Krait.Compiler.Scopes;

/// <summary>CPython's block types. Lambdas and comprehensions are function blocks. Annotation blocks exist
/// only under <c>from __future__ import annotations</c>; they are never children of another scope, so they
/// affect nothing but the errors raised inside them.</summary>
public enum ScopeKind : byte { Function, Class, Module, Annotation }

public enum ComprehensionKind : byte { None, List, Dict, Set, Generator }

/// <summary>A block of code with its own namespace (CPython's symtable entry).</summary>
public sealed class Scope
{
    public string Name { get; }
    public ScopeKind Kind { get; }
    /// <summary>The node that opens the scope: the Mod, a FunctionDef/AsyncFunctionDef/ClassDef, a Lambda, or a
    /// comprehension/generator expression.</summary>
    public Node Node { get; }
    public int Lineno { get; }
    public int ColOffset { get; }
    public Scope? Parent { get; }
    public List<Scope> Children { get; } = new();
    /// <summary>Symbols in the order CPython first records them.</summary>
    public List<Symbol> SymbolList { get; } = new();
    readonly Dictionary<string, Symbol> _symbols = new(StringComparer.Ordinal);
    /// <summary>Parameter names in order (positional-only, positional, keyword-only, *args, **kwargs);
    /// ".0" for a comprehension's implicit iterator argument.</summary>
    public List<string> Varnames { get; } = new();
    /// <summary>Names that `del` or an `except ... as` unbinds directly in this scope (null: none).</summary>
    public HashSet<string>? DeletedNames { get; private set; }

    internal void NoteDeleted(string name) => (DeletedNames ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);

    /// <summary>Inside a function (CPython's ste_nested): closures may be involved.</summary>
    public bool IsNested { get; }
    public bool IsGenerator { get; internal set; }
    public bool IsCoroutine { get; internal set; }
    public bool HasVarargs { get; internal set; }
    public bool HasVarKeywords { get; internal set; }
    public bool ReturnsValue { get; internal set; }
    /// <summary>A class whose methods use <c>__class__</c> or <c>super</c>: it creates the <c>__class__</c> cell.</summary>
    public bool NeedsClassClosure { get; internal set; }
    /// <summary>The scope has free variables (or nested-scope implicit globals).</summary>
    public bool HasFree { get; internal set; }
    public bool ChildHasFree { get; internal set; }
    public ComprehensionKind Comprehension { get; internal set; }

    /// <summary>The code object's first line: a decorated definition starts at its first decorator.</summary>
    public int FirstLineno => Node switch
    {
        FunctionDef { DecoratorList.Count: > 0 } f => f.DecoratorList[0].Lineno,
        AsyncFunctionDef { DecoratorList.Count: > 0 } f => f.DecoratorList[0].Lineno,
        ClassDef { DecoratorList.Count: > 0 } c => c.DecoratorList[0].Lineno,
        _ => Lineno,
    };

    /// <summary>The cell variables in the order of CPython's compiler (its <c>u_cellvars</c>): <c>__class__</c>
    /// first for a class that needs it, then the names whose scope is Cell, sorted by code point.</summary>
    public List<string> CellVars()
    {
        var cells = new List<string>();
        foreach (var sym in SymbolList)
            if (sym.Scope == SymbolScope.Cell) cells.Add(sym.Name);
        cells.Sort(string.CompareOrdinal);
        if (NeedsClassClosure) cells.Insert(0, "__class__");
        return cells;
    }

    /// <summary>The free variables in the order of CPython's compiler (<c>u_freevars</c>): names whose scope is Free,
    /// and in a class the names it binds that a method also uses freely, sorted.</summary>
    public List<string> FreeVars()
    {
        var frees = new List<string>();
        foreach (var sym in SymbolList)
            if (sym.Scope == SymbolScope.Free || (sym.Flags & SymbolFlags.DefFreeClass) != 0) frees.Add(sym.Name);
        frees.Sort(string.CompareOrdinal);
        return frees;
    }

    /// <summary>An annotation block under the annotations future, or inside one: detached from the tree.</summary>
    public bool InAnnotation { get; }

    public bool IsFunctionLike => Kind == ScopeKind.Function;
    public bool IsLambda => Node is LambdaExpr;
    public bool IsComprehension => Comprehension != ComprehensionKind.None;

    // Pass-one state.
    internal bool CompIterTarget;
    internal int CompIterExpr;
    /// <summary>global/nonlocal declarations (and walrus-in-comprehension ones): name and statement span.</summary>
    internal List<(string Name, int Line, int Col, int EndLine, int EndCol)>? Directives;

    internal Scope(string name, ScopeKind kind, Node node, int lineno, int colOffset, Scope? parent)
    {
        Name = name;
        Kind = kind;
        Node = node;
        Lineno = lineno;
        ColOffset = colOffset;
        Parent = parent;
        IsNested = parent != null && (parent.IsNested || parent.Kind == ScopeKind.Function);
        InAnnotation = kind == ScopeKind.Annotation || (parent?.InAnnotation ?? false);
    }

    /// <summary>The child scopes a name's def/class statements (or lambdas, comprehensions) open here: CPython's
    /// <c>Symbol.get_namespaces()</c>.</summary>
    public List<Scope> GetNamespaces(string name) => Children.FindAll(c => c.Name == name);

    public Symbol? Lookup(string name) => _symbols.TryGetValue(name, out var s) ? s : null;
    public IReadOnlyDictionary<string, Symbol> Symbols => _symbols;

    internal SymbolFlags GetFlags(string name) => _symbols.TryGetValue(name, out var s) ? s.Flags : SymbolFlags.None;

    /// <summary>The symbol for a name, created with no flags if new (one dictionary probe).</summary>
    internal Symbol GetOrAdd(string name)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_symbols, name, out bool exists);
        if (!exists)
        {
            slot = new Symbol(name, SymbolFlags.None, Kind == ScopeKind.Module);
            SymbolList.Add(slot);
        }
        return slot!;
    }

    internal Symbol SetFlags(string name, SymbolFlags flags)
    {
        if (_symbols.TryGetValue(name, out var s))
        {
            s.Flags = flags;
            return s;
        }
        s = new Symbol(name, flags, Kind == ScopeKind.Module);
        _symbols.Add(name, s);
        SymbolList.Add(s);
        return s;
    }

    public override string ToString() => $"{Kind} {Name} line {Lineno}";
}

/// <summary>The result of scope analysis: the scope tree and the scope each scope-opening node opens.</summary>
public sealed class ScopeTree
{
    public Scope Top { get; }
    public FutureFeatures Future { get; }
    readonly Dictionary<Node, Scope> _byNode; // keyed by reference (see ScopeAnalyzer)

    internal ScopeTree(Scope top, FutureFeatures future, Dictionary<Node, Scope> byNode)
    {
        Top = top;
        Future = future;
        _byNode = byNode;
    }

    /// <summary>The scope opened by a Mod, function, class, lambda or comprehension node.</summary>
    public Scope this[Node node] => _byNode[node];
    public bool TryGetScope(Node node, out Scope scope) => _byNode.TryGetValue(node, out scope!);
}
