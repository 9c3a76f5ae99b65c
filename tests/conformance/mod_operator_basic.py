import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.lshift(1, 4), op.rshift(256, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.neg(5), op.pos(-5), op.abs(-7), op.inv(5), op.invert(0), op.not_(0), op.truth('x'), op.index(7))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'b'), op.gt(3, 2), op.ge(1, 2))
print(op.is_(None, None), op.is_not([], []), op.contains([1, 2, 3], 2), op.contains('abc', 'z'))
print(op.concat([1], [2]), op.concat('ab', 'cd'), op.concat((1,), (2,)))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf('hello', 'l'))
print(op.__add__(2, 3), op.__mul__('ab', 2), op.__neg__(4), op.__not__(1))
d = {'a': 1}
op.setitem(d, 'b', 2)
print(d, op.getitem(d, 'a'))
op.delitem(d, 'a')
print(d)
lst = [1, 2, 3, 4, 5]
print(op.getitem(lst, slice(1, 3)))
x = [1]
y = op.iadd(x, [2])
print(x, y, x is y)
print(op.iadd(1, 2), op.isub(5, 1), op.imul(2, 3), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4))
print(op.ipow(3, 2), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(4, 1), op.ixor(5, 1))
print(op.iconcat([1], (2, 3)))
print(op.length_hint([1, 2, 3]), op.length_hint(5, 9), op.length_hint({}, 4))
print(op.call(max, 1, 5, 2), op.call(sorted, [3, 1], reverse=True))

g = op.itemgetter(1)
print(g, g([10, 20, 30]), g('xyz'))
g2 = op.itemgetter(0, -1, 'k' if False else 1)
print(g2, g2([1, 2, 3]))
print(op.itemgetter('name')({'name': 'bob'}))
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=op.itemgetter(1)))
print(list(map(op.itemgetter(0), ['ab', 'cd'])))

class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.inner = self if x == 0 else None
    def scale(self, k, plus=0):
        return (self.x * k + plus, self.y * k + plus)

p = Pt(0, 4)
a = op.attrgetter('x')
print(a, a(p), op.attrgetter('x', 'y')(p), op.attrgetter('inner.inner.y')(p))
print(op.attrgetter('inner.y', 'x'))
m = op.methodcaller('scale', 3, plus=1)
print(m, m(Pt(1, 2)))
print(op.methodcaller('upper')('abc'), op.methodcaller('split', ',')('a,b'))
print(type(g).__name__, type(a).__name__, type(m).__name__, callable(g))

errors = [
    lambda: op.add(1),
    lambda: op.add(1, 'a'),
    lambda: op.neg('x'),
    lambda: op.concat(1, 2),
    lambda: op.concat([1], (2,)),
    lambda: op.itemgetter(),
    lambda: op.itemgetter(5)([1]),
    lambda: op.itemgetter(1)(1, 2),
    lambda: op.attrgetter(1),
    lambda: op.attrgetter('x.y')(1),
    lambda: op.methodcaller(),
    lambda: op.methodcaller(1),
    lambda: op.indexOf([1], 3),
    lambda: op.index(1.5),
    lambda: op.index('a'),
    lambda: op.length_hint(1, 'x'),
    lambda: op.truediv(1, 0),
    lambda: op.getitem({}, 'missing'),
    lambda: op.lt(1, 'a'),
    lambda: op.contains(3, 1),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
