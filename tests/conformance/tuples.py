t = (1, "a", 2.5)
print(t, len(t), t[1], t[-1], t[0:2], (1,), (), t + (4,), t * 2)
a, b, c = t
print(a, b, c)
x, *rest = [1, 2, 3, 4]
*init, last = (1, 2, 3)
print(x, rest, init, last)
print((1, 2) < (1, 3), (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)), tuple([1, 2]), t.index("a"), t.count(1))
(p, q), r = (1, 2), 3
print(p, q, r)
