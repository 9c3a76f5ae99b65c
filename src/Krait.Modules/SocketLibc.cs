using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using Krait.Runtime;
using Krait.Runtime.Io;

namespace Krait.Modules;

/// <summary>The BSD socket calls `_socket` stands on, through libc. Buffers are managed byte arrays (pinned by
/// the marshaller), and every struct is read and written by byte offsets that are the same on Linux x86-64 and
/// ARM64 (sockaddr_in, sockaddr_in6, sockaddr_un, addrinfo, servent, protoent).</summary>
internal static class SocketLibc
{
    private const string Lib = "libc.so.6";

    public const int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    public const int SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_NONBLOCK = 0x800, SOCK_CLOEXEC = 0x80000;
    public const int SOL_SOCKET = 1, SO_TYPE = 3, SO_ERROR = 4, SO_PROTOCOL = 38, SO_DOMAIN = 39;
    public const int F_GETFL = 3, F_SETFL = 4;
    public const int EAI_SYSTEM = -11;

    [DllImport(Lib, EntryPoint = "socket", SetLastError = true)]
    public static extern int socket(int domain, int type, int protocol);
    [DllImport(Lib, EntryPoint = "socketpair", SetLastError = true)]
    public static extern int socketpair(int domain, int type, int protocol, [Out] int[] sv);
    [DllImport(Lib, EntryPoint = "bind", SetLastError = true)]
    public static extern int bind(int fd, byte[] addr, uint len);
    [DllImport(Lib, EntryPoint = "connect", SetLastError = true)]
    public static extern int connect(int fd, byte[] addr, uint len);
    [DllImport(Lib, EntryPoint = "listen", SetLastError = true)]
    public static extern int listen(int fd, int backlog);
    [DllImport(Lib, EntryPoint = "accept4", SetLastError = true)]
    public static extern int accept4(int fd, [Out] byte[] addr, ref uint len, int flags);
    [DllImport(Lib, EntryPoint = "send", SetLastError = true)]
    public static extern nint send(int fd, byte[] buf, nint len, int flags);
    [DllImport(Lib, EntryPoint = "sendto", SetLastError = true)]
    public static extern nint sendto(int fd, byte[] buf, nint len, int flags, byte[] addr, uint addrLen);
    [DllImport(Lib, EntryPoint = "recv", SetLastError = true)]
    public static extern nint recv(int fd, [Out] byte[] buf, nint len, int flags);
    [DllImport(Lib, EntryPoint = "recvfrom", SetLastError = true)]
    public static extern nint recvfrom(int fd, [Out] byte[] buf, nint len, int flags, [Out] byte[] addr, ref uint addrLen);
    [DllImport(Lib, EntryPoint = "shutdown", SetLastError = true)]
    public static extern int shutdown(int fd, int how);
    [DllImport(Lib, EntryPoint = "close", SetLastError = true)]
    public static extern int close(int fd);
    [DllImport(Lib, EntryPoint = "dup", SetLastError = true)]
    public static extern int dup(int fd);
    [DllImport(Lib, EntryPoint = "getsockname", SetLastError = true)]
    public static extern int getsockname(int fd, [Out] byte[] addr, ref uint len);
    [DllImport(Lib, EntryPoint = "getpeername", SetLastError = true)]
    public static extern int getpeername(int fd, [Out] byte[] addr, ref uint len);
    [DllImport(Lib, EntryPoint = "setsockopt", SetLastError = true)]
    public static extern int setsockopt(int fd, int level, int name, byte[] value, uint len);
    [DllImport(Lib, EntryPoint = "getsockopt", SetLastError = true)]
    public static extern int getsockopt(int fd, int level, int name, [Out] byte[] value, ref uint len);
    [DllImport(Lib, EntryPoint = "fcntl", SetLastError = true)]
    public static extern int fcntl(int fd, int cmd, int arg);
    [DllImport(Lib, EntryPoint = "gethostname", SetLastError = true)]
    public static extern int gethostname([Out] byte[] name, nuint len);
    [DllImport(Lib, EntryPoint = "getaddrinfo")]
    public static extern int getaddrinfo([MarshalAs(UnmanagedType.LPUTF8Str)] string? node,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string? service, byte[] hints, out nint res);
    [DllImport(Lib, EntryPoint = "freeaddrinfo")]
    public static extern void freeaddrinfo(nint res);
    [DllImport(Lib, EntryPoint = "gai_strerror")]
    private static extern nint gai_strerror(int code);
    [DllImport(Lib, EntryPoint = "getnameinfo")]
    public static extern int getnameinfo(byte[] addr, uint addrLen, [Out] byte[] host, uint hostLen,
        [Out] byte[] serv, uint servLen, int flags);
    [DllImport(Lib, EntryPoint = "inet_aton")]
    public static extern int inet_aton([MarshalAs(UnmanagedType.LPUTF8Str)] string cp, [Out] byte[] addr);
    [DllImport(Lib, EntryPoint = "inet_pton")]
    public static extern int inet_pton(int af, [MarshalAs(UnmanagedType.LPUTF8Str)] string src, [Out] byte[] dst);
    [DllImport(Lib, EntryPoint = "inet_ntop")]
    public static extern nint inet_ntop(int af, byte[] src, [Out] byte[] dst, uint size);
    [DllImport(Lib, EntryPoint = "getservbyname")]
    public static extern nint getservbyname([MarshalAs(UnmanagedType.LPUTF8Str)] string name,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string? proto);
    [DllImport(Lib, EntryPoint = "getservbyport")]
    public static extern nint getservbyport(int port, [MarshalAs(UnmanagedType.LPUTF8Str)] string? proto);
    [DllImport(Lib, EntryPoint = "getprotobyname")]
    public static extern nint getprotobyname([MarshalAs(UnmanagedType.LPUTF8Str)] string name);
    [DllImport(Lib, EntryPoint = "if_nametoindex")]
    public static extern uint if_nametoindex([MarshalAs(UnmanagedType.LPUTF8Str)] string name);

