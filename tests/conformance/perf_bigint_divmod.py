# Big-int // % divmod: signs (floor rounding), one-limb divisors, Knuth division sizes, long quotients.
state = 987654


def rnd32():
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state


def big(limbs):
    v = 0
    for _ in range(limbs):
        v = (v << 31) | rnd32()
    return v


def check(a, b):
    q, r = divmod(a, b)
    ok = q * b + r == a and (r == 0 or (r > 0) == (b > 0)) and abs(r) < abs(b)
    return q, r, ok, q == a // b, r == a % b


for sa, sb in [(3, 1), (5, 2), (10, 3), (10, 9), (10, 10), (10, 11), (40, 20), (80, 70), (140, 70),
               (200, 66), (200, 100), (70, 3), (3, 3), (2, 2), (4, 2), (66, 65), (130, 65)]:
    for signs in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
        a = signs[0] * big(sa)
        b = signs[1] * big(sb)
        q, r, ok, same_q, same_r = check(a, b)
        print(sa, sb, signs, hash(q), hash(r), ok, same_q, same_r, q.bit_length(), r.bit_length())

# Divisors that are small ints (one limb) and long-sized, on both sides.
x = big(12)
for d in (1, -1, 2, -2, 3, 10, -10, 2**31, 2**32 - 1, 2**32, 2**33 + 1, -(2**40), 2**63 - 1, -2**63, True):
    q, r, ok, same_q, same_r = check(x, d)
    q2, r2, ok2, same_q2, same_r2 = check(-x, d)
    print(d, hash(q), r, ok, same_q, same_r, hash(q2), r2, ok2, same_q2, same_r2)
    print(divmod(d, x), divmod(d, -x), d // x, d % x, d % -x)

# Exact divisions, quotient with a zero top limb, normalisation edge cases (divisor top limb with high bit set).
for b in (2**64 - 1, 2**95 + 2**64 + 1, 2**127 - 2**96, (2**32 - 1) * 2**64 + 5, 3**100):
    a = b * (2**200 + 12345) + 7
    print(divmod(a, b)[1], hex(a // b)[-20:], a % b == 7, divmod(-a, b)[1] == b - 7, divmod(a, -b)[1] == 7 - b)
    print(divmod(b * b, b) == (b, 0), divmod(b, b), divmod(b - 1, b)[0], divmod(-b, b), divmod(b + 1, -b))

# Knuth's add-back case: known hard divisions.
u = 0x7FFF800100000000 * 2**64
v = 0x800080020005 * 2**32 + 1
print(divmod(u, v), divmod(u * 2**64 + 12345, v * 2**32 + 7))
a = 2**192 - 1
for b in (2**128 - 1, 2**96 + 1, 2**64 + 2**32 + 1, 2**160 - 2**32):
    print(divmod(a, b), divmod(-a, b), divmod(a, -b))

# Errors.
for a in (2**100, -2**100):
    for op in ("//", "%", "divmod"):
        try:
            if op == "//": a // 0
            elif op == "%": a % 0
            else: divmod(a, 0)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    divmod(2**100, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    2**100 // None
except TypeError as e:
    print(type(e).__name__, e)
try:
    2**100 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2**100 // 2.5, 2**100 % 7.5, divmod(2**70, 3.0))
