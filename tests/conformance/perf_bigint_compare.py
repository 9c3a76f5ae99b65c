# Big-int comparisons, negation, hashing, floats, bools and int subclasses around the limb fast paths.
state = 55555


def rnd32():
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state


def big(limbs):
    v = 0
    for _ in range(limbs):
        v = (v << 31) | rnd32()
    return v


vals = [big(n) for n in (3, 3, 4, 10)]
vals += [-v for v in vals] + [0, 1, -1, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, -2**64, True, False]
vals.append(vals[0] + 0)
for a in vals:
    print(" ".join(str(int(c)) for b in vals for c in (a < b, a <= b, a == b, a != b, a > b, a >= b)))
print(sorted(vals) == sorted(vals, key=lambda v: (v > 0, abs(v) if v > 0 else -abs(v))))
print([hash(v) % 1000 for v in vals])

# Negation keeps the invariant: -(2**63) is the smallest 64-bit value.
n = 2**63
print(-n, -(-n), type(-n).__name__, -n == -9223372036854775808, -(-n) - n, hash(-n), hash(n))
print(-(2**64), -(-(2**64)), abs(-(2**100)), +(2**100) == 2**100, ~(2**100), ~(-(2**100)))

# Mixed with floats: exact comparisons, no rounding of the int.
f = float(2**80)
print(2**80 == f, 2**80 + 1 == f, 2**80 + 1 > f, 2**80 - 1 < f, -(2**80) == -f, 10**400 > 1e308, -10**400 < -1e308)
print(2**80 < float("inf"), 2**80 > float("-inf"), 2**80 == float("nan"), 2**80 != float("nan"), 2**80 < 2.5e24)
print(2**100 + 0.5, 2**100 * 1.5, 2**100 - 1.0, (2**100) / 3, (2**100 + 1) / 2**100)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10**400 + 1.0
except OverflowError as e:
    print(type(e).__name__, e)


class MyInt(int):
    def __add__(self, other):
        return "add"

    def __radd__(self, other):
        return "radd"

    def __lt__(self, other):
        return "lt"


class PlainInt(int):
    pass


m = MyInt(2**100)
p = PlainInt(2**100)
print(m + 1, 1 + m, 2**100 + m, m + 2**100, m < 2**200, 2**200 > m)
print(p + 1, 1 + p, p * p, p - 2**101, divmod(p, 3), p // 7, p % 7, p == 2**100, p < 2**101, -p, type(p + 1).__name__)
print(True + 2**100, 2**100 * False, 2**100 - True, divmod(2**100, True), 2**100 > True)
d = {2**100: "a", -(2**100): "b"}
print(d[2**99 * 2], d[-(2**101) // 2], (2**100 + 1 - 1) in d, 2**100 in {2**100}, len({2**100, 2**99 * 2, 4**50}))
