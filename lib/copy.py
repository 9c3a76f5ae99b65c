"""Shallow and deep copies (Krait's own copy module, written from the documented behaviour of CPython's).

copy(x) and deepcopy(x, memo) honour __copy__, __deepcopy__, __reduce_ex__/__reduce__, __getnewargs_ex__,
__getnewargs__, __getstate__ and __setstate__. Instances of classes that define none of these are rebuilt the
way object.__reduce_ex__(4) describes them (cls.__new__(cls), then __dict__ and __slots__ state), without copyreg.
"""

import types
import _weakref

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_object_reduce_ex = getattr(object, '__reduce_ex__', None)
_object_reduce = getattr(object, '__reduce__', None)
_object_getstate = getattr(object, '__getstate__', None)

# Values that are their own copy, shallow and deep.
_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, bytes, str,
           types.CodeType, type, range, types.BuiltinFunctionType, types.FunctionType, _weakref.ref, property}
# Shallow copy only: immutable containers.
_immutable = _atomic | {tuple, frozenset, slice}


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _immutable:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy, so shared and cyclic structure is kept."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # The tuple may have been copied while copying its items (a cycle through a mutable item).
        if d in memo:
            return memo[d]
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The originals must outlive the memo, or a new object could reuse an id that the memo still maps.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reduce(x, cls):
    """What pickling x describes: (callable, args[, state[, listitems[, dictitems]]]) or a string."""
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not _object_reduce_ex:
        return x.__reduce_ex__(4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None and reductor is not _object_reduce:
        return x.__reduce__()
    return _default_reduce(x, cls)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _default_state(x, cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        return x.__getstate__()
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _default_reduce(x, cls):
    """object.__reduce_ex__(4)'s description of x, for the kinds of objects Krait builds in C#."""
    if isinstance(x, BaseException):
        state = x.__dict__ if getattr(x, '__dict__', None) else None
        return (cls, x.args, state)
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), _default_state(x, cls) if cls not in (set, frozenset) else None)
    if isinstance(x, dict):
        factory = getattr(x, 'default_factory', None)
        return (_new_dict, (cls, factory), _default_state(x, cls), None, iter(x.items()))
    if isinstance(x, list):
        return (_newobj, (cls,), _default_state(x, cls), iter(x))
    if isinstance(x, bytearray):
        return (cls, (bytes(x),), _default_state(x, cls) if cls is not bytearray else None)
    if hasattr(x, 'maxlen') and hasattr(x, 'appendleft'):
        return (cls, ((), x.maxlen), _default_state(x, cls), iter(x))
    if isinstance(x, (types.ModuleType, types.GeneratorType)) or not hasattr(x, '__class__') \
            or cls.__module__ == 'builtins' and cls not in (object,):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        return (_newobj_ex, (cls, args, kwargs), _default_state(x, cls))
    getnewargs = getattr(x, '__getnewargs__', None)
    args = getnewargs() if getnewargs is not None else ()
    return (_newobj, (cls,) + tuple(args), _default_state(x, cls))


def _new_dict(cls, factory):
    if factory is not None:
        return cls(factory)
    return cls.__new__(cls)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y



