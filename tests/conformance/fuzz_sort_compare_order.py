# Found by difffuzz: sorting items that cannot be compared must fail on the same pair as CPython (its timsort
# compares in a fixed order), and methods taking a C ssize_t raise OverflowError beyond 64 bits.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show("reverse mixed", lambda: sorted([None, -1e-300, True], reverse=True))
show("mixed", lambda: sorted([None, -1e-300, True]))
show("mixed 2", lambda: sorted([1, 'a', 2.5, None]))
show("mixed 3", lambda: sorted([3, 2, 1, 'x']))
show("mixed 4", lambda: sorted(['b', 'a', 1]))
show("mixed key", lambda: sorted([1, 2, 3], key=lambda v: None if v == 2 else v))
show("list.sort mixed", lambda: [(1,), 2].sort())
show("desc run", lambda: sorted([5, 4, 3, 3, 2, 1]))
show("stable", lambda: sorted([(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')], key=lambda t: t[0]))
show("stable rev", lambda: sorted([(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')], key=lambda t: t[0], reverse=True))
show("big", lambda: sorted(range(200, 0, -3))[:5])

calls = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v


sorted([K(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
print("comparisons", calls)
calls.clear()
sorted([K(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]], reverse=True)
print("comparisons reverse", calls)
calls.clear()
sorted([K(v) for v in [9, 8, 7, 1, 2]])
print("comparisons descending run", calls)

show("insert big", lambda: [1].insert(2**63, 0))
show("insert -big", lambda: [1].insert(-2**64, 0))
show("pop big", lambda: [1].pop(2**63))
show("index big", lambda: [1][2**63])
l = [1, 2]
l.insert(10, 3)
l.insert(-10, 0)
print(l, l.pop(-1), l.pop(0))
