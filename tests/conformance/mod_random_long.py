import random

def digest(seed):
    r = random.Random(seed)
    acc = 0
    for i in range(20000):
        acc = (acc * 31 + r.randrange(1, 1000003)) % 1000000007
    f = 0.0
    for i in range(5000):
        f += r.random()
    g = 0.0
    for i in range(2000):
        g += r.gauss(0, 1)
    bits = r.getrandbits(257)
    big = r.randrange(10**40, 10**41)
    L = list(range(500))
    r.shuffle(L)
    s = sum(i * v for i, v in enumerate(L))
    return acc, f, g, bits, big, s, r.sample(range(10**9), 3)

for seed in (0, 1, 7, 123456789, 2**40 + 3, -99, 'long seed', b'\x01\x02'):
    print(seed, digest(seed))
