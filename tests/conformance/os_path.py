# os.path (posixpath) string functions with CPython's exact semantics, str and bytes.
import os
import posixpath

print(os.path is posixpath, os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep, os.path.altsep, os.path.devnull)
for p in ("", "/", "//", "///", "a", "a/", "/a", "/a/b", "a/b/", "//a//b//", "/a/b/c.txt", "a.b/c", "./x", "../y/", "~", "~/z"):
    print(repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p), os.path.isabs(p), os.path.splitext(p))
for p in ("", ".", "/", "//", "///", "a/./b", "a/../b", "../../a", "/../a", "a/b/../../..", "/a//b/./c/", "./", "a/..", "//a/b/../c"):
    print(repr(p), repr(os.path.normpath(p)))
for p in ("a.txt", ".bashrc", "a/.b", "a.b/c", "a..b", "...", "a/b.tar.gz", "x.", ".a.b"):
    print(repr(p), os.path.splitext(p))
print(os.path.join("a"), os.path.join("a", "b", "c"), os.path.join("a/", "/b", "c/"), os.path.join("", ""), os.path.join("", "a", ""), os.path.join("/", "a"))
print(os.path.join(b"a", b"b"), os.path.split(b"/x/y"), os.path.basename(b"p/q"), os.path.normpath(b"a//b/../c"), os.path.splitext(b"f.py"))
print(os.path.commonprefix(["/usr/lib/x", "/usr/local/y", "/usr/l"]), repr(os.path.commonprefix([])), os.path.commonprefix(["abc"]), os.path.commonprefix([["a", "b"], ["a", "c"]]))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/x/y", "/a/b"), os.path.relpath("/a/b", "/a/b"))
cwd = os.getcwd()
print(os.path.abspath("x") == os.path.join(cwd, "x"), os.path.abspath("/a/../b"), os.path.relpath(os.path.join(cwd, "q/r")))
print(os.path.abspath(".") == cwd, os.path.realpath(".") == os.path.realpath(cwd), os.path.isabs(os.path.realpath("rel")))
home = os.environ.get("HOME")
print(os.path.expanduser("~") == home, os.path.expanduser("~/d") == home + "/d", os.path.expanduser("x~"), os.path.expanduser("~no_such_user_zz/x"))
print(os.path.exists(cwd), os.path.exists("_definitely_missing_"), os.path.isdir(cwd), os.path.isfile(cwd), os.path.isfile(__file__), os.path.islink(cwd), os.path.lexists(cwd))
print(os.path.exists(""), os.path.exists("a\0b"), os.path.isdir(""))
print(os.path.splitdrive("/a/b"), os.path.normcase("/A/b"))
print(os.path.getsize(__file__) > 100, type(os.path.getmtime(__file__)).__name__)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath(P("via fspath")), os.path.join(P("a"), P("b")), os.path.basename(P("/x/y")), os.path.exists(P(cwd)))
for bad in (1, None, 2.5):
    try:
        os.path.join("a", bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    os.path.join(b"a", "b")
except TypeError as e:
    print("TypeError", e)
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError", e)
