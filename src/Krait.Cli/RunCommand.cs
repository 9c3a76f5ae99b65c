using Krait.Compiler;
using Krait.Compiler.Scopes;
using Krait.Modules;
using Krait.Runtime;
using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Syntax.Parsing;
using System.Runtime.InteropServices;
using Krait.Syntax.Text;

namespace Krait.Cli;

/// <summary>Interpreter options from the command line that change how a program runs.</summary>
internal sealed class RunOptions
{
    public bool IgnoreEnvironment, Isolated, NoUserSite, SafePath, Unbuffered;
    /// <summary>How many times -O was given.</summary>
    public int Optimize;
    /// <summary>The -W arguments, in order (sys.warnoptions, after PYTHONWARNINGS's).</summary>
    public readonly List<string> WarnOptions = new();
    /// <summary>The -X arguments, in order (sys._xoptions; int_max_str_digits takes effect).</summary>
    public readonly List<string> XOptions = new();
}

/// <summary>`krait FILE`, `krait -c CMD`, `krait -m MODULE`, `krait -` (stdin): compile the program and run it as
/// __main__ on a thread with a large stack; uncaught exceptions print CPython's traceback text and exit with
/// status 1.</summary>
internal static class RunCommand
{
    private const int RunStackBytes = 256 * 1024 * 1024;

    public static RunOptions Options = new();

    public static int RunFile(string file, string[] argv)
    {
        if (!Program.TryReadSource(file, out byte[] source)) return 2;
        string full = Path.GetFullPath(file);
        // The script's folder comes first on sys.path (unless -P/-I ask for a safe path).
        return OnStack(() => RunMain(source, null, full, argv, Path.GetDirectoryName(full)!));
    }

    public static int RunCommandText(string command, string[] argv) =>
        OnStack(() => RunMain(null, command, "<string>", argv, ""));

    public static int RunStdin(string[] argv)
    {
        byte[] source;
        using (var stdin = Console.OpenStandardInput())
        using (var buffer = new MemoryStream())
        {
            stdin.CopyTo(buffer);
            source = buffer.ToArray();
        }
        // CPython re-reads a script that declares an encoding other than UTF-8 from its start, which a pipe
        // cannot do: it fails there (a file redirected to stdin works; a BOM with such a declaration is an
        // error of its own, reported by the decoder).
        bool bom = source.Length >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF;
        if (!bom && SourceText.DeclaredEncoding(source) is { } cookie && cookie != "utf-8" && !StdinSeekable())
        {
            Program.WriteStderr($"SyntaxError: encoding problem: {cookie}\n");
            return 1;
        }
        return OnStack(() => RunMain(source, null, "<stdin>", argv, ""));
    }

    private static bool StdinSeekable()
    {
        try
        {
            using var fs = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(0, ownsHandle: false), FileAccess.Read, 1);
            return fs.CanSeek;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    public static int RunModule(string name, string[] argv) => OnStack(() => RunModuleOnThread(name, argv));

    /// <summary>The status that stands for "end as killed by SIGINT", as CPython ends on an uncaught
    /// KeyboardInterrupt (a shell then shows 130).</summary>
    private const int KilledBySigint = -2;

    private static int OnStack(Func<int> body)
    {
        int status = 0;
        Signals.TerminateProcess = signum =>
        {
            Builtins.FlushAll();
            ProcessSignals.Kill(Environment.ProcessId, signum);
        };
        using (var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, ctx =>
        {
            // SIG_DFL set by the program: the OS default (end the process).
            if (ReferenceEquals(Signals.Handlers[Signals.SIGINT], Signals.Default)) return;
            ctx.Cancel = true;
            Signals.Receive(Signals.SIGINT);
        }))
        {
            Program.RunWithStack(() =>
            {
                status = body();
                // As CPython's finalization: wait for the non-daemon threads, then atexit functions.
                WaitForThreads();
                // atexit functions run last, after an uncaught exception's traceback or sys.exit.
                if (ExitFunctions.Registered.Count > 0)
                {
                    ExitFunctions.RunAll();
                    try { Builtins.FlushAll(); } catch (IOException) { }
                }
                // Then module teardown's __del__ calls, as CPython's finalization does.
                if (Finalization.RunAtExit()) try { Builtins.FlushAll(); } catch (IOException) { }
            }, RunStackBytes, meanwhile: PythonCompiler.WarmUp);
        }
        if (status == KilledBySigint)
        {
            // The handler is gone, so this SIGINT takes the default action and ends the process.
            ProcessSignals.Kill(Environment.ProcessId, Signals.SIGINT);
            return 128 + Signals.SIGINT;
        }
        return status;
    }

