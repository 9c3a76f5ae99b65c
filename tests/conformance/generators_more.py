def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(10)), max(squares(5)), list(zip(squares(3), "abc")))
def take(n, it):
    out = []
    for v in it:
        if len(out) == n:
            break
        out.append(v)
    return out
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(take(5, naturals()), take(3, (x for x in "hello")))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), "ab")))
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
g = acc()
next(g)
g.send(5)
print(g.send(10))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
def gen_with_args(a, *rest, scale=1):
    for x in (a,) + rest:
        yield x * scale
print(list(gen_with_args(1, 2, 3, scale=10)))
