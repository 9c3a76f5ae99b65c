import os, errno, io

base = os.path.join(os.getcwd(), "_os_files_tmp")
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "a"))
except FileExistsError as e:
    print("exists", e.errno, os.path.basename(e.filename))
with open(os.path.join(base, "a", "f.txt"), "w") as f:
    f.write("hello\n")
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(os.path.relpath(root, base), dirs, sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print(os.path.relpath(root, base), dirs, sorted(files))
st = os.stat(os.path.join(base, "a", "f.txt"))
print(st.st_size, len(st), st[6], st.st_mode & 0o170000 == 0o100000, type(st).__name__)
with os.scandir(os.path.join(base, "a")) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(repr(e), e.name, e.is_dir(), e.is_file(), os.path.basename(e.path))
print(os.path.getsize(os.path.join(base, "a", "f.txt")), os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
os.rename(os.path.join(base, "a", "f.txt"), os.path.join(base, "g.txt"))
print(sorted(os.listdir(base)))
try:
    os.rename(os.path.join(base, "nope"), os.path.join(base, "x"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename), os.path.basename(e.filename2))
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.remove(os.path.join(base, "g.txt"))
try:
    os.remove(os.path.join(base, "g.txt"))
except FileNotFoundError as e:
    print("fnf", e.errno)
os.rmdir(os.path.join(base, "a", "b")); os.rmdir(os.path.join(base, "a")); os.rmdir(base)
print(os.path.exists(base))
print(os.sep, os.linesep == "\n", os.name, os.curdir, os.pardir, os.devnull, os.extsep, os.pathsep)
print(os.path.split("/a/b/c"), os.path.split("/"), os.path.split("a"), os.path.split("//a//b//"), os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a/..b"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath(""), os.path.normpath("../a/.."), os.path.normpath("//a"), os.path.normpath("///a"))
print(os.path.join("a", "b", "/c", "d"), os.path.join("a/", "b"), os.path.join("", "x"), os.path.dirname("/a/b/"), os.path.basename("/a/b/"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonprefix([]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.expanduser("~/x") == os.environ["HOME"] + "/x")
print(os.fspath("x"), os.fspath(b"y"), errno.ENOENT, errno.errorcode[2], errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[11])
print(os.strerror(2), os.getenv("NOPE_X"), os.getenv("NOPE_X", "d"), "HOME" in os.environ, os.environ.get("NOPE"))
os.environ["KRAIT_T"] = "1"; print(os.getenv("KRAIT_T"), os.environ["KRAIT_T"]); del os.environ["KRAIT_T"]; print(os.getenv("KRAIT_T"))
try: os.environ["NOPE_Y"]
except KeyError as e: print("KeyError", e)
try: os.path.join("a", 1)
except TypeError as e: print(e)
try: os.path.join("a", b"b")
except TypeError as e: print(e)
try: os.stat(1.5)
except TypeError as e: print(e)
try: os.stat("nonexistent_zz")
except OSError as e: print(e)
print(type(os.urandom(4)), len(os.urandom(4)), os.cpu_count() > 0, isinstance(os.getpid(), int))
print(io.SEEK_END, isinstance(open(__file__), io.IOBase), isinstance(io.StringIO(), io.TextIOBase), io.UnsupportedOperation.__mro__)
print(repr(io.UnsupportedOperation), repr(io.TextIOWrapper))
