# sum() over generators and other iterables: the exact-int accumulator and every way out of it (overflow to
# big ints, bools, floats, int subclasses with their own __add__/__radd__, strings and other errors).
import sys

print(sum(x for x in range(100000)))
print(sum(i * i for i in range(1, 2001) if i % 3))
print(sum([]), sum([], 7), sum((), -3), sum(iter([5])))
print(sum([sys.maxsize, 1]), sum([sys.maxsize, sys.maxsize, -sys.maxsize]))
print(sum([-sys.maxsize - 1, -1]), sum(x for x in [2 ** 62, 2 ** 62, 2 ** 62, -2 ** 63]))
print(sum([2 ** 100, 1, 2]), sum([1, 2 ** 100, -2 ** 100]))
print(sum([True, True, 3]), sum([1, True]), sum([True, False, True]))
print(sum([], True), sum([1], True), type(sum([True, True])).__name__)
print(sum([1, 2.5, 3]), sum([1.5, 2]), sum([1, 2], 0.5))
print(sum([1, 2j, 3]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))


class MyInt(int):
    def __add__(self, other):
        print("MyInt.__add__", int(self), other)
        return MyInt(int(self) + int(other))

    def __radd__(self, other):
        print("MyInt.__radd__", other, int(self))
        return MyInt(int(other) + int(self) + 100)


r = sum([1, 2, MyInt(3), 4])
print(type(r).__name__, r)
r = sum([MyInt(5), 1], 0)
print(type(r).__name__, r)
r = sum([1, 2], MyInt(10))
print(type(r).__name__, r)


class Acc:
    def __radd__(self, other):
        return "radd(%r)" % (other,)


print(sum([1, 2, Acc()]))

for args in ([1, "a"], ["a", "b"], [1, None], [2 ** 70, "x"]):
    try:
        print(sum(args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sum(["a"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum()
except TypeError as e:
    print(type(e).__name__, e)


def failing():
    yield 1
    yield 2
    raise ValueError("from generator")


try:
    sum(failing())
except ValueError as e:
    print(type(e).__name__, e)
print(sum(range(10), start=100), sum(x for x in range(5)) == 10)
