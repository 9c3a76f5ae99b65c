# misc builtins: chr/ord, ascii, repr, isinstance/issubclass, dir, vars, getattr family, id, slice, range
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(chr(65), chr(0x1F600), repr(chr(0)), ord("a"), ord("😀"), ord(b"A"), ord(bytearray(b"z")))
show(lambda: chr(-1))
show(lambda: chr(0x110000))
show(lambda: chr("a"))
show(lambda: ord("ab"))
show(lambda: ord(""))
show(lambda: ord(5))
show(lambda: ord(b"ab"))
print(ascii("héllo"), ascii("😀"), ascii([1, "ñ"]), ascii("plain"), repr("é"), ascii(b"\xff"))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, (float, int))), isinstance("a", ()), issubclass(bool, int), issubclass(int, (str, (object,))), isinstance(1j, complex), isinstance(b"", bytes), isinstance(bytearray(), bytes))
show(lambda: isinstance(1, 5))
show(lambda: issubclass(5, int))
show(lambda: issubclass(int, 5))
class A:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = 2
    def method(self):
        pass
class B(A):
    pass
a = B()
print([n for n in dir(a) if not n.startswith("__")], [n for n in dir(B) if not n.startswith("__")], vars(a))
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha"]
print(dir(WithDir()), "cls_attr" in dir(A), "upper" in dir(str), "append" in dir([]))
show(lambda: vars(5))
print(getattr(a, "x"), getattr(a, "nope", "dflt"), hasattr(a, "y"), hasattr(a, "nope"))
setattr(a, "z", 3)
delattr(a, "x")
print(vars(a))
show(lambda: getattr(a, "nope"))
show(lambda: getattr(a, 5))
print(id(a) == id(a), id(a) != id(B()), type(id(a)).__name__)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), slice(5).indices(10), slice(2, -2).indices(6))
show(lambda: slice(0, 1, 0).indices(5))
show(lambda: slice(1).indices(-1))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), [0, 1, 2, 3][slice(1, 3)])
r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1], r.count(9), r.count(10), r.index(12), 9 in r, 10 in r, list(r[::2]), range(5) == range(0, 5), range(0) == range(5, 2))
print(range(3), range(1, 3), range(1, 10, 2), range(0, -5, -1), len(range(10, 0, -3)), list(range(10, 0, -3)), range(2 ** 40)[-1], hash(range(3)) == hash(range(0, 3)))
show(lambda: r.index(10))
show(lambda: r[100])
show(lambda: range(0, 10, 0))
show(lambda: range(1.5))
show(lambda: len(range(2 ** 64)))
print(range(2 ** 64)[2 ** 63], 2 ** 63 in range(2 ** 64), range(1, 2 ** 65, 2 ** 62))
print(callable(breakpoint), breakpoint is breakpoint)
