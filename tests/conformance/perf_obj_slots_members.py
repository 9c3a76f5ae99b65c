# __slots__ classes with more members than fit inline; unset members; subclasses adding slots or __dict__.
import copy


class Six:
    __slots__ = ("a", "b", "c", "d", "e", "f")

    def __init__(self):
        self.f = 6
        self.a = 1
        self.e = 5


s = Six()
print(s.a, s.e, s.f)
for name in "bcd":
    try:
        getattr(s, name)
    except AttributeError as e:
        print(type(e).__name__, e)
s.d = 4
s.c = 3
s.b = 2
print([getattr(s, n) for n in "abcdef"])
del s.e
try:
    del s.e
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.g = 7
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(s, "__dict__"))
print(Six.f.__get__(s), type(Six.a).__name__)
setattr(s, "f", 60)
print(s.f)
delattr(s, "f")
print(hasattr(s, "f"))


class More(Six):
    __slots__ = ("g", "h")


m = More()
m.h = 8
m.g = 7
m.b = 2
print(m.a, m.b, m.g, m.h)


class Loose(Six):
    pass


lo = Loose()
lo.zz = 26
lo.b = 2
print(lo.zz, lo.b, lo.__dict__)

c = copy.copy(m)
print(c.a, c.b, c.g, c.h, hasattr(c, "c"))
print(More.__slots__, [n for n in dir(m) if len(n) == 1])
