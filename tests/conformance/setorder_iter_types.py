# The built-in iterators' types: CPython's names, the protocol methods each type has, and the messages
# that name them.
import re


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


class SeqLen(Seq):
    def __len__(self):
        return 3


cases = [
    ("list", lambda: iter([1, 2])),
    ("reversed list", lambda: reversed([1, 2])),
    ("tuple", lambda: iter((1, 2))),
    ("reversed tuple", lambda: reversed((1, 2))),
    ("ascii str", lambda: iter("ab")),
    ("str", lambda: iter("a\u00e9")),
    ("astral str", lambda: iter("a\U0001f600")),
    ("empty str", lambda: iter("")),
    ("reversed str", lambda: reversed("ab")),
    ("bytes", lambda: iter(b"ab")),
    ("bytearray", lambda: iter(bytearray(b"ab"))),
    ("range", lambda: iter(range(3))),
    ("reversed range", lambda: reversed(range(3))),
    ("long range", lambda: iter(range(2**64, 2**64 + 2))),
    ("reversed long range", lambda: reversed(range(-2**70, 0, 2**68))),
    ("set", lambda: iter({1, 2})),
    ("frozenset", lambda: iter(frozenset({1}))),
    ("dict", lambda: iter({1: 2})),
    ("dict keys", lambda: iter({1: 2}.keys())),
    ("dict values", lambda: iter({1: 2}.values())),
    ("dict items", lambda: iter({1: 2}.items())),
    ("reversed dict", lambda: reversed({1: 2})),
    ("reversed keys", lambda: reversed({1: 2}.keys())),
    ("reversed values", lambda: reversed({1: 2}.values())),
    ("reversed items", lambda: reversed({1: 2}.items())),
    ("sequence protocol", lambda: iter(Seq())),
    ("reversed sequence", lambda: reversed(SeqLen())),
    ("callable", lambda: iter(lambda: 1, 1)),
    ("enumerate", lambda: enumerate("ab")),
    ("zip", lambda: zip("ab", "cd")),
    ("map", lambda: map(str, [1])),
    ("filter", lambda: filter(None, [1])),
    ("generator", lambda: (x for x in [1])),
]
def call_next(it):
    try:
        return it.__next__()
    except StopIteration as e:
        return "StopIteration" + repr(e.args)


PROTOCOL = ("__next__", "__iter__", "__length_hint__", "__reduce__", "__setstate__")
for label, make in cases:
    it = make()
    t = type(it)
    has = [n for n in PROTOCOL if n in t.__dict__]
    print(f"{label}: {t.__name__} {t.__qualname__} {t.__module__} {has}")
    print("   ", re.sub(r"0x[0-9a-f]+", "ADDR", repr(it)), iter(it) is it, next(it, "end"), call_next(it), call_next(it))
    try:
        it.no_such_attribute
    except AttributeError as e:
        print("    AttributeError", e)
    try:
        it[0]
    except TypeError as e:
        print("    TypeError", e)
    try:
        len(it)
    except TypeError as e:
        print("    TypeError", e)
    try:
        it.foo = 1
    except AttributeError as e:
        print("    AttributeError", e)

for make in (lambda: iter([]), lambda: iter(range(2)), lambda: iter({}), lambda: iter(set()), lambda: reversed(())):
    t = type(make())
    try:
        t()
    except TypeError as e:
        print("TypeError", e)

# The classes that CPython's builtins are.
for cls in (reversed, enumerate, zip, map, filter):
    print(cls, type(cls), cls.__name__, isinstance(cls, type))
print(isinstance(enumerate([]), enumerate), type(zip()) is zip, type(map(abs, [])) is map,
      type(filter(None, [])) is filter, type(reversed((1,))) is reversed, type(reversed([])) is reversed)
print(isinstance(iter([]), type(iter([2]))), type(iter("x")) is type(iter("y")), type(iter("x")) is type(iter("\u00e9")))

# Exhausted iterators stay exhausted, even when the container grows afterwards.
l = [1]
it = iter(l)
print(list(it), l.append(2), list(it), next(it, "end"))
d = {1: 1}
it = iter(d)
print(list(it))
d[2] = 2
print(next(it, "end"))
b = bytearray(b"a")
it = iter(b)
print(list(it), b.append(98), list(it))
# A list iterator sees appends made before it is exhausted; the reverse one reads by index.
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x < 3:
        l.append(x + 10)
    if len(l) > 6:
        break
print(out, l)
l = [1, 2, 3, 4]
it = reversed(l)
print(next(it))
del l[2:]
print(list(it))
d = {1: 1, 2: 2}
it = iter(d.values())
next(it)
d[3] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2}
it = iter(s)
next(it)
s.add(3)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    reversed({1})
except TypeError as e:
    print("TypeError", e)
try:
    reversed(iter([]))
except TypeError as e:
    print("TypeError", e)


class NotReversible(SeqLen):
    __reversed__ = None


try:
    reversed(NotReversible())
except TypeError as e:
    print("TypeError", e)
print(list(reversed(SeqLen())), list(reversed("h\u00e9llo")), list(reversed("a\U0001f600b")), list(reversed({1: 2, 3: 4}.items())))
