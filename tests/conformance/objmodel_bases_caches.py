# Lookups cached before a __bases__ or __class__ change are re-resolved after it.
class V1:
    def __add__(self, o): return "V1+"
    def __radd__(self, o): return "V1r+"
    def __len__(self): return 1
    def __repr__(self): return "V1r"
    def __getitem__(self, i): return ("V1", i)
    def __eq__(self, o): return "V1=="
    def __lt__(self, o): return "V1<"
    def __iter__(self): return iter([1])
    def __contains__(self, x): return True
    def __bool__(self): return True
    def __call__(self): return "V1()"
    __hash__ = object.__hash__
class V2:
    def __add__(self, o): return "V2+"
    def __radd__(self, o): return "V2r+"
    def __len__(self): return 2
    def __repr__(self): return "V2r"
    def __getitem__(self, i): return ("V2", i)
    def __eq__(self, o): return "V2=="
    def __lt__(self, o): return "V2<"
    def __iter__(self): return iter([2, 2])
    def __contains__(self, x): return False
    def __bool__(self): return False
    def __call__(self): return "V2()"
    __hash__ = object.__hash__
class W(V1): pass

def ops(w):
    return (w + 1, 1 + w, len(w), repr(w), [w], w[0], w == 1, w < 1, list(w), 5 in w, bool(w), w())

w = W()
for i in range(3): print(ops(w))
W.__bases__ = (V2,)
print(ops(w))
W.__bases__ = (V1,)
print(ops(w))

# __class__ change seen by the same call sites
w2 = V1()
for i in range(2): print(ops(w2))
w2.__class__ = V2
print(ops(w2))

# attribute and method sites in a loop, before and after
class P:
    kind = "P"
    def m(self): return "P.m"
class Q:
    kind = "Q"
    def m(self): return "Q.m"
class R(P): pass
r = R()
out = []
for i in range(6):
    if i == 3:
        R.__bases__ = (Q,)
    out.append((r.m(), r.kind, R.kind, getattr(r, "m")()))
print(out)

# a deeper hierarchy: grandchildren see the new MRO too
class G(P): pass
class GG(G): pass
class GGG(GG):
    def m(self): return "GGG>" + super().m()
g = GGG()
print(g.m(), GGG.__mro__)
G.__bases__ = (Q,)
print(g.m(), GGG.__mro__, GG.kind)

# __init__/__new__ found through the new base
class I1:
    def __init__(self, v): self.v = ("I1", v)
class I2:
    def __init__(self, v): self.v = ("I2", v)
class IC(I1): pass
print(IC(1).v)
IC.__bases__ = (I2,)
print(IC(2).v)

# class attributes and properties
class PA:
    @property
    def p(self): return "PA.p"
class PB:
    @property
    def p(self): return "PB.p"
class PC(PA): pass
pc = PC()
print(pc.p)
PC.__bases__ = (PB,)
print(pc.p)

# __getattr__ / __setattr__ hooks arriving with a new base
class Hook:
    def __getattr__(self, name): return "hooked " + name
    def __setattr__(self, name, v): object.__setattr__(self, name, v * 2)
class Plain: pass
class HC(Plain): pass
hc = HC()
try:
    hc.nothing
except AttributeError as e: print(type(e).__name__, e)
HC.__bases__ = (Hook,)
print(hc.nothing)
hc.z = 4
print(hc.z)
HC.__bases__ = (Plain,)
hc.z = 4
print(hc.z)
try:
    hc.nothing
except AttributeError as e: print(type(e).__name__, e)
