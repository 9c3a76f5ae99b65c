# Big ints stay immutable under augmented assignment, negation shares nothing visible, results feed back in.
a = 3**200
b = a
a += 1
print(a - b, b == 3**200, a == 3**200 + 1)
c = b
c *= 7
print(c // b, b == 3**200, c % b)
d = -b
e = -d
print(d + e, e is not b or e == b, e == b, -d == b, abs(d) == b)
f = b
f -= b
print(f, type(f).__name__)
g = [b] * 3
g[0] *= 2
print(g[0] // g[1], g[1] == g[2] == b)
h = {"k": b}
h["k"] //= 3**100
print(h["k"] == 3**100, b == 3**200)
t = (b, b * 2)
x, y = divmod(t[1], t[0])
print(x, y, t[0] == b, t[1] // 2 == b)
acc = 0
for i in range(50):
    acc = acc * 3**20 + i
    acc -= i
print(acc == 0, acc)
big = 2**300
n = big
for _ in range(5):
    n = n * 2**31 + 1
    n = n - 1
    n = n // 2**31
print(n == big, n is big)
