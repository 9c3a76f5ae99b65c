"""Writes tests/Krait.Runtime.Tests/Data/int_cases.jsonl: CPython 3.11 results of int operations (run with
/usr/bin/python3.11). Each row is [op, args..., result]; ints travel as decimal strings, floats as repr, errors
as ["!", type name, message]. Seeded random inputs, so the file is reproducible."""
import json, os, random, sys

OUT = os.path.join(os.path.dirname(__file__), '..', 'tests', 'Krait.Runtime.Tests', 'Data', 'int_cases.jsonl')
rng = random.Random(2024)
rows = []

def enc(v):
    if isinstance(v, bool): return v
    if isinstance(v, int):
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)
        try: return str(v)
        finally: sys.set_int_max_str_digits(limit)
    if isinstance(v, float): return repr(v)
    if isinstance(v, bytes): return v.hex()
    if isinstance(v, tuple): return [enc(x) for x in v]
    return v

def case(op, args, f):
    try:
        r = enc(f())
    except Exception as ex:
        r = ['!', type(ex).__name__, str(ex)]
    rows.append([op] + [enc(a) for a in args] + [r])

edge = [0, 1, -1, 2, -2, 3, 7, -7, 10, 2**31, -2**31, 2**53, 2**53 + 1, 2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1,
        2**64, 10**20, -10**20, 2**100 + 1, -(3**80)]
def rand_int():
    k = rng.random()
    if k < 0.3: return rng.choice(edge)
    if k < 0.6: return rng.randrange(-1000, 1000)
    if k < 0.85: return rng.randrange(-2**64, 2**64) >> rng.randrange(64)
    return rng.randrange(-2**300, 2**300) >> rng.randrange(300)

for _ in range(600):
    a, b = rand_int(), rand_int()
    case('floordiv', (a, b), lambda: a // b)
    case('mod', (a, b), lambda: a % b)
    case('divmod', (a, b), lambda: divmod(a, b))
    case('truediv', (a, b), lambda: a / b)
for a, b in [(1, 3), (2**60 + 1, 3), (10**400, 3), (1, 10**400), (10**400, 1), (-(2**1100), 2**80), (1, 2**1074),
             (1, 2**1075), (3, 2**1076), (2**1024 - 2**970, 1), (2**1024 - 2**970 - 1, 1), (2**1024 - 2**971, 1)]:
    case('truediv', (a, b), lambda: a / b)
    case('truediv', (-a, b), lambda: -a / b)
for _ in range(200):
    a = rng.randrange(-2**200, 2**200) >> rng.randrange(200)
    b = rng.randrange(1, 2**200) >> rng.randrange(200) or 1
    case('truediv', (a, b), lambda: a / b)
for _ in range(300):
    a = rand_int()
    case('float', (a,), lambda: float(a))
for x in [2**1024, 2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**54 + 3, 2**54 + 2, 2**54 + 6, -(2**54 + 3)]:
    case('float', (x,), lambda: float(x))
for _ in range(300):
    a = rng.choice([rng.randrange(-20, 20), rand_int()])
    e = rng.randrange(0, 70)
    case('pow', (a, e), lambda: a ** e)
for _ in range(300):
    a, e, m = rand_int(), rng.choice([rng.randrange(-5, 100), rand_int()]), rand_int()
    case('powmod', (a, e, m), lambda: pow(a, e, m))
for a, e, m in [(0, -1, 1), (2, -1, 1), (2, -1, -1), (3, -1, -7), (0, 0, 1), (2, 3, 0), (2, -1, 4), (38, -1, 97),
                (-38, -1, 97), (38, -1, -97), (5, 0, -3), (0, 0, -3)]:
    case('powmod', (a, e, m), lambda: pow(a, e, m))
for _ in range(300):
    a, n = rand_int(), rng.choice([rng.randrange(-3, 70), rng.randrange(0, 300)])
    case('lshift', (a, n), lambda: a << n)
    case('rshift', (a, n), lambda: a >> n)
case('lshift', (1, 2**70), lambda: 1 << 2**70)
case('lshift', (0, 2**70), lambda: 0 << 2**70)
case('rshift', (-5, 2**70), lambda: -5 >> 2**70)
case('rshift', (5, 2**70), lambda: 5 >> 2**70)
for _ in range(300):
    a = rand_int()
    case('bit_length', (a,), lambda: a.bit_length())
    case('bit_count', (a,), lambda: a.bit_count())
for _ in range(300):
    a = rand_int()
    n = rng.randrange(0, 12)
    for order in ('big', 'little'):
        for signed in (False, True):
            case('to_bytes', (a, n, order, signed), lambda: a.to_bytes(n, order, signed=signed))
case('to_bytes', (1, -1, 'big', False), lambda: (1).to_bytes(-1, 'big'))
case('to_bytes', (0, 0, 'big', True), lambda: (0).to_bytes(0, 'big', signed=True))
case('to_bytes', (-1, 0, 'big', True), lambda: (-1).to_bytes(0, 'big', signed=True))
for _ in range(200):
    b = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 20)))
    for order in ('big', 'little'):
        for signed in (False, True):
            case('from_bytes', (b, order, signed), lambda: int.from_bytes(b, order, signed=signed))

