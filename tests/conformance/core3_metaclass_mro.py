# krait: no-cpython-lib
# A metaclass's mro() decides __mro__ (at class creation and on __bases__ assignment); type.mro stays C3;
# bad results raise CPython's errors.
class M(type):
    def mro(cls):
        print('mro called for', cls.__name__)
        return [cls, object]
class A: pass
class B(A, metaclass=M): pass
print(B.__mro__)
print(type.mro(B))
print(B.mro())
class R(type):
    def mro(cls):
        return list(reversed(type.mro(cls)))
try:
    class C(A, metaclass=R): pass
    print(C.__mro__)
except TypeError as e: print('TypeError', e)
class Bad(type):
    def mro(cls): return [cls, 1]
try:
    class D(metaclass=Bad): pass
except TypeError as e: print('TypeError', e)
class Bad2(type):
    def mro(cls): return 5
try:
    class D2(metaclass=Bad2): pass
except TypeError as e: print('TypeError', e)
class Bad3(type):
    def mro(cls): return [cls, int, object]
try:
    class D3(metaclass=Bad3): pass
    print(D3.__mro__)
except TypeError as e: print('TypeError', e)
class L(list): pass
class Bad4(type):
    def mro(cls): return [cls, dict, object]
try:
    class D4(list, metaclass=Bad4): pass
    print(D4.__mro__)
except TypeError as e: print('TypeError', e)
class Tup(type):
    def mro(cls): return (cls, A, object)
class E(metaclass=Tup): pass
print(E.__mro__, E.mro())
class F(A, metaclass=M): pass
class G: pass
F.__bases__ = (G,)
print(F.__mro__)
class Gen(type):
    def mro(cls):
        yield cls; yield object
class H(metaclass=Gen): pass
print(H.__mro__)
class Noisy(type):
    def mro(cls):
        r = super().mro()
        print('default', [c.__name__ for c in r])
        return r + [] 
class I(A, metaclass=Noisy): pass
class J(I): pass
print(J.__mro__)
class Str(type):
    def mro(cls): return 'ab'
try:
    class K(metaclass=Str): pass
except TypeError as e: print('TypeError', e)
class Empty(type):
    def mro(cls): return []
try:
    class K2(metaclass=Empty): pass
    print(K2.__mro__)
except Exception as e: print(type(e).__name__, e)


# Attribute lookup follows the custom MRO.
class Skip(type):
    def mro(cls):
        default = type.mro(cls)
        return [c for c in default if c.__name__ != 'Middle']


class Root:
    def who(self):
        return 'root'


class Middle(Root):
    def who(self):
        return 'middle'


class Leaf(Middle, metaclass=Skip):
    pass


print([c.__name__ for c in Leaf.__mro__], Leaf().who(), isinstance(Leaf(), Middle), issubclass(Leaf, Middle))


# A failing mro() on __bases__ assignment leaves the class as it was.
class Flip(type):
    allow = True

    def mro(cls):
        if not Flip.allow:
            raise ValueError('no new mro')
        return type.mro(cls)


class P1:
    pass


class P2:
    pass


class Child(P1, metaclass=Flip):
    pass


Flip.allow = False
try:
    Child.__bases__ = (P2,)
except ValueError as e:
    print('ValueError', e)
print(Child.__bases__, Child.__mro__)
Flip.allow = True
Child.__bases__ = (P2,)
print(Child.__bases__, Child.__mro__)
