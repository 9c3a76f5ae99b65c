using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using Krait.Runtime;
using Krait.Runtime.Io;
using static Krait.Modules.SocketLibc;

namespace Krait.Modules;

/// <summary>`_socket.socket`: a file descriptor with its family, type, protocol and timeout. As in CPython a
/// socket with a timeout is non-blocking at the OS level, and each call first waits with poll(2) for the time
/// left, raising TimeoutError('timed out') when it runs out; with timeout 0.0 a call that would block raises
/// BlockingIOError. The type is subclassable the way built-in types are (CPython's `socket.socket` derives from
/// it): a subclass instance carries a PySocket as its base value, made empty and opened by `__init__`.</summary>
public sealed class PySocket : PyObject
{
    public static readonly PyType SocketType = MakeType();
    /// <summary>socket.setdefaulttimeout's value; negative means None.</summary>
    public static double DefaultTimeout = -1;

    public int Fd = -1;
    public int Family, SockType, Proto;
    /// <summary>Seconds; negative means None (blocking).</summary>
    public double Timeout = -1;

    public override PyType Type => SocketType;
    public override string Repr() => $"<socket object, fd={Fd}, family={Family}, type={SockType}, proto={Proto}>";

    public static PySocket Of(PyObject o) => o switch
    {
        PySocket s => s,
        PyInstance { BaseValue: PySocket s } => s,
        _ => throw Ops.TypeError($"descriptor requires a '_socket.socket' object but received '{o.Type.TpName}'"),
    };

