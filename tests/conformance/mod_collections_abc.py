from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Iterator, Hashable, Callable, Sized, Set, MutableSequence, Generator, KeysView
import abc
print(isinstance([], Sequence), isinstance([], MutableSequence), isinstance((), MutableSequence), isinstance('s', Sequence))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance([], Mapping), isinstance(1, Iterable))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance(range(3), Iterable), isinstance(1, Hashable), isinstance([], Hashable))
print(isinstance(len, Callable), isinstance(lambda: 0, Callable), isinstance(1, Callable), isinstance(set(), Set), isinstance({}.keys(), KeysView))
def g(): yield 1
print(isinstance(g(), Generator), isinstance(g(), Iterator), issubclass(dict, Sized), issubclass(int, Sized))
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({'a': 1, 'b': 2})
print(m['a'], m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, len(m))
print(isinstance(m, Mapping), isinstance(m, MutableMapping), isinstance(m, Iterable), dict(m))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable))
class Reg: pass
Sequence.register(Reg)
print(issubclass(Reg, Sequence), isinstance(Reg(), Iterable))
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
print(Base.__abstractmethods__, type(Base).__name__)

class Bag(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

b = Bag()
b.update({'x': 1}, y=2)
b.setdefault('z', 3)
print(sorted(b.items()), b.pop('x'), b.pop('nope', None), len(b))
print(b.popitem(), len(b))
b.clear()
print(len(b), isinstance(b, MutableMapping))

class Seq(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n

s = Seq(5)
print(list(s), 9 in s, 7 in s, s.index(16), s.count(4), list(reversed(s)))
