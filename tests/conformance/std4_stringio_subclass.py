# Subclasses of io.StringIO/BytesIO made with no arguments keep their stream (doctest's _SpoofOut), sys.displayhook,
# compile(..., "single") printing expression values, io.IncrementalNewlineDecoder and encoding="locale".
import builtins
import codecs
import io
import sys


class Spoof(io.StringIO):
    def getvalue(self):
        text = io.StringIO.getvalue(self)
        return text if text.endswith("\n") or not text else text + "\n"


s = Spoof()
s.write("partial")
print(repr(s.getvalue()), isinstance(s, io.StringIO), type(s).__name__)
s.truncate(0)
s.seek(0)
print(repr(s.getvalue()))


class Buf(io.BytesIO):
    pass


b = Buf()
b.write(b"abc")
print(b.getvalue(), bytes(b.getbuffer()), len(b.getbuffer()))

old = sys.stdout
sys.stdout = capture = io.StringIO()
sys.displayhook(42)
sys.displayhook(None)
sys.displayhook("text")
for src in ("1 + 1", "None", "for i in range(2):\n    i * 10\n", "if True:\n    'yes'\n", "def f():\n    7\n", "f()", "x = 5", "x"):
    exec(compile(src, "<demo>", "single"))
try:
    compile("1\n2\n", "<demo>", "single")
except SyntaxError as e:
    print(type(e).__name__, e.msg, file=old)
sys.stdout = old
print(repr(capture.getvalue()), builtins._)
print(sys.displayhook is sys.__displayhook__)
try:
    sys.displayhook()
except TypeError as e:
    print(type(e).__name__)

d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), True)
print(repr(d.decode(b"a\r")), d.getstate(), repr(d.decode(b"\nb\rc\n", final=True)), d.newlines)
d2 = io.IncrementalNewlineDecoder(None, False)
print(repr(d2.decode("x\r\ny\r")), d2.newlines, d2.getstate(), repr(d2.decode("", final=True)), d2.newlines)
d2.reset()
print(d2.newlines, d2.getstate())
d3 = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d3.decode("1\n2\r3\r\n")), d3.newlines)
try:
    io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), False).decode("not bytes")
except TypeError as e:
    print(type(e).__name__)

w = io.TextIOWrapper(io.BytesIO(), encoding="locale")
print(w.encoding)
print(io.text_encoding(None), io.text_encoding("latin-1"))
print(float(b" 1.5 "), float(bytearray(b"2")), float(memoryview(b"3e2")))
try:
    float(b"x")
except ValueError as e:
    print(type(e).__name__, e)
print(__debug__, len.__module__, len.__reduce__(), [].append.__reduce__()[1][1])
