# str find/index/count/startswith/endswith with start/end, replace, partition
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "hello world, hello python"
for args in [("hello",), ("hello", 1), ("hello", 1, 10), ("o", -5), ("o", -5, -1), ("", 3), ("", 100), ("", 25), ("z",), ("o", None, 8), ("o", 30)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
print(s.index("world"), s.rindex("hello"), s.index("o", 5, 9))
show(lambda: s.index("xyz"))
show(lambda: s.rindex("xyz", 0, 3))
show(lambda: s.find(1))
show(lambda: s.find("a", "x"))
show(lambda: s.find())
show(lambda: s.count())
show(lambda: s.find("a", 1, 2, 3))
print(s.startswith("hello"), s.startswith("world", 6), s.startswith("world", 6, 8), s.startswith(("x", "hel")), s.startswith(""))
print(s.endswith("python"), s.endswith("hello", 0, 18), s.endswith(("x", "y")), s.endswith("", 100), s.startswith("", 100))
show(lambda: s.startswith(1))
show(lambda: s.endswith(("a", 1)))
print("aaa".count("a"), "aaaa".count("aa"), "".count(""), "abc".count(""), "abc".count("", 1), "abc".count("", 5))
print("a-b-c".replace("-", "+"), "a-b-c".replace("-", "+", 1), "abc".replace("", "-"), "abc".replace("", "-", 2), "aaa".replace("a", "bb", 0), "abc".replace("x", "y"))
print("abc".replace("", ""), "".replace("", "x"), "aaaa".replace("aa", "b"), "abc".replace("b", "", -1))
show(lambda: "a".replace(1, "b"))
show(lambda: "a".replace("a", 2))
show(lambda: "a".replace("a", "b", "c"))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"), "abc".partition("abc"))
show(lambda: "a".partition(""))
show(lambda: "a".rpartition(1))
print("prefix_body".removeprefix("prefix_"), "body".removeprefix("x"), "a.py".removesuffix(".py"), "a".removesuffix(""), "".removeprefix(""))
show(lambda: "a".removeprefix(1))
print("x" in "xyz", "" in "abc", "yz" in "xyz", "zy" in "xyz")
show(lambda: 1 in "abc")
a = "😀a😀b"
print(len(a), a.find("a"), a.find("b"), a.rfind("😀"), a.index("b"), a.count("😀"), a[1], a[2:], a[::-1], a.startswith("a", 1), a.endswith("😀", 0, 3))
print("😀x".center(6, "*"), "x".ljust(3, "😀"), "😀".zfill(3), "a😀b".split("😀"), "a😀b".partition("😀"))
