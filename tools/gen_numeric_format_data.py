"""Writes tests/Krait.Runtime.Tests/Data/format_cases.jsonl: CPython 3.11 results of format(value, spec) for
int, float and str, and of printf-style '%' formatting (run with /usr/bin/python3.11). Rows are
[op, value, spec, result]; strs travel as lists of code points, floats as repr, ints as decimal strings,
errors as ["!", type name, message]. Seeded, reproducible."""
import json, os, random, struct

OUT = os.path.join(os.path.dirname(__file__), '..', 'tests', 'Krait.Runtime.Tests', 'Data', 'format_cases.jsonl')
rng = random.Random(99)
rows = []

def cps(s): return [ord(c) for c in s]

def case(op, value, spec, f):
    try:
        r = cps(f())
    except Exception as ex:
        r = ['!', type(ex).__name__, str(ex)]
    rows.append([op, value, spec, r])

def rand_spec(types):
    s = ''
    if rng.random() < 0.4:
        if rng.random() < 0.5: s += rng.choice(['*', '0', ' ', 'x', '\u20ac', '\U0001F600', '<', '='])
        s += rng.choice('<>=^')
    if rng.random() < 0.4: s += rng.choice('+- ')
    if rng.random() < 0.15: s += 'z'
    if rng.random() < 0.25: s += '#'
    if rng.random() < 0.25: s += '0'
    if rng.random() < 0.6: s += str(rng.choice([1, 5, 8, 10, 12, 20, rng.randrange(0, 40)]))
    if rng.random() < 0.25: s += rng.choice(',_')
    if rng.random() < 0.5: s += '.' + str(rng.choice([0, 1, 2, 3, 6, 10, rng.randrange(0, 25)]))
    if rng.random() < 0.85: s += rng.choice(types)
    return s

int_types = ['b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', '', 'd', 'x']
float_types = ['e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '', '', 'd', 'x', 's']
str_types = ['s', '', 'd']

ints = [0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234, 65, 0x10FFFF, 0x110000, 1234567, -1234567890, 2**31, 2**63,
        -2**64, 10**20, 10**30 + 7, 3**100]
def rand_int():
    return rng.choice(ints) if rng.random() < 0.4 else rng.randrange(-10**rng.randrange(1, 25), 10**rng.randrange(1, 25))
special = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 1234.5678, -1234.5678, 1e16, 1e17, 1e-5, 123456789.125,
           1e100, -1e-100, 5e-324, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), -0.0001,
           0.000123, 12345.0, 3.14159, 99.995, 0.999999]
def rand_float():
    k = rng.random()
    if k < 0.4: return rng.choice(special)
    if k < 0.7: return round(rng.uniform(-1e5, 1e5), rng.randrange(0, 5))
    return rng.random() * 10.0 ** rng.randrange(-30, 30) * rng.choice([1, -1])
strs = ['', 'a', 'ab', 'hello', 'h\xe9llo', '\u20ac\u20ac', '\U0001F600x', 'abcdefghijklmnop']

for _ in range(2500):
    v, spec = rand_int(), rand_spec(int_types)
    case('int', str(v), cps(spec), lambda: format(v, spec))
for _ in range(3500):
    v, spec = rand_float(), rand_spec(float_types)
    case('float', repr(v), cps(spec), lambda: format(v, spec))
for _ in range(800):
    v, spec = rng.choice(strs), rand_spec(str_types)
    case('str', cps(v), cps(spec), lambda: format(v, spec))

fixed = [',,', ',_', '_,', '__', ',n', '_s', ',c', '_x', ',x', '.', '.x', '999999999999999999999',
         '.999999999999999999999', 'zd', 'z', '+c', '#c', '=5', '=5s', '#s', 'z5s', '+s', ' s', '-s', '\x01', 'ss',
         '<>5', '08,', '09,', '06,', '010', '+010', 'z.2f', '020,.2f', '05', 'c', '.2d', '#x', '#o', '#b', '#X',
         '_b', '_o', '#_x', '015_x', '0=10,', 'x<10,', '^9', '^10', '=+10', '#.0', '#.0e', '#.0f', '#g', '#.3g', '.0',
         '.1', '.3', '.17', '.0%', '%', ',.2%', 'n', '10n', ',d', ',f', ',e', ',g', ',', '_', '.20', '.30f', '.0e',
         '#.0%', 'z.0f', 'z%', 'ze', '+z.1f', ' .1f', '0<5', '0>5', '0^5', '0=5']
