using Krait.Runtime;

namespace Krait.Modules;

/// <summary>The functools module: reduce, partial, the lru_cache wrapper and cmp_to_key in C#; the decorators
/// that only rearrange attributes (wraps, total_ordering, cached_property, singledispatch) in Python.</summary>
public static class FunctoolsModule
{
    public static PyModule Create()
    {
        var m = NativeModule.New("functools");
        NativeModule.Def(m, "reduce", (a, k) =>
        {
            NativeArgs.NoKeywords("reduce", k);
            NativeArgs.Count("reduce", a, k, 2, 3);
            var f = a[0];
            PyIterator it;
            try { it = a[1].Iter(); }
            catch (PythonException e) when (e.Value.Type == ExceptionTypes.TypeError)
            {
                throw Ops.TypeError("reduce() arg 2 must support iteration");
            }
            PyObject? acc = a.Length > 2 ? a[2] : null;
            while (it.TryNext(out var v)) acc = acc == null ? v : f.Call2(acc, v);
            return acc ?? throw Ops.TypeError("reduce() of empty iterable with no initial value");
        });
        m.Set("partial", PyPartial.PartialType);
        m.Set("_lru_cache_wrapper", LruCacheWrapper.WrapperType);
        m.Set("KeyWrapper", KeyWrapper.KeyWrapperType);
        NativeModule.Def(m, "cmp_to_key", (a, k) =>
        {
            var p = NativeArgs.Bind("cmp_to_key", a, k, new[] { "mycmp" }, 1);
            return new KeyWrapper(p[0]!, null);
        });
        m.Set("_CacheInfo", NamedTupleFactory.Create(
            new PyObject[] { new PyStr("CacheInfo"), new PyStr("hits misses maxsize currsize"), new PyStr("functools") },
            new[] { "module" }));
        ModulePrelude.Run(m, Source, "<krait functools>");
        return m;
    }

    private const string Source = """
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        # Copied entry by entry: some objects hand out a snapshot of their __dict__.
        source = getattr(wrapped, name, None)
        if source:
            for key, value in source.items():
                setattr(wrapper, key, value)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def _unwrap_partial(func):
    # The callable at the bottom of nested partial objects.
    while isinstance(func, partial):
        func = func.func
    return func


class partialmethod:
    # A partial application meant for a class body: binds like the method it wraps.

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        shown = [repr(self.func)] + [repr(a) for a in self.args]
        shown += [f"{k}={v!r}" for k, v in self.keywords.items()]
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(shown)})"

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        target = self.func if binder is None else binder(obj, cls)
        if target is not self.func:
            return partial(target, *self.args, **self.keywords)
        outer = self

        def method(inst, /, *args, **keywords):
            return outer.func(inst, *outer.args, *args, **{**outer.keywords, **keywords})
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method if obj is None else method.__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


def _derived_gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _derived_le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _derived_ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _derived_ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _derived_lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _derived_gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _derived_lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _derived_ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _derived_le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _derived_le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _derived_gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _derived_lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r

_ORDERING_FILLS = {
    '__lt__': (('__gt__', _derived_gt_from_lt), ('__le__', _derived_le_from_lt), ('__ge__', _derived_ge_from_lt)),
    '__le__': (('__ge__', _derived_ge_from_le), ('__lt__', _derived_lt_from_le), ('__gt__', _derived_gt_from_le)),
    '__gt__': (('__lt__', _derived_lt_from_gt), ('__ge__', _derived_ge_from_gt), ('__le__', _derived_le_from_gt)),
    '__ge__': (('__le__', _derived_le_from_ge), ('__gt__', _derived_gt_from_ge), ('__lt__', _derived_lt_from_ge)),
}


def total_ordering(cls):
    defined = [name for name in _ORDERING_FILLS
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # The preferred root: __lt__, then __le__, __gt__, __ge__ (the greatest name).
    root = max(defined)
    for name, fill in _ORDERING_FILLS[root]:
        if name not in defined:
            fill.__name__ = name
            setattr(cls, name, fill)
    return cls


class cached_property:
    # A non-data descriptor: the first lookup computes the value and stores it on
    # the instance under the same name, which then shadows this descriptor.
    def __init__(self, getter):
        self.__doc__ = getattr(getter, '__doc__', None)
        self.__module__ = getter.__module__
        self.attrname = None
        self.func = getter

    def __set_name__(self, owner, name):
        known = self.attrname
        if known is not None and known != name:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({known!r} and {name!r}).")
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        result = self.func(instance)
        setattr(instance, name, result)
        return result


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used bare: @lru_cache
        return _decorate(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _decorate(user_function, maxsize, typed)
    return decorating_function


def _decorate(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


def singledispatch(func):
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = None
        for base in cls.__mro__:
            if base in registry:
                impl = registry[base]
                break
        if impl is None:
            impl = registry[object]
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            annotations = getattr(cls, '__annotations__', None)
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not isinstance(cls, type):
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    # object is the fallback every class reaches through its MRO.
    registry[object] = func
    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.registry = registry
    wrapper.dispatch = dispatch
    wrapper._clear_cache = dispatch_cache.clear
    wrapper.register = register
    update_wrapper(wrapper, func)
    return wrapper
""";
}
