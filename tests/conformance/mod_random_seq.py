import random
for seed in [0, 1, 42, 1234, 2**32, 2**32 - 1, 2**64 + 7, -5, 10**50, 20240601, True]:
    random.seed(seed)
    print(seed, [random.random() for _ in range(3)])
    print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200)])
    print([random.randrange(10) for _ in range(20)])
    print([random.randrange(1, 7) for _ in range(20)], [random.randint(-3, 3) for _ in range(20)])
    print([random.randrange(0, 100, 7) for _ in range(10)], [random.randrange(50, 0, -3) for _ in range(10)])
    print(random.randrange(10**30), random.randrange(2**64), random.randrange(2**63), random.randint(0, 2**62))
r = random.Random(99)
s = 0
for i in range(100000):
    s += r.randrange(1000)
print(s, r.random())
for seed in ['hello', b'bytes', bytearray(b'ba'), '', 'ünïcode', 3.5, -2.25, 0.0]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000))
random.seed('abc', version=1)
print(random.random())
random.seed(b'abc', version=1)
print(random.random())
