# set()/frozenset() built from lists and tuples read by index: the list may grow while it is hashed, a list
# or tuple subclass keeps its own __iter__, and order, duplicates and errors stay CPython's.
class Grows:
    def __init__(self, v, owner):
        self.v = v
        self.owner = owner

    def __hash__(self):
        if self.v < 4:
            self.owner.append(Grows(self.v + 1, self.owner))
        return self.v

    def __eq__(self, other):
        return isinstance(other, Grows) and self.v == other.v


items = []
items.append(Grows(0, items))
print(sorted(g.v for g in set(items)), len(items))


class OwnIter(list):
    def __iter__(self):
        return iter(["from __iter__"])


class TupleIter(tuple):
    def __iter__(self):
        return iter(("tuple __iter__",))


print(set(OwnIter([1, 2])), frozenset(TupleIter((1, 2))))
print(set([3, 1, 3, 2, 1]), set((5, 5, 4)), frozenset(["b", "a", "b"]) == {"a", "b"})
print(list(set(["x%d" % i for i in range(20)])) == list({"x%d" % i for i in range(20)}))
print(set([]), set(()), len(set([1.0, 1, True])))
try:
    set([1, [2], 3])
except TypeError as e:
    print("TypeError:", e)
try:
    set(([1],))
except TypeError as e:
    print("TypeError:", e)
