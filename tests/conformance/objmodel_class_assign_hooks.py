# After obj.__class__ = C, every protocol and hook of the object comes from C.
class Plain:
    def __init__(self): self.v = 1
    def describe(self): return "plain"

class Hooked:
    def __getattr__(self, name): return "missing " + name
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value if name == "__class__" else ("set", value))
    def __len__(self): return 7
    def __eq__(self, other): return True
    __hash__ = None
    def __iter__(self): return iter("ab")
    def __call__(self, x): return x * 3
    @property
    def prop(self): return "prop of " + type(self).__name__
    def describe(self): return "hooked:" + super().__repr__()[:8]

def probe(o):
    out = []
    for step in (lambda: o.nothing, lambda: len(o), lambda: o == 5, lambda: list(o),
                 lambda: o(2), lambda: o.prop, lambda: o.describe(), lambda: hash(o) is not None):
        try:
            out.append(step())
        except Exception as e:
            out.append(type(e).__name__)
    return out

o = Plain()
for i in range(3):
    print(probe(o))
o.__class__ = Hooked
print(probe(o))
o.w = 5
print(o.__dict__)
o.__class__ = Plain
print(probe(o), o.__dict__)

class Counter:
    count = 0
    def bump(self):
        type(self).count += 1
        return type(self).count
class Counter2(Counter):
    count = 100
c = Counter()
print(c.bump(), c.bump())
c.__class__ = Counter2
print(c.bump(), Counter.count, Counter2.count, isinstance(c, Counter), type(c) is Counter2)

# a subclass instance moved to its base and back
class Base:
    def who(self): return "Base"
class Derived(Base):
    def who(self): return "Derived>" + super().who()
d = Derived()
print(d.who())
d.__class__ = Base
print(d.who())
d.__class__ = Derived
print(d.who())

# __class__ set through object.__setattr__ and setattr
e = Base()
object.__setattr__(e, "__class__", Derived)
print(e.who())
setattr(e, "__class__", Base)
print(e.who())
try:
    setattr(e, "__class__", None)
except TypeError as ex:
    print(type(ex).__name__, ex)
