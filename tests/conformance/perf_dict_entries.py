d = {}
for i in range(100):
    d[i] = i * i
for i in range(0, 100, 3):
    del d[i]
for i in range(200, 260):
    d[i] = -i
d[5] = "five"
print(list(d.items())[:10], len(d), list(d)[-5:])
print(d.pop(200), d.popitem(), 7 in d, 6 in d, d.get(6), d.get(3, "x"))
s = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    s[w] = s.get(w, 0) + 1
print(s, list(s.keys()), list(s.values()))
e = dict.fromkeys("abcdef", 0)
del e["a"]; del e["c"]; e["a"] = 1; e["z"] = 2
print(e, e == {"b": 0, "d": 0, "e": 0, "f": 0, "a": 1, "z": 2}, repr(e))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 4
    def __eq__(self, o): print("eq", self.v, o.v); return self.v == o.v
kd = {K(1): "a", K(5): "b"}
print(kd[K(5)])
for i in range(1000):
    kd2 = {}
big = {str(i): i for i in range(5000)}
for i in range(0, 5000, 2): del big[str(i)]
print(len(big), list(big)[:3], sum(big.values()))
big.clear(); big["x"] = 1; print(big)
import collections
od = collections.OrderedDict.fromkeys("abc"); od.move_to_end("a"); print(od, od.popitem(last=False))
c = collections.Counter("abracadabra"); print(c.most_common(3))
def f(**kw): return kw
print(f(**{"a": 1, "b": 2}), {**{"x": 1}, **{"y": 2, "x": 3}})
g = {}
it = iter({1: 2, 3: 4})
print(next(it))
dd = {1: 2}
try:
    for k in dd: dd[k + 1] = 0
except RuntimeError as ex: print(type(ex).__name__, ex)
