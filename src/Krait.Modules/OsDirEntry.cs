using Krait.Runtime;
using Krait.Runtime.Io;

namespace Krait.Modules;

/// <summary>os.DirEntry from scandir: name, path, and is_dir/is_file answered from readdir's d_type when it is
/// known (no stat call), as CPython does; stat() is cached.</summary>
public sealed class OsDirEntry : PyObject
{
    public static readonly PyType DirEntryType = MakeType();
    public readonly PyObject Name, PathObj;
    private readonly string _path;
    private readonly byte _dtype;
    private readonly ulong _ino;
    private OsStatResult? _stat, _lstat;

    public OsDirEntry(PyObject name, PyObject path, string pathString, byte dtype, ulong ino)
    {
        Name = name; PathObj = path; _path = pathString; _dtype = dtype; _ino = ino;
    }

    public override PyType Type => DirEntryType;
    public override string Repr() => $"<DirEntry {Name.Repr()}>";

    private OsStatResult? TryStat(bool follow)
    {
        if (follow && _stat != null) return _stat;
        if (!follow && _lstat != null) return _lstat;
        if (!Libc.Stat(_path, 0, follow, out var info, out int errno))
        {
            if (errno == ErrnoCodes.ENOENT) return null;
            throw PyOSError.FromErrno(errno, PathObj);
        }
        var r = new OsStatResult(info);
        if (follow) _stat = r; else _lstat = r;
        return r;
    }

    public bool IsSymlink => _dtype != Libc.DT_UNKNOWN ? _dtype == Libc.DT_LNK : TryStat(false)?.Info.IsLink == true;

    public bool IsDir(bool follow)
    {
        if (_dtype != Libc.DT_UNKNOWN && !(follow && _dtype == Libc.DT_LNK)) return _dtype == Libc.DT_DIR;
        return TryStat(follow)?.Info.IsDir == true;
    }

    public bool IsFile(bool follow)
    {
        if (_dtype != Libc.DT_UNKNOWN && !(follow && _dtype == Libc.DT_LNK)) return _dtype == Libc.DT_REG;
        return TryStat(follow)?.Info.IsRegular == true;
    }

    private static bool Follow(PyObject[] a, string[]? k)
    {
        if (a.Length > (k?.Length ?? 0)) throw Ops.TypeError("DirEntry method takes no positional arguments");
        var f = IoArgs.Get(a, k, 99, "follow_symlinks");
        return f == null || Ops.IsTrue(f);
    }

    private static OsDirEntry Self(PyObject o) => (OsDirEntry)o;

    private static PyType MakeType()
    {
        var t = new PyType("DirEntry", new[] { PyType.ObjectType }) { Module = "posix" };
        t.Dict["is_dir"] = new PyMethodDescriptor(t, "is_dir", (s, a, k) => PyBool.Get(Self(s).IsDir(Follow(a, k))));
        t.Dict["is_file"] = new PyMethodDescriptor(t, "is_file", (s, a, k) => PyBool.Get(Self(s).IsFile(Follow(a, k))));
        t.Dict["is_symlink"] = new PyMethodDescriptor(t, "is_symlink", (s, a, k) => PyBool.Get(Self(s).IsSymlink));
        t.Dict["inode"] = new PyMethodDescriptor(t, "inode", (s, a, k) => PyInt.From(Self(s)._ino));
        t.Dict["stat"] = new PyMethodDescriptor(t, "stat", (s, a, k) =>
        {
            var e = Self(s);
            bool follow = Follow(a, k);
            var r = e.TryStat(follow);
            if (r == null) throw PyOSError.FromErrno(ErrnoCodes.ENOENT, e.PathObj);
            return r;
        });
        t.Dict["__fspath__"] = new PyMethodDescriptor(t, "__fspath__", (s, a, k) => Self(s).PathObj);
        return t;
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "name": value = Name; return true;
            case "path": value = PathObj; return true;
        }
        return base.TryGetAttr(name, out value);
    }
}

/// <summary>The iterator scandir returns; also a context manager (close() ends it).</summary>
public sealed class OsScandirIterator : PyIterator
{
    public static readonly PyType ScandirType = MakeType();
    private readonly List<OsDirEntry> _entries;
    private int _next;
    private bool _closed;

    public OsScandirIterator(List<OsDirEntry> entries) { _entries = entries; }
    public override PyType Type => ScandirType;

    public override bool TryNext(out PyObject value)
    {
        if (_closed || _next >= _entries.Count) { value = null!; return false; }
        value = _entries[_next++];
        return true;
    }

    private static PyType MakeType()
    {
        var t = new PyType("ScandirIterator", new[] { PyType.ObjectType }) { Module = "posix" };
        t.Dict["close"] = new PyMethodDescriptor(t, "close", (s, a, k) => { ((OsScandirIterator)s)._closed = true; return PyNone.Instance; });
        t.Dict["__enter__"] = new PyMethodDescriptor(t, "__enter__", (s, a, k) => s);
        t.Dict["__exit__"] = new PyMethodDescriptor(t, "__exit__", (s, a, k) => { ((OsScandirIterator)s)._closed = true; return PyNone.Instance; });
        t.Dict["__iter__"] = new PyMethodDescriptor(t, "__iter__", (s, a, k) => s);
        t.Dict["__next__"] = new PyMethodDescriptor(t, "__next__", (s, a, k) =>
        {
            if (((OsScandirIterator)s).TryNext(out var v)) return v;
            throw new PythonException(ExceptionTypes.Make(ExceptionTypes.StopIteration));
        });
        return t;
    }
}
