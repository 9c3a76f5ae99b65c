using System.Reflection.Emit;
using Krait.Runtime;
using Krait.Compiler.Scopes;
using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary>Annotations as CPython 3.11 compiles them: module and class bodies collect annotated names in
/// `__annotations__`, functions get a dict of their parameter and return annotations, and annotations inside
/// function bodies are not evaluated. Under `from __future__ import annotations` the stored values are the
/// annotations' source text.</summary>
internal sealed partial class FunctionCompiler
{
    private bool AnnotationsAsText => _unit.Scopes.Future.Annotations;

    /// <summary>At the start of a module or class body that annotates names: `__annotations__ = {}` unless the
    /// namespace has one (CPython's SETUP_ANNOTATIONS).</summary>
    private void EmitSetupAnnotations(List<Stmt> body)
    {
        if (!HasAnnotatedAssignment(body)) return;
        if (_ns != null)
        {
            _il.Emit(OpCodes.Ldloc, _ns);
            CallOps(nameof(Ops.SetupAnnotations));
        }
        else
        {
            _il.Emit(OpCodes.Ldsfld, NewField(typeof(PyModule), _unit.Module));
            CallOps(nameof(Ops.SetupModuleAnnotations));
        }
    }

    /// <summary>Whether a body has an annotated assignment, looking into compound statements but not into
    /// nested functions and classes.</summary>
    private static bool HasAnnotatedAssignment(List<Stmt> body)
    {
        foreach (var s in body)
        {
            switch (s)
            {
                case AnnAssign: return true;
                case If i when HasAnnotatedAssignment(i.Body) || HasAnnotatedAssignment(i.Orelse): return true;
                case For f when HasAnnotatedAssignment(f.Body) || HasAnnotatedAssignment(f.Orelse): return true;
                case AsyncFor f when HasAnnotatedAssignment(f.Body) || HasAnnotatedAssignment(f.Orelse): return true;
                case While w when HasAnnotatedAssignment(w.Body) || HasAnnotatedAssignment(w.Orelse): return true;
                case With w when HasAnnotatedAssignment(w.Body): return true;
                case AsyncWith w when HasAnnotatedAssignment(w.Body): return true;
                case Try t when HasAnnotatedAssignment(t.Body) || HasAnnotatedAssignment(t.Orelse) || HasAnnotatedAssignment(t.Finalbody)
                                || t.Handlers.Any(h => h is ExceptHandler eh && HasAnnotatedAssignment(eh.Body)):
                    return true;
                case TryStar t when HasAnnotatedAssignment(t.Body) || HasAnnotatedAssignment(t.Orelse) || HasAnnotatedAssignment(t.Finalbody)
                                    || t.Handlers.Any(h => h is ExceptHandler eh && HasAnnotatedAssignment(eh.Body)):
                    return true;
                case MatchStmt m when m.Cases.Any(c => HasAnnotatedAssignment(c.Body)): return true;
            }
        }
        return false;
    }

    private void EmitAnnAssign(AnnAssign ann)
    {
        var il = _il;
        if (ann.Value != null)
        {
            EmitExpr(ann.Value);
            EmitStore(ann.Target);
        }
        else
        {
            // `obj.attr: T` and `obj[i]: T` still evaluate the object (and the index).
            switch (ann.Target)
            {
                case AttributeExpr a:
                    EmitExpr(a.Value);
                    il.Emit(OpCodes.Pop);
                    break;
                case Subscript sub:
                    EmitExpr(sub.Value);
                    il.Emit(OpCodes.Pop);
                    if (sub.Slice is not SliceExpr) { EmitExpr(sub.Slice); il.Emit(OpCodes.Pop); }
                    break;
            }
        }
        if (_scope.Kind is not (ScopeKind.Module or ScopeKind.Class)) return;
        if (ann.Target is NameExpr n && ann.Simple != 0)
        {
            EmitAnnotationValue(ann.Annotation);
            var value = il.DeclareLocal(typeof(PyObject));
            il.Emit(OpCodes.Stloc, value);
            EmitLoadName("__annotations__");
            il.Emit(OpCodes.Ldsfld, StrConst(Mangled(n.Id)));
            il.Emit(OpCodes.Ldloc, value);
            EmitPos(ann);
            CallOps(nameof(Ops.SetItem));
        }
        else if (!AnnotationsAsText)
        {
            EmitExpr(ann.Annotation);
            il.Emit(OpCodes.Pop);
        }
    }

    private void EmitAnnotationValue(Expr annotation)
    {
        if (AnnotationsAsText) EmitConst(new PyStr(AnnotationText.Of(annotation)));
        else EmitExpr(annotation);
    }

    /// <summary>With the new function on the stack: gives it its parameter and return annotations, if any.</summary>
    private void EmitFunctionAnnotations(Arguments args, Expr? returns)
    {
        var all = new List<(string, Expr)>();
        foreach (var p in args.Posonlyargs) if (p.Annotation != null) all.Add((p.Arg, p.Annotation));
        foreach (var p in args.Args) if (p.Annotation != null) all.Add((p.Arg, p.Annotation));
        if (args.Vararg?.Annotation != null) all.Add((args.Vararg.Arg, args.Vararg.Annotation));
        foreach (var p in args.Kwonlyargs) if (p.Annotation != null) all.Add((p.Arg, p.Annotation));
        if (args.Kwarg?.Annotation != null) all.Add((args.Kwarg.Arg, args.Kwarg.Annotation));
        if (returns != null) all.Add(("return", returns));
        if (all.Count == 0) return;
        var il = _il;
        il.Emit(OpCodes.Newobj, RuntimeMembers.DictNew);
        var setItem = typeof(PyObject).GetMethod(nameof(PyObject.SetItem))!;
        foreach (var (name, annotation) in all)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldsfld, StrConst(Mangled(name)));
            EmitAnnotationValue(annotation);
            il.Emit(OpCodes.Callvirt, setItem);
        }
        CallOps(nameof(Ops.SetFunctionAnnotations));
    }
}
