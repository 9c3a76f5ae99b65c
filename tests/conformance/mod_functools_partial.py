from functools import partial

def power(base, exp, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod

square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
print(square(5), square(3, exp=3), cube_mod(7), cube_mod(7, mod=100))
two_to = partial(power, 2)
print(two_to(10), two_to.func is power, two_to.args, two_to.keywords, square.args, square.keywords)
nested = partial(partial(power, 3), mod=5)
print(nested(4), nested.func is power, nested.args, nested.keywords)
flat = partial(partial(partial(max, 1), 2), 3)
print(flat(), flat(10), flat.args, flat.func)
r = repr(partial(power, 1, mod=2))
print(r.startswith('functools.partial(<function power at '), r.endswith('>, 1, mod=2)'))
print(repr(partial(max, 1, 'a', key=len)))
print(repr(partial(len)), partial(len)('abc'))
add_all = partial(lambda *a, **k: (a, sorted(k.items())), 1, 2, x=1)
print(add_all(3, y=2), add_all(x=5))
print(list(map(partial(int, base=2), ['101', '111'])))
print(sorted(['b', 'A', 'c'], key=partial(str.lower)))
p = partial(print, 'hello', sep='-')
p('world', 'again')
p.attr = 'custom'
print(p.attr, callable(p), type(p).__name__)
for bad in [lambda: partial(), lambda: partial(1), lambda: partial(None)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    square.func = max
except AttributeError as e:
    print(type(e).__name__, e)
try:
    partial(power)()
except TypeError as e:
    print(type(e).__name__, e)
class Tagged(partial):
    pass
t = Tagged(power, 2, 3)
print(t(), type(t).__name__, t.args)
