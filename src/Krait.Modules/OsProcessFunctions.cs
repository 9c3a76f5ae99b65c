using System.Runtime.InteropServices;
using Krait.Runtime;
using Krait.Runtime.Io;

namespace Krait.Modules;

/// <summary>The os functions subprocess and selectors stand on: pipes, descriptor flags, waiting for and signalling
/// child processes, and the wait-status macros. Plain libc calls with int and int-array arguments only, so the
/// same signatures hold on Linux x64 and ARM64.</summary>
public static class OsProcessFunctions
{
    private const string Lib = "libc.so.6";
    private const int F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, F_DUPFD_CLOEXEC = 1030, FD_CLOEXEC = 1, O_NONBLOCK = 0x800, O_CLOEXEC = 0x80000;

    [DllImport(Lib, EntryPoint = "pipe2", SetLastError = true)]
    private static extern int pipe2_(int[] fds, int flags);
    [DllImport(Lib, EntryPoint = "dup2", SetLastError = true)]
    private static extern int dup2_(int oldfd, int newfd);
    [DllImport(Lib, EntryPoint = "dup3", SetLastError = true)]
    private static extern int dup3_(int oldfd, int newfd, int flags);
    [DllImport(Lib, EntryPoint = "fcntl", SetLastError = true)]
    private static extern int fcntl_(int fd, int cmd, int arg);
    [DllImport(Lib, EntryPoint = "waitpid", SetLastError = true)]
    private static extern int waitpid_(int pid, out int status, int options);
    [DllImport(Lib, EntryPoint = "kill", SetLastError = true)]
    private static extern int kill_(int pid, int sig);
    [DllImport(Lib, EntryPoint = "getppid")]
    private static extern int getppid_();
    [DllImport(Lib, EntryPoint = "getuid")]
    private static extern int getuid_();
    [DllImport(Lib, EntryPoint = "geteuid")]
    private static extern int geteuid_();
    [DllImport(Lib, EntryPoint = "getgid")]
    private static extern int getgid_();
    [DllImport(Lib, EntryPoint = "getegid")]
    private static extern int getegid_();
    [DllImport(Lib, EntryPoint = "getpgrp")]
    private static extern int getpgrp_();
    [DllImport(Lib, EntryPoint = "getsid", SetLastError = true)]
    private static extern int getsid_(int pid);
    [DllImport(Lib, EntryPoint = "getpgid", SetLastError = true)]
    private static extern int getpgid_(int pid);
    [DllImport(Lib, EntryPoint = "setpgid", SetLastError = true)]
    private static extern int setpgid_(int pid, int pgid);
    [DllImport(Lib, EntryPoint = "setsid", SetLastError = true)]
    private static extern int setsid_();
    [DllImport(Lib, EntryPoint = "setreuid", SetLastError = true)]
    private static extern int setreuid_(uint ruid, uint euid);
    [DllImport(Lib, EntryPoint = "setregid", SetLastError = true)]
    private static extern int setregid_(uint rgid, uint egid);
    [DllImport(Lib, EntryPoint = "setgroups", SetLastError = true)]
    private static extern int setgroups_(nuint size, uint[] list);
    [DllImport(Lib, EntryPoint = "getgroups", SetLastError = true)]
    private static extern int getgroups_(int size, [Out] uint[]? list);

    private static int Errno() => Marshal.GetLastPInvokeError();

    private static void Def(PyModule m, string name, BuiltinBody body) => m.Set(name, new PyBuiltinFunction(name, body) { ModuleName = "os" });

    private static int Fd(PyObject[] a, int i, string fname)
    {
        if (a.Length <= i) throw Ops.TypeError($"{fname}() missing required argument (pos {i + 1})");
        return (int)IoArgs.Int(a[i]);
    }

