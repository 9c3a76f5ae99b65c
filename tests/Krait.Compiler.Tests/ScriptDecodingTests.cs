using System.Diagnostics;

namespace Krait.Compiler.Tests;

/// <summary>How the script given to <c>krait FILE</c> or <c>krait -</c> is decoded: CPython's script reader wants
/// UTF-8 unless the file declares otherwise, reports undecodable bytes and failing declared encodings without a
/// location, while an imported module with the same bytes is decoded leniently. Each case is run by
/// /usr/bin/python3.11 and by Krait, and stdout, stderr and the exit status must be the same.</summary>
public class ScriptDecodingTests
{
    private const string CPython = "/usr/bin/python3.11";

    private static (int Status, string Stdout, string Stderr) Run(string program, string dir, string[] args, byte[]? stdin)
    {
        var psi = new ProcessStartInfo(program)
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (program == "dotnet")
            psi.ArgumentList.Add(Path.Combine(Path.GetDirectoryName(typeof(Krait.Cli.Program).Assembly.Location)!, "krait.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        if (stdin != null) p.StandardInput.BaseStream.Write(stdin);
        p.StandardInput.Close();
        var err = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(60_000), "timed out");
        return (p.ExitCode, stdout, err.Result);
    }

    private static byte[] Bytes(string latin1) => System.Text.Encoding.Latin1.GetBytes(latin1);

    [Theory]
    [InlineData("x = 1\n# bad \u00aa here\nprint(x)\n")]
    [InlineData("x = '\u00aa'\n")]
    [InlineData("x = 1 # \u00c3\u00a9 ok \u00e2\u0082 bad\n")]
    [InlineData("\n\n#!\u00ff\u00fe\n")]
    [InlineData("x=1\r\n# \u00aa\r\n")]
    [InlineData("# -*- coding: utf-8 -*-\nx = 1\n# bad \u00aa here\nprint(x)\n")]
    [InlineData("\u00ef\u00bb\u00bfx = 1\n# bad \u00aa here\nprint(x)\n")]
    [InlineData("# coding: latin-1\nprint('\u00e9')\n")]
    [InlineData("# coding: foo\nx=1\n")]
    [InlineData("# coding: ascii\nx='\u00aa'\n")]
    [InlineData("\u00ef\u00bb\u00bf# coding: latin-1\nx=1\n")]
    [InlineData("# coding: rot13\nx=1\n")]
    [InlineData("# coding: cp1252\nx='\u0081'\n")]
    public void ScriptFileDecodesAsCPython(string latin1)
    {
        if (!File.Exists(CPython)) return;
        string dir = Directory.CreateTempSubdirectory("krait-decode-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "prog.py"), Bytes(latin1));
            File.WriteAllText(Path.Combine(dir, "importer.py"), "import prog\n");
            foreach (var args in new[] { new[] { "prog.py" }, new[] { "importer.py" } })
            {
                var expected = Run(CPython, dir, args, null);
                var actual = Run("dotnet", dir, args, null);
                Assert.Equal(expected, actual);
            }
            var fromStdin = Run(CPython, dir, new[] { "-" }, Bytes(latin1));
            Assert.Equal(fromStdin, Run("dotnet", dir, new[] { "-" }, Bytes(latin1)));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
