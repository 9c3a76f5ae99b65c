data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums, sorted(nums, reverse=True), min(nums, key=abs), max(words, key=len))
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted([2.5, 1, 3]))
