# bytes construction, repr, indexing, slicing, iteration, operators, comparisons, hash
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes(b"abc"), bytes(bytearray(b"xy")), bytes("é", "utf-8"), bytes("a", encoding="ascii"))
print(bytes((x for x in [104, 105])), bytes(memoryview(b"mv")), bytes("ab\xff", "latin-1"), bytes("é", "ascii", "replace"))
show(lambda: bytes(-1))
show(lambda: bytes("abc"))
show(lambda: bytes(1.5))
show(lambda: bytes([256]))
show(lambda: bytes([-1]))
show(lambda: bytes(["a"]))
show(lambda: bytes("abc", "foo"))
show(lambda: bytes(b"a", "utf-8"))
show(lambda: bytes(5, "x"))
show(lambda: bytes(b"a", errors="x"))
show(lambda: bytes(None))
class B:
    def __bytes__(self):
        return b"from __bytes__"
class Idx:
    def __index__(self):
        return 2
print(bytes(B()), bytes(Idx()))
b = b"hello world"
print(b[0], b[-1], b[1:5], b[::-1], b[::2], b[100:], b[-3:], b[Idx()])
show(lambda: b[20])
show(lambda: b["x"])
print(list(b"abc"), [x for x in b"\x00\xff"], sum(b"abc"), max(b"abc"), len(b), b"" == b"", bool(b""), bool(b"x"))
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), b"ab" * 3, 2 * b"xy", b"ab" * 0, b"ab" * -1)
show(lambda: b"a" + "a")
show(lambda: b"a" + 1)
show(lambda: b"a" * "a")
show(lambda: b"a" * 1.5)
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" <= b"abc", b"abc" >= b"abd")
print(b"abc" == bytearray(b"abc"), b"a" == "a", b"a" != "a", b"\x01" == 1)
show(lambda: b"a" < "a")
show(lambda: b"a" < 1)
print(98 in b"abc", b"bc" in b"abc", b"" in b"abc", 120 in b"abc", bytearray(b"b") in b"abc")
show(lambda: "a" in b"abc")
show(lambda: 300 in b"abc")
print(hash(b"") == 0, hash(b"abc") == hash(b"abc"), hash(b"abc") == hash("abc"), hash(b"abc") == hash(b"abd"))
print(repr(b"\x00\x7f\x80\xff'\"\\\n\t\r"), repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""), str(b"x"))
print(type(b"").__name__, isinstance(b"", bytes), b"abc".__len__() if hasattr(b"", "__len__") else 3)
d = {b"k": 1}
print(d[b"k"], b"k" in d)
print(sorted([b"b", b"a", b"ab", b""]))
