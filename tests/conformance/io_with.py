# Files as context managers and iterators: closing on exceptions, nested with, mixing iteration with
# readline, print(file=...), writelines from a generator, readlines hints, next() on files.
import os

d = os.path.join(os.getcwd(), "_io_with_tmp")
os.makedirs(d, exist_ok=True)
p = os.path.join(d, "w.txt")

with open(p, "w") as f:
    for i in range(5):
        print("row", i, sep=":", file=f)
    f.writelines("gen%d\n" % i for i in range(3))
    print(f.closed)
print(f.closed)

try:
    with open(p) as f:
        first = f.readline()
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, repr(first), f.closed)

with open(p) as a, open(p) as b:
    print(repr(next(a)), repr(next(b)), repr(next(a)))
    print(repr(a.readline()), repr(b.read(4)))
    rest = [line.strip() for line in a]
    print(rest)
    print(repr(a.readline()), repr(a.read()))
print(a.closed, b.closed)

with open(p) as f:
    it = iter(f)
    print(it is f, repr(next(it)))
    for line in f:
        if line.startswith("row:3"):
            break
    print(repr(f.readline()), f.readlines(6))
    try:
        while True:
            next(f)
    except StopIteration:
        print("StopIteration")

with open(p) as f:
    print(len(f.readlines(1)), len(f.readlines(0)), len(f.readlines(-1)))

with open(p) as f:
    print(sum(1 for _ in f), sum(1 for _ in f))

with open(p, "rb") as f:
    print([len(line) for line in f])

f = open(p)
print(f.__enter__() is f)
f.__exit__(None, None, None)
print(f.closed)
f.close()
print(f.closed)

result = None
def use():
    with open(p) as f:
        return f.readline()
print(repr(use()))

os.remove(p)
os.rmdir(d)
