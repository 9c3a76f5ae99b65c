class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class A(Plugin): pass
class B(Plugin, name='bee'): pass
class C(B): pass
print(Plugin.registry, A.plugin_name, B.plugin_name, C.plugin_name)
try:
    class D(Plugin, bad=1): pass
except TypeError as e: print(type(e).__name__, e)
try:
    class E(x=1): pass
except TypeError as e: print(type(e).__name__, e)
class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return 'value of ' + self.name
class F:
    d1 = Desc()
    d2 = Desc()
print(F().d1, F().d2, F.d1.name)
class Bad:
    def __set_name__(self, owner, name): raise ValueError('nope')
try:
    class G:
        b = Bad()
except RuntimeError as e: print(type(e).__name__, e, type(e.__cause__).__name__)
class Gen:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Gen[int], Gen['x'])
class Sub(Gen): pass
print(Sub[1])
try: Plugin[1]
except TypeError as e: print(type(e).__name__, e)
class Orig:
    def __mro_entries__(self, bases):
        return (A,)
class H(Orig()): pass
print(H.__bases__, H.__orig_bases__[0].__class__.__name__, H.plugin_name)
class Order:
    def __init_subclass__(cls):
        print('init_subclass', cls.__name__, hasattr(cls, 'x'))
class O2(Order):
    x = 1
