class Plain: pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), {a: 1}[a])
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2), Eq.__hash__)
try: hash(Eq(1))
except TypeError as e: print(type(e).__name__, e)
try: {Eq(1)}
except TypeError as e: print(type(e).__name__, e)
class EqHash(Eq):
    def __hash__(self): return hash(self.v)
print(hash(EqHash(5)) == hash(5), len({EqHash(1), EqHash(1), EqHash(2)}))
class Inherit(EqHash):
    pass
print(hash(Inherit(3)) == hash(3))
class Reset(EqHash):
    def __eq__(self, o): return False
try: hash(Reset(1))
except TypeError as e: print(type(e).__name__, e)
class NoHash:
    __hash__ = None
try: hash(NoHash())
except TypeError as e: print(type(e).__name__, e)
class BadHash:
    def __hash__(self): return 'x'
try: hash(BadHash())
except TypeError as e: print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2**70
print(hash(BigHash()) == hash(2**70))
class MinusOne:
    def __hash__(self): return -1
print(hash(MinusOne()))
class Ne:
    def __ne__(self, o): return 'custom-ne'
print(Ne() != 1, Ne() == 1)
class OnlyEqNI:
    def __eq__(self, o): return NotImplemented
x = OnlyEqNI()
print(x == x, x != x, x == 1, x != 1)
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'Ord({self.v})'
print(sorted([Ord(3), Ord(1), Ord(2)]), Ord(1) < Ord(2), Ord(3) > Ord(2))
try: Ord(1) <= Ord(2)
except TypeError as e: print(type(e).__name__, e)
class Sub(Ord):
    def __gt__(self, o): return 'Sub.__gt__'
print(Ord(1) < Sub(2))
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b), object.__hash__(a) == hash(a))
class Cmp:
    def __eq__(self, o): return 'eq-result'
print(Cmp() == 1, 1 == Cmp(), Cmp() != 1)
