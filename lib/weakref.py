"""Weak references (Krait's own weakref module over the C# _weakref).

On .NET an object is reclaimed by the tracing collector, not when its last reference goes: a weak reference
to an object that became unreachable is cleared, and its callback runs, at the next gc.collect() (or a later
weakref operation), where CPython would have done it at once.
"""

import _weakref
import sys
from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet", "WeakMethod",
           "finalize"]


def _dead():
    raise ReferenceError("weakly-referenced object no longer exists")


class ProxyType:
    """A stand-in that forwards everything to its referent, raising ReferenceError once it is gone."""

    __slots__ = ('_ref', '__weakref__')

    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_ref', ref(obj, None if callback is None else (lambda r: callback(self))))

    def _target(self):
        o = object.__getattribute__(self, '_ref')()
        if o is None:
            _dead()
        return o

    def __getattr__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._target(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_ref')()
        if o is None:
            return '<weakproxy at %#x; dead>' % id(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self): return str(ProxyType._target(self))
    def __bytes__(self): return bytes(ProxyType._target(self))
    def __bool__(self): return bool(ProxyType._target(self))
    def __len__(self): return len(ProxyType._target(self))
    def __iter__(self): return iter(ProxyType._target(self))
    def __next__(self): return next(ProxyType._target(self))
    def __reversed__(self): return reversed(ProxyType._target(self))
    def __contains__(self, item): return item in ProxyType._target(self)
    def __getitem__(self, key): return ProxyType._target(self)[key]
    def __setitem__(self, key, value): ProxyType._target(self)[key] = value
    def __delitem__(self, key): del ProxyType._target(self)[key]
    def __index__(self): return ProxyType._target(self).__index__()
    def __int__(self): return int(ProxyType._target(self))
    def __float__(self): return float(ProxyType._target(self))
    def __abs__(self): return abs(ProxyType._target(self))
    def __neg__(self): return -ProxyType._target(self)
    def __pos__(self): return +ProxyType._target(self)
    def __invert__(self): return ~ProxyType._target(self)
    def __eq__(self, other): return ProxyType._target(self) == _unwrap(other)
    def __ne__(self, other): return ProxyType._target(self) != _unwrap(other)
    def __lt__(self, other): return ProxyType._target(self) < _unwrap(other)
    def __le__(self, other): return ProxyType._target(self) <= _unwrap(other)
    def __gt__(self, other): return ProxyType._target(self) > _unwrap(other)
    def __ge__(self, other): return ProxyType._target(self) >= _unwrap(other)
    def __add__(self, other): return ProxyType._target(self) + _unwrap(other)
    def __radd__(self, other): return _unwrap(other) + ProxyType._target(self)
    def __sub__(self, other): return ProxyType._target(self) - _unwrap(other)
    def __rsub__(self, other): return _unwrap(other) - ProxyType._target(self)
    def __mul__(self, other): return ProxyType._target(self) * _unwrap(other)
    def __rmul__(self, other): return _unwrap(other) * ProxyType._target(self)
    def __truediv__(self, other): return ProxyType._target(self) / _unwrap(other)
    def __rtruediv__(self, other): return _unwrap(other) / ProxyType._target(self)
    def __floordiv__(self, other): return ProxyType._target(self) // _unwrap(other)
    def __rfloordiv__(self, other): return _unwrap(other) // ProxyType._target(self)
    def __mod__(self, other): return ProxyType._target(self) % _unwrap(other)
    def __rmod__(self, other): return _unwrap(other) % ProxyType._target(self)
    def __pow__(self, other): return ProxyType._target(self) ** _unwrap(other)
    def __rpow__(self, other): return _unwrap(other) ** ProxyType._target(self)
    def __and__(self, other): return ProxyType._target(self) & _unwrap(other)
    def __or__(self, other): return ProxyType._target(self) | _unwrap(other)
    def __xor__(self, other): return ProxyType._target(self) ^ _unwrap(other)
    def __lshift__(self, other): return ProxyType._target(self) << _unwrap(other)
    def __rshift__(self, other): return ProxyType._target(self) >> _unwrap(other)
    def __matmul__(self, other): return ProxyType._target(self) @ _unwrap(other)

    def __iadd__(self, other):
        t = ProxyType._target(self)
        t += _unwrap(other)
        return self

    __hash__ = None


class CallableProxyType(ProxyType):
    """A proxy for a callable referent."""
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return ProxyType._target(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'
ProxyTypes = (ProxyType, CallableProxyType)


def _unwrap(o):
    return ProxyType._target(o) if isinstance(o, ProxyType) else o


def proxy(obj, callback=None):
    """A proxy for obj: uses it like obj, raising ReferenceError once obj is gone."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakMethod:
    """A weak reference to a bound method: calling it rebuilds the method while its object and function
    live, else gives None."""

    __slots__ = ('_obj_ref', '_func_ref', '_meth_type', '_alive', '__weakref__', '_callback')

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def on_death(_dead_ref):
            # The first of the two referents to die ends the method; the callback runs once.
            was_alive = self._alive
            self._alive = False
            if was_alive and callback is not None:
                callback(self)
        self._alive = True
        self._meth_type = type(meth)
        self._func_ref = ref(func, on_death)
        self._obj_ref = ref(obj, on_death)

    def __call__(self):
        target, function = self._obj_ref(), self._func_ref()
        if target is not None and function is not None:
            return self._meth_type(function, target)
        return None

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        # Dead methods equal only themselves.
        if self._alive and other._alive:
            return (self._obj_ref, self._func_ref) == (other._obj_ref, other._func_ref)
        return self is other

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value is collected."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _remover(self, key):
        data = self.data

        def remove(wr):
            if data.get(key) is wr:
                del data[key]
        return remove

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = ref(value, self._remover(key))

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def keys(self):
        return iter(self)

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def values(self):
        for wr in list(self.data.values()):
            v = wr()
            if v is not None:
                yield v

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def pop(self, key, *args):
        wr = self.data.pop(key, None)
        value = None if wr is None else wr()
        if value is not None:
            return value
        if not args:
            raise KeyError(key)
        return args[0]

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        pairs = []
        if other is not None:
            pairs = list(other.items()) if hasattr(other, "items") else list(dict(other).items())
        pairs.extend(kwargs.items())
        for key, value in pairs:
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        new = type(self)()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, value in self.items():
            new[deepcopy(key, memo)] = value
        return new

    def __or__(self, other):
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __eq__(self, other):
        if isinstance(other, WeakValueDictionary):
            return dict(self.items()) == dict(other.items())
        return dict(self.items()) == other


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key is collected."""

    def __init__(self, dict=None):
        self.data = {}
        data = self.data

        def remove(k):
            data.pop(k, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __contains__(self, key):
        # An object that cannot be weakly referenced is never a key.
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def keys(self):
        return iter(self)

    def items(self):
        for wr, value in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, value

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        for source in (dict, kwargs):
            if source is None:
                continue
            pairs = source.items() if hasattr(source, "items") else type({})(source).items()
            for key, value in pairs:
                self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        new = type(self)()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, value in self.items():
            new[key] = deepcopy(value, memo)
        return new

    def __or__(self, other):
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet:
    """A set whose members are held weakly."""

    def __init__(self, data=None):
        self.data = set()
        members = self.data

        def remove(wr):
            members.discard(wr)
        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, list(self))

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            o = wr()
            if o is not None:
                return o

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new
    __sub__ = difference

    def difference_update(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data -= {ref(item) for item in other}

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.data &= {ref(item) for item in other}

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def issubset(self, other):
        return self.data <= {ref(item) for item in other}
    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data >= {ref(item) for item in other}
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.data ^= {ref(item, self._remove) for item in other}

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    __hash__ = None


class _Pending:
    """What a live finalize will do: call(*call_args, **call_kwargs) once target dies."""
    __slots__ = ("target", "call", "call_args", "call_kwargs", "at_exit", "order")


class finalize:
    """Calls func(*args, **kwargs) once, when obj is collected, when called, or at exit (if .atexit)."""

    __slots__ = ()
    _registry = {}   # live finalizer -> its _Pending record
    _shutdown = False
    _counter = iter(range(1 << 62))
    _hooked_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._hooked_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._hooked_atexit = True
        record = _Pending()
        record.call, record.call_args, record.call_kwargs = func, args, dict(kwargs)
        record.at_exit = True
        record.order = next(finalize._counter)
        # The finalizer is the weakref's callback, so collecting obj calls it.
        record.target = ref(obj, self)
        finalize._registry[self] = record

    def _live_target(self):
        record = finalize._registry.get(self)
        if record is None:
            return None, None
        return record, record.target()

    def __call__(self, _=None):
        """Runs the function now if it has not run; returns its result."""
        record = finalize._registry.pop(self, None)
        if record is None or finalize._shutdown:
            return None
        return record.call(*record.call_args, **record.call_kwargs)

    def detach(self):
        """(obj, func, args, kwargs) and the finalizer is off, or None if it is dead."""
        record, target = self._live_target()
        if target is None or finalize._registry.pop(self, None) is None:
            return None
        return (target, record.call, record.call_args, dict(record.call_kwargs))

    def peek(self):
        """(obj, func, args, kwargs) while alive, else None."""
        record, target = self._live_target()
        if target is None:
            return None
        return (target, record.call, record.call_args, dict(record.call_kwargs))

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        record = finalize._registry.get(self)
        return record is not None and record.at_exit

    @atexit.setter
    def atexit(self, value):
        record = finalize._registry.get(self)
        if record is not None:
            record.at_exit = bool(value)

    def __repr__(self):
        obj = self._live_target()[1]
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        # Newest first, as the objects would have been finalized.
        try:
            pending = sorted(((f, r) for f, r in cls._registry.items() if r.at_exit),
                             key=lambda item: item[1].order, reverse=True)
            for f, _ in pending:
                try:
                    f()
                except Exception:
                    hook = getattr(sys, 'excepthook', None)
                    if hook is not None:
                        hook(*sys.exc_info())
                    else:
                        import traceback
                        traceback.print_exc()
        finally:
            cls._shutdown = True
