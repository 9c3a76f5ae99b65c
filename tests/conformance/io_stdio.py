# sys.stdout / sys.stderr / sys.stdin objects; print to files and to a replaced sys.stdout; writes to stderr.
import io
import sys

out = sys.stdout
print(repr(sys.stdout), repr(sys.stderr), repr(sys.stdin))
print(sys.stdout.encoding, sys.stderr.encoding, sys.stdin.encoding, sys.stdout.mode, sys.stdin.mode)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdin.writable(), sys.stdout.isatty())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOBase), sys.stdout.closed)
print(repr(sys.stdin.buffer), sys.stdout.buffer.name, sys.stdin.buffer.mode)
n = sys.stdout.write("written directly\n")
print(n, sys.stdout.write(""), sys.stdout.write("\u00e9\U0001F600\n"))
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.flush()
sys.stdout.writelines(["a\n", "b\n"])
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")
sys.stderr.flush()
print("x", "y", sep="-", end="!\n", flush=True)

buf = io.StringIO()
print("into stringio", 1, 2.5, file=buf)
print(repr(buf.getvalue()))


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


c = Collector()
sys.stdout = c
print("captured", 42)
print("flushing", flush=True)
sys.stdout = out
print(c.parts)

sys.stdout = io.StringIO()
print("hidden")
captured = sys.stdout.getvalue()
sys.stdout = sys.__stdout__
print(repr(captured))

try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
try:
    print("x", file=42)
except AttributeError as e:
    print("AttributeError", e)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
