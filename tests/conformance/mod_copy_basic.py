# krait: no-cpython-lib
# copy.copy and copy.deepcopy: built-in containers, memo, cycles, user classes, slots, hooks.
import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]['k'] is a[2]['k'], d == a)
t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
for v in [1, 2.5, 'str', b'b', None, True, 3j, range(3), len, frozenset({1}), int, Ellipsis]:
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v or type(v).__name__ == 'frozenset')
st = {1, 2}
print(copy.copy(st) == st, copy.copy(st) is st)
ba = bytearray(b'xy')
print(copy.copy(ba), copy.copy(ba) is ba)
dd = {'a': [1]}
print(copy.copy(dd)['a'] is dd['a'], copy.deepcopy(dd)['a'] is dd['a'])

cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is not cyc)
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is not shared)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y, id(memo) in memo)
print(copy.deepcopy(x, {id(x): 'pre'}))

class Plain:
    def __init__(self):
        self.items = [1, 2]
        self.name = 'p'
p = Plain()
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(type(pc).__name__, pc.items is p.items, pd.items is p.items, pd.items == p.items, pd.name)

class Slotted:
    __slots__ = ('a', 'b')
sl = Slotted()
sl.a = [1]
sc = copy.copy(sl)
sd = copy.deepcopy(sl)
print(sc.a is sl.a, sd.a is sl.a, sd.a, hasattr(sd, 'b'))

class Hooks:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Hooks(self.v + 1)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Hooks(self.v + 100)
print(copy.copy(Hooks(1)).v, copy.deepcopy(Hooks(1)).v)
print(copy.deepcopy([Hooks(5)])[0].v)

class State:
    def __init__(self):
        self.x = 1
        self.cache = 'big'
    def __getstate__(self):
        s = dict(self.__dict__)
        del s['cache']
        return s
    def __setstate__(self, s):
        print('setstate', sorted(s))
        self.__dict__.update(s)
        self.cache = None
sc = copy.deepcopy(State())
print(sc.x, sc.cache)

class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b + 1))
r = copy.copy(Reduced(1, 2))
print(r.a, r.b)

class WithNewArgs(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __getnewargs__(self):
        return (int(self) // 2,)
w = copy.copy(WithNewArgs(5))
print(w, type(w).__name__)

class Meth:
    def __init__(self):
        self.n = 3
    def get(self):
        return self.n
m = Meth()
bm = copy.deepcopy(m.get)
print(bm(), bm.__self__ is m)

class Error(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
e = copy.copy(Error('m', 7))
print(type(e).__name__, e.args, e.code)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))

def gen():
    yield 1
try:
    copy.deepcopy(gen())
except TypeError as e:
    print(type(e).__name__, e)
