"""Writes tests/Krait.Runtime.Tests/Data/hash_cases.jsonl: hash() of ints, floats, complex, tuples, str and bytes
from CPython 3.11 (run with /usr/bin/python3.11). str/bytes hashes are taken in child processes with fixed
PYTHONHASHSEED values. Random inputs are seeded, so the file is reproducible."""
import json, os, random, subprocess, sys

OUT = os.path.join(os.path.dirname(__file__), '..', 'tests', 'Krait.Runtime.Tests', 'Data', 'hash_cases.jsonl')
SEEDS = [0, 1, 12345, 4294967295]

def strings(rng):
    out = ['', 'a', 'ab', 'abcdefg', 'abcdefgh', 'abcdefghi', 'hello world', '\xe9t\xe9', '\xff' * 9,
           '\u0100', '\u20ac uro', '\ud800', '\udfff x', '\U0001F600', 'a\U0001F600b', '\U0010FFFF' * 3,
           'x' * 1000, '\u4e2d\u6587' * 300]
    pools = [range(32, 127), range(0, 256), range(0, 0x3000), range(0, 0x110000)]
    for _ in range(200):
        pool = rng.choice(pools)
        out.append(''.join(chr(rng.choice(pool)) for _ in range(rng.randrange(0, 40))))
    return out

def child(seed):
    rng = random.Random(7)
    rows = []
    for s in strings(rng):
        rows.append(['str', [ord(c) for c in s], hash(s)])
        b = s.encode('utf-8', 'surrogatepass')
        rows.append(['bytes', b.hex(), hash(b)])
    for r in rows:
        r.insert(1, seed)
    print(json.dumps(rows))

def main():
    if len(sys.argv) > 1:
        child(int(sys.argv[1]))
        return
    rng = random.Random(42)
    rows = []
    ints = [0, 1, -1, -2, 2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), -(2**61), 2**63 - 1, -2**63, 2**64,
            -2**64, 10**100, -10**100, 2**122 - 1]
    ints += [rng.randrange(-2**70, 2**70) for _ in range(100)]
    ints += [rng.randrange(-2**64, 2**64) >> rng.randrange(0, 64) for _ in range(100)]
    ints += [rng.randrange(-10**300, 10**300) for _ in range(30)]
    for i in ints:
        rows.append(['int', str(i), hash(i)])
    floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 1e300, -1e300, 5e-324, -5e-324, 2.2250738585072014e-308,
              1.7976931348623157e308, float('inf'), float('-inf'), 2.0**61, 2.0**60, 2.0**-61, 0.1, 1/3, 3.14159]
    floats += [rng.uniform(-1e6, 1e6) for _ in range(100)]
    floats += [rng.random() * 2.0 ** rng.randrange(-1080, 1020) * rng.choice([1, -1]) for _ in range(200)]
    for f in floats:
        rows.append(['float', repr(f), hash(f)])
    for _ in range(100):
        c = complex(rng.choice(floats), rng.choice(floats))
        rows.append(['complex', [repr(c.real), repr(c.imag)], hash(c)])
    tuples = [(), (0,), (1,), (1, 2), (1, 2, 3), (-1,), (-2, -2), (2**61 - 1,) * 5]
    tuples += [tuple(rng.choice(ints) for _ in range(rng.randrange(0, 12))) for _ in range(100)]
    for t in tuples:
        rows.append(['tuple', [str(i) for i in t], hash(t)])
    rows.append(['bool', 'True', hash(True)])
    rows.append(['bool', 'False', hash(False)])
    for seed in SEEDS:
        env = dict(os.environ, PYTHONHASHSEED=str(seed))
        text = subprocess.run([sys.executable, __file__, str(seed)], env=env, capture_output=True, text=True,
                              check=True).stdout
        rows.extend(json.loads(text))
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r) + '\n')
    print(len(rows), 'rows ->', OUT)

main()
