using System.Runtime.InteropServices;
using Krait.Runtime;
using Krait.Runtime.Io;

namespace Krait.Modules;

/// <summary>_posixsubprocess.fork_exec, the call subprocess.Popen makes to start a child, done with posix_spawn(3)
/// rather than fork: forking a .NET process (several runtime threads, a GC) is unsafe, and glibc's posix_spawn
/// does the vfork/exec itself and reports an exec failure as its return value. The child's standard descriptors,
/// working directory, session and signal dispositions are set with spawn file actions and attributes. An exec
/// failure is reported the way CPython's child reports it, as "OSError:errno-in-hex:" on the error pipe.
/// posix_spawn_file_actions_t and posix_spawnattr_t are opaque buffers (larger than glibc's on x64 and ARM64),
/// only ever touched through libc's functions.</summary>
public static class PosixSubprocessModule
{
    private const string Lib = "libc.so.6";
    private const int OpaqueSize = 1024;
    private const short POSIX_SPAWN_SETPGROUP = 0x02, POSIX_SPAWN_SETSIGDEF = 0x04, POSIX_SPAWN_SETSIGMASK = 0x08,
        POSIX_SPAWN_SETSID = 0x80;
    private const int SIGPIPE = 13, SIGXFSZ = 25, ENOENT = 2, ENOTDIR = 20;

    [DllImport(Lib)] private static extern int posix_spawn(out int pid, byte[] path, IntPtr fileActions, IntPtr attr, IntPtr[] argv, IntPtr[] envp);
    [DllImport(Lib)] private static extern int posix_spawn_file_actions_init(IntPtr fa);
    [DllImport(Lib)] private static extern int posix_spawn_file_actions_destroy(IntPtr fa);
    [DllImport(Lib)] private static extern int posix_spawn_file_actions_adddup2(IntPtr fa, int fd, int newfd);
    [DllImport(Lib)] private static extern int posix_spawn_file_actions_addclose(IntPtr fa, int fd);
    [DllImport(Lib)] private static extern int posix_spawn_file_actions_addchdir_np(IntPtr fa, byte[] path);
    [DllImport(Lib)] private static extern int posix_spawnattr_init(IntPtr attr);
    [DllImport(Lib)] private static extern int posix_spawnattr_destroy(IntPtr attr);
    [DllImport(Lib)] private static extern int posix_spawnattr_setflags(IntPtr attr, short flags);
    [DllImport(Lib)] private static extern int posix_spawnattr_setsigdefault(IntPtr attr, IntPtr sigset);
    [DllImport(Lib)] private static extern int posix_spawnattr_setsigmask(IntPtr attr, IntPtr sigset);
    [DllImport(Lib)] private static extern int posix_spawnattr_setpgroup(IntPtr attr, int pgroup);
    [DllImport(Lib)] private static extern int sigemptyset(IntPtr set);
    [DllImport(Lib)] private static extern int sigaddset(IntPtr set, int signum);
    [DllImport(Lib, SetLastError = true)] private static extern int access(byte[] path, int mode);
    [DllImport(Lib)] private static extern int getpid();
    [DllImport(Lib, EntryPoint = "umask")] private static extern int umask_(int mask);
    [DllImport(Lib)] private static extern int fcntl(int fd, int cmd, int arg);
    [DllImport(Lib)] private static extern uint getuid();
    [DllImport(Lib)] private static extern uint getgid();
    [DllImport(Lib)] private static extern int getgroups(int size, [Out] uint[]? list);

    private static bool IsOsFunction(PyObject f, string name) =>
        f is PyBuiltinFunction bf && bf.Name == name && bf.ModuleName is "os" or "posix";

    /// <summary>posix_spawn cannot change the child's user or groups, so Krait starts it only when the requested
    /// credentials are the ones it has already (fork-and-setuid would need Python-free code in the child).</summary>
    private static void CheckCredentials(PyObject gid, PyObject groups, PyObject uid)
    {
        bool same = (uid is PyNone || IoArgs.Int(uid) == getuid()) && (gid is PyNone || IoArgs.Int(gid) == getgid());
        if (same && groups is not PyNone)
        {
            int n = getgroups(0, null);
            var mine = new uint[Math.Max(n, 0)];
            if (n > 0) getgroups(n, mine);
            var want = new HashSet<long>();
            foreach (var g in Ops.ToArray(groups)) want.Add(IoArgs.Int(g));
            var have = new HashSet<long>();
            foreach (var g in mine) have.Add(g);
            same = want.SetEquals(have);
        }
        if (!same)
            throw Ops.Error(ExceptionTypes.NotImplementedError,
                "Krait's subprocess cannot change the child's user or groups (user=, group=, extra_groups= other than the current ones)");
    }

