"""Writes tests/Krait.Runtime.Tests/Data/float_cases.jsonl: CPython 3.11 results of float operations (run with
/usr/bin/python3.11). Rows are [op, args..., result]; floats travel as repr (exact round trip), ints as decimal
strings, strs as lists of code points, errors as ["!", type name, message]. Seeded, reproducible."""
import json, math, os, random, struct

OUT = os.path.join(os.path.dirname(__file__), '..', 'tests', 'Krait.Runtime.Tests', 'Data', 'float_cases.jsonl')
rng = random.Random(31337)
rows = []

def enc(v):
    if isinstance(v, bool): return v
    if isinstance(v, int): return str(v)
    if isinstance(v, float): return repr(v)
    if isinstance(v, tuple): return [enc(x) for x in v]
    return v

def case(op, args, f):
    try:
        r = enc(f())
    except Exception as ex:
        r = ['!', type(ex).__name__, str(ex)]
    rows.append([op] + list(args) + [r])

special = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 0.125, 0.375, 1e16, 1e17, 1e22, 1e23, 123456789.0,
           5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
           float('inf'), float('-inf'), float('nan'), 3.14159, 2.675, 1.005, 0.045, 9.995, 99.5, 1e-5, 1e-4]
def rand_float():
    k = rng.random()
    if k < 0.2: return rng.choice(special)
    if k < 0.4: return round(rng.uniform(-1000, 1000), rng.randrange(0, 6))
    if k < 0.6: return rng.uniform(-1e6, 1e6)
    if k < 0.7: return rng.randrange(-10**6, 10**6) / 8.0
    return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0] if rng.random() < 0.5 else \
        rng.random() * 2.0 ** rng.randrange(-1074, 1024) * rng.choice([1, -1])

floats = [rand_float() for _ in range(500)]
floats = [f for f in floats]

# parsing
texts = ['1', '1.5', ' 1.5 ', '-1.5', '+1.5', '1_000.5', '1__0', '_1', '1_', '1_.5', '1._5', '1e1_0', '1e_1', '.5',
         '5.', '.', '', ' ', 'e5', '1e', '1e+', '1e-5', '1E5', 'inf', ' inf ', '-iNF', '+Infinity', 'infinit', 'nan',
         '-nan', 'NaN', 'nan(1)', '1e500', '-1e500', '1e-400', '0x10', '1.5j', '\u0661.\u0665', '\u30001.5\u3000',
         '1.5\x1c', '1,5', '0.1', '2.675', '1' * 400, '0.' + '0' * 330 + '1', '1_2_3.4_5e1_0', 'x', '\xe9', '1 2',
         '12345678901234567890.123456789e-10', '4.9e-324', '2.4703282292062328e-324', '2.4703282292062327e-324',
         '1.7976931348623158e308', '1.7976931348623159e308', '00001.5', '1.5e0001', '\U0001D7CF.5']
for t in texts:
    case('parse', ([ord(c) for c in t],), lambda: float(t))
for f in floats[:200]:
    t = repr(f)
    case('parse', ([ord(c) for c in t],), lambda: float(t))
for b in [b'1.5', b' 1.5 ', b'x', b'\xe9', b'1_0']:
    case('parse_bytes', (b.hex(),), lambda: float(b))

# floor, ceil, trunc
for x in floats[:300] + special:
    case('floor', (repr(x),), lambda: math.floor(x))
    case('ceil', (repr(x),), lambda: math.ceil(x))
    case('trunc', (repr(x),), lambda: int(x))

# round
for x in floats[:300] + special:
    case('round_int', (repr(x),), lambda: round(x))
    for nd in (rng.randrange(-5, 8), rng.randrange(-20, 30), 2, 0, -1):
        case('round', (repr(x), str(nd)), lambda: round(x, nd))
for x, nd in [(2.675, 2), (1.005, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-0.5, 0), (0.125, 2), (0.375, 2), (5e-324, 323),
              (5e-324, 324), (1.5, 400), (1.5, -400), (-1.5, -400), (1.7976931348623157e308, -308), (123.456, -308),
              (1e300, -300), (5e-324, -5), (1.7976931348623157e308, -307)]:
    case('round', (repr(x), str(nd)), lambda: round(x, nd))

