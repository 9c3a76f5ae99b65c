# Mixin methods and structural checks of collections.abc on user classes.
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container,
                             Collection, Callable, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
                             AsyncGenerator, Set, MutableSet, Mapping, MutableMapping, Sequence,
                             MutableSequence, KeysView, ItemsView, ValuesView, MappingView, ByteString)
import collections.abc
from functools import cached_property

print(sorted(collections.abc.__all__))


class OnlyIter:
    def __iter__(self):
        return iter([])


class IterAndNext(OnlyIter):
    def __next__(self):
        raise StopIteration


class NoHash:
    __hash__ = None


class Full:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
    def __reversed__(self): return iter(())
    def __call__(self): return 1
    def __await__(self): yield


for abc_class in (Hashable, Iterable, Iterator, Reversible, Sized, Container, Collection, Callable,
                  Awaitable, Generator, Coroutine):
    print(abc_class.__name__, [issubclass(c, abc_class) for c in (OnlyIter, IterAndNext, NoHash, Full, int,
                                                                  list, dict, set, str, tuple, type(len))])


class Blocked(OnlyIter):
    __iter__ = None


print('blocked', issubclass(Blocked, Iterable), isinstance(OnlyIter(), Iterable))


class AIt:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration


print('async', issubclass(AIt, AsyncIterable), issubclass(AIt, AsyncIterator), issubclass(AIt, AsyncGenerator))


class Bag(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)
    def __repr__(self): return 'Bag(%r)' % sorted(self.items)


a, b = Bag([1, 2, 3]), Bag([3, 4])
print(a & b, a | b, a - b, b - a, a ^ b)
print(a <= Bag([1, 2, 3, 4]), a < a, a == Bag([3, 2, 1]), a >= b, a > Bag([1]), a != b)
print(a.isdisjoint([7, 8]), a.isdisjoint([1]))
print([1, 2] & a if False else a & [2, 9], a | [9], a - [1], [5, 1] - a, a ^ [1, 5])
print(a.__eq__(5), a.__le__([1]))
try:
    a & 5
except TypeError as e:
    print(type(e).__name__, e)
c = Bag([1, 2, 3])
c.remove(2)
print(c)
try:
    c.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
print(c.pop() in (1, 3), len(c))
c.clear()
print(c)
try:
    c.pop()
except KeyError as e:
    print(type(e).__name__, repr(e))
d = Bag([1, 2])
d |= [3]
print(d)
d &= [2, 3, 4]
print(d)
d ^= [3, 5]
print(d)
d -= [5]
print(d)
d ^= d
print(d)
e = Bag([1])
e -= e
print(e)
print(Bag([1, 2])._hash() == frozenset([1, 2]).__hash__(), Bag()._hash() == hash(frozenset()))
print(Bag.__hash__)


class Table(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)


t = Table()
t.update({'a': 1}, b=2)
t.update([('c', 3)])
print(sorted(t.items()), list(t.keys()), list(t.values()), 'a' in t, 'z' in t, t.get('z', 0), t.get('a'))
print(t.setdefault('a', 9), t.setdefault('q', 7), t.pop('q'), t.pop('zz', 'dflt'))
try:
    t.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(t.popitem(), len(t))
print(t == {'b': 2, 'c': 3}, t == 5, t.__eq__(5))
print(repr(t.keys())[:10], repr(t.items())[:10], type(t.values()).__name__)
print(t.keys() & {'b', 'x'}, t.items() | {('x', 1)} == {('b', 2), ('c', 3), ('x', 1)})
print(('b', 2) in t.items(), ('b', 3) in t.items(), ('nope', 1) in t.items(), 3 in t.values(), 9 in t.values())
print(Mapping.__reversed__, len(t.keys()))
t.clear()
try:
    t.popitem()
except KeyError as e:
    print(type(e).__name__, repr(e))
print(isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView), isinstance({}.values(), ValuesView),
      isinstance({}.keys(), MappingView), isinstance({}, MutableMapping), isinstance(b'', ByteString))


class Seq(MutableSequence):
    def __init__(self, *xs): self.xs = list(xs)
    def __getitem__(self, i): return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __delitem__(self, i): del self.xs[i]
    def __len__(self): return len(self.xs)
    def insert(self, i, v): self.xs.insert(i, v)


s = Seq(1, 2, 3, 2)
print(list(s), list(reversed(s)), 2 in s, 7 in s, s.index(2), s.index(2, 2), s.index(2, -2), s.count(2))
for args in ((7,), (3, 0, 2), (1, 1)):
    try:
        s.index(*args)
    except ValueError as e:
        print(type(e).__name__, repr(e))
s.append(5)
s.extend([6])
s.extend(s)
print(s.xs)
s.reverse()
print(s.xs, s.pop(), s.pop(0), s.xs)
s.remove(3)
s += [10]
print(s.xs)
s.clear()
print(s.xs)
try:
    Seq().pop()
except IndexError as e:
    print(type(e).__name__, e)
print(sorted(Set.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))


def g():
    x = yield 1
    print('got', x)
    yield 2


print([issubclass(type(v), Reversible) for v in ({}, {}.keys(), {}.values(), {}.items(), set())])
print(isinstance(g(), Generator), isinstance(iter([]), Iterator), isinstance(zip(), Iterator))


class Gen(Generator):
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


print(list(Gen()))
gg = Gen()
gg.close()
try:
    gg.throw(ValueError, ValueError('boom'))
except ValueError as e:
    print(type(e).__name__, e)


class Stubborn(Gen):
    def throw(self, *a):
        return 1


try:
    Stubborn().close()
except RuntimeError as e:
    print(type(e).__name__, e)


class Lazy:
    calls = 0

    @cached_property
    def value(self):
        """doc of value"""
        Lazy.calls += 1
        return 42


z = Lazy()
print(z.value, z.value, Lazy.calls, Lazy.value.__doc__, Lazy.value.attrname, type(Lazy.value).__name__)
cp = cached_property(lambda self: 1)
try:
    cp.__get__(z, Lazy)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Twice:
        x = Lazy.__dict__['value']
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
