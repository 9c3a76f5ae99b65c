# Named slot methods of list, tuple, str, bytes, bytearray, dict, memoryview, range and slice.

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(repr(r))

show(lambda: [1].__add__([2]))
show(lambda: [1].__add__((2,)))
show(lambda: list.__add__([1], 'x'))
show(lambda: (1,).__add__((2, 3)))
show(lambda: (1,).__add__([2]))
show(lambda: 'a'.__add__('b'))
show(lambda: 'a'.__add__(1))
show(lambda: b'a'.__add__(b'b'))
show(lambda: b'a'.__add__('x'))
show(lambda: b'a'.__add__(bytearray(b'x')))
show(lambda: b'a'.__add__(memoryview(b'x')))
show(lambda: bytearray(b'a').__add__(b'x'))
show(lambda: bytearray(b'a').__add__(3))
for seq in ([1, 2], (1, 2), 'ab', b'ab', bytearray(b'ab')):
    for n in (0, 2, -1, True, 'x', 2.0):
        print(type(seq).__name__, repr(n), end=' ')
        show(lambda: (seq.__mul__(n), seq.__rmul__(n)))
show(lambda: [1].__mul__(10**30))

# In-place slots change the receiver and return it.
a = [1]
b = a
show(lambda: a.__iadd__((2, 3)))
print(a is b, a)
show(lambda: a.__iadd__(5))
show(lambda: a.__imul__(2))
print(a is b, a)
show(lambda: a.__imul__('x'))
show(lambda: list.__iadd__(a, 'xy'))
print(b)
a *= 0
print(a, b)
ba = bytearray(b'ab')
show(lambda: ba.__iadd__(b'cd'))
show(lambda: ba.__imul__(2))
show(lambda: ba.__iadd__('x'))
print(ba)
class L(list):
    pass
l = L([1])
r = l.__iadd__([2])
print(type(r).__name__, r is l, l)
l += [3]
print(type(l).__name__, l)
l *= 2
print(type(l).__name__, l)
class L2(list):
    def __iadd__(self, other):
        r = super().__iadd__(other)
        print('L2.__iadd__', type(r).__name__, r is self)
        return r
m = L2([0])
m += (1,)
print(type(m).__name__, m)

# % formatting slots.
show(lambda: 'a%s'.__mod__(1))
show(lambda: 'a'.__rmod__('x%s'))
show(lambda: 'a'.__rmod__(3))
show(lambda: b'a%d'.__mod__(1))
show(lambda: b'a'.__rmod__(b'x%s'))
show(lambda: b'a'.__rmod__(3))
show(lambda: bytearray(b'a%d').__mod__(1))
show(lambda: bytearray(b'a').__rmod__(bytearray(b'<%s>')))

# dict union slots.
show(lambda: {1: 2}.__or__({3: 4}))
show(lambda: {1: 2}.__or__([3]))
show(lambda: {1: 2}.__ror__({3: 4}))
show(lambda: {1: 2}.__ror__(None))
d = {1: 2}
e = d
show(lambda: d.__ior__([(3, 4)]))
show(lambda: d.__ior__(5))
print(d is e, d)
show(lambda: list({1: 2, 3: 4}.__reversed__()))
show(lambda: list([1, 2, 3].__reversed__()))
show(lambda: list(dict.__reversed__({'a': 1, 'b': 2})))
class D(dict):
    pass
x = D(a=1)
show(lambda: type(x.__or__({'b': 2})).__name__)
show(lambda: x.__ior__({'b': 2}) is x)
x |= {'c': 3}
print(type(x).__name__, x)

# bytearray item and comparison slots.
ba = bytearray(b'abc')
show(lambda: ba.__setitem__(0, 65))
show(lambda: ba.__setitem__(0, 300))
show(lambda: ba.__setitem__(0))
show(lambda: ba.__delitem__(1))
print(ba)
show(lambda: list(ba.__iter__()))
show(lambda: bytearray(b'a').__lt__(b'b'))
show(lambda: bytearray(b'a').__ge__(bytearray(b'b')))
show(lambda: bytearray(b'a').__lt__('b'))
print(hasattr(bytearray(), '__iter__'), hasattr(memoryview(b''), '__iter__'))

# memoryview.
mv = memoryview(bytearray(b'abcd'))
for name in ('obj', 'nbytes', 'readonly', 'itemsize', 'format', 'ndim', 'shape', 'strides', 'suboffsets',
             'contiguous', 'c_contiguous', 'f_contiguous'):
    print(name, getattr(mv, name), getattr(memoryview, name).__get__(mv), type(getattr(memoryview, name)).__name__)
show(lambda: mv.__getitem__(1))
show(lambda: mv.__setitem__(1, 66))
show(lambda: mv.__delitem__(1))
show(lambda: list(mv.__iter__()))
show(lambda: mv.__lt__(mv))
show(lambda: mv.__eq__(b'aBcd'))
mv.release()
show(lambda: mv.nbytes)
show(lambda: memoryview.nbytes.__get__(mv))

# range and slice fields.
r = range(1, 10, 3)
print(r.start, r.stop, r.step, range.start, type(range.stop).__name__)
print(range.start.__get__(r), range(5).__bool__(), range(0).__bool__(), list(r.__iter__()))
show(lambda: r.__lt__(range(3)))
show(lambda: range.__eq__(range(5), range(0, 5)))
show(lambda: range(5).__ne__(range(4)))
def set_start():
    r.start = 3
show(set_start)
s = slice(1, None, 2)
print(s.start, s.stop, s.step, slice.start, slice.step.__get__(s))
show(lambda: slice(1, 2).__lt__(slice(1, 3)))
show(lambda: slice(1, 2).__ge__(slice(1, 3)))
show(lambda: slice(1, 2).__lt__(3))
show(lambda: slice.__eq__(slice(1, 2), slice(1, 2)))
print(range(2**70).stop, range(2**70, 0, -1).start)

# Native subclasses of dict and tuple reach the built-in slots through their MRO without looping.
from collections import defaultdict, OrderedDict, Counter, namedtuple
dd = defaultdict(int, a=1)
print(dd | {'b': 2}, {'b': 2} | dd)
dd |= {'c': 3}
print(dd)
od = OrderedDict(a=1)
print(od | {'b': 2})
od |= {'c': 3}
print(od, type(dict.__or__(od, {'z': 1})).__name__, dict.__ror__(od, {'z': 1}))
c = Counter('aab')
print(c | Counter('bc'), c + Counter('a'), dict.__or__(c, {'q': 0}))
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p + (3,), (0,) + p, p * 2, 2 * p, tuple.__add__(p, (9,)), tuple.__mul__(p, 2))
t = p
t += (5,)
print(t, p)
print(dict.__or__(dd, {'z': 1}), type(dict.__or__(dd, {'z': 1})).__name__)
