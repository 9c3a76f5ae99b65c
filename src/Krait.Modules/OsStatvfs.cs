using System.Runtime.InteropServices;
using Krait.Runtime;
using Krait.Runtime.Io;

namespace Krait.Modules;

/// <summary>os.statvfs / os.fstatvfs and os.statvfs_result: the struct sequence of ten fields (f_bsize ...
/// f_namemax) plus f_fsid, reachable by name only. struct statvfs on 64-bit Linux (x86-64 and ARM64 alike) is
/// eleven unsigned longs in this order: bsize, frsize, blocks, bfree, bavail, files, ffree, favail, fsid, flag,
/// namemax.</summary>
public sealed class OsStatvfs : PyTuple
{
    private static readonly string[] s_fields =
        { "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax" };
    public static readonly PyType StatvfsResultType = MakeType();

    private readonly PyObject _fsid;

    public OsStatvfs(PyObject[] items, PyObject fsid) : base(items) { _fsid = fsid; }

    public override PyType Type => StatvfsResultType;

    [DllImport("libc.so.6", EntryPoint = "statvfs", SetLastError = true)]
    private static extern int statvfs_([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] ulong[] buf);
    [DllImport("libc.so.6", EntryPoint = "fstatvfs", SetLastError = true)]
    private static extern int fstatvfs_(int fd, [Out] ulong[] buf);

    private static PyType MakeType()
    {
        var t = new PyType("statvfs_result", new[] { PyType.TupleType }) { Module = "os" };
        t.Constructor = (a, k) =>
        {
            if (k != null && k.Length > 0) throw Ops.TypeError("statvfs_result() takes no keyword arguments");
            if (a.Length != 1) throw Ops.TypeError($"statvfs_result() takes at most 1 argument ({a.Length} given)");
            var items = Ops.ToArray(a[0]);
            if (items.Length < 10)
                throw Ops.TypeError($"os.statvfs_result() takes an at least 10-sequence ({items.Length}-sequence given)");
            if (items.Length > 11)
                throw Ops.TypeError($"os.statvfs_result() takes an at most 11-sequence ({items.Length}-sequence given)");
            return new OsStatvfs(items[..10], items.Length == 11 ? items[10] : PyNone.Instance);
        };
        t.Dict["n_fields"] = PyInt.Get(11);
        t.Dict["n_sequence_fields"] = PyInt.Get(10);
        t.Dict["n_unnamed_fields"] = PyInt.Get(0);
        return t;
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        int i = Array.IndexOf(s_fields, name);
        if (i >= 0) { value = Items[i]; return true; }
        if (name == "f_fsid") { value = _fsid; return true; }
        return base.TryGetAttr(name, out value);
    }

    public override string Repr()
    {
        var sb = new System.Text.StringBuilder("os.statvfs_result(");
        for (int i = 0; i < s_fields.Length; i++)
            sb.Append(i == 0 ? "" : ", ").Append(s_fields[i]).Append('=').Append(Ops.Repr(Items[i]));
        return sb.Append(')').ToString();
    }

    private static OsStatvfs From(ulong[] b)
    {
        var items = new PyObject[10];
        int[] order = { 0, 1, 2, 3, 4, 5, 6, 7, 9, 10 };
        for (int i = 0; i < 10; i++) items[i] = Num(b[order[i]]);
        return new OsStatvfs(items, Num(b[8]));
    }

    private static PyObject Num(ulong v) => v <= long.MaxValue ? PyInt.Get((long)v) : new PyBigInt(new System.Numerics.BigInteger(v));

    public static void Install(PyModule m)
    {
        m.Set("statvfs_result", StatvfsResultType);
        foreach (var (n, v) in new[] { ("ST_RDONLY", 1), ("ST_NOSUID", 2), ("ST_NODEV", 4), ("ST_NOEXEC", 8),
                     ("ST_SYNCHRONOUS", 16), ("ST_MANDLOCK", 64), ("ST_WRITE", 128), ("ST_APPEND", 256),
                     ("ST_NOATIME", 1024), ("ST_NODIRATIME", 2048), ("ST_RELATIME", 4096) })
            m.Set(n, PyInt.Get(v));
        m.Set("statvfs", new PyBuiltinFunction("statvfs", (a, k) =>
        {
            var r = NativeArgs.Bind("statvfs", a, k, new[] { "path" }, 1);
            var path = r[0]!;
            var buf = new ulong[16];
            if (path is PyInt fd)
            {
                if (fstatvfs_((int)fd.Value, buf) != 0) throw PyOSError.FromErrno(Marshal.GetLastPInvokeError());
                return From(buf);
            }
            if (path is PyFloat || !(path is PyStr || path is PyBytes || path.Type.Lookup("__fspath__") != null))
                throw Ops.TypeError($"statvfs: path should be string, bytes, os.PathLike or integer, not {path.Type.TpName}");
            if (statvfs_(IoOpen.PathString(path), buf) != 0) throw PyOSError.FromErrno(Marshal.GetLastPInvokeError(), path);
            return From(buf);
        }));
        m.Set("fstatvfs", new PyBuiltinFunction("fstatvfs", (a, k) =>
        {
            var r = NativeArgs.Bind("fstatvfs", a, k, new[] { "fd" }, 1, posOnly: 1);
            long fd = NativeArgs.Int(r[0]!);
            var buf = new ulong[16];
            if (fstatvfs_((int)fd, buf) != 0) throw PyOSError.FromErrno(Marshal.GetLastPInvokeError());
            return From(buf);
        }));
    }
}
