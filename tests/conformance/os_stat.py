# os.stat / lstat / fstat results: sequence and attribute views, file types from st_mode, sizes, errors,
# DirEntry.stat, stat of descriptors and path-like objects.
import os

d = os.path.join(os.getcwd(), "_os_stat_tmp")
os.mkdir(d)
p = os.path.join(d, "f.bin")
with open(p, "wb") as f:
    f.write(b"x" * 1234)

st = os.stat(p)
print(type(st).__name__, len(st), st.st_size, st[6], st[0] == st.st_mode, st[1] == st.st_ino, st[2] == st.st_dev)
print(st.st_mode & 0o170000 == 0o100000, st.st_nlink, isinstance(st.st_uid, int), isinstance(st.st_gid, int))
print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, int(st.st_mtime) == st[8], st.st_mtime_ns // 10**9 == st[8])
print(st.st_atime > 0, st.st_ctime > 0, st.st_blksize > 0, st.st_blocks >= 0)
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
print(size, mode == st.st_mode)
print(list(st)[6], tuple(st)[6], st[-4], st[6:7])
ds = os.stat(d)
print(ds.st_mode & 0o170000 == 0o040000, os.lstat(p).st_size, os.stat(p) == os.stat(p))
with open(p, "rb") as f:
    fs = os.fstat(f.fileno())
    print(fs.st_size, fs.st_ino == st.st_ino, os.stat(f.fileno()).st_size)
for e in os.scandir(d):
    print(e.name, e.stat().st_size, e.stat(follow_symlinks=False).st_size, e.inode() == st.st_ino)


class P:
    def __fspath__(self):
        return p


print(os.stat(P()).st_size, os.path.getsize(P()))
try:
    os.stat(os.path.join(d, "missing"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
try:
    os.stat(None)
except TypeError as e:
    print("TypeError", e)
try:
    os.lstat(p + "\0x")
except ValueError as e:
    print("ValueError", e)
print(repr(st).startswith("os.stat_result(st_mode="), repr(st).count("="))

os.remove(p)
os.rmdir(d)
