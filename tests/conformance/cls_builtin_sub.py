class MyInt(int):
    def double(self): return self * 2
a = MyInt(3)
print(a, repr(a), type(a).__name__, a + 1, type(a + 1).__name__, a.double(), isinstance(a, int))
print(a == 3, a < 4, hash(a) == hash(3), -a, abs(MyInt(-2)), int(a), float(a), a.bit_length())
print([0, 1, 2, 3][a], f'{a:04d}', '%d' % a, str(a), 10 - a, 2 ** a, divmod(a, 2) if False else '')
print(range(MyInt(2)), {a: 'x'}[3], MyInt('42'), MyInt('ff', 16), MyInt())
class Named(int):
    def __new__(cls, v, name):
        obj = super().__new__(cls, v)
        obj.name = name
        return obj
    def __repr__(self): return f'Named({int(self)}, {self.name!r})'
n = Named(7, 'seven')
print(n, n.name, n + 1, str(n), [n])
class MyStr(str):
    def shout(self): return self.upper() + '!'
s = MyStr('hi')
print(s, repr(s), s.shout(), s + 'x', type(s + 'x').__name__, len(s), s[0], s == 'hi', 'h' in s, s * 2)
print(isinstance(s, str), {s: 1}['hi'], f'[{s:>5}]', s.startswith('h'), list(s))
class MyList(list):
    def total(self): return sum(self)
l = MyList([1, 2, 3])
print(l, repr(l), type(l).__name__, l.total(), len(l), l[0], l[-1], l[1:], type(l[1:]).__name__)
l.append(4); l.extend([5]); l[0] = 10
print(l, l.total(), 4 in l, list(l), sorted(l, reverse=True), type(l * 2).__name__, type(l + [1]).__name__)
l += [6]
print(l, type(l).__name__, bool(MyList()), l == [10, 2, 3, 4, 5, 6], MyList() == [])
l.attr = 'a'
print(l.attr, isinstance(l, list), MyList('ab'))
try: hash(l)
except TypeError as e: print(type(e).__name__, e)
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
d = MyDict(a=1)
print(d, d['a'], d['zz'], d.get('zz'), 'zz' in d, len(d), type(d).__name__)
d['b'] = 2
print(sorted(d.items()), list(d), d.keys())
class LogDict(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)
ld = LogDict()
ld['x'] = 1
print(ld['x'], ld.get('x'), ld)
class MyTuple(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
t = MyTuple(1, 2)
print(t, t.first, len(t), t + (3,), type(t + (3,)).__name__, t == (1, 2), hash(t) == hash((1, 2)))
x, y = t
print(x, y, isinstance(t, tuple))
class MyFloat(float):
    pass
f = MyFloat(1.5)
print(f, f + 1, type(f + 1).__name__, f * 2, round(f), int(f), f > 1, f'{f:.2f}', MyFloat('2.5'))
class MySet(set):
    pass
ms = MySet([1, 2])
ms.add(3)
print(sorted(ms), len(ms), 2 in ms, type(ms).__name__, type(ms | {9}).__name__)
class MyFrozen(frozenset): pass
print(sorted(MyFrozen([3, 1])), hash(MyFrozen()) == hash(frozenset()))
class Stack(list):
    def push(self, v): self.append(v)
    def peek(self): return self[-1]
st = Stack()
st.push(1); st.push(2)
print(st.peek(), st.pop(), st)
class InitList(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
print(InitList(3), InitList(3).n)
class Bool2(int):
    def __bool__(self): return False
print(bool(Bool2(5)), bool(MyInt(0)), bool(MyInt(2)))
class LenOverride(list):
    def __len__(self): return 42
print(len(LenOverride([1])))
class EqStr(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
print(EqStr('a') == 'b', hash(EqStr('a')) == hash('a'))
