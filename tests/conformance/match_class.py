# match: class patterns (positional via __match_args__, keyword), builtin self-matching, runtime errors
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d on plane {x},{y}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 0), Point3(1, 2, 3), "x"]:
    print(where(p))

def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(bs):
            return f"bytes {bs!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case tuple(t):
            return f"tuple {t}"
        case dict(d):
            return f"dict {d}"
        case set() | frozenset():
            return "a set"
    return "other"
for v in [True, 3, 2.5, "s", b"b", [9, 8], [], (1,), {"a": 1}, {1}, frozenset(), None]:
    print(builtin(v))

class Attrs:
    def __init__(self):
        self.a = 1
    @property
    def b(self):
        return self.a + 1
def kw(o):
    match o:
        case Attrs(a=1, b=2, c=3):
            return "with c"
        case Attrs(a=1, b=bb):
            return f"b is {bb}"
print(kw(Attrs()))

def err(f):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

def e1():
    match 5:
        case int(1, 2):
            pass
err(e1)
def e2():
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
err(e2)
class L:
    __match_args__ = ["x"]
def e3():
    match L():
        case L(1):
            pass
err(e3)
class Q:
    __match_args__ = ("x", 1)
    x = 1
def e4():
    match Q():
        case Q(1, 2):
            pass
err(e4)
def e5():
    match Point(1, 2):
        case Point(1, x=2):
            pass
err(e5)
def e6():
    match 5:
        case len():
            pass
err(e6)
class O:
    pass
def e7():
    match O():
        case O(1):
            pass
err(e7)
def e8():
    match 5:
        case str(1):
            pass
    print("no error when isinstance fails first")
err(e8)
class One:
    __match_args__ = ("a",)
    a = 0
def e9():
    match One():
        case One(1, 2):
            pass
err(e9)
