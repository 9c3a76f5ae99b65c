import math
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(21), math.factorial(30))
print(len(str(math.factorial(1000))), math.factorial(100) % 1000003)
for bad in (-1, 2.0, '3', 10**30):
    try:
        print(math.factorial(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127 - 1), math.isqrt(10**100 + 12345))
print([math.isqrt(n) for n in range(30)])
for bad in (-1, 1.5):
    try:
        print(math.isqrt(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(0, 0), math.gcd(2**100, 6**50), math.gcd(-4, 6))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**70, 3**40))
for bad in ((1.5, 2), ('a',)):
    try:
        print(math.gcd(*bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(math.comb(10, 3), math.comb(10, 0), math.comb(10, 10), math.comb(10, 11), math.comb(100, 50), math.comb(1000, 3), math.comb(60, 30))
print(math.perm(10, 3), math.perm(5), math.perm(5, None), math.perm(10, 11), math.perm(100, 30), math.perm(0, 0))
for args in ((-1, 2), (5, -1), (5.0, 2), (5, 2.0)):
    for f in (math.comb, math.perm):
        try:
            print(f(*args))
        except (ValueError, TypeError) as e:
            print(f is math.gamma and "gamma" or f is math.lgamma and "lgamma" or f is math.comb and "comb" or f is math.perm and "perm" or f is math.fmod and "fmod" or f is math.remainder and "remainder" or f is math.atan2 and "atan2" or "pow", type(e).__name__, e)
print(math.log(10**400), math.log2(2**2000), math.log10(10**500), math.log(2**1100, 2), math.log(10**50, 10**10))
for bad in (0, -5, -10**400, 0.0, -1.5):
    try:
        print(math.log(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    math.sqrt(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.log(8, 2), math.log(100, 10), math.log(1, 3), math.log(0.5, 0.25))
