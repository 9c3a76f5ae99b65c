# yield in a comprehension's first iterable belongs to the enclosing generator.
def comp():
    r = [x * 2 for x in (yield "first")]
    yield r

g = comp()
print(next(g))
print(g.send([1, 2, 3]))

def comp2():
    r = {k: 1 for k in (yield)}
    s = {x for x in (yield)}
    t = list(y for y in (yield))
    yield r, s, sorted(t)

g = comp2()
next(g)
g.send("ab")
g.send([1, 1])
print(g.send((5, 6)))

def nested_loops():
    return [(a, b) for a in (yield "a") for b in range(a)]

g = nested_loops()
print(next(g))
try:
    g.send([1, 2, 3])
except StopIteration as e:
    print(e.value)

def in_call():
    total = sum(v for v in (yield "give"))
    yield total
    yield len([c for c in (yield "more") if c != " "])

g = in_call()
print(next(g), g.send(range(5)), next(g), g.send("a b c"))

def in_binop():
    x = [1] + [v + 1 for v in (yield 1)] + [(yield 2)]
    yield x

g = in_binop()
print(next(g), g.send([10, 20]), g.send(99))

def yield_from_iter():
    r = [c.upper() for c in (yield from iter(["x", "y"]))]
    yield r

def sub():
    yield "s1"
    return "abc"

def yf():
    r = [c.upper() for c in (yield from sub())]
    yield r

print(list(yf()))

def genexp_lazy():
    ge = (x * x for x in (yield "it"))
    yield list(ge)

g = genexp_lazy()
print(next(g), g.send([3, 4]))

def error_in_iter():
    try:
        r = [x for x in (yield)]
    except TypeError as e:
        yield ("TypeError", str(e))

g = error_in_iter()
next(g)
print(g.send(5))

class K:
    def method(self):
        return [x + self.base for x in (yield)]
    base = 100

g = K().method()
next(g)
try:
    g.send([1, 2])
except StopIteration as e:
    print(e.value)
