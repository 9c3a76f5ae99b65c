# krait: no-cpython-lib
# collections.abc mixins are abstract until their required methods are defined.
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet,
                             Iterable, Iterator, Sized, Container, Hashable, Callable, Collection,
                             Reversible, Generator)


def attempt(label, make):
    try:
        r = make()
        print(label, 'ok', type(r).__name__)
    except TypeError as e:
        print(label, 'TypeError', e)


for base in (Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet, Iterable, Iterator,
             Sized, Container, Hashable, Callable, Collection, Reversible, Generator):
    Sub = type('Sub' + base.__name__, (base,), {})
    attempt(base.__name__, Sub)


class Table(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


t = Table(a=1, b=2)
print(dict(t), 'a' in t, t.get('z', 0), list(t.items()))


class Half(MutableMapping):
    def __getitem__(self, k):
        return 1

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0


attempt('Half', Half)