    private static PyType MakeType()
    {
        var t = new PyType("socket", new[] { PyType.ObjectType }) { Module = "_socket" };
        t.Constructor = (a, k) => new PySocket();
        void M(string name, MethodBody body) => t.Dict[name] = new PyMethodDescriptor(t, name, body);
        void G(string name, Func<PySocket, PyObject> get) =>
            t.Dict[name] = new PyGetSetDescriptor(name, t, o => get(Of(o)), null);
        M("__init__", (s, a, k) => { Of(s).Init(a, k); return PyNone.Instance; });
        G("family", s => PyInt.Get(s.Family));
        G("type", s => PyInt.Get(s.SockType));
        G("proto", s => PyInt.Get(s.Proto));
        G("timeout", s => s.Timeout < 0 ? PyNone.Instance : new PyFloat(s.Timeout));
        M("fileno", (s, a, k) => { NativeArgs.Exactly("fileno", a, k, 0); return PyInt.Get(Of(s).Fd); });
        M("close", (s, a, k) => { NativeArgs.Exactly("close", a, k, 0); Of(s).Close(); return PyNone.Instance; });
        M("detach", (s, a, k) =>
        {
            NativeArgs.Exactly("detach", a, k, 0);
            var so = Of(s);
            int fd = so.Fd;
            so.Fd = -1;
            return PyInt.Get(fd);
        });
        M("bind", (s, a, k) =>
        {
            NativeArgs.Exactly("bind", a, k, 1);
            var so = Of(s);
            var sa = so.SockAddr(a[0], "bind");
            if (bind(so.Fd, sa, (uint)sa.Length) != 0) throw PyOSError.FromErrno(Errno());
            return PyNone.Instance;
        });
        M("listen", (s, a, k) =>
        {
            NativeArgs.Count("listen", a, k, 0, 1);
            var so = Of(s);
            long backlog = a.Length > 0 ? NativeArgs.Int(a[0]) : Math.Min(SOMAXCONN, 128);
            if (backlog < 0) backlog = 0;
            if (listen(so.Fd, (int)Math.Min(backlog, int.MaxValue)) != 0) throw PyOSError.FromErrno(Errno());
            return PyNone.Instance;
        });
        M("_accept", (s, a, k) => { NativeArgs.Exactly("_accept", a, k, 0); return Of(s).Accept(); });
        M("connect", (s, a, k) =>
        {
            NativeArgs.Exactly("connect", a, k, 1);
            int err = Of(s).Connect(a[0], true);
            return PyNone.Instance;
        });
        M("connect_ex", (s, a, k) =>
        {
            NativeArgs.Exactly("connect_ex", a, k, 1);
            return PyInt.Get(Of(s).Connect(a[0], false));
        });
        M("send", (s, a, k) =>
        {
            NativeArgs.Count("send", a, k, 1, 2);
            var data = BytesMethods.Buf(a[0]).ToArray();
            int flags = a.Length > 1 ? (int)NativeArgs.Int(a[1]) : 0;
            return PyInt.Get(Of(s).Send(data, 0, data.Length, flags));
        });
        M("sendall", (s, a, k) =>
        {
            NativeArgs.Count("sendall", a, k, 1, 2);
            var so = Of(s);
            var data = BytesMethods.Buf(a[0]).ToArray();
            int flags = a.Length > 1 ? (int)NativeArgs.Int(a[1]) : 0;
            for (int off = 0; off < data.Length;)
            {
                off += so.Send(data, off, data.Length - off, flags);
                Signals.Poll();
            }
            return PyNone.Instance;
        });
        M("sendto", (s, a, k) =>
        {
            NativeArgs.NoKeywords("sendto", k);
            if (a.Length < 2 || a.Length > 3) throw Ops.TypeError($"sendto() takes 2 or 3 arguments ({a.Length} given)");
            var so = Of(s);
            var data = BytesMethods.Buf(a[0]).ToArray();
            int flags = a.Length == 3 ? (int)NativeArgs.Int(a[1]) : 0;
            var sa = so.SockAddr(a[^1], "sendto");
            nint n = so.Io(POLLOUT, () => sendto(so.Fd, data, data.Length, flags, sa, (uint)sa.Length));
            return PyInt.Get(n);
        });
        M("recv", (s, a, k) =>
        {
            NativeArgs.Count("recv", a, k, 1, 2);
            long size = NativeArgs.Int(a[0]);
            if (size < 0) throw Ops.ValueError("negative buffersize in recv");
            int flags = a.Length > 1 ? (int)NativeArgs.Int(a[1]) : 0;
            var so = Of(s);
            var buf = new byte[size];
            nint n = so.Io(POLLIN, () => recv(so.Fd, buf, buf.Length, flags));
            return new PyBytes(n == buf.Length ? buf : buf.AsSpan(0, (int)n).ToArray());
        });
        M("recv_into", (s, a, k) =>
        {
            var r = NativeArgs.Bind("recv_into", a, k, new[] { "buffer", "nbytes", "flags" }, 1);
            var so = Of(s);
            int cap = (int)r[0]!.Len();
            long want = r[1] == null ? 0 : NativeArgs.Int(r[1]!);
            if (want < 0) throw Ops.ValueError("negative buffersize in recv_into");
            if (want == 0) want = cap;
            if (want > cap) throw Ops.ValueError("buffer too small for requested bytes");
            int flags = r[2] == null ? 0 : (int)NativeArgs.Int(r[2]!);
            var buf = new byte[want];
            nint n = so.Io(POLLIN, () => recv(so.Fd, buf, buf.Length, flags));
            WriteInto(r[0]!, buf, (int)n);
            return PyInt.Get(n);
        });
        M("recvfrom", (s, a, k) =>
        {
            NativeArgs.Count("recvfrom", a, k, 1, 2);
            long size = NativeArgs.Int(a[0]);
            if (size < 0) throw Ops.ValueError("negative buffersize in recvfrom");
            int flags = a.Length > 1 ? (int)NativeArgs.Int(a[1]) : 0;
            var so = Of(s);
            var buf = new byte[size];
            var sa = new byte[128];
            uint salen = (uint)sa.Length;
            nint n = so.Io(POLLIN, () => { salen = (uint)sa.Length; return recvfrom(so.Fd, buf, buf.Length, flags, sa, ref salen); });
            return new PyTuple(new PyObject[] { new PyBytes(buf.AsSpan(0, (int)n).ToArray()), Decode(sa, (int)salen) });
        });
        M("recvfrom_into", (s, a, k) =>
        {
            var r = NativeArgs.Bind("recvfrom_into", a, k, new[] { "buffer", "nbytes", "flags" }, 1);
            var so = Of(s);
            int cap = (int)r[0]!.Len();
            long want = r[1] == null ? 0 : NativeArgs.Int(r[1]!);
            if (want < 0) throw Ops.ValueError("negative buffersize in recvfrom_into");
            if (want == 0) want = cap;
            if (want > cap) throw Ops.ValueError("nbytes is greater than the length of the buffer");
            int flags = r[2] == null ? 0 : (int)NativeArgs.Int(r[2]!);
            var buf = new byte[want];
            var sa = new byte[128];
            uint salen = (uint)sa.Length;
            nint n = so.Io(POLLIN, () => { salen = (uint)sa.Length; return recvfrom(so.Fd, buf, buf.Length, flags, sa, ref salen); });
            WriteInto(r[0]!, buf, (int)n);
            return new PyTuple(new PyObject[] { PyInt.Get(n), Decode(sa, (int)salen) });
        });
        M("shutdown", (s, a, k) =>
        {
            NativeArgs.Exactly("shutdown", a, k, 1);
            if (shutdown(Of(s).Fd, (int)NativeArgs.Int(a[0])) != 0) throw PyOSError.FromErrno(Errno());
            return PyNone.Instance;
        });
        M("getsockname", (s, a, k) => { NativeArgs.Exactly("getsockname", a, k, 0); return Of(s).Name(false); });
        M("getpeername", (s, a, k) => { NativeArgs.Exactly("getpeername", a, k, 0); return Of(s).Name(true); });
        M("setsockopt", (s, a, k) =>
        {
            NativeArgs.NoKeywords("setsockopt", k);
            if (a.Length < 3 || a.Length > 4) throw Ops.TypeError($"setsockopt() takes 3 or 4 arguments ({a.Length} given)");
            var so = Of(s);
            int level = (int)NativeArgs.Int(a[0]), opt = (int)NativeArgs.Int(a[1]);
            byte[] value;
            if (a.Length == 4)
            {
                if (a[2] is not PyNone) throw Ops.TypeError("setsockopt() argument 3 must be NoneType, not " + a[2].Type.Name);
                value = new byte[NativeArgs.Int(a[3])];
                int rc0 = setsockopt(so.Fd, level, opt, null!, (uint)value.Length);
                if (rc0 != 0) throw PyOSError.FromErrno(Errno());
                return PyNone.Instance;
            }
            if (Ops.IsIntLike(a[2])) value = BitConverter.GetBytes((int)NativeArgs.Int(a[2]));
            else value = BytesMethods.Buf(a[2]).ToArray();
            if (setsockopt(so.Fd, level, opt, value, (uint)value.Length) != 0) throw PyOSError.FromErrno(Errno());
            return PyNone.Instance;
        });
        M("getsockopt", (s, a, k) =>
        {
            NativeArgs.Count("getsockopt", a, k, 2, 3);
            var so = Of(s);
            int level = (int)NativeArgs.Int(a[0]), opt = (int)NativeArgs.Int(a[1]);
            if (a.Length == 2)
            {
                var v = new byte[4];
                uint len = 4;
                if (getsockopt(so.Fd, level, opt, v, ref len) != 0) throw PyOSError.FromErrno(Errno());
                return PyInt.Get(BitConverter.ToInt32(v, 0));
            }
            long size = NativeArgs.Int(a[2]);
            if (size <= 0 || size > 1024) throw SocketLibc.Plain("getsockopt buflen out of range");
            var buf = new byte[size];
            uint blen = (uint)size;
            if (getsockopt(so.Fd, level, opt, buf, ref blen) != 0) throw PyOSError.FromErrno(Errno());
            return new PyBytes(buf.AsSpan(0, (int)blen).ToArray());
        });
        M("settimeout", (s, a, k) =>
        {
            NativeArgs.Exactly("settimeout", a, k, 1);
            Of(s).SetTimeout(ParseTimeout(a[0]));
            return PyNone.Instance;
        });
        M("gettimeout", (s, a, k) =>
        {
            NativeArgs.Exactly("gettimeout", a, k, 0);
            var so = Of(s);
            return so.Timeout < 0 ? PyNone.Instance : new PyFloat(so.Timeout);
        });
        M("setblocking", (s, a, k) =>
        {
            NativeArgs.Exactly("setblocking", a, k, 1);
            Of(s).SetTimeout(a[0].IsTrue() ? -1 : 0);
            return PyNone.Instance;
        });
        M("getblocking", (s, a, k) =>
        {
            NativeArgs.Exactly("getblocking", a, k, 0);
            var so = Of(s);
            if (so.Fd >= 0 && fcntl(so.Fd, F_GETFL, 0) < 0) throw PyOSError.FromErrno(Errno());
            return so.Timeout != 0 ? PyBool.True : PyBool.False;
        });
        M("__repr__", (s, a, k) => new PyStr(s.Repr()));
        return t;
    }

