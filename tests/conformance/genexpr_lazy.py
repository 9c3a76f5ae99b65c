# Generator expressions are lazy generators: only the first iterable is evaluated up front.
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i

def first_iter():
    print("first iterable evaluated")
    return noisy(3)

g = (x * 10 for x in first_iter())
print("created", type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print("between")
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration:
    print("exhausted")

# Side effects in order as consumed.
print(next(x for x in noisy(5) if x > 1))

# any/all short-circuit.
print(any(x > 1 for x in noisy(10)))
print(all(x < 1 for x in noisy(10)))

print(sum(x * x for x in range(1000)))

# Nested clauses and nested genexps; inner iterables are evaluated lazily.
def inner(i):
    print("inner", i)
    return range(i)

g2 = ((i, j) for i in range(3) for j in inner(i) if j != 1)
print("no inner yet")
print(list(g2))
print(list(sum(y for y in range(x)) for x in range(5)))

# Closures: free variables are read when consumed, not when created.
def make():
    k = 1
    g = (x + k for x in range(3))
    k = 100
    return g, [f() for f in [lambda: k]]

gen, ks = make()
print(list(gen), ks)

def qual():
    return (x for x in ())
print(qual().__qualname__)

# The first iterable's errors are raised at creation; later ones on next().
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError", e)
g3 = (x for x in range(2) for y in 5)
print("created g3")
try:
    next(g3)
except TypeError as e:
    print("TypeError", e)

# Closures over the genexp's own variables.
fs = list(lambda: x for x in range(3))
print([f() for f in fs])
fs2 = list((lambda: x) for x in range(3))
print([f() for f in fs2])

# In a class body, the first iterable sees class names; the rest does not.
class C:
    n = 3
    vals = list(x for x in range(n))
print(C.vals)
it = iter(x for x in [1, 2])
print(next(it), next(it, "done"), next(it, "done"))
print("x" in (str(i) for i in "xyz"))
