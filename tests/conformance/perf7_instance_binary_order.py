# Binary operators with a plain instance on the left: its own method is asked first, then the right
# operand's reflected method, then the built-in sequence operations, each at most once.
calls = []


class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        calls.append("index")
        return self.n


class CountMul(Count):
    def __mul__(self, other):
        calls.append("mul")
        return NotImplemented


class Own(Count):
    def __mul__(self, other):
        calls.append("own mul")
        return "own"

    def __sub__(self, other):
        calls.append("own sub")
        return NotImplemented


class Right:
    def __rsub__(self, other):
        calls.append("rsub")
        return "right"

    def __rmul__(self, other):
        calls.append("rmul")
        return NotImplemented


def attempt(label, f):
    del calls[:]
    try:
        r = f()
    except TypeError as e:
        r = "TypeError: %s" % e
    print(label, repr(r), calls)


attempt("count*list", lambda: Count(2) * [1, 2])
attempt("count*str", lambda: Count(3) * "ab")
attempt("countmul*tuple", lambda: CountMul(2) * (7,))
attempt("own*str", lambda: Own(2) * "ab")
attempt("own-right", lambda: Own(1) - Right())
attempt("own*right", lambda: Own(1) * Right())
attempt("count*right", lambda: Count(1) * Right())
attempt("count+1", lambda: Count(1) + 1)
attempt("count-count", lambda: Count(1) - Count(2))
attempt("count**2", lambda: Count(1) ** 2)
attempt("count@count", lambda: Count(1) @ Count(2))


class Vec3:
    """A slotted 3-vector: the operator fast path with instances on the left, in a loop that gets compiled hot."""
    __slots__ = ("c",)

    def __init__(self, *c):
        self.c = c

    def __add__(self, o):
        return Vec3(*[p + q for p, q in zip(self.c, o.c)])

    def __sub__(self, o):
        return Vec3(*[p - q for p, q in zip(self.c, o.c)])

    def __mul__(self, k):
        return Vec3(*[p * k for p in self.c]) if not isinstance(k, Vec3) else NotImplemented

    __rmul__ = __mul__

    def __repr__(self):
        return "Vec3%r" % (self.c,)


a = Vec3(1.5, 2, -0.5)
b = Vec3(0.25, -1, 4)
total = Vec3(0, 0, 0)
for i in range(1000):
    total = total + (a - b) * 0.5 + 2 * b
print(total)
x = Vec3(1, 2, 3)
x += Vec3(3, 4, 5)
x -= Vec3(1, 1, 1)
x *= 3
print(x)
attempt("vec*vec", lambda: a * b)


# The errors when nothing takes the operands.
class Plain:
    pass


class RaddNot:
    def __radd__(self, o):
        return NotImplemented


class L(list):
    pass


class S(str):
    pass


for label, f in (("list*plain", lambda: [1] * Plain()), ("plain*str", lambda: Plain() * "ab"),
                 ("tuple*float", lambda: (1,) * 2.0), ("list+plain", lambda: [1] + Plain()),
                 ("str+plain", lambda: "a" + Plain()), ("tuple+raddnot", lambda: (1,) + RaddNot()),
                 ("bytes*plain", lambda: b"x" * Plain()),
                 ("S+plain", lambda: S("a") + Plain()), ("L+plain", lambda: L([1]) + Plain()),
                 ("L*count", lambda: L([1]) * Count(2))):
    attempt(label, f)
