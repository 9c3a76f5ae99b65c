using System.Runtime.InteropServices;
using Krait.Runtime;
using Krait.Runtime.Io;

namespace Krait.Modules;

/// <summary>The select module over poll(2): select.select and select.poll (selectors then uses PollSelector as its
/// DefaultSelector). struct pollfd is {int, short, short} on every Linux, so the struct below is portable.</summary>
public static class SelectModule
{
    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [DllImport("libc.so.6", EntryPoint = "poll", SetLastError = true)]
    private static extern int poll_([In, Out] PollFd[] fds, nuint nfds, int timeout);

    public const int POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;

    private static PyType? s_pollType;

    public static PyModule Create()
    {
        var m = NativeModule.New("select");
        m.Set("error", ExceptionTypes.OSError);
        foreach (var (name, v) in new[] { ("POLLIN", POLLIN), ("POLLPRI", POLLPRI), ("POLLOUT", POLLOUT), ("POLLERR", POLLERR),
                     ("POLLHUP", POLLHUP), ("POLLNVAL", POLLNVAL), ("POLLRDNORM", 64), ("POLLRDBAND", 128),
                     ("POLLWRNORM", 256), ("POLLWRBAND", 512), ("POLLMSG", 1024), ("POLLRDHUP", 0x2000), ("PIPE_BUF", 4096) })
            m.Set(name, PyInt.Get(v));
        NativeModule.Def(m, "select", Select);
        NativeModule.Def(m, "poll", (a, k) =>
        {
            if (a.Length != 0) throw Ops.TypeError($"poll() takes no arguments ({a.Length} given)");
            return new PollObject();
        });
        return m;
    }

    /// <summary>The descriptor of an int or of an object with fileno(), with CPython's messages.</summary>
    public static int FdOf(PyObject o)
    {
        PyObject v = o;
        if (o is not PyInt && !Ops.IsIntLike(o))
        {
            if (!o.TryGetAttr("fileno", out var fileno)) throw Ops.TypeError("argument must be an int, or have a fileno() method.");
            v = fileno.Call0();
            if (!Ops.IsIntLike(v)) throw Ops.TypeError("fileno() returned a non-integer");
        }
        long fd = Ops.Index(v);
        if (fd < 0) throw Ops.ValueError($"file descriptor cannot be a negative integer ({fd})");
        return (int)fd;
    }

    /// <summary>Timeout in seconds (None: block) as poll's milliseconds, rounded up as CPython rounds.</summary>
    private static int Millis(PyObject? timeout, bool seconds)
    {
        if (timeout == null || timeout is PyNone) return -1;
        double t = timeout is PyFloat f ? f.Value : Ops.IsIntLike(timeout) ? Ops.Index(timeout)
            : throw Ops.TypeError($"timeout must be an integer or None");
        if (seconds) t *= 1000;
        if (double.IsNaN(t)) throw Ops.ValueError("Invalid value NaN (not a number)");
        if (t < 0) return seconds ? throw Ops.ValueError("timeout must be non-negative") : -1;
        return t >= int.MaxValue ? int.MaxValue : (int)Math.Ceiling(t);
    }

    private static int Poll(PollFd[] fds, int timeout)
    {
        while (true)
        {
            int r;
            using (Gil.Blocking()) r = poll_(fds, (nuint)fds.Length, timeout);
            if (r >= 0) return r;
            int e = Marshal.GetLastPInvokeError();
            if (e != ErrnoCodes.EINTR) throw PyOSError.FromErrno(e);
            Signals.Poll();
        }
    }

