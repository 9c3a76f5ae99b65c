# enum from CPython's Lib: Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, member access and errors.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()

    def describe(self):
        return f"{self.name.lower()}={self.value}"

    @classmethod
    def favourite(cls):
        return cls.GREEN


print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'])
print(list(Color), len(Color), Color.BLUE in Color)
print(Color.RED.name, Color.RED.value, Color.RED is Color(1), Color.favourite())
print([c.describe() for c in Color])
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 'r'}[Color.RED])
print(type(Color.RED), isinstance(Color.RED, Color), Color.__members__.keys())

try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color['PURPLE']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), list(Shape.__members__))

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 2
except ValueError as e:
    print(type(e).__name__, e)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW + 1, Priority.HIGH > Priority.LOW, sorted([Priority.HIGH, Priority.LOW]))
print(int(Priority.MEDIUM), Priority(2), Priority.MEDIUM == 2, f"{Priority.HIGH}", str(Priority.LOW))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X


rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), ~Perm.R, Perm.RWX)
print(list(rw), Perm(3), Perm(0), rw.value)


class Open(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


print(Open.READ | Open.WRITE, int(Open.READ | Open.EXEC), Open(6), Open.READ & 4)


class Mode(enum.StrEnum):
    FAST = auto()
    SLOW = 'slow-mode'


print(Mode.FAST, Mode.SLOW.upper(), Mode.FAST == 'fast', repr(Mode.SLOW))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
Planet = Enum('Planet', [('MERCURY', 1), ('VENUS', 2)])
print(Planet.VENUS, Planet(1))


class Weekday(Enum):
    MON = 1
    TUE = 2

    def __str__(self):
        return self.name.title()

    @property
    def is_start(self):
        return self is Weekday.MON


print(str(Weekday.MON), Weekday.MON.is_start, Weekday.TUE.is_start)
print(format(Color.RED), f"{Color.RED!r}")
