# Set algebra and mutation in CPython's slot order (the table keeps key and hash side by side in one slot array).
import random
random.seed(5)
s = set()
for i in range(2000):
    op = random.randrange(6)
    v = random.randrange(300)
    if op < 3: s.add(v)
    elif op == 3: s.discard(v)
    elif op == 4 and s: s.pop()
    else: s |= {v, v + 1000, -v}
print(list(s)[:50], len(s))
a = set(range(0, 200, 3)); b = set(range(0, 200, 5))
print(list(a & b), list(a | b)[:20], list(a - b)[:20], list(a ^ b)[:20])
print(a <= (a | b), a.isdisjoint(b), hash(frozenset(a)) == hash(frozenset(list(a)[::-1])))
c = set(["x", "y", "z", 1.5, (1, 2)]); c.difference_update(["y"]); c.symmetric_difference_update({"x", "w"})
print(sorted(map(repr, c)), repr(frozenset()), {1, 2, 3})
