# krait: no-cpython-lib
# types.new_class / prepare_class / resolve_bases with metaclasses and __mro_entries__, and types.MethodType /
# FunctionType / ModuleType used as constructors.
import types


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwds):
        print('prepare', name, sorted(kwds))
        return {'prepared': True}

    def __new__(mcs, name, bases, ns, **kwds):
        print('new', name, sorted(ns), sorted(kwds))
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


def body(ns):
    ns['x'] = 1
    ns['method'] = lambda self: self.x + 1


C = types.new_class('C', (), {'metaclass': Meta, 'option': 1}, body)
print(C.__name__, type(C).__name__, C.prepared, C().method())
D = types.new_class('D', (C,))
print(type(D).__name__, D.__bases__[0].__name__, D.x)
E = types.new_class('E')
print(E.__bases__, E.__name__, type(E))
meta, ns, kw = types.prepare_class('F', (C,), {'flag': 'f'})
print(meta.__name__, ns, kw)
meta, ns, kw = types.prepare_class('G', (), {'metaclass': type})
print(meta, ns, kw)
kwds = {'metaclass': Meta}
types.prepare_class('H', (), kwds)
print(kwds)


class NotAType:
    def __call__(self, name, bases, ns):
        return ('made', name, bases, sorted(ns))


print(types.new_class('I', (), {'metaclass': NotAType()}, lambda ns: ns.update(a=1)))


class Other(type):
    pass


class WithOther(metaclass=Other):
    pass


try:
    types.new_class('J', (C, WithOther))
except TypeError as e:
    print(type(e).__name__, e)


class SubMeta(Meta):
    pass


K = types.new_class('K', (C,), {'metaclass': type})
print(type(K).__name__)


class Entry:
    def __mro_entries__(self, bases):
        print('mro entries of', len(bases), 'bases')
        return (int, str) if False else (dict,)


bases = (Entry(), list)
print(types.resolve_bases(bases))
print(types.resolve_bases((int, str)) == (int, str))
L = types.new_class('L', (Entry(),))
print(L.__bases__, type(L.__orig_bases__[0]).__name__, L(a=1))


class Empty:
    def __mro_entries__(self, bases):
        return ()


print(types.resolve_bases((Empty(), int)))


class Wrong:
    def __mro_entries__(self, bases):
        return [int]


try:
    types.resolve_bases((Wrong(),))
except TypeError as e:
    print(type(e).__name__, e)


def free(self, n):
    return (self, n)


bound = types.MethodType(free, 'obj')
print(bound(5), bound.__self__, bound.__func__ is free, type(bound) is types.MethodType)
mod = types.ModuleType('made_here', 'its doc')
mod.value = 3
print(mod.__name__, mod.__doc__, mod.value, isinstance(mod, types.ModuleType))
print(types.ModuleType('nodoc').__doc__)
