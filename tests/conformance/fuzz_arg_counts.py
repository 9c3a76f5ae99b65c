# Builtins called with missing or extra arguments raise CPython's TypeError (found by callfuzz).
cases = [
    lambda: enumerate(),
    lambda: enumerate([1], 1, 2),
    lambda: list(enumerate(iterable=[7], start=3)),
    lambda: list(enumerate(["a", "b"], 5)),
    lambda: range(3).__getitem__(),
    lambda: range.__getitem__(range(3)),
    lambda: range(3).__getitem__(1, 2),
    lambda: range(5).__getitem__(-1),
]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
