using Krait.Runtime;

namespace Krait.Modules;

/// <summary>collections.abc, written as Krait's own Python and run through <see cref="ModulePrelude"/>. The
/// single-protocol ABCs recognise classes structurally; Krait's built-in types keep their methods out of their type
/// dicts, so the prelude registers them by hand.</summary>
public static class CollectionsAbcModule
{
    public static PyModule Create()
    {
        var m = NativeModule.New("collections.abc");
        ModulePrelude.Run(m, Source, "<krait collections.abc>");
        return m;
    }

    private const string Source = """"
# Krait's collections.abc: abstract container interfaces plus the concrete
# helper methods they lend to subclasses.  Single-protocol interfaces also
# accept any class that defines the protocol's dunder methods.
from abc import ABCMeta, abstractmethod

__all__ = [
    'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
    'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized',
    'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping',
    'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
    'Sequence', 'MutableSequence', 'ByteString',
]


def _defines_all(klass, names):
    # A name counts when the first class in the MRO that mentions it binds it to
    # something other than None (None is how a class opts out, e.g. __hash__).
    chain = klass.__mro__
    for name in names:
        owner = None
        for k in chain:
            if name in k.__dict__:
                owner = k
                break
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


def _structural(*names):
    # Builds the __subclasshook__ of one interface; subclasses of that interface
    # fall back to ordinary registration/inheritance, so the hook only answers for
    # the class whose body installed it.
    def answer(cls, klass):
        if vars(cls).get('__subclasshook__') is not installed:
            return NotImplemented
        return _defines_all(klass, names)
    installed = classmethod(answer)
    return installed


def _same(a, b):
    return a is b or a == b


def _rethrow(kind, value, trace):
    # Shared body of the abstract throw()/athrow(): raise what the caller passed.
    if value is None:
        if trace is None:
            raise kind
        value = kind()
    if trace is not None:
        value = value.with_traceback(trace)
    raise value


def _ignores_exit(obj):
    # Shared test of Generator.close and Coroutine.close: throw GeneratorExit in; True when it was not raised back.
    try:
        obj.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return False
    return True


# ---- one-protocol interfaces -------------------------------------------------

class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, klass):
        if cls is not Hashable:
            return NotImplemented
        # Krait's built-in mutable containers keep no __hash__ = None entry.
        if klass in _NEVER_HASHABLE:
            return False
        return _defines_all(klass, ('__hash__',))

    @abstractmethod
    def __hash__(self):
        return 0


class Iterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural('__iter__')

    @abstractmethod
    def __iter__(self):
        return
        yield


class Iterator(Iterable):
    __slots__ = ()
    __subclasshook__ = _structural('__iter__', '__next__')

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()
    __subclasshook__ = _structural('__reversed__', '__iter__')

    @abstractmethod
    def __reversed__(self):
        return
        yield


class Generator(Iterator):
    __slots__ = ()
    __subclasshook__ = _structural('__iter__', '__next__', 'send', 'throw', 'close')

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _rethrow(typ, val, tb)

    def close(self):
        if _ignores_exit(self):
            raise RuntimeError("generator ignored GeneratorExit")


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural('__await__')

    @abstractmethod
    def __await__(self):
        return
        yield


class Coroutine(Awaitable):
    __slots__ = ()
    __subclasshook__ = _structural('__await__', 'send', 'throw', 'close')

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _rethrow(typ, val, tb)

    def close(self):
        if _ignores_exit(self):
            raise RuntimeError("coroutine ignored GeneratorExit")


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural('__aiter__')

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


class AsyncIterator(AsyncIterable):
    __slots__ = ()
    __subclasshook__ = _structural('__anext__', '__aiter__')

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    __slots__ = ()
    __subclasshook__ = _structural('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        _rethrow(typ, val, tb)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


class Sized(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural('__len__')

    @abstractmethod
    def __len__(self):
        return 0


class Container(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural('__contains__')

    @abstractmethod
    def __contains__(self, x):
        return False


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    __subclasshook__ = _structural('__len__', '__iter__', '__contains__')


class Callable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural('__call__')

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


# ---- sets ------------------------------------------------------------------------

class Set(Collection):
    """A finite, iterable container with set algebra derived from
    __contains__, __iter__ and __len__."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        # Subclasses whose constructor takes something else override this.
        return cls(it)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(e in other for e in self)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(e in self for e in other)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self <= other

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self >= other

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self <= other

    def isdisjoint(self, other):
        return not any(e in self for e in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([e for e in other if e in self])

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        merged = list(self)
        merged.extend(other)
        return self._from_iterable(merged)

    __ror__ = __or__

    def _as_set(self, other):
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def __sub__(self, other):
        right = self._as_set(other)
        if right is None:
            return NotImplemented
        return self._from_iterable([e for e in self if e not in right])

    def __rsub__(self, other):
        left = self._as_set(other)
        if left is None:
            return NotImplemented
        return self._from_iterable([e for e in left if e not in self])

    def __xor__(self, other):
        right = self._as_set(other)
        if right is None:
            return NotImplemented
        return (self - right) | (right - self)

    __rxor__ = __xor__

    def _hash(self):
        # The same order-independent mixing frozenset uses, so equal sets of
        # either kind hash alike.  Arithmetic is done modulo 2**(word bits).
        import sys
        top = sys.maxsize
        width = 2 * top + 1
        acc = (1927868237 * (len(self) + 1)) & width
        for e in self:
            eh = hash(e)
            acc ^= ((eh ^ (eh << 16) ^ 89869747) * 3644798167) & width
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & width
        if acc > top:
            acc -= width + 1
        return 590923713 if acc == -1 else acc


class MutableSet(Set):
    """A Set that can grow and shrink; add() and discard() are the primitives."""
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        for first in self:
            self.discard(first)
            return first
        raise KeyError

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for e in it:
            self.add(e)
        return self

    def __iand__(self, it):
        for e in self - it:
            self.discard(e)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for e in it:
            if e in self:
                self.discard(e)
            else:
                self.add(e)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for e in it:
            self.discard(e)
        return self


# ---- mappings --------------------------------------------------------------------

class Mapping(Collection):
    """A read-only key -> value container built on __getitem__, __iter__, __len__."""
    __slots__ = ()
    # Iteration order of a generic mapping need not be reversible.
    __reversed__ = None

    @abstractmethod
    def __getitem__(self, k):
        raise KeyError

    def __contains__(self, k):
        try:
            self[k]
        except KeyError:
            return False
        else:
            return True

    def get(self, k, default=None):
        try:
            found = self[k]
        except KeyError:
            found = default
        return found

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented


def _into_set(cls, items):
    # Set operations on key and item views produce plain sets.
    return set(items)


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, source):
        self._mapping = source

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)

    def __len__(self):
        return len(self._mapping)


