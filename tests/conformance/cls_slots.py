class P:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
p = P(1)
print(p.x, P.x, type(P.x).__name__)
try: p.y
except AttributeError as e: print(type(e).__name__, e)
p.y = 2
print(p.y, hasattr(p, 'y'))
del p.y
print(hasattr(p, 'y'))
try: del p.y
except AttributeError as e: print(type(e).__name__, e)
try: p.z = 3
except AttributeError as e: print(type(e).__name__, e)
try: p.__dict__
except AttributeError as e: print(type(e).__name__, e)
try: vars(p)
except TypeError as e: print(type(e).__name__, e)
print(list(P.__dict__), P.__slots__)
class Q(P):
    __slots__ = ('z',)
q = Q(5); q.z = 6; q.y = 7
print(q.x, q.y, q.z)
try: q.w = 1
except AttributeError as e: print(type(e).__name__, e)
class R(P): pass
r = R(1); r.w = 9
print(r.w, r.__dict__)
class S:
    __slots__ = ('a', '__dict__')
s = S(); s.a = 1; s.b = 2
print(s.a, s.b, s.__dict__)
class T:
    __slots__ = 'only'
t = T(); t.only = 't'
print(t.only, list(T.__dict__))
class U:
    __slots__ = ('__priv', 'b', 'a')
    def set(self): self.__priv = 1; return self.__priv
print(list(U.__dict__), U().set())
try:
    class V:
        __slots__ = ('x',)
        x = 1
except ValueError as e: print(type(e).__name__, e)
try:
    class W:
        __slots__ = (1,)
except TypeError as e: print(type(e).__name__, e)
try:
    class W2:
        __slots__ = ('a b',)
except TypeError as e: print(type(e).__name__, e)
class X:
    __slots__ = ()
try: X().a = 1
except AttributeError as e: print(type(e).__name__, e)
class Y:
    __slots__ = ('__weakref__',)
print(Y().__weakref__, hasattr(X(), '__weakref__'))
class Z: pass
print(Z().__weakref__)
print(P.x.__get__(p), P.x.__name__)
print(repr(Q.z), repr(P.y))
class Slotted:
    __slots__ = ('v',)
    def __init__(self, v): self.v = v
total = 0
for i in range(1000):
    o = Slotted(i)
    total += o.v
print(total)
