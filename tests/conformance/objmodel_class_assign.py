# obj.__class__ = C: allowed between Python classes of the same layout; methods re-resolve.
class A:
    def f(self): return "A.f"
    def __repr__(self): return "A()"
class B:
    def f(self): return "B.f"
    def __repr__(self): return "B()"

a = A()
a.x = 1
def call(o): return o.f()
for i in range(3): print(call(a), a.f())
a.__class__ = B
print(call(a), a.f(), a, a.x, type(a).__name__, isinstance(a, B), isinstance(a, A))
a.__class__ = A
print(call(a), repr(a), a.__dict__)

class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
class S3:
    __slots__ = ('b',)
s = S1(); s.a = 5
s.__class__ = S2
print(type(s).__name__, s.a)

def attempt(obj, cls):
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print(type(e).__name__, e)

attempt(s, S3)
attempt(s, A)
attempt(a, int)
attempt(a, 5)
attempt(1, B)
attempt([], B)
attempt("s", A)
try:
    del a.__class__
except TypeError as e: print(type(e).__name__, e)

class L(list): pass
class L2(list): pass
l = L([1, 2]); l.__class__ = L2; print(type(l).__name__, l, l + [3])
attempt(l, A)
attempt(l, list)
class D(dict): pass
attempt(D(a=1), L)

class E1(Exception): pass
class E2(Exception): pass
e = E1("x"); e.__class__ = E2; print(repr(e), isinstance(e, E2))
attempt(e, A)
attempt(A(), E1)
attempt(A(), S1)

class WS:
    __slots__ = ('a', '__dict__')
class WS2:
    __slots__ = ('a', '__dict__')
w = WS(); w.a = 1; w.q = 2; w.__class__ = WS2; print(w.a, w.q, w.__dict__)

class C(A): pass
class S(object): __slots__ = ('a',)
class Sub2(S): pass
class Sub3(S): __slots__ = ()
for x, y in [(C, S), (S, C), (Sub2, C), (Sub3, C), (Sub3, S), (Sub2, S), (C, A), (A, C)]:
    attempt(x(), y)
class K: __slots__ = ('__weakref__',)
class K2: __slots__ = ('__dict__',)
for x, y in [(K, K2), (K, A), (K2, A), (K, object)]:
    attempt(x(), y)
class I(int): pass
class J(int): pass
attempt(I(3), J)
attempt(I(3), E1)

# metaclass change on a class
class Meta(type): pass
class Meta2(type): pass
class X(metaclass=Meta): pass
X.__class__ = Meta2
print(type(X).__name__)
attempt(X, type)
try:
    int.__class__ = Meta
except TypeError as ex: print(type(ex).__name__, ex)
