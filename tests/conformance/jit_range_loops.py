def f():
    out = []
    for i in range(5): out.append(i)
    for i in range(2, 7): out.append(i)
    for i in range(10, 0, -3): out.append(i)
    for i in range(0, 10, 4): out.append(i)
    for i in range(0): out.append("never")
    else: out.append("else0")
    for i in range(3, 3, -1): out.append("never")
    for i in range(-5, -1): out.append(i)
    for i in range(2**63 - 3, 2**63 - 1): out.append(i)
    for i in range(-2**63, -2**63 + 2): out.append(i)
    for i in range(2**63 - 2, 2**63 + 1): out.append(i)
    for i in range(2**64, 2**64 + 2): out.append(i)
    for i in range(9223372036854775806, -9223372036854775807, -9223372036854775807): out.append(i)
    for i in range(300, 303): out.append(i)
    for i in range(True, 3): out.append(i)
    for i in range(5):
        if i == 3: break
        out.append(i)
    else:
        out.append("no")
    for i in range(5):
        if i % 2: continue
        out.append(i)
    n = 3
    for i in range(n):
        n = 10
        out.append(i)
    print(out)
    print(i)
    for a, b in [(1, 2)]:
        pass
    for x in range(3):
        for y in range(x):
            out.append((x, y))
    print(out[-3:])
    try:
        for i in range(1.5): pass
    except TypeError as e: print(type(e).__name__, e)
    try:
        for i in range(1, 2, 0): pass
    except ValueError as e: print(type(e).__name__, e)
    try:
        for i in range("a", 3): pass
    except TypeError as e: print(type(e).__name__, e)
    try:
        for i in range(): pass
    except TypeError as e: print(type(e).__name__, e)
    class R:
        def __index__(self): return 4
    for i in range(R()): out.append(i)
    print(out[-4:])
f()
def g():
    range = lambda n: [10, 20]
    for i in range(5): print(i)
g()
import builtins
orig = builtins.range
builtins.range = lambda *a: ["patched"]
def h():
    for i in range(2): print(i)
h()
builtins.range = orig
h()
lst = []
for k in range(3): lst.append(k)
print(lst, k)
print([i for i in range(4)])
def gen():
    for i in range(3): yield i
print(list(gen()))
def deep():
    for i in range(3):
        try:
            if i == 1: raise KeyError(i)
        except KeyError as e:
            print("caught", e)
        finally:
            print("fin", i)
deep()
def tb():
    for i in range(2, "x"): pass
try: tb()
except TypeError as e: print(type(e).__name__, e)
