def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count(5)))
def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        head = items[i:i + 1]
        rest = items[:i] + items[i + 1:]
        for tail in perms(rest):
            yield head + tail
print(list(perms((1, 2, 3))))
def deleg():
    r = yield from count(3)
    yield r
print(list(deleg()))
def echo():
    x = yield 1
    while True:
        x = yield x * 2
g = echo()
print(next(g), g.send(5), g.send(10))
def closure_gen(k):
    def mul(v):
        return v * k
    for i in range(3):
        yield mul(i)
print(list(closure_gen(10)), sum(x for x in count(4)))
it = count(2)
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("stop")
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
for i, v in zip(range(10), fib()):
    pass
print(v, type(count(1)).__name__)
