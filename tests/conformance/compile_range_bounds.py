# range() loops at the edges of the 64-bit range: the loop count is computed exactly (or the loop falls back to
# the general path) for bounds and steps anywhere in it.
import sys
M = sys.maxsize
cases = [(0, 10, 1), (10, 0, -1), (-M - 1, M, M), (M, -M - 1, -M - 1), (-M - 1, M, 1 << 62), (M, -M - 1, -(1 << 62)),
         (5, 5, 1), (5, 5, -1), (-3, 7, 3), (7, -3, -3), (0, 1, M), (0, -1, -M - 1), (-M - 1, -M - 1 + 5, 2),
         (M - 5, M, 2), (M, M - 5, -2), (-10, 10, 7), (10, -10, -7)]
for a, b, c in cases:
    n = 0
    first = last = None
    for i in range(a, b, c):
        if first is None:
            first = i
        last = i
        n += 1
        if n > 6:
            break
    print(a, b, c, n, first, last, len(range(a, b, c)) if abs(b - a) // abs(c) < 10**6 else 'big')
def g(a, b, c):
    for i in range(a, b, c):
        yield i
print(list(g(-M - 1, -M - 1 + 10, 3)), list(g(M, M - 10, -4)))
for i in range(M - 2, M + 2):
    print(i)
for i in range(-M - 3, -M + 1):
    print(i)
for a, b, c in [(-M - 1, M, M), (M, -M - 1, -M - 1), (-M - 1, M, 1 << 62), (-5, 5, 3), (5, -5, -3)]:
    r = range(a, b, c)
    print(len(r), list(r)[:5], list(reversed(r))[:5], r[-1], bool(r))
    print([x in r for x in (a, b, M - 1, -1, 0, 1, -M - 1, M, 4611686018427387904)])
    print([r.count(x) for x in (a, -1, 0)], r.index(r[-1]))
try:
    len(range(-M - 1, M))
except OverflowError as e:
    print(type(e).__name__, e)
