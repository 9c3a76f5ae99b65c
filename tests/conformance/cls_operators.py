class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __sub__(self, o): return NotImplemented
    def __mul__(self, k): return V(self.x * k)
    def __neg__(self): return V(-self.x)
    def __abs__(self): return V(abs(self.x))
    def __repr__(self): return f'V({self.x})'
    def __iadd__(self, o): self.x += o; return self
print(V(1) + V(2), V(1) + 5, 5 + V(1), V(2) * 3, -V(3), abs(V(-4)), sum([V(1), V(2)], V(0)))
try: V(1) - V(2)
except TypeError as e: print(type(e).__name__, e)
try: 3 * V(1)
except TypeError as e: print(type(e).__name__, e)
v = V(1); w = v
v += 5
print(v, w is v)
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Derived(Base):
    def __radd__(self, o): return 'Derived.radd'
print(Base() + Derived(), Derived() + Base(), Base() + Base())
class MyInt(int):
    def __radd__(self, o): return 'MyInt.radd'
    def __add__(self, o): return 'MyInt.add'
print(1 + MyInt(2), MyInt(2) + 1, MyInt(2) - 1, type(MyInt(2) - 1).__name__)
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], 'abc'[Idx()], range(Idx()), [1, 2, 3, 4][Idx():])
class B0:
    def __bool__(self): return False
class L0:
    def __len__(self): return 0
class L3:
    def __len__(self): return 3
print(bool(B0()), bool(L0()), bool(L3()), not L3(), len(L3()), 'yes' if L0() else 'no')
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(type(e).__name__, e)
class StrLen:
    def __len__(self): return 'x'
try: len(StrLen())
except TypeError as e: print(type(e).__name__, e)
class Cont:
    def __contains__(self, x): return x == 1
    def __iter__(self): return iter([5, 6])
    def __getitem__(self, k): return k * 2
print(1 in Cont(), 5 in Cont(), list(Cont()), Cont()[3])
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(Seq()), 4 in Seq())
class Call:
    def __call__(self, *a, **k): return ('called', a, k)
print(Call()(1, x=2), callable(Call()), callable(Plain) if False else '')
class Fmt:
    def __format__(self, spec): return f'<{spec}>'
    def __str__(self): return 'S'
    def __repr__(self): return 'R'
print(f'{Fmt():abc}', format(Fmt()), str(Fmt()), repr(Fmt()), f'{Fmt()!r}', [Fmt()], '%s %r' % (Fmt(), Fmt()))
class Default: pass
print(format(Default(), '') == str(Default()) or True, str(Default())[:19])
try: format(Default(), 'x')
except TypeError as e: print(type(e).__name__, e)
class OnlyRepr:
    def __repr__(self): return 'only-repr'
print(str(OnlyRepr()), f'{OnlyRepr()}')
class BadRepr:
    def __repr__(self): return 5
try: repr(BadRepr())
except TypeError as e: print(type(e).__name__, e)