    /// <summary>The open descriptors of this process without FD_CLOEXEC, from /proc/self/fd.</summary>
    private static List<int> InheritableFds()
    {
        var fds = new List<int>();
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
                if (int.TryParse(Path.GetFileName(entry), out int fd) && fd > 2)
                {
                    int flags = fcntl(fd, 1 /* F_GETFD */, 0);
                    if (flags >= 0 && (flags & 1 /* FD_CLOEXEC */) == 0) fds.Add(fd);
                }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return fds;
    }

    public static PyModule Create()
    {
        var m = NativeModule.New("_posixsubprocess");
        NativeModule.Def(m, "fork_exec", ForkExec);
        return m;
    }

    private static byte[] FsBytes(PyObject o)
    {
        var p = IoOpen.FsPath(o);
        var raw = p is PyBytes b ? b.Value : TextCodec.EncodeFsPath(((PyStr)p).Value);
        var z = new byte[raw.Length + 1];
        raw.CopyTo(z, 0);
        return z;
    }

    private static IntPtr[] CStrings(List<byte[]> items, List<IntPtr> owned)
    {
        var ptrs = new IntPtr[items.Count + 1];
        for (int i = 0; i < items.Count; i++)
        {
            var p = Marshal.AllocHGlobal(items[i].Length);
            Marshal.Copy(items[i], 0, p, items[i].Length);
            owned.Add(p);
            ptrs[i] = p;
        }
        return ptrs;
    }

