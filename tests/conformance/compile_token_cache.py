# Many small functions in one program with every kind of call site (many arguments, nested calls deep on the
# evaluation stack, constructors, generators, handlers), so code generation's cached-token path runs; each result is printed.
import sys


def f0():
    return None


def f1(a):
    return [a, (a, a), {a: a}]


def f2(a, b):
    return a + b, a - b, a * b


def f3(a, b, c):
    return max(a, b, c), min(a, b, c), sorted([c, b, a])


def f4(a, b, c, d):
    return f3(f2(a, b)[0], f2(c, d)[1], f1(a)[0]), divmod(a * 7 + 3, b)


def f5(a, b, c, d, e):
    return f4(a, b, c, d)[0][2] + [e, len(str(e)), abs(-e)]


def f6(a, b, c, d, e, g):
    return f5(f2(a, b)[2], f2(b, c)[2], f2(c, d)[2], f2(d, e)[2], f2(e, g)[2])


def f7(*args, **kw):
    return len(args), sorted(kw.items()), f6(*args[:6]) if len(args) >= 6 else None


def f8(x):
    try:
        return int(x)
    except ValueError as e:
        return type(e).__name__ + ': ' + str(e)
    finally:
        pass


def f9(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        total += i * i
    else:
        total = -total
    return total


def f10(n):
    yield from range(n)
    yield n * 10


def f11(s):
    return {c: s.count(c) for c in sorted(set(s))}


def f12(a):
    return [x * y for x in range(a) for y in range(x) if (x + y) % 2]


def f13(obj):
    return getattr(obj, 'missing', 'default'), hasattr(obj, 'real'), isinstance(obj, (int, str))


class Box:
    count = 0

    def __init__(self, v):
        self.v = v
        Box.count += 1

    def __repr__(self):
        return 'Box(%r)' % (self.v,)

    def __add__(self, other):
        return Box(self.v + (other.v if isinstance(other, Box) else other))

    def __lt__(self, other):
        return self.v < other.v

    def scaled(self, k, extra=0):
        return Box(self.v * k + extra)


def f14(n):
    return sorted([Box(i * 37 % 11) for i in range(n)])


def f15(n):
    b = Box(1)
    for i in range(n):
        b = b + i
        b = b.scaled(2, extra=i)
    return b


def f16(d):
    out = []
    for k, v in sorted(d.items()):
        out.append(f'{k}={v!r:>6}|{v:<4}|')
    return ''.join(out)


def f17():
    x = 10

    def inner(y):
        nonlocal x
        x += y
        return x

    return inner(1), inner(2), x


def f18(seq):
    a, *b, c = seq
    return a, b, c


def f19(v):
    match v:
        case [x, y]:
            return 'pair', x, y
        case {'k': k}:
            return 'map', k
        case Box(v=w) if w > 3:
            return 'big box', w
        case _:
            return 'other', v


def f20(n):
    with open(__file__, encoding='utf-8') as fh:
        first = fh.readline().rstrip('\n')
    return first[:20], n


def f21(n):
    lam = lambda a, b=2, *c, d=4, **e: (a, b, c, d, sorted(e))
    return lam(n), lam(n, 3, 5, 6, d=7, z=8)


def f22(n):
    try:
        raise KeyError(n)
    except (TypeError, KeyError) as e:
        return repr(e)


def f23(n):
    try:
        return [1, 2, 3][n]
    except IndexError as e:
        return str(e)


def f24(n):
    s = 0.0
    i = 0
    while i < n:
        s += i / 4
        i += 1
    return s, round(s, 3), int(s) // 3


print(f0())
print(f1(3))
print(f2(7, 5))
print(f3(3, 9, 1))
print(f4(8, 3, 5, 2))
print(f5(1, 2, 3, 4, 5))
print(f6(1, 2, 3, 4, 5, 6))
print(f7(1, 2, 3, 4, 5, 6, z=1, a=2))
print(f7())
print(f8('42'), f8('4x2'))
print(f9(20))
print(list(f10(4)))
print(f11('mississippi'))
print(f12(6))
print(f13(5), f13('s'), f13(2.5))
print(f14(8), Box.count)
print(f15(5))
print(f16({'b': 2, 'a': 'x', 'c': 3.5}))
print(f17())
print(f18('abcdef'), f18([1, 2]))
print(f19([1, 2]), f19({'k': 9}), f19(Box(5)), f19(Box(1)), f19(3))
print(f20(1))
print(f21(1))
print(f22('k'))
print(f23(1), f23(5))
print(f24(10))
try:
    f2(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f3(1, 2, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    Box(1) + 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit() > 100)
