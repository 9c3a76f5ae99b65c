# __abstractmethods__ as an attribute of classes: own dict only, assignment sets the flag.
from abc import ABC, abstractmethod, update_abstractmethods


def attempt(label, make):
    try:
        r = make()
        print(label, 'ok', type(r).__name__)
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


class Plain:
    pass


attempt('read unset', lambda: Plain.__abstractmethods__)
attempt('read type', lambda: type.__abstractmethods__)
print(hasattr(Plain, '__abstractmethods__'), hasattr(int, '__abstractmethods__'))
try:
    del Plain.__abstractmethods__
except AttributeError as e:
    print('del unset', type(e).__name__, e)

Plain.__abstractmethods__ = {'x'}
attempt('one name', Plain)
print(Plain.__abstractmethods__, '__abstractmethods__' in Plain.__dict__)
Plain.__abstractmethods__ = ['beta', 'alpha', 'gamma']
attempt('three names', Plain)
Plain.__abstractmethods__ = 'ba'
attempt('string', Plain)
Plain.__abstractmethods__ = ()
attempt('empty', Plain)
Plain.__abstractmethods__ = ('q',)
del Plain.__abstractmethods__
attempt('after del', Plain)
print('__abstractmethods__' in Plain.__dict__)
Plain.__abstractmethods__ = 5
attempt('not iterable', Plain)
Plain.__abstractmethods__ = 0
attempt('false int', Plain)
Plain.__abstractmethods__ = [3, 1]
attempt('int names', Plain)
del Plain.__abstractmethods__


# Not inherited: a subclass of a class with the attribute has none of its own.
class Base:
    pass


Base.__abstractmethods__ = frozenset({'m'})


class Derived(Base):
    pass


attempt('Base', Base)
attempt('Derived', Derived)
attempt('Derived attr', lambda: Derived.__abstractmethods__)
print(Base().__abstractmethods__ if False else 'instances skipped')

try:
    int.__abstractmethods__ = {'a'}
except TypeError as e:
    print('builtin', e)
try:
    del int.__abstractmethods__
except TypeError as e:
    print('builtin del', e)


# update_abstractmethods after filling in methods (what dataclasses and class decorators do).
class Proto(ABC):
    @abstractmethod
    def a(self): ...

    @abstractmethod
    def b(self): ...


class Impl(Proto):
    pass


attempt('Impl before', Impl)
Impl.a = lambda self: 'a'
attempt('Impl assigned', Impl)
update_abstractmethods(Impl)
print(sorted(Impl.__abstractmethods__))
attempt('Impl updated once', Impl)
Impl.b = lambda self: 'b'
print(update_abstractmethods(Impl) is Impl, Impl.__abstractmethods__)
attempt('Impl updated twice', Impl)
print(update_abstractmethods(Plain) is Plain, hasattr(Plain, '__abstractmethods__'))


def add_abstract(cls):
    @abstractmethod
    def extra(self): ...
    cls.extra = extra
    return update_abstractmethods(cls)


@add_abstract
class Grown(ABC):
    pass


attempt('Grown', Grown)
