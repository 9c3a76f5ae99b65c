def f(a, b, c=3, *args, d=4, **kw):
    return (a, b, c, args, d, sorted(kw.items()))
print(f(1, 2))
print(f(1, 2, 5, 6, 7, d=8, e=9))
print(f(b=1, a=2))
def g(*args):
    return sum(args)
print(g(), g(1, 2, 3), g(*[4, 5]), f(*(1, 2), **{"d": 0}))
def h(x, /, y, *, z):
    return x + y + z
print(h(1, 2, z=3), h(1, y=2, z=3))
def noret():
    pass
print(noret())
square = lambda x: x * x
print(square(7), (lambda: 1)(), sorted([3, 1, 2], key=lambda v: -v))
def many(a, b, c, d, e, f, g, h):
    return a + b + c + d + e + f + g + h
print(many(1, 2, 3, 4, 5, 6, 7, 8))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults())
