import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key, singledispatch
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3, 9, 2]))
for args in [(lambda a, b: a, []), (), (1,)]:
    try: reduce(*args)
    except Exception as e: print(type(e).__name__, e)
def f(a, b, c=0, *, d=1): return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, 3, d=9), p.func is f, p.args, p.keywords)
print(repr(p).startswith('functools.partial(<function f at '), repr(p).endswith('>, 1, d=5)'))
pp = partial(p, 7)
print(pp.args, pp.keywords, pp.func is f, pp())
try: partial()
except Exception as e: print(type(e).__name__, e)
try: partial(1)
except Exception as e: print(type(e).__name__, e)
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.__name__, sq.__wrapped__.__name__, sq.cache_parameters())
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
@cache
def g(x, y=1): return x + y
print(g(1), g(1, y=1), g(1, 1), g.cache_info())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info())
try: lru_cache('x')
except Exception as e: print(type(e).__name__, e)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k): return fn(*a, **k)
    return inner
@deco
def hello(x): return 'hi ' + x
print(hello('bob'), hello.__name__, hello.__wrapped__ is not None)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(1) <= V(0))
try:
    @total_ordering
    class W: pass
except ValueError as e: print(type(e).__name__, e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@singledispatch
def show(x): return 'obj'
@show.register(int)
def _(x): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([1]), show('s'), show(True), show.dispatch(bool).__name__ if False else '')
