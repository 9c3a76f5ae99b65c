# Nested generator expressions, genexps in comprehensions, generators and class bodies, and closures.
def f(n):
    return list((x, y) for x in range(n) for y in (x * i for i in range(2)))
print(f(3))
print([list(y + x for y in range(2)) for x in range(3)])
def g(n):
    yield from (i * 2 for i in range(n))
    total = sum(j for j in range(n) if (last := j) % 2 == 0)
    yield total, last
print(list(g(5)))
def h():
    k = 5
    return list(list(k + a + b for b in range(2)) for a in range(2))
print(h())
class D:
    data = [1, 2, 3]
    sq = tuple(v * v for v in data)
print(D.sq)
ge = (x for x in range(3))
print(iter(ge) is ge, repr(ge).startswith("<generator object <genexpr> at"))
def outer():
    def inner():
        return (q for q in "ab")
    return inner()
print(outer().__qualname__, list(outer()))
