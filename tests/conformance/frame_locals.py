# locals(), vars(), dir() and eval/exec see the calling function's frame.
def f(a, b=2, *args, c=3, **kw):
    total = a + b
    print(sorted(locals()))
    print(locals()['total'])
    print(sorted(vars().items()))
    print(dir())
    return eval("a * 10 + total")

print(f(1))
print(f(1, 5, 6, c=7, d=8))

def unbound():
    before = 1
    print(sorted(locals()))
    after = 2
    print(sorted(locals()))

unbound()

def closure():
    outer_value = 'o'
    def inner():
        print(sorted(locals().items()))
        return outer_value
    return inner

closure()()

def exec_local():
    n = 5
    ns = {}
    exec("m = n + 2", globals(), ns)
    print(eval("n", {'n': 'given'}), eval("n"))
    print(ns)

n = 2
exec_local()

def in_generator():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals().items())

print(list(in_generator()))

class K:
    p = 1
    q = p + 1
    names = sorted(k for k in locals() if not k.startswith('__'))
    locals()['r'] = 3

print(K.names, K.r)
print(eval("__name__"))
print(sorted(k for k in locals() if k in ('f', 'K', 'n')))
lam = lambda x, y=1: sorted(locals().items())
print(lam(0))