    /// <summary>threading._shutdown() when the program imported threading: joins its non-daemon threads
    /// (an exception there is reported and ignored, as CPython does).</summary>
    private static void WaitForThreads()
    {
        if (!Builtins.Modules.TryGetValue("threading", out var threading)) return;
        try
        {
            if (threading.TryGetAttr("_shutdown", out var shutdown)) shutdown.Call0();
            Builtins.FlushAll();
        }
        catch (PythonException e) { ExitFunctions.ReportUnraisable("Exception ignored in: " + Ops.Repr(threading), e.Value); }
        catch (IOException) { }
    }

    private static void Start(string[] argv, string pathFirst)
    {
        Builtins.FlagIgnoreEnvironment = Options.IgnoreEnvironment;
        Builtins.FlagIsolated = Options.Isolated;
        Builtins.FlagNoUserSite = Options.NoUserSite;
        Builtins.FlagSafePath = Options.SafePath;
        bool ignoreEnv = Options.IgnoreEnvironment || Options.Isolated;
        Builtins.FlagOptimize = Math.Max(Options.Optimize, ignoreEnv ? 0 : OptimizeFromEnvironment());
        Builtins.FlagDevMode = Options.XOptions.Contains("dev")
            || !ignoreEnv && Environment.GetEnvironmentVariable("PYTHONDEVMODE") is { Length: > 0 };
        IntDigitLimitOption.Apply(Options.XOptions, ignoreEnv);
        Builtins.Initialize(argv);
        Builtins.SetSysFlags();
        IntDigitLimitOption.SetXOptions(Options.XOptions);
        bool warnOptions = SetWarnOptions(ignoreEnv);
        var path = ImportSystem.DefaultPath(pathFirst, ignoreEnv);
        if (Options.SafePath || Options.Isolated) path.RemoveAt(0);
        ImportSystem.Install(path);
        // As CPython, warnings applies -W/PYTHONWARNINGS (and reports bad ones) before the program runs;
        // without them the module is imported only by programs that use it.
        if (warnOptions)
        {
            try { ImportSystem.Instance.ImportModule("warnings"); }
            catch (PythonException e) { Program.WriteStderr("'import warnings' failed; traceback:\n" + TracebackPrinter.Format(e.Value)); }
        }
    }

    private static bool SetWarnOptions(bool ignoreEnv)
    {
        var list = new PyList();
        // Development mode (-X dev, PYTHONDEVMODE) shows every warning unless later options say otherwise.
        if (Builtins.FlagDevMode) list.Append(new PyStr("default"));
        if (!ignoreEnv && Environment.GetEnvironmentVariable("PYTHONWARNINGS") is { Length: > 0 } env)
            foreach (var part in env.Split(','))
                if (part.Trim().Length > 0) list.Append(new PyStr(part.Trim()));
        foreach (var w in Options.WarnOptions) list.Append(new PyStr(w));
        if (list.Count > 0) Builtins.Sys.Set("warnoptions", list);
        return list.Count > 0;
    }

    /// <summary>PYTHONOPTIMIZE: a non-negative number is the level, any other non-empty value means 1.</summary>
    private static int OptimizeFromEnvironment()
    {
        string? value = Environment.GetEnvironmentVariable("PYTHONOPTIMIZE");
        if (string.IsNullOrEmpty(value)) return 0;
        return int.TryParse(value, out int level) && level >= 0 ? level : 1;
    }

    private static PyModule NewMain()
    {
        var module = new PyModule("__main__", Builtins.Module);
        module.Set("__name__", new PyStr("__main__"));
        module.Set("__doc__", PyNone.Instance);
        module.Set("__package__", PyNone.Instance);
        module.Set("__spec__", PyNone.Instance);
        module.Set("__builtins__", Builtins.Module);
        Builtins.Modules["__main__"] = module;
        return module;
    }