    private const int SOMAXCONN = 4096;
    private const int POLLIN = 1, POLLOUT = 4;

    [DllImport("libc.so.6", EntryPoint = "poll", SetLastError = true)]
    private static extern int poll_([In, Out] int[] fds, nuint nfds, int timeout);

    private void Init(PyObject[] a, string[]? k)
    {
        var r = NativeArgs.Bind("socket", a, k, new[] { "family", "type", "proto", "fileno" }, 0);
        int family = r[0] == null ? -1 : (int)NativeArgs.Int(r[0]!);
        int type = r[1] == null ? -1 : (int)NativeArgs.Int(r[1]!);
        int proto = r[2] == null ? -1 : (int)NativeArgs.Int(r[2]!);
        if (r[3] != null && r[3] is not PyNone)
        {
            long fd = NativeArgs.Int(r[3]!);
            if (fd < 0) throw Ops.ValueError("negative file descriptor");
            if (family == -1) family = SockOpt((int)fd, SO_DOMAIN);
            if (type == -1) type = SockOpt((int)fd, SO_TYPE);
            if (proto == -1) proto = SockOpt((int)fd, SO_PROTOCOL);
            Fd = (int)fd;
        }
        else
        {
            if (family == -1) family = AF_INET;
            if (type == -1) type = SOCK_STREAM;
            if (proto == -1) proto = 0;
            int fd = socket(family, type | SOCK_CLOEXEC, proto);
            if (fd < 0) throw PyOSError.FromErrno(Errno());
            Fd = fd;
        }
        Family = family;
        SockType = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        Proto = proto;
        if ((type & SOCK_NONBLOCK) != 0) SetTimeout(0);
        else SetTimeout(DefaultTimeout);
    }

