using System.Diagnostics.SymbolStore;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Krait.Compiler;

/// <summary>The metadata tokens one dynamic module has handed out for members of other modules (runtime helpers,
/// fields of built-in singletons, constructors, types), so each is asked for once per module.</summary>
internal sealed class ModuleTokens
{
    public readonly ModuleBuilder Module;
    private readonly Dictionary<MethodBase, (int, int, bool, bool)> _methods = new();
    private readonly Dictionary<FieldInfo, int> _members = new();
    private readonly Dictionary<Type, int> _types = new();

    public ModuleTokens(ModuleBuilder module) { Module = module; }

    /// <summary>The token of a method or constructor, and what calling it does to the evaluation stack besides
    /// the opcode's own effect: pushes its result, pops its arguments and, for an instance call, the target.</summary>
    public (int Token, int Params, bool Returns, bool Instance) Method(MethodBase m)
    {
        lock (_methods)
        {
            if (_methods.TryGetValue(m, out var e)) return e;
            int t = m is MethodInfo mi ? Module.GetMethodMetadataToken(mi) : Module.GetMethodMetadataToken((ConstructorInfo)m);
            e = (t, m.GetParameters().Length, m is MethodInfo r && r.ReturnType != typeof(void), !m.IsStatic);
            _methods[m] = e;
            return e;
        }
    }

    public int Field(FieldInfo f)
    {
        lock (_members)
        {
            if (_members.TryGetValue(f, out int t)) return t;
            t = Module.GetFieldMetadataToken(f);
            _members[f] = t;
            return t;
        }
    }

    public int Type(Type type)
    {
        lock (_types)
        {
            if (_types.TryGetValue(type, out int t)) return t;
            t = Module.GetTypeMetadataToken(type);
            _types[type] = t;
            return t;
        }
    }
}

/// <summary>An ILGenerator that forwards to Reflection.Emit's own but emits calls, field accesses and type
/// operands of members outside the generated module with tokens cached per module. Reflection.Emit makes a new
/// member reference (signature blob, type reference by name, a call into the runtime's metadata emitter) at
/// every use, which measured as the largest part of IL emission. Members of the module itself (builders) go
/// through the inner generator unchanged.</summary>
internal sealed class TokenCachingILGenerator : ILGenerator
{
    private readonly ILGenerator _inner;
    private readonly ModuleTokens _tokens;

    private TokenCachingILGenerator(ILGenerator inner, ModuleTokens tokens)
    {
        _inner = inner;
        _tokens = tokens;
    }