    private static int RunMain(byte[]? source, string? text, string filename, string[] argv, string pathFirst)
    {
        try
        {
            Start(argv, pathFirst);
            ModuleNode tree;
            ScopeTree scopes;
            try
            {
                SourceText sourceText;
                try
                {
                    sourceText = source != null ? SourceText.FromScript(source, filename) : SourceText.FromString(text!, filename);
                }
                catch (PythonSyntaxError e) when (e.Lineno == 0)
                {
                    // The script reader's decoding errors: CPython prints them without a location.
                    Builtins.FlushAll();
                    Program.WriteStderr($"{e.ErrorType}: {e.Msg}\n");
                    return 1;
                }
                tree = (ModuleNode)PythonParser.Parse(sourceText);
                CompileWarnings.GiveParserWarnings(sourceText);
                // The symtable's and the compiler's own SyntaxErrors, before anything runs (as CPython).
                try
                {
                    scopes = ScopeAnalyzer.Analyze(tree, sourceText);
                    CompileChecks.Check(tree, scopes, sourceText);
                }
                catch (PythonSyntaxError e) when (CompileLimitErrors.For(e) is { } limit)
                {
                    return ReportUncaught(limit.Value);
                }
                catch (PythonSyntaxError e) when (filename == "<string>")
                {
                    // CPython raises these without the source text, which it cannot read back for -c.
                    Builtins.FlushAll();
                    Program.WriteStderr($"  File \"<string>\", line {e.Lineno}\n{e.ErrorType}: {e.Msg}\n");
                    return 1;
                }
            }
            catch (PythonSyntaxError e) when (CompileLimitErrors.For(e) is { } limit)
            {
                return ReportUncaught(limit.Value);
            }
            catch (PythonSyntaxError e)
            {
                Builtins.FlushAll();
                Program.WriteStderr(SyntaxErrorReport.Format(e, filename));
                return 1;
            }
            if (source != null && filename != "<stdin>") SourceLines.Register(filename, System.Text.Encoding.UTF8.GetString(source));
            else if (text != null) SourceLines.Register(filename, text);
            var module = NewMain();
            if (filename == "<stdin>") module.Set("__file__", new PyStr(filename));
            else if (filename[0] != '<')
            {
                module.Set("__file__", new PyStr(filename));
                module.Set("__cached__", PyNone.Instance);
            }
            module.Set("__loader__", PyImportLoader.Source("__main__", filename));
            var body = PythonCompiler.CompileModule(tree, scopes, filename, module);
            body.Call0();
            return Builtins.FlushAtExit();
        }
        catch (PythonException e)
        {
            return ReportUncaught(e.Value);
        }
        catch (Exception e)
        {
            var pe = Ops.Translate(e);
            if (Environment.GetEnvironmentVariable("KRAIT_DEBUG") is { Length: > 0 }) Console.Error.WriteLine(e);
            return ReportUncaught(pe.Value);
        }
    }

    /// <summary>runpy's _run_module_as_main: finds the module (a package runs its __main__ submodule), makes
    /// sys.argv[0] its file and runs it as __main__ with the module's spec.</summary>
    private static int RunModuleOnThread(string name, string[] argv)
    {
        try
        {
            Start(argv, Directory.GetCurrentDirectory());
            PyModuleSpec spec;
            try
            {
                spec = FindRunnableSpec(name, name);
            }
            catch (RunModuleError e)
            {
                Builtins.FlushAll();
                Program.WriteStderr($"krait: {e.Message}\n");
                return 1;
            }
            string file = spec.Path!;
            ((PyList)Builtins.Sys.GetAttr("argv")).Items[0] = new PyStr(file);
            var module = NewMain();
            module.Set("__file__", new PyStr(file));
            module.Set("__cached__", spec.Cached);
            module.Set("__loader__", spec.Loader);
            module.Set("__package__", new PyStr(spec.Parent));
            module.Set("__spec__", spec);
            byte[] source = File.ReadAllBytes(file);
            try
            {
                ModuleLoader.ExecSource(module, source, file);
            }
            catch (PythonException e) when (e.Value.Traceback.Count == 0 && e.Value.Type.IsSubtypeOf(ExceptionTypes.SyntaxError)
                && e.Value.TryGetAttr("lineno", out _))
            {
                var v = e.Value;
                Builtins.FlushAll();
                int Int(string n) => v.TryGetAttr(n, out var x) && x is PyInt i ? (int)i.Value : -1;
                string? text = v.TryGetAttr("text", out var t) && t is PyStr ts ? ts.Value : null;
                Program.WriteStderr(SyntaxErrorReport.Format(v.Type.Name, Ops.Str(v.GetAttr("msg")), file,
                    Int("lineno"), Int("offset"), Int("end_lineno"), Int("end_offset"), text));
                return 1;
            }
            Builtins.FlushAll();
            return 0;
        }
        catch (PythonException e)
        {
            return ReportUncaught(e.Value);
        }
        catch (Exception e)
        {
            var pe = Ops.Translate(e);
            if (Environment.GetEnvironmentVariable("KRAIT_DEBUG") is { Length: > 0 }) Console.Error.WriteLine(e);
            return ReportUncaught(pe.Value);
        }
    }

