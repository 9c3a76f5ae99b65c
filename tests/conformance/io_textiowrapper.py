# TextIOWrapper and the buffered classes built by hand: over BytesIO, over FileIO, attributes and reprs,
# detach, reconfigure, line buffering, file objects' attributes.
import io
import os

b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8")
print(w.encoding, w.errors, w.line_buffering, w.write_through, w.buffer is b, w.newlines)
print(w.write("h\u00e9llo\nworld\n"))
w.flush()
print(b.getvalue())
w.seek(0)
print(w.readline(), w.read(), w.tell())
w.seek(0)
print(w.readlines())
print(w.detach() is b)
try:
    w.read()
except ValueError as e:
    print("ValueError", e)

w = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc"), newline=None)
print(w.readlines(), w.newlines)
w = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc"), newline="")
print(w.readlines())
w = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", newline="\r\n")
w.write("x\ny\n")
w.flush()
print(w.buffer.getvalue())
w = io.TextIOWrapper(io.BytesIO(), line_buffering=True)
w.write("no newline")
print(w.buffer.getvalue())
w.write(" now\n")
print(w.buffer.getvalue())
w.reconfigure(line_buffering=False)
w.write("more\n")
print(w.buffer.getvalue(), w.line_buffering)

d = os.path.join(os.getcwd(), "_io_textiowrapper_tmp")
os.makedirs(d, exist_ok=True)
p = os.path.join(d, "w.txt")
raw = io.FileIO(p, "w")
print(type(raw).__name__, raw.mode, raw.closefd, raw.writable(), raw.readable(), raw.seekable(), raw.name == p)
bw = io.BufferedWriter(raw)
tw = io.TextIOWrapper(bw, encoding="ascii")
tw.write("line 1\nline 2\n")
tw.close()
print(raw.closed, bw.closed, tw.closed)
with io.open(p, "rb") as f:
    print(f.read())
fr = io.FileIO(p)
print(fr.mode, fr.read(4), fr.read(), fr.tell(), fr.seek(0), fr.readline())
fr.close()
br = io.BufferedReader(io.FileIO(p))
print(br.read(3), len(br.peek(2)) > 0, br.readline(), br.tell())
br.close()

f = open(p, "a+")
print(f.mode, f.buffer.mode, f.buffer.raw.mode, type(f.buffer).__name__, f.name == p)
f.close()
f = open(p, "rb+")
print(f.mode, type(f).__name__)
f.close()
f = open(p, "w", encoding="latin-1")
print(repr(f).endswith("mode='w' encoding='latin-1'>"), f.encoding)
f.close()
print(repr(f).startswith("<_io.TextIOWrapper name="))
f = open(p, "rb", buffering=0)
print(repr(f).endswith("mode='rb' closefd=True>"), type(f).__name__)
f.close()
print(repr(f))

fd = os.open(p, os.O_RDONLY)
f = open(fd, closefd=False)
print(f.name == fd, f.read())
f.close()
print(os.read(fd, 2))
os.close(fd)
fd = os.open(p, os.O_RDONLY)
with open(fd) as f:
    print(f.fileno() == fd, f.read(4))
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    io.FileIO(p, "rw")
except ValueError as e:
    print("ValueError", e)
try:
    open(p, closefd=False)
except ValueError as e:
    print("ValueError", e)

os.remove(p)
os.rmdir(d)
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open)
print(io.TextIOWrapper, io.StringIO, io.BytesIO, io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
