import math
print(math.copysign(1, -0.0), math.copysign(-2, 3), math.copysign(float('inf'), -1), math.copysign(1.0, float('nan')))
for x, y in [(5.5, 2), (-5.5, 2), (5, -3), (1e300, 3.3), (0.0, 1), (float('inf'), 2), (2, float('inf')), (2, 0), (float('nan'), 1)]:
    for f in (math.fmod, math.remainder, math.atan2, math.pow):
        try:
            print(f is math.gamma and "gamma" or f is math.lgamma and "lgamma" or f is math.comb and "comb" or f is math.perm and "perm" or f is math.fmod and "fmod" or f is math.remainder and "remainder" or f is math.atan2 and "atan2" or "pow", x, y, repr(f(x, y)))
        except (ValueError, OverflowError) as e:
            print(f is math.gamma and "gamma" or f is math.lgamma and "lgamma" or f is math.comb and "comb" or f is math.perm and "perm" or f is math.fmod and "fmod" or f is math.remainder and "remainder" or f is math.atan2 and "atan2" or "pow", x, y, type(e).__name__, e)
for x in [2.5, 3.5, -2.5, 7.0, 1e20, 0.75]:
    print(repr(math.remainder(x, 1.0)), repr(math.remainder(x, 2.0)), repr(math.remainder(x, 0.5)))
for x, y in [(0, -1), (-8, 1/3), (10, 400), (0.0, 0.0), (float('inf'), -1), (-float('inf'), 3), (-float('inf'), 2), (2, -float('inf')), (0.5, float('inf')), (float('nan'), 0), (1, float('nan'))]:
    try:
        print('pow', x, y, repr(math.pow(x, y)))
    except (ValueError, OverflowError) as e:
        print('pow', x, y, type(e).__name__, e)
print(math.frexp(0.0), math.frexp(1.0), math.frexp(-3.5), math.frexp(1e-310), math.frexp(1e308), math.frexp(float('inf')))
print(math.ldexp(0.5, 2), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(3, 10), math.ldexp(1.5, -10**30))
for args in ((1.0, 1024), (1.0, 10**30), (1.0, 2.0)):
    try:
        print(math.ldexp(*args))
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.modf(3.5), math.modf(-3.5), math.modf(-2.0), math.modf(float('inf')), math.modf(float('-inf')))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(5.0, 5.0), math.nextafter(float('inf'), 0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-3.0), math.ulp(1e308), math.ulp(float('inf')), math.ulp(1.7976931348623157e308))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(1e20), math.ceil(2**70), math.floor(True))
class F:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
    def __float__(self): return 2.5
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.sqrt(F()))
class G:
    def __float__(self): return 7.5
print(math.floor(G()), math.ceil(G()))
for bad in [float('inf'), float('nan'), 'x']:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            print(f(bad))
        except (ValueError, OverflowError, TypeError) as e:
            print(type(e).__name__, e)
for f in (math.sqrt, math.sin, math.floor):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    math.sqrt('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.atan2(1)
except TypeError as e:
    print(type(e).__name__, e)
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
