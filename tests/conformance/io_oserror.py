# OSError: constructor arguments (errno, strerror, filename, winerror, filename2), the errno -> subclass
# mapping, str/repr/args, attribute assignment, the subclass hierarchy.
import errno


def show(e):
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args, e.errno, e.strerror, e.filename, e.filename2)


show(OSError())
show(OSError("msg"))
show(OSError(2, "No such file"))
show(OSError(2, "x", "f"))
show(OSError(2, "x", "f", None, "g"))
show(OSError(2, "x", None))
show(OSError(2, None))
show(OSError(None, "x"))
show(OSError(1, 2, 3, 4, 5, 6))
show(OSError("a", "b"))
show(FileNotFoundError(2, "x", "p"))
show(PermissionError("plain"))

for code in (errno.ENOENT, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EACCES, errno.EPERM, errno.EPIPE,
             errno.EAGAIN, errno.EINTR, errno.ECHILD, errno.ESRCH, errno.ETIMEDOUT, errno.ECONNREFUSED,
             errno.ECONNRESET, errno.ECONNABORTED, errno.ESHUTDOWN, errno.EINPROGRESS, errno.EALREADY, errno.EINVAL, 9999):
    e = OSError(code, "text")
    print(code, type(e).__name__, isinstance(e, OSError), isinstance(e, ConnectionError))
print(type(OSError(2)).__name__, type(OSError(2, "a", "b", "c", "d", "e")).__name__)

e = OSError(2, "x", "f")
e.filename = "g"
print(e, e.args)
e.errno = 3
print(e)
e.strerror = "changed"
print(e)

print(IOError is OSError, EnvironmentError is OSError)
for t in (BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
          ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError,
          IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError):
    print(t.__name__, [b.__name__ for b in t.__mro__])

try:
    raise OSError(13, "Permission denied", "secret")
except PermissionError as e:
    print("caught", e)
try:
    raise FileNotFoundError(2, "No such file or directory", "nothere")
except OSError as e:
    print("caught", type(e).__name__, e.errno)


class MyError(OSError):
    pass


m = MyError(2, "mine", "file")
print(type(m).__name__, m, m.errno, m.filename, m.args)
raise FileNotFoundError(2, "No such file or directory", "final")
