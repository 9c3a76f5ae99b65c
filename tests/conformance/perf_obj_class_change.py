# __class__ assignment and attribute caches with many attributes.


class A:
    def __init__(self):
        for i in range(7):
            setattr(self, "v%d" % i, i)

    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


def read(o):
    return o.v0 + o.v6, o.who()


a = A()
print(read(a))
a.__class__ = B
print(read(a), type(a).__name__, sorted(vars(a))[:2])
a.v6 = 100
print(read(a))
a.__class__ = A
print(read(a))
B.who = lambda self: "B2"
a.__class__ = B
print(read(a))


class S1:
    __slots__ = ("p", "q", "r", "s", "t")


class S2:
    __slots__ = ("p", "q", "r", "s", "t")


x = S1()
x.t = 5
x.p = 1
x.__class__ = S2
print(type(x).__name__, x.p, x.t)
try:
    x.__class__ = A
except TypeError as e:
    print(type(e).__name__, e)
