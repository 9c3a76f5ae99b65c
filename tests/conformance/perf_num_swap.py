# Tuple displays assigned to target lists of the same length (swaps) keep tuple semantics: left-to-right
# evaluation of every value before any store, stores left to right, nested targets, errors.


def swap_list(perm, i, j):
    while i < j:
        perm[i], perm[j] = perm[j], perm[i]
        i += 1
        j -= 1
    return perm


print(swap_list(list(range(10)), 0, 9))
print(swap_list(list("abcdef"), 1, 4))


def rotate():
    a, b, c = 1, 2, 3
    a, b, c = b, c, a
    print(a, b, c)
    a, b = b, a
    print(a, b)
    [x, y] = y2, x2 = 5, 6
    print(x, y, y2, x2)


rotate()


trace = []


class Box:
    def __init__(self):
        self.items = {}

    def __setitem__(self, k, v):
        trace.append(("set", k, v))
        self.items[k] = v

    def __getitem__(self, k):
        trace.append(("get", k))
        return self.items.get(k, 0)


def order():
    b = Box()
    b["p"], b["q"] = b["q"], b["p"]
    print(trace)
    i = 0
    lst = [10, 20, 30]
    i, lst[i] = 2, 99
    print(i, lst)


order()


def nested():
    (a, b), c = (1, 2), 3
    print(a, b, c)
    try:
        (a, b), c = (1, 2, 3), 4
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        a, b = 1, undefined_name
    except NameError as e:
        print(type(e).__name__, e, a)


nested()


def errors():
    d = {}
    try:
        d["x"], d["y"] = d["y"], 1
    except KeyError as e:
        print(type(e).__name__, e, d)
    t = (1, 2)
    try:
        t[0], x = 5, 6
    except TypeError as e:
        print(type(e).__name__, e)
    print(x if "x" in dir() else "x unbound")


errors()
