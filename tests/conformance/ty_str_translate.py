# str.maketrans (three forms) and translate
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-d".translate(t))
t2 = str.maketrans("ab", "AB", "cd")
print(sorted(t2.items()), "abcde".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "three", 100: 68})
print(sorted(t3.items()), "abcde".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({104: "J"}), "hi".translate({}), "".translate(t))
print("abc".translate([ord("x")] * 97 + [None, ord("B")]))
class Table:
    def __getitem__(self, k):
        if k == ord("a"):
            return "A"
        raise LookupError
print("banana".translate(Table()))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
print("Hello, World!".translate(rot13), "Hello, World!".translate(rot13).translate(rot13))
print("é😀x".translate({ord("😀"): "<smile>", ord("é"): "e"}))
show(lambda: str.maketrans("ab", "c"))
show(lambda: str.maketrans(1))
show(lambda: str.maketrans({"ab": 1}))
show(lambda: str.maketrans({1.5: 1}))
show(lambda: str.maketrans("a", 1))
show(lambda: str.maketrans("a", "b", 3))
show(lambda: str.maketrans())
show(lambda: "abc".translate(1))
show(lambda: "abc".translate({97: 1.5}))
show(lambda: "abc".translate({97: -1}))
print(type(str.maketrans("", "")), str.maketrans("", ""), "x".maketrans("a", "b"))