    public static void Install(PyModule m)
    {
        m.Set("WNOHANG", PyInt.Get(1));
        m.Set("WUNTRACED", PyInt.Get(2));
        m.Set("WCONTINUED", PyInt.Get(8));
        m.Set("O_RDONLY", PyInt.Get(0));
        m.Set("O_WRONLY", PyInt.Get(1));
        m.Set("O_RDWR", PyInt.Get(2));
        m.Set("O_NONBLOCK", PyInt.Get(O_NONBLOCK));
        m.Set("O_CLOEXEC", PyInt.Get(O_CLOEXEC));
        Def(m, "pipe", (a, k) =>
        {
            if (a.Length != 0) throw Ops.TypeError($"pipe() takes no arguments ({a.Length} given)");
            var fds = new int[2];
            // Non-inheritable, as PEP 446 makes every descriptor Python creates.
            if (pipe2_(fds, O_CLOEXEC) < 0) throw PyOSError.FromErrno(Errno());
            return new PyTuple(new PyObject[] { PyInt.Get(fds[0]), PyInt.Get(fds[1]) });
        });
        Def(m, "pipe2", (a, k) =>
        {
            var fds = new int[2];
            if (pipe2_(fds, Fd(a, 0, "pipe2")) < 0) throw PyOSError.FromErrno(Errno());
            return new PyTuple(new PyObject[] { PyInt.Get(fds[0]), PyInt.Get(fds[1]) });
        });
        Def(m, "dup", (a, k) =>
        {
            if (a.Length != 1) throw Ops.TypeError($"dup() takes exactly one argument ({a.Length} given)");
            // Non-inheritable, as PEP 446 makes every new descriptor.
            int r = fcntl_((int)IoArgs.Int(a[0]), F_DUPFD_CLOEXEC, 0);
            if (r < 0) throw PyOSError.FromErrno(Errno());
            return PyInt.Get(r);
        });
        Def(m, "dup2", (a, k) =>
        {
            int fd = Fd(a, 0, "dup2"), fd2 = Fd(a, 1, "dup2");
            var inh = IoArgs.Get(a, k, 2, "inheritable");
            bool inheritable = inh == null || Ops.IsTrue(inh);
            int r = inheritable || fd == fd2 ? dup2_(fd, fd2) : dup3_(fd, fd2, O_CLOEXEC);
            if (r < 0) throw PyOSError.FromErrno(Errno());
            return PyInt.Get(r);
        });
        Def(m, "get_inheritable", (a, k) =>
        {
            int flags = fcntl_(Fd(a, 0, "get_inheritable"), F_GETFD, 0);
            if (flags < 0) throw PyOSError.FromErrno(Errno());
            return PyBool.Get((flags & FD_CLOEXEC) == 0);
        });
        Def(m, "set_inheritable", (a, k) =>
        {
            int fd = Fd(a, 0, "set_inheritable");
            int flags = fcntl_(fd, F_GETFD, 0);
            if (flags < 0) throw PyOSError.FromErrno(Errno());
            flags = a.Length > 1 && Ops.IsTrue(a[1]) ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
            if (fcntl_(fd, F_SETFD, flags) < 0) throw PyOSError.FromErrno(Errno());
            return PyNone.Instance;
        });
        Def(m, "get_blocking", (a, k) =>
        {
            int flags = fcntl_(Fd(a, 0, "get_blocking"), F_GETFL, 0);
            if (flags < 0) throw PyOSError.FromErrno(Errno());
            return PyBool.Get((flags & O_NONBLOCK) == 0);
        });
        Def(m, "set_blocking", (a, k) =>
        {
            int fd = Fd(a, 0, "set_blocking");
            int flags = fcntl_(fd, F_GETFL, 0);
            if (flags < 0) throw PyOSError.FromErrno(Errno());
            flags = a.Length > 1 && Ops.IsTrue(a[1]) ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
            if (fcntl_(fd, F_SETFL, flags) < 0) throw PyOSError.FromErrno(Errno());
            return PyNone.Instance;
        });
        Def(m, "waitpid", (a, k) =>
        {
            if (a.Length != 2) throw Ops.TypeError($"waitpid expected 2 arguments, got {a.Length}");
            int pid = (int)IoArgs.Int(a[0]), options = (int)IoArgs.Int(a[1]);
            while (true)
            {
                int r, status;
                using (Gil.Blocking()) r = waitpid_(pid, out status, options);
                if (r >= 0) return new PyTuple(new PyObject[] { PyInt.Get(r), PyInt.Get(r == 0 ? 0 : status) });
                int e = Errno();
                if (e != ErrnoCodes.EINTR) throw PyOSError.FromErrno(e);
                Signals.Poll();
            }
        });
        Def(m, "kill", (a, k) =>
        {
            if (a.Length != 2) throw Ops.TypeError($"kill expected 2 arguments, got {a.Length}");
            if (kill_((int)IoArgs.Int(a[0]), (int)IoArgs.Int(a[1])) < 0) throw PyOSError.FromErrno(Errno());
            return PyNone.Instance;
        });
        Def(m, "getppid", (a, k) => PyInt.Get(getppid_()));
        Def(m, "getuid", (a, k) => PyInt.Get(getuid_()));
        Def(m, "geteuid", (a, k) => PyInt.Get(geteuid_()));
        Def(m, "getgid", (a, k) => PyInt.Get(getgid_()));
        Def(m, "getegid", (a, k) => PyInt.Get(getegid_()));
        Def(m, "getpgrp", (a, k) => PyInt.Get(getpgrp_()));
        Def(m, "getpgid", (a, k) =>
        {
            NativeArgs.Exactly("getpgid", a, k, 1);
            int r = getpgid_(Fd(a, 0, "getpgid"));
            if (r < 0) throw PyOSError.FromErrno(Errno());
            return PyInt.Get(r);
        });
        Def(m, "setpgid", (a, k) =>
        {
            NativeArgs.Count("setpgid", a, k, 2, 2);
            if (setpgid_(Fd(a, 0, "setpgid"), Fd(a, 1, "setpgid")) < 0) throw PyOSError.FromErrno(Errno());
            return PyNone.Instance;
        });
        Def(m, "setpgrp", (a, k) =>
        {
            NativeArgs.Exactly("setpgrp", a, k, 0);
            if (setpgid_(0, 0) < 0) throw PyOSError.FromErrno(Errno());
            return PyNone.Instance;
        });
        Def(m, "setsid", (a, k) =>
        {
            NativeArgs.Exactly("setsid", a, k, 0);
            if (setsid_() < 0) throw PyOSError.FromErrno(Errno());
            return PyNone.Instance;
        });
        // The id setters (subprocess checks that they exist before it accepts user=/group=/extra_groups=).
        // -1 leaves an id unchanged, as (uid_t)-1 does for setreuid(2).
        static uint Id(PyObject o) { long v = IoArgs.Int(o); return v == -1 ? uint.MaxValue : (uint)v; }
        void Ids(string name, Func<uint, uint, int> call, bool pair)
        {
            Def(m, name, (a, k) =>
            {
                NativeArgs.Exactly(name, a, k, pair ? 2 : 1);
                uint first = Id(a[0]);
                if (call(first, pair ? Id(a[1]) : first) < 0) throw PyOSError.FromErrno(Errno());
                return PyNone.Instance;
            });
        }
        Ids("setreuid", setreuid_, true);
        Ids("setregid", setregid_, true);
        Ids("setuid", (r, e) => setreuid_(r, e), false);
        Ids("setgid", (r, e) => setregid_(r, e), false);
        Ids("seteuid", (r, e) => setreuid_(uint.MaxValue, e), false);
        Ids("setegid", (r, e) => setregid_(uint.MaxValue, e), false);
        Def(m, "setgroups", (a, k) =>
        {
            NativeArgs.Exactly("setgroups", a, k, 1);
            var items = Ops.ToArray(a[0]);
            var ids = new uint[items.Length];
            for (int i = 0; i < items.Length; i++) ids[i] = (uint)IoArgs.Int(items[i]);
            if (setgroups_((nuint)ids.Length, ids) < 0) throw PyOSError.FromErrno(Errno());
            return PyNone.Instance;
        });
        Def(m, "getgroups", (a, k) =>
        {
            NativeArgs.Exactly("getgroups", a, k, 0);
            int n = getgroups_(0, null);
            if (n < 0) throw PyOSError.FromErrno(Errno());
            var ids = new uint[n];
            n = getgroups_(n, ids);
            if (n < 0) throw PyOSError.FromErrno(Errno());
            var items = new PyObject[n];
            for (int i = 0; i < n; i++) items[i] = PyInt.Get(ids[i]);
            return new PyList(items);
        });
        Def(m, "getsid", (a, k) =>
        {
            int r = getsid_(Fd(a, 0, "getsid"));
            if (r < 0) throw PyOSError.FromErrno(Errno());
            return PyInt.Get(r);
        });
        // The wait-status macros of <sys/wait.h>.
        Status(m, "WIFEXITED", s => PyBool.Get((s & 0x7f) == 0));
        Status(m, "WEXITSTATUS", s => PyInt.Get((s >> 8) & 0xff));
        Status(m, "WIFSIGNALED", s => PyBool.Get((s & 0x7f) != 0 && (s & 0x7f) != 0x7f));
        Status(m, "WTERMSIG", s => PyInt.Get(s & 0x7f));
        Status(m, "WIFSTOPPED", s => PyBool.Get((s & 0xff) == 0x7f));
        Status(m, "WSTOPSIG", s => PyInt.Get((s >> 8) & 0xff));
        Status(m, "WIFCONTINUED", s => PyBool.Get(s == 0xffff));
        Status(m, "WCOREDUMP", s => PyBool.Get((s & 0x80) != 0));
        Def(m, "waitstatus_to_exitcode", (a, k) =>
        {
            var st = IoArgs.Get(a, k, 0, "status") ?? throw Ops.TypeError("waitstatus_to_exitcode() missing required argument 'status' (pos 1)");
            int s = (int)IoArgs.Int(st);
            if ((s & 0x7f) == 0) return PyInt.Get((s >> 8) & 0xff);
            if ((s & 0xff) == 0x7f) throw Ops.ValueError($"process stopped by delivery of signal {(s >> 8) & 0xff}");
            if ((s & 0x7f) != 0x7f) return PyInt.Get(-(s & 0x7f));
            throw Ops.ValueError($"invalid wait status: {s}");
        });
        Def(m, "get_exec_path", (a, k) =>
        {
            var env = IoArgs.Get(a, k, 0, "env");
            PyObject? path = null;
            if (env == null || env is PyNone) env = m.Dict.GetItem(new PyStr("environ"));
            path = Ops.GetAttr(env, "get").Call1(new PyStr("PATH"));
            string text = path is PyStr ps ? ps.Value : path is PyBytes pb ? TextCodec.DecodeFsPath(pb.Value) : "/bin:/usr/bin";
            var parts = text.Split(':');
            var items = new PyObject[parts.Length];
            for (int i = 0; i < parts.Length; i++) items[i] = new PyStr(parts[i]);
            return new PyList(items);
        });
    }

    private static void Status(PyModule m, string name, Func<int, PyObject> f) =>
        Def(m, name, (a, k) =>
        {
            var st = IoArgs.Get(a, k, 0, "status") ?? throw Ops.TypeError($"{name}() missing required argument 'status' (pos 1)");
            return f((int)IoArgs.Int(st));
        });
}
