# glob, tempfile and shutil on a temporary tree.
import glob
import os
import shutil
import tempfile

base = tempfile.mkdtemp(prefix="std4_")
print(os.path.isdir(base), os.path.basename(base).startswith("std4_"))
for rel in ("a.txt", "b.py", "sub/c.py", "sub/deep/d.txt", ".hidden.py"):
    path = os.path.join(base, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(rel * 3)


def rel(paths):
    return sorted(os.path.relpath(p, base) for p in paths)


print(rel(glob.glob(os.path.join(base, "*.py"))))
print(rel(glob.glob(os.path.join(base, "**", "*.py"), recursive=True)))
print(rel(glob.glob(os.path.join(base, "**"), recursive=True)))
print(rel(glob.glob(os.path.join(base, "?.txt"))), rel(glob.glob(os.path.join(base, "[ab].*"))))
print(sorted(glob.glob("*.py", root_dir=os.path.join(base, "sub"))))
print(rel(glob.iglob(os.path.join(base, "sub", "*"))), glob.escape("a[b]*?"), glob.has_magic("x*"))

shutil.copy(os.path.join(base, "a.txt"), os.path.join(base, "copy.txt"))
print(open(os.path.join(base, "copy.txt")).read())
shutil.copyfile(os.path.join(base, "b.py"), os.path.join(base, "b2.py"))
shutil.copy2(os.path.join(base, "b.py"), os.path.join(base, "b3.py"))
shutil.copytree(os.path.join(base, "sub"), os.path.join(base, "sub_copy"))
print(rel(glob.glob(os.path.join(base, "sub_copy", "**"), recursive=True)))
shutil.move(os.path.join(base, "b2.py"), os.path.join(base, "sub", "moved.py"))
print(sorted(os.listdir(os.path.join(base, "sub"))))
shutil.rmtree(os.path.join(base, "sub_copy"))
print(os.path.exists(os.path.join(base, "sub_copy")))
try:
    shutil.copy(os.path.join(base, "missing"), base)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
print(shutil.which("sh") is not None, shutil.which("no_such_program_std4"))
print(shutil.get_terminal_size((77, 21)))
archive = shutil.make_archive(os.path.join(base, "arch"), "tar", os.path.join(base, "sub"))
print(os.path.basename(archive), os.path.getsize(archive) > 0)

with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d))
    with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".log", delete=False) as f:
        f.write("named")
        name = f.name
    print(name.endswith(".log"), open(name).read())
    fd, path = tempfile.mkstemp(dir=d, text=True)
    os.write(fd, b"mk")
    os.close(fd)
    print(open(path).read())
    with tempfile.TemporaryFile() as t:
        t.write(b"anon")
        t.seek(0)
        print(t.read())
    with tempfile.SpooledTemporaryFile(max_size=10) as sp:
        sp.write(b"small")
        sp.seek(0)
        print(sp.read())
print(os.path.exists(d), tempfile.gettempdir() == tempfile.gettempdir(), isinstance(tempfile.gettempprefix(), str))
shutil.rmtree(base)
print(os.path.exists(base))
