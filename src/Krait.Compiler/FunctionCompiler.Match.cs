using System.Reflection.Emit;
using Krait.Runtime;
using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary>The match statement. Each case's pattern is tested against IL locals (the stack is empty
/// whenever a test fails); captures go to temporaries and are stored into their names only once the whole
/// pattern matched, as CPython does, then the guard runs.</summary>
internal sealed partial class FunctionCompiler
{
    private void EmitMatch(MatchStmt m)
    {
        var il = _il;
        var subject = il.DeclareLocal(typeof(PyObject));
        EmitExpr(m.Subject);
        il.Emit(OpCodes.Stloc, subject);
        var end = il.DefineLabel();
        foreach (var c in m.Cases)
        {
            var fail = il.DefineLabel();
            var captures = new List<(string Name, LocalBuilder Temp)>();
            EmitLine(c.Pattern.Lineno);
            EmitPattern(c.Pattern, subject, fail, captures);
            foreach (var (name, temp) in captures)
            {
                il.Emit(OpCodes.Ldloc, temp);
                EmitStoreName(name);
            }
            if (c.Guard != null)
            {
                EmitLine(c.Guard.Lineno);
                EmitCondition(c.Guard, fail, false);
            }
            EmitStatements(c.Body);
            il.Emit(OpCodes.Br, end);
            il.MarkLabel(fail);
        }
        il.MarkLabel(end);
    }

    private LocalBuilder CaptureTemp(string name, List<(string Name, LocalBuilder Temp)> captures)
    {
        foreach (var (n, t) in captures)
            if (n == name) return t;
        var temp = _il.DeclareLocal(typeof(PyObject));
        captures.Add((name, temp));
        return temp;
    }

    private static bool IsWildcard(Pattern p) => p is MatchAs { Pattern: null, Name: null };

    /// <summary>Tests <paramref name="value"/> against <paramref name="p"/>, branching to
    /// <paramref name="fail"/> when it does not match.</summary>
    private void EmitPattern(Pattern p, LocalBuilder value, Label fail, List<(string Name, LocalBuilder Temp)> captures)
    {
        var il = _il;
        switch (p)
        {
            case MatchAs a:
                if (a.Pattern != null) EmitPattern(a.Pattern, value, fail, captures);
                if (a.Name != null)
                {
                    il.Emit(OpCodes.Ldloc, value);
                    il.Emit(OpCodes.Stloc, CaptureTemp(a.Name, captures));
                }
                return;
            case MatchValue v:
                il.Emit(OpCodes.Ldloc, value);
                EmitExpr(v.Value);
                CallOps(nameof(Ops.EqBool));
                il.Emit(OpCodes.Brfalse, fail);
                return;
            case MatchSingleton s:
                il.Emit(OpCodes.Ldloc, value);
                EmitConst(s.Value switch { null => PyNone.Instance, true => PyBool.True, _ => PyBool.False });
                il.Emit(OpCodes.Bne_Un, fail);
                return;
            case MatchOr o:
            {
                var ok = il.DefineLabel();
                for (int i = 0; i < o.Patterns.Count; i++)
                {
                    bool last = i == o.Patterns.Count - 1;
                    var next = last ? fail : il.DefineLabel();
                    EmitPattern(o.Patterns[i], value, next, captures);
                    if (!last)
                    {
                        il.Emit(OpCodes.Br, ok);
                        il.MarkLabel(next);
                    }
                }
                il.MarkLabel(ok);
                return;
            }
            case MatchSequence s:
                EmitSequencePattern(s, value, fail, captures);
                return;
            case MatchMapping mm:
                EmitMappingPattern(mm, value, fail, captures);
                return;
            case MatchClass mc:
            {
                var arr = il.DeclareLocal(typeof(PyObject[]));
                il.Emit(OpCodes.Ldloc, value);
                EmitExpr(mc.Cls);
                il.Emit(OpCodes.Ldc_I4, mc.Patterns.Count);
                il.Emit(OpCodes.Ldsfld, NewField(typeof(string[]), mc.KwdAttrs.ToArray()));
                CallOps(nameof(Ops.MatchClass));
                il.Emit(OpCodes.Dup);
                il.Emit(OpCodes.Stloc, arr);
                il.Emit(OpCodes.Brfalse, fail);
                var subs = new List<Pattern>(mc.Patterns);
                subs.AddRange(mc.KwdPatterns);
                for (int i = 0; i < subs.Count; i++) EmitItemPattern(subs[i], arr, i, fail, captures);
                return;
            }
        }
        throw new CompileError("internal: pattern " + p.PythonName, p);
    }

