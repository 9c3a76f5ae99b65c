print([x * 2 for x in range(5) if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(4)}, sorted({c for c in "hello"}))
print(sum(x for x in range(101)), list(x + 1 for x in [1, 2]), max(len(w) for w in ["a", "abc", "ab"]))
m = [[1, 2], [3, 4]]
print([v for row in m for v in row], [[r[i] for r in m] for i in range(2)])
x = "outer"
print([x for x in "ab"], x)