    private sealed class RunModuleError(string message) : Exception(message);

    private static PyModuleSpec FindRunnableSpec(string name, string requested)
    {
        if (name.StartsWith('.')) throw new RunModuleError("Relative module names not supported");
        PyObject? found;
        try
        {
            found = ImportSystem.FindModuleSpec(name);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.ImportError))
        {
            throw new RunModuleError($"Error while finding module specification for '{name}' ({TracebackPrinter.ExceptionLine(e.Value)})");
        }
        if (found is not PyModuleSpec spec) throw new RunModuleError($"No module named {name}");
        if (spec.SearchLocations != PyNone.Instance)
        {
            if (name == "__main__" || name.EndsWith(".__main__"))
                throw new RunModuleError("Cannot use package as __main__ module");
            try
            {
                return FindRunnableSpec(name + ".__main__", requested);
            }
            catch (RunModuleError e) when (e.Message.StartsWith("No module named"))
            {
                throw new RunModuleError($"{e.Message}; '{name}' is a package and cannot be directly executed");
            }
        }
        if (spec.Kind != PyModuleSpec.LoaderKind.Source) throw new RunModuleError($"No code object available for {name}");
        return spec;
    }

    private static string? SyntaxErrorBlock(PyBaseException e)
    {
        if (!e.TryGetAttr("filename", out var f) || f is not PyStr file || !e.TryGetAttr("lineno", out var l) || l is not PyInt)
            return null;
        int Int(string n) => e.TryGetAttr(n, out var x) && x is PyInt i ? (int)i.Value : -1;
        string? text = e.TryGetAttr("text", out var t) && t is PyStr ts ? ts.Value : null;
        string msg = e.TryGetAttr("msg", out var m) && m is PyStr ms ? ms.Value : e.DefaultStr();
        return SyntaxErrorReport.Format(e.Class.Name, msg, file.Value, Int("lineno"), Int("offset"), Int("end_lineno"),
            Int("end_offset"), text);
    }

    private static int ReportUncaught(PyBaseException e)
    {
        try { Builtins.FlushAll(); } catch (IOException) { }
        if (e.Class.IsSubtypeOf(ExceptionTypes.SystemExit))
        {
            var code = e.SystemExitCode;
            if (code == PyNone.Instance) return 0;
            if (code is PyInt i) return (int)i.Value;
            if (code is PyBool b) return b.Value ? 1 : 0;
            Program.WriteStderr(Ops.Str(code) + "\n");
            return 1;
        }
        string text;
        try
        {
            text = TracebackPrinter.Format(e);
            // A SyntaxError from an imported file ends with that file's line and caret, as CPython shows it.
            if (e.Class.IsSubtypeOf(ExceptionTypes.SyntaxError) && SyntaxErrorBlock(e) is { } block)
            {
                string last = TracebackPrinter.ExceptionLine(e) + "\n";
                if (text.EndsWith(last)) text = text[..^last.Length] + block;
            }
        }
        catch (Exception) { text = e.Class.Name + "\n"; }
        Program.WriteStderr(text);
        return e.Class == ExceptionTypes.KeyboardInterrupt ? KilledBySigint : 1;
    }
}
