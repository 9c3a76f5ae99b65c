# Case conversions: all-ASCII strings (the vectorized path) and strings with other characters (the Unicode
# path) must give the same answers; ord()/chr() with one argument.
samples = ["", "a", "Z", "hello world", "HELLO WORLD", "hElLo wOrLd", "they're bill's friends from the UK",
           "123abc def456 7g", "  leading and trailing  ", "a-b_c.d/e:f;g", "ALL CAPS 99 PROBLEMS", "x" * 300,
           "mIxEd" * 50 + "!", "\t\ttabs\nand\nnewlines\r\n", "@[`{", "zZaA09", "o'neil mcdonald-smith"]
for s in samples:
    print(repr(s.upper()[:40]), repr(s.lower()[:40]), repr(s.capitalize()[:40]), repr(s.title()[:40]),
          repr(s.swapcase()[:40]), len(s.upper()), s.upper() == s.upper().upper())
unicode = ["\u00e9t\u00e9 d\u00e9j\u00e0", "stra\u00dfe", "\u0130stanbul", "\u03a3\u03a3 \u039f\u0394\u039f\u03a3",
           "\ufb01ne \ufb02y", "\u01c5ungla", "caf\u00e9 CAF\u00c9", "a\U0001F600b c\U0001F600d", "\u1f88 \u1f80"]
for s in unicode:
    print(ascii(s.upper()), ascii(s.lower()), ascii(s.capitalize()), ascii(s.title()), ascii(s.swapcase()),
          len(s.upper()), len(s.lower()))
class S(str):
    pass
for m in ["upper", "lower", "capitalize", "title", "swapcase"]:
    r = getattr(S("abc Def"), m)()
    print(m, type(r).__name__, r)
    try:
        getattr("abc", m)(1)
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"], key=str.lower))
print(list(map(str.upper, ["ab", "cd"])), list(map(str.title, ["ab cd", "EF gh"])))
print("ABC".upper() == "ABC", "Hello".capitalize() == "Hello")
# The results keep working as ordinary strings (length, indexing, hashing, comparison).
u = "hello world".upper()
print(u[0], u[-1], u[3:7], u[::-1], hash(u) == hash("HELLO WORLD"), u == "HELLO WORLD", {u: 1}["HELLO WORLD"])
# ord/chr
for x in ["a", "\u00e9", "\u20ac", "\U0001F600", b"a", bytearray(b"z")]:
    print(ord(x))
for bad in ["", "ab", "\U0001F600x", 5, None, b"ab", S("q")]:
    try:
        print(ord(bad))
    except TypeError as e:
        print(type(e).__name__, e)
for n in [0, 65, 255, 256, 0x20ac, 0x1F600, 0x10FFFF, True]:
    print(ascii(chr(n)), len(chr(n)))
for bad in [-1, 0x110000, 1.5, "a", None]:
    try:
        print(chr(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ord()
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
