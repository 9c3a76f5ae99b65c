# typing on simple uses: generics, aliases, get_type_hints, NamedTuple, TypedDict, Protocol, overload, cast.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple, Optional, Protocol,
                    Tuple, TypedDict, TypeVar, Union, cast, get_args, get_origin, get_type_hints, overload,
                    runtime_checkable)

T = TypeVar("T")
K = TypeVar("K", bound=str)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, T, K.__bound__)


class Point(NamedTuple):
    x: int
    y: int = 0


p = Point(3)
print(p, p._fields, p._field_defaults, Point.__annotations__)


class Movie(TypedDict, total=False):
    title: str
    year: int


m: Movie = {"title": "x"}
print(m, Movie.__annotations__, Movie.__total__)


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class F:
    def close(self):
        pass


print(isinstance(F(), Closer), isinstance(1, Closer))


def f(a: int, b: "str" = "x", *args: float, c: Optional[List[int]] = None, **kw: Any) -> Dict[str, int]:
    return {}


print(get_type_hints(f))
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], List[Tuple[int, ...]])
print(Callable[[int, str], bool], Literal["a", 1], ClassVar[int], Final[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]))
print(get_origin(list[int]), get_args(int | str), typing.get_origin(Literal[1]))
print(cast(int, "not checked"), typing.TYPE_CHECKING)


@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x


print(g(5), g("s"))
try:
    Generic[T]()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Union[()]
except TypeError as e:
    print(type(e).__name__, e)
print(typing.Sequence[int], typing.Mapping[str, int], typing.Iterable, typing.AnyStr)
Alias = Dict[str, List[int]]
print(Alias, Alias[()] if False else Alias.__origin__)
