import random
a = random.Random(1)
b = random.Random(1)
c = random.Random(2)
print(a.random() == b.random(), a.random() == c.random())
print(type(a).__name__, isinstance(a, random.Random), random.Random)
class MyRandom(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0
    def extra(self):
        self.calls += 1
        return self.randrange(100)
m = MyRandom(1)
print(m.random(), m.extra(), m.extra(), m.calls, isinstance(m, random.Random))
class Sub(random.Random):
    pass
s = Sub(1)
print(s.random() == random.Random(1).random(), s.randint(1, 6))
class Const(random.Random):
    def random(self):
        return 0.25
k = Const()
print(k.randrange(10), k.choice('abcd'), k.uniform(0, 8), k.randint(1, 100), k.shuffle([1, 2, 3]))
class Bits(random.Random):
    def getrandbits(self, k):
        return 1
q = Bits()
print(q.randrange(10), q.choice('abcd'))
sr = random.SystemRandom()
x = sr.random()
print(0 <= x < 1, 0 <= sr.randrange(10) < 10, sr.getrandbits(8) < 256, len(sr.randbytes(4)))
try:
    sr.getstate()
except NotImplementedError as e:
    print(type(e).__name__, e)
random.seed(2024)
x = random.random()
random.seed(2024)
print(x == random.random())
random.seed()
print(0 <= random.random() < 1)
print(isinstance(random._inst, random.Random))