    private static int SockOpt(int fd, int opt)
    {
        var v = new byte[4];
        uint len = 4;
        if (getsockopt(fd, SOL_SOCKET, opt, v, ref len) != 0) throw PyOSError.FromErrno(Errno());
        return BitConverter.ToInt32(v, 0);
    }

    public void Close()
    {
        int fd = Fd;
        if (fd < 0) return;
        Fd = -1;
        // CPython ignores ECONNRESET from close(): the peer reset the connection, the descriptor is gone anyway.
        if (close(fd) != 0 && Errno() != ErrnoCodes.ECONNRESET) throw PyOSError.FromErrno(Errno());
    }

    /// <summary>settimeout's argument in seconds (negative for None), with CPython's checks.</summary>
    public static double ParseTimeout(PyObject v)
    {
        if (v is PyNone) return -1;
        double t = v is PyFloat f ? f.Value : NativeArgs.Int(v);
        if (double.IsNaN(t)) throw Ops.ValueError("Invalid value NaN (not a number)");
        if (t < 0) throw Ops.ValueError("Timeout value out of range");
        if (t > 9.2e9) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.OverflowError, "timestamp too large to convert to C _PyTime_t"));
        return t;
    }

    public void SetTimeout(double t)
    {
        Timeout = t;
        if (Fd < 0) return;
        int fl = fcntl(Fd, F_GETFL, 0);
        if (fl < 0) throw PyOSError.FromErrno(Errno());
        int want = t >= 0 ? fl | Libc.O_NONBLOCK : fl & ~Libc.O_NONBLOCK;
        if (want != fl && fcntl(Fd, F_SETFL, want) < 0) throw PyOSError.FromErrno(Errno());
    }

    private static PythonException TimedOut() =>
        new(new PyOSError(ExceptionTypes.TimeoutError) { Args = new PyTuple(new PyObject[] { new PyStr("timed out") }) });

    /// <summary>Waits until the descriptor is ready for <paramref name="events"/> or the time runs out; false on timeout.</summary>
    private bool Wait(int events, long deadlineTicks)
    {
        var fds = new int[] { Fd, events };
        while (true)
        {
            long left = deadlineTicks - Environment.TickCount64;
            if (left < 0) left = 0;
            int r;
            using (Gil.Blocking()) r = poll_(fds, 1, (int)Math.Min(left, int.MaxValue));
            if (r > 0) return true;
            if (r == 0) return false;
            int e = Errno();
            if (e != ErrnoCodes.EINTR) throw PyOSError.FromErrno(e);
            Signals.Poll();
        }
    }

    /// <summary>One socket call under the timeout rules: wait (with a timeout), call, retry on EINTR (after
    /// running signal handlers) and, with a timeout, on EAGAIN.</summary>
    private nint Io(int events, Func<nint> call)
    {
        long deadline = Timeout > 0 ? Environment.TickCount64 + (long)Math.Ceiling(Timeout * 1000) : 0;
        while (true)
        {
            if (Timeout > 0 && !Wait(events, deadline)) throw TimedOut();
            nint n;
            // Other threads run while this one waits in the system call.
            using (Gil.Blocking()) n = call();
            if (n >= 0) return n;
            int e = Errno();
            if (e == ErrnoCodes.EINTR) { Signals.Poll(); continue; }
            if (Timeout > 0 && e == ErrnoCodes.EAGAIN) continue;
            throw PyOSError.FromErrno(e);
        }
    }

    private int Send(byte[] data, int off, int count, int flags)
    {
        var chunk = off == 0 && count == data.Length ? data : data.AsSpan(off, count).ToArray();
        return (int)Io(POLLOUT, () => send(Fd, chunk, chunk.Length, flags));
    }

    private PyObject Accept()
    {
        var sa = new byte[128];
        uint len = 0;
        int fd = (int)Io(POLLIN, () => { len = (uint)sa.Length; return accept4(Fd, sa, ref len, SOCK_CLOEXEC); });
        return new PyTuple(new PyObject[] { PyInt.Get(fd), Decode(sa, (int)len) });
    }

    /// <summary>connect (raising) or connect_ex (returning the errno).</summary>
    private int Connect(PyObject address, bool raise)
    {
        var sa = SockAddr(address, raise ? "connect" : "connect_ex");
        int err = 0;
        while (true)
        {
            int r;
            using (Gil.Blocking()) r = connect(Fd, sa, (uint)sa.Length);
            if (r == 0) break;
            err = Errno();
            if (err == ErrnoCodes.EINTR)
            {
                Signals.Poll();
                // The connection goes on in the background; with a timeout we wait for it below.
                if (Timeout == 0) break;
                err = ErrnoCodes.EINPROGRESS;
            }
            if (err == ErrnoCodes.EINPROGRESS && Timeout > 0)
            {
                long deadline = Environment.TickCount64 + (long)Math.Ceiling(Timeout * 1000);
                if (!Wait(POLLOUT, deadline))
                {
                    if (raise) throw TimedOut();
                    return ErrnoCodes.EAGAIN;
                }
                err = SockOpt(Fd, SO_ERROR);
            }
            break;
        }
        if (err != 0 && raise) throw PyOSError.FromErrno(err);
        return err;
    }

    private PyObject Name(bool peer)
    {
        var sa = new byte[128];
        uint len = (uint)sa.Length;
        int rc = peer ? getpeername(Fd, sa, ref len) : getsockname(Fd, sa, ref len);
        if (rc != 0) throw PyOSError.FromErrno(Errno());
        return Decode(sa, (int)len);
    }

    private static void WriteInto(PyObject target, byte[] data, int n)
    {
        switch (target)
        {
            case PyByteArray ba: Array.Copy(data, 0, ba.Data, 0, n); return;
            case PyInstance { BaseValue: PyByteArray bb }: Array.Copy(data, 0, bb.Data, 0, n); return;
            case PyMemoryView mv:
                if (mv.ReadOnly) throw Ops.TypeError("recv_into() argument 'buffer' must be read-write bytes-like object, not memoryview");
                mv.SetItem(new PySlice(PyInt.Get(0), PyInt.Get(n), PyNone.Instance), new PyBytes(data.AsSpan(0, n).ToArray()));
                return;
        }
        throw Ops.TypeError($"recv_into() argument 'buffer' must be read-write bytes-like object, not {target.Type.TpName}");
    }

    /// <summary>Python's address object for this socket's family as a sockaddr, resolving host names.</summary>
    public byte[] SockAddr(PyObject address, string fname) => SockAddrFor(Family, address, fname);

    public static byte[] SockAddrFor(int family, PyObject address, string fname)
    {
        switch (family)
        {
            case AF_UNIX:
            {
                byte[] path = address is PyStr ps ? Encoding.UTF8.GetBytes(ps.Value)
                    : BytesMethods.IsBuffer(address) ? BytesMethods.Buf(address).ToArray()
                    : throw Ops.TypeError($"{fname}(): AF_UNIX address must be str or bytes, not {address.Type.TpName}");
                if (path.Length > 107) throw SocketLibc.Plain("AF_UNIX path too long");
                var sa = new byte[2 + path.Length + (path.Length > 0 && path[0] == 0 ? 0 : 1)];
                sa[0] = AF_UNIX;
                path.CopyTo(sa, 2);
                return sa;
            }
            case AF_INET:
            {
                if (address is not PyTuple t) throw Ops.TypeError($"{fname}(): AF_INET address must be tuple, not {address.Type.TpName}");
                if (t.Items.Length != 2) throw Ops.TypeError("AF_INET address must be a pair (host, port)");
                string host = HostText(t.Items[0]);
                long port = NativeArgs.Int(t.Items[1]);
                var packed = ResolveHost(host, AF_INET);
                if (port < 0 || port > 65535) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.OverflowError, $"{fname}(): port must be 0-65535."));
                return InetAddress(packed, (int)port);
            }
            case AF_INET6:
            {
                if (address is not PyTuple t) throw Ops.TypeError($"{fname}(): AF_INET6 address must be tuple, not {address.Type.TpName}");
                if (t.Items.Length < 2 || t.Items.Length > 4) throw Ops.TypeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
                string host = HostText(t.Items[0]);
                long port = NativeArgs.Int(t.Items[1]);
                long flow = t.Items.Length > 2 ? NativeArgs.Int(t.Items[2]) : 0;
                long scope = t.Items.Length > 3 ? NativeArgs.Int(t.Items[3]) : 0;
                var packed = ResolveHost(host, AF_INET6);
                if (port < 0 || port > 65535) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.OverflowError, $"{fname}(): port must be 0-65535."));
                if (flow < 0 || flow > 0xfffff) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.OverflowError, $"{fname}(): flowinfo must be 0-1048575."));
                return Inet6Address(packed, (int)port, (uint)flow, (uint)scope);
            }
        }
        throw SocketLibc.Plain($"{fname}(): bad family");
    }

    private static string HostText(PyObject h) => h switch
    {
        PyStr s => s.Value,
        PyBytes or PyByteArray => Encoding.UTF8.GetString(BytesMethods.Buf(h)),
        _ => throw Ops.TypeError($"str, bytes or bytearray expected, not {h.Type.TpName}"),
    };

    /// <summary>A host name or numeric address as packed bytes for <paramref name="family"/>: '' is the wildcard,
    /// '&lt;broadcast&gt;' the broadcast address, numeric forms are parsed, other names are resolved.</summary>
    public static byte[] ResolveHost(string host, int family)
    {
        int size = family == AF_INET ? 4 : 16;
        if (host.Length == 0) return new byte[size];
        if (host == "<broadcast>" || host == "255.255.255.255")
        {
            if (family != AF_INET) throw SocketLibc.Plain("address family mismatched");
            return new byte[] { 255, 255, 255, 255 };
        }
        var packed = new byte[size];
        if (inet_pton(family, host, packed) == 1) return packed;
        foreach (var ai in AddrInfo(host, null, family, 0, 0, 0))
            if (ai.Family == family) return ai.Addr.AsSpan(family == AF_INET ? 4 : 8, size).ToArray();
        throw GaiError(-2);
    }
}
