# Binary files: buffered reader/writer/random, read sizes, read1, peek, readline, seek whence, tell, truncate.
import os

d = os.path.join(os.getcwd(), "_io_open_binary_tmp")
os.makedirs(d, exist_ok=True)
p = os.path.join(d, "b.bin")

with open(p, "wb") as f:
    print(type(f).__name__, f.write(b"0123456789\n"), f.write(bytearray(b"abc\n")), f.write(b"\x00\xff\n"))
    print(f.tell(), f.mode)

with open(p, "rb") as f:
    print(type(f).__name__, f.mode, f.read(3), f.read(0), f.tell())
    print(f.readline(), f.readline(2), f.readline())
    print(f.read(), f.read(), f.tell())
    print(f.seek(2), f.read(2), f.seek(-3, 2), f.read(), f.seek(-4, 1), f.read(1))
    f.seek(0)
    print(f.read1(4), len(f.peek()) > 0, f.readlines())

with open(p, "rb") as f:
    print(list(f))

with open(p, "ab") as f:
    print(f.tell(), f.write(b"tail"), f.tell())
with open(p, "rb") as f:
    print(f.read())

with open(p, "r+b") as f:
    print(type(f).__name__, f.mode)
    print(f.read(4))
    f.write(b"XY")
    f.seek(0)
    print(f.read(8))
    print(f.truncate(5), f.seek(0, 2))
    f.seek(0)
    print(f.read())

with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(2), f.readall(), f.read())

with open(p, "wb", buffering=0) as f:
    print(f.write(b"raw"), f.tell())
with open(p, "rb") as f:
    print(f.read(), f.raw.mode, type(f.raw).__name__)

ba = bytearray(4)
with open(p, "rb") as f:
    print(f.readinto(ba), ba)

os.remove(p)
os.rmdir(d)
