# Big-int addition and multiplication by a small int where 64-bit words come out all ones, so the
# carries ripple: the cases a limb kernel's carry shortcut must get right.
ones = [2 ** (32 * k) - 1 for k in (2, 3, 4, 5, 8, 9, 17)]
patterns = ones + [
    (2 ** 64 - 1) << 64,
    ((2 ** 64 - 1) << 128) | 1,
    int("f" * 40 + "0" * 8 + "f" * 16, 16),
    int("ffffffff00000001" * 6, 16),
    int("8000000000000000" * 5, 16),
    7 ** 200,
]
smalls = [1, 2, 3, 7, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0xFFFFFFFE, 12345]

for x in patterns:
    for m in smalls:
        p = x * m
        q = m * x
        assert p == q
        print(hex(p)[-40:], p.bit_length(), p % 1000003)
    for y in patterns:
        s = x + y
        print(hex(s)[-40:], s.bit_length(), (s - y) == x)
    print(hex(x + 1)[-24:], hex(x + 2 ** 64)[-24:], hex(x + x)[-24:])

# Sums whose 64-bit words are all ones before the incoming carry is added.
for k in range(1, 12):
    a = 2 ** (64 * k) - 1
    b = 1
    c = int("fffffffffffffffe" * k, 16)
    d = int("0000000000000001" * k, 16)
    print(k, hex(a + b)[:12], (c + d) == a, hex(c + d + 1)[:12], hex((a * 0xFFFFFFFF) + a)[:20])

# Words built so that, inside the kernels, a carry comes into a 64-bit word whose other parts sum to all ones.
ripple_products = [
    (0xDEADBEE9DEADBEE9DEADBEE9DEADBEE9DEADBEEFCAFEBABE, 0xFFFFFFFF),
    (0xDDEADBEE442A482377AB6FB910A9208DDEADBEEFCAFEBABE, 0x80000001),
    (0x4B71146275BED80A1EA64538779CA0ABDEADBEEFCAFEBABE, 12345),
    (0x49249249249249249249249249249249DEADBEEFCAFEBABE, 7),
]
for x, m in ripple_products:
    print(hex(x * m), hex(m * x), hex(-x * m), (x * m) // m == x)
    for shift in (32, 64, 96):
        print(hex((x << shift) * m)[-30:], hex(((x << shift) + x) * m)[-30:])
ripple_sums = [
    (int("7fffffffffffffff" + "ffffffffffffffff", 16), int("8000000000000000" + "0000000000000001", 16)),
    (int("7fffffffffffffff" * 3 + "ffffffffffffffff", 16), int("8000000000000000" * 3 + "0000000000000001", 16)),
    (int("12345" + "ffffffffffffffff" * 4, 16), 1),
]
for x, y in ripple_sums:
    print(hex(x + y), hex(y + x), hex((x << 32) + (y << 32)), x + y - y == x)

# Differences whose words are equal above a borrow: the borrow ripples through zero words.
for k in range(1, 7):
    x = int("1" + "0000000000000000" * k + "0000000000000000", 16)
    y = 1
    z = int("8000000000000000" * k + "0000000000000000", 16)
    w = int("8000000000000000" * k + "0000000000000001", 16)
    print(hex(x - y), hex(z - w), hex(w - z), hex((x << 32) - (y << 32)), x - y + y == x)
for x, m in ripple_products:
    print(hex(x * m - x), hex(x * m - (x << 16)), hex((x << 64) - x * m))

# Long division (divisor of two limbs or more): the multiply-and-subtract step over words like the above.
divisors = [p for p in patterns if p.bit_length() > 40] + [x for x, _ in ripple_products] + [2 ** 64 + 1, 2 ** 96 - 2 ** 32]
for x in patterns + [x * m for x, m in ripple_products] + [7 ** 300, 2 ** 700 - 1]:
    for y in divisors:
        q, r = divmod(x * 3 + 1, y)
        assert q * y + r == x * 3 + 1 and 0 <= r < y
        print(hex(q)[-20:], hex(r)[-20:], q.bit_length(), r.bit_length())
