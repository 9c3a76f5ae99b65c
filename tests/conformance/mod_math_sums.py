import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1.0, 1e100, 1.0, -1e100]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)))
print(math.fsum([2.0**53, -0.5, -2.0**-54]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
print(math.fsum([float('inf'), 1.0]), math.fsum([float('-inf'), 2.0]), math.fsum([float('nan'), 1.0]))
for bad in ([float('inf'), float('-inf')], [1e308, 1e308], ['a']):
    try:
        print(math.fsum(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
import random
r = random.Random(5)
for i in range(5):
    data = [r.random() * 10 ** r.randint(-20, 20) * (1 if r.random() < .5 else -1) for _ in range(200)]
    print(repr(math.fsum(data)))
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(1e308, 1e308))
print(math.hypot(1e-320, 1e-320), math.hypot(float('inf'), float('nan')), math.hypot(float('nan'), 1))
for i in range(20):
    v = [r.uniform(-100, 100) for _ in range(i % 6 + 1)]
    print(repr(math.hypot(*v)))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((1.5,), (-2.5,)))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print(type(e).__name__, e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod([1, 2], start=10), math.prod(range(1, 30)))
print(math.prod(['ab', 3]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
