class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith('__'): self.order.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return OrderedNS()
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = ns.order
        return cls
class A(metaclass=Meta):
    z = 1
    a = 2
    def m(self): return z
    y = a + z
print(A.order, A.y)
class Dup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith('__'): raise TypeError(f'duplicate {k}')
        super().__setitem__(k, v)
class NoDup(type):
    @classmethod
    def __prepare__(mcs, name, bases): return Dup()
try:
    class B(metaclass=NoDup):
        x = 1
        x = 2
except TypeError as e: print(type(e).__name__, e)
class Lookup(dict):
    def __missing__(self, k):
        if k.startswith('auto_'): return k.upper()
        raise KeyError(k)
class AutoMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases): return Lookup()
class C(metaclass=AutoMeta):
    v = auto_value
    w = len('abc')
print(C.v, C.w)