    private static PyObject Select(PyObject[] a, string[]? k)
    {
        if (a.Length < 3 || a.Length > 4) throw Ops.TypeError($"select expected at least 3 arguments, got {a.Length}");
        int timeout = Millis(a.Length > 3 ? a[3] : null, true);
        var lists = new PyObject[3][];
        var fds = new List<PollFd>();
        var owners = new List<(int list, int index)>();
        for (int l = 0; l < 3; l++)
        {
            lists[l] = Ops.ToArray(a[l]);
            for (int i = 0; i < lists[l].Length; i++)
            {
                int fd = FdOf(lists[l][i]);
                fds.Add(new PollFd { Fd = fd, Events = (short)(l == 0 ? POLLIN : l == 1 ? POLLOUT : POLLPRI) });
                owners.Add((l, i));
            }
        }
        var arr = fds.ToArray();
        Poll(arr, timeout);
        var result = new[] { new List<PyObject>(), new List<PyObject>(), new List<PyObject>() };
        for (int i = 0; i < arr.Length; i++)
        {
            short rev = arr[i].Revents;
            if ((rev & POLLNVAL) != 0) throw PyOSError.FromErrno(9);
            var (l, idx) = owners[i];
            bool ready = l switch
            {
                0 => (rev & (POLLIN | POLLHUP | POLLERR)) != 0,
                1 => (rev & (POLLOUT | POLLERR)) != 0,
                _ => (rev & POLLPRI) != 0,
            };
            if (ready) result[l].Add(lists[l][idx]);
        }
        return new PyTuple(new PyObject[] { new PyList(result[0].ToArray()), new PyList(result[1].ToArray()), new PyList(result[2].ToArray()) });
    }

    /// <summary>select.poll(): registered descriptors with their event masks, in registration order.</summary>
    private sealed class PollObject : PyObject
    {
        private readonly List<(int Fd, short Events)> _fds = new();

        public override PyType Type => s_pollType ??= MakeType();
        public override string Repr() => $"<select.poll object at 0x{Ops.Id(this):x}>";

        private int IndexOf(int fd)
        {
            for (int i = 0; i < _fds.Count; i++) if (_fds[i].Fd == fd) return i;
            return -1;
        }

        private static PyType MakeType()
        {
            var t = new PyType("poll", new[] { PyType.ObjectType }) { Module = "select" };
            void M(string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);
            M("register", (self, a, k) =>
            {
                var p = (PollObject)self;
                if (a.Length < 1) throw Ops.TypeError("register expected at least 1 argument, got 0");
                int fd = FdOf(a[0]);
                short ev = (short)(a.Length > 1 ? Ops.Index(a[1]) : POLLIN | POLLPRI | POLLOUT);
                int i = p.IndexOf(fd);
                if (i >= 0) p._fds[i] = (fd, ev); else p._fds.Add((fd, ev));
                return PyNone.Instance;
            });
            M("modify", (self, a, k) =>
            {
                var p = (PollObject)self;
                if (a.Length != 2) throw Ops.TypeError($"modify expected 2 arguments, got {a.Length}");
                int fd = FdOf(a[0]);
                int i = p.IndexOf(fd);
                if (i < 0) throw PyOSError.FromErrno(2);
                p._fds[i] = (fd, (short)Ops.Index(a[1]));
                return PyNone.Instance;
            });
            M("unregister", (self, a, k) =>
            {
                var p = (PollObject)self;
                if (a.Length != 1) throw Ops.TypeError($"unregister() takes exactly one argument ({a.Length} given)");
                int i = p.IndexOf(FdOf(a[0]));
                if (i < 0) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, a[0]));
                p._fds.RemoveAt(i);
                return PyNone.Instance;
            });
            M("poll", (self, a, k) =>
            {
                var p = (PollObject)self;
                int timeout = Millis(a.Length > 0 ? a[0] : null, false);
                var arr = new PollFd[p._fds.Count];
                for (int i = 0; i < arr.Length; i++) arr[i] = new PollFd { Fd = p._fds[i].Fd, Events = p._fds[i].Events };
                Poll(arr, timeout);
                var result = new List<PyObject>();
                foreach (var f in arr)
                    if (f.Revents != 0)
                        result.Add(new PyTuple(new PyObject[] { PyInt.Get(f.Fd), PyInt.Get((ushort)f.Revents) }));
                return new PyList(result.ToArray());
            });
            return t;
        }
    }
}
