using System.Numerics;
using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>Builtins that reach globals or the compiler (globals, locals, vars, dir, eval, exec, compile) and
/// the remaining small ones (bin, oct, hex, breakpoint).
/// Compiled calls by name pass the caller's module and locals (<see cref="Ops.CallWithFrame"/>); other calls
/// (through a variable, from C#) find the caller's module by a stack walk.</summary>
public static partial class Builtins
{
    private static PyModule MainModule() =>
        Modules.TryGetValue("__main__", out var m) && m is PyModule pm ? pm : Module;

    /// <summary>The module of the Python code calling a builtin that got no frame from the compiler.</summary>
    private static PyModule CallerModule() => PyFrame.CallerModule() ?? MainModule();

    /// <summary>A module's globals: its live namespace dict.</summary>
    public static PyDict GlobalsDict(PyModule m) => m.Dict;

    private static void DefFrame(string name, Func<PyObject[], string[]?, PyModule, PyObject?, PyObject> body) =>
        Module.Set(name, new PyBuiltinFunction(name, (a, k) => body(a, k, CallerModule(), null)) { WithFrame = body, ModuleName = "builtins" });

    private static void DefineDynamicFunctions()
    {
        DefFrame("globals", (a, k, m, lo) => { CheckArgs("globals", a, k, 0, 0); return m.Dict; });
        DefFrame("locals", (a, k, m, lo) => { CheckArgs("locals", a, k, 0, 0); return lo ?? m.Dict; });
        DefFrame("vars", (a, k, m, lo) =>
        {
            CheckArgs("vars", a, k, 0, 1);
            if (a.Length == 0) return lo ?? m.Dict;
            if (a[0] is PyModule pm) return pm.Dict;
            if (a[0].TryGetAttr("__dict__", out var d)) return d;
            throw Ops.TypeError("vars() argument must have __dict__ attribute");
        });
        DefFrame("dir", (a, k, m, lo) =>
        {
            CheckArgs("dir", a, k, 0, 1);
            if (a.Length > 0) return Dir(a[0]);
            var list = new PyList(Ops.ToArray(lo ?? m.Dict));
            TypeMethods.Sort(list, null, null);
            return list;
        });
        Def("bin", (a, k) => { CheckArgs("bin", a, k, 1, 1); return new PyStr(Numerics.FormatSpec.FormatInt(IndexBig(a[0]), "#b")); });
        Def("oct", (a, k) => { CheckArgs("oct", a, k, 1, 1); return new PyStr(Numerics.FormatSpec.FormatInt(IndexBig(a[0]), "#o")); });
        Def("hex", (a, k) => { CheckArgs("hex", a, k, 1, 1); return new PyStr(Numerics.FormatSpec.FormatInt(IndexBig(a[0]), "#x")); });
        Def("breakpoint", (a, k) => PyNone.Instance);
        Def("compile", (a, k) =>
        {
            var pos = Positional(a, k, out var kwargs);
            PyObject? Arg(int i, string n) => TakeKw(kwargs, n) ?? (pos.Length > i ? pos[i] : null);
            var src = Arg(0, "source");
            var fn = Arg(1, "filename");
            var mode = Arg(2, "mode");
            var flagsArg = Arg(3, "flags"); Arg(4, "dont_inherit"); var optimizeArg = Arg(5, "optimize");
            TakeKw(kwargs, "_feature_version");
            NoMoreKw("compile", kwargs);
            if (src == null || fn == null || mode == null)
                throw Ops.TypeError($"compile() missing required argument '{(src == null ? "source" : fn == null ? "filename" : "mode")}' (pos {(src == null ? 1 : fn == null ? 2 : 3)})");
            if (src is PyCode existing) return existing;
            long optimize = optimizeArg == null ? -1 : Ops.Index(optimizeArg);
            if (optimize < -1 || optimize > 2) throw Ops.ValueError("compile(): invalid optimize value");
            long flags = flagsArg == null ? 0 : Ops.Index(flagsArg);
            if ((flags & AstHook.OnlyAst) != 0 || (src is PyInstance && src is not PyStr))
            {
                // ast.parse and compile(tree, ...) go through the _ast module.
                AstHook.EnsureLoaded();
                string fname = fn is PyStr fns ? fns.Value : Ops.Str(fn);
                string md = mode is PyStr mds ? mds.Value : throw Ops.TypeError($"compile() argument 'mode' must be str, not {mode.Type.TpName}");
                if (AstHook.IsAst!(src))
                    return (flags & AstHook.OnlyAst) != 0 ? src : WithOptimize(AstHook.CompileTree!(src, fname, md), optimize);
                if ((flags & AstHook.OnlyAst) != 0)
                {
                    if (md != "exec" && md != "eval" && md != "single" && md != "func_type")
                        throw Ops.ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
                    return AstHook.Parse!(SourceOf(src, "compile() arg 1 must be a string, bytes or AST object"), fname, md);
                }
            }
            string filename = fn is PyStr fs ? fs.Value : BytesMethods.IsBuffer(fn) ? Codecs.Decode(BytesMethods.Buf(fn), "utf-8", "strict")
                : throw Ops.TypeError($"expected str, bytes or os.PathLike object, not {fn.Type.TpName}");
            string m = mode is PyStr ms ? ms.Value : throw Ops.TypeError($"compile() argument 'mode' must be str, not {mode.Type.TpName}");
            if (m != "exec" && m != "eval" && m != "single")
                throw Ops.ValueError("compile() mode must be 'exec', 'eval' or 'single'");
            return WithOptimize(CompileObject(src, filename, m, "compile() arg 1 must be a string, bytes or AST object"), optimize);
        });
        DefFrame("exec", (a, k, m, lo) => RunDynamic("exec", a, k, m, lo));
        DefFrame("eval", (a, k, m, lo) => RunDynamic("eval", a, k, m, lo));
    }

