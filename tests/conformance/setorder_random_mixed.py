# Set and frozenset iteration order against CPython's for tuples, floats, None, bools and frozensets (whose
# hashes are deterministic), built by random method calls with several arguments and in-place operators.

state = 987654321


def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n


FLOATS = [0.5, 1.5, -2.25, 3.0, 1e300, float("inf"), float("-inf"), -0.0, 2.5e-08, 7.0, 1e16, 123.456]


def value():
    c = rnd(12)
    if c < 3:
        return (rnd(40) - 5, rnd(40) - 5)
    if c < 4:
        return (rnd(5), (rnd(5), None), True)
    if c < 6:
        return FLOATS[rnd(len(FLOATS))]
    if c < 7:
        return [None, True, False][rnd(3)]
    if c < 8:
        return frozenset(rnd(30) for _ in range(rnd(4)))
    if c < 9:
        return ()
    return rnd(300) - 50


def values(n):
    return [value() for _ in range(rnd(n))]


def step(s, other):
    c = rnd(24)
    if c < 8:
        s.add(value())
    elif c < 11:
        s.discard(value())
    elif c < 12:
        s.update(values(10), tuple(values(10)))
    elif c < 13:
        s.intersection_update(other | s, list(s)[: rnd(20)] + values(5))
    elif c < 14:
        s.difference_update(values(8), values(3))
    elif c < 15:
        s.symmetric_difference_update(values(12))
    elif c < 16:
        s.symmetric_difference_update(dict.fromkeys(values(12)))
    elif c < 17:
        s = s.intersection(list(other) + list(s)[: rnd(15)])
    elif c < 18:
        s = set(s.symmetric_difference(values(9)))
    elif c < 19:
        s = s.difference(dict.fromkeys(values(6)))
    elif c < 20:
        s = set(frozenset(s) | frozenset(values(6)))
    elif c < 21:
        if s:
            s.pop()
    elif c < 22:
        s = set(list(s))
    elif c < 23:
        s = {*s, *values(4)}
    else:
        s = s & other if len(s & other) > 2 else s - other
    return s


for case in range(200):
    other = set(values(25))
    s = set(values(6)) if rnd(2) else set()
    for _ in range(1 + rnd(35)):
        s = step(s, other)
    f = frozenset(s)
    print(case, s, f, hash(f) == hash(frozenset(list(s)[::-1])), hash(f))
    print(" ", s | other, s & other, s - other, other - s, s ^ other)
