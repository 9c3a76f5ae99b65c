using Krait.Runtime;

namespace Krait.Modules;

/// <summary>The abc module in Python: ABCMeta (explicit registration, <c>__subclasshook__</c>, isinstance and
/// issubclass through the metaclass), ABC, abstractmethod. ABCMeta assigns <c>__abstractmethods__</c>; refusing to instantiate
/// an abstract class is object.__new__'s job (<see cref="AbstractClasses"/>).</summary>
public static class AbcModule
{
    public static PyModule Create()
    {
        var m = NativeModule.New("abc");
        ModulePrelude.Run(m, Source, "<krait abc>");
        return m;
    }

    private const string Source = """
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(fn):
    # Deprecated spelling of @classmethod over @abstractmethod.
    return classmethod(abstractmethod(fn))


def abstractstaticmethod(fn):
    # Deprecated spelling of @staticmethod over @abstractmethod.
    return staticmethod(abstractmethod(fn))


class abstractproperty(property):
    __isabstractmethod__ = True


def update_abstractmethods(cls):
    # Recomputes the abstract names of an ABC after methods were added to it (dataclasses does this).
    if not hasattr(cls, '__abstractmethods__'):
        return cls

    def still_abstract(name):
        return getattr(getattr(cls, name, None), '__isabstractmethod__', False)
    inherited = {n for b in cls.__bases__ for n in getattr(b, '__abstractmethods__', ())}
    own = {n for n, v in vars(cls).items() if getattr(v, '__isabstractmethod__', False)}
    cls.__abstractmethods__ = frozenset(own | set(filter(still_abstract, inherited)))
    return cls


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = set()
        for attr, value in namespace.items():
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(attr)
        for base in bases:
            for attr in getattr(base, '__abstractmethods__', ()):
                if getattr(getattr(cls, attr, None), '__isabstractmethod__', False):
                    abstracts.add(attr)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_children = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_children.append(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            return bool(ok)
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        for child in cls._abc_children:
            if issubclass(subclass, child):
                return True
        return False

    def __subclasshook__(cls, subclass):
        return NotImplemented


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def get_cache_token():
    return 0
""";
}
