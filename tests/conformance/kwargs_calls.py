def show(*args, **kwargs):
    return "%r %r" % (args, sorted(kwargs.items()))
print(show(), show(1, 2), show(a=1), show(1, *[2, 3], b=4, **{"c": 5}))
def kwonly(a, *, b, c=3):
    return (a, b, c)
print(kwonly(1, b=2), kwonly(a=1, b=2, c=4))
for bad in (lambda: kwonly(1), lambda: kwonly(1, 2), lambda: show(**{"a": 1}, a=2)):
    try:
        bad()
    except TypeError as e:
        print(e)
def defaults(a, b=2, c=3):
    return a + b * c
print(defaults(1), defaults(1, c=10), defaults(c=1, b=1, a=1))