for spec in fixed:
    for v in (0, 1, -1234567, 10**20, 97):
        case('int', str(v), cps(spec), lambda: format(v, spec))
    for v in (0.0, -0.0, 1.5, -1234.5678, 1e16, 123.0, float('inf'), float('-nan'), -0.0001, 1e-7, 0.00001234):
        case('float', repr(v), cps(spec), lambda: format(v, spec))
    for v in ('', 'ab', '\U0001F600'):
        case('str', cps(v), cps(spec), lambda: format(v, spec))

# printf-style
def pct_spec():
    s = '%'
    for fl in '-+ #0':
        if rng.random() < 0.2: s += fl
    if rng.random() < 0.5: s += str(rng.choice([1, 5, 10, 15, rng.randrange(0, 30)]))
    if rng.random() < 0.5: s += '.' + str(rng.choice([0, 1, 2, 3, 6, rng.randrange(0, 20)]))
    return s + rng.choice('diuxXoeEfFgGcsr')
def pct_value():
    k = rng.random()
    if k < 0.45: return 'int', str(rand_int())
    if k < 0.9: return 'float', repr(rand_float())
    return 'str', cps(rng.choice(['a', '\u20ac', 'ab', '']))
def decode(kind, v):
    if kind == 'int': return int(v)
    if kind == 'float': return float(v)
    return ''.join(map(chr, v))
for _ in range(3000):
    spec = pct_spec()
    kind, v = pct_value()
    x = decode(kind, v)
    case('pct_' + kind, v, cps(spec), lambda: spec % (x,))
for spec, kind, v in [('%', 'int', '1'), ('%y', 'int', '1'), ('%d %d', 'int', '1'), ('%.3d', 'int', '-5'),
                      ('%#010x', 'int', '255'), ('%-05d|', 'int', '5'), ('%d', 'float', 'inf'), ('%5%|%d', 'int', '1'),
                      ('%c', 'int', '1114112'), ('%c', 'int', '-1'), ('%.2c', 'int', '65'), ('%x', 'float', '3.0'),
                      ('%010f', 'float', 'inf'), ('%-010f|', 'float', '-nan'), ('%+.3e', 'float', '0.0'),
                      ('%e', 'int', '1' + '0' * 400), ('%f', 'int', '100000000000000000000'), ('%u', 'int', '5'),
                      ('%c', 'str', [97, 98]), ('%c', 'str', [0x1F600]), ('%5c|', 'int', '65'), ('%-5c|', 'int', '65'),
                      ('%#o', 'int', '-8'), ('%#.3o', 'int', '8'), ('%#X', 'int', '255'), ('%+d', 'int', '0'),
                      ('% d', 'int', '5'), ('%+ d', 'int', '5'), ('%ld', 'int', '5'), ('%.0f', 'float', '0.5'),
                      ('%.0f', 'float', '1.5'), ('%#.0f', 'float', '1.5'), ('%g', 'float', '1e-05'),
                      ('%#g', 'float', '1.0'), ('%.3s', 'str', [97, 98, 99, 100]), ('%r', 'str', [97, 39]),
                      ('%a', 'str', [0xe9, 0x1F600]), ('%s', 'float', '1e+16'), ('%r', 'int', '12'), ('%d', 'str', [97]),
                      ('%f', 'str', [97]), ('%*d', 'int', '5'), ('%(a)d', 'int', '1'), ('%z', 'int', '1'),
                      ('%\u20ac', 'int', '1'), ('abc%', 'int', '1')]:
    x = decode(kind, v)
    case('pct_' + kind, v, cps(spec), lambda: spec % (x,))

# several arguments, '*' widths and precisions
def enc_arg(x):
    if isinstance(x, float): return ['float', repr(x)]
    if isinstance(x, int): return ['int', str(x)]
    return ['str', cps(x)]
for spec, args in [('%*.*f', (10, 3, 3.14159)), ('%-*d|', (5, 42)), ('%*d|', (-5, 42)), ('%d%%', (5,)),
                   ('%s-%s', ('a', 'b')), ('%.*f', (-1, 1.5)), ('%.*f', (0, 2.5)), ('%*s|', (3, 'ab')),
                   ('%d %d', (1, 2)), ('%d %d', (1, 2, 3)), ('%x %o %X', (255, 8, 255)), ('%5.1f%%', (99.55,)),
                   ('%*d', (1.5, 2)), ('%.*d', (3, 7)), ('%c%c', (72, 'i')), ('%(', (1,)), ('%-+08.2f|', (3.14159,)),
                   ('%#-8x|', (255,)), ('% 05d', (42,)), ('%+05d', (-42,)), ('%05s|', ('ab',)), ('%-5r|', (1.5,))]:
    case('pct_multi', [enc_arg(a) for a in args], cps(spec), lambda: spec % args)

with open(OUT, 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r) + '\n')
print(len(rows), 'rows ->', OUT)
