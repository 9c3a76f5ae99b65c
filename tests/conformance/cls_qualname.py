class A:
    class B:
        class C:
            def m(self): pass
        def f(self): pass
    def g(self):
        def inner(): pass
        return inner
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    lam = lambda self: 0
def outer():
    class Local:
        def meth(self): pass
    def fn():
        def deeper(): pass
        return deeper
    return Local, fn
print(A.__qualname__, A.B.__qualname__, A.B.C.__qualname__)
print(A.B.C.m.__qualname__, A.B.f.__qualname__, A().g().__qualname__)
print(A.cm.__qualname__, A.sm.__qualname__, A.lam.__qualname__)
L, fn = outer()
print(L.__qualname__, L.meth.__qualname__, fn().__qualname__, fn.__qualname__)
print(L.__name__, A.B.C.__name__, A.B.C.m.__name__)
print(A.__module__, A.B.__module__, A.g.__module__)
print(A.B, A.B.C, L)
print(repr(A.B.C())[:25])
print(repr(A.B.f)[:20])
print(repr(A().g)[:30])
class D:
    __qualname__ = 'Custom'
print(D.__qualname__, D.__name__, '__qualname__' in D.__dict__)
try:
    class E:
        __qualname__ = 3
except TypeError as e: print(type(e).__name__, e)