# division, power
pairs = [(rng.choice(floats), rng.choice(floats)) for _ in range(400)]
pairs += [(a, b) for a in special[:12] + [float('inf'), float('-inf'), float('nan')] for b in (0.0, -0.0, 1.0, -1.0, 0.5, -2.5, float('inf'), float('-inf'))]
for a, b in pairs:
    case('floordiv', (repr(a), repr(b)), lambda: a // b)
    case('mod', (repr(a), repr(b)), lambda: a % b)
    case('divmod', (repr(a), repr(b)), lambda: divmod(a, b))
    case('truediv', (repr(a), repr(b)), lambda: a / b)
pows = [(rng.choice(floats), rng.choice([0.5, 2.0, 3.0, -1.0, -2.0, 0.0, 1.0 / 3, 10.0, 300.0, rng.uniform(-5, 5)]))
        for _ in range(300)]
sp = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, float('inf'), float('-inf'), float('nan'), 1e308, 1e-308]
pows += [(a, b) for a in sp for b in sp]
def fpow(a, b):
    # A finite negative base with a finite non-integer exponent goes to complex power (not float's business).
    if math.isfinite(a) and a < 0 and math.isfinite(b) and b != math.floor(b): return 'complex'
    r = a ** b
    return 'complex' if isinstance(r, complex) else r
for a, b in pows:
    case('pow', (repr(a), repr(b)), lambda: fpow(a, b))

# ratio, is_integer, hex
for x in floats + special:
    case('ratio', (repr(x),), lambda: x.as_integer_ratio())
    case('is_integer', (repr(x),), lambda: x.is_integer())
    case('hex', (repr(x),), lambda: x.hex())
    if math.isfinite(x):
        h = x.hex()
        case('fromhex', ([ord(c) for c in h],), lambda: float.fromhex(h))
hexes = ['0x1p0', '0X1P0', '1p0', '0x.8', '0x1.', '0x.', '0x', '', ' 0x1p-1 ', '-0x1p-1074', '0x1p-1075', '0x1.8p-1074',
         '0x1.0000000000001p0', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.00000000000008000001p0',
         '0x1p1023', '0x1.fffffffffffffp1023', '0x1.fffffffffffff8p1023', '0x1p1024', '0x1p99999999999999999999',
         '0x1p-99999999999999999999', 'inf', '-Infinity', 'nan', '0x1g', '0x1p', '0x1p+', '1.5', 'ff', '0x0p99999',
         '0x' + '0' * 100 + '1p-400', '0x' + 'f' * 300 + 'p-1200', '0x1_0p0', '0x1p1_0', '+0x1.8p+1', '0x1e', 'abc.def']
for h in hexes:
    case('fromhex', ([ord(c) for c in h],), lambda: float.fromhex(h))

# formatting core: '%.<p><t>' and '%#.<p><t>'
for x in floats + special:
    for t in 'eEfFgG':
        for p in (0, 1, 3, 6, rng.randrange(0, 20), rng.randrange(0, 60)):
            if t in 'fF' and abs(x) > 1e60 and p not in (0, 3): continue  # 300-digit texts: a few suffice
            case('fmt', (repr(x), t, str(p), False), lambda: ('%.' + str(p) + t) % x)
            if rng.random() < 0.3:
                case('fmt', (repr(x), t, str(p), True), lambda: ('%#.' + str(p) + t) % x)
    case('fmt', (repr(x), 'r', '0', False), lambda: repr(x))

# near powers of ten, where the decimal exponent estimate and rounding carries are delicate
for k in list(range(-40, 40)) + [-300, -320, 300, 308]:
    p10 = float('1e%d' % k)
    for x in (math.nextafter(p10, 0), p10, math.nextafter(p10, math.inf), p10 * 0.99999999999999995,
              p10 * 9.5, p10 * 9.95, p10 * 9.9999999999999995):
        for p in range(0, 18):
            case('fmt', (repr(x), 'e', str(p), False), lambda: ('%.' + str(p) + 'e') % x)
            case('fmt', (repr(x), 'g', str(p), False), lambda: ('%.' + str(p) + 'g') % x)
        for nd in (-k - 1, -k, -k + 1, 3):
            case('round', (repr(x), str(nd)), lambda: round(x, nd))

with open(OUT, 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r) + '\n')
print(len(rows), 'rows ->', OUT)
