# io.BytesIO: initial bytes, read/read1/readline/readlines/readinto, write over and past the end,
# seek with every whence, tell, truncate, getvalue, iteration, errors.
import io

b = io.BytesIO()
print(b.write(b"hello\n"), b.write(bytearray(b"world")), b.tell(), b.getvalue())
b.seek(0)
print(b.read(3), b.readline(), b.read(), b.read())
print(b.seek(0), b.readlines())

b = io.BytesIO(b"l1\nl2\nl3")
print(b.tell(), list(b), b.tell())
b.seek(0)
for line in b:
    print(line)
b.seek(0)
print(b.readline(1), b.read1(2), b.read1(), b.read1())

b = io.BytesIO(b"hello")
print(b.write(b"XY"), b.getvalue(), b.tell(), b.read())
print(b.seek(8), b.write(b"!"), b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell())
print(b.seek(-2, 2), b.read(), b.seek(-1, 1), b.read(), b.seek(-10, 2), b.seek(5, 1))
print(b.truncate(), b.getvalue())

ba = bytearray(3)
b = io.BytesIO(b"abcdef")
print(b.readinto(ba), ba, b.readinto(ba), ba, b.readinto(ba), ba)
print(b.readable(), b.writable(), b.seekable(), b.closed)


def t(f, *a):
    try:
        print("ok", repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


b = io.BytesIO(b"abc")
t(b.seek, -1)
t(b.seek, 0, 3)
t(b.write, "x")
t(b.fileno)
t(b.read, "x")
t(io.BytesIO, "x")
with io.BytesIO(b"ctx") as b:
    print(b.read())
print(b.closed)
t(b.read)
t(b.getvalue)
t(b.write, b"x")
t(b.tell)
print(isinstance(b, io.BytesIO), isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.TextIOBase))
