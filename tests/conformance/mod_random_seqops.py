import random
r = random.Random(12345)
L = list(range(20))
r.shuffle(L)
print(L)
for n in (0, 1, 2, 5, 100):
    x = list(range(n))
    r.shuffle(x)
    print(x)
print([r.choice('abcdef') for _ in range(15)], r.choice((1, 2, 3)), r.choice(range(100, 200)))
print(r.sample(range(100), 10), r.sample('abcdefgh', 3), r.sample([1, 2, 3], 3), r.sample(range(10**6), 5))
print(r.sample(range(30), 25), r.sample(range(1000), 40))
print(r.sample(['red', 'blue'], counts=[4, 2], k=5))
print(r.choices('abc'), r.choices('abc', k=10), r.choices(range(5), [1, 2, 3, 4, 5], k=10))
print(r.choices('xyz', cum_weights=[1, 5, 6], k=8), r.choices([10, 20], weights=[0.3, 0.7], k=6))
for bad in [lambda: r.choice([]), lambda: r.sample({1, 2}, 1), lambda: r.sample([1, 2], 3), lambda: r.sample([1, 2], -1),
            lambda: r.choices('ab', [1, 2], cum_weights=[1, 2]), lambda: r.choices('ab', [1]), lambda: r.choices('ab', [0, 0]),
            lambda: r.choices('ab', 3), lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(1, 10, 0),
            lambda: r.randrange(10, 1), lambda: r.randrange(1, 2, -1), lambda: r.getrandbits(-1),
            lambda: r.randrange(5, step=2), lambda: r.sample([1, 2], 1, counts=[1]), lambda: r.seed([1]),
            lambda: r.gammavariate(0, 1), lambda: r.randint(1), lambda: r.randrange(), lambda: r.setstate((2, (), None)),
            lambda: r.setstate((3, (1, 2), None)), lambda: r.sample([1, 2], counts=[0, 0], k=1)]:
    try:
        print(bad())
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

st = r.getstate()
a = [r.random() for _ in range(5)]
r.setstate(st)
b = [r.random() for _ in range(5)]
print(a == b, len(st), st[0], len(st[1]), st[2])
r2 = random.Random()
r2.setstate(st)
print(r2.random() == a[0])
print(r.randbytes(10), r.randbytes(0), random.Random(3).randbytes(5))
