using Krait.Compiler;
using Krait.Compiler.Scopes;
using Krait.Syntax.Text;
using Krait.Runtime;
using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Syntax.Parsing;
using System.Runtime.InteropServices;

namespace Krait.Cli;

/// <summary>`krait FILE [args]` and `krait -c CMD [args]`: compile the program and run it on a thread with a
/// large stack; uncaught exceptions print CPython's traceback text and exit with status 1.</summary>
internal static class RunCommand
{
    private const int RunStackBytes = 256 * 1024 * 1024;

    public static int RunFile(string file, string[] argv)
    {
        if (!Program.TryReadSource(file, out byte[] source)) return 2;
        return Run(source, null, Path.GetFullPath(file), argv);
    }

    public static int RunCommandText(string command, string[] argv) => Run(null, command, "<string>", argv);

    /// <summary>The status that stands for "end as killed by SIGINT", as CPython ends on an uncaught
    /// KeyboardInterrupt (a shell then shows 130).</summary>
    private const int KilledBySigint = -2;

    private static int Run(byte[]? source, string? text, string filename, string[] argv)
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
            Program.RunWithStack(() => status = RunOnThread(source, text, filename, argv), RunStackBytes);
        }
        if (status == KilledBySigint)
        {
            // The handler is gone, so this SIGINT takes the default action and ends the process.
            ProcessSignals.Kill(Environment.ProcessId, Signals.SIGINT);
            return 128 + Signals.SIGINT;
        }
        return status;
    }

    private static int RunOnThread(byte[]? source, string? text, string filename, string[] argv)
    {
        try
        {
            Builtins.Initialize(argv);
            Ops.ModuleLoader = new Krait.Modules.ModuleLoader(filename == "<string>" ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(filename)!);
            ModuleNode tree;
            ScopeTree scopes;
            try
            {
                var sourceText = source != null ? SourceText.FromFile(source, filename) : SourceText.FromString(text!, filename);
                tree = (ModuleNode)PythonParser.Parse(sourceText);
                // The symtable's and the compiler's own SyntaxErrors, before anything runs (as CPython).
                try
                {
                    scopes = ScopeAnalyzer.Analyze(tree, sourceText);
                    CompileChecks.Check(tree, scopes, sourceText);
                }
                catch (PythonSyntaxError e) when (filename == "<string>")
                {
                    // CPython raises these without the source text, which it cannot read back for -c.
                    Builtins.FlushAll();
                    Program.WriteStderr($"  File \"<string>\", line {e.Lineno}\n{e.ErrorType}: {e.Msg}\n");
                    return 1;
                }
            }
            catch (PythonSyntaxError e)
            {
                Builtins.FlushAll();
                Program.WriteStderr(SyntaxErrorReport.Format(e, filename));
                return 1;
            }
            if (source != null) SourceLines.Register(filename, System.Text.Encoding.UTF8.GetString(source));
            else SourceLines.Register(filename, text!);
            var module = new PyModule("__main__", Builtins.Module);
            module.Set("__name__", new PyStr("__main__"));
            if (filename != "<string>") module.Set("__file__", new PyStr(filename));
            module.Set("__builtins__", Builtins.Module);
            Builtins.Modules["__main__"] = module;
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

    private static int ReportUncaught(PyBaseException e)
    {
        try { Builtins.FlushAll(); } catch (IOException) { }
        if (e.Class.IsSubtypeOf(ExceptionTypes.SystemExit))
        {
            var code = e.Args.Items.Length == 0 ? PyNone.Instance : e.Args.Items.Length == 1 ? e.Args.Items[0] : e.Args;
            if (code == PyNone.Instance) return 0;
            if (code is PyInt i) return (int)i.Value;
            if (code is PyBool b) return b.Value ? 1 : 0;
            Program.WriteStderr(Ops.Str(code) + "\n");
            return 1;
        }
        string text;
        try { text = TracebackPrinter.Format(e); }
        catch (Exception) { text = e.Class.Name + "\n"; }
        Program.WriteStderr(text);
        return e.Class == ExceptionTypes.KeyboardInterrupt ? KilledBySigint : 1;
    }
}
