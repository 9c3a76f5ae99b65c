# Method calls that take array-free paths: generator send/__next__, dict get/setdefault/pop, set add/discard,
# bound methods kept in locals, and class attributes read through a cached site.

def running():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

g = running()
print(g.__next__(), g.send(3), g.send(4), [g.send(i) for i in range(5)])
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    g.__next__()
except StopIteration as e:
    print("StopIteration again", e.value)
h = running()
try:
    h.send(1)
except TypeError as e:
    print(type(e).__name__, e)
for bad in (lambda: h.send(), lambda: h.send(1, 2), lambda: h.send(x=1), lambda: h.__next__(1)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(type(h).send, type(h).__next__, h.send.__name__, type(h).send(h, None))

def gen():
    yield 1
    raise StopIteration("inner")
k = gen()
print(k.__next__())
try:
    k.__next__()
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# dict methods with one and two arguments, as method calls and through bound methods.
d = {"a": 1, (1, 2): "t", 3: None}
print(d.get("a"), d.get("zz"), d.get("zz", 0), d.get(3, "dflt"), d.get((1, 2)))
get = d.get
print(get("a"), get("b"), get("b", []), get.__name__, get.__self__ is d)
sd = d.setdefault
print(sd("n"), sd("m", 5), sd("m", 6), d.setdefault("a", 9), d)
print(d.pop("m"), d.pop("m", "gone"), d.pop((1, 2)), d)
try:
    d.pop("m")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get([])
except TypeError as e:
    print(type(e).__name__, e)
print(list(d.keys()), list(d.values()), list(d.items()))

class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, Key) and o.v == self.v
dk = {Key(1): "one"}
print(dk.get(Key(1)), dk.get(Key(2), "none"), dk.setdefault(Key(2), "two"), len(dk), dk.pop(Key(1)))

class MyDict(dict):
    def get(self, k, d=None):
        return ("override", k, d)
md = MyDict(a=1)
print(md.get("a"), md.get("a", 2), dict.get(md, "a"), md.setdefault("b", 3), md)

s = set()
add = s.add
for x in [3, 1, 3, 2]:
    add(x)
s.discard(1)
s.discard(99)
print(sorted(s))
try:
    s.add([])
except TypeError as e:
    print(type(e).__name__, e)

out = []
ap = out.append
for i in range(3):
    ap(i * i)
print(out, "-".join(["x", "y"]), " ".join(map(str, out)))
try:
    "-".join([1])
except TypeError as e:
    print(type(e).__name__, e)

# Class attributes read at one site, while the class changes under it.
class Strength:
    LEVEL = 1
    def __init__(self, v): self.v = v
    @staticmethod
    def stronger(a, b): return a.v < b.v
    @classmethod
    def make(cls, v): return cls(v)
    def plain(self): return "plain"

def probe():
    return (Strength.LEVEL, Strength.stronger(Strength(1), Strength(2)), Strength.make(3).v, Strength.plain(None))

print(probe(), probe())
Strength.LEVEL = 2
print(probe())
Strength.stronger = staticmethod(lambda a, b: "replaced")
print(probe())
del Strength.LEVEL
try:
    probe()
except AttributeError as e:
    print(type(e).__name__, e)

class Base:
    X = "base"
class Child(Base):
    pass
def read_x(c):
    return c.X
print(read_x(Child), read_x(Base), read_x(Child))
Base.X = "changed"
print(read_x(Child), read_x(Base))
Child.X = "own"
print(read_x(Child), read_x(Base))

class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    X = "class"
print(read_x(WithMeta), read_x(Child), read_x(WithMeta))
WithMeta.X = "changed"
print(read_x(WithMeta))
