# __class__ and super, private names, DEF_FREE_CLASS.
class A:
    def f(self):
        return super().f()
    def g(self):
        return __class__
    def h(self):
        super = 1
        return super
    def i(self):
        __class__ = 1
        return __class__
    def j(self):
        return lambda: super()
    def k(self):
        return [super() for _ in range(3)]
    class Inner:
        def f(self):
            return super()
    @staticmethod
    def s():
        return __class__

class B:
    __private = 1
    def __m(self, __a, _B__b):
        __c = __a
        self.__d = __c
        return __private, __e__, __f.g
    import __mod.sub, __mod2 as __alias
    from x import __y, __z as __w
    def ___n(self): pass
    def __(self): pass

class _:
    def __x(self): return __y

class __:
    def __x(self): return __y

def f():
    a = 1
    b = 2
    class C:
        a = 5
        global b
        def m(self):
            return a, b
    return C

def g():
    class C:
        x = 1
        def m(self):
            return x
    x = 2
    return C

def h():
    x = 1
    class C:
        nonlocal x
        x = 2
        def m(self):
            return x
    return C

def imp():
    import os
    class C:
        import os
        def m(self):
            return os
    return C

class Ann:
    a: int
    b: int = 1
    (c): int = 2
    d.e: int
    f[0]: int = 3
    def m(self, p: "P" = None) -> "R":
        q: int
        r: list = []
        return p

class Meta(type, metaclass=abc.ABCMeta, x=lambda: y): pass

@dec1(lambda: 1)
@dec2
class Decorated:
    pass

@dec(z for z in zz)
def decorated(a=[d for d in dd], *, b=(lambda: e)) -> [r for r in rr]:
    pass
