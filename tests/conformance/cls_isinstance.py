class Meta(type):
    def __instancecheck__(cls, inst):
        return hasattr(inst, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Duck(metaclass=Meta): pass
class Q:
    def quack(self): pass
print(isinstance(Q(), Duck), isinstance(1, Duck), issubclass(Q, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck), isinstance(Q(), (int, Duck)))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(A, object))
try: isinstance(1, 1)
except TypeError as e: print(type(e).__name__, e)
try: issubclass(1, int)
except TypeError as e: print(type(e).__name__, e)
print(isinstance(A, type), isinstance(Duck, Meta), isinstance(Meta, type), issubclass(Meta, type))
print(type.__instancecheck__(A, B()), type.__subclasscheck__(A, B))
class C:
    pass
c = C()
class D:
    def hello(self): return 'D says hi'
c.__class__ = D
print(type(c).__name__, c.hello(), isinstance(c, D))
try: c.__class__ = int
except TypeError as e: print(type(e).__name__, e)
try: (1).__class__ = A
except TypeError as e: print(type(e).__name__, e)
class S1:
    __slots__ = ('a',)
try: c.__class__ = S1
except TypeError as e: print(type(e).__name__, e)
x = A(); x.val = 1
x.__class__ = B
print(type(x).__name__, x.val, x.__class__)
