import random
random.seed(424242)
print(random.random(), random.uniform(1, 3), random.randint(1, 100), random.randrange(0, 1000, 5), random.choice([10, 20, 30]))
deck = list(range(52))
random.shuffle(deck)
print(deck)
print(random.sample(deck, 5), random.choices('ACGT', k=20))
print(random.getrandbits(100), random.randbytes(6))
print(random.gauss(0, 1), random.expovariate(3), random.betavariate(2, 3), random.triangular(1, 5))
state = random.getstate()
x = [random.random() for _ in range(4)]
random.setstate(state)
print(x == [random.random() for _ in range(4)])
r = random.Random(5)
s = random.Random(5)
r.random()
print(r.random() == s.random(), r.random() == s.random())
print(random.Random(10).sample(range(20), 20) == random.Random(10).sample(range(20), 20))
counts = [0] * 6
rr = random.Random(0)
for _ in range(6000):
    counts[rr.randrange(6)] += 1
print(counts, sum(counts))
print(sorted(random.Random(3).sample(range(1, 50), 6)))
print([random.Random(s).randrange(10**18) for s in range(5)])
print([random.Random(s).choice(range(2**40)) for s in range(5)])
print(random.Random(7).choices(range(4), cum_weights=[0.1, 0.2, 0.9, 1.0], k=12))
print(random.Random(8).choices(['a', 'b'], weights=[1, 0], k=5))
print(random.Random(9).sample(range(10), k=4, counts=None), random.Random(9).sample(['x', 'y', 'z'], k=6, counts=[1, 2, 3]))
