# Subclasses of built-in types keep their value and their own attributes side by side.


class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "t"


l = L([3, 1, 2])
l.append(0)
l.extra = 5
print(l, len(l), sorted(l), l.tag, l.extra, l.__dict__, type(l + [9]).__name__)


class I(int):
    pass


i = I(7)
i.note = "seven"
print(i + 1, i * 2, i.note, vars(i), isinstance(i, int), hash(i) == hash(7))


class D(dict):
    def __missing__(self, key):
        return key * 2


d = D(a=1)
d.attr = [1]
print(d["a"], d["zz"], d.attr, d.__dict__, dict(d))
d.__dict__["other"] = 2
print(d.other, sorted(vars(d)))


class S(str):
    __slots__ = ("extra",)


s = S("abc")
s.extra = 1
print(s.upper(), s.extra, hasattr(s, "__dict__"))
try:
    s.nope = 1
except AttributeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


p = Plain()
print(vars(p), p.__dict__ is p.__dict__)
p.__dict__ = {"x": 1, "y": 2}
print(p.x, p.y, vars(p))
try:
    p.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
