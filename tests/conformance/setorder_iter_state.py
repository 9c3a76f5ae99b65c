# __length_hint__, __reduce__ and __setstate__ of the built-in iterators, and copying iterators through them.
import copy
import pickle
import re


def clean(o):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(o))


def show(name, it, adv=1):
    for _ in range(adv):
        next(it, None)
    try:
        lh = it.__length_hint__()
    except AttributeError as e:
        lh = "AttributeError"
    print(name, type(it).__name__, lh, clean(it.__reduce__()))
    f, args, *state = it.__reduce__()
    again = f(*args)
    if state:
        again.__setstate__(state[0])
    print("   rebuilt:", type(again).__name__, list(again), "copied:", list(copy.copy(it)),
          "pickled:", list(pickle.loads(pickle.dumps(it))))
    for _ in range(10):
        next(it, None)
    try:
        lh = it.__length_hint__()
    except AttributeError as e:
        lh = "AttributeError"
    print("  exhausted", lh, clean(it.__reduce__()), list(copy.copy(it)))


show("list", iter([1, 2, 3]))
show("list", iter([1, 2, 3]), 0)
show("revlist", reversed([1, 2, 3]))
show("tuple", iter((1, 2, 3)))
show("str", iter("abc"))
show("ustr", iter("ab\u00e9"))
show("astral", iter("\U0001f600b\U0001f601c"), 2)
show("bytes", iter(b"abc"))
show("bytearray", iter(bytearray(b"abc")))
show("range", iter(range(1, 10, 2)))
show("revrange", reversed(range(1, 10, 2)), 2)
show("longrange", iter(range(2**65, 2**65 + 5)))
show("revlongrange", reversed(range(2**65, 2**65 + 5)))
show("set", iter({1, 2, 3}))
show("dictk", iter({1: 2, 3: 4}))
show("dictv", iter({1: 2, 3: 4}.values()))
show("dicti", iter({1: 2, 3: 4}.items()))
show("rdk", reversed({1: 2, 3: 4, 5: 6}))
show("rdv", reversed({1: 2, 3: 4, 5: 6}.values()))
show("rdi", reversed({1: 2, 3: 4}.items()))
show("reversed tuple", reversed((1, 2, 3)))
show("reversed str", reversed("xyz"))
show("enumerate", enumerate([1, 2, 3], 5))
show("enumerate big", enumerate("ab", 2**64))
show("zip", zip([1, 2, 3], "abc"))
show("zip strict", zip([1, 2, 3], "abc", strict=True))
show("map", map(abs, [-1, -2, -3]))
show("map2", map(pow, [1, 2, 3], [2, 2, 2]))
show("filter", filter(None, [0, 1, 2, 0, 3]))

it = iter([1, 2, 3, 4]); it.__setstate__(2); print(next(it), it.__length_hint__())
it = iter([1, 2, 3, 4]); it.__setstate__(-5); print(next(it))
it = iter([1, 2, 3, 4]); it.__setstate__(10); print(next(it, "end"), it.__length_hint__())
it = reversed([1, 2, 3, 4]); it.__setstate__(1); print(next(it), it.__length_hint__())
it = reversed([1, 2, 3, 4]); it.__setstate__(10); print(next(it), it.__length_hint__())
it = reversed([1, 2, 3, 4]); it.__setstate__(-7); print(next(it, "end"), it.__length_hint__())
it = iter(range(10)); it.__setstate__(3); print(next(it), it.__length_hint__())
it = iter(range(10, 0, -3)); it.__setstate__(2); print(next(it), it.__length_hint__(), it.__reduce__())
it = iter(range(2**70, 2**70 + 9)); it.__setstate__(7); print(next(it), it.__length_hint__())
it = iter("abcd"); it.__setstate__(3); print(next(it), it.__length_hint__())
it = iter("a\U0001f600cd"); it.__setstate__(1); print(next(it), it.__length_hint__(), it.__reduce__())
it = iter((1, 2, 3)); it.__setstate__(True); print(next(it))
it = iter(b"xyz"); it.__setstate__(2); print(next(it), it.__length_hint__())
it = reversed((1, 2, 3)); it.__setstate__(0); print(next(it), next(it, "end"))
it = zip([1], [2]); it.__setstate__(True); print(clean(it.__reduce__()))
for bad in ("x", 1.5, None):
    try:
        iter([1]).__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    iter([1]).__setstate__()
except TypeError as e:
    print("TypeError", e)
for call in (lambda: iter([1]).__length_hint__(1), lambda: iter({1}).__reduce__(2), lambda: iter([1]).__next__(1),
             lambda: iter(range(2)).__iter__(3)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
l = [1, 2]; it = iter(l); l.append(3); print(it.__length_hint__(), list(it))
l = [1, 2, 3]; it = iter(l); next(it); l.clear(); print(it.__length_hint__(), list(it))
d = {1: 1, 2: 2}; it = iter(d); next(it); d[3] = 3; print(it.__length_hint__())
s = {1, 2}; it = iter(s); s.add(9); print(it.__length_hint__())
print(list(reversed([])), list(reversed(range(0))), list(enumerate([], 3)), list(zip()), list(map(abs, [])))
print(list(enumerate("abc", -2)), list(enumerate("ab", start=True)), list(zip("ab", [1, 2, 3])))
try:
    list(zip("ab", [1, 2, 3], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip("abc", [1, 2], "x", strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    reversed()
except TypeError as e:
    print("TypeError", e)
try:
    reversed([], [])
except TypeError as e:
    print("TypeError", e)


def flaky(x):
    if x == 2:
        raise ValueError("two")
    return x


m = map(flaky, [1, 2, 3])
print(next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError", e)
print(next(m), next(m, "end"))
calls = iter([1, 2, 3])


def source():
    return next(calls)


it = iter(source, 99)
print(list(it), next(it, "end"), it.__reduce__())
