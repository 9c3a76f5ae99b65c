using System.Runtime.InteropServices;
using System.Text;

namespace Krait.Runtime.Io;

/// <summary>The POSIX calls the io and os modules stand on. Python's file objects are file descriptors, and
/// CPython's errors carry the errno of the failing call, so Krait calls libc directly rather than going through
/// .NET streams (which hide both).</summary>
public static unsafe partial class Libc
{
    private const string Lib = "libc.so.6";

    // open(2) flags; these values are the same on Linux x86-64 and ARM64.
    public const int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_NOCTTY = 0x100,
        O_TRUNC = 0x200, O_APPEND = 0x400, O_NONBLOCK = 0x800, O_CLOEXEC = 0x80000;
    public const int SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;
    private const int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100, AT_EMPTY_PATH = 0x1000, STATX_BASIC_STATS = 0x7ff;

    [DllImport(Lib, EntryPoint = "open", SetLastError = true)]
    private static extern int open_(byte* path, int flags, int mode);
    [DllImport(Lib, EntryPoint = "close", SetLastError = true)]
    private static extern int close_(int fd);
    [DllImport(Lib, EntryPoint = "read", SetLastError = true)]
    private static extern nint read_(int fd, byte* buf, nint count);
    [DllImport(Lib, EntryPoint = "write", SetLastError = true)]
    private static extern nint write_(int fd, byte* buf, nint count);
    [DllImport(Lib, EntryPoint = "lseek", SetLastError = true)]
    private static extern long lseek_(int fd, long offset, int whence);
    [DllImport(Lib, EntryPoint = "ftruncate", SetLastError = true)]
    private static extern int ftruncate_(int fd, long length);
    [DllImport(Lib, EntryPoint = "isatty")]
    private static extern int isatty_(int fd);
    [DllImport(Lib, EntryPoint = "statx", SetLastError = true)]
    private static extern int statx_(int dirfd, byte* path, int flags, uint mask, byte* buf);
    [DllImport(Lib, EntryPoint = "mkdir", SetLastError = true)]
    private static extern int mkdir_(byte* path, int mode);
    [DllImport(Lib, EntryPoint = "rmdir", SetLastError = true)]
    private static extern int rmdir_(byte* path);
    [DllImport(Lib, EntryPoint = "unlink", SetLastError = true)]
    private static extern int unlink_(byte* path);
    [DllImport(Lib, EntryPoint = "rename", SetLastError = true)]
    private static extern int rename_(byte* from, byte* to);
    [DllImport(Lib, EntryPoint = "chdir", SetLastError = true)]
    private static extern int chdir_(byte* path);
    [DllImport(Lib, EntryPoint = "strerror")]
    private static extern byte* strerror_(int errnum);
    [DllImport(Lib, EntryPoint = "getpid")]
    private static extern int getpid_();
    [DllImport(Lib, EntryPoint = "dup", SetLastError = true)]
    private static extern int dup_(int fd);
    [DllImport(Lib, EntryPoint = "readlink", SetLastError = true)]
    private static extern nint readlink_(byte* path, byte* buf, nint size);
    [DllImport(Lib, EntryPoint = "opendir", SetLastError = true)]
    private static extern nint opendir_(byte* path);
    [DllImport(Lib, EntryPoint = "readdir", SetLastError = true)]
    private static extern byte* readdir_(nint dir);
    [DllImport(Lib, EntryPoint = "closedir")]
    private static extern int closedir_(nint dir);
    [DllImport(Lib, EntryPoint = "access", SetLastError = true)]
    private static extern int access_(byte* path, int mode);
    [DllImport(Lib, EntryPoint = "chmod", SetLastError = true)]
    private static extern int chmod_(byte* path, int mode);
    [DllImport(Lib, EntryPoint = "symlink", SetLastError = true)]
    private static extern int symlink_(byte* target, byte* link);
    [DllImport(Lib, EntryPoint = "umask")]
    private static extern int umask_(int mask);

    /// <summary>A path as the NUL-terminated bytes the kernel takes; str paths are UTF-8 with surrogateescape.</summary>
    public static byte[] PathBytes(string path)
    {
        var bytes = TextCodec.EncodeFsPath(path);
        var z = new byte[bytes.Length + 1];
        bytes.CopyTo(z, 0);
        return z;
    }

    private static int Errno() => Marshal.GetLastPInvokeError();

    public static string StrError(int errno)
    {
        var p = strerror_(errno);
        return p == null ? $"Unknown error {errno}" : Marshal.PtrToStringUTF8((nint)p) ?? "";
    }

