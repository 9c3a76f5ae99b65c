using Krait.Runtime;
using Krait.Runtime.Io;

namespace Krait.Modules;

/// <summary>os.walk as a lazy iterator. Top-down, the dirnames list handed out is read again when the walk
/// resumes, so callers may prune it in place (CPython's contract); bottom-up yields children first.</summary>
public sealed class OsWalk : PyIterator
{
    private readonly bool _topDown, _followLinks;
    private readonly PyObject? _onError;
    private readonly bool _bytes;
    /// <summary>Work items: a directory to scan, or (bottom-up) a finished triple to yield, or (top-down) the
    /// directory whose (possibly pruned) dirnames must now be descended.</summary>
    private readonly Stack<(string Path, PyTuple? Ready, PyList? Dirs)> _stack = new();

    public OsWalk(string top, bool bytes, bool topDown, PyObject? onError, bool followLinks)
    {
        _bytes = bytes;
        _topDown = topDown;
        _onError = onError;
        _followLinks = followLinks;
        _stack.Push((top, null, null));
    }

    public override PyType Type => PyGenerator.GeneratorType;

    private PyObject Out(string s) => _bytes ? new PyBytes(TextCodec.EncodeFsPath(s)) : new PyStr(s);
    private string In(PyObject o) => o is PyBytes b ? TextCodec.DecodeFsPath(b.Value) : ((PyStr)o).Value;

    public override bool TryNext(out PyObject value)
    {
        while (_stack.Count > 0)
        {
            var (path, ready, dirsList) = _stack.Pop();
            if (ready != null)
            {
                if (dirsList != null)
                {
                    // Top-down: descend into what is left of dirnames, in order.
                    var names = Ops.ToArray(dirsList);
                    for (int i = names.Length - 1; i >= 0; i--)
                    {
                        string child = PosixPathModule.Join(path, new[] { In(names[i]) });
                        if (_followLinks || !(Libc.Stat(child, 0, false, out var st, out _) && st.IsLink))
                            _stack.Push((child, null, null));
                    }
                    continue;
                }
                value = ready;
                return true;
            }
            var entries = Libc.ListDir(path, out int errno);
            if (entries == null)
            {
                if (_onError != null && _onError != PyNone.Instance)
                    _onError.Call1(PyOSError.FromErrno(errno, Out(path)).Value);
                continue;
            }
            var dirs = new List<PyObject>();
            var files = new List<PyObject>();
            var walkInto = new List<string>();
            foreach (var e in entries)
            {
                string name = TextCodec.DecodeFsPath(e.Name);
                string full = PosixPathModule.Join(path, new[] { name });
                bool isDir = e.Type != Libc.DT_UNKNOWN && e.Type != Libc.DT_LNK ? e.Type == Libc.DT_DIR
                    : Libc.Stat(full, 0, true, out var st, out _) && st.IsDir;
                if (isDir)
                {
                    dirs.Add(Out(name));
                    if (!_topDown && (_followLinks || e.Type != Libc.DT_LNK)) walkInto.Add(full);
                }
                else files.Add(Out(name));
            }
            var dirList = new PyList(dirs.ToArray());
            var triple = new PyTuple(new[] { Out(path), dirList, new PyList(files.ToArray()) });
            if (_topDown)
            {
                _stack.Push((path, triple, dirList));
                value = triple;
                return true;
            }
            _stack.Push((path, triple, null));
            for (int i = walkInto.Count - 1; i >= 0; i--) _stack.Push((walkInto[i], null, null));
        }
        value = null!;
        return false;
    }
}
