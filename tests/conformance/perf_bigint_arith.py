# Big-int + - * with mixed signs and sizes (1..100 limbs), against small ints and bools.
state = 12345


def rnd32():
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state


def big(limbs):
    v = 0
    for _ in range(limbs):
        v = (v << 31) | rnd32()
    return v


def signed(v):
    return -v if rnd32() & 1 else v


sizes = [1, 2, 3, 4, 5, 8, 17, 33, 47, 48, 49, 50, 64, 65, 100]
for sa in sizes:
    for sb in (1, 2, 3, 48, 49, 70):
        a = signed(big(sa))
        b = signed(big(sb))
        s = a + b
        d = a - b
        p = a * b
        print(sa, sb, hash(s), hash(d), hash(p), s.bit_length(), d.bit_length(), p.bit_length())
        print(hex(s)[:40], hex(d)[-40:], hex(p)[:30], hex(p)[-30:])
        print(a + b == b + a, a - b == -(b - a), a * b == b * a, (a + b) - b == a, (a * b) // b == a if b else None)

# Small and bool operands on either side.
x = big(10)
for small in (0, 1, -1, 2, -2, 7, 10, 2**31 - 1, 2**32, -2**32, 2**63 - 1, -2**63, True, False):
    print(hash(x + small), hash(small + x), hash(x - small), hash(small - x), hash(x * small), hash(small * x))
    print(hash(-x + small), hash(small - -x), hash(-x * small))

# Carries and borrows across every limb.
m = 2**320 - 1
print(hex(m + 1), hex(m + m), hex((m + 1) - 1), hex(-(m + 1) + 1))
print(hex(m * m), hex(m * 0xFFFFFFFF), hex(m * 2**32), hex((m + 1) * (m + 1)))
print(hex(2**64 - 1 + 1), hex(2**64 - 2**64), 2**64 - 2**64 + 5, type(2**100 - 2**100))
# Results back in 64 bits are plain small ints.
y = 2**200 + 17
print(y - 2**200, (y - 2**200) + 1, y - y, (2**63) - 1, -(2**63) + 0, 2**64 - 2**63, -2**64 + 2**63)
print(type(y - 2**200).__name__, (y - 2**200) is not None)
# Augmented assignment.
acc = 1
for i in range(1, 200):
    acc *= i
    acc += i * i
    acc -= 3
print(hash(acc), acc % 1000003, acc.bit_length())
