s = "hello world"
print(s[::-1], s[::2], s[1:8:3], s[::-3], s[5:0:-1], s[:], s[:] is s, s[2:3], s[-1::-1])
a = "a\U0001F600bc"
print(a[::-1] == "cb\U0001F600a", len(a[::-1]), a[1:2], len(a[1:2]))
print("-".join(["a","b","c"]), "".join([]), "x".join(("p",)), ", ".join(iter(["q","r"])), "\U0001F600".join("ab"), len("\U0001F600".join("ab")))
try: "".join([1])
except TypeError as e: print(type(e).__name__, e)
try: "".join(["a", 2])
except TypeError as e: print(type(e).__name__, e)
try: "".join(5)
except TypeError as e: print(type(e).__name__, e)
class S(str): pass
print("+".join([S("u"), "v"]), type("".join([S("u")])).__name__)
t = str.maketrans("abc", "xyz", "d")
print("aabbccdd eé".translate(t), "abc".translate({97: "QQ", 98: None, 99: 0x1F600}), len("abc".translate({99: 0x1F600})))
print("hello".translate({ord("l"): "\U0001F600"}), len("hello".translate({ord("l"): "\U0001F600"})))
class T:
    def __getitem__(self, k):
        if k == 97: return "A"
        raise LookupError
print("banana".translate(T()))
try: "abc".translate({97: 1.5})
except TypeError as e: print(type(e).__name__, e)
try: "abc".translate({97: -1})
except ValueError as e: print(type(e).__name__, e)
d = {"a": 1}
g = d.get
print(g("a"), g("b"), g("b", 7), d.setdefault("c", 3), d.setdefault("e"), d, d.pop("c"), d.pop("zz", 9))
try: d.pop("zz")
except KeyError as e: print(type(e).__name__, e)
s2 = set(); s2.add(1); s2.discard(1); s2.discard(2); print(s2)
ap = [].append; ap(3)
print(list(d.keys()), list(d.values()), list(d.items()))
# Join of many pieces, separators of several lengths, and a generator argument.
parts = [str(i) for i in range(1000)]
for sep in ("", ",", ", ", "\u00e9", "\u4e2d", "\U0001F600"):
    r = sep.join(parts)
    print(len(r), r[:20], r[-10:], hash(r) == hash(sep.join(list(parts))))
print("".join(c for c in "generator"), "|".join(map(str, range(5))))
# Slices: every step direction, empty, out of range, and reuse of the result as a dict key.
w = "abcdefghij"
print([w[i:j:k] for i in (None, 0, 3, -2) for j in (None, 8, -1) for k in (None, 1, -1, 2, -3)])
print(w[100:], w[-100:3], w[5:5], w[::-1][::-1] == w, w[::1] is w)
d = {}
for i in range(len(w)):
    d[w[i:i + 3]] = d.get(w[i:i + 3], 0) + 1
print(sorted(d.items()))
# Concatenation: empty sides, astral pieces, in a loop.
e = ""
print((e + "x") == "x", ("x" + e) == "x", len("\U0001F600" + "a"), ("\U0001F600" + "a")[1])
acc = ""
for i in range(50):
    acc += chr(65 + i % 26)
print(acc, len(acc), hash(acc) == hash("".join(chr(65 + i % 26) for i in range(50))))
# Hash agreement across construction paths (slice, join, concat, translate, literal).
lit = "kmer"
print(hash(lit) == hash("xkmerx"[1:5]) == hash("".join(["km", "er"])) == hash("k" + "mer") == hash("kMER".translate({77: "m", 69: "e", 82: "r"})))
print(hash("\u00e9t\u00e9") == hash("\u00e9" + "t\u00e9"), hash("\u4e2d\u6587") == hash("x\u4e2d\u6587"[1:]))
# translate with a long text (the per-call ASCII cache), deletions and multi-char results.
text = "ACGTNacgtn" * 300 + "\u00e9\U0001F600"
table = {ord("A"): "T", ord("C"): "G", ord("G"): "C", ord("T"): "A", ord("a"): "t", ord("N"): None, ord("n"): "NN", 0xE9: "E", 0x1F600: ":)"}
r = text.translate(table)
print(len(r), r[:24], r[-6:], r.count("NN"))
print("abc".translate(str.maketrans({"a": "1", "b": None})), "".translate({}), "x".translate([]))
try:
    "abc".translate(5)
except TypeError as e:
    print(type(e).__name__, e)
