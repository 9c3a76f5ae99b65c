namespace Krait.Compiler.Scopes;

/// <summary>What a block's code does with a name, as CPython 3.11's symtable records it (the values are
/// CPython's, so they can be compared bit for bit with <c>_symtable</c>'s raw flags).</summary>
[Flags]
public enum SymbolFlags
{
    None = 0,
    /// <summary>Declared by a <c>global</c> statement (or a walrus in a module-level comprehension).</summary>
    DefGlobal = 1,
    /// <summary>Assigned, deleted, or bound by for/with/except/def/class/match.</summary>
    DefLocal = 2,
    DefParam = 4,
    DefNonlocal = 8,
    /// <summary>Read.</summary>
    Use = 16,
    DefFree = 32,
    /// <summary>A class binds the name and one of its methods uses it as a free variable.</summary>
    DefFreeClass = 64,
    DefImport = 128,
    DefAnnot = 256,
    /// <summary>A comprehension's iteration variable.</summary>
    DefCompIter = 512,
    Bound = DefLocal | DefParam | DefImport,
}

/// <summary>Where a name lives, decided by the analysis (CPython's scope values).</summary>
public enum SymbolScope : byte
{
    None = 0,
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    /// <summary>Local, but captured by an inner scope: stored in a cell.</summary>
    Cell = 5,
}

/// <summary>One name in one scope.</summary>
public sealed class Symbol
{
    public string Name { get; }
    public SymbolFlags Flags { get; internal set; }
    public SymbolScope Scope { get; internal set; }
    readonly bool _moduleScope;

    internal Symbol(string name, SymbolFlags flags, bool moduleScope)
    {
        Name = name;
        Flags = flags;
        _moduleScope = moduleScope;
    }

    /// <summary>The flags word as CPython stores it: flags with the scope in bits 11 and up.</summary>
    public int RawFlags => (int)Flags | ((int)Scope << ScopeOffset);
    internal const int ScopeOffset = 11;

    // The predicates of CPython's symtable.Symbol, including its module-scope special case.
    public bool IsReferenced => (Flags & SymbolFlags.Use) != 0;
    public bool IsParameter => (Flags & SymbolFlags.DefParam) != 0;
    public bool IsGlobal => Scope is SymbolScope.GlobalImplicit or SymbolScope.GlobalExplicit
                            || (_moduleScope && (Flags & SymbolFlags.Bound) != 0);
    public bool IsNonlocal => (Flags & SymbolFlags.DefNonlocal) != 0;
    public bool IsDeclaredGlobal => Scope == SymbolScope.GlobalExplicit;
    public bool IsLocal => Scope is SymbolScope.Local or SymbolScope.Cell
                           || (_moduleScope && (Flags & SymbolFlags.Bound) != 0);
    public bool IsAnnotated => (Flags & SymbolFlags.DefAnnot) != 0;
    public bool IsFree => Scope == SymbolScope.Free;
    public bool IsCell => Scope == SymbolScope.Cell;
    public bool IsImported => (Flags & SymbolFlags.DefImport) != 0;
    public bool IsAssigned => (Flags & SymbolFlags.DefLocal) != 0;

    public override string ToString() => $"{Name} {Scope} {Flags}";
}
