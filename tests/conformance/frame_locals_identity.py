# locals() in a function returns the frame's one dict, brought up to date on each call.
def f(a, b=2):
    c = a + b
    x = locals()
    y = locals()
    print(x is y, sorted(x))
    d = 4
    z = locals()
    print(z is x, sorted(x), x['d'])
    del c
    print(locals() is x, sorted(x))
    x['extra'] = 1
    print(sorted(locals()))
    c = 10
    print(locals()['c'], x['c'])
f(1)
f(5, 6)

def cells():
    v = 1
    def inner(): return v
    first = locals()
    v = 2
    second = locals()
    print(first is second, first['v'], sorted(first))
cells()

def free_vars():
    w = "outer"
    def inner():
        print(sorted(locals()), locals() is locals())
        return w
    return inner()
print(free_vars())

def in_loop():
    seen = []
    for i in range(3):
        seen.append(id(locals()))
    print(len(set(seen)), locals()['i'])
in_loop()

def separate_calls():
    return locals()
print(separate_calls() is separate_calls())

def with_eval():
    k = 7
    d = locals()
    print(eval("k + 1"), d['k'])
    exec("k2 = 3")
    print('k2' in locals(), locals() is d)
with_eval()

def vars_dir():
    q = 1
    print(vars() is locals(), dir())
vars_dir()

def gen():
    n = 1
    first = locals()
    yield first
    n = 2
    yield locals() is first, first['n']
g = gen()
print(next(g)['n'])
print(next(g))

class K:
    a = 1
    print(sorted(locals()), locals() is locals())
