# Many compiled functions in one process: direct calls, closures, generators, classes and tracebacks across
# functions compiled far apart (Krait starts a new generated assembly every few dozen functions).
import sys

src = []
for i in range(200):
    if i == 0:
        src.append("def f0(x):\n    return x + 1\n")
    else:
        src.append(f"def f{i}(x):\n    return f{i - 1}(x) + {i % 7}\n")
exec("".join(src))
print(f199(0), f100(5), f1(1))

def chain_getframe(n):
    if n == 0:
        names = []
        frame = sys._getframe()
        while frame is not None and len(names) < 6:
            names.append(frame.f_code.co_name)
            frame = frame.f_back
        return names
    return chain_getframe(n - 1)

print(chain_getframe(4))

makers = []
for i in range(120):
    ns = {}
    exec(f"def make(a):\n    def inner(b):\n        return a * {i} + b\n    return inner\n", ns)
    makers.append(ns["make"])
print(sum(m(2)(3) for m in makers))

gens = []
for i in range(80):
    ns = {}
    exec(f"def g(n):\n    for k in range(n):\n        yield k * {i}\n", ns)
    gens.append(ns["g"])
print([sum(g(4)) for g in gens[::10]])

classes = []
for i in range(90):
    ns = {}
    exec(f"class C{i}:\n    def __init__(self, v):\n        self.v = v + {i}\n    def get(self):\n        return self.v\n", ns)
    classes.append(ns[f"C{i}"])
print(sum(c(1).get() for c in classes))

exec("".join(f"def h{i}(x):\n    return h{i + 1}(x)\n" for i in range(70)) + "def h70(x):\n    return 1 // x\n")
try:
    h0(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    depth = 0
    last = None
    while tb is not None:
        depth += 1
        last = tb.tb_frame.f_code.co_name
        tb = tb.tb_next
    print(type(e).__name__, e, depth, last)
print(h0(1))

# A function recompiled under the same global name: the old direct-call target must not be used.
def target(x):
    return "old", x
def caller(x):
    return target(x)
print(caller(1))
for i in range(70):
    exec(f"def filler{i}():\n    return {i}\n")
    globals()[f"filler{i}"]()
def target(x):
    return "new", x
print(caller(2))
