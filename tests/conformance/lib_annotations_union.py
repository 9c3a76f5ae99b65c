# Annotations (PEP 526/3107) and PEP 604 unions: __annotations__ of modules, classes and functions,
# evaluation rules, `X | Y` as types.UnionType with isinstance/issubclass.
import types

x: int = 5
y: "list[str]"
print(__annotations__, x)


class A:
    a: int
    b: str = "s"
    if True:
        c: float
    __private: bytes

    def method(self):
        local: undefined_name_is_not_evaluated = 3
        return local


print(A.__annotations__, A.b, A().method(), hasattr(A, 'a'))


def f(a: int, b: "str" = "x", *args: float, k: bool = False, **kw: dict) -> list:
    return [a, b]


print(f.__annotations__)


def g(): pass


print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {'z': int}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__, e)

order = []


def note(v):
    order.append(v)
    return v


class B:
    v: note('ann') = note('value')


print(order, B.__annotations__)


class C:
    pass


C.attr: int = 3
print(C.attr, '__annotations__' in C.__dict__)

u = int | str
print(u, type(u) is types.UnionType, u.__args__)
print(int | None, None | int, list[int] | None, int | str | int, (int | str) == (str | int))
print(isinstance(3, int | str), isinstance(2.5, int | str), issubclass(bool, int | None))
print(hash(int | str) == hash(str | int), int | int)
try:
    isinstance(3, list[int] | None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int | 3
except TypeError as e:
    print(type(e).__name__, e)


def h(p: int | None = None) -> dict[str, int | float]:
    return {}


print(h.__annotations__)
print(f.__code__.co_flags & 0x80, g.__dict__)
g.tag = 'x'
print(g.__dict__, g.tag)
del g.tag
print(g.__dict__)