    /// <summary>Sub-pattern <paramref name="p"/> against <c>arr[index]</c>.</summary>
    private void EmitItemPattern(Pattern p, LocalBuilder arr, int index, Label fail, List<(string Name, LocalBuilder Temp)> captures)
    {
        if (IsWildcard(p)) return;
        var il = _il;
        var item = il.DeclareLocal(typeof(PyObject));
        il.Emit(OpCodes.Ldloc, arr);
        il.Emit(OpCodes.Ldc_I4, index);
        il.Emit(OpCodes.Ldelem_Ref);
        il.Emit(OpCodes.Stloc, item);
        EmitPattern(p, item, fail, captures);
    }

    private void EmitSequencePattern(MatchSequence s, LocalBuilder value, Label fail, List<(string Name, LocalBuilder Temp)> captures)
    {
        var il = _il;
        int star = s.Patterns.FindIndex(x => x is MatchStar);
        int fixedCount = star < 0 ? s.Patterns.Count : s.Patterns.Count - 1;
        var arr = il.DeclareLocal(typeof(PyObject[]));
        il.Emit(OpCodes.Ldloc, value);
        il.Emit(OpCodes.Ldc_I4, fixedCount);
        il.Emit(star < 0 ? OpCodes.Ldc_I4_0 : OpCodes.Ldc_I4_1);
        CallOps(nameof(Ops.MatchSequenceItems));
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, arr);
        il.Emit(OpCodes.Brfalse, fail);
        int limit = star < 0 ? s.Patterns.Count : star;
        for (int i = 0; i < limit; i++) EmitItemPattern(s.Patterns[i], arr, i, fail, captures);
        if (star < 0) return;
        int after = s.Patterns.Count - star - 1;
        if (((MatchStar)s.Patterns[star]).Name is string starName)
        {
            il.Emit(OpCodes.Ldloc, arr);
            il.Emit(OpCodes.Ldc_I4, star);
            il.Emit(OpCodes.Ldc_I4, after);
            CallOps(nameof(Ops.MatchStarList));
            il.Emit(OpCodes.Stloc, CaptureTemp(starName, captures));
        }
        for (int j = 0; j < after; j++)
        {
            var p = s.Patterns[star + 1 + j];
            if (IsWildcard(p)) continue;
            var item = il.DeclareLocal(typeof(PyObject));
            il.Emit(OpCodes.Ldloc, arr);
            il.Emit(OpCodes.Ldloc, arr);
            il.Emit(OpCodes.Ldlen);
            il.Emit(OpCodes.Conv_I4);
            il.Emit(OpCodes.Ldc_I4, after - j);
            il.Emit(OpCodes.Sub);
            il.Emit(OpCodes.Ldelem_Ref);
            il.Emit(OpCodes.Stloc, item);
            EmitPattern(p, item, fail, captures);
        }
    }

    private void EmitMappingPattern(MatchMapping mm, LocalBuilder value, Label fail, List<(string Name, LocalBuilder Temp)> captures)
    {
        var il = _il;
        il.Emit(OpCodes.Ldloc, value);
        il.Emit(OpCodes.Ldc_I4, mm.Keys.Count);
        CallOps(nameof(Ops.MatchMappingCheck));
        il.Emit(OpCodes.Brfalse, fail);
        if (mm.Keys.Count == 0 && mm.Rest == null) return;
        var keys = il.DeclareLocal(typeof(PyObject[]));
        EmitArray(mm.Keys);
        il.Emit(OpCodes.Stloc, keys);
        if (mm.Keys.Count > 0)
        {
            var vals = il.DeclareLocal(typeof(PyObject[]));
            il.Emit(OpCodes.Ldloc, value);
            il.Emit(OpCodes.Ldloc, keys);
            CallOps(nameof(Ops.MatchMappingValues));
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Stloc, vals);
            il.Emit(OpCodes.Brfalse, fail);
            for (int i = 0; i < mm.Patterns.Count; i++) EmitItemPattern(mm.Patterns[i], vals, i, fail, captures);
        }
        if (mm.Rest != null)
        {
            il.Emit(OpCodes.Ldloc, value);
            il.Emit(OpCodes.Ldloc, keys);
            CallOps(nameof(Ops.MatchMappingRest));
            il.Emit(OpCodes.Stloc, CaptureTemp(mm.Rest, captures));
        }
    }
}
