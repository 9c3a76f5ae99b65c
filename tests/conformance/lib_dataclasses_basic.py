# dataclasses from CPython's Lib: fields, defaults, default_factory, ordering, frozen, asdict/astuple,
# replace, __post_init__, InitVar, inheritance, slots and the errors.
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, FrozenInstanceError
from typing import List, Optional


@dataclass
class Point:
    x: int
    y: int = 0

    def dist2(self) -> int:
        return self.x ** 2 + self.y ** 2


p = Point(3, 4)
print(p, p.dist2(), Point(1), p == Point(3, 4), p != Point(4, 3))
print(repr(Point(y=2, x=1)), [f.name for f in fields(Point)], asdict(p), astuple(p))
print(replace(p, y=10), Point.__init__.__annotations__ if hasattr(Point.__init__, '__annotations__') else None)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: List[str] = field(default_factory=list, compare=False)


vs = [Version(1, 2), Version(1, 0), Version(0, 9, ['beta'])]
print(sorted(vs), Version(1) < Version(1, 1), max(vs))
v = Version(2)
v.tags.append('x')
print(v, Version(2).tags)


@dataclass(frozen=True)
class Frozen:
    name: str
    size: float = 1.0


fz = Frozen('a')
try:
    fz.name = 'b'
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(fz) == hash(Frozen('a')), {fz: 1}[Frozen('a')])


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False, repr=False)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h


r = Rect(2, 3, scale=2)
print(r, r.area)


@dataclass
class Base:
    id: int
    label: str = 'base'


@dataclass
class Child(Base):
    extra: Optional[str] = None


print(Child(1), Child(2, 'c', 'e'), [f.name for f in fields(Child)])

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)

try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


sl = Slotted(1)
print(sl, Slotted.__slots__, hasattr(sl, '__dict__'))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


print(Options(level=3), dataclasses.is_dataclass(Options), dataclasses.is_dataclass(3))
print(asdict(Child(5, extra='z')), Point.__match_args__)
match Point(0, 7):
    case Point(x=0, y=yy):
        print('on y axis at', yy)


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), Ident(1).__eq__(Ident(1)))
nested = {'p': Point(1, 2), 'list': [Point(3)]}
print(asdict(Version(1, 2, ['a'])), dataclasses.fields(Frozen)[1].default)
