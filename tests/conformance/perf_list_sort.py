# list.sort / sorted over homogeneous ints, floats and strs (fast paths) and mixed or user-defined keys.
import random
r = random.Random(7)
ints = [r.randrange(-10**6, 10**6) for _ in range(500)] + [2**62, -2**62, 0, 0, 5]
print(sorted(ints)[:8], sorted(ints)[-3:], sorted(ints, reverse=True)[:4])
# stability: equal keys keep their order, also with reverse=True
pairs = [(r.randrange(10), i) for i in range(300)]
print(sorted(pairs, key=lambda p: p[0])[:12])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:12])
big = [1000 + i % 7 for i in range(200)]
objs = sorted(big)
print(objs[:5], all(objs[i] <= objs[i + 1] for i in range(len(objs) - 1)))
# identity of equal ints keeps the original order
a, b = int('123456789'), int('123456789')
lst = [b, a] + list(range(100))
s = sorted(lst)
print(s[-1] is a, s[-2] is b)
s = sorted(lst, reverse=True)
print(s[0] is b, s[1] is a)
floats = [r.uniform(-1e6, 1e6) for _ in range(400)] + [0.0, -0.0, float('inf'), -float('inf')]
fs = sorted(floats)
print(fs[:2], fs[-2:], [repr(x) for x in fs if x == 0])
print([repr(x) for x in sorted([0.0, -0.0] * 40)][:6])
nan = float('nan')
withnan = [3.0, nan, 1.0, 2.0] * 5
print(sorted(withnan))
words = ['%x' % r.randrange(10**9) for _ in range(300)] + ['', 'a', 'A', 'é', '\uffff', '\U0001F600']
print(sorted(words)[:6], sorted(words)[-4:])
bmp = ['b', 'a', '\uffee', '\ud7ff', 'z'] * 20
print(sorted(bmp)[::20])
print(sorted(['x\U0001F600', 'x\uffff', 'x'] * 30)[::30])
# mixed types and user classes
try:
    sorted([1, 'a'] * 50)
except TypeError as e:
    print('TypeError', e)
print(sorted([1, 2.5, True, -3, 10**30, 0.5] * 20)[::20])
class K:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.calls += 1
        return self.v < o.v
    def __repr__(self): return 'K(%d)' % self.v
ks = sorted([K(v) for v in [5, 3, 9, 1, 7] * 15])
print(ks[:3], ks[-1], K.calls > 0)
class MyInt(int):
    def __lt__(self, o): return int(self) > int(o)
print(sorted([MyInt(v) for v in range(70)])[:5])
# key function: called once per item, in order; the list looks empty meanwhile
seen = []
lst = [3, 1, 2]
def key(x):
    seen.append((x, len(lst)))
    return -x
lst.sort(key=key)
print(lst, seen)
lst = [3, 1, 2] * 30
try:
    lst.sort(key=lambda x: lst.append(0) or x)
except ValueError as e:
    print('ValueError', e, len(lst), lst[:3])
lst = [5, 4, 3] * 30
try:
    lst.sort(key=lambda x: 1 // (x - 3))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, lst[:4])
one = [1]
one.sort(key=lambda x: print('key of', x) or x)
print(sorted([], key=len), sorted([[]], key=len))
t = list(range(40, 0, -1)); t[20] = 'x'
try:
    t.sort()
except TypeError as e:
    print('TypeError', e, t[:3])
print(sorted(range(200), key=lambda v: v % 3)[:5], sorted('hello world'))
