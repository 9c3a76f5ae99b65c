# CPython's set order in the cases programs print most: displays, set(), pops, deletes then adds, growth.
print(set([3, 1, 2]), {10, 2, 33, 100000, -1}, {-1, -2, -3}, {0.5, 1.5, 2.5, 1, 2})
print({None, True, False, 0, 1}, {(1, 2), (2, 1), (), (0,)}, {frozenset(), frozenset({1}), frozenset({1, 2})})
print(set(range(20, 0, -1)), set(range(0, 200, 16)), set(range(-8, 8)))
print(frozenset([3, 1, 2]), frozenset(range(9, 0, -1)), {2**61, 2**61 - 1, 2**62, -(2**61), 2**64 + 3})
print(list({8, 16, 24, 32, 40, 48, 56, 64, 72}), sorted({3, 1, 2}) == [1, 2, 3])
s = set()
for i in range(0, 100, 7):
    s.add(i * 13)
print(s)
for i in range(0, 100, 21):
    s.discard(i * 13)
print(s)
s.update([1, 2, 3, 99, 98])
print(s)
print([s.pop() for _ in range(5)], s)
s.add(-5)
print(s, s.pop())
t = {x * x for x in range(-6, 7)}
print(t, {x % 5 for x in t}, {(x, -x) for x in range(4)})
a = {1, 9, 17, 25, 33}
b = {33, 25, 2, 10}
print(a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
print(a.union([100, 8]), a.intersection([33, 1, 0]), a.difference([9]), a.symmetric_difference([1, 2, 3]))
c = a.copy()
c.remove(9)
c.add(41)
c.add(9)
print(c, frozenset(c) == c, hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({(1, 2), None})))
print(hash(1.5), hash(-0.0), hash(float("inf")), hash(float("-inf")), hash(None) == hash(None), hash(True),
      hash((1, 2)), hash(()), hash((None,)) == hash((None,)), hash((1.5, -1)), hash(-1), hash(2**61 - 1))
big = set()
for i in range(1, 3000, 3):
    big.add(i * 1000003 % 4099)
print(len(big), list(big)[:20], list(big)[-5:])
u = set(range(10))
u &= {9, 8, 1}
u |= {100, 3}
u -= {8}
u ^= {1, 42}
print(u)
x = {5, 6, 7, 8}
x.pop()
x &= {6, 7, 8}
print(x.pop(), x)
print(set({3: 1, 1: 2, 2: 3}), set({3: 1, 1: 2}.items()), dict.fromkeys({9, 1, 5}), {*[4, 2], *(8, 0)})
