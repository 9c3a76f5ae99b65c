using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary>What a function body says about frame introspection, noted during the compiler's walk of the body
/// (<see cref="CompilerScopes.NoteFrameUse"/>): whether it reaches for frames (<c>sys._getframe</c>,
/// <c>inspect.currentframe</c>, <c>inspect.stack</c>, <c>f_back</c>, <c>f_locals</c>), and the plain names it
/// calls, so a caller of such a function can be compiled to publish its locals (see
/// <see cref="FunctionCompiler"/>, FrameLocals).</summary>
internal sealed class FrameUse
{
    public bool Introspects;
    public List<string>? Calls;

    public void Note(Node node)
    {
        switch (node)
        {
            case AttributeExpr { Attr: "_getframe" or "currentframe" or "f_back" or "f_locals" }:
            case AttributeExpr { Attr: "stack" or "getouterframes", Value: NameExpr { Id: "inspect" } }:
            case NameExpr { Id: "_getframe" or "currentframe" }:
                Introspects = true;
                break;
            case CallExpr { Func: NameExpr n }:
                (Calls ??= new List<string>()).Add(n.Id);
                break;
        }
    }
}
