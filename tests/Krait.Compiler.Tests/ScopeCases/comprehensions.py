# Comprehension scopes, walrus targets, nested comprehensions.
xs = [1, 2]
a = [x for x in xs]
b = {x: y for x in xs for y in xs if x}
c = {x for x in xs}
d = (x for x in xs)
e = [(w := x) for x in xs]
f = [[(v := y) for y in x] for x in xs]

def func(data):
    total = 0
    res = [total := total + x for x in data]
    nested = [[(inner := y) for y in x] for x in data]
    gen = (t for t in data if (found := t))
    return res, nested, gen, total, inner, found

def func_global():
    global gw
    return [(gw := x) for x in range(3)]

def func_nonlocal():
    n = 0
    def inner():
        nonlocal n
        return [(n := x) for x in range(3)]
    return inner

class C:
    xs = [1]
    ys = [x for x in xs]
    zs = [x for x in range(3) if x in xs]
    ws = [y for x in xs for y in xs]
    def m(self):
        return [self for _ in range(2)]

def uses_outer(k):
    return [lambda: k + x for x in range(3)]

def genexp_args(a):
    return sum(x for x in a), list(y for y in a)

def comp_in_lambda():
    return lambda z: [z for _ in range(2)]

def comp_cells():
    return [lambda: x for x in range(3)]

async def asy(s):
    r1 = [x async for x in s]
    r2 = [await x for x in s]
    r3 = [[y async for y in x] for x in s]
    r4 = (x async for x in s)
    r5 = (await x for x in s)
    return r1, r2, r3, r4, r5

def genexp_await_in_sync(s):
    return (await x for x in s)

def nested_gen():
    return ((y for y in x) for x in range(3))

def super_comp():
    return [super() for _ in range(2)]

def yield_in_iter():
    return [x for x in (yield)]

m = [lambda: i for i in range(3)]
n = {k: (lambda: v) for k, v in {}.items()}
