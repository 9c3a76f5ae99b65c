# o[lo:a + b] slices without boxing the sum when everything is an int; every other case must behave as the
# addition followed by the slice: overloads, subclasses, bools, big ints, order of evaluation, errors.
import sys
import traceback

seq = "GGTATTTTAATTTATAGT"
k = 4
print([seq[i:i + k] for i in range(0, 16, 3)])
print(seq[2:2 + 0], repr(seq[5:5 - 9]), seq[-6:-6 + 3], seq[None:1 + 2], seq[:3 + 100])
print(seq[10:10 + 1], seq[0:0 + len(seq)] is seq, seq[3:1 + 1] == "")
astral = "a\U0001F600b\U0001F601c"
print([astral[i:i + 2] for i in range(5)])
print([1, 2, 3, 4, 5][1:1 + 2], (1, 2, 3, 4, 5)[2:2 + 2], b"abcdef"[1:1 + 3], bytearray(b"xyz")[0:0 + 2])
print(range(10)[2:2 + 5], memoryview(b"hello")[1:1 + 2].tobytes())
big = 2 ** 70
print(seq[0:big + 1], seq[3:big - big + 5], seq[2:(2 ** 62) + (2 ** 62)])
print(seq[1:True + True], seq[False:1 + 0.0 if False else 2])


class Index(int):
    def __add__(self, other):
        print("Index.__add__", int(self), other)
        return 3


class Seq:
    def __getitem__(self, key):
        return ("getitem", key.start, key.stop, key.step)


print(seq[0:Index(1) + 1], seq[0:1 + Index(1)])
print(Seq()[1:2 + 3], Seq()[:4 + 4])


class Str(str):
    def __getitem__(self, key):
        return "Str" + str((key.start, key.stop))


print(Str("abcdef")[1:1 + 2])


class Tup(tuple):
    def __getitem__(self, key):
        return "Tup", key.start, key.stop


class Lst(list):
    pass


print(Tup((1, 2, 3))[0:1 + 1], Lst([1, 2, 3, 4])[1:1 + 2], type(Lst([1, 2])[0:0 + 1]).__name__)
t = (5, 6, 7, 8)
print(t[0:0 + 4] is t, t[3:3 + 0] == (), t[1:1 + 1], t[-3:-3 + 2], [t[i:i + 1] for i in range(4)])


def trace(label, value):
    print("eval", label)
    return value


print(trace("obj", seq)[trace("lo", 1):trace("a", 2) + trace("b", 3)])

five = 5
for expr in ("seq[0:1 + 'x']", "seq[0:'x' + 1]", "five[0:1 + 1]", "seq['a':1 + 1]", "seq[0:[] + []]",
             "seq[0:1.5 + 1]", "[1, 2][0:None + 1]"):
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)


def unbound():
    s = "abcdef"
    print(s[0:n + 1])
    n = 1


try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def lines():
    s = "abcdef"
    a = 1
    return s[0:a + "b"]


try:
    lines()
except TypeError as e:
    print("".join(traceback.format_exception_only(type(e), e)).strip())
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("line", tb.tb_lineno - lines.__code__.co_firstlineno)


def gen(s):
    for i in range(3):
        yield s[i:i + (yield i)]


g = gen("abcdef")
print(next(g), g.send(2), next(g), g.send(3))
counts = {}
get = counts.get
text = "ACGTACGTTTACG" * 30
for i in range(len(text) - 3 + 1):
    key = text[i:i + 3]
    counts[key] = get(key, 0) + 1
print(sorted(counts.items())[:6], len(counts), sum(counts.values()))
