class C:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "The x property."
        return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError('negative')
        self._x = v
    @x.deleter
    def x(self):
        print('deleting'); self._x = None
    @property
    def ro(self): return 'read-only'
c = C()
c.x = 5
print(c.x, C.x.__doc__, type(C.x).__name__, C.x.fget.__name__, C.x.fset is not None, C.x.fdel is not None)
del c.x
print(c.x)
try: c.x = -1
except ValueError as e: print(type(e).__name__, e)
try: c.ro = 1
except AttributeError as e: print(type(e).__name__, e)
try: del c.ro
except AttributeError as e: print(type(e).__name__, e)
class D:
    w = property()
try: D().w
except AttributeError as e: print(type(e).__name__, e)
def getv(self): return 'v'
p = property(getv, doc='docv')
print(p.__doc__, p.fget is getv, p.fset)
class E: pass
E.p = p
print(E().p)
try: E().p = 1
except AttributeError as e: print(type(e).__name__, e)
class F:
    def _get(self): return self._v * 2
    def _set(self, v): self._v = v
    v = property(_get, _set)
f = F(); f.v = 4
print(f.v, F.v.__get__(f), F.v.__get__(None, F) is F.v)
class G:
    @property
    def a(self): return 1
class H(G):
    @G.a.getter
    def a(self): return 2
print(G().a, H().a)
class I:
    @property
    def bad(self): raise AttributeError('inner')
    def __getattr__(self, n): return 'getattr:' + n
print(I().bad)
class J:
    x = property(lambda self: 'prop')
j = J()
j.__dict__['x'] = 'inst'
print(j.x)
class K:
    @property
    def n(self): return self._n
    @n.setter
    def n(self, v): self._n = v * 10
k = K()
for i in range(3): k.n = i
print(k.n, hasattr(k, 'n'), hasattr(K(), 'n'))
