s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s, 5 in s)
s.discard(3)
print(sorted(s), sorted({1, 2} | {2, 3}), sorted({1, 2} & {2, 3}), sorted({1, 2} - {2, 3}), sorted({1, 2} ^ {2, 3}))
print({1, 2} == {2, 1}, {1} < {1, 2}, set(), sorted(set([5, 5, 6])), {x % 3 for x in range(10)}, frozenset([1]) == {1})
