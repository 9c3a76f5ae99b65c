using System.Runtime.InteropServices;
using System.Text;
using Krait.Runtime;

namespace Krait.Modules;

/// <summary>os.uname(): the kernel's answer (libc uname), so an emulated or real arm64 process reports
/// "aarch64" as CPython does there; platform.machine() reads it.</summary>
internal static class OsUname
{
    private static readonly PyType s_type = PyStructSeq.MakeType("posix.uname_result");
    private static readonly string[] s_fields = { "sysname", "nodename", "release", "version", "machine" };

    // struct utsname on Linux: six fields of 65 bytes (the last is the domain name).
    private const int FieldBytes = 65;

    [DllImport("libc", EntryPoint = "uname", SetLastError = true)]
    private static extern int UnameNative(byte[] buffer);

    public static PyObject Uname()
    {
        var buffer = new byte[FieldBytes * 6];
        if (UnameNative(buffer) != 0) throw Ops.Error(ExceptionTypes.OSError, "uname() failed");
        var items = new PyObject[s_fields.Length];
        for (int i = 0; i < items.Length; i++)
        {
            var field = buffer.AsSpan(i * FieldBytes, FieldBytes);
            int end = field.IndexOf((byte)0);
            items[i] = new PyStr(Encoding.UTF8.GetString(end < 0 ? field : field[..end]));
        }
        return new PyStructSeq(s_type, s_fields, items);
    }
}
