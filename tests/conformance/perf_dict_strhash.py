# str hashing must agree however a string was built (slice, concatenation, join, chr, format, encode/decode),
# for every width of code point (ASCII, Latin-1, BMP, astral, lone surrogates) and every length around the
# 8-character blocks the hash consumes; dict and set lookups depend on it.

samples = ["", "a", "ab", "abc", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq",
           "caf\xe9", "\xff" * 8, "\xff" * 9, "\xe9t\xe9 \xe0 la plage!", "\u0100", "abcdefg\u0100",
           "abcdefgh\u0100", "\u65e5\u672c\u8a9e", "\U0001F600", "ab\U0001F600cdefgh", "a\ud800b",
           "x" * 255, "x" * 256, "x" * 257, "y" * 1000, "\x00", "\x00" * 9, "\x7f\x80\x81"]

for s in samples:
    rebuilt = [
        "".join(list(s)),
        s[:len(s) // 2] + s[len(s) // 2:],
        ("<" + s + ">")[1:-1],
        "".join(chr(ord(c)) for c in s),
        "%s" % s,
        s.encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass"),
        str(s)[::-1][::-1],
    ]
    hashes = {hash(r) for r in rebuilt}
    d = {s: len(s)}
    st = {s}
    print(len(s), len(hashes) == 1 and hash(s) in hashes, all(d[r] == len(s) for r in rebuilt),
          all(r in st for r in rebuilt), hash(s) != -1)

print(hash("") == 0)
# Distinct strings of the same length: a dict keeps them all apart.
keys = ["".join(chr(65 + (i >> (2 * j)) % 4) for j in range(9)) for i in range(4 ** 5)]
d = {}
for k in keys:
    d[k] = d.get(k, 0) + 1
print(len(d), sum(d.values()), max(d.values()))
wide = [k.replace("A", "\u0100") for k in keys]
print(len(set(wide)), len(set(keys) & set(wide)), len(set(keys) | set(wide)))
# Strings equal to others of another width are never equal and (normally) land apart.
print("\xe9" == "\u00e9", "e\u0301" == "\xe9", len({"\xe9", "\u00e9", "e\u0301"}))
# Slices of a long text as keys, compared against literals.
seq = "GGTATTTTAATTTATAGT" * 20
counts = {}
for i in range(len(seq) - 3):
    k = seq[i:i + 4]
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
print(counts.get("GGTA"), counts.get("TAGT"), "ZZZZ" in counts)
# str subclass keys hash and compare like their str values.


class Tag(str):
    pass


t = Tag("GGTA")
print(t in counts, counts[t], hash(t) == hash("GGTA"), {t: 1} == {"GGTA": 1})
