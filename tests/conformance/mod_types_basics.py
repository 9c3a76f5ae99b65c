# krait: no-cpython-lib
# types: the type names against real objects, SimpleNamespace, MappingProxyType, GenericAlias, new_class and friends,
# DynamicClassAttribute, coroutine.
import types, sys
print(sorted(types.__all__))
ns = types.SimpleNamespace(b=2, a=[1])
print(ns, repr(ns), ns.a, ns == types.SimpleNamespace(b=2, a=[1]), ns != types.SimpleNamespace(b=3))
ns.c = ns; print(ns)
del ns.c
try: types.SimpleNamespace({'a': 1})
except TypeError as e: print("TypeError", e)
print(types.SimpleNamespace.__hash__)
class Sub(types.SimpleNamespace): pass
print(Sub(x=1), Sub(x=1) == types.SimpleNamespace(x=1), vars(Sub(y=2)))
print(types.SimpleNamespace())
def gen(): yield 1
def f(): pass
print(isinstance(gen(), types.GeneratorType), isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), types.ModuleType('mymod'), types.ModuleType('m', 'doc').__doc__)
m = types.ModuleType('m2'); m.x = 1; print(m.x, m.__name__)
class K:
    def meth(self): return 42
print(types.MethodType(K.meth, K())(), isinstance(K().meth, types.MethodType))
bm = types.MethodType(f, 5); print(bm.__self__, bm.__func__ is f)
print(isinstance(sys._getframe(), types.FrameType), isinstance(f.__code__, types.CodeType))
try: raise ValueError
except ValueError as e: print(isinstance(e.__traceback__, types.TracebackType))
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.NoneType is type(None))
mp = types.MappingProxyType({'a': 1}); print(mp, mp['a'], len(mp), list(mp), 'a' in mp)
try: mp['b'] = 2
except TypeError as e: print("TypeError", e)
try: types.MappingProxyType([1])
except TypeError as e: print("TypeError", e)
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)) == dict[str, int])
print(types.resolve_bases((int, str)))
class ME:
    def __mro_entries__(self, bases): return (dict,)
print(types.resolve_bases((int, ME())))
try:
    class Bad:
        def __mro_entries__(self, bases): return [dict]
    types.resolve_bases((Bad(),))
except TypeError as e: print("TypeError", e)
C = types.new_class('C', (int,), {}, lambda ns: ns.update(hello=lambda self: 'hi'))
print(C.__name__, C(3) + 1, C().hello(), C.__bases__)
D = types.new_class('D', (ME(),))
print(D.__bases__, D.__orig_bases__[0].__class__.__name__)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw); return {'fromprep': 1}
    def __new__(mcs, name, bases, ns, **kw): return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw): super().__init__(name, bases, ns)
print(types.prepare_class('X', (), {'metaclass': Meta, 'flag': 1}))
E = types.new_class('E', (), {'metaclass': Meta, 'flag': 2}); print(type(E).__name__, E.fromprep)
meta, ns, kw = types.prepare_class('Y', (E,)); print(meta.__name__, kw)
class M2(type): pass
class A2(metaclass=M2): pass
try: types.prepare_class('Z', (E, A2))
except TypeError as e: print("TypeError", e)
print(types.prepare_class('W', (), None))
class DCA:
    @types.DynamicClassAttribute
    def name(self):
        "the name"
        return 'inst'
print(DCA().name, DCA.__dict__['name'].__doc__)
try: DCA.name
except AttributeError as e: print("AttributeError", repr(e))
try: DCA().name = 3
except AttributeError as e: print("AttributeError", e)
@types.coroutine
def co(): yield 5
print(co.__name__, list(co()))
def plain(): return 'x'
w = types.coroutine(plain); print(w(), w.__name__)
try: types.coroutine(3)
except TypeError as e: print("TypeError", e)
print(types.CellType, type(f.__code__).__name__, types.MemberDescriptorType.__name__, types.GetSetDescriptorType.__name__)
def outer():
    v = 1
    def inner(): return v
    return inner
print(isinstance(outer().__closure__[0], types.CellType), outer().__closure__[0].cell_contents)
print(types.MappingProxyType, types.SimpleNamespace, types.GenericAlias, types.MethodType, types.FunctionType)
