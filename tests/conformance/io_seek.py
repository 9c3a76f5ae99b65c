# Positions: tell/seek on text files with multi-byte characters, switching between reading and writing in
# r+ / w+ / a+ modes, truncate, seeking past the end, binary whence values.
import os

d = os.path.join(os.getcwd(), "_io_seek_tmp")
os.makedirs(d, exist_ok=True)
p = os.path.join(d, "s.txt")

with open(p, "w", encoding="utf-8") as f:
    f.write("\u00e9t\u00e9\nhiver\n\u20ac\u20ac\n")
    print(f.tell())
with open(p, encoding="utf-8") as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((pos, line))
    print(marks, f.tell())
    for pos, line in reversed(marks):
        f.seek(pos)
        print(pos, repr(f.readline()) == repr(line))
    f.seek(0)
    print(repr(f.read(2)), f.tell(), repr(f.read(3)), f.tell())

with open(p, "r+") as f:
    f.seek(0, 2)
    end = f.tell()
    f.write("added\n")
    f.seek(0)
    print(end, repr(f.read()))
    f.seek(0)
    f.readline()
    f.write("X")
    f.seek(0)
    print(repr(f.read()))

with open(p, "a+") as f:
    print(f.tell() > 0, repr(f.read()))
    f.seek(0)
    print(repr(f.readline()))
    f.write("tail\n")
    f.seek(0)
    print(f.read().split("\n"))

with open(p, "w+") as f:
    f.write("0123456789")
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.seek(8)
    f.write("Z")
    f.seek(0)
    print(repr(f.read()))

with open(p, "wb+") as f:
    f.write(b"abcdef")
    print(f.seek(-2, 2), f.read(), f.seek(1), f.seek(2, 1), f.read(1), f.tell())
    print(f.seek(10), f.write(b"!"), f.seek(0), f.read())
    try:
        f.seek(-1)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        f.seek(0, 7)
    except ValueError as e:
        print("ValueError", e)

os.remove(p)
os.rmdir(d)
