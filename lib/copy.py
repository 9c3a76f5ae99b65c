"""Shallow and deep copies of Python objects (Krait's own copy module).

copy(x) and deepcopy(x[, memo]) as CPython 3.11 defines them: built-in containers are copied directly,
immutable values are returned as they are, a class may take over with __copy__/__deepcopy__, and everything
else goes through the reduce protocol (copyreg.dispatch_table, then __reduce_ex__(4), then __reduce__) and is
rebuilt from the reduce value: callable and arguments, state (__setstate__, or the instance dict and a dict
of __slots__ values), list items and dict items.
"""

import copyreg
from _weakref import ref as _weakref_type

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error  # the old name


def _function():
    pass


class _Holder:
    def method(self):
        pass


# Values that are never copied, shallow or deep.
_IMMUTABLE = (
    type(None), type(Ellipsis), type(NotImplemented), bool, int, float, complex, str, bytes, type, range,
    property, type(len), type(_function), type(_function.__code__), _weakref_type,
)
_MethodType = type(_Holder().method)


def _same(x, memo=None):
    return x


# exact type -> function(x) giving a shallow copy
_copy_dispatch = {t: _same for t in _IMMUTABLE}
_copy_dispatch.update({tuple: _same, frozenset: _same, slice: _same,
                       list: list.copy, dict: dict.copy, set: set.copy, bytearray: bytearray.copy})


def _no_reduce(x, what):
    return Error("un(%s)copyable object of type %s" % (what, type(x)))


def _reduce_value(x, what):
    """The reduce value of x: copyreg's registered function for its class, else its own reduce methods."""
    cls = type(x)
    reducer = copyreg.dispatch_table.get(cls)
    if reducer is not None:
        return reducer(x)
    method = getattr(x, "__reduce_ex__", None)
    if method is not None:
        return method(4)
    method = getattr(x, "__reduce__", None)
    if method is None:
        raise _no_reduce(x, what)
    return method()


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    direct = _copy_dispatch.get(cls)
    if direct is not None:
        return direct(x)
    if issubclass(cls, type):
        return x
    own = getattr(cls, "__copy__", None)
    if own is not None:
        return own(x)
    rv = _reduce_value(x, "shallow")
    if isinstance(rv, str):
        # a global's name: the object stands for itself
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) -> copy and is shared by the nested calls."""
    if memo is None:
        memo = {}
    key = id(x)
    seen = memo.get(key, _nil)
    if seen is not _nil:
        return seen
    cls = type(x)
    direct = _deepcopy_dispatch.get(cls)
    if direct is not None:
        result = direct(x, memo)
    elif issubclass(cls, type):
        result = x
    else:
        own = getattr(x, "__deepcopy__", None)
        if own is not None:
            result = own(memo)
        else:
            rv = _reduce_value(x, "deep")
            result = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
    if result is not x:
        memo[key] = result
        _keep_alive(x, memo)
    return result


def _deep_list(x, memo):
    result = []
    memo[id(x)] = result
    add = result.append
    for item in x:
        add(deepcopy(item, memo))
    return result


def _deep_tuple(x, memo):
    parts = [deepcopy(item, memo) for item in x]
    # A tuple reached again through its own items was copied meanwhile.
    already = memo.get(id(x))
    if already is not None:
        return already
    for original, copied in zip(x, parts):
        if original is not copied:
            return tuple(parts)
    return x


def _deep_dict(x, memo):
    result = {}
    memo[id(x)] = result
    for k, v in x.items():
        result[deepcopy(k, memo)] = deepcopy(v, memo)
    return result


def _deep_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


# exact type -> function(x, memo) giving a deep copy
_deepcopy_dispatch = {t: _same for t in _IMMUTABLE}
_deepcopy_dispatch.update({list: _deep_list, tuple: _deep_tuple, dict: _deep_dict, _MethodType: _deep_method})


def _keep_alive(x, memo):
    """Holds x in the memo (under the memo's own id) so its id cannot be reused while the memo lives."""
    holder = memo.get(id(memo))
    if holder is None:
        memo[id(memo)] = [x]
    else:
        holder.append(x)


def _set_state(y, state, memo):
    if memo is not None:
        state = deepcopy(state, memo)
    setter = getattr(y, "__setstate__", None)
    if setter is not None:
        setter(state)
        return
    slot_state = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slot_state = state
    if state:
        y.__dict__.update(state)
    if slot_state:
        for name, value in slot_state.items():
            setattr(y, name, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    """Rebuilds x from its reduce value; memo is None for a shallow copy."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, state, memo)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


del _function, _Holder
