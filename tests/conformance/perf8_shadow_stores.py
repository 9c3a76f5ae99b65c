# Unboxed (shadowed) locals classify what an object store puts in them; fused reads never classify. Stores of
# ints, floats, big ints, bools, strs, lists and user objects, parameters reassigned, del, frame locals.
def f(items, dt):
    total = 0.0
    for x in items:
        x = x * 2 + dt
        total += x
    return total

def g(n):
    n = n + 1           # parameter reassigned with a fusable value: shadowed
    acc = 0
    for i in range(n):
        acc += n * i
    return acc, n

def h(vals):
    s = 0
    for v in vals:        # object stores of ints, floats, big ints, bools, strs
        try:
            s = s + v * 3
        except TypeError as e:
            print("TypeError", e)
    return s

def k():
    y = 2 ** 60          # not exact in a double: stays an object
    y = y + 1
    z = y * 3
    w = 1.5
    w = int("7")         # call result into a shadowed local
    w = w * 2
    a, b = 3, 4.5        # unpacking
    a = a + b
    del w
    try:
        print(w + 1)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    return y, z, a

def m(p):
    q = p * 2
    q = [q]              # not a number
    try:
        r = q * 2 + 1
    except TypeError as e:
        print("TypeError", e)
    q = 10
    return q * q - p

class Num:
    def __init__(self, v): self.v = v
    def __mul__(self, o): return Num(self.v * o)
    def __add__(self, o): return Num(self.v + o)
    def __repr__(self): return "Num(%r)" % (self.v,)

def n(vals):
    t = 0
    for v in vals:
        t = v * 2 + 1
    return t

print(f([1, 2.5, 3], 0.25))
print(g(5), g(True))
print(h([1, 2.5, 2 ** 70, True, "ab"]))
print(k())
print(m(3), m(2.5))
print(n([1, Num(2)]), n([Num(1), 2]))
import sys
def tb(x):
    x = x + 1
    y = x * 2
    return sys._getframe().f_locals
print(sorted(tb(1).items()), sorted(tb(1.5).items()))
