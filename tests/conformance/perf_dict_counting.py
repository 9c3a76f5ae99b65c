# Counting idioms on dicts: d[k] = d.get(k, 0) + 1, `if k in d: d[k] += 1`, setdefault, with keys of every
# kind (exact str/int/tuple, str and int subclasses, user objects whose __hash__/__eq__ are observable),
# mutations between the lookup and the store, and insertion order.


class Loud:
    calls = []

    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        Loud.calls.append("hash " + self.name)
        return self.h

    def __eq__(self, other):
        Loud.calls.append("eq %s %s" % (self.name, getattr(other, "name", other)))
        return isinstance(other, Loud) and self.name == other.name

    def __repr__(self):
        return "Loud(%s)" % self.name


class S(str):
    hashes = 0

    def __hash__(self):
        S.hashes += 1
        return str.__hash__(self)


class I(int):
    pass


def count(seq):
    d = {}
    get = d.get
    for k in seq:
        d[k] = get(k, 0) + 1
    return d


def count_in(seq):
    d = {}
    for k in seq:
        if k in d:
            d[k] += 1
        else:
            d[k] = 1
    return d


text = "the quick brown fox jumps over the lazy dog the end"
print(count(text.split()))
print(count_in(text.split()))
print(count(text[i:i + 2] for i in range(len(text) - 1)))
print(count([1, 2, 3, 2, 1, 2, 10 ** 20, 10 ** 20, -5, 0, True, 1.0]))
print(count_in([(1, "a"), (1, "a"), ("b", 2), (1, "a"), (), (), ((1, 2), 3), ((1, 2), 3)]))
print(list(count("abracadabra").items()))

# Hash and eq calls of user keys are observable: the count must match CPython's exactly.
a1, a2, b = Loud("a", 1), Loud("a", 1), Loud("b", 1)
Loud.calls.clear()
d = count([a1, a2, b, a1, b])
print(d)
print(Loud.calls)
Loud.calls.clear()
d = count_in([a1, b, a2, b])
print(d, Loud.calls)

# Tuple keys holding user objects hash their items on every operation.
Loud.calls.clear()
d = count_in([(a1, 1), (a1, 1), (1, b)])
print(d, Loud.calls)

# str subclass keys call their __hash__ on each operation.
s = S("key")
S.hashes = 0
d = count([s, s, "key", s])
print(d, S.hashes, type(list(d)[0]).__name__)
print(count([I(5), 5, I(5)]), type(list(count([I(5), 5]))[0]).__name__)

# Mutations between the lookup and the store.
d = {"x": 1, "y": 2}
k = "x"
v = d.get(k, 0)
del d["x"]
d[k] = v + 1
print(d)
d = {"x": 1}
k = "z"
v = d.get(k, 0)
d["w"] = 5
d[k] = v + 1
print(d)
d = {}
k = "q"
print(k in d)
d.clear()
d[k] = 1
print(d, k in d, d[k])
d = {"x": 1}
k = "x"
print(d.get(k))
d.pop("x")
print(d.get(k), k in d)
d[k] = 3
print(d)
k2 = "".join(["x"])
print(d[k2], k2 in d)

# Growth right after a remembered miss: the insertion must land in the resized table.
d = {}
for i in range(100):
    key = "k%d" % i
    if key not in d:
        d[key] = i
print(len(d), list(d)[:5], list(d)[-3:], d["k77"])
d = {}
keys = ["k%d" % i for i in range(50)]
for key in keys:
    d[key] = d.get(key, 0) + 1
for key in keys[::2]:
    del d[key]
for key in keys:
    d[key] = d.get(key, 0) + 10
print(list(d.items())[:6], len(d))

# KeyError and messages keep working.
d = {"a": 1}
try:
    d["b"] += 1
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] in d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get({}, 0)
except TypeError as e:
    print(type(e).__name__, e)

# setdefault counting and grouping.
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)

# Module globals dict written through the counting idiom.
g = globals()
g["counter_global"] = g.get("counter_global", 0) + 1
g["counter_global"] = g.get("counter_global", 0) + 1
print(counter_global)
