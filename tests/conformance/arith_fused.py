# Fused numeric expressions: results, kinds, signs, errors and order must match CPython.
class Tracer:
    def __init__(self, v, name): self.v = v; self.name = name
    def __add__(self, o): print("add", self.name); return self.v + (o.v if isinstance(o, Tracer) else o)
    def __radd__(self, o): print("radd", self.name); return o + self.v
    def __mul__(self, o): print("mul", self.name); return self.v * (o.v if isinstance(o, Tracer) else o)
    def __rmul__(self, o): print("rmul", self.name); return o * self.v
    def __sub__(self, o): print("sub", self.name); return self.v - o
    def __rsub__(self, o): print("rsub", self.name); return o - self.v

def log(name, v):
    print("eval", name)
    return v

def f(a, b, c):
    return a * b + c * 2.5 - a / 4

for args in [(1.5, 2.0, 3.0), (1, 2, 3), (2**60, 3, 1), (1, 2**53, 1.0), (0, -3, 0.0), (True, 2, 3),
             (1.5, Tracer(2, "t"), 1), (2**100, 1.5, 2.0), (-0.0, 1.0, -0.0), (float('nan'), 1.0, 2.0),
             (float('inf'), 0.0, 1.0)]:
    try:
        r = f(*args)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def g(x, y):
    return -x * y * 1.0, -x * 1.0, (x * y) * 1.0, x - y - 0.5, 2 * x * 0.5
for x, y in [(0, -3), (0, 3), (-0.0, 2), (3, 0), (2**52, 2), (2**53 - 1, 1), (2**53 + 1, 1), (-(2**53) + 1, -1)]:
    print(g(x, y))

def h(a, b):
    try:
        return a / b + 1.0
    except ZeroDivisionError as e:
        return "ZDE " + str(e)
print(h(1.0, 0.0), h(1, 0), h(1.0, -0.0), h(0, 0.0), h(7, 2), h(2**53 + 1, 3), h(1, 3))

def order():
    return log("a", 1.0) * log("b", 2.0) + log("c", Tracer(3, "c")) * log("d", 1.5) - log("e", 0.5)
print(order())

def cond(x, y):
    out = []
    if x * 1.0 < y: out.append("lt")
    if x * 1.0 <= y: out.append("le")
    if x * 1.0 > y: out.append("gt")
    if x * 1.0 >= y: out.append("ge")
    if x * 1.0 == y: out.append("eq")
    if x * 1.0 != y: out.append("ne")
    if not (x + 0.5 < y): out.append("not-lt")
    return out
nan = float('nan')
for x, y in [(1, 2), (2, 1), (2, 2), (nan, 1), (1, nan), (2**53, 2**53 + 1), (1, "a"), (3, 3.0)]:
    try:
        print(x, y, cond(x, y))
    except TypeError as e:
        print("TypeError", e)

def aug(v, w):
    s = v
    s += w * 2.0
    s -= w * w
    s *= 1.5 + w
    s /= 2 * w
    return s
for v, w in [(1.0, 2.0), (1, 2), ([1], 2), (1, 0), ("s", 1.0)]:
    try:
        print(aug(v, w))
    except Exception as e:
        print(type(e).__name__, e)

class P:
    def __init__(self): self.x = 1.0; self.items = [1]
p = P()
p.x += 2.0 * 3
p.x -= p.x * 0.5
print(p.x)
try:
    p.items += 2 * 3.0
except TypeError as e:
    print("TypeError", e)
lst = [1, 2]
lst2 = lst
lst += [3] * 1
print(lst2)

def mandel(cr, ci):
    zr = zi = tr = ti = 0.0
    i = 0
    while i < 50 and tr + ti <= 4.0:
        zi = 2.0 * zr * zi + ci
        zr = tr - ti + cr
        tr = zr * zr
        ti = zi * zi
        i += 1
    return i
print([mandel(x / 10 - 1.5, 0.3) for x in range(20)])

def big(n):
    t = 0
    for i in range(n):
        t = t * 3 + i - 1.0 * 0
    return t
print(big(40), type(big(40)).__name__)
def bigint(n):
    t = 1
    for i in range(n):
        t = t * 3 * 7 + i
    return t
print(bigint(30))

def unbound():
    try:
        return q * 2.0 + 1
    except NameError as e:
        return type(e).__name__ + " " + str(e)
q = 5
print(unbound())
def unbound_local():
    try:
        r = z * 2.0 + 1
        z = 1
    except UnboundLocalError as e:
        return str(e)
print(unbound_local())
print(1.0 * 2 - 3 / 4 + -(2.5 * 2), -(3 * 0) * 1.0, (-3 * 0) * 1.0, -(0.0 * 3))
def negs(x):
    return -x * 1.0, -(x * 1.0), -(x * 2) + 0.5
print(negs(0), negs(5), negs(-0.0), negs(2**60))
