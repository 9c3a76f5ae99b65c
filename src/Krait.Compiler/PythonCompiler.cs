using System.Reflection;
using System.Reflection.Emit;
using Krait.Runtime;
using Krait.Compiler.Scopes;
using Krait.Syntax.Ast;

namespace Krait.Compiler;

/// <summary>What the compiler keeps about a code object until its IL is emitted (on first call).</summary>
internal sealed class CodeUnit
{
    public required Scope Scope;
    public required Node Node;
    public required string Filename;
    public required PyModule Module;
    public required ScopeTree Scopes;
    /// <summary>For exec/eval with separate locals: the mapping the module body's names live in (looked up
    /// before globals, as in a class body); null for ordinary modules.</summary>
    public PyObject? Namespace;
    /// <summary>Frame introspection in the body, noted when it is first walked (FunctionCompiler.FrameLocals).</summary>
    public FrameUse? FrameUse;
    /// <summary>The optimization level it is compiled with (-O): 1 drops asserts and makes __debug__ False, 2
    /// also drops docstrings.</summary>
    public int Optimize;
}

/// <summary>Compiles modules to code objects whose functions become static methods of a non-collectible
/// assembly (tiered JIT and dynamic PGO apply), each emitted on its first call.</summary>
public static class PythonCompiler
{
    // The runtime's cost of creating a type in a dynamic module grows with the number of types the module
    // already holds (measured: about 90 us for the first types of a module, 2.5 ms after 10,000), so generated
    // types go into a fresh dynamic assembly every TypesPerAssembly types. Generated code calls across these
    // assemblies (direct calls) like any other reference; each has its own name so references bind to it.
    private static readonly int TypesPerAssembly =
        int.TryParse(Environment.GetEnvironmentVariable("KRAIT_TYPES_PER_ASSEMBLY"), out int n) && n > 0 ? n : 64;
    private static readonly object s_moduleLock = new();
    private static ModuleBuilder s_module = NewModule(0);
    private static ModuleTokens s_tokens = new(s_module);
    private static int s_typesInModule, s_assemblies;
    private static int s_typeCounter;

    private static ModuleBuilder NewModule(int index)
    {
        string name = index == 0 ? "Krait.Generated" : "Krait.Generated" + index;
        return AssemblyBuilder.DefineDynamicAssembly(new AssemblyName(name), AssemblyBuilderAccess.Run).DefineDynamicModule(name);
    }

    private static (TypeBuilder, ModuleTokens) DefineGeneratedType(string name)
    {
        lock (s_moduleLock)
        {
            if (++s_typesInModule > TypesPerAssembly)
            {
                s_module = NewModule(++s_assemblies);
                s_tokens = new ModuleTokens(s_module);
                s_typesInModule = 1;
            }
            return (s_module.DefineType(name, TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Abstract | TypeAttributes.Class), s_tokens);
        }
    }

