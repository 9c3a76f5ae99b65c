# print() with files: sep/end/flush, objects with write(), None arguments, print to a closed file.
import io
import sys

b = io.StringIO()
print(file=b)
print("a", "b", file=b, sep="")
print("c", end="", file=b)
print(1, 2.5, None, True, [1, "x"], file=b, sep=None, end=None)
print("flushed", file=b, flush=True)
print(repr(b.getvalue()))


class W:
    def __init__(self):
        self.log = []

    def write(self, s):
        self.log.append(s)


w = W()
print("p", "q", sep="--", end="$", file=w)
print(w.log)
print(file=w)
print(w.log)

sys.stdout.write("direct ")
print("then print")
print("x", file=None)

closed = io.StringIO()
closed.close()
try:
    print("x", file=closed)
except ValueError as e:
    print("ValueError", e)
try:
    print("x", end=3)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", file=W(), flush=True)
except AttributeError as e:
    print("AttributeError", e)
try:
    print("x", bad=1)
except TypeError as e:
    print("TypeError", e)
