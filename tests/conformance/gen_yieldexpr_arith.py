# yield inside expressions: the operands before the yield survive the suspension.
def adder():
    total = 0
    while True:
        total = total + (yield total)

g = adder()
print(next(g))
print(g.send(5), g.send(10), g.send(-3))

def mixed():
    x = 1 + (yield 'a') * 2
    y = [(yield 'b'), (yield 'c')]
    z = {'k': (yield 'd'), (yield 'e'): 'v'}
    t = ((yield 'f'), 3)
    s = f"<{(yield 'g')}>"
    yield (x, y, z, t, s)

g = mixed()
out = [next(g)]
for v in [10, 20, 30, 40, 'key', 50, 'fs']:
    out.append(g.send(v))
print(out)

def compare():
    r = (yield 1) < (yield 2) <= 5
    yield r
    n = -(yield 3)
    yield n
    yield not (yield 4)

g = compare()
print(next(g), g.send(1), g.send(2), g.send(None))
print(g.send(7), g.send(0))
print(g.send(''))

def nested():
    v = (yield (yield 1) + 1) * 10
    yield v

g = nested()
print(next(g), g.send(4), g.send(3))

def subscripts(data):
    x = data[(yield 'index')]
    y = data[(yield 'lo'):(yield 'hi')]
    yield x, y

g = subscripts([0, 1, 2, 3, 4, 5])
print(next(g), g.send(2), g.send(1), g.send(4))

def augmented():
    acc = 100
    acc -= yield acc
    acc *= (yield acc) + 1
    yield acc

g = augmented()
print(next(g), g.send(1), g.send(2))

def attr():
    class O: pass
    o = O()
    o.v = (yield 'set') + 1
    yield o.v
    yield (yield 'obj').real

g = attr()
print(next(g), g.send(41), next(g), g.send(3 + 4j))
