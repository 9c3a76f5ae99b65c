# Locals that hold numbers across statements: results, kinds and identity must be CPython's.
import math


def accumulate(n):
    s = 0.0
    t = 0
    for i in range(n):
        s += i * 0.5
        t += i
    return s, t


print(accumulate(10))
print(accumulate(0))


def kinds():
    a = 3
    b = a * 2
    c = b / 4
    d = b - a + 1
    e = -a
    f = a * 0
    g = -0.0
    h = g * 1
    k = 0 * -1
    print(a, b, c, d, e, f, g, h, k)
    print(type(a).__name__, type(b).__name__, type(c).__name__, type(d).__name__, type(e).__name__)
    print(repr(f), repr(g), repr(h), repr(k))
    x = 1.5
    x = x * 2
    print(x, type(x).__name__)
    x = "text"
    print(x)
    x = 7 - 2
    print(x, type(x).__name__)


kinds()


def big_ints():
    a = 2 ** 52
    b = a * 2
    c = b * 2 + 1
    d = c * c
    print(a, b, c, d)
    e = 9007199254740991
    f = e + 1
    g = f + 1
    print(e, f, g, type(g).__name__)
    h = -9007199254740993
    k = h + 0
    print(k)
    m = 10 ** 20
    n = m - 1
    print(n)


big_ints()


def specials():
    inf = float("inf")
    x = inf * 0
    print(x, math.isnan(x))
    y = inf - inf
    print(y)
    z = 1e308
    w = z * 10
    print(w)
    nan = float("nan")
    p = nan + 1
    print(p == p, p != p)
    q = 0.0
    r = -q
    print(r, math.copysign(1, r))
    s = 0
    t = -s
    print(t, repr(t))


specials()


def division(a, b):
    try:
        c = a / b
        print("ok", c)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        d = a * 1.0
        d /= b
        print("ok", d)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)


division(1, 0)
division(1.0, 0.0)
division(1, 2)
division(0, -1.0)


def identity():
    a = 1.5
    b = a * 2
    c = b
    print(b is c, c == b)
    lst = [b, b]
    print(lst[0] is lst[1])
    d = b
    print(d is b)


identity()


def unbound(flag):
    if flag:
        x = 1.0
    try:
        y = x * 2
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)


unbound(True)
unbound(False)


def deleted():
    x = 2.0 * 3
    del x
    try:
        print(x + 1.0)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 4.0 * 2
    print(x)


deleted()


def with_locals():
    a = 1.5 * 2
    b = a + 1
    return sorted(locals().items())


print(with_locals())


def in_traceback():
    v = 2.5 * 2
    w = v + 1
    raise ValueError("boom")


try:
    in_traceback()
except ValueError as e:
    tb = e.__traceback__.tb_next
    print(sorted(tb.tb_frame.f_locals.items()))


def compare_loop():
    i = 0
    total = 0.0
    while i < 10 and total <= 20.0:
        total = total + i * 1.5
        i += 1
    print(i, total)
    if i == 5:
        print("five")
    if total != 22.5:
        print("not", total)


compare_loop()


def walrus():
    x = 1.0 * 2
    y = x + (x := 10) + x
    print(x, y)


walrus()


def unpack():
    a = b = 0.0
    a = a + 1
    a, b = b * 2, a * 3
    print(a, b)
    for a in [1, 2.5, "s"]:
        print(a)


unpack()
