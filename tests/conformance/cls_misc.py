class A:
    "A doc"
    x = 1
    def f(self):
        "f doc"
        return 1
print(A.__doc__, A.f.__doc__, A().f.__doc__, A.__module__, A().__module__)
class B: pass
print(B.__doc__, B().__doc__)
def nodoc(): pass
print(nodoc.__doc__)
print(A.__dict__['f'] is A.f, type(A.__dict__).__name__)
print(sorted(k for k in vars(A) if not k.startswith('__')))
print(A.__class__, type(A).__name__, A().__class__.__name__)
class Deco:
    pass
def add_attr(cls):
    cls.added = True
    return cls
@add_attr
class E: pass
print(E.added, E.__name__)
class Outer:
    class Inner:
        pass
    inner = Inner()
print(type(Outer.inner).__qualname__)
class Counter:
    instances = 0
    def __new__(cls, *a):
        cls.instances += 1
        return super().__new__(cls)
Counter(); Counter()
print(Counter.instances)
class WithClassVar:
    items = []
    def add(self, v): self.items.append(v)
w1, w2 = WithClassVar(), WithClassVar()
w1.add(1); w2.add(2)
print(WithClassVar.items)
class Abstractish:
    def run(self): raise NotImplementedError('subclass must implement')
try: Abstractish().run()
except NotImplementedError as e: print(type(e).__name__, e)
class Chain:
    def __init__(self): self.v = []
    def add(self, x): self.v.append(x); return self
print(Chain().add(1).add(2).v)
class Mixin:
    def greet(self): return 'hi from ' + self.name
class Named:
    def __init__(self, name): self.name = name
class Both(Mixin, Named): pass
print(Both('b').greet(), [c.__name__ for c in Both.__mro__])
class Diamond(object): 
    def who(self): return ['Diamond']
class L(Diamond):
    def who(self): return ['L'] + super().who()
class R(Diamond):
    def who(self): return ['R'] + super().who()
class Bottom(L, R):
    def who(self): return ['Bottom'] + super().who()
print(Bottom().who())
class Cls:
    @classmethod
    def create(cls): return cls()
class SubCls(Cls): pass
print(type(SubCls.create()).__name__)
class St:
    @staticmethod
    def helper(x): return x + 1
    def use(self): return self.helper(1) + St.helper(2)
print(St().use())
class Attrs:
    pass
a = Attrs()
setattr(a, 'dyn', 5)
print(getattr(a, 'dyn'), hasattr(a, 'dyn'), delattr(a, 'dyn'), hasattr(a, 'dyn'))
print(isinstance(A.f, type(nodoc)), callable(A), callable(A()))
class Slots2:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
    def __repr__(self): return f'Slots2(a={self.a})'
print(Slots2(), [Slots2()])
class Prop:
    def __init__(self): self._v = 1
    v = property(lambda self: self._v, lambda self, x: setattr(self, '_v', x))
p = Prop(); p.v = 9
print(p.v, p._v)
