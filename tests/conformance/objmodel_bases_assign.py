# C.__bases__ = (...): checks, messages, MRO recomputed for the class and its subclasses.
class A:
    def f(self): return "A.f"
    x = 1
class B:
    def f(self): return "B.f"
    x = 2
    def g(self): return "B.g"
class C(A): pass
class D(C): pass
d = D()
def call(o): return o.f()
for i in range(3): print(call(d), d.x, D.x, d.f())
C.__bases__ = (B,)
print(call(d), d.x, D.x, d.f(), d.g())
print(D.__mro__)
print(C.__mro__, C.__bases__, C.__base__)
print(isinstance(d, A), isinstance(d, B), issubclass(D, A), issubclass(D, B))
print(A.__subclasses__(), B.__subclasses__())

def attempt(cls, v):
    try:
        cls.__bases__ = v
        print("ok", cls.__bases__)
    except TypeError as e:
        print(type(e).__name__, e)

for v in [[A], (), 5, (1,), (D,), (C,), (int,), (A, A), (A, 2)]:
    attempt(C, v)
print(C.__bases__)
try:
    del C.__bases__
except TypeError as e: print(type(e).__name__, e)
attempt(int, (object,))
attempt(object, (A,))

class S: __slots__ = ('a',)
class T(S): pass
attempt(T, (A,))
class X(object): pass
class Y(X): pass
class Z(Y): pass
attempt(X, (Z,))

class O1: pass
class O2: pass
class M1(O1, O2): pass
class M2(O2, O1): pass
class N(M1): pass
attempt(N, (M1, M2))
print(N.__mro__)
attempt(N, (M1, O2))
print(N.__mro__)
try:
    class Bad(M1, M2): pass
except TypeError as e: print(type(e).__name__, e)

class LL(list): pass
class K: pass
attempt(K, (list,))
attempt(LL, (K,))
class LL2(list): pass
class LL3(LL2): pass
attempt(LL3, (LL,))
print(LL3([1]) + [2], LL3.__mro__)

class Base1:
    def __init__(self): self.v = 1
class Base2:
    def __init__(self): self.v = 2
class Ch(Base1): pass
print(Ch().v); Ch.__bases__ = (Base2,); print(Ch().v)

class G1:
    def h(self): return "G1"
class G2:
    def h(self): return "G2"
class H(G1):
    def h(self): return "H>" + super().h()
hh = H()
print(hh.h()); H.__bases__ = (G2,); print(hh.h())

class Meta(type): pass
class MA(metaclass=Meta): pass
class MB(MA): pass
attempt(MB, (A,))
print(type(MB).__name__)
class P1: pass
class P2: pass
class Q(P1): pass
attempt(Q, (P1, P2))
print(Q.__mro__)
attempt(Q, (P2,))
print(P1.__subclasses__(), P2.__subclasses__())
