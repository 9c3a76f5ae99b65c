using Krait.Runtime;

namespace Krait.Modules;

/// <summary>Names of a native module that are written in Python and built on first use through the module's
/// `__getattr__` (PEP 562), so importing the module stays cheap: collections' UserDict/UserList/UserString and
/// os.PathLike (both need collections.abc/abc, which most programs never import).</summary>
public static class LazyModuleAttributes
{
    public static void Install(PyModule m, string[] names, string source)
    {
        bool built = false;
        m.Set("__getattr__", new PyBuiltinFunction("__getattr__", (a, k) =>
        {
            var name = a.Length == 1 && a[0] is PyStr s ? s.Value : throw Ops.TypeError("__getattr__ expects one str argument");
            if (!built && Array.IndexOf(names, name) >= 0)
            {
                built = true;
                // Run in a module of the same name that sees builtins (os is made without them), then copied.
                var scratch = NativeModule.New(m.Name);
                ModulePrelude.Run(scratch, source, $"<krait {m.Name} lazy names>");
                foreach (var n in names) m.Set(n, scratch.Dict.GetItem(new PyStr(n)));
            }
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
from collections.abc import MutableMapping as _MutableMapping, MutableSequence as _MutableSequence, Sequence as _Sequence


class UserDict(_MutableMapping):
    # A dict-like class keeping its items in the plain dict `data`, for subclassing.

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            merged = self.copy()
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            merged = type(self)(other)
            merged.update(self)
            return merged
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    def __copy__(self):
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.__dict__['data'] = self.data.copy()
        return clone

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        import copy as _copy
        return _copy.copy(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


class UserList(_MutableSequence):
    # A list-like class keeping its items in the plain list `data`, for subclassing.

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = initlist.data[:]
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    @staticmethod
    def _plain(other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._plain(other)

    def __le__(self, other):
        return self.data <= self._plain(other)

    def __eq__(self, other):
        return self.data == self._plain(other)

    def __gt__(self, other):
        return self.data > self._plain(other)

    def __ge__(self, other):
        return self.data >= self._plain(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        got = self.data[i]
        return type(self)(got) if isinstance(i, slice) else got

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, (UserList, list)):
            return type(self)(self.data + list(self._plain(other)))
        return type(self)(self.data + list(other))

    def __radd__(self, other):
        return type(self)(list(self._plain(other)) + self.data)

    def __iadd__(self, other):
        self.data += list(self._plain(other))
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.__dict__['data'] = self.data[:]
        return clone

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(self._plain(other))


class UserString(_Sequence):
    # A str-like class keeping its text in the plain str `data`, for subclassing.

    def __init__(self, seq):
        self.data = seq.data[:] if isinstance(seq, UserString) else str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

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
