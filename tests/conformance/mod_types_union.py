# krait: no-cpython-lib
# types.UnionType: X | Y of classes, None, generic aliases and unions; flattening, deduplication, repr,
# equality and hashing, isinstance/issubclass, and the operands it refuses.
import types

u = int | str
print(u, type(u), u.__args__, u.__parameters__)
print(int | None, None | int, int | int, int | str | int, (int | str) | (str | float), None | (None | int))
print(list[int] | None, int | list[str], dict[str, int] | list[int] | None)
print(u == (str | int), hash(u) == hash(str | int), u != int, u == (int | float), (int | str) == int)
print(isinstance(1, u), isinstance(1.0, u), isinstance('s', u), isinstance(None, int | None))
print(issubclass(bool, u), issubclass(float, int | None), issubclass(type(None), int | None))
print(isinstance(1, int | list[int]))
for call in (lambda: isinstance('a', int | list[int]), lambda: issubclass(str, int | list[int])):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    u | 1.5
except TypeError as e:
    print(type(e).__name__)
for left, right in ((int, 3), (3, int), (int, 'str')):
    try:
        left | right
    except TypeError as e:
        print(type(e).__name__, e)
print(types.UnionType, isinstance(u, types.UnionType), type(u) is types.UnionType, types.UnionType.__module__)


class C:
    pass


class Meta(type):
    def __or__(cls, other):
        return 'Meta.__or__ ' + other.__name__


class WithMeta(metaclass=Meta):
    pass


print(C | None, C | int | C, WithMeta | int, int | WithMeta)
d = {u: 'first'}
d[str | int] = 'second'
print(len(d), d[int | str])
x = int
x |= str
print(x, isinstance(b'', x | bytes))
print(isinstance(3, (float, int | str)), isinstance(3, (float, str | bytes)))
