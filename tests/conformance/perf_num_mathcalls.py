# math.sqrt/sin/cos inside fused arithmetic: domain errors, ints, NaN/inf, rebinding the names.
import math
from math import sqrt, sin, cos


def norms(x, y):
    try:
        d = math.sqrt(x * x + y * y) + 0.0
        e = sqrt(x - y) * 2
        print(repr(d), repr(e))
    except ValueError as err:
        print(type(err).__name__, err)


norms(3, 4)
norms(3.0, 4)
norms(1, 2)
norms(float("inf"), 1)
norms(float("nan"), 1)
norms(-0.0, 0.0)


def trig(t):
    try:
        a = sin(t) * 2 + cos(t)
        b = math.sin(t) - math.cos(t * 2)
        print(round(a, 12), round(b, 12))
    except ValueError as err:
        print(type(err).__name__, err)


trig(0)
trig(1.5)
trig(10 ** 3)
trig(float("inf"))
trig(float("nan"))


def big_arg():
    try:
        r = math.sqrt(10 ** 400) * 1.0
        print(r)
    except OverflowError as err:
        print(type(err).__name__, err)
    s = math.sqrt(2 ** 60) + 0
    print(s)


big_arg()


def rebinding():
    global sqrt
    saved = sqrt
    sqrt = lambda v: v * 10
    x = sqrt(4) + 1
    print(x)
    sqrt = lambda v: "str"
    try:
        y = sqrt(4) + 1
    except TypeError as err:
        print(type(err).__name__, err)
    sqrt = saved
    z = sqrt(16) + 1
    print(z)


rebinding()


class FakeMath:
    @staticmethod
    def sqrt(v):
        return -1


def other_module(m):
    r = m.sqrt(9.0) * 2
    return r


print(other_module(FakeMath))
print(other_module(math))


class Num:
    def __float__(self):
        return 2.25


def dunder_float():
    r = math.sqrt(Num()) * 2
    print(r)
    try:
        s = math.sqrt("x") * 2
    except TypeError as err:
        print(type(err).__name__, err)


dunder_float()
