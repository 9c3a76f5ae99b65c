# str operators, comparisons, conversion, iteration, slicing, hashing, percent-format checks
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "Hello, World"
print(s[0], s[-1], s[2:5], s[::-1], s[::3], s[100:], s[-100:3], s[5:2], len(s), list("abc"), [c for c in "héllo"])
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "a" + "b", "abc" < "abd", "abc" < "ab", "B" < "a", "é" > "z", "😀" > "\uffff", "" < "a", "a" == "a", "a" != "b")
show(lambda: "a" + 1)
show(lambda: 1 + "a")
show(lambda: "a" * "b")
show(lambda: "a" * 1.5)
show(lambda: "a" < 1)
show(lambda: "abc"[5])
fidx = 1.5
show(lambda: "abc"[fidx])
print(str(), str(5), str(2.5), str([1, "a"]), str(None), str(b"ab"), str(True), str(1j), repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\n\t\x00\x7f\u200b"))
print(hash("abc") == hash("abc"), hash("") == 0, {"a": 1}["a"], "x" in {"x", "y"})
print("%s|%r|%d|%5.2f|%-4s|%x|%o|%e|%c|%%" % ("s", "r", 42, 3.14159, "ab", 255, 8, 12345.6789, 65))
print("%(a)s %(b)04d" % {"a": "A", "b": 7}, "%*d|%-*d" % (5, 1, 5, 2), "%.3s" % "abcdef", "%+d % d" % (5, 5), "%#x %#o" % (255, 8), "%5s%%" % 1)
show(lambda: "%d" % "a")
show(lambda: "%s %s" % (1,))
show(lambda: "%s" % (1, 2))
show(lambda: "%z" % 1)
show(lambda: "%(a)s" % 1)
print(f"{'x':>5}|{3.5:08.2f}|{42:#x}|{'é'!a}|{'q'!r}|{10:,}|{1e10:g}|{0.000012:.2e}")
print("".join(reversed("abc")), sorted("hello"), max("hello"), min("hello"), "l" * 3 in "hello", "abc".__len__(), "x".__contains__("x"))
t = "ab😀cd"
print(len(t), t[2], t[3:], t[-3], t[::-1], t.upper(), list(t), t.index("c"), t[1:4], t.encode())
print(ord(t[2]), chr(128512) == t[2], "😀" * 2, "a😀".center(6, "-"), "%s" % t, "{:>8}".format(t), len("{:>8}".format(t)))
for a, b in [("a", "b"), ("abc", "abd"), ("", ""), ("a", "A")]:
    print(a < b, a <= b, a > b, a >= b, a == b, a != b)
