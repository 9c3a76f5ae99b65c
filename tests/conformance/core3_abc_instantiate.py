# krait: no-cpython-lib
# Abstract classes: object.__new__ refuses classes whose __abstractmethods__ is non-empty.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, update_abstractmethods
import abc


def attempt(label, make):
    try:
        r = make()
        print(label, 'ok', type(r).__name__)
    except TypeError as e:
        print(label, 'TypeError', e)


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f'{type(self).__name__} {self.area()}'


attempt('Shape', Shape)
print(sorted(Shape.__abstractmethods__))
print('__abstractmethods__' in Shape.__dict__)


class HalfDone(Shape):
    def area(self):
        return 1


attempt('HalfDone', HalfDone)
print(sorted(HalfDone.__abstractmethods__))


class Square(HalfDone):
    def perimeter(self):
        return 4


attempt('Square', Square)
print(Square().describe(), Square.__abstractmethods__)


class One(ABC):
    @abstractmethod
    def only(self): ...


attempt('One', One)
attempt('One extra arg', lambda: One(1))


class Props(ABC):
    @property
    @abstractmethod
    def value(self): ...

    @classmethod
    @abstractmethod
    def make(cls): ...

    @staticmethod
    @abstractmethod
    def helper(): ...


attempt('Props', Props)
print(sorted(Props.__abstractmethods__))
print(Props.__dict__['value'].__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)


class PropsDone(Props):
    value = 3

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 'h'


attempt('PropsDone', PropsDone)
print(PropsDone.make().value, PropsDone.helper())


class Old(ABC):
    @abstractproperty
    def legacy(self): ...

    @abc.abstractclassmethod
    def build(cls): ...


attempt('Old', Old)


class WithMeta(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...


attempt('WithMeta', WithMeta)


# A user __new__ that calls object.__new__ still meets the check.
class Custom(ABC):
    def __new__(cls, *args):
        print('Custom.__new__', cls.__name__)
        return super().__new__(cls)

    @abstractmethod
    def go(self): ...


attempt('Custom', Custom)
attempt('object.__new__', lambda: object.__new__(Custom))


class CustomDone(Custom):
    def go(self):
        return 'went'


print(CustomDone().go())

# The flag is only tested by object.__new__: built-in bases make their own instances.
class L(list):
    pass


L.__abstractmethods__ = {'z'}
attempt('list subclass', L)


class I(int):
    pass


I.__abstractmethods__ = frozenset({'z'})
attempt('int subclass', lambda: I(3))
