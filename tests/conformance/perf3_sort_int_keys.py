# sorted()/list.sort with int keys: stable order of equal keys, reverse, presorted input, wide spreads,
# negative and huge values, int subclasses and bools mixed in, and errors.
import random

rng = random.Random(7)
pairs = [(rng.randrange(20), i) for i in range(200)]
print(sorted(pairs, key=lambda p: p[0])[:25])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:25])
print([p[1] for p in sorted(pairs, key=lambda p: -p[0])][:30])

# equal keys keep their order: identity of distinct equal int objects is observable
a = [int("1000"), int("999"), int("1000"), int("999")]
s = sorted(a)
print(s, s[0] is a[1], s[1] is a[3], s[2] is a[0], s[3] is a[2])
r = sorted(a, reverse=True)
print(r, r[0] is a[0], r[1] is a[2], r[2] is a[1], r[3] is a[3])

# presorted and reverse-presorted inputs
up = list(range(-50, 50)) + [49, 49, 50]
print(sorted(up) == up, sorted(up, reverse=True)[:5])
down = up[::-1]
print(sorted(down, reverse=True) == down, sorted(down)[:5])
eq = [5] * 10
x = sorted(eq, reverse=True)
print(x, all(p is q for p, q in zip(x, eq)))

# spreads beyond 32 bits and 64-bit extremes
wide = [2**62, -2**62, 0, 2**40, -1, 2**63 - 1, -2**63, 3, 3]
print(sorted(wide))
print(sorted(wide, reverse=True))
big = [10**30, -10**30, 5, 2**64, -2**64, 7]
print(sorted(big), sorted(big, reverse=True))
vals = [rng.randrange(-2**33, 2**33) for _ in range(300)]
print(sorted(vals)[:5], sorted(vals)[-3:], sorted(vals) == sorted(vals, key=lambda v: v))

# bools and int subclasses mixed with ints
print(sorted([3, True, 0, False, 2, 1]))
class Weird(int):
    def __lt__(self, other):
        return int(self) > int(other)
w = [Weird(1), Weird(3), Weird(2)]
print([int(v) for v in sorted(w)])
print(sorted([1, 2, 3], key=lambda v: Weird(v)))
class MyInt(int):
    pass
m = [MyInt(5), 2, MyInt(1), 4]
print(sorted(m), [type(v).__name__ for v in sorted(m)])

# list.sort in place with keys and reverse
L = list(range(30))
rng.shuffle(L)
L.sort(key=lambda v: v % 7)
print(L)
L.sort(key=lambda v: v % 5, reverse=True)
print(L)
L.sort()
print(L)

# errors
try:
    sorted([3, 1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda v: "x" if v == 1 else v)
except TypeError as e:
    print(type(e).__name__, e)
M = [3, 2, 1]
def bad(v):
    M.append(v)
    return v
try:
    M.sort(key=bad)
except ValueError as e:
    print(type(e).__name__, e, M)