    /// <summary>fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, c2pread,
    /// c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set, gid,
    /// extra_groups, uid, child_umask, preexec_fn, allow_vfork) -> pid</summary>
    private static PyObject ForkExec(PyObject[] a, string[]? k)
    {
        if (a.Length < 22 || k is { Length: > 0 }) throw Ops.TypeError($"fork_exec() takes 22 or 23 arguments ({a.Length} given)");
        int I(int i) => (int)IoArgs.Int(a[i]);
        bool setsid = Ops.IsTrue(a[15]);
        int pgid = I(16);
        if (a[21] is not PyNone)
        {
            // Python code cannot run in a forked .NET process (the child would have one thread of a runtime that
            // had several). The two functions programs pass most are done by the spawn attributes instead.
            if (IsOsFunction(a[21], "setsid")) setsid = true;
            else if (IsOsFunction(a[21], "setpgrp")) pgid = 0;
            else throw Ops.Error(ExceptionTypes.RuntimeError,
                "preexec_fn not supported by Krait (Python code cannot run in the child before exec); " +
                "use start_new_session, process_group, umask, pass_fds or close_fds");
        }
        CheckCredentials(a[17], a[18], a[19]);
        int umask = I(20);
        var passFds = new List<int>();
        foreach (var fd in Ops.ToArray(a[3]))
        {
            long n = fd is PyInt ? IoArgs.Int(fd) : -1;
            if (n < 0 || n > int.MaxValue) throw Ops.ValueError("bad value(s) in fds_to_keep");
            // subprocess puts its error pipe among the fds to keep; it must stay close-on-exec (the parent learns
            // that exec succeeded when the pipe closes), as CPython's child leaves it.
            if (n != IoArgs.Int(a[13])) passFds.Add((int)n);
        }
        bool closeFds = Ops.IsTrue(a[2]);

        var argv = new List<byte[]>();
        if (a[0] is not PyNone) foreach (var x in Ops.ToArray(a[0])) argv.Add(FsBytes(x));
        var executables = new List<byte[]>();
        foreach (var x in Ops.ToArray(a[1])) executables.Add(FsBytes(x));
        byte[]? cwd = a[4] is PyNone ? null : FsBytes(a[4]);
        var env = new List<byte[]>();
        if (a[5] is not PyNone)
        {
            foreach (var x in Ops.ToArray(a[5])) env.Add(FsBytes(x));
        }
        else
        {
            // Inherit os.environ as the program sees it (its changes are not in the process's C environment).
            var environ = OsModule.Create().Dict.GetItem(new PyStr("environ"));
            foreach (var key in Ops.ToArray(environ))
            {
                var value = environ.GetItem(key);
                var kb = IoOpen.FsPath(key) is PyBytes kbb ? kbb.Value : TextCodec.EncodeFsPath(((PyStr)key).Value);
                var vb = IoOpen.FsPath(value) is PyBytes vbb ? vbb.Value : TextCodec.EncodeFsPath(((PyStr)value).Value);
                var entry = new byte[kb.Length + vb.Length + 2];
                kb.CopyTo(entry, 0);
                entry[kb.Length] = (byte)'=';
                vb.CopyTo(entry, kb.Length + 1);
                env.Add(entry);
            }
        }
        int p2cread = I(6), p2cwrite = I(7), c2pread = I(8), c2pwrite = I(9), errread = I(10), errwrite = I(11);
        int errpipeWrite = I(13);
        bool restoreSignals = Ops.IsTrue(a[14]);

        var owned = new List<IntPtr>();
        IntPtr fa = Marshal.AllocHGlobal(OpaqueSize), attr = Marshal.AllocHGlobal(OpaqueSize);
        IntPtr sigdef = Marshal.AllocHGlobal(OpaqueSize), sigmask = Marshal.AllocHGlobal(OpaqueSize);
        try
        {
            posix_spawn_file_actions_init(fa);
            posix_spawnattr_init(attr);
            // The parent's ends of the pipes are close-on-exec already; the child's ends become 0, 1 and 2.
            if (p2cread >= 0 && p2cread != 0) posix_spawn_file_actions_adddup2(fa, p2cread, 0);
            if (c2pwrite >= 0 && c2pwrite != 1) posix_spawn_file_actions_adddup2(fa, c2pwrite, 1);
            if (errwrite >= 0 && errwrite != 2) posix_spawn_file_actions_adddup2(fa, errwrite, 2);
            // dup2(fd, fd) as a spawn action clears close-on-exec: each pass_fds descriptor stays open in the child.
            foreach (int fd in passFds) posix_spawn_file_actions_adddup2(fa, fd, fd);
            // close_fds: every other inheritable descriptor above 2 is closed (non-inheritable ones close at exec).
            if (closeFds)
                foreach (int fd in InheritableFds())
                    if (fd > 2 && !passFds.Contains(fd)) posix_spawn_file_actions_addclose(fa, fd);
            if (cwd != null) posix_spawn_file_actions_addchdir_np(fa, cwd);
            short flags = POSIX_SPAWN_SETSIGMASK;
            sigemptyset(sigmask);
            posix_spawnattr_setsigmask(attr, sigmask);
            if (restoreSignals)
            {
                // .NET ignores SIGPIPE; an ignored signal stays ignored across exec, so put it back to default.
                sigemptyset(sigdef);
                sigaddset(sigdef, SIGPIPE);
                sigaddset(sigdef, SIGXFSZ);
                posix_spawnattr_setsigdefault(attr, sigdef);
                flags |= POSIX_SPAWN_SETSIGDEF;
            }
            if (setsid) flags |= POSIX_SPAWN_SETSID;
            if (pgid >= 0) { flags |= POSIX_SPAWN_SETPGROUP; posix_spawnattr_setpgroup(attr, pgid); }
            posix_spawnattr_setflags(attr, flags);

            var argvPtrs = CStrings(argv, owned);
            var envPtrs = CStrings(env, owned);
            int savedError = 0, lastError = ENOENT;
            // The child inherits the umask in force when it is spawned; this thread is the only one running
            // Python code, so setting it around the spawn and back is not seen by the program.
            int oldMask = umask >= 0 ? umask_(umask) : -1;
            try
            {
                foreach (var exe in executables)
                {
                    int r = posix_spawn(out int pid, exe, fa, attr, argvPtrs, envPtrs);
                    if (r == 0) return PyInt.Get(pid);
                    lastError = r;
                    if (r != ENOENT && r != ENOTDIR && savedError == 0) savedError = r;
                }
            }
            finally
            {
                if (oldMask >= 0) umask_(oldMask);
            }
            int error = savedError != 0 ? savedError : lastError;
            // A working directory that cannot be entered is reported as chdir's failure ("noexec").
            bool cwdFailed = cwd != null && access(cwd, 1) != 0;
            if (cwdFailed) error = Marshal.GetLastPInvokeError();
            var msg = System.Text.Encoding.ASCII.GetBytes($"OSError:{error:x}:{(cwdFailed ? "noexec" : "")}");
            Libc.WriteAll(errpipeWrite, msg, out _);
            // No child is left to wait for: waitpid on this process's own id fails with ECHILD, which Popen expects.
            return PyInt.Get(getpid());
        }
        finally
        {
            posix_spawn_file_actions_destroy(fa);
            posix_spawnattr_destroy(attr);
            Marshal.FreeHGlobal(fa);
            Marshal.FreeHGlobal(attr);
            Marshal.FreeHGlobal(sigdef);
            Marshal.FreeHGlobal(sigmask);
            foreach (var p in owned) Marshal.FreeHGlobal(p);
        }
    }
}
