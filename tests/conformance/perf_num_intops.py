# Int operators inside fused arithmetic (% // << >> & | ^): floor semantics, errors, big results, floats.


def table(a, b):
    out = []
    for x in (a, -a):
        for y in (b, -b):
            try:
                r = (x % y, x // y, x & y, x | y, x ^ y)
            except ZeroDivisionError as e:
                r = (type(e).__name__, str(e))
            out.append(r)
    return out


print(table(7, 3))
print(table(7, 0))
print(table(2 ** 60, 7))
print(table(5, 2 ** 60))


def shifts(a, b):
    try:
        r = a << b
        s = a >> b
        t = (a << b) + 1
        print(r, s, t, type(t).__name__)
    except ValueError as e:
        print(type(e).__name__, e)
    except TypeError as e:
        print(type(e).__name__, e)


shifts(1, 3)
shifts(-5, 1)
shifts(1, 52)
shifts(1, 53)
shifts(3, 70)
shifts(-3, 70)
shifts(1, -1)
shifts(1.5, 2)
shifts(2 ** 70, 3)


def mixed_floats(x, y):
    try:
        a = x % y + 0
        b = x // y * 1
        print(repr(a), repr(b))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        c = (x & 1) + 0
        print(c)
    except TypeError as e:
        print(type(e).__name__, e)


mixed_floats(7.5, 2)
mixed_floats(-7.5, 2)
mixed_floats(7, 2.0)
mixed_floats(7, -0.0)
mixed_floats(-0.0, 5)


def eval_a(i, j):
    ij = i + j
    return 1.0 / ((ij * (ij + 1) >> 1) + i + 1)


print([eval_a(i, j) for i in range(3) for j in range(3)])
print(eval_a(10 ** 9, 10 ** 9))


def counters(n):
    evens = 0
    bits = 0
    acc = 0
    i = 0
    while i < n:
        if i % 2 == 0:
            evens += 1
        bits |= i
        acc ^= i << 2
        acc = acc % 1000003
        i += 1
    return evens, bits, acc


print(counters(100))
print(counters(0))


def strings_mod():
    x = 3
    x = x * 2
    s = "%d items" % x
    t = "%s" % (x + 0.5)
    print(s, t)


strings_mod()


class Weird(int):
    def __mod__(self, other):
        return "mod"

    def __rshift__(self, other):
        return "rshift"


def weird(w):
    a = w % 3
    b = w >> 1
    c = 10 - w * 2
    print(a, b, c)


weird(Weird(9))
