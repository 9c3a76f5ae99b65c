# The errno module: names, values, aliases, errorcode.
import errno
import os

names = ["EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "EBADF", "EAGAIN", "EWOULDBLOCK", "ENOMEM", "EACCES",
         "EEXIST", "ENOTDIR", "EISDIR", "EINVAL", "ENOSPC", "EPIPE", "ERANGE", "EDEADLK", "EDEADLOCK",
         "ENAMETOOLONG", "ENOTEMPTY", "ELOOP", "ENOTSUP", "EOPNOTSUPP", "ETIMEDOUT", "ECONNREFUSED"]
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v], os.strerror(v))
print(len(errno.errorcode) > 100, all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
print(sorted(errno.errorcode)[:10])
try:
    errno.errorcode[100000]
except KeyError as e:
    print("KeyError", e)