    /// <summary>Each call returns -1 (and the errno in <paramref name="errno"/>) on failure, retrying EINTR as
    /// CPython does.</summary>
    public static int Open(string path, int flags, int mode, out int errno)
    {
        var p = PathBytes(path);
        fixed (byte* pp = p)
        {
            while (true)
            {
                int fd = open_(pp, flags | O_CLOEXEC, mode);
                errno = fd < 0 ? Errno() : 0;
                if (fd >= 0 || errno != ErrnoCodes.EINTR) return fd;
            }
        }
    }

    public static int Close(int fd, out int errno)
    {
        int r = close_(fd);
        errno = r < 0 ? Errno() : 0;
        return r;
    }

    public static long Read(int fd, Span<byte> buffer, out int errno)
    {
        fixed (byte* b = buffer)
        {
            while (true)
            {
                long n;
                // A read may block (a pipe, a terminal, a socket): other threads run meanwhile.
                using (Gil.Blocking()) n = read_(fd, b, buffer.Length);
                errno = n < 0 ? Errno() : 0;
                if (n >= 0 || errno != ErrnoCodes.EINTR) return n;
            }
        }
    }

    /// <summary>Writes all of <paramref name="data"/> (looping on short writes); false with errno on failure.</summary>
    public static bool WriteAll(int fd, ReadOnlySpan<byte> data, out int errno)
    {
        fixed (byte* b = data)
        {
            int done = 0;
            while (done < data.Length)
            {
                long n = write_(fd, b + done, data.Length - done);
                if (n < 0)
                {
                    errno = Errno();
                    if (errno == ErrnoCodes.EINTR) continue;
                    return false;
                }
                done += (int)n;
            }
        }
        errno = 0;
        return true;
    }

    public static long Seek(int fd, long offset, int whence, out int errno)
    {
        long r = lseek_(fd, offset, whence);
        errno = r < 0 ? Errno() : 0;
        return r;
    }

    public static int Truncate(int fd, long length, out int errno)
    {
        int r = ftruncate_(fd, length);
        errno = r < 0 ? Errno() : 0;
        return r;
    }

    public static bool IsATty(int fd) => isatty_(fd) == 1;

    public static int GetPid() => getpid_();

    public static int Dup(int fd, out int errno)
    {
        int r = dup_(fd);
        errno = r < 0 ? Errno() : 0;
        return r;
    }

    public static int Umask(int mask) => umask_(mask);

    private static int PathCall(string path, delegate*<byte*, int> call, out int errno)
    {
        var p = PathBytes(path);
        fixed (byte* pp = p)
        {
            int r = call(pp);
            errno = r < 0 ? Errno() : 0;
            return r;
        }
    }

    public static int Rmdir(string path, out int errno) => PathCall(path, &RmdirRaw, out errno);
    public static int Unlink(string path, out int errno) => PathCall(path, &UnlinkRaw, out errno);
    public static int Chdir(string path, out int errno) => PathCall(path, &ChdirRaw, out errno);
    private static int RmdirRaw(byte* p) => rmdir_(p);
    private static int UnlinkRaw(byte* p) => unlink_(p);
    private static int ChdirRaw(byte* p) => chdir_(p);

    public static int Mkdir(string path, int mode, out int errno)
    {
        var p = PathBytes(path);
        fixed (byte* pp = p)
        {
            int r = mkdir_(pp, mode);
            errno = r < 0 ? Errno() : 0;
            return r;
        }
    }

    public static int Rename(string from, string to, out int errno)
    {
        var a = PathBytes(from);
        var b = PathBytes(to);
        fixed (byte* pa = a)
        fixed (byte* pb = b)
        {
            int r = rename_(pa, pb);
            errno = r < 0 ? Errno() : 0;
            return r;
        }
    }

    /// <summary>A directory entry as readdir gives it: raw name bytes, d_type, inode.</summary>
    public readonly record struct DirEntryInfo(byte[] Name, byte Type, ulong Ino);
    public const byte DT_DIR = 4, DT_REG = 8, DT_LNK = 10, DT_UNKNOWN = 0;

