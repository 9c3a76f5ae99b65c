d = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    d[w] = d.get(w, 0) + 1
print(d)
print(list(d), d.pop("the"), list(d)[:3], len(d))
keys = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool"}
print(keys)
d2 = {i: i for i in range(20)}
for i in range(0, 20, 2):
    del d2[i]
d2[100] = 100
print(d2)
try:
    for k in d2:
        d2[k + 1000] = 0
except RuntimeError as e:
    print(e)