    private static PyObject WithOptimize(PyObject code, long optimize)
    {
        if (code is PyCode c) c.Optimize = (int)optimize;
        return code;
    }

    private static BigInteger IndexBig(PyObject o)
    {
        if (Ops.IsIntLike(o)) return Ops.ToBig(o);
        var m = o.Type.Lookup("__index__");
        if (m == null) throw Ops.TypeError($"'{o.Type.TpName}' object cannot be interpreted as an integer");
        var r = m.Call1(o);
        if (!Ops.IsIntLike(r)) throw Ops.TypeError($"__index__ returned non-int (type {r.Type.TpName})");
        return Ops.ToBig(r);
    }

    private static string SourceOf(PyObject src, string message)
    {
        if (src is PyStr s) return s.Value;
        if (BytesMethods.IsBuffer(src)) return Codecs.Decode(BytesMethods.Buf(src), "utf-8", "strict");
        throw Ops.TypeError(message);
    }

    private static PyCode CompileSource(string text, string filename, string mode)
    {
        if (PyCode.Compiler == null) throw Ops.SystemError("no compiler is installed");
        if (text.IndexOf('\0') >= 0) throw Ops.ValueError("source code string cannot contain null bytes");
        return PyCode.Compiler(text, filename, mode);
    }

    /// <summary>compile()/exec()/eval() of a str, or of bytes decoded as CPython decodes source.</summary>
    private static PyCode CompileObject(PyObject src, string filename, string mode, string message)
    {
        if (src is PyStr s) return CompileSource(s.Value, filename, mode);
        if (!BytesMethods.IsBuffer(src)) throw Ops.TypeError(message);
        if (PyCode.BytesCompiler == null) return CompileSource(SourceOf(src, message), filename, mode);
        var bytes = BytesMethods.Buf(src).ToArray();
        if (Array.IndexOf(bytes, (byte)0) >= 0) throw Ops.ValueError("source code string cannot contain null bytes");
        return PyCode.BytesCompiler(bytes, filename, mode);
    }

