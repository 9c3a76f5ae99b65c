"""Names for the built-in types and helpers for creating classes dynamically (Krait's own types module).

Types Krait does not have yet (coroutines, async generators) are stand-in classes of the same name, so
isinstance() checks against them are simply False.
"""

import sys


def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)


def _g():
    yield 1
GeneratorType = type(_g())


class _C:
    def _m(self): pass
MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
MappingProxyType = type(type.__dict__)
GenericAlias = type(list[int])
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


def _type_of(make, fallback):
    try:
        return type(make())
    except Exception:
        return fallback


def _code():
    code = getattr(_f, '__code__', None)
    return code if code is not None else compile('0', '<string>', 'eval')
CodeType = _type_of(_code, None)


def _cell():
    x = 1
    def inner(): return x
    return inner.__closure__[0]


class _Placeholder:
    """A type Krait does not have yet: nothing is an instance of it."""
    def __new__(cls, *args, **kwargs):
        raise TypeError(f"cannot create '{cls.__name__}' instances")


def _placeholder(name):
    return type(name, (_Placeholder,), {'__module__': 'builtins'})


CellType = _type_of(_cell, None) or _placeholder('cell')
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = _type_of(lambda: dict.__dict__['fromkeys'], None) or _placeholder('classmethod_descriptor')


class _Slots:
    __slots__ = ('a',)
MemberDescriptorType = type(_Slots.__dict__['a'])
GetSetDescriptorType = _type_of(lambda: FunctionType.__dict__['__code__'], None) or _placeholder('getset_descriptor')


def _tb():
    try:
        raise TypeError
    except TypeError as e:
        return e.__traceback__
TracebackType = type(_tb())
FrameType = _type_of(lambda: sys._getframe(), None) or type(_tb().tb_frame)

try:
    UnionType = type(int | str)
except TypeError:
    UnionType = _placeholder('UnionType')

CoroutineType = _placeholder('coroutine')
AsyncGeneratorType = _placeholder('async_generator')

del _f, _g, _C, _Slots, _tb, _code, _cell, _type_of


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        active = _repr_active
        if key in active:
            return name + '(...)'
        active.add(key)
        try:
            items = ('{}={!r}'.format(k, v) for k, v in self.__dict__.items())
            return '{}({})'.format(name, ', '.join(items))
        finally:
            active.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))

    __hash__ = None


_repr_active = set()


def resolve_bases(bases):
    """bases with each non-class entry replaced by what its __mro_entries__ returns (PEP 560)."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            continue
        new = entries(bases)
        updated = True
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new
        shift += len(new) - 1
    return tuple(new_bases) if updated else bases


def _calculate_meta(meta, bases):
    """The most derived metaclass of meta and the bases' types."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        "subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class statement with these bases and keywords."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """A class made as a class statement would make it; exec_body(ns) fills the namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute:
    """A property on instances; looked up on the class it raises AttributeError, so the class's
    __getattr__ can answer instead (as enum members use it)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def coroutine(func):
    """Marks a generator function as a coroutine; Krait has no coroutines yet, so generator functions are
    returned unchanged and anything else must be callable."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func


__all__ = [n for n in globals() if not n.startswith('_') and n != 'sys']