    /// <summary>OSError(message), with no errno (CPython's messages for bad address text and the like).</summary>
    public static PythonException Plain(string message) =>
        new(new PyOSError(ExceptionTypes.OSError) { Args = new PyTuple(new PyObject[] { new PyStr(message) }) });

    public static int Errno() => Marshal.GetLastPInvokeError();

    public static string GaiMessage(int code) => Marshal.PtrToStringUTF8(gai_strerror(code)) ?? "Unknown error";

    /// <summary>socket.gaierror(code, text) for a failed getaddrinfo/getnameinfo (EAI_SYSTEM carries an errno).</summary>
    public static PythonException GaiError(int code)
    {
        if (code == EAI_SYSTEM) return PyOSError.FromErrno(Errno());
        return new PythonException(SocketModule.GaiErrorType.Call(new PyObject[] { PyInt.Get(code), new PyStr(GaiMessage(code)) }, null) as PyBaseException
            ?? throw new InvalidOperationException());
    }

    /// <summary>A sockaddr as Python's address object: (host, port) for AF_INET, (host, port, flowinfo,
    /// scope_id) for AF_INET6, the path (str, or bytes for an abstract name) for AF_UNIX.</summary>
    public static PyObject Decode(byte[] sa, int len)
    {
        if (len < 2) return PyNone.Instance;
        int family = BitConverter.ToUInt16(sa, 0);
        switch (family)
        {
            case AF_INET:
                return new PyTuple(new PyObject[]
                {
                    new PyStr($"{sa[4]}.{sa[5]}.{sa[6]}.{sa[7]}"), PyInt.Get(BinaryPrimitives.ReadUInt16BigEndian(sa.AsSpan(2))),
                });
            case AF_INET6:
            {
                var text = Ntop(AF_INET6, sa.AsSpan(8, 16).ToArray());
                return new PyTuple(new PyObject[]
                {
                    new PyStr(text), PyInt.Get(BinaryPrimitives.ReadUInt16BigEndian(sa.AsSpan(2))),
                    PyInt.Get(BinaryPrimitives.ReadUInt32BigEndian(sa.AsSpan(4))), PyInt.Get(BitConverter.ToUInt32(sa, 24)),
                });
            }
            case AF_UNIX:
            {
                int n = len - 2;
                if (n <= 0) return new PyStr("");
                if (sa[2] == 0) return new PyBytes(sa.AsSpan(2, n).ToArray());
                int end = Array.IndexOf(sa, (byte)0, 2, n);
                if (end < 0) end = 2 + n;
                return new PyStr(Encoding.UTF8.GetString(sa, 2, end - 2));
            }
        }
        return new PyTuple(new PyObject[] { PyInt.Get(family), new PyBytes(sa.AsSpan(2, Math.Max(0, len - 2)).ToArray()) });
    }

