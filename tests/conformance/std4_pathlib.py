# pathlib: pure path arithmetic and file operations in a temporary directory.
import os
import pathlib
import tempfile
from pathlib import Path, PurePosixPath, PurePath

p = PurePosixPath("/usr/local/lib/python3.11/site-packages/pkg.tar.gz")
print(p.parts)
print(p.name, p.stem, p.suffix, p.suffixes)
print(p.parent, p.parents[2], list(p.parents)[-1], len(p.parents))
print(p.anchor, p.root, repr(p.drive))
print(p.with_name("x.py"), p.with_suffix(".zip"), p.with_stem("other"))
print(p.relative_to("/usr/local"), p.is_relative_to("/usr"), p.is_relative_to("/opt"))
try:
    p.relative_to("/opt")
except ValueError as e:
    print(type(e).__name__, e)
try:
    PurePosixPath("a").with_suffix("bad")
except ValueError as e:
    print(type(e).__name__, e)
q = PurePosixPath("a/b") / "c" / PurePosixPath("d.txt")
print(q, repr(q), str(q), q.as_posix(), q.is_absolute())
print(PurePosixPath("a").joinpath("b", "c/d"), PurePosixPath("/a") / "/b")
print(PurePosixPath("a//b/./c/"), PurePosixPath("."), PurePosixPath(""), PurePosixPath("a/../b"))
print(PurePosixPath("a/b").match("*/b"), PurePosixPath("a/b.py").match("*.py"), PurePosixPath("a/b").match("c"))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") < PurePosixPath("b"), hash(PurePosixPath("x")) == hash(PurePosixPath("x")))
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]))
print(os.fspath(q), bytes(PurePosixPath("ab")))
print(type(PurePath("x")).__name__, type(Path("x")).__name__)
print(PurePosixPath("/").parent, PurePosixPath("rel").parent, PurePosixPath("a.b.c").suffixes, PurePosixPath(".bashrc").suffix)

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    print(base.exists(), base.is_dir(), base.is_file())
    (base / "sub" / "deep").mkdir(parents=True)
    try:
        (base / "sub").mkdir()
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    (base / "sub").mkdir(exist_ok=True)
    f = base / "sub" / "hello.txt"
    print(f.write_text("héllo\nworld\n"), f.read_text(), f.read_text(encoding="utf-8").splitlines())
    print(f.write_bytes(b"\x00\x01abc"), f.read_bytes())
    f.write_text("line1\nline2\n")
    with f.open() as fh:
        print(fh.readline().rstrip(), fh.encoding)
    with f.open("a") as fh:
        fh.write("line3\n")
    print(f.read_text().count("\n"), f.stat().st_size, f.exists(), f.is_file(), f.is_dir())
    for name in ("b.py", "a.py", "c.txt", "sub/deep/x.py", "sub/deep/y.txt"):
        (base / name).write_text(name)
    print(sorted(x.name for x in base.iterdir()))
    print(sorted(str(x.relative_to(base)) for x in base.glob("*.py")))
    print(sorted(str(x.relative_to(base)) for x in base.rglob("*.py")))
    print(sorted(str(x.relative_to(base)) for x in base.glob("**/*.txt")))
    print(sorted(str(x.relative_to(base)) for x in base.glob("sub/*")))
    moved = (base / "c.txt").rename(base / "renamed.txt")
    print(moved.name, (base / "c.txt").exists(), moved.read_text())
    replaced = moved.replace(base / "a.py")
    print(replaced.read_text())
    (base / "b.py").unlink()
    print((base / "b.py").exists())
    try:
        (base / "b.py").unlink()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    (base / "b.py").unlink(missing_ok=True)
    try:
        (base / "missing.txt").read_text()
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)
    (base / "sub" / "deep" / "x.py").unlink()
    (base / "sub" / "deep" / "y.txt").unlink()
    (base / "sub" / "deep").rmdir()
    print(sorted(x.name for x in (base / "sub").iterdir()))
    t = base / "touched"
    t.touch()
    print(t.exists(), t.stat().st_size, t.samefile(str(t)))
    print(base.resolve() == Path(os.path.realpath(tmp)), Path(tmp).absolute().is_absolute())
    print(Path(tmp, "x", "..", "y").name, (base / "sub").is_dir())
    os.chdir(tmp)
    print(Path.cwd() == Path(os.path.realpath(tmp)), sorted(str(x) for x in Path(".").glob("*.py")))
    os.chdir("/")
print(Path("~").expanduser() == Path(os.path.expanduser("~")), Path("/a/b").is_absolute())
