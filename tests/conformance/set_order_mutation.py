# Removal leaves dummies: later insertions reuse them, pop() scans from a moving finger, clear() shrinks.
def S(*xs):
    s = set()
    for x in xs:
        s.add(x)
    return s
a = S(1, 9, 17)
a.remove(1); a.remove(9)
a.add(25)
print(a)
a = S(1, 9, 2)
a.remove(1); a.remove(9)
a.add(17); a.add(0)
print(a)
a = set([1, 33, 35, 4, 38, 9, 10, 13, 14, 19, 20, 25, 29, 30])
for x in [1, 35, 38, 10, 14, 20, 29]:
    a.remove(x)
print(a)
for i in range(6):
    a.add(i)
    print(a)
s = set(range(100, 0, -7))
print(s.pop(), s.pop(), s.pop())
print(s)
s.add(65); s.add(2)
print(s, s.pop())
s = set(range(40))
popped = [s.pop() for _ in range(10)]
print(popped, s)
for k in range(100, 140):
    s.add(k)
print(s)
s.clear()
print(s, len(s))
s.update(range(30, 0, -4))
print(s)
big = set(range(1000))
for k in range(0, 1000, 3):
    big.discard(k)
big.difference_update(range(0, 1000, 5))
print(len(big), list(big)[:20])
t = set()
for k in range(200):
    t.add(k * 37 % 101)
    if k % 3 == 0:
        t.discard(k * 11 % 101)
print(t)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
it = iter(s)
next(it)
s.discard(3)
s.add(4)
print(list(it))
