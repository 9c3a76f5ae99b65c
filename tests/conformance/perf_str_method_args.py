s = "  Hello, World; hello again  "
print(s.startswith("  H"), s.endswith("  "), s.startswith(("x", " ")), s.find("llo"), s.rfind("llo"), s.count("l"), s.count(""))
print(s.index("World"), s.rindex("l"))
try: s.index("zz")
except ValueError as e: print(type(e).__name__, e)
try: s.startswith(1)
except TypeError as e: print(type(e).__name__, e)
try: s.find(1)
except TypeError as e: print(type(e).__name__, e)
print(s.replace("l", "L"), s.split(","), s.split(",", 1), s.rsplit(" ", 2), s.split(None), s.split(None, 2))
try: s.split("")
except ValueError as e: print(type(e).__name__, e)
try: s.split(1)
except TypeError as e: print(type(e).__name__, e)
print(repr(s.strip(" H")), repr(s.lstrip(None)), repr(s.rstrip(" n")), s.partition(","), s.rpartition("l"), s.partition("#"))
print(repr("ab".ljust(5)), repr("ab".rjust(5, "*")), repr("ab".center(7, "-")), repr("ab".center(6)))
try: "ab".center(7, "--")
except TypeError as e: print(type(e).__name__, e)
print("abc".translate({97: "X", 98: None}))
a = "x\U0001F600y z\U0001F600"
print(a.split(" "), len(a.split(" ")[1]), a.strip("x"), len(a.strip("x")), a.find("y"), a.rfind("z"))
get = "a,b".split
print(get(","), get(",", 0))


class S(str):
    pass


u = S("  spam, eggs  ")
print(u.strip(), u.split(","), u.find("eggs"), u.startswith("  s"), u.replace("s", "$"), u.center(20, "."))
print(s.find("l", 5), s.find("l", 5, 8), s.startswith("H", 2), s.endswith("again", 0, -2), s.count("l", 0, 10))
print(str.find(s, "W"), str.split("a b"), str.strip("xax", "x"))
strip = "..x..".strip
print(strip("."), strip())
for meth, args in [("find", ()), ("count", (1, 2, 3, 4)), ("replace", ("a",)), ("ljust", ()), ("partition", ())]:
    try:
        getattr(s, meth)(*args)
    except TypeError as e:
        print(meth, type(e).__name__, e)
try: s.replace("a", 1)
except TypeError as e: print(type(e).__name__, e)
try: s.partition("")
except ValueError as e: print(type(e).__name__, e)
try: s.ljust("x")
except TypeError as e: print(type(e).__name__, e)
try: s.strip(5)
except TypeError as e: print(type(e).__name__, e)
