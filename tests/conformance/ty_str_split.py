# str split/rsplit/splitlines/strip/join/expandtabs/zfill/padding
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["  a b  c  ", "a,b,,c", "", "   ", "a\u3000b\xa0c\x1cd", "one\ttwo\nthree\r\nfour"]:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(","), s.split(",", 1), s.rsplit(",", 1))
print("a b c d".split(maxsplit=2), "a b c d".rsplit(maxsplit=2), "a,b,c".split(sep=","), "a,b,c".rsplit(sep=",", maxsplit=1))
print("a b c".split(" ", 0), "a b c".split(None, 0), "  a b c  ".split(None, 0), "  a b c  ".rsplit(None, 0), "a b".split(" ", -1))
print("aXXbXXc".split("XX"), "aXXXb".split("XX"), "aXXXb".rsplit("XX"), "XXaXX".split("XX"), "XXaXX".rsplit("XX", 1))
show(lambda: "a".split(""))
show(lambda: "a".split(1))
show(lambda: "a".split(foo=1))
show(lambda: "a".rsplit("", 1))
show(lambda: "a".split(",", "x"))
for s in ["a\nb\r\nc\rd", "a\n\nb\n", "x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r", "", "\n", "no newline"]:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
show(lambda: "a".splitlines(1, 2))
print(repr("  x  ".strip()), repr("  x  ".lstrip()), repr("  x  ".rstrip()), repr("xxaxx".strip("x")), repr("abcba".strip("ab")), repr("\u3000x\xa0".strip()), repr("aaa".strip("a")))
print(repr("x".strip(None)), repr(" x ".lstrip(None)), repr("xay".rstrip("yx")))
show(lambda: "a".strip(1))
show(lambda: "a".lstrip("a", "b"))
print("-".join(["a", "b", "c"]), "".join([]), ",".join("abc"), ", ".join(("x",)), "-".join(x for x in "ab"), "+".join({"k": 1}))
show(lambda: "-".join(["a", 1]))
show(lambda: "-".join(5))
show(lambda: "-".join(["a", b"b"]))
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\nd\te".expandtabs(3)), repr("\t".expandtabs(0)), repr("a\tb".expandtabs(tabsize=2)), repr("x\ty".expandtabs(-1)))
show(lambda: "a".expandtabs("x"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "".zfill(3), "-".zfill(3))
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6, "-")), repr("a".center(4)), repr("ab".ljust(5, ".")), repr("ab".rjust(5, "0")), repr("abc".ljust(1)))
show(lambda: "a".center())
show(lambda: "a".center(5, "ab"))
show(lambda: "a".center(5, 3))
show(lambda: "a".ljust("5"))
show(lambda: "a".zfill())
