# Errors from open() and from file objects, with CPython's exception types and messages.
import io
import os

d = os.path.join(os.getcwd(), "_io_errors_tmp")
os.makedirs(d, exist_ok=True)
p = os.path.join(d, "e.txt")
with open(p, "w") as f:
    f.write("data\n")


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


try:
    open("_no_such_file_here.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
except OSError:
    print("wrong")
try:
    open(d)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == d)
try:
    open(d, "w")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno)
try:
    open(os.path.join(d, "missing", "x.txt"), "w")
except OSError as e:
    print(type(e).__name__, e.errno)

t(open, p, "rw")
t(open, p, "z")
t(open, p, "rr")
t(open, p, "b")
t(open, p, "rt+b")
t(open, p, "+")
t(open, p, "rb", encoding="utf-8")
t(open, p, "rb", errors="strict")
t(open, p, "rb", newline="")
t(open, p, "r", buffering=0)
t(open, p, "r", encoding="no-such-codec")
t(open, p, 5)
t(open, p, encoding=5)
t(open, 3.5)
t(open, p, "r", bogus=1)

f = open(p, "w")
t(f.read)
t(f.readline)
t(f.buffer.read)
t(f.buffer.raw.read)
f.close()
f = open(p)
t(f.write, "x")
t(f.buffer.write, b"x")
t(f.buffer.raw.write, b"x")
t(f.writelines, ["a"])
t(f.seek, 1, 1)
t(f.seek, 1, 2)
t(f.seek, 0, 3)
t(f.seek, -1)
t(f.seek, 0, 1)
t(f.truncate)
t(f.write, b"bytes")
f.close()
t(f.read)
t(f.write, "x")
t(f.readline)
t(f.tell)
t(f.seek, 0)
t(f.flush)
t(f.fileno)
t(f.isatty)
t(f.readable)
t(f.close)
t(iter, f)
t(next, f)
t(f.__enter__)
print(f.closed)

b = open(p, "rb")
b.close()
t(b.read)
t(b.readline)
t(b.tell)

os.remove(p)
os.rmdir(d)
