# io.StringIO: initial value, read/readline/readlines, write over and past the end, seek/tell, truncate,
# getvalue, newline modes, iteration, closed errors.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.read()), repr(s.read()))
print(s.seek(0), s.readlines())

s = io.StringIO("line1\nline2\nline3")
print(s.tell(), list(s), s.tell())
s.seek(0)
for line in s:
    print(repr(line))
s.seek(0)
print(repr(s.readline(3)), repr(s.readline(-1)), s.readlines(1))

s = io.StringIO("hello")
print(s.write("XY"), repr(s.getvalue()), s.tell(), repr(s.read()))
s.seek(8)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(0, 1), s.seek(0))
print(s.truncate(), repr(s.getvalue()))

s = io.StringIO("a\r\nb\rc\n")
print(repr(s.read()), s.newlines)
s = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(s.read()), s.newlines)
s = io.StringIO("a\r\nb\rc\n", newline="")
print(s.readlines(), s.newlines)
s = io.StringIO(newline=None)
s.write("x\r\ny\rz\n")
print(repr(s.getvalue()))
s = io.StringIO(newline="\r\n")
s.write("a\nb")
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read()), s.readable(), s.writable(), s.seekable(), s.line_buffering, s.closed)
s = io.StringIO("p\rq\rr", newline="\r")
print(s.readlines())
s = io.StringIO(None)
print(repr(s.getvalue()))
s = io.StringIO("caf\u00e9 \U0001F600!")
print(repr(s.read(5)), s.tell(), repr(s.read()))


def t(f, *a):
    try:
        print("ok", repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


s = io.StringIO("abc")
t(s.seek, 1, 1)
t(s.seek, 1, 2)
t(s.seek, -1)
t(s.seek, 0, 5)
t(s.fileno)
t(s.write, b"x")
t(s.read, "x")
t(s.truncate, -1)
t(io.StringIO, b"x")
t(io.StringIO, "x", "z")
with io.StringIO("ctx") as s:
    print(s.read())
print(s.closed)
t(s.read)
t(s.getvalue)
t(s.write, "x")
t(s.tell)
t(iter, s)
print(isinstance(s, io.StringIO), isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase))
print(type(s).__name__, type(s))
