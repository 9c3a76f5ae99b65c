"""Registry of reduction functions for copy and pickle (Krait's own copyreg).

object.__reduce_ex__ (C#, ObjectReduce) names the reconstructors below in what it returns, so they are shared
by every reduced object: __newobj__ and __newobj_ex__ for protocol 2 and later, _reconstructor for 0 and 1.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

def constructor(object):
    """Checks that object can rebuild values (it only has to be callable)."""
    if callable(object):
        return
    raise TypeError("constructors must be callable")


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function(obj) as the reducer of ob_type's instances."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    if constructor_ob is not None:
        constructor(constructor_ob)
    dispatch_table[ob_type] = pickle_function


# type -> function(obj) giving the reduce value; copy and pickle look here before __reduce_ex__.
dispatch_table = {}


def _reduce_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, _reduce_complex, complex)


def _reduce_union(u):
    import functools
    import operator
    return functools.reduce, (operator.or_, u.__args__)


pickle(type(int | str), _reduce_union)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _is_python_class(cls):
    # A class made by a class statement (a heap type) always carries its own __module__ entry.
    return '__module__' in cls.__dict__


def _reconstructor(cls, base, state):
    """Rebuilds an instance reduced at protocol 0/1: base's constructor makes the value, cls is its class."""
    if base is object:
        made = object.__new__(cls)
    else:
        made = base.__new__(cls, state)
        if base.__init__ is not object.__init__:
            base.__init__(made, state)
    return made


def _reduce_ex(self, proto):
    """The reduce value of protocols 0 and 1: (_reconstructor, (cls, base, base_value)[, state])."""
    assert proto < 2
    cls = self.__class__
    base = object
    for candidate in cls.__mro__:
        if not _is_python_class(candidate):
            base = candidate
            break
    if base is object:
        value = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        value = base(self)
    getstate = getattr(self, '__getstate__', None)
    slotted = getattr(self, '__slots__', None)
    if slotted and type(self).__getstate__ is object.__getstate__:
        raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled "
                        "with protocol %d" % proto)
    if getstate is None:
        try:
            state = self.__dict__
        except AttributeError:
            state = None
    else:
        state = getstate()
    head = (_reconstructor, (cls, base, value))
    return head + (state,) if state else head


def _slotnames(cls):
    """The names of cls's __slots__ members along its MRO (mangled, without __dict__/__weakref__), cached in
    cls.__slotnames__."""
    known = cls.__dict__.get("__slotnames__")
    if known is not None:
        return known
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = klass.__dict__.get("__slots__")
            if declared is None:
                continue
            if isinstance(declared, str):
                declared = (declared,)
            owner = klass.__name__.lstrip('_')
            for slot in declared:
                if slot in ("__dict__", "__weakref__"):
                    continue
                if slot.startswith('__') and not slot.endswith('__') and owner:
                    slot = '_' + owner + slot
                found.append(slot)
    try:
        cls.__slotnames__ = found
    except Exception:
        pass  # a class that refuses new attributes simply is not cached
    return found


# The extension registry of pickle protocol 2: (module, name) <-> code in 1..2**31-1.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    have_code = _extension_registry.get(key)
    have_key = _inverted_registry.get(code)
    if have_code == code and have_key == key:
        return
    if have_code is not None:
        raise ValueError("key %s is already registered with code %s" % (key, have_code))
    if have_key is not None:
        raise ValueError("code %s is already in use for key %s" % (code, have_key))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
