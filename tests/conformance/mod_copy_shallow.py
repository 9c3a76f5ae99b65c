# krait: no-cpython-lib
# copy.copy: atomic values come back as they are, built-in containers are copied one level, subclasses and
# instances go through the reduce protocol.
import copy

for v in [None, 1, 2**100, 1.5, 1+2j, True, 'str', b'bytes', (1, [2]), frozenset({1}), range(3), slice(1, 2),
          int, len, copy.copy, Ellipsis, NotImplemented]:
    print(repr(v)[:15], copy.copy(v) is v)

for v in [[1, [2]], {'a': [1]}, {1, 2}, bytearray(b'ab')]:
    c = copy.copy(v)
    print(type(c).__name__, c == v, c is v)
lst = [[1], [2]]
c = copy.copy(lst)
print(c[0] is lst[0], c is lst)
d = {'k': [1]}
print(copy.copy(d)['k'] is d['k'])


class Plain:
    def __init__(self):
        self.items = [1, 2]
        self.name = 'p'


p = Plain()
q = copy.copy(p)
print(type(q).__name__, q is p, q.items is p.items, vars(q) == vars(p))
q.name = 'q'
print(p.name, q.name)


class Slotted:
    __slots__ = ('a', 'b', '__private')

    def __init__(self):
        self.a = [1]
        self.__private = 'secret'

    def private(self):
        return self.__private


s = copy.copy(Slotted())
print(s.a, hasattr(s, 'b'), s.private())


class Both(Plain):
    __slots__ = ('extra',)


b = Both()
b.extra = 'x'
c = copy.copy(b)
print(c.extra, c.items, c.name)


class MyList(list):
    pass


class MyDict(dict):
    pass


class MySet(set):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


ml = MyList([1, [2]])
ml.tag = 't'
c = copy.copy(ml)
print(type(c).__name__, c, c.tag, c[1] is ml[1])
md = MyDict(a=1)
c = copy.copy(md)
print(type(c).__name__, c)
ms = MySet({3})
ms.attr = 1
c = copy.copy(ms)
print(type(c).__name__, c, c.attr)
mi = MyInt(7)
c = copy.copy(mi)
print(type(c).__name__, c, c is mi)
c = copy.copy(MyStr('hey'))
print(type(c).__name__, c)
c = copy.copy(MyTuple((1, 2)))
print(type(c).__name__, c)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v + 1)


print(copy.copy(Custom(1)).v)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(copy.copy(WithMeta) is WithMeta)
e = ValueError('bad', 2)
e.note = 'n'
c = copy.copy(e)
print(repr(c), c.note, c is e)
print(copy.__all__, copy.error is copy.Error, issubclass(copy.Error, Exception))
