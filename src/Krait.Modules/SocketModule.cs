using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using Krait.Runtime;
using Krait.Runtime.Io;
using static Krait.Modules.SocketLibc;

namespace Krait.Modules;

/// <summary>The `_socket` module: the socket type (<see cref="PySocket"/>), name resolution through libc's
/// getaddrinfo/getnameinfo, byte-order and address-text conversions, and Linux's constants. CPython's
/// `socket.py` builds on it when CPython's library folder is present; Krait's own `socket.py` in
/// `lib-fallback/` does when it is not.</summary>
public static class SocketModule
{
    private static PyType? s_gaierror, s_herror;

    public static PyType GaiErrorType => s_gaierror ?? throw new InvalidOperationException("_socket not initialised");

    public static PyModule Create()
    {
        var m = NativeModule.New("_socket");
        foreach (var (name, value) in SocketConstants.All) m.Set(name, PyInt.Get(value));
        m.Set("socket", PySocket.SocketType);
        m.Set("SocketType", PySocket.SocketType);
        m.Set("error", ExceptionTypes.OSError);
        m.Set("timeout", ExceptionTypes.TimeoutError);
        m.Set("has_ipv6", PyBool.True);
        ModulePrelude.Run(m, "class herror(OSError): pass\nclass gaierror(OSError): pass\n"
            + "herror.__module__ = gaierror.__module__ = 'socket'\n", "<_socket>");
        s_herror = (PyType)m.GetAttr("herror");
        s_gaierror = (PyType)m.GetAttr("gaierror");

        NativeModule.Def(m, "close", (a, k) =>
        {
            NativeArgs.Exactly("close", a, k, 1);
            int fd = (int)NativeArgs.Int(a[0]);
            if (SocketLibc.close(fd) != 0 && Errno() != ErrnoCodes.ECONNRESET) throw PyOSError.FromErrno(Errno());
            return PyNone.Instance;
        });
        NativeModule.Def(m, "dup", (a, k) =>
        {
            NativeArgs.Exactly("dup", a, k, 1);
            int fd = dup((int)NativeArgs.Int(a[0]));
            if (fd < 0) throw PyOSError.FromErrno(Errno());
            // dup() makes an inheritable copy; CPython's _socket.dup gives a non-inheritable one.
            return PyInt.Get(fd);
        });
        NativeModule.Def(m, "socketpair", SocketPair);
        NativeModule.Def(m, "getdefaulttimeout", (a, k) =>
        {
            NativeArgs.Exactly("getdefaulttimeout", a, k, 0);
            return PySocket.DefaultTimeout < 0 ? PyNone.Instance : new PyFloat(PySocket.DefaultTimeout);
        });
        NativeModule.Def(m, "setdefaulttimeout", (a, k) =>
        {
            NativeArgs.Exactly("setdefaulttimeout", a, k, 1);
            PySocket.DefaultTimeout = PySocket.ParseTimeout(a[0]);
            return PyNone.Instance;
        });
        NativeModule.Def(m, "gethostname", (a, k) =>
        {
            NativeArgs.Exactly("gethostname", a, k, 0);
            var buf = new byte[1025];
            if (gethostname(buf, (nuint)buf.Length) != 0) throw PyOSError.FromErrno(Errno());
            return new PyStr(CString(buf));
        });
        NativeModule.Def(m, "getaddrinfo", GetAddrInfo);
        NativeModule.Def(m, "getnameinfo", GetNameInfo);
        NativeModule.Def(m, "gethostbyname", (a, k) =>
        {
            NativeArgs.Exactly("gethostbyname", a, k, 1);
            var packed = PySocket.ResolveHost(HostArg(a[0], "gethostbyname"), AF_INET);
            return new PyStr(Ntop(AF_INET, packed));
        });
        NativeModule.Def(m, "gethostbyname_ex", (a, k) =>
        {
            NativeArgs.Exactly("gethostbyname_ex", a, k, 1);
            string host = HostArg(a[0], "gethostbyname_ex");
            var infos = AddrInfo(host, null, AF_INET, SOCK_STREAM, 0, 2 /* AI_CANONNAME */);
            var addrs = new List<PyObject>();
            foreach (var ai in infos) addrs.Add(new PyStr(Ntop(AF_INET, ai.Addr.AsSpan(4, 4).ToArray())));
            string canon = infos.Count > 0 && infos[0].Canon.Length > 0 ? infos[0].Canon : host;
            return new PyTuple(new PyObject[] { new PyStr(canon), new PyList(), new PyList(addrs.ToArray()) });
        });
        NativeModule.Def(m, "gethostbyaddr", (a, k) =>
        {
            NativeArgs.Exactly("gethostbyaddr", a, k, 1);
            string host = HostArg(a[0], "gethostbyaddr");
            var infos = AddrInfo(host, null, AF_UNSPEC, SOCK_STREAM, 0, 0);
            var sa = infos[0].Addr;
            var hb = new byte[1025];
            var sb = new byte[32];
            int rc = getnameinfo(sa, (uint)sa.Length, hb, (uint)hb.Length, sb, (uint)sb.Length, 8 /* NI_NAMEREQD */);
            if (rc != 0)
                throw new PythonException((PyBaseException)s_herror!.Call(new PyObject[] { PyInt.Get(1), new PyStr("Unknown host") }, null));
            int fam = infos[0].Family;
            var ip = Ntop(fam, sa.AsSpan(fam == AF_INET ? 4 : 8, fam == AF_INET ? 4 : 16).ToArray());
            return new PyTuple(new PyObject[] { new PyStr(CString(hb)), new PyList(), new PyList(new PyObject[] { new PyStr(ip) }) });
        });
        NativeModule.Def(m, "getservbyname", (a, k) =>
        {
            NativeArgs.Count("getservbyname", a, k, 1, 2);
            string name = StrArg(a[0], "getservbyname", 1);
            string? proto = a.Length > 1 ? StrArg(a[1], "getservbyname", 2) : null;
            nint p = getservbyname(name, proto);
            if (p == 0) throw SocketLibc.Plain("service/proto not found");
            return PyInt.Get(BinaryPrimitives.ReverseEndianness((ushort)Marshal.ReadInt32(p, 16)));
        });
        NativeModule.Def(m, "getservbyport", (a, k) =>
        {
            NativeArgs.Count("getservbyport", a, k, 1, 2);
            long port = NativeArgs.Int(a[0]);
            if (port < 0 || port > 65535) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.OverflowError, "getservbyport: port must be 0-65535."));
            string? proto = a.Length > 1 ? StrArg(a[1], "getservbyport", 2) : null;
            nint p = getservbyport(BinaryPrimitives.ReverseEndianness((ushort)port), proto);
            if (p == 0) throw SocketLibc.Plain("port/proto not found");
            return new PyStr(Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(p, 0)) ?? "");
        });
        NativeModule.Def(m, "getprotobyname", (a, k) =>
        {
            NativeArgs.Exactly("getprotobyname", a, k, 1);
            nint p = getprotobyname(StrArg(a[0], "getprotobyname", 1));
            if (p == 0) throw SocketLibc.Plain("protocol not found");
            return PyInt.Get(Marshal.ReadInt32(p, 16));
        });
        NativeModule.Def(m, "if_nametoindex", (a, k) =>
        {
            NativeArgs.Exactly("if_nametoindex", a, k, 1);
            uint i = if_nametoindex(StrArg(a[0], "if_nametoindex", 1));
            if (i == 0) throw SocketLibc.Plain("no interface with this name");
            return PyInt.Get(i);
        });
        NativeModule.Def(m, "htons", (a, k) => { NativeArgs.Exactly("htons", a, k, 1); return PyInt.Get(BinaryPrimitives.ReverseEndianness(Short(a[0], "htons"))); });
        NativeModule.Def(m, "ntohs", (a, k) => { NativeArgs.Exactly("ntohs", a, k, 1); return PyInt.Get(BinaryPrimitives.ReverseEndianness(Short(a[0], "ntohs"))); });
        NativeModule.Def(m, "htonl", (a, k) => { NativeArgs.Exactly("htonl", a, k, 1); return PyInt.Get(BinaryPrimitives.ReverseEndianness(Long32(a[0]))); });
        NativeModule.Def(m, "ntohl", (a, k) => { NativeArgs.Exactly("ntohl", a, k, 1); return PyInt.Get(BinaryPrimitives.ReverseEndianness(Long32(a[0]))); });
        NativeModule.Def(m, "inet_aton", (a, k) =>
        {
            NativeArgs.Exactly("inet_aton", a, k, 1);
            var packed = new byte[4];
            if (inet_aton(StrArg(a[0], "inet_aton", 1), packed) == 0)
                throw SocketLibc.Plain("illegal IP address string passed to inet_aton");
            return new PyBytes(packed);
        });
        NativeModule.Def(m, "inet_ntoa", (a, k) =>
        {
            NativeArgs.Exactly("inet_ntoa", a, k, 1);
            var b = BytesMethods.Buf(a[0]);
            if (b.Length != 4) throw SocketLibc.Plain("packed IP wrong length for inet_ntoa");
            return new PyStr($"{b[0]}.{b[1]}.{b[2]}.{b[3]}");
        });
        NativeModule.Def(m, "inet_pton", (a, k) =>
        {
            NativeArgs.Count("inet_pton", a, k, 2, 2);
            int af = (int)NativeArgs.Int(a[0]);
            string text = StrArg(a[1], "inet_pton", 2);
            if (af != AF_INET && af != AF_INET6) throw PyOSError.FromErrno(97);
            var packed = new byte[af == AF_INET ? 4 : 16];
            if (inet_pton(af, text, packed) != 1)
                throw SocketLibc.Plain("illegal IP address string passed to inet_pton");
            return new PyBytes(packed);
        });
        NativeModule.Def(m, "inet_ntop", (a, k) =>
        {
            NativeArgs.Count("inet_ntop", a, k, 2, 2);
            int af = (int)NativeArgs.Int(a[0]);
            var b = BytesMethods.Buf(a[1]).ToArray();
            if (af == AF_INET ? b.Length != 4 : af == AF_INET6 ? b.Length != 16 : false)
                throw Ops.ValueError("invalid length of packed IP address string");
            if (af != AF_INET && af != AF_INET6) throw Ops.ValueError($"unknown address family {af}");
            return new PyStr(Ntop(af, b));
        });
        return m;
    }

    private static string CString(byte[] buf)
    {
        int end = Array.IndexOf(buf, (byte)0);
        return Encoding.UTF8.GetString(buf, 0, end < 0 ? buf.Length : end);
    }

    private static string StrArg(PyObject o, string fname, int pos) =>
        o is PyStr s ? s.Value : throw Ops.TypeError($"{fname}() argument {pos} must be str, not {o.Type.TpName}");

    private static string HostArg(PyObject o, string fname) => o switch
    {
        PyStr s => s.Value,
        PyBytes or PyByteArray => Encoding.UTF8.GetString(BytesMethods.Buf(o)),
        _ => throw Ops.TypeError($"{fname}() argument 1 must be str, bytes or bytearray, not {o.Type.TpName}"),
    };

    private static ushort Short(PyObject o, string fname)
    {
        long v = NativeArgs.Int(o);
        if (v < 0) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.OverflowError, $"{fname}: can't convert negative Python int to C 16-bit unsigned integer"));
        if (v > 0xffff) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.OverflowError, $"{fname}: Python int too large to convert to C 16-bit unsigned integer"));
        return (ushort)v;
    }

    private static uint Long32(PyObject o)
    {
        System.Numerics.BigInteger big = o is PyBigInt pb ? pb.Value : NativeArgs.Int(o);
        if (big.Sign < 0) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.OverflowError, "can't convert negative value to unsigned int"));
        if (big > uint.MaxValue) throw new PythonException(ExceptionTypes.Make(ExceptionTypes.OverflowError, "int larger than 32 bits"));
        return (uint)big;
    }

    private static PyObject SocketPair(PyObject[] a, string[]? k)
    {
        NativeArgs.Count("socketpair", a, k, 0, 3);
        int family = a.Length > 0 && a[0] is not PyNone ? (int)NativeArgs.Int(a[0]) : AF_UNIX;
        int type = a.Length > 1 ? (int)NativeArgs.Int(a[1]) : SOCK_STREAM;
        int proto = a.Length > 2 ? (int)NativeArgs.Int(a[2]) : 0;
        var sv = new int[2];
        if (socketpair(family, type | SOCK_CLOEXEC, proto, sv) != 0) throw PyOSError.FromErrno(Errno());
        var pair = new PyObject[2];
        for (int i = 0; i < 2; i++)
        {
            var s = new PySocket { Fd = sv[i], Family = family, SockType = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC), Proto = proto };
            s.SetTimeout(PySocket.DefaultTimeout);
            pair[i] = s;
        }
        return new PyTuple(pair);
    }

    private static PyObject GetAddrInfo(PyObject[] a, string[]? k)
    {
        var r = NativeArgs.Bind("getaddrinfo", a, k, new[] { "host", "port", "family", "type", "proto", "flags" }, 2);
        string? host = r[0] switch
        {
            PyNone => null,
            PyStr s => s.Value,
            PyBytes or PyByteArray => Encoding.UTF8.GetString(BytesMethods.Buf(r[0]!)),
            _ => throw Ops.TypeError("getaddrinfo() argument 1 must be string or None"),
        };
        string? port = r[1] switch
        {
            PyNone => null,
            PyStr s => s.Value,
            PyBytes b => Encoding.UTF8.GetString(b.Value),
            var o when o is PyInt || (o != null && Ops.IsIntLike(o) && o is not PyFloat) => NativeArgs.Int(o).ToString(),
            _ => throw SocketLibc.Plain("Int or String expected"),
        };
        int family = r[2] == null ? 0 : (int)NativeArgs.Int(r[2]!);
        int type = r[3] == null ? 0 : (int)NativeArgs.Int(r[3]!);
        int proto = r[4] == null ? 0 : (int)NativeArgs.Int(r[4]!);
        int flags = r[5] == null ? 0 : (int)NativeArgs.Int(r[5]!);
        var list = new List<PyObject>();
        foreach (var ai in AddrInfo(host, port, family, type, proto, flags))
            list.Add(new PyTuple(new PyObject[]
            {
                PyInt.Get(ai.Family), PyInt.Get(ai.Type), PyInt.Get(ai.Proto), new PyStr(ai.Canon), Decode(ai.Addr, ai.Addr.Length),
            }));
        return new PyList(list.ToArray());
    }

    private static PyObject GetNameInfo(PyObject[] a, string[]? k)
    {
        NativeArgs.Count("getnameinfo", a, k, 2, 2);
        if (a[0] is not PyTuple t) throw Ops.TypeError("getnameinfo() argument 1 must be a tuple");
        if (t.Items.Length < 2 || t.Items.Length > 4) throw Ops.TypeError($"getnameinfo(): illegal sockaddr argument");
        int flags = (int)NativeArgs.Int(a[1]);
        string host = StrArg(t.Items[0], "getnameinfo", 1);
        long port = NativeArgs.Int(t.Items[1]);
        var infos = AddrInfo(host, port.ToString(), AF_UNSPEC, SOCK_DGRAM, 0, 4 /* AI_NUMERICHOST */);
        if (infos.Count != 1) throw SocketLibc.Plain("sockaddr resolved to multiple addresses");
        var sa = infos[0].Addr;
        var hb = new byte[1025];
        var sb = new byte[32];
        int rc = getnameinfo(sa, (uint)sa.Length, hb, (uint)hb.Length, sb, (uint)sb.Length, flags);
        if (rc != 0) throw GaiError(rc);
        return new PyTuple(new PyObject[] { new PyStr(CString(hb)), new PyStr(CString(sb)) });
    }
}
