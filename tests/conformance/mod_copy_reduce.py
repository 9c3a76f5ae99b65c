# krait: no-cpython-lib
# The reduce protocol behind copy: __reduce_ex__/__reduce__, __getstate__/__setstate__, __getnewargs__(_ex__),
# list and dict items, copyreg.dispatch_table and object.__reduce_ex__'s results.
import copy
import copyreg


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
r = p.__reduce_ex__(4)
print(len(r), r[0] is copyreg.__newobj__, r[1] == (Point,), r[2], r[3], r[4])
r = p.__reduce_ex__(2)
print(r[0].__name__, r[2])
r = p.__reduce_ex__(1)
print(r[0] is copyreg._reconstructor, r[1], r[2])
print(p.__reduce__()[0].__name__)
print(p.__getstate__(), Point.__new__(Point).__getstate__())


class Slots:
    __slots__ = ('a', 'b')


s = Slots()
s.a = 1
print(s.__getstate__(), Slots().__getstate__())
print(copyreg._slotnames(Slots), Slots.__slotnames__)


class Mixed:
    __slots__ = ('a', '__dict__')


m = Mixed()
m.a = 1
m.z = 2
print(m.__getstate__())


class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'drop me'

    def __getstate__(self):
        print('getstate')
        return {'data': self.data}

    def __setstate__(self, state):
        print('setstate', state)
        self.__dict__.update(state)
        self.cache = None


c = copy.copy(WithState())
print(c.data, c.cache)
c = copy.deepcopy(WithState())
print(c.data, c.cache)


class Reduced:
    def __init__(self, a, b):
        print('init', a, b)
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


c = copy.copy(Reduced(1, [2]))
print(c.a, c.b)
print(Reduced(0, 0).__reduce_ex__(4)[0] is Reduced)


class ReducedEx:
    def __reduce_ex__(self, protocol):
        print('protocol', protocol)
        return (list, ([1, 2],))


print(copy.copy(ReducedEx()), copy.deepcopy(ReducedEx()))


class AsString:
    def __reduce__(self):
        return 'AsString'


a = AsString()
print(copy.copy(a) is a, copy.deepcopy(a) is a)


class Items:
    def __reduce__(self):
        return (list, (), None, iter([1, [2]]), None)


class DictItems:
    def __reduce__(self):
        return (dict, (), None, None, iter([('k', [1])]))


print(copy.copy(Items()), copy.deepcopy(Items()), copy.deepcopy(DictItems()))


class SlotState:
    def __reduce__(self):
        return (SlotState, (), ({'x': 1}, {'y': 2}))


c = copy.copy(SlotState())
print(c.x, c.y)


class NewArgs:
    def __new__(cls, value):
        print('__new__', value)
        self = object.__new__(cls)
        self.value = value
        return self

    def __getnewargs__(self):
        return (self.value,)


c = copy.deepcopy(NewArgs([9]))
print(c.value)
print(NewArgs(1).__reduce_ex__(4)[1][1:])


class NewArgsEx:
    def __new__(cls, *args, **kwargs):
        print('__new__', args, kwargs)
        return object.__new__(cls)

    def __getnewargs_ex__(self):
        return ((1,), {'k': 2})


r = NewArgsEx().__reduce_ex__(4)
print(r[0] is copyreg.__newobj_ex__, r[1][1:])
copy.copy(NewArgsEx())


class Registered:
    def __init__(self, v):
        self.v = v


def reduce_registered(obj):
    print('registered reducer')
    return (Registered, (obj.v * 10,))


copyreg.pickle(Registered, reduce_registered)
print(copy.copy(Registered(2)).v, copy.deepcopy(Registered(3)).v)
try:
    copyreg.pickle(Registered, 'not callable')
except TypeError as e:
    print(type(e).__name__, e)
try:
    copyreg.constructor(5)
except TypeError as e:
    print(type(e).__name__, e)
print(copyreg.__newobj__(Point, ).__class__.__name__)
print(complex in copyreg.dispatch_table)


class MyList(list):
    pass


r = MyList([1, 2]).__reduce_ex__(4)
print(r[1], r[2], list(r[3]), r[4])


class MyDict(dict):
    pass


r = MyDict(a=1).__reduce_ex__(4)
print(r[1], r[3], list(r[4]))


class MyInt(int):
    pass


print(MyInt(5).__reduce_ex__(4)[1][1:], (5).__getnewargs__(), 'ab'.__getnewargs__(), (1, 2).__getnewargs__())
print({1}.__reduce__()[1], frozenset().__reduce__()[0].__name__)
e = KeyError('k')
print(e.__reduce__(), ValueError().__reduce__())
e.extra = 1
print(e.__reduce__())
copyreg.add_extension('mod', 'name', 240)
try:
    copyreg.add_extension('mod', 'other', 240)
except ValueError as e:
    print(type(e).__name__, e)
try:
    copyreg.add_extension('mod', 'name', 0)
except ValueError as e:
    print(type(e).__name__, e)
copyreg.remove_extension('mod', 'name', 240)
try:
    copyreg.remove_extension('mod', 'name', 240)
except ValueError as e:
    print(type(e).__name__, e)
