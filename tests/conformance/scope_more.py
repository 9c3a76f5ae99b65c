def g(n):
    x = "gen local"
    for i in range(n):
        yield [x + str(i) for x in "ab"], x

print(list(g(2)))

def h():
    v = 3
    class K:
        v = 4
        def m(self):
            return v
        inner = [v for _ in range(1)]
    return K().m(), K.inner, K.v

print(h())

def d(p):
    del p
    try:
        return p
    except UnboundLocalError as e:
        return str(e)

print(d(1))

def e(p):
    try:
        raise ValueError
    except ValueError as p:
        pass
    try:
        return p
    except UnboundLocalError as e:
        return "unbound"

print(e(1))

try:
    [1 for a in [1] if b for b in [2]]
except NameError as ex:
    print(type(ex).__name__, ex)

def f2():
    try:
        [1 for a in [1] if b for b in [2]]
    except NameError as ex:
        print(type(ex).__name__, ex)
f2()

def deep():
    a = 1
    def mid():
        return [[lambda: a + b + c for c in range(2)] for b in range(2)]
    return [[f() for f in row] for row in mid()]

print(deep())

class M:
    def __init__(self):
        self.items = [1, 2]
    def total(self):
        return sum([x * 2 for x in self.items])
print(M().total())

def kw(a, *args, b=2, **kw):
    return [a, args, b, kw, [a for _ in range(1)]]
print(kw(1, 2, 3, b=4, c=5))

def gen_kw(a, *args, b=2, **kw):
    yield a, args, b, kw
print(list(gen_kw(1, 2, b=3, z=1)))

def rerun():
    # The same comprehension run twice: the second run must not see the first run's loop variable.
    for _ in range(2):
        try:
            print([1 for a in [1] if b for b in [2]])
        except NameError as ex:
            print(type(ex).__name__, ex)

rerun()
