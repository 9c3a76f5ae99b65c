d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, "z" in d, d.get("z"), d.get("z", 0))
del d["a"]
print(d, list(d.keys()), list(d.values()), list(d.items()))
d.update({"x": 9}, y=10)
print(d, d.pop("x"), d.setdefault("q", 5), d)
for k, v in d.items():
    print(k, v)
e = {i: i * i for i in range(5)}
print(e, {1: "a", 1.0: "b", True: "c"}, dict(a=1, b=2), dict([(1, 2), (3, 4)]), {**d, "n": 0})
big = {}
for i in range(1000):
    big[i] = i * 2
print(len(big), big[999], sum(big.values()), {(1, 2): "tuple key"}[(1, 2)])
