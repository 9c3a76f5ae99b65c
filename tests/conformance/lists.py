a = [3, 1, 2]
a.append(5)
a.extend([9, 0])
print(a, len(a), a[1], a[-2], a[1:3], a[::-1])
a.sort()
print(a, a.pop(), a.pop(0), a)
a.insert(1, 7)
a.remove(3)
print(a, a.index(7), a.count(7), 7 in a, 8 not in a)
b = a[:]
b[0] = 100
print(a, b, a + b, [0] * 4, [[1, 2], [3]])
a[1:3] = ["x", "y", "z"]
print(a)
del a[0]
print(a, sorted([5, 2, 8], reverse=True), sorted(["bb", "a", "ccc"], key=len), list(range(5)), list("abc"))
a.reverse()
print(a, [1, 2] == [1, 2], [1, 2] < [1, 3], min([4, 2, 8]), max([4, 2, 8]), sum([1, 2, 3]))
