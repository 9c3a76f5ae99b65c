print(list(range(3)), list(range(1, 10, 3)), list(range(10, 0, -2)), len(range(0, 100, 7)), range(5)[2], 3 in range(5))
for i, c in enumerate("abc"):
    print(i, c)
for i, c in enumerate("xy", 1):
    print(i, c)
for a, b in zip([1, 2, 3], "ab"):
    print(a, b)
print(list(reversed([1, 2, 3])), list(reversed(range(4))), list(map(abs, [-1, 2, -3])), list(filter(None, [0, 1, 2])))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), any([0, 1]), all([1, 0]), all([]))
