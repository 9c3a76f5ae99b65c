"""Names for the interpreter's built-in types, and helpers for making classes dynamically (Krait's own types
module).

Each type is taken from a real object of that kind, so `isinstance(x, types.FunctionType)` is exactly
`type(x) is function`. Where Krait's runtime does not (yet) tell two of CPython's types apart, the names share
one type: method-wrapper, wrapper_descriptor and method_descriptor objects are builtin_function_or_method in
Krait, and dict.fromkeys as found in dict.__dict__ is a classmethod. Krait runs no async code, so CoroutineType
and AsyncGeneratorType are placeholders that nothing is an instance of.
"""

import sys


def _function():
    pass


class _Sample:
    __slots__ = ('member',)

    def method(self):
        pass


def _generator():
    yield 1


def _cell():
    value = None

    def inner():
        return value
    return inner.__closure__[0]


def _trace():
    try:
        raise TypeError
    except TypeError as e:
        return e.__traceback__


# Functions and code
FunctionType = LambdaType = type(_function)
CodeType = type(_function.__code__)
CellType = type(_cell())
GeneratorType = type(_generator())
MethodType = type(_Sample().method)
FrameType = type(sys._getframe())
TracebackType = type(_trace())
ModuleType = type(sys)

# Built-in callables and descriptors
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
MethodDescriptorType = type(str.join)
WrapperDescriptorType = type(object.__init__)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
MethodWrapperType = type(object().__str__)
GetSetDescriptorType = type(int.real)
MemberDescriptorType = type(_Sample.member)
MappingProxyType = type(type.__dict__)

# Singletons and aliases
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])

UnionType = type(int | str)


def _placeholder(name, qualname):
    def refuse(cls, *args, **kwargs):
        raise TypeError(f"cannot create '{qualname}' instances")
    cls = type(name, (), {'__new__': refuse, '__doc__': f"Placeholder: Krait does not run async code, so no "
                                                          f"object is a {name}."})
    cls.__module__ = 'builtins'
    return cls


CoroutineType = _placeholder('coroutine', 'coroutine')
AsyncGeneratorType = _placeholder('async_generator', 'async_generator')


class SimpleNamespace:
    """A plain object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        active = _repr_guard
        if id(self) in active:
            return name + '(...)'
        active.add(id(self))
        try:
            fields = ', '.join(f'{key}={value!r}' for key, value in self.__dict__.items())
        finally:
            active.discard(id(self))
        return f'{name}({fields})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __getattr__(self, name):
        # Only for missing names: CPython's message names the C type, types.SimpleNamespace.
        shown = 'types.SimpleNamespace' if type(self) is SimpleNamespace else type(self).__name__
        raise AttributeError(f"'{shown}' object has no attribute '{name}'")

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


SimpleNamespace.__module__ = 'types'
_repr_guard = set()  # ids of the namespaces whose repr is being built, against self-reference


class DynamicClassAttribute:
    """A property on instances that is looked up on the class's metaclass when read from the class itself
    (an AttributeError there sends the lookup on to the metaclass's __getattr__). enum uses it for name and
    value."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        # A doc given here stays; otherwise the getter's doc is used, and follows getter() replacements.
        self.overwrite_doc = doc is None
        self.__doc__ = getattr(fget, '__doc__', None) if doc is None else doc
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            getter = self.fget
            if getter is None:
                raise AttributeError("unreadable attribute")
            return getter(instance)
        # Read from the class: an abstract one shows itself, else the metaclass is asked.
        if not self.__isabstractmethod__:
            raise AttributeError()
        return self

    def __set__(self, instance, value):
        setter = self.fset
        if setter is None:
            raise AttributeError("can't set attribute")
        setter(instance, value)

    def __delete__(self, instance):
        deleter = self.fdel
        if deleter is None:
            raise AttributeError("can't delete attribute")
        deleter(instance)

    def _with(self, fget, fset, fdel, doc):
        made = type(self)(fget, fset, fdel, doc)
        made.overwrite_doc = self.overwrite_doc
        return made

    def getter(self, fget):
        doc = (fget.__doc__ if self.overwrite_doc else None) or self.__doc__
        return self._with(fget, self.fset, self.fdel, doc)

    def setter(self, fset):
        return self._with(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._with(self.fget, self.fset, fdel, self.__doc__)


def resolve_bases(bases):
    """bases with each non-class that has __mro_entries__ replaced by the classes it returns (PEP 560)."""
    result = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            result.append(base)
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        result.extend(entries)
    return tuple(result) if changed else bases


def _most_derived_meta(meta, bases):
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if issubclass(candidate, winner):
            winner = candidate
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
        meta = _most_derived_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Makes a class as a class statement would; exec_body(ns) fills its namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


_CO_GENERATOR = 0x20


def coroutine(func):
    """Marks a generator function as a coroutine. Krait runs no async code, so a generator function is
    returned as it is, and any other callable is wrapped so that it returns its result unchanged."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and code is not None and code.co_flags & _CO_GENERATOR:
        return func
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapped


del _function, _Sample, _generator, _cell, _trace, sys
__all__ = [name for name in globals() if name[:1] != '_']
