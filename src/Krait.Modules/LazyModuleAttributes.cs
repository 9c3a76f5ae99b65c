using Krait.Runtime;

namespace Krait.Modules;

/// <summary>Names of a native module that are written in Python and built on first use through the module's
/// `__getattr__` (PEP 562), so importing the module stays cheap: collections' UserDict/UserList/UserString and
/// os.PathLike (both need collections.abc/abc, which most programs never import).</summary>
public static class LazyModuleAttributes
{
    public static void Install(PyModule m, string[] names, string source)
    {
        var once = new OnceGate();
        m.Set("__getattr__", new PyBuiltinFunction("__getattr__", (a, k) =>
        {
            var name = a.Length == 1 && a[0] is PyStr s ? s.Value : throw Ops.TypeError("__getattr__ expects one str argument");
            if (Array.IndexOf(names, name) >= 0)
                once.Run(() =>
                {
                    // Run in a module of the same name that sees builtins (os is made without them), then copied.
                    var scratch = NativeModule.New(m.Name);
                    ModulePrelude.Run(scratch, source, $"<krait {m.Name} lazy names>");
                    foreach (var n in names) m.Set(n, scratch.Dict.GetItem(new PyStr(n)));
                });
            if (m.Dict.TryGet(a[0]) is { } v) return v;
            throw Ops.AttributeError($"module '{m.Name}' has no attribute '{name}'");
        }));
    }

    public const string OsSource = """
import abc as _abc


class PathLike(_abc.ABC):
    # Anything with __fspath__ counts as a path (os.fspath accepts it).

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not PathLike:
            return NotImplemented
        return any('__fspath__' in vars(k) for k in C.__mro__) or NotImplemented

    __class_getitem__ = classmethod(type(list[int]))
""";

    public const string CollectionsSource = """
from abc import update_abstractmethods as _update_abstractmethods
from collections.abc import MutableMapping as _MutableMapping, MutableSequence as _MutableSequence, Sequence as _Sequence


def _forward(cls, names, unwrap=False):
    # Methods that hand their arguments to the same method of the wrapped `data` object (UserList and
    # UserString arguments given as their data).
    def make(name):
        def method(self, *args, **kwargs):
            if unwrap:
                args = [getattr(a, 'data', a) if isinstance(a, (UserList, UserString)) else a for a in args]
            return getattr(self.data, name)(*args, **kwargs)
        method.__name__ = name
        method.__qualname__ = f"{cls.__name__}.{name}"
        return method
    for name in names.split():
        setattr(cls, name, make(name))
    _update_abstractmethods(cls)


class UserDict(_MutableMapping):
    # A dict-like class keeping its items in the plain dict `data`, for subclassing.

    def __init__(self, mapping=None, /, **kwargs):
        self.data = {}
        for source in (mapping, kwargs):
            if source:
                self.update(source)

    def __getitem__(self, key):
        try:
            return self.data[key]
        except KeyError:
            pass
        fallback = getattr(type(self), '__missing__', None)
        if fallback is not None:
            return fallback(self, key)
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __or__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        merged = type(self)(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self

    def __copy__(self):
        twin = type(self).__new__(type(self))
        vars(twin).update(vars(self))
        vars(twin)['data'] = dict(self.data)
        return twin

    def copy(self):
        if type(self) is UserDict:
            return UserDict(dict(self.data))
        import copy as _copy
        return _copy.copy(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        return cls(dict.fromkeys(iterable, value))


_forward(UserDict, '__len__ __setitem__ __delitem__ __iter__ __contains__ __repr__')


class UserList(_MutableSequence):
    # A list-like class keeping its items in the plain list `data`, for subclassing.

    def __init__(self, initlist=None):
        self.data = [] if initlist is None else list(getattr(initlist, 'data', initlist) if isinstance(initlist, UserList) else initlist)

    def __getitem__(self, i):
        got = self.data[i]
        return type(self)(got) if isinstance(i, slice) else got

    def __add__(self, other):
        return type(self)(self.data + list(getattr(other, 'data', other) if isinstance(other, UserList) else other))

    def __radd__(self, other):
        return type(self)(list(getattr(other, 'data', other) if isinstance(other, UserList) else other) + self.data)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, times):
        return type(self)(self.data * times)

    def __imul__(self, times):
        self.data[:] = self.data * times
        return self

    def __copy__(self):
        twin = type(self).__new__(type(self))
        vars(twin).update(vars(self))
        vars(twin)['data'] = list(self.data)
        return twin

    __rmul__ = __mul__

    def copy(self):
        return type(self)(self)


_forward(UserList, '__lt__ __le__ __eq__ __gt__ __ge__ __contains__ __len__ __setitem__ __delitem__ __repr__ '
                   'append insert pop remove clear count index reverse sort extend', unwrap=True)


class UserString(_Sequence):
    # A str-like class keeping its text in the plain str `data`, for subclassing.

    def __init__(self, seq):
        self.data = seq.data[:] if isinstance(seq, UserString) else str(seq)

    def __getnewargs__(self):
        return (self.data[:],)

    @staticmethod
    def _plain(other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, other):
        return self.data == self._plain(other)

    def __lt__(self, other):
        return self.data < self._plain(other)

    def __le__(self, other):
        return self.data <= self._plain(other)

    def __gt__(self, other):
        return self.data > self._plain(other)

    def __ge__(self, other):
        return self.data >= self._plain(other)

    def __contains__(self, char):
        return self._plain(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        other = self._plain(other)
        return type(self)(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return type(self)((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)


def _user_string_methods():
    for name, convert in (('__str__', str), ('__repr__', repr), ('__int__', int), ('__float__', float),
                          ('__complex__', complex), ('__hash__', hash)):
        setattr(UserString, name, (lambda c: lambda self: c(self.data))(convert))
    # str methods returning str give the subclass back; the others answer as str's do. Arguments that are
    # UserStrings are passed on as their text.
    wrapping = ('capitalize casefold center expandtabs format format_map ljust lower lstrip removeprefix '
                'removesuffix replace rjust rstrip strip swapcase title translate upper zfill').split()
    plain = ('count encode endswith find index isalpha isalnum isascii isdecimal isdigit isidentifier islower '
             'isnumeric isprintable isspace istitle isupper join partition rfind rindex rpartition rsplit '
             'split splitlines startswith maketrans').split()

    def make(name, wrap):
        def method(self, *args, **kwargs):
            args = [a.data if isinstance(a, UserString) else a for a in args]
            result = getattr(self.data, name)(*args, **kwargs)
            return type(self)(result) if wrap else result
        method.__name__ = name
        method.__qualname__ = 'UserString.' + name
        return method
    for name in wrapping:
        setattr(UserString, name, make(name, True))
    for name in plain:
        setattr(UserString, name, make(name, False))


_user_string_methods()
del _user_string_methods
""";
}
