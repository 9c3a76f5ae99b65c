# Attribute and method sites that see many classes (polymorphic caches), with class changes between calls.
class Base:
    kind = "base"
    def __init__(self, v):
        self.v = v
        self.w = v * 2
    def get(self):
        return self.v
    def both(self):
        return self.v + self.w

def make(name, extra):
    ns = {}
    if extra:
        ns["extra"] = lambda self: "extra-" + name
    return type(name, (Base,), ns)

classes = [Base] + [make("C%d" % i, i % 2) for i in range(7)]
objs = [c(i) for i, c in enumerate(classes)]

def read_all(objs):
    out = []
    for o in objs:
        out.append((type(o).__name__, o.v, o.w, o.get(), o.both(), o.kind))
    return out

for _ in range(3):
    print(read_all(objs))

def store_all(objs, k):
    for o in objs:
        o.v = o.v + k
        o.w = k
for _ in range(3):
    store_all(objs, 1)
print(read_all(objs))

# A class attribute changed after the sites were cached.
classes[3].kind = "changed"
classes[3].get = lambda self: -self.v
print(read_all(objs))
del classes[3].get
print(read_all(objs))

# An instance attribute shadowing a class attribute, then deleted.
objs[5].kind = "own"
print(read_all(objs))
del objs[5].kind
print(read_all(objs))

# Missing attributes on some classes of a polymorphic site.
def extras(objs):
    out = []
    for o in objs:
        try:
            out.append(o.extra())
        except AttributeError as e:
            out.append(str(e))
    return out
print(extras(objs))
print(extras(objs))

# A deleted instance attribute at a polymorphic site.
del objs[2].w
try:
    read_all(objs)
except AttributeError as e:
    print(type(e).__name__, e)
objs[2].w = 0
print(read_all(objs))

# Properties and __slots__ classes mixed in.
class P(Base):
    @property
    def v(self):
        return "prop"
    @v.setter
    def v(self, x):
        self.__dict__["w"] = x
class S:
    __slots__ = ("v", "w")
    kind = "slots"
    def __init__(self, v):
        self.v = v
        self.w = 0
    def get(self):
        return self.v
    def both(self):
        return 0
mixed = objs[:4] + [P(1), S(9)]
for _ in range(3):
    print(read_all(mixed))
try:
    mixed[-1].other = 1
except AttributeError as e:
    print(type(e).__name__, e)
