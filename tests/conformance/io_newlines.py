# Newline handling of text files: universal newlines when reading (None), '' (split on any, keep),
# '\n', '\r', '\r\n'; translation when writing; the newlines attribute.
import os

d = os.path.join(os.getcwd(), "_io_newlines_tmp")
os.makedirs(d, exist_ok=True)
p = os.path.join(d, "n.txt")
with open(p, "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rend\r")

for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines(), f.newlines)
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()))
    with open(p, newline=nl) as f:
        print(repr(nl), [f.read(3) for _ in range(10)])

with open(p) as f:
    print(f.newlines)
    f.readline()
    print(f.newlines)
    f.readline()
    print(f.newlines)
    f.read()
    print(f.newlines)

for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, "w", newline=nl) as f:
        f.write("a\nb\r\nc\rd\n")
    with open(p, "rb") as f:
        print(repr(nl), f.read())

with open(p, "wb") as f:
    f.write(b"x\r")
with open(p) as f:
    print(f.readlines())
with open(p, "wb") as f:
    f.write(b"\r\n\r\n\n\r\r")
with open(p) as f:
    print(f.readlines())
with open(p, newline="") as f:
    print(f.readlines())

try:
    open(p, newline="x")
except ValueError as e:
    print("ValueError", e)
try:
    open(p, newline=5)
except TypeError as e:
    print("TypeError", e)

os.remove(p)
os.rmdir(d)
