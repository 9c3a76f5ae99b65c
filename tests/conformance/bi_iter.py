# iteration builtins: iter(callable, sentinel), next, zip strict, map, filter, enumerate, reversed, sorted
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = [1, 2, 3, 0, 4]
it = iter(data.pop, 3)
print(list(it), data)
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 5)))
show(lambda: iter(5))
show(lambda: iter(5, 1))
show(lambda: next(5))
i = iter([1])
print(next(i), next(i, "done"), next(i, None))
show(lambda: next(iter([])))
print(list(zip([1, 2], "ab")), list(zip()), list(zip([1, 2, 3], [4])), list(zip([1, 2], [3, 4], strict=True)))
show(lambda: list(zip([1, 2], [3], strict=True)))
show(lambda: list(zip([1], [3, 4], strict=True)))
show(lambda: list(zip([1], [2], [3, 4], strict=True)))
show(lambda: list(zip([1, 2], [2], [3], strict=True)))
show(lambda: list(zip(1)))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(str, range(3))), list(map(pow, [2, 3], [3, 2], [5, 5])))
show(lambda: map(len))
show(lambda: list(map(len, 5)))
print(list(filter(None, [0, 1, "", "a", None])), list(filter(lambda v: v % 2, range(6))))
print(list(enumerate("ab")), list(enumerate("ab", 5)), list(enumerate("ab", start=-1)), list(enumerate([], 3)))
show(lambda: enumerate("a", "b"))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(b"ab")))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Seq())), list(reversed(Rev())), list(reversed({"a": 1, "b": 2})))
show(lambda: reversed(5))
show(lambda: reversed({1, 2}))
print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a")]), sorted({3: 1, 1: 2}))
show(lambda: sorted([1, "a"]))
show(lambda: sorted())
show(lambda: sorted([1], foo=1))
print(any([]), all([]), any([0, 1]), all([1, 0]), any(x > 2 for x in range(4)))
print(callable(len), callable(5), callable(Seq), callable(Seq()))
