class A:
    def who(self): return 'A'
    @classmethod
    def cwho(cls): return 'A.c:' + cls.__name__
    def __repr__(self): return 'A-repr'
class B(A):
    def who(self): return 'B>' + super().who()
    @classmethod
    def cwho(cls): return 'B.c>' + super().cwho()
class C(A):
    def who(self): return 'C>' + super().who()
class D(B, C):
    def who(self): return 'D>' + super().who()
    def __repr__(self): return 'D(' + super().__repr__() + ')'
print(D().who(), D.cwho(), D.__mro__ == (D, B, C, A, object), repr(D()))
print(super(B, D()).who(), super(D, D).cwho(), super(C, D()).who())
print(super(D, D).who(D()))
try: super()
except RuntimeError as e: print(type(e).__name__, e)
class E:
    def m(self):
        def inner(): return super().m()
        return inner()
try: E().m()
except RuntimeError as e: print(type(e).__name__, e)
try: super(A, 1)
except TypeError as e: print(type(e).__name__, e)
try: super(1, A())
except TypeError as e: print(type(e).__name__, e)
class F(A):
    def m(self): return super().nothing
try: F().m()
except AttributeError as e: print(type(e).__name__, e)
class G:
    def __init__(self, v): self.v = v
class H(G):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
h = H(1, 2)
print(h.v, h.w)
class P:
    @property
    def p(self): return 'P.p'
class Q(P):
    @property
    def p(self): return 'Q>' + super().p
print(Q().p)
class S:
    @staticmethod
    def s(x): return 's' + str(x)
class T(S):
    @staticmethod
    def s(x): return 'T>' + super(T, T).s(x)
print(T.s(1))
class U(A):
    def who(self):
        sup = super()
        return type(sup).__name__ + ' ' + sup.who()
print(U().who(), repr(super(U, U())).startswith('<super: <class'))
class V(list):
    def append(self, x):
        super().append(x * 10)
v = V(); v.append(1); v.append(2)
print(v)
class W(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.created = True
w = W({'a': 1}, b=2)
print(w, w.created)
class X:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.sub = True
class Y(X): pass
print(Y.sub)
