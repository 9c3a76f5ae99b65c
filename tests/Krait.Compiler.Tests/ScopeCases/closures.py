# Free variables, cells, nonlocal chains, globals in nested scopes.
def outer(a, *args, b=1, **kw):
    x = 1
    y = 2
    def middle():
        nonlocal x
        x += 1
        def inner():
            return x, y, a, args, kw
        return inner
    def shadow(y):
        return y
    lam = lambda q, x=x: (q, x, y, lam)
    return middle, shadow, lam

def globals_nested():
    global g1
    g1 = 1
    def child():
        return g1, g2
    def child2():
        global g2
        g2 = 3
        return lambda: g2
    return child, child2

def param_captured(p):
    def f():
        return p
    del p
    return f

def unused_nonlocal_chain():
    v = 0
    def a():
        def b():
            def c():
                nonlocal v
                v = 1
            return c
        return b
    return a

x = 10
def module_level_free():
    return x

class K:
    k = 1
    def m(self):
        return k
    def n(self):
        k = 2
        return lambda: k

def class_in_func():
    z = 1
    w = 2
    class C:
        z = 3
        w2 = w
        def m(self):
            return z, w
        global gg
        gg = 1
    return C

def deep():
    a = 1
    class C1:
        class C2:
            def f(self):
                return a
    return C1

async def coro():
    await x
    async with a as b:
        pass
    async for i in b:
        pass

async def agen():
    yield 1
    await x

def gen():
    yield
    return 1

def gen_from():
    yield from range(3)

def kwonly(a, /, b, *, c, d=4, **e): pass

def only_varargs(*a): pass

def __dunder__(): pass
