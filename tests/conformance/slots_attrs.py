def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(type(int.__add__), type((1).__add__), type(list.append), type([].append), type(len))
print(int.__add__, list.append)
import re
print(re.sub('0x[0-9a-f]+', 'ADDR', repr((1).__add__)), re.sub('0x[0-9a-f]+', 'ADDR', repr([].append)))
show(lambda: object.__lt__(1, 2))
show(lambda: object().__lt__(3))
show(lambda: (1).__sizeof__())
show(lambda: [].__sizeof__())
show(lambda: ().__sizeof__())
show(lambda: {}.__sizeof__())
show(lambda: sorted(object().__dir__()) == sorted(dir(object())))
class A:
    def __init__(self): self.x = 1
show(lambda: sorted(A().__dir__()) == dir(A()))
show(lambda: 'x' in A().__dir__())
show(lambda: int.__base__, )
show(lambda: type.__dict__['__base__'])
show(lambda: int.__flags__ & (1 << 24) != 0)
show(lambda: A.__flags__ & (1 << 9) != 0)
show(lambda: BaseException.args)
e = ValueError(1, 2)
show(lambda: BaseException.args.__get__(e))
show(lambda: e.args)
e.__suppress_context__ = True
show(lambda: e.__suppress_context__)
object.__setattr__(e, 'args', (5,))
show(lambda: e.args)
show(lambda: BaseException.__traceback__)
show(lambda: property.fget)
p = property(lambda s: 1)
show(lambda: property.__get__(p, 3))
show(lambda: classmethod.__func__)
show(lambda: super.__thisclass__)
show(lambda: None.__bool__())
show(lambda: len.__call__([1, 2]))
show(lambda: (lambda x: x).__call__(5))
show(lambda: list(enumerate('ab').__iter__()))
show(lambda: enumerate('ab').__next__())
show(lambda: zip([1], [2]).__next__())
show(lambda: type({}.keys()).__len__({1: 2}))
show(lambda: list({1: 2, 3: 4}.keys().__reversed__()))
show(lambda: {1: 2}.keys().__lt__({1, 2}))
import functools
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
show(lambda: T(1) <= T(2))
show(lambda: T(3) >= T(2))
class M(int): pass
show(lambda: dir(M(3)) == dir(int) )
show(lambda: hasattr(bytearray(), '__iter__'))
show(lambda: str.join.__get__('-')(['a', 'b']))
show(lambda: int.__add__.__get__(3)(4))
class G: pass
show(lambda: dir(G) == sorted(set(dir(G))))
# Descriptor types and their reprs (addresses masked).
def masked(o):
    return re.sub('0x[0-9a-f]+', 'ADDR', repr(o))
for o in (int.__add__, float.__rmul__, list.__iadd__, dict.__or__, str.join, list.append, (2.5).__mul__, [].__len__,
          'x'.upper, object.__lt__, object.__sizeof__, type.__dir__):
    print(type(o).__name__, masked(o))
print(type(int.__add__).__name__, type(int.__add__.__get__(1)).__name__, int.__add__.__get__(1)(2))
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__, (1).__add__.__self__, (1).__add__.__qualname__)
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__)
show(lambda: list.append.__get__(None, list))
print(callable(int.__add__), callable((1).__add__), callable(list.append))
import types
print(types.MethodDescriptorType.__name__, types.WrapperDescriptorType.__name__, types.MethodWrapperType.__name__)
print(isinstance(str.join, types.MethodDescriptorType), isinstance((1).__add__, types.MethodWrapperType))
import pickle
print(pickle.loads(pickle.dumps(list.append)) is list.append, pickle.loads(pickle.dumps(int.__add__)) is int.__add__)

# Exceptions' attributes are getset descriptors on BaseException.
for name in ('args', '__traceback__', '__cause__', '__context__', '__suppress_context__'):
    d = BaseException.__dict__[name]
    print(name, type(d).__name__, name in dir(KeyError))
try:
    raise KeyError('k') from ValueError('v')
except KeyError as err:
    print(BaseException.__cause__.__get__(err), BaseException.__suppress_context__.__get__(err), err.__traceback__ is not None)
e2 = RuntimeError('a')
BaseException.__context__.__set__(e2, e2)
show(lambda: e2.__context__ is e2)
show(lambda: BaseException.__cause__.__set__(e2, 5))
show(lambda: BaseException.args.__delete__(e2))

# object's ordering slots answer NotImplemented; rich comparison still raises for unrelated objects.
class O:
    pass
print(O.__lt__ is object.__lt__, O().__lt__(O()), O().__ge__(1))
show(lambda: O() < O())
print(object.__eq__(1, 1), object.__ne__(1, 2))

# dict views compare as sets.
d = {1: 'a', 2: 'b'}
print(d.keys() == {1, 2}, d.keys() < {1, 2, 3}, d.keys() <= {1}, d.items() == {(1, 'a'), (2, 'b')}, d.keys() >= d.keys())
print(d.keys() == [1, 2], d.values() == d.values(), d.keys() != frozenset({1}), d.items() > {(1, 'a')})

# type's layout attributes.
print(type.__dict__['__flags__'], type.__dict__['__bases__'], int.__bases__, A.__base__, bool.__base__)
print(int.__itemsize__, tuple.__itemsize__, object.__basicsize__ > 0)
print(bool(list.__flags__ & (1 << 25)), bool(A.__flags__ & (1 << 25)), bool(dict.__flags__ & (1 << 29)), bool(KeyError.__flags__ & (1 << 30)))
print(super.__self__, super.__self_class__, property.fset, property.__isabstractmethod__, staticmethod.__wrapped__)
class B(A):
    def f(self):
        s = super()
        return s.__thisclass__.__name__, s.__self_class__.__name__, type(s.__self__).__name__
print(B().f())
print(type((lambda: (yield))()).gi_code, type((lambda: (yield))()).gi_running)
g = (lambda: (yield 1))()
print(type(g).__next__(g), type(g).__dict__['__name__'].__get__(g))
