# krait: no-cpython-lib
# types: the type names, SimpleNamespace, MappingProxyType, new_class and friends.
import sys
import types

def f():
    pass
def g():
    yield 1
class C:
    def m(self):
        pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), types.FunctionType is types.LambdaType)
print(isinstance(g(), types.GeneratorType), isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(sys, types.ModuleType), types.NoneType is type(None), types.EllipsisType is type(...))
print(types.NotImplementedType is type(NotImplemented), isinstance(C.__dict__, types.MappingProxyType))
print(isinstance(list[int], types.GenericAlias), types.BuiltinMethodType is types.BuiltinFunctionType)
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.MethodType.__name__, types.ModuleType.__name__)
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType), types.TracebackType.__name__)

m = types.ModuleType('mymod', 'the doc')
print(m.__name__, m.__doc__, type(m) is types.ModuleType)
bound = types.MethodType(lambda self, x: (self, x), 'obj')
print(bound(1))

ns = types.SimpleNamespace(a=1, b='x')
print(ns, repr(ns), ns.a, ns.b)
ns.c = [1]
del ns.a
print(ns, vars(ns))
ns.me = ns
print(ns)
print(types.SimpleNamespace() == types.SimpleNamespace(), types.SimpleNamespace(a=1) == types.SimpleNamespace(a=2))
class Sub(types.SimpleNamespace):
    pass
print(Sub(z=1), Sub(z=1) == types.SimpleNamespace(z=1))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(type(e).__name__, e)
print(types.SimpleNamespace.__hash__)

mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp, mp['a'], len(mp), list(mp), 'a' in mp, mp.get('z', 0), sorted(mp.items()), type(mp).__name__)
try:
    mp['c'] = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(type(e).__name__, e)
print(mp.copy(), type(mp.copy()).__name__)

X = types.new_class('X', (int,), {}, lambda ns: ns.update(a=1))
print(X.__name__, X.a, X(5) + 1, issubclass(X, int))
print(types.resolve_bases((int,)))
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
print(types.resolve_bases((Entry(), str)))
Y = types.new_class('Y', (Entry(),))
print(Y.__bases__, Y.__orig_bases__[0].__class__.__name__)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'from_prepare': True}
print(types.prepare_class('Z', (), {'metaclass': Meta, 'flag': 1})[0].__name__)
Z = types.new_class('Z', (), {'metaclass': Meta})
print(type(Z).__name__, Z.from_prepare)
print(types.prepare_class('W', (), {'metaclass': type}))
class M1(type): pass
class M2(type): pass
A = M1('A', (), {})
B = M2('B', (), {})
try:
    types.new_class('AB', (A, B))
except TypeError as e:
    print(type(e).__name__, e)

class Attr:
    @types.DynamicClassAttribute
    def kind(self):
        return 'instance value'
print(Attr().kind)
try:
    Attr.kind
except AttributeError:
    print('AttributeError on class')
print(types.coroutine(g) is g)
