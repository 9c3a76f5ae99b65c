# krait: no-cpython-lib
# types.SimpleNamespace in detail: construction rules, repr (nested, recursive, subclasses), equality,
# attribute handling, vars() and copying.
import copy
from types import SimpleNamespace

class Point(SimpleNamespace):
    def norm(self):
        return abs(self.x) + abs(self.y)


ns = SimpleNamespace(x=1, y='two', z=[3])
print(ns, vars(ns), ns.__dict__ is vars(ns))
ns.w = 4
del ns.x
print(ns, hasattr(ns, 'x'))
try:
    ns.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(x=1).other
except AttributeError as e:
    print(type(e).__name__, e)
for args in [(1,), ({'a': 1},), ([('a', 1)],)]:
    try:
        SimpleNamespace(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(SimpleNamespace(**{'with space': 1, 'ok': 2}))
print(SimpleNamespace(inner=SimpleNamespace(deep=SimpleNamespace())))
a = SimpleNamespace()
a.me = a
a.lst = [a]
print(a)
print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2),
      SimpleNamespace(a=1, b=2) == SimpleNamespace(b=2, a=1), SimpleNamespace(a=1) != SimpleNamespace(a=1))
print(SimpleNamespace(a=1) == {'a': 1}, SimpleNamespace() == SimpleNamespace())


p = Point(x=3, y=-4)
print(p, p.norm(), p == SimpleNamespace(x=3, y=-4), isinstance(p, SimpleNamespace))


class WithInit(SimpleNamespace):
    def __init__(self, v, **kw):
        super().__init__(value=v * 2, **kw)


print(WithInit(5, extra=True))
c = copy.copy(ns)
d = copy.deepcopy(ns)
print(c, c == ns, c is ns, c.z is ns.z, d.z is ns.z, d == ns)
print(type(ns).__name__, type(ns).__module__, SimpleNamespace.__qualname__)
print(sorted(k for k in dir(ns) if not k.startswith('_')))
ns2 = SimpleNamespace(b=1, a=2)
print(list(vars(ns2)), repr(ns2))
setattr(ns2, 'c', 3)
print(getattr(ns2, 'c'), ns2)
try:
    {ns2: 1}
except TypeError as e:
    print(type(e).__name__)
