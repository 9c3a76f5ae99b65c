from functools import lru_cache, cache

calls = []

@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x

print(square(2), square(3), square(2), square(4), square(3), square(2))
print(calls, square.cache_info())
print(square.cache_info().hits, square.cache_info().currsize, square.cache_info()._fields)
square.cache_clear()
print(square.cache_info(), square.__name__, square.__wrapped__.__name__, square.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
print([fib(i) for i in range(10)])

@lru_cache(None)
def count_calls(*args, **kwargs):
    calls.append((args, sorted(kwargs.items())))
    return len(calls)

calls.clear()
print(count_calls(1), count_calls(1), count_calls(1, 2), count_calls(a=1), count_calls(a=1), count_calls(1.0))
print(count_calls.cache_info(), len(calls))

@cache
def plus(a, b=0):
    return a + b

print(plus(1), plus(1, 0), plus(1, b=0), plus(b=0, a=1), plus.cache_info())

@lru_cache(typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind(True), kind.cache_info(), kind.cache_parameters())

@lru_cache(maxsize=0)
def nocache(x):
    return x

print(nocache(1), nocache(1), nocache.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x

print(neg(1), neg.cache_info())

for bad in ['x', 1.5]:
    try:
        lru_cache(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    square([1])
except TypeError as e:
    print(type(e).__name__, e)

@lru_cache(maxsize=3)
def ident(x):
    return x

for v in [1, 2, 3, 1, 4, 1, 5, 2]:
    ident(v)
print(ident.cache_info())
