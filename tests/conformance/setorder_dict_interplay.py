# Sets built from dicts (their stored hashes, deleted entries) and dicts built from sets, against CPython's order.

state = 4242


def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n


def key():
    c = rnd(4)
    if c == 0:
        return (rnd(20), rnd(20))
    if c == 1:
        return rnd(1 << 40) - (1 << 39)
    return rnd(200) - 30


for case in range(120):
    d = {}
    for _ in range(rnd(40)):
        d[key()] = rnd(10)
    for k in list(d)[: rnd(10)]:
        del d[k]
    s = set(d)
    print(case, s, set(d.keys()), frozenset(d.items()) == set(d.items()), set(d.values()))
    s.update(d)
    t = set(key() for _ in range(rnd(20)))
    print(" ", list(dict.fromkeys(s)), d.keys() & t, d.keys() | t, d.keys() - t, d.keys() ^ t)
    u = s.copy()
    u.difference_update(d)
    u.update({key(): 1 for _ in range(rnd(10))})
    print(" ", u, s.difference(d), s.symmetric_difference(d), s.union(d), s.intersection(d))
    print(" ", {k: v for k, v in dict.fromkeys(t, 0).items()}, set(dict.fromkeys(t)), set(reversed(list(t))))
