# Unbound built-in methods called with the receiver first.
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=str.lower), sorted(words, key=str.upper))
print(list(map(str.strip, ["  a ", "b  "])), list(map(str.split, ["a b", "c"])))
print(str.startswith("abc", "a"), str.find("abc", "c"), str.count("aaa", "a"))
print(list(dict.keys({1: 2, 3: 4})), list(dict.items({1: 2})), dict.get({1: 2}, 1), dict.get({}, 1))
print(list.append([], 1), set.add(set(), 1))


class D(dict):
    pass


class S(str):
    pass


d = D(a=1)
print(list(dict.keys(d)), dict.get(d, "a"), str.lower(S("AbC")), str.startswith(S("xy"), "x"))
for call in [lambda: str.lower(5), lambda: str.find(5, "a"), lambda: dict.keys([1]), lambda: dict.get(3, 1),
             lambda: str.lower(), lambda: str.find("a"), lambda: str.startswith("abc", 1)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
