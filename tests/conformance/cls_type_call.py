# type(x), type(name, bases, dict), class attributes of types
X = type('X', (), {'a': 1, '__module__': '__main__'})
print(X, X.a, X.__name__, X.__qualname__, X.__bases__)
Y = type('Y', (X,), {'b': 2, '__module__': '__main__'})
print(Y.a, Y.b, Y.__mro__, Y.mro())
print(type(Y()) is Y, isinstance(Y(), X))
print(type(1), type('s'), type(None), type(type), type(X))
d = {'f': lambda self: 42, '__module__': '__main__'}
Z = type('Z', (object,), d)
print(Z().f())
d['g'] = 1
print(hasattr(Z, 'g'))
try: type('a', 'b')
except TypeError as e: print(type(e).__name__, e)
try: type()
except TypeError as e: print(type(e).__name__, e)
try: type('W', (1,), {})
except TypeError as e: print(type(e).__name__, e)
try:
    class B(bool): pass
except TypeError as e: print(type(e).__name__, e)
try:
    class C(int, str): pass
except TypeError as e: print(type(e).__name__, e)
class A: pass
try:
    class D(A, A): pass
except TypeError as e: print(type(e).__name__, e)
class E(A): pass
try:
    class F(A, E): pass
except TypeError as e: print(type(e).__name__, e)
print(A.__subclasses__())
class G(A): pass
print([c.__name__ for c in A.__subclasses__()])
print(E.__base__, A.__base__, object.__base__)
print(X.__doc__, A.__doc__)
class H:
    "Doc of H."
    x = 1
print(H.__doc__, list(H.__dict__)[:3])
print(type(H.__dict__).__name__, H.__dict__['x'], 'x' in H.__dict__, len(H.__dict__) > 2)
try: H.__dict__['y'] = 2
except TypeError as e: print(type(e).__name__, e)
print(str(type.__dict__['__dict__'] if False else 'ok'))
print(repr(A.__dict__)[:40])
H.y = 5
print(H.y, H.__dict__['y'])
del H.y
print(hasattr(H, 'y'))
try: del H.zz
except AttributeError as e: print(type(e).__name__, e)
try: int.foo = 1
except TypeError as e: print(type(e).__name__, e)
try: H.nope
except AttributeError as e: print(type(e).__name__, e)
H.__name__ = 'Renamed'
print(H.__name__, H.__qualname__, H)
