using System.Runtime.InteropServices;
using Krait.Runtime;
using Krait.Runtime.Io;

namespace Krait.Modules;

/// <summary>os.utime through utimensat(2). struct timespec is two 64-bit fields on both Linux x64 and ARM64.</summary>
public static class OsFileTimes
{
    private const int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100;

    [DllImport("libc.so.6", EntryPoint = "utimensat", SetLastError = true)]
    private static extern int utimensat_(int dirfd, byte[] path, long[]? times, int flags);
    [DllImport("libc.so.6", EntryPoint = "futimens", SetLastError = true)]
    private static extern int futimens_(int fd, long[]? times);

    public static void Install(PyModule m) => m.Set("utime", new PyBuiltinFunction("utime", Utime) { ModuleName = "os" });

    private static PyObject Utime(PyObject[] a, string[]? k)
    {
        var path = IoArgs.Get(a, k, 0, "path") ?? throw Ops.TypeError("utime() missing required argument 'path' (pos 1)");
        var times = IoArgs.Get(a, k, 1, "times");
        var ns = IoArgs.Get(a, k, 99, "ns");
        var follow = IoArgs.Get(a, k, 99, "follow_symlinks");
        if (times is PyNone) times = null;
        if (times != null && ns != null) throw Ops.ValueError("utime: you may specify either 'times' or 'ns' but not both");
        var spec = new long[4];
        bool now = true;
        if (times != null)
        {
            if (times is not PyTuple { Items.Length: 2 } t)
                throw Ops.TypeError("utime: 'times' must be either a tuple of two ints or None");
            for (int i = 0; i < 2; i++) Seconds(t.Items[i], out spec[2 * i], out spec[2 * i + 1]);
            now = false;
        }
        else if (ns != null)
        {
            if (ns is not PyTuple { Items.Length: 2 } t || !Ops.IsIntLike(t.Items[0]) || !Ops.IsIntLike(t.Items[1]))
                throw Ops.TypeError("utime: 'ns' must be a tuple of two ints");
            for (int i = 0; i < 2; i++)
            {
                var total = Ops.ToBig(t.Items[i]);
                var sec = System.Numerics.BigInteger.DivRem(total, 1_000_000_000, out var rem);
                if (rem < 0) { rem += 1_000_000_000; sec -= 1; }
                spec[2 * i] = (long)sec;
                spec[2 * i + 1] = (long)rem;
            }
            now = false;
        }
        int r;
        if (path is PyInt fd)
            r = futimens_((int)fd.Value, now ? null : spec);
        else
        {
            var bytes = Libc.PathBytes(IoOpen.PathString(path));
            int flags = follow != null && !Ops.IsTrue(follow) ? AT_SYMLINK_NOFOLLOW : 0;
            r = utimensat_(AT_FDCWD, bytes, now ? null : spec, flags);
        }
        if (r < 0) throw PyOSError.FromErrno(Marshal.GetLastPInvokeError());
        return PyNone.Instance;
    }

    /// <summary>A time in seconds (int or float) as whole seconds and nanoseconds, rounded as CPython does
    /// (half to even on the nanosecond, nanoseconds kept non-negative).</summary>
    private static void Seconds(PyObject o, out long sec, out long nsec)
    {
        if (o is PyFloat f)
        {
            double d = f.Value;
            double floor = Math.Floor(d);
            long n = (long)Math.Round((d - floor) * 1e9, MidpointRounding.ToEven);
            sec = (long)floor;
            if (n >= 1_000_000_000) { n -= 1_000_000_000; sec++; }
            nsec = n;
            return;
        }
        if (!Ops.IsIntLike(o)) throw Ops.TypeError($"'{o.Type.TpName}' object cannot be interpreted as an integer");
        sec = Ops.Index(o);
        nsec = 0;
    }
}
