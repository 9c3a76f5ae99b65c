using Krait.Runtime;
using Krait.Runtime.Io;

namespace Krait.Modules;

/// <summary>os.stat_result: a 10-item sequence of ints (mode, ino, dev, nlink, uid, gid, size, and whole-second
/// times) with st_* attributes, float times and nanosecond times besides.</summary>
public sealed class OsStatResult : PyTuple
{
    public static readonly PyType StatResultType = MakeType();
    public readonly StatInfo Info;
    private readonly PyObject[] _items;

    private static readonly string[] s_names =
        { "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime" };

    public OsStatResult(StatInfo info) : base(Fields(info)) { Info = info; _items = Items; }

    private static PyObject[] Fields(StatInfo info) => new PyObject[]
    {
        PyInt.Get(info.Mode), PyInt.From(info.Ino), PyInt.From(info.Dev), PyInt.Get(info.NLink), PyInt.Get(info.Uid),
        PyInt.Get(info.Gid), PyInt.Get(info.Size), PyInt.Get(info.ATimeSec), PyInt.Get(info.MTimeSec), PyInt.Get(info.CTimeSec),
    };

    private static PyType MakeType()
    {
        var t = new PyType("stat_result", new[] { PyType.TupleType }) { Module = "os" };
        t.Dict["n_sequence_fields"] = PyInt.Get(10);
        return t;
    }

    public override PyType Type => StatResultType;


    public override string Repr()
    {
        var sb = new System.Text.StringBuilder("os.stat_result(");
        for (int i = 0; i < 10; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(s_names[i]).Append('=').Append(_items[i].Repr());
        }
        return sb.Append(')').ToString();
    }

    private static PyFloat Time(long sec, uint nsec) => new(sec + nsec * 1e-9);
    private static PyObject Ns(long sec, uint nsec) => PyInt.From(new System.Numerics.BigInteger(sec) * 1_000_000_000 + nsec);

    public override bool TryGetAttr(string name, out PyObject value)
    {
        int i = Array.IndexOf(s_names, name);
        if (i >= 0 && i < 7) { value = _items[i]; return true; }
        switch (name)
        {
            case "st_atime": value = Time(Info.ATimeSec, Info.ATimeNsec); return true;
            case "st_mtime": value = Time(Info.MTimeSec, Info.MTimeNsec); return true;
            case "st_ctime": value = Time(Info.CTimeSec, Info.CTimeNsec); return true;
            case "st_atime_ns": value = Ns(Info.ATimeSec, Info.ATimeNsec); return true;
            case "st_mtime_ns": value = Ns(Info.MTimeSec, Info.MTimeNsec); return true;
            case "st_ctime_ns": value = Ns(Info.CTimeSec, Info.CTimeNsec); return true;
            case "st_blksize": value = PyInt.Get(Info.BlockSize); return true;
            case "st_blocks": value = PyInt.Get(Info.Blocks); return true;
            case "st_rdev": value = PyInt.From(Info.Rdev); return true;
            case "n_fields": value = PyInt.Get(19); return true;
        }
        return base.TryGetAttr(name, out value);
    }
}
