# Text files: write, append, exclusive create, read back by size, line, lines and iteration; tell/seek.
import os

d = os.path.join(os.getcwd(), "_io_open_text_tmp")
os.makedirs(d, exist_ok=True)
p = os.path.join(d, "t.txt")

with open(p, "w") as f:
    print(f.write("first line\n"), f.write("second\n"), f.write("third"))
    print(f.closed, f.writable(), f.readable(), f.seekable())
print(f.closed)

with open(p) as f:
    print(repr(f.read(5)), repr(f.read(3)), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))

with open(p) as f:
    print(f.readlines())
with open(p) as f:
    print(f.readlines(12))
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p) as f:
    print(list(f))
with open(p) as f:
    print(repr(f.readline(4)), repr(f.readline(100)), repr(f.read()))

with open(p, "a") as f:
    print(f.tell())
    f.write("\nappended")
with open(p) as f:
    print(repr(f.read()))

with open(p) as f:
    f.readline()
    pos = f.tell()
    print(pos, repr(f.readline()))
    print(f.seek(pos), repr(f.readline()))
    print(f.seek(0), repr(f.read(5)), f.tell())
    print(f.seek(0, 2), repr(f.read()))

with open(p, "r+") as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))

with open(p, "w+") as f:
    f.write("abc\ndef\n")
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(2), f.tell())
    f.seek(0)
    print(repr(f.read()))

try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
q = os.path.join(d, "new.txt")
with open(q, "x") as f:
    f.write("created")
with open(q, "rt") as f:
    print(f.read(), f.mode)

with open(p, "w") as f:
    f.writelines(["a\n", "b\n", "c"])
with open(p) as f:
    print(f.read().split("\n"))

with open(p, "w", encoding="utf-8") as f:
    f.write("h\u00e9llo \u20ac \U0001F600\n")
with open(p, encoding="utf-8") as f:
    s = f.read()
    print(len(s), repr(s))
with open(p, "rb") as f:
    print(f.read())
with open(p) as f:
    print(repr(f.read(2)), repr(f.read(5)), repr(f.read(1)))

os.remove(p)
os.remove(q)
os.rmdir(d)
print(os.path.exists(d))
