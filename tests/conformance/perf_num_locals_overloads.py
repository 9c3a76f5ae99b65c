# Numeric locals with values the unboxed code cannot hold: subclasses, operator overloads, other types.


class MyFloat(float):
    def __add__(self, other):
        return "MyFloat.add"

    def __radd__(self, other):
        return "MyFloat.radd"


class MyInt(int):
    def __mul__(self, other):
        return MyInt(int(self) * int(other) + 1)

    def __rsub__(self, other):
        return -100


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + (other.x if isinstance(other, Vec) else other))

    def __radd__(self, other):
        return Vec(other + self.x)

    def __mul__(self, k):
        return Vec(self.x * k)

    def __iadd__(self, other):
        self.x += 1000
        return self

    def __repr__(self):
        return "Vec(%r)" % (self.x,)


def mixes(v, w):
    a = v + 1.0
    b = w * 2
    c = 1 - w
    d = v + w
    print(repr(a), repr(b), repr(c), repr(d), type(b).__name__)
    acc = 0.0
    for item in (1, 2.5, MyFloat(1.0), 3):
        acc = acc + item
        print(repr(acc))
        if isinstance(acc, str):
            acc = 0.0


mixes(MyFloat(2.0), MyInt(5))
mixes(1.5, 2)


def vectors():
    s = 0
    s = s + Vec(1)
    print(s)
    s += Vec(2)
    print(s)
    t = Vec(5) * 2 + 1
    t += 3
    print(t)
    u = 1.5
    u += 2
    u = Vec(2) * u
    print(u)


vectors()


def strings_and_lists():
    x = 1 + 1
    x = "a" * x
    print(x)
    y = 0
    y += 1
    y = [y] * 3
    y += [4]
    print(y)
    z = 2.0 * 1
    try:
        z = z + "s"
    except TypeError as e:
        print(type(e).__name__, e)
    print(z)
    try:
        w = -"s"
    except TypeError as e:
        print(type(e).__name__, e)
    q = 3
    try:
        q -= None
    except TypeError as e:
        print(type(e).__name__, e)
    print(q)


strings_and_lists()


def bool_operands():
    t = True
    a = t + 1
    b = t * 2.5
    c = -t
    print(a, b, c, type(a).__name__)


bool_operands()


def growing():
    x = 1
    for _ in range(70):
        x = x * 2 + 0
    print(x)
    y = 1.0
    for _ in range(1100):
        y = y * 2.0
    print(y)
    z = 3
    for _ in range(3):
        z = z * 1.5
    print(z)


growing()


def params(a, b=2):
    a = a * b
    b = a - b
    return a, b


print(params(3))
print(params(3.5, 1))
print(params("ab", 3) if False else params(2 ** 60, 4))
try:
    params("ab", "c")
except TypeError as e:
    print(type(e).__name__, e)
