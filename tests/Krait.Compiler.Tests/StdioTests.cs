using System.Diagnostics;
using System.Text;

namespace Krait.Compiler.Tests;

/// <summary>The standard streams with real pipes: reading stdin (lines, whole, bytes), input(), undecodable
/// bytes, mixing text and bytes on stdout, and a reader that goes away (broken pipe). The conformance runner
/// cannot feed stdin, so these run krait here; every expected value is what /usr/bin/python3.11 printed for
/// the same program and input (PYTHONUNBUFFERED unset, LANG=C.UTF-8).</summary>
public class StdioTests
{
    private static (byte[] Stdout, string Stderr, int Status) Run(string program, byte[] stdin,
        Dictionary<string, string?>? env = null, bool closeStdoutFirst = false)
    {
        string krait = Path.Combine(Path.GetDirectoryName(typeof(Krait.Cli.Program).Assembly.Location)!, "krait.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(krait);
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(program);
        psi.Environment.Remove("PYTHONUNBUFFERED");
        psi.Environment["LANG"] = "C.UTF-8";
        psi.Environment.Remove("LC_ALL");
        psi.Environment.Remove("LC_CTYPE");
        if (env != null)
            foreach (var (k, v) in env)
                if (v == null) psi.Environment.Remove(k); else psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stderrTask = p.StandardError.ReadToEndAsync();
        byte[] stdout = Array.Empty<byte>();
        Task? stdoutTask = null;
        if (closeStdoutFirst) p.StandardOutput.BaseStream.Close();
        else
        {
            var ms = new MemoryStream();
            stdoutTask = p.StandardOutput.BaseStream.CopyToAsync(ms).ContinueWith(_ => stdout = ms.ToArray());
        }
        try
        {
            p.StandardInput.BaseStream.Write(stdin);
            p.StandardInput.Close();
        }
        catch (IOException) { }
        stdoutTask?.Wait();
        string stderr = stderrTask.Result;
        Assert.True(p.WaitForExit(60_000), "timed out");
        return (stdout, stderr, p.ExitCode);
    }

    private static string Text(byte[] b) => Encoding.UTF8.GetString(b);

    [Fact]
    public void IteratesStdinLinesKeepingCarriageReturns()
    {
        var (o, e, s) = Run("import sys\nlines = [l for l in sys.stdin]\nprint(lines, sys.stdin.newlines)\n", "a\r\nb\nc"u8.ToArray());
        Assert.Equal("['a\\r\\n', 'b\\n', 'c'] None\n", Text(o));
        Assert.Equal("", e);
        Assert.Equal(0, s);
    }

    [Fact]
    public void ReadlineThenReadThenEof()
    {
        var (o, _, s) = Run("import sys\nprint(repr(sys.stdin.readline()), repr(sys.stdin.read()), repr(sys.stdin.readline()))\n", "x\ny\n"u8.ToArray());
        Assert.Equal("'x\\n' 'y\\n' ''\n", Text(o));
        Assert.Equal(0, s);
    }

    [Fact]
    public void BinaryStdinReadsRawBytes()
    {
        var (o, _, s) = Run("import sys\nprint(sys.stdin.buffer.read())\n", new byte[] { 0, 0xFF, 0xFE, (byte)'a', (byte)'b', (byte)'c' });
        Assert.Equal("b'\\x00\\xff\\xfeabc'\n", Text(o));
        Assert.Equal(0, s);
    }

    [Fact]
    public void InputWritesPromptAndRaisesEofError()
    {
        const string program = "a = input('name? ')\nb = input()\nprint([a, b])\ntry:\n    input('more> ')\nexcept EOFError as e:\n    print('EOFError', e)\n";
        var (o, e, s) = Run(program, "first\nsecond"u8.ToArray());
        Assert.Equal("name? ['first', 'second']\nmore> EOFError EOF when reading a line\n", Text(o));
        Assert.Equal("", e);
        Assert.Equal(0, s);
    }

    [Fact]
    public void UndecodableStdinBytesRoundTripUnderTheCLocale()
    {
        const string program = "import sys\ns = sys.stdin.read()\nprint(repr(s), sys.stdin.errors)\nsys.stdout.write(s)\n";
        var (o, _, s) = Run(program, new byte[] { (byte)'o', (byte)'k', 0xFF, 0xE9, (byte)'\n' });
        var expected = Encoding.UTF8.GetBytes("'ok\\udcff\\udce9\\n' surrogateescape\nok").Concat(new byte[] { 0xFF, 0xE9, (byte)'\n' }).ToArray();
        Assert.Equal(expected, o);
        Assert.Equal(0, s);
    }

    [Fact]
    public void TextThenBytesOnStdoutAfterFlush()
    {
        const string program = "import sys\nsys.stdout.write('text ')\nsys.stdout.flush()\nsys.stdout.buffer.write(b'bytes\\n')\nprint('after')\n";
        var (o, _, s) = Run(program, Array.Empty<byte>());
        Assert.Equal("text bytes\nafter\n", Text(o));
        Assert.Equal(0, s);
    }

    [Fact]
    public void StdoutAndStderrStreamsAndExitFlush()
    {
        const string program = "import sys\nprint('out', sys.stdout.line_buffering, sys.stderr.line_buffering, sys.stdout.write_through)\nprint('err', file=sys.stderr)\nsys.stdout.write('no newline')\n";
        var (o, e, s) = Run(program, Array.Empty<byte>());
        Assert.Equal("out False True False\nno newline", Text(o));
        Assert.Equal("err\n", e);
        Assert.Equal(0, s);
    }

    [Fact]
    public void UnbufferedEnvironmentWritesThrough()
    {
        const string program = "import sys\nprint(sys.stdout.write_through, sys.stderr.write_through, type(sys.stdout.buffer).__name__, sys.stdout.line_buffering)\n";
        var (o, _, s) = Run(program, Array.Empty<byte>(), new() { ["PYTHONUNBUFFERED"] = "1" });
        Assert.Equal("True True FileIO False\n", Text(o));
        Assert.Equal(0, s);
    }

    [Fact]
    public void ClosedStdoutAtExitReportsBrokenPipeWithStatus120()
    {
        // The program waits for its input, so the reader is gone before it prints; the buffered line fails at
        // the exit flush.
        const string program = "import sys\nsys.stdin.read()\nprint('hello')\n";
        var (_, e, s) = Run(program, "go\n"u8.ToArray(), closeStdoutFirst: true);
        Assert.Equal("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n", e);
        Assert.Equal(120, s);
    }

    [Fact]
    public void ClosedStdoutDuringWritesRaisesBrokenPipeError()
    {
        const string program = "import sys\nsys.stdin.read()\ntry:\n    sys.stdout.write('x' * 100000)\n    sys.stdout.flush()\nexcept BrokenPipeError as e:\n    print(type(e).__name__, e.errno, e, file=sys.stderr)\n";
        var (_, e, s) = Run(program, "go\n"u8.ToArray(), closeStdoutFirst: true);
        Assert.StartsWith("BrokenPipeError 32 [Errno 32] Broken pipe\n", e);
    }

    [Fact]
    public void UnclosedFilesAreFlushedAtExit()
    {
        string dir = Path.Combine(Path.GetTempPath(), "krait_stdio_" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string text = Path.Combine(dir, "t.txt"), bin = Path.Combine(dir, "b.bin");
            string program = $"f = open({new Krait.Runtime.PyStr(text).Repr()}, 'w')\nf.write('text\\n')\n" +
                $"open({new Krait.Runtime.PyStr(bin).Repr()}, 'wb').write(b'bytes')\n";
            var (_, e, s) = Run(program, Array.Empty<byte>());
            Assert.Equal("", e);
            Assert.Equal(0, s);
            Assert.Equal("text\n", File.ReadAllText(text));
            Assert.Equal("bytes", File.ReadAllText(bin));
        }
        finally { Directory.Delete(dir, true); }
    }
}
