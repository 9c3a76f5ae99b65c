#!/usr/bin/python3.11
"""Regenerates src/Krait.Runtime/Io/ErrnoCodes.cs from CPython 3.11's errno module (Linux values)."""
import errno
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, "..", "src", "Krait.Runtime", "Io", "ErrnoCodes.cs")
NAMED = ["ENOENT", "EEXIST", "EISDIR", "ENOTDIR", "EACCES", "EPERM", "EBADF", "EINVAL", "EPIPE", "EAGAIN",
         "ENOTEMPTY", "EXDEV", "ESPIPE", "EINTR", "ECHILD", "ESRCH", "ETIMEDOUT", "ECONNREFUSED", "ECONNRESET",
         "ECONNABORTED", "EALREADY", "EINPROGRESS", "ESHUTDOWN", "ENAMETOOLONG", "ELOOP"]


def main():
    names = sorted((n for n in dir(errno) if n.startswith("E")), key=lambda n: (getattr(errno, n), n))
    out = ["namespace Krait.Runtime.Io;\n",
           "/// <summary>Linux errno values (the same on x86-64 and ARM64) and their names, as the errno module shows them.</summary>",
           "public static class ErrnoCodes\n{"]
    for n in NAMED:
        out.append(f"    public const int {n} = {getattr(errno, n)};")
    out.append("")
    out.append("    /// <summary>Every errno name with its value (aliases included), in value order.</summary>")
    out.append("    public static readonly (string Name, int Value)[] All =\n    {")
    line = "       "
    for n in names:
        item = f' ("{n}", {getattr(errno, n)}),'
        if len(line) + len(item) > 116:
            out.append(line)
            line = "       "
        line += item
    out.append(line)
    out.append("    };\n")
    aliases = [n for n in names if errno.errorcode[getattr(errno, n)] != n]
    out.append("    /// <summary>Names that errno.errorcode does not use for their value (it shows the other spelling).</summary>")
    out.append("    public static bool IsAlias(string name) => name is " + " or ".join(f'"{a}"' for a in aliases) + ";")
    out.append("}")
    with open(TARGET, "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