    // The inner generator keeps the evaluation-stack depth (it sets the method's max stack) and a list of token
    // positions; Emit(OpCode, int) does neither for a call's arguments, so the cached path updates them itself.
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "UpdateStackSize")]
    private static extern void UpdateStackSize([UnsafeAccessorType("System.Reflection.Emit.RuntimeILGenerator")] object il,
                                               OpCode opcode, int stackchange);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "RecordTokenFixup")]
    private static extern void RecordTokenFixup([UnsafeAccessorType("System.Reflection.Emit.RuntimeILGenerator")] object il);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "InternalEmit")]
    private static extern void InternalEmit([UnsafeAccessorType("System.Reflection.Emit.RuntimeILGenerator")] object il, OpCode opcode);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "EnsureCapacity")]
    private static extern void EnsureCapacity([UnsafeAccessorType("System.Reflection.Emit.RuntimeILGenerator")] object il, int size);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "PutInteger4")]
    private static extern void PutInteger4([UnsafeAccessorType("System.Reflection.Emit.RuntimeILGenerator")] object il, int value);

    private static readonly bool s_available = Probe();

    /// <summary>Whether the runtime's generator has the internals the cached path uses (checked once, on a
    /// throwaway method); when not, Wrap returns the generator unchanged.</summary>
    private static bool Probe()
    {
        if (Environment.GetEnvironmentVariable("KRAIT_NO_TOKEN_CACHE") == "1") return false;
        try
        {
            var dm = new DynamicMethod("probe", typeof(void), Type.EmptyTypes, typeof(TokenCachingILGenerator).Module);
            var il = dm.GetILGenerator();
            // DynamicILGenerator derives from RuntimeILGenerator: the accessors bind to the same members.
            EnsureCapacity(il, 8);
            InternalEmit(il, OpCodes.Nop);
            UpdateStackSize(il, OpCodes.Nop, 0);
            return il.GetType().BaseType?.FullName == "System.Reflection.Emit.RuntimeILGenerator"
                || il.GetType().FullName == "System.Reflection.Emit.RuntimeILGenerator";
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>Functions compiled before the cache is used: a short program (`-c pass`, a small script) would
    /// pay more for binding the accessors (type-name parsing, JIT of the stubs) than the cache saves it.</summary>
    private const int WarmUpFunctions = 16;

    private static int s_seen;

    public static ILGenerator Wrap(ILGenerator inner, ModuleTokens tokens)
    {
        if (s_seen < WarmUpFunctions)
        {
            s_seen++;
            return inner;
        }
        return s_available && inner.GetType().FullName == "System.Reflection.Emit.RuntimeILGenerator"
            ? new TokenCachingILGenerator(inner, tokens) : inner;
    }

    private bool Foreign(MemberInfo m) => m.Module != _tokens.Module && m is not MethodBuilder and not FieldBuilder and not ConstructorBuilder;

    private void EmitToken(OpCode opcode, int token, int stackChange)
    {
        EnsureCapacity(_inner, 7);
        InternalEmit(_inner, opcode);
        if (stackChange != 0) UpdateStackSize(_inner, opcode, stackChange);
        RecordTokenFixup(_inner);
        PutInteger4(_inner, token);
    }

    private void EmitMethod(OpCode opcode, MethodBase m)
    {
        var (token, nparams, returns, instance) = _tokens.Method(m);
        int change;
        if (opcode.Equals(OpCodes.Newobj)) change = 1 - nparams;
        else if (opcode.Equals(OpCodes.Call) || opcode.Equals(OpCodes.Callvirt)) change = (returns ? 1 : 0) - nparams - (instance ? 1 : 0);
        else change = opcode.EvaluationStackDelta;
        EmitToken(opcode, token, change - opcode.EvaluationStackDelta);
    }

    public override void Emit(OpCode opcode, MethodInfo meth)
    {
        if (!Foreign(meth) || meth.CallingConvention.HasFlag(CallingConventions.VarArgs) || meth.IsGenericMethod)
        {
            _inner.Emit(opcode, meth);
            return;
        }
        bool call = opcode.Equals(OpCodes.Call) || opcode.Equals(OpCodes.Callvirt) || opcode.Equals(OpCodes.Newobj);
        if (!call && !opcode.Equals(OpCodes.Ldftn))
        {
            _inner.Emit(opcode, meth);
            return;
        }
        EmitMethod(opcode, meth);
    }

    public override void Emit(OpCode opcode, ConstructorInfo con)
    {
        if (!Foreign(con) || !opcode.Equals(OpCodes.Newobj) && !opcode.Equals(OpCodes.Call))
        {
            _inner.Emit(opcode, con);
            return;
        }
        EmitMethod(opcode, con);
    }

    public override void Emit(OpCode opcode, FieldInfo field)
    {
        if (!Foreign(field))
        {
            _inner.Emit(opcode, field);
            return;
        }
        EmitToken(opcode, _tokens.Field(field), 0);
    }

    public override void Emit(OpCode opcode, Type cls)
    {
        if (cls is TypeBuilder || cls.Module == _tokens.Module || cls.IsGenericTypeDefinition || cls.ContainsGenericParameters)
        {
            _inner.Emit(opcode, cls);
            return;
        }
        EmitToken(opcode, _tokens.Type(cls), 0);
    }

    public override void EmitCall(OpCode opcode, MethodInfo methodInfo, Type[]? optionalParameterTypes)
    {
        if (optionalParameterTypes is { Length: > 0 }) _inner.EmitCall(opcode, methodInfo, optionalParameterTypes);
        else Emit(opcode, methodInfo);
    }

    // Everything else forwards.
    public override int ILOffset => _inner.ILOffset;
    public override void BeginCatchBlock(Type? exceptionType) => _inner.BeginCatchBlock(exceptionType);
    public override void BeginExceptFilterBlock() => _inner.BeginExceptFilterBlock();
    public override Label BeginExceptionBlock() => _inner.BeginExceptionBlock();
    public override void BeginFaultBlock() => _inner.BeginFaultBlock();
    public override void BeginFinallyBlock() => _inner.BeginFinallyBlock();
    public override void BeginScope() => _inner.BeginScope();
    public override LocalBuilder DeclareLocal(Type localType, bool pinned) => _inner.DeclareLocal(localType, pinned);
    public override Label DefineLabel() => _inner.DefineLabel();
    public override void Emit(OpCode opcode) => _inner.Emit(opcode);
    public override void Emit(OpCode opcode, byte arg) => _inner.Emit(opcode, arg);
    public override void Emit(OpCode opcode, double arg) => _inner.Emit(opcode, arg);
    public override void Emit(OpCode opcode, short arg) => _inner.Emit(opcode, arg);
    public override void Emit(OpCode opcode, int arg) => _inner.Emit(opcode, arg);
    public override void Emit(OpCode opcode, long arg) => _inner.Emit(opcode, arg);
    public override void Emit(OpCode opcode, Label label) => _inner.Emit(opcode, label);
    public override void Emit(OpCode opcode, Label[] labels) => _inner.Emit(opcode, labels);
    public override void Emit(OpCode opcode, LocalBuilder local) => _inner.Emit(opcode, local);
    public override void Emit(OpCode opcode, SignatureHelper signature) => _inner.Emit(opcode, signature);
    public override void Emit(OpCode opcode, float arg) => _inner.Emit(opcode, arg);
    public override void Emit(OpCode opcode, string str) => _inner.Emit(opcode, str);
    public override void EmitCalli(OpCode opcode, CallingConventions callingConvention, Type? returnType, Type[]? parameterTypes, Type[]? optionalParameterTypes) =>
        _inner.EmitCalli(opcode, callingConvention, returnType, parameterTypes, optionalParameterTypes);
    public override void EmitCalli(OpCode opcode, CallingConvention unmanagedCallConv, Type? returnType, Type[]? parameterTypes) =>
        _inner.EmitCalli(opcode, unmanagedCallConv, returnType, parameterTypes);
    public override void EndExceptionBlock() => _inner.EndExceptionBlock();
    public override void EndScope() => _inner.EndScope();
    public override void MarkLabel(Label loc) => _inner.MarkLabel(loc);
    public override void UsingNamespace(string usingNamespace) => _inner.UsingNamespace(usingNamespace);
    protected override void MarkSequencePointCore(ISymbolDocumentWriter document, int startLine, int startColumn, int endLine, int endColumn) { }
}