    /// <summary>The entries of a directory except . and .., in the order readdir returns them.</summary>
    public static List<DirEntryInfo>? ListDir(string path, out int errno)
    {
        var p = PathBytes(path);
        nint dir;
        fixed (byte* pp = p) dir = opendir_(pp);
        if (dir == 0) { errno = Errno(); return null; }
        var list = new List<DirEntryInfo>();
        try
        {
            while (true)
            {
                Marshal.SetLastPInvokeError(0);
                byte* ent = readdir_(dir);
                if (ent == null)
                {
                    errno = Errno();
                    if (errno != 0) return null;
                    break;
                }
                // struct dirent (64-bit glibc): d_ino u64, d_off i64, d_reclen u16, d_type u8, d_name[].
                byte* name = ent + 19;
                int len = 0;
                while (name[len] != 0) len++;
                if ((len == 1 && name[0] == '.') || (len == 2 && name[0] == '.' && name[1] == '.')) continue;
                list.Add(new DirEntryInfo(new ReadOnlySpan<byte>(name, len).ToArray(), ent[18], *(ulong*)ent));
            }
        }
        finally { closedir_(dir); }
        errno = 0;
        return list;
    }

    public static int Access(string path, int mode, out int errno)
    {
        var p = PathBytes(path);
        fixed (byte* pp = p)
        {
            int r = access_(pp, mode);
            errno = r < 0 ? Errno() : 0;
            return r;
        }
    }

    public static int Chmod(string path, int mode, out int errno)
    {
        var p = PathBytes(path);
        fixed (byte* pp = p)
        {
            int r = chmod_(pp, mode);
            errno = r < 0 ? Errno() : 0;
            return r;
        }
    }

    public static int Symlink(string target, string link, out int errno)
    {
        var a = PathBytes(target);
        var b = PathBytes(link);
        fixed (byte* pa = a)
        fixed (byte* pb = b)
        {
            int r = symlink_(pa, pb);
            errno = r < 0 ? Errno() : 0;
            return r;
        }
    }

    public static string? ReadLink(string path, out int errno)
    {
        var p = PathBytes(path);
        var buf = new byte[4096];
        fixed (byte* pp = p)
        fixed (byte* pb = buf)
        {
            long n = readlink_(pp, pb, buf.Length);
            if (n < 0) { errno = Errno(); return null; }
            errno = 0;
            return TextCodec.DecodeFsPath(buf.AsSpan(0, (int)n));
        }
    }

    /// <summary>stat/lstat (path) or fstat (fd) through statx, whose buffer layout is the same on every
    /// architecture (struct stat's is not).</summary>
    public static bool Stat(string? path, int fd, bool followSymlinks, out StatInfo info, out int errno)
    {
        var buf = stackalloc byte[256];
        int r;
        if (path != null)
        {
            var p = PathBytes(path);
            fixed (byte* pp = p) r = statx_(AT_FDCWD, pp, followSymlinks ? 0 : AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, buf);
        }
        else
        {
            byte empty = 0;
            r = statx_(fd, &empty, AT_EMPTY_PATH, STATX_BASIC_STATS, buf);
        }
        if (r < 0) { errno = Errno(); info = default; return false; }
        errno = 0;
        info = new StatInfo
        {
            BlockSize = *(uint*)(buf + 4),
            NLink = *(uint*)(buf + 16),
            Uid = *(uint*)(buf + 20),
            Gid = *(uint*)(buf + 24),
            Mode = *(ushort*)(buf + 28),
            Ino = *(ulong*)(buf + 32),
            Size = *(long*)(buf + 40),
            Blocks = *(long*)(buf + 48),
            ATimeSec = *(long*)(buf + 64), ATimeNsec = *(uint*)(buf + 72),
            CTimeSec = *(long*)(buf + 96), CTimeNsec = *(uint*)(buf + 104),
            MTimeSec = *(long*)(buf + 112), MTimeNsec = *(uint*)(buf + 120),
            Rdev = MakeDev(*(uint*)(buf + 128), *(uint*)(buf + 132)),
            Dev = MakeDev(*(uint*)(buf + 136), *(uint*)(buf + 140)),
        };
        return true;
    }

    /// <summary>glibc's makedev encoding of a (major, minor) pair.</summary>
    private static ulong MakeDev(ulong major, ulong minor) =>
        ((major & 0xfffff000) << 32) | ((major & 0xfff) << 8) | ((minor & 0xffffff00) << 12) | (minor & 0xff);
}

public struct StatInfo
{
    public uint BlockSize, NLink, Uid, Gid, Mode;
    public ulong Ino, Dev, Rdev;
    public long Size, Blocks;
    public long ATimeSec, MTimeSec, CTimeSec;
    public uint ATimeNsec, MTimeNsec, CTimeNsec;

    public const int S_IFMT = 0xF000, S_IFDIR = 0x4000, S_IFREG = 0x8000, S_IFLNK = 0xA000;
    public bool IsDir => (Mode & S_IFMT) == S_IFDIR;
    public bool IsRegular => (Mode & S_IFMT) == S_IFREG;
    public bool IsLink => (Mode & S_IFMT) == S_IFLNK;
}
