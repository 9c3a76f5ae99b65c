# str.translate: the one-to-one ASCII path (written straight into the result) and the general path it falls
# back to (deletions, longer replacements, non-ASCII text, astral results, custom mappings, errors).
PAIRS = ("AT", "CG", "GC", "TA", "UA", "MK", "RY", "WW", "SS", "YR", "KM", "VB", "HD", "DH", "BV", "NN")
table = {}
for src, dst in PAIRS:
    table[ord(src)] = dst
    table[ord(src.lower())] = dst
seq = "acgtACGTnNmkrybvdh" * 500
r = seq.translate(table)
print(len(r), r[:36], r.count("A"), r.count("T"), r.count("N"))
print(seq.translate(table)[::-1][:40])
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
print("Hello, World! 123".translate(rot13), "".translate(rot13) == "", "xyz".translate({}))
# Mapped to non-ASCII single characters, ints, None, longer strings.
print("abc".translate({97: "\u00e9", 98: 0x3b1, 99: None}))
print("aabbcc".translate({97: "AB", 98: None}), "abcabc".translate({99: "xyz"}))
print("cab".translate({97: "", 98: "b"}), "aaa".translate({97: ""}) == "")
# Non-ASCII input: the general path.
print("h\u00e9llo w\u00f6rld".translate({0xe9: "e", 0xf6: "o", 104: "H"}))
print("\u00e9a\u00e9".translate({97: "b"}), "a\u00e9b".translate({0xe9: None}))
# Astral results and inputs keep their length in code points.
for t in ["abc".translate({97: "\U0001F600"}), "aXa".translate({97: "\U0001F600"}),
          "x\U0001F600y".translate({ord("x"): "z"}), "x\U0001F600y".translate({0x1F600: "s"}),
          "ab".translate({98: 0x1F601}), "ba".translate({98: "\U0001F601", 97: "q"})]:
    print(len(t), ascii(t), ascii(t[::-1]), ascii(t[1:]))
# A str subclass gives a plain str.
class S(str):
    pass
t = S("abc").translate({97: 98})
print(type(t).__name__, t)
# Custom mappings: __getitem__ and LookupError (the character stays).
class Upper:
    def __getitem__(self, k):
        if k == ord("q"):
            raise LookupError(k)
        if 97 <= k <= 122:
            return k - 32
        raise IndexError(k)
print("quick brown fox: 42".translate(Upper()))
class Loud(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k)
print("abab".translate(Loud({97: 98})))
# Errors.
for bad in [{97: 1.5}, {97: -1}, {97: 0x110000}, {97: b"x"}]:
    try:
        print("a".translate(bad))
    except Exception as e:
        print(type(e).__name__, e)
class Boom:
    def __getitem__(self, k):
        raise KeyError(k)
print("abc".translate(Boom()))
class Bad:
    def __getitem__(self, k):
        raise ValueError("bad %d" % k)
try:
    print("abc".translate(Bad()))
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".translate()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".translate(5)
except TypeError as e:
    print(type(e).__name__, e)
# Long inputs through both paths.
big = ("ACGT" * 25000) + "\n"
print(len(big.translate(table)), big.translate(table)[:8], big.translate({10: None})[-4:])
mixed = ("AC\u00e9GT" * 2000)
print(len(mixed.translate(table)), mixed.translate(table)[:10])