class KeysView(MappingView, Set):
    __slots__ = ()
    _from_iterable = classmethod(_into_set)

    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, k):
        return k in self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()
    _from_iterable = classmethod(_into_set)

    def __contains__(self, item):
        k, v = item
        try:
            actual = self._mapping[k]
        except KeyError:
            return False
        return _same(actual, v)

    def __iter__(self):
        m = self._mapping
        for k in m:
            yield k, m[k]


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        m = self._mapping
        return any(_same(m[k], value) for k in m)

    def __iter__(self):
        m = self._mapping
        for k in m:
            yield m[k]


_MISSING = object()


class MutableMapping(Mapping):
    """A Mapping that also supports item assignment and deletion."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, k, v):
        raise KeyError

    @abstractmethod
    def __delitem__(self, k):
        raise KeyError

    def pop(self, key, default=_MISSING):
        if default is _MISSING:
            found = self[key]
        else:
            try:
                found = self[key]
            except KeyError:
                return default
        del self[key]
        return found

    def popitem(self):
        for k in self:
            break
        else:
            raise KeyError from None
        v = self[k]
        del self[k]
        return k, v

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            pairs = [(k, other[k]) for k in other]
        elif hasattr(other, 'keys'):
            pairs = [(k, other[k]) for k in other.keys()]
        else:
            pairs = other
        for k, v in pairs:
            self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            pass
        self[key] = default
        return default


# ---- sequences -------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """An indexable, sized container; iteration stops at the first IndexError."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, i):
        raise IndexError

    def __iter__(self):
        pos = 0
        while True:
            try:
                item = self[pos]
            except IndexError:
                return
            yield item
            pos += 1

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __reversed__(self):
        pos = len(self)
        while pos > 0:
            pos -= 1
            yield self[pos]

    def index(self, value, start=0, stop=None):
        n = len(self)
        if start is not None and start < 0:
            start = n + start if n + start > 0 else 0
        if stop is not None and stop < 0:
            stop = n + stop
        pos = start
        while stop is None or pos < stop:
            try:
                item = self[pos]
            except IndexError:
                break
            if _same(item, value):
                return pos
            pos += 1
        raise ValueError

    def count(self, value):
        total = 0
        for item in self:
            if _same(item, value):
                total += 1
        return total


class ByteString(Sequence):
    """Common interface of bytes and bytearray."""
    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that can be edited in place; insert() is the growing primitive."""
    __slots__ = ()

    @abstractmethod
    def insert(self, i, item):
        raise IndexError

    @abstractmethod
    def __setitem__(self, i, item):
        raise IndexError

    @abstractmethod
    def __delitem__(self, i):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        lo, hi = 0, len(self) - 1
        while lo < hi:
            self[lo], self[hi] = self[hi], self[lo]
            lo += 1
            hi -= 1

    def extend(self, values):
        # Snapshot first so that s.extend(s) terminates.
        items = list(values) if values is self else values
        for v in items:
            self.append(v)

    def pop(self, index=-1):
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---- the built-in types ------------------------------------------------------------
# Krait implements these natively, so their methods are not visible to the
# structural hooks above; register them by hand.

_NEVER_HASHABLE = (list, dict, set, bytearray)


def _register_native_types():
    def plain_gen():
        yield

    async def plain_coro():
        pass

    async def plain_agen():
        yield

    samples = (iter([]), iter(()), iter(''), iter(range(0)), iter({}), iter(set()),
               iter({}.values()), iter({}.items()), reversed([]), zip(),
               map(len, []), filter(None, []), enumerate([]))
    for s in samples:
        Iterator.register(type(s))
    Generator.register(type(plain_gen()))
    co = plain_coro()
    Coroutine.register(type(co))
    co.close()
    AsyncGenerator.register(type(plain_agen()))

    table = (
        (Sequence, (tuple, str, range, bytes)),
        (ByteString, (bytes, bytearray)),
        (MutableSequence, (list, bytearray)),
        (Set, (frozenset,)),
        (MutableSet, (set,)),
        (MutableMapping, (dict,)),
        # dict and its views iterate reversibly although Mapping opts out.
        (Reversible, (dict, type({}.keys()), type({}.values()), type({}.items()))),
        (KeysView, (type({}.keys()),)),
        (ValuesView, (type({}.values()),)),
        (ItemsView, (type({}.items()),)),
        (Hashable, (int, float, complex, bool, str, bytes, tuple, frozenset,
                    range, type, type(None))),
        (Callable, (type(len), type(plain_gen), type)),
    )
    for abc_class, natives in table:
        for t in natives:
            abc_class.register(t)
    try:
        Callable.register(type([].append))
    except TypeError:
        pass


_register_native_types()
del _register_native_types
"""";
}
