# reversed, enumerate, zip, map and filter are classes (as in CPython): isinstance, subclasses, attributes.


class Numbered(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return f"{i}:{v}"


class Backwards(reversed):
    pass


class Pairs(zip):
    label = "pairs"


print(list(Numbered("abc", 1)), isinstance(Numbered("x"), enumerate), type(Numbered("x")).__name__)
b = Backwards((1, 2, 3))
print(list(b), type(b).__name__, isinstance(b, reversed))
p = Pairs("ab", "cd")
print(p.label, list(p), Pairs.__mro__[1] is zip)
print(enumerate.__name__, zip.__qualname__, map.__module__, filter.__name__, reversed.__module__)
print(isinstance(map(str, []), map), isinstance(filter(None, []), filter), isinstance(reversed([]), reversed))
print(issubclass(enumerate, object), type(enumerate) is type, callable(zip))
for cls in (enumerate, zip, map, filter, reversed):
    print(cls.__name__, "__next__" in cls.__dict__, "__iter__" in cls.__dict__, "__reduce__" in cls.__dict__)
for call in (lambda: enumerate(), lambda: enumerate(1), lambda: map(abs), lambda: filter(None), lambda: filter(1, 2, 3),
             lambda: zip(1), lambda: reversed(3), lambda: enumerate("a", "b"), lambda: zip("a", stric=True)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
