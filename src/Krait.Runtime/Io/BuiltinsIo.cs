using Krait.Runtime.Io;

namespace Krait.Runtime;

public static partial class Builtins
{
    /// <summary>open() and the standard streams in sys (with their __stdin__/__stdout__/__stderr__ originals).</summary>
    private static void DefineIo()
    {
        Module.Set("open", new PyBuiltinFunction("open", IoOpen.Open));
        Sys.Set("stdin", IoOpen.Stdin);
        Sys.Set("stdout", IoOpen.Stdout);
        Sys.Set("stderr", IoOpen.Stderr);
        Sys.Set("__stdin__", IoOpen.Stdin);
        Sys.Set("__stdout__", IoOpen.Stdout);
        Sys.Set("__stderr__", IoOpen.Stderr);
    }

    /// <summary>End of a run: flush sys.stdout and sys.stderr as CPython does; the exit status is 120 when
    /// flushing stdout fails (a closed pipe).</summary>
    public static int FlushAtExit() => IoOpen.FlushAtExit(text =>
    {
        try
        {
            var err = Console.OpenStandardError();
            var b = System.Text.Encoding.UTF8.GetBytes(text);
            err.Write(b, 0, b.Length);
            err.Flush();
        }
        catch (IOException) { }
    });
}