    public static string Ntop(int af, byte[] packed)
    {
        var buf = new byte[64];
        if (inet_ntop(af, packed, buf, (uint)buf.Length) == 0) throw PyOSError.FromErrno(Errno());
        int end = Array.IndexOf(buf, (byte)0);
        return Encoding.ASCII.GetString(buf, 0, end < 0 ? buf.Length : end);
    }

    public static byte[] InetAddress(byte[] packed4, int port)
    {
        var sa = new byte[16];
        BitConverter.TryWriteBytes(sa.AsSpan(0), (ushort)AF_INET);
        BinaryPrimitives.WriteUInt16BigEndian(sa.AsSpan(2), (ushort)port);
        packed4.CopyTo(sa, 4);
        return sa;
    }

    public static byte[] Inet6Address(byte[] packed16, int port, uint flowinfo, uint scope)
    {
        var sa = new byte[28];
        BitConverter.TryWriteBytes(sa.AsSpan(0), (ushort)AF_INET6);
        BinaryPrimitives.WriteUInt16BigEndian(sa.AsSpan(2), (ushort)port);
        BinaryPrimitives.WriteUInt32BigEndian(sa.AsSpan(4), flowinfo);
        packed16.CopyTo(sa, 8);
        BitConverter.TryWriteBytes(sa.AsSpan(24), scope);
        return sa;
    }

    /// <summary>getaddrinfo's answers as (family, type, proto, canonname, sockaddr bytes).</summary>
    public static List<(int Family, int Type, int Proto, string Canon, byte[] Addr)> AddrInfo(string? host, string? port,
        int family, int type, int proto, int flags)
    {
        // struct addrinfo hints: ai_flags, ai_family, ai_socktype, ai_protocol (ints), then zeros.
        var hints = new byte[48];
        BitConverter.TryWriteBytes(hints.AsSpan(0), flags);
        BitConverter.TryWriteBytes(hints.AsSpan(4), family);
        BitConverter.TryWriteBytes(hints.AsSpan(8), type);
        BitConverter.TryWriteBytes(hints.AsSpan(12), proto);
        int rc = getaddrinfo(host, port, hints, out nint res);
        if (rc != 0) throw GaiError(rc);
        var list = new List<(int, int, int, string, byte[])>();
        try
        {
            for (nint p = res; p != 0; p = Marshal.ReadIntPtr(p, 40))
            {
                int len = Marshal.ReadInt32(p, 16);
                var addr = new byte[len];
                nint ap = Marshal.ReadIntPtr(p, 24);
                if (ap != 0 && len > 0) Marshal.Copy(ap, addr, 0, len);
                nint canon = Marshal.ReadIntPtr(p, 32);
                list.Add((Marshal.ReadInt32(p, 4), Marshal.ReadInt32(p, 8), Marshal.ReadInt32(p, 12),
                    canon == 0 ? "" : Marshal.PtrToStringUTF8(canon) ?? "", addr));
            }
        }
        finally { freeaddrinfo(res); }
        return list;
    }
}
