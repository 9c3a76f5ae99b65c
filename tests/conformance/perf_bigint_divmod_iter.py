# divmod on big ints (one division for both results) with every sign combination, and iterator classes whose
# __next__ is looked up once per class version.
big = 3 ** 200 + 12345
for a in (big, -big, big * big, 7, -7, 0):
    for b in (big // 3, -(big // 5), 10, -10, 3 ** 90, 1, -1):
        q, r = divmod(a, b)
        assert q == a // b and r == a % b and q * b + r == a, (a, b)
        print(q % 1000003, r % 1000003, (q < 0), (r < 0))
for a, b in ((big, 0), (0, 0), (5, 0)):
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(divmod(True, big), divmod(big, True) == (big, 0), divmod(-2 ** 63, -1), divmod(2 ** 64, 2 ** 32))
try:
    divmod(big, "x")
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def __divmod__(self, o): return ("D.divmod", type(o).__name__)
    def __rdivmod__(self, o): return ("D.rdivmod", type(o).__name__)
class E(D):
    def __rdivmod__(self, o): return ("E.rdivmod", type(o).__name__)
class N:
    def __divmod__(self, o): return NotImplemented
class MyInt(int):
    pass
print(divmod(D(), 3), divmod(3, D()), divmod(D(), E()), divmod(N(), D()), divmod(MyInt(7), 2), divmod(7, MyInt(2)), divmod(MyInt(9), MyInt(4)))
for a, b in ((N(), 1), (1, N()), (1j, 1), ("s", 2), (None, None)):
    try:
        divmod(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
print(divmod(big, 2.5)[0] > 0, divmod(10, 3), divmod(-10, 3), divmod(10, -3))

# A spigot that relies on divmod of big numbers.
def digits(n):
    acc, den, num, k, out = 0, 1, 1, 0, []
    while len(out) < n:
        k += 1
        k2 = 2 * k + 1
        acc = (acc + 2 * num) * k2
        den *= k2
        num *= k
        if num > acc:
            continue
        q, r = divmod(3 * num + acc, den)
        if r + num >= den:
            continue
        out.append(q)
        acc = 10 * (acc - den * q)
        num *= 10
    return "".join(map(str, out))
print(digits(60))

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

print(list(Countdown(5)), sum(Countdown(100)), list(zip(Countdown(3), "abc")))
c = Countdown(6)
it = iter(c)
seen = []
for v in it:
    seen.append(v)
    if v == 3:
        def stop(self):
            raise StopIteration
        Countdown.__next__ = stop
print(seen)

class Other(Countdown):
    def __next__(self):
        v = super().__next__()
        return v * 10
del Countdown.__next__
def restored(self):
    if self.n <= 0:
        raise StopIteration
    self.n -= 1
    return self.n
Countdown.__next__ = restored
print(list(Other(4)), list(Countdown(2)))
def gen():
    yield from Countdown(3)
    yield from Other(2)
print(list(gen()))
class Bad:
    def __iter__(self): return self
    def __next__(self): raise ValueError("boom")
try:
    list(Bad())
except ValueError as e:
    print(type(e).__name__, e)
