# Named arithmetic slot methods of int, bool, float and complex: bound and unbound, NotImplemented for
# foreign operands, CPython's errors.
import functools

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    if isinstance(r, float) and r != r:
        print('nan')
    else:
        print(repr(r))

BIN = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor']
operands = [3, -7, True, 2.5, 10**20, 1 + 2j, 'a', None, [1]]
for t, samples in ((int, [5, -3, 0, 2**70]), (bool, [True, False]), (float, [1.5, -0.0, 4.0]), (complex, [2j, 1 + 1j])):
    for name in BIN:
        for prefix in ('', 'r'):
            dunder = '__' + prefix + name + '__'
            if not hasattr(t, dunder):
                print(t.__name__, dunder, 'absent')
                continue
            for s in samples:
                for o in operands:
                    if name in ('pow', 'lshift') and (o == 10**20 or s == 2**70 or (prefix and o == -7)):
                        continue
                    print(t.__name__, s, dunder, repr(o), end=' -> ')
                    show(lambda: getattr(s, dunder)(o))

# Unbound calls go through the same code.
show(lambda: int.__add__(1, 2))
show(lambda: int.__add__(True, True))
show(lambda: int.__and__(True, True))
show(lambda: bool.__and__(True, False))
show(lambda: bool.__or__(True, 3))
show(lambda: float.__mul__(2.0, 4))
show(lambda: complex.__truediv__(1j, 2))
show(lambda: functools.reduce(int.__add__, range(10)))
show(lambda: list(map(float.__mul__, [1.0, 2.0], [3.0, 4.0])))
show(lambda: sorted([3, 1, 2], key=int.__neg__))

# Argument errors of slot wrappers.
show(lambda: int.__add__('a', 1))
show(lambda: float.__add__(1, 1.0))
show(lambda: int.__add__())
show(lambda: int.__add__(1))
show(lambda: (1).__add__())
show(lambda: (1).__add__(1, 2))
show(lambda: (1).__add__(x=1))
show(lambda: int.__bool__(1, 2))
show(lambda: (1).__pow__())
show(lambda: (1).__pow__(1, 2, 3))

# Three-argument pow.
show(lambda: (2).__pow__(10, 7))
show(lambda: (2).__pow__(3, 5.0))
show(lambda: (2).__pow__(3, None))
show(lambda: (2).__rpow__(3, 5))
show(lambda: (2).__pow__(-1, 7))
show(lambda: (2).__pow__(3, 0))
show(lambda: (2.0).__pow__(3, 5))
show(lambda: (2.0).__pow__(3, None))
show(lambda: (-8.0).__pow__(0.5))
show(lambda: (2j).__pow__(2, None))
show(lambda: (2j).__pow__(2, 3))
show(lambda: complex.__rpow__(2j, 2, 3))

# __bool__
for v in (0, 7, True, False, 0.0, -0.0, 1e-300, 0j, 1j):
    print(repr(v), v.__bool__(), type(v).__bool__(v))

# complex.real/imag are member descriptors; complex is not ordered.
print(complex.real, complex.imag, type(complex.real).__name__)
print(complex.real.__get__(3 + 4j), complex.imag.__get__(3 + 4j))
show(lambda: (1 + 2j).__lt__(1))
show(lambda: (1 + 2j).__ge__(1j))
show(lambda: (1 + 2j).__floordiv__)
def set_real():
    z = 1j
    z.real = 3
show(set_real)
print('real' in dir(complex), 'imag' in dir(complex))

# float.__getformat__
show(lambda: float.__getformat__('double'))
show(lambda: float.__getformat__('float'))
show(lambda: float.__getformat__('x'))
show(lambda: float.__getformat__(1))

# Subclasses: super() reaches int's slots; a subclass without overrides still computes.
class I(int):
    def __add__(self, other):
        return I(super().__add__(other))
    def __radd__(self, other):
        return I(super().__radd__(other))
    def __repr__(self):
        return 'I(%d)' % int(self)
print(I(3) + 4, 4 + I(3), I(3) + I(4), type(sum([I(1), I(2)], I(0))).__name__)
print(repr(I(3).__sub__(1)), I(3).__mul__('x'))
class J(int):
    pass
print(type(J(3) + 4).__name__, J(3).__add__(4), J(3) * 2.5, 2 ** J(3), J(7).__rtruediv__(1))
class K(int):
    def __radd__(self, other):
        return 'K.radd'
print(J(1) + K(2), 1 + K(2))
class F(float):
    def __mul__(self, other):
        r = super().__mul__(other)
        return r if r is NotImplemented else F(r)
print(type(F(2.0) * 3).__name__, F(2.0) * 3, F(2.0).__mul__('a'))
class C(complex):
    pass
print(C(1 + 2j).real, C(1 + 2j).imag, C(1 + 2j) + 1, type(C(1j) * 2).__name__)
