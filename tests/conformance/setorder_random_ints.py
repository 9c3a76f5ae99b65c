# Set iteration order against CPython's: sets of ints built by random sequences of adds, discards, updates,
# pops and set operations (a fixed-seed generator of its own, so the sequences do not depend on `random`).

state = 20261128


def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n


def value():
    c = rnd(10)
    if c < 4:
        return rnd(100) - 20
    if c < 6:
        return rnd(2000000) - 1000000
    if c < 7:
        return rnd(64) * 8
    if c < 8:
        return (rnd(1 << 30) << 40) - (1 << 69)
    if c < 9:
        return -1 - rnd(3)
    return rnd(1 << 62) * (1 - 2 * rnd(2))


def values(n):
    return [value() for _ in range(rnd(n))]


def build(s, other):
    for _ in range(1 + rnd(40)):
        c = rnd(30)
        if c < 12:
            s.add(value())
        elif c < 16:
            s.discard(value())
        elif c < 17:
            for x in list(s)[: rnd(4)]:
                s.remove(x)
        elif c < 18:
            s.update(values(25))
        elif c < 19:
            if s:
                s.pop()
        elif c < 20:
            s = s | other
        elif c < 21:
            s = s & (other | set(list(s)[: rnd(12)]))
        elif c < 22:
            s = s - set(values(6))
        elif c < 23:
            s = s ^ other
        elif c < 24:
            s |= set(values(8))
        elif c < 25:
            s &= other | s
        elif c < 26:
            s -= other
        elif c < 27:
            s ^= set(values(10))
        elif c < 28:
            s = s.copy()
        elif c < 29:
            s = {x for x in s}
        else:
            s = s.union(values(5), other).difference(values(5))
    return s


for case in range(700):
    other = set(values(30))
    s = build(set(), other)
    popped = [s.pop() for _ in range(min(len(s), rnd(4)))]
    print(case, s, popped, list(s))
