# set/frozenset methods: CPython's argument errors, unhashable keys, set-as-key lookups.
tests = [
    lambda: set().add(), lambda: set().add(1, 2), lambda: set().add(x=1), lambda: set().pop(1),
    lambda: set().union(x=1), lambda: set().isdisjoint(), lambda: frozenset().isdisjoint(),
    lambda: frozenset().union(x=1), lambda: set().copy(1), lambda: set(1, 2), lambda: frozenset(1, 2),
    lambda: set().remove([]), lambda: set().remove({1}), lambda: {frozenset([1])}.remove({1}),
    lambda: set() | [1], lambda: set().update(1), lambda: set().issubset(), lambda: set().issubset(3),
    lambda: set().intersection_update(1), lambda: set().symmetric_difference(),
    lambda: set() < [1], lambda: set() ^ 3, lambda: frozenset() - None, lambda: set().add([]),
    lambda: {1} & 'ab', lambda: hash(set()), lambda: {[]}, lambda: set([[1]]),
    lambda: {1, 2}.difference(5), lambda: set().discard({2}), lambda: {1}.isdisjoint(3),
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
s = {frozenset([1, 2]), 3}
print({1, 2} in s, {2, 1} in s, [1] in {1} if False else 'skip')
s.discard({1, 2}); print(s)
print(set.__or__({1}, {2}), set.__or__({1}, [2]), frozenset.__and__(frozenset({1, 2}), {2}))
print(set.union({1}, [2]), frozenset.union(frozenset(), 'ab') == frozenset('ab'))
class S(set):
    pass
s = S([3, 1]); s.add(2); s.discard(3)
print(s, s.pop(), s, type(s | {9}).__name__, s == {2})
s |= {5, 6}; print(type(s).__name__, s)
s &= {5}; print(type(s).__name__, s)
class F(frozenset):
    pass
f = F([1, 2]); print(f, f | {3}, type(f | {3}).__name__, F(), S())
print(repr(frozenset()), set(), frozenset([frozenset([1])]))
fs = frozenset([1, 2]); print(frozenset(fs) is fs, fs.copy() is fs, set(fs) is fs)
r = set(); r.add(r.__class__.__name__); print(r)
x = {1}
x.add(frozenset(x)); print(len(x))