    private static PyObject RunDynamic(string fname, PyObject[] a, string[]? k, PyModule caller, PyObject? callerLocals)
    {
        var pos = Positional(a, k, out var kwargs);
        var gl = TakeKw(kwargs, "globals") ?? (pos.Length > 1 ? pos[1] : null);
        var lo = TakeKw(kwargs, "locals") ?? (pos.Length > 2 ? pos[2] : null);
        if (fname == "exec") TakeKw(kwargs, "closure");
        NoMoreKw(fname, kwargs);
        if (pos.Length < 1) throw Ops.TypeError($"{fname} expected at least 1 argument, got 0");
        if (pos.Length > 3) throw Ops.TypeError($"{fname} expected at most 3 arguments, got {pos.Length}");
        if (gl == PyNone.Instance) gl = null;
        if (lo == PyNone.Instance) lo = null;
        if (gl != null && gl is not PyDict)
            throw Ops.TypeError(fname == "exec" ? $"exec() globals must be a dict, not {gl.Type.TpName}"
                : gl is PyList or PyTuple or PyStr or PyBytes or PyByteArray or PyRange || gl.Type.Lookup("__getitem__") != null ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        if (lo != null && lo.Type.Lookup("__getitem__") == null && lo is not PyDict)
            throw Ops.TypeError(fname == "exec" ? $"locals must be a mapping or None, not {lo.Type.TpName}" : "locals must be a mapping");
        PyCode code;
        if (pos[0] is PyCode c) code = c;
        else
        {
            // eval ignores leading spaces and tabs, as CPython does.
            code = CompileObject(pos[0], "<string>", fname == "eval" ? "eval" : "exec", $"{fname}() arg 1 must be a string, bytes or code object");
        }
        // No dicts given: the caller's globals, and its locals inside a function.
        if (gl == null)
        {
            gl = caller.Dict;
            if (lo == null) lo = callerLocals;
        }
        var globals = (PyDict)gl;
        if (globals.TryGet(new PyStr("__builtins__")) == null) globals.SetItem(new PyStr("__builtins__"), Module);
        // The dict is the namespace of a module (its own, or one made for it once): the code runs in it, with
        // separate locals looked up first (as CPython's LOAD_NAME).
        var owner = PyModule.OfDict(globals);
        if (owner == null)
        {
            var nameObj = globals.TryGet(new PyStr("__name__"));
            owner = new PyModule(nameObj is PyStr ns ? ns.Value : "builtins", Module, globals);
        }
        return PyCode.Runner!(code, owner, lo == null || ReferenceEquals(lo, globals) ? null : lo);
    }

    private static PyObject Dir(PyObject? o)
    {
        var names = new HashSet<string>();
        if (o == null)
        {
            foreach (var kv in CallerModule().Cells) if (kv.Value.Value != null) names.Add(kv.Key);
        }
        else if (o is PyInstance && o.Type.LookupOverride("__dir__") is { } custom)
        {
            var list = new PyList(Ops.ToArray(custom.Call1(o)));
            TypeMethods.Sort(list, null, null);
            return list;
        }
        else if (o is PyModule m)
        {
            foreach (var kv in m.Cells) if (kv.Value.Value != null) names.Add(kv.Key);
        }
        else if (o is PyType t)
        {
            foreach (var b in t.Mro) foreach (var n in b.Dict.Keys) names.Add(n);
            foreach (var n in t.Dict.Keys) names.Add(n);
        }
        else
        {
            if (o.TryGetAttr("__dict__", out var d) && d is PyDict dd)
                foreach (var key in Ops.ToArray(dd)) if (key is PyStr s) names.Add(s.Value);
            foreach (var b in o.Type.Mro) foreach (var n in b.Dict.Keys) names.Add(n);
            foreach (var n in o.Type.Dict.Keys) names.Add(n);
            names.Add("__class__");
        }
        var arr = names.ToArray();
        Array.Sort(arr, string.CompareOrdinal);
        var items = new PyObject[arr.Length];
        for (int i = 0; i < arr.Length; i++) items[i] = new PyStr(arr[i]);
        return new PyList(items);
    }
}
