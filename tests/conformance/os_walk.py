# os.walk top-down (with in-place pruning and sorting of dirnames), bottom-up, onerror; scandir entries.
import os

base = os.path.join(os.getcwd(), "_os_walk_tmp")
for sub in ("a/a1", "a/a2/deep", "b", "c/skip/inner"):
    os.makedirs(os.path.join(base, sub))
for f in ("top.txt", "a/one.txt", "a/a2/two.txt", "a/a2/deep/three.txt", "c/skip/inner/hidden.txt"):
    with open(os.path.join(base, f), "w") as fh:
        fh.write(f)


def rel(p):
    return os.path.relpath(p, base)


for root, dirs, files in os.walk(base):
    dirs.sort()
    if "skip" in dirs:
        dirs.remove("skip")
    print("down", rel(root), dirs, sorted(files))

seen = []
for root, dirs, files in os.walk(base, topdown=False):
    seen.append((rel(root), sorted(dirs), sorted(files)))
print(sorted(seen))
order = [r for r, d, f in seen]
print(order.index("a/a2/deep") < order.index("a/a2") < order.index("a") < order.index("."))

errors = []
print(list(os.walk(os.path.join(base, "missing"), onerror=errors.append)))
print(len(errors), type(errors[0]).__name__, errors[0].errno)
print(list(os.walk(os.path.join(base, "missing"))))

w = os.walk(base)
print(type(w).__name__, next(w)[0] == base)

with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.path == os.path.join(base, e.name), e.stat().st_size > 0 if e.is_file() else "-")
print(sorted(os.listdir(base)), sorted(x.name for x in os.scandir(base)))
print(type(os.listdir(os.fsencode(base) if hasattr(os, "fsencode") else base.encode())[0]).__name__)

for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base))
