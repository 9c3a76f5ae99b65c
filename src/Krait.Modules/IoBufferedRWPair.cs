using Krait.Runtime;
using Krait.Runtime.Io;

namespace Krait.Modules;

/// <summary>io.BufferedRWPair (a reader and a writer joined into one buffered stream, as socket.makefile('rwb')
/// makes), written in Python and built on first use through io's lazy names; and the default `read`/`readall`
/// of io.RawIOBase, which a raw stream written in Python (socket.SocketIO) inherits: both go through its
/// `readinto`.</summary>
public static class IoBufferedRWPair
{
    public const string Source = """

import _io as _kio


class BufferedRWPair(_kio._BufferedIOBase):
    __module__ = '_io'

    def __init__(self, reader, writer, buffer_size=_kio.DEFAULT_BUFFER_SIZE, /):
        if not reader.readable():
            raise _kio.UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise _kio.UnsupportedOperation('"writer" argument must be writable.')
        self._rd = _kio.BufferedReader(reader, buffer_size)
        self._wr = _kio.BufferedWriter(writer, buffer_size)

    def read(self, size=-1, /):
        return self._rd.read(-1 if size is None else size)

    def read1(self, size=-1, /):
        return self._rd.read1(size)

    def readinto(self, buffer, /):
        return self._rd.readinto(buffer)

    def readinto1(self, buffer, /):
        return self._rd.readinto1(buffer)

    def readline(self, size=-1, /):
        return self._rd.readline(size)

    def peek(self, size=0, /):
        return self._rd.peek(size)

    def write(self, data, /):
        return self._wr.write(data)

    def flush(self):
        return self._wr.flush()

    def readable(self):
        return self._rd.readable()

    def writable(self):
        return self._wr.writable()

    def isatty(self):
        return self._wr.isatty() or self._rd.isatty()

    def close(self):
        try:
            self._wr.close()
        finally:
            self._rd.close()

    @property
    def closed(self):
        return self._wr.closed

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line
""";

    private static bool s_rawDefaults;

    /// <summary>RawIOBase.read(size=-1) and readall() over readinto, as CPython's RawIOBase gives them.</summary>
    public static void InstallRawDefaults()
    {
        if (s_rawDefaults) return;
        s_rawDefaults = true;
        var t = IoTypes.RawIOBase;
        t.Dict["read"] = new PyMethodDescriptor(t, "read", (s, a, k) =>
        {
            NativeArgs.Count("read", a, k, 0, 1);
            long size = a.Length == 0 || a[0] is PyNone ? -1 : NativeArgs.Int(a[0]);
            if (size < 0) return s.GetAttr("readall").Call0();
            var buf = new PyByteArray(new byte[size]);
            var n = s.GetAttr("readinto").Call1(buf);
            if (n is PyNone) return n;
            long got = NativeArgs.Int(n);
            if (got < 0 || got > size) throw Ops.ValueError($"readinto returned {got} outside buffer size {size}");
            return new PyBytes(buf.Data.AsSpan(0, (int)got).ToArray());
        });
        t.Dict["readall"] = new PyMethodDescriptor(t, "readall", (s, a, k) =>
        {
            NativeArgs.Exactly("readall", a, k, 0);
            var all = new List<byte>();
            var read = s.GetAttr("read");
            while (true)
            {
                var chunk = read.Call1(PyInt.Get(IoTypes.DefaultBufferSize));
                if (chunk is PyNone) return all.Count == 0 ? chunk : new PyBytes(all.ToArray());
                var b = BytesMethods.Buf(chunk);
                if (b.Length == 0) break;
                all.AddRange(b.ToArray());
            }
            return new PyBytes(all.ToArray());
        });
        t.Changed();
        var b = IoTypes.IOBase;
        void Check(string name, string attr, string message, bool isClosedCheck)
        {
            if (b.Dict.ContainsKey(name)) return;
            b.Dict[name] = new PyMethodDescriptor(b, name, (s, a, k) =>
            {
                NativeArgs.Count(name, a, k, 0, 1);
                var v = isClosedCheck ? s.GetAttr(attr) : s.GetAttr(attr).Call0();
                if (v.IsTrue() == isClosedCheck)
                {
                    string text = a.Length == 1 && a[0] is PyStr ms ? ms.Value : message;
                    if (isClosedCheck) throw Ops.ValueError(text);
                    throw PyOSError.WithUnsupported(text);
                }
                return PyBool.True;
            });
        }
        // The checks CPython's IOBase offers its Python subclasses (socket.SocketIO calls them).
        Check("_checkClosed", "closed", "I/O operation on closed file.", true);
        Check("_checkReadable", "readable", "File or stream is not readable.", false);
        Check("_checkWritable", "writable", "File or stream is not writable.", false);
        Check("_checkSeekable", "seekable", "File or stream is not seekable.", false);
        b.Changed();
    }
}
