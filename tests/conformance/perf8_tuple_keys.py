# Dict and set lookups with tuple keys compare candidate tuples item by item (identity, then ==), as CPython's
# tuple comparison does: NaN items by identity, user __eq__ called, tuple subclasses with their own __eq__.
nan = float("nan")
d = {(1, nan): "a", ("x", 2.0): "b"}
print((1, nan) in d, (1, float("nan")) in d, ("x", 2) in d, d[("x", 2)])
s = {(nan, "k")}
print((nan, "k") in s, (float("nan"), "k") in s)

class Loud:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, Loud) and self.v == other.v

d2 = {(Loud(1), "z"): 1}
print((Loud(1), "z") in d2, (Loud(1), "y") in d2)

class AlwaysEqual(tuple):
    def __eq__(self, other): return True
    def __hash__(self): return hash((1, 2))

d3 = {(1, 2): "plain"}
print(AlwaysEqual((5, 6)) in d3, d3.get(AlwaysEqual((9,))))
print({(1, (2, 3)): 1}.get((1, (2, 3))), {(1, 2): 1}.get((1, 2, 3)), {(True, 1.0): 1}.get((1, True)))
words = ["w%d" % i for i in range(50)]
bigrams = {}
for i in range(500):
    key = (words[i % 50], words[(i * 7) % 50])
    bigrams[key] = bigrams.get(key, 0) + 1
print(len(bigrams), sorted(bigrams.items())[:3])