    /// <summary>Pays the compiler's one-time costs ahead: its static tables of runtime members, the first dynamic
    /// assembly, and the runtime's first type creation, reflection field store and JIT compile of generated code
    /// (together ~6 ms, most of a short program's compile). The command calls this on its main thread, which is
    /// otherwise idle while the program's thread sets up the built-ins. Does nothing once compiling has begun;
    /// compiling waits for it on the module lock, so the two never use the dynamic module at once.</summary>
    public static void WarmUp()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(FunctionCompiler).TypeHandle);
        lock (s_moduleLock)
        {
            if (s_typesInModule > 0 || s_assemblies > 0) return;
            var tb = s_module.DefineType("KraitWarmUp", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Abstract | TypeAttributes.Class);
            tb.DefineField("f0", typeof(PyObject), FieldAttributes.Public | FieldAttributes.Static);
            var mb = tb.DefineMethod("Run", MethodAttributes.Public | MethodAttributes.Static, typeof(PyObject), new[] { typeof(PyFunction) });
            var il = mb.GetILGenerator();
            il.Emit(OpCodes.Ldsfld, RuntimeMembers.None);
            il.Emit(OpCodes.Ret);
            var type = tb.CreateType();
            type.GetFields(BindingFlags.Public | BindingFlags.Static)[0].SetValue(null, PyNone.Instance);
            System.Runtime.CompilerServices.RuntimeHelpers.PrepareMethod(type.GetMethod("Run")!.MethodHandle);
        }
    }

    // Whoever compiles a module first makes compile()/exec()/eval() available to the runtime.
    static PythonCompiler()
    {
        DynamicCompiler.Install();
        PyCode.Describe = CodeDescription.Describe;
    }

    /// <summary>The module body as a function of no arguments; calling it runs the module.</summary>
    public static PyFunction CompileModule(ModuleNode tree, ScopeTree scopes, string filename, PyModule module, PyObject? locals = null,
                                           int optimize = -1)
    {
        var code = NewCode(new CodeUnit
            {
                Scope = scopes.Top, Node = tree, Filename = filename, Module = module, Scopes = scopes, Namespace = locals,
                Optimize = optimize < 0 ? Builtins.FlagOptimize : optimize,
            },
            "<module>", "<module>", 1, Array.Empty<string>(), 0, 0, false, 0, false);
        return new PyFunction(code, module, null, null, null);
    }

    internal static FunctionCode NewCode(CodeUnit unit, string name, string qualName, int line, string[] paramNames,
                                         int posOnly, int pos, bool varArgs, int kwOnly, bool kwArgs)
    {
        var code = new FunctionCode(name, qualName, unit.Filename, line, paramNames, posOnly, pos, varArgs, kwOnly, kwArgs)
        {
            CompilerState = unit,
            Materialize = Materialize,
            Module = unit.Module,
        };
        var body = unit.Node switch { FunctionDef f => f.Body, AsyncFunctionDef af => af.Body, _ => null };
        if (unit.Optimize < 2 && body is { Count: > 0 } && body[0] is ExprStmt { Value: Constant { Value: string doc } }) code.Doc = doc;
        return code;
    }

    private static void Materialize(FunctionCode code)
    {
        var unit = (CodeUnit)code.CompilerState!;
        int n = code.TotalParams;
        bool direct = n <= FunctionCode.MaxDirectArity;
        var paramTypes = new Type[direct ? n + 1 : 2];
        paramTypes[0] = typeof(PyFunction);
        for (int i = 1; i < paramTypes.Length; i++) paramTypes[i] = typeof(PyObject);
        if (!direct) paramTypes[1] = typeof(PyObject[]);
        var (tb, tokens) = DefineGeneratedType($"K{Interlocked.Increment(ref s_typeCounter)}_{Sanitize(code.Name)}");
        var mb = tb.DefineMethod("Run", MethodAttributes.Public | MethodAttributes.Static, typeof(PyObject), paramTypes);
        // Direct calls (FunctionCompiler.DirectCalls) call Run with `call`; each Python frame must stay a .NET
        // frame of its own for sys._getframe's stack walk.
        mb.SetImplementationFlags(MethodImplAttributes.NoInlining);
        bool generator = unit.Scope.IsGenerator && unit.Node is FunctionDef or LambdaExpr || unit.Node is GeneratorExp;
        if (generator && unit.Node is FunctionDef gdef) code.CloseWhenCollected = ProtectedRegions.Any(gdef.Body);
        FunctionCompiler fc;
        FieldBuilder? resumeField = null;
        long t0 = CompileStats.Start();
        try
        {
            if (generator)
            {
                // The body becomes a resume method over a frame; the entry only makes the generator.
                var resume = tb.DefineMethod("Resume", MethodAttributes.Public | MethodAttributes.Static, typeof(PyObject),
                    new[] { typeof(PyGenerator), typeof(PyObject) });
                resumeField = tb.DefineField("resume", typeof(nint), FieldAttributes.Public | FieldAttributes.Static);
                fc = new FunctionCompiler(unit, code, tb, TokenCachingILGenerator.Wrap(resume.GetILGenerator(), tokens), direct, generator: true);
                fc.EmitBody();
                fc.EmitGeneratorEntry(TokenCachingILGenerator.Wrap(mb.GetILGenerator(), tokens), resumeField);
            }
            else
            {
                fc = new FunctionCompiler(unit, code, tb, TokenCachingILGenerator.Wrap(mb.GetILGenerator(), tokens), direct) { SelfEntry = direct ? mb : null };
                fc.EmitBody();
            }
        }
        catch (CompileError e)
        {
            throw Ops.SystemError(e.Message);
        }
        CompileStats.Stop(CompileStats.Phase.Emit, t0);
        t0 = CompileStats.Start();
        var type = tb.CreateType()!;
        CompileStats.Stop(CompileStats.Phase.CreateType, t0);
        t0 = CompileStats.Start();
        fc.InitializeFields(type);
        PyFrame.Register(type, code);
        CompileStats.Stop(CompileStats.Phase.Fields, t0);
        t0 = CompileStats.Start();
        if (resumeField != null)
            type.GetField("resume")!.SetValue(null, type.GetMethod("Resume")!.MethodHandle.GetFunctionPointer());
        var mi = type.GetMethod("Run")!;
        if (direct) code.Entry = mi;
        code.InstallEntry(mi.MethodHandle.GetFunctionPointer());
        CompileStats.Stop(CompileStats.Phase.Delegates, t0);
        if (CompileStats.Enabled)
        {
            t0 = CompileStats.Start();
            System.Runtime.CompilerServices.RuntimeHelpers.PrepareMethod(mi.MethodHandle);
            if (resumeField != null) System.Runtime.CompilerServices.RuntimeHelpers.PrepareMethod(type.GetMethod("Resume")!.MethodHandle);
            CompileStats.Stop(CompileStats.Phase.Jit, t0);
            var ilBody = (resumeField != null ? type.GetMethod("Resume")! : mi).GetMethodBody();
            CompileStats.Function(code.QualName, fc.FieldCount, ilBody?.GetILAsByteArray()?.Length ?? 0, ilBody?.LocalVariables.Count ?? 0);
        }
    }

    private static string Sanitize(string name)
    {
        var chars = name.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray();
        return new string(chars);
    }
}
