using Krait.Runtime;
using Krait.Runtime.Io;

namespace Krait.Modules;

/// <summary>The io module (and _io, the same objects): the stream classes live in the runtime
/// (Krait.Runtime.Io) because print and sys.stdout need them.</summary>
public static class IoModule
{
    public static PyModule Create() => Make("io");

    public static PyModule CreateC() => Make("_io");

    private static PyModule Make(string name)
    {
        IoTypes.Ensure();
        var m = new PyModule(name, null);
        m.Set("__name__", new PyStr(name));
        m.Set("open", Builtins.Module.Cells["open"].Value!);
        m.Set("DEFAULT_BUFFER_SIZE", PyInt.Get(IoTypes.DefaultBufferSize));
        m.Set("SEEK_SET", PyInt.Get(0));
        m.Set("SEEK_CUR", PyInt.Get(1));
        m.Set("SEEK_END", PyInt.Get(2));
        m.Set("UnsupportedOperation", IoTypes.UnsupportedOperation);
        m.Set("BlockingIOError", ExceptionTypes.BlockingIOError);
        foreach (var t in new[] { IoTypes.FileIO, IoTypes.BytesIO, IoTypes.StringIO, IoTypes.BufferedReader,
                     IoTypes.BufferedWriter, IoTypes.BufferedRandom, IoTypes.TextIOWrapper })
            m.Set(t.Name, t);
        // io's abstract classes are ABCs over _io's bases; here they are those bases themselves, so
        // isinstance(f, io.IOBase) and friends hold for every stream.
        if (name == "io")
        {
            m.Set("IOBase", IoTypes.IOBase);
            m.Set("RawIOBase", IoTypes.RawIOBase);
            m.Set("BufferedIOBase", IoTypes.BufferedIOBase);
            m.Set("TextIOBase", IoTypes.TextIOBase);
        }
        else
        {
            m.Set("_IOBase", IoTypes.IOBase);
            m.Set("_RawIOBase", IoTypes.RawIOBase);
            m.Set("_BufferedIOBase", IoTypes.BufferedIOBase);
            m.Set("_TextIOBase", IoTypes.TextIOBase);
        }
        IoBufferedRWPair.InstallRawDefaults();
        LazyModuleAttributes.Install(m, new[] { "IncrementalNewlineDecoder", "BufferedRWPair" },
            IoNewlineDecoder.Source + IoBufferedRWPair.Source);
        m.Set("text_encoding", new PyBuiltinFunction("text_encoding", (a, k) =>
        {
            if (a.Length < 1) throw Ops.TypeError("text_encoding() missing required argument 'encoding' (pos 1)");
            return a[0] == PyNone.Instance ? new PyStr("locale") : a[0];
        }));
        return m;
    }
}