# int(str, base)
texts = ['0', '00', '-0', '+7', ' 12 ', '\t-12\n', '1_000', '1__000', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101',
         '0x_1f', '0x__1f', '0x', '0b', '0_7', '0_0', '010', '0010', '-0x10', '- 1', '+ 1', '', ' ', 'x', '12x', '1 2',
         '\u0661\u0662', '\u3000 12 \u3000', '12\x1c', '\u200b12', '1\u06602', '\U0001D7CF\U0001D7D0', 'z', 'Z', '1e3',
         '9223372036854775807', '9223372036854775808', '-9223372036854775808', '-9223372036854775809',
         '123456789012345678901234567890', '0xffffffffffffffffffffffffffffffff', 'x' * 300, '\xe9' * 250,
         '1' * 4300, '1' * 4301, '1' * 5000 + 'x', '1' * 5000 + '_x', '0x' + 'f' * 5000, '1_1' * 2000,
         'abc', 'ABC', 'zz', '100', '0b0', '0o0', '0x0', 'ff_ff', '1\x00', '٣']
for t in texts:
    for base in (0, 10, 2, 8, 16, 36, 7, 1, 37):
        case('int', (t, base), lambda: int(t, base))
for _ in range(300):
    base = rng.choice([2, 3, 8, 10, 10, 16, 36, 0])
    v = rand_int()
    if base in (0, 10): t = str(v)
    else:
        digits = '0123456789abcdefghijklmnopqrstuvwxyz'[:base]
        t = ''.join(rng.choice(digits) for _ in range(rng.randrange(1, 60)))
        if rng.random() < 0.2: t = '-' + t
    if rng.random() < 0.2 and len(t) > 2: t = t[:2] + '_' + t[2:]
    case('int', (t, base), lambda: int(t, base))
for b in [b'12', b' 12 ', b'1x', b'\xe912', b'0x1f', b'1_0']:
    case('int_bytes', (b, 0), lambda: int(b, 0))
# str(int), bases
for _ in range(300):
    a = rand_int()
    case('str', (a,), lambda: str(a))
    case('hex', (a,), lambda: hex(a))
    case('oct', (a,), lambda: oct(a))
    case('bin', (a,), lambda: bin(a))
for a in [10**4299, 10**4300 - 1, 10**4300, -(10**4300 - 1), -(10**4300), 2**14285, 2**14290, 10**5000]:
    case('str', (a,), lambda: str(a))
for _ in range(300):
    a, nd = rand_int(), rng.choice([rng.randrange(-25, 3), -1, -2])
    case('round', (a, nd), lambda: round(a, nd))
for a, nd in [(25, -1), (35, -1), (-25, -1), (-35, -1), (15, -1), (150, -2), (250, -2), (5, -1), (-5, -1), (4, -1),
              (6, -1), (5, -2), (10**20, -30), (-(10**20), -21), (5 * 10**20, -21), (15 * 10**20, -21), (7, -10**5)]:
    case('round', (a, nd), lambda: round(a, nd))
with open(OUT, 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r) + '\n')
print(len(rows), 'rows ->', OUT)
