# list.extend / list += / list() / tuple() / sorted() from iterables: what the iterator sees, what stays after an
# exception, self-extension, list subclasses, and sizes past the growth steps.
l = [1]
l += (x + 1 for x in l if len(l) < 5)
print(l)
l = [1]
l.extend(x * 2 for x in l if len(l) < 4)
print(l)

def stops_after_two():
    yield 1
    yield 2
    raise ValueError("boom")

for how in ("extend", "iadd"):
    m = [0]
    try:
        if how == "extend":
            m.extend(stops_after_two())
        else:
            m += stops_after_two()
    except ValueError as e:
        print(how, type(e).__name__, e, m)

a = [1, 2, 3]
a.extend(a)
print(a)
a += a
print(a, len(a))
b = []
b.extend(b)
b += b
print(b)
t = (7, 8)
c = [0]
c.extend(t)
c += t
c.extend("ab")
c += {"k": 1, "j": 2}
c.extend(range(3))
c.extend({5})
print(c)

class Backwards(list):
    def __iter__(self):
        return iter([v for v in list.__iter__(self)][::-1])
r = Backwards([1, 2, 3])
d = [0]
d.extend(r)
print(d)
class Tracked(list):
    pass
tr = Tracked([1])
tr += (i for i in range(3))
print(tr, type(tr).__name__)
tr.extend(iter([9]))
print(tr)

for bad in (5, None, 2.5):
    try:
        [].extend(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        x = []
        x += bad
    except TypeError as e:
        print(type(e).__name__, e)

def count_up(n):
    for i in range(n):
        yield i

for n in (0, 1, 15, 16, 17, 1000, 100003):
    got = list(count_up(n))
    tp = tuple(count_up(n))
    srt = sorted(count_up(n), reverse=True)
    print(n, len(got), sum(got), len(tp), tp[-1:] if tp else tp, srt[:2], type(tp).__name__)

try:
    list(stops_after_two())
except ValueError as e:
    print("list", type(e).__name__, e)
try:
    tuple(stops_after_two())
except ValueError as e:
    print("tuple", type(e).__name__, e)

# the list an iterator builds while list() runs is not the one list() returns
seen = []
def watch():
    for i in range(3):
        seen.append(i)
        yield len(seen)
print(list(watch()), seen)
big = []
big.extend(i % 7 for i in range(50000))
big += (i % 3 for i in range(50000))
print(len(big), sum(big), big[49998:50002])
