class Data:
    def __init__(self): self.store = {}
    def __get__(self, obj, owner=None):
        if obj is None: return self
        print('get', type(obj).__name__, owner.__name__)
        return self.store.get(id(obj), 'unset')
    def __set__(self, obj, value):
        print('set', value); self.store[id(obj)] = value
    def __delete__(self, obj):
        print('delete'); self.store.pop(id(obj), None)
class NonData:
    def __get__(self, obj, owner=None):
        return 'nondata' if obj is not None else 'class-access'
class A:
    d = Data()
    n = NonData()
a = A()
print(a.d)
a.d = 5
print(a.d)
a.__dict__['d'] = 'shadow'
print(a.d)
del a.d
print(a.d, A.n, a.n)
a.n = 'instance wins'
print(a.n)
print(type(A.d).__name__, A.__dict__['n'].__class__.__name__)
class SetOnly:
    def __set__(self, obj, v): print('setonly', v)
class B:
    s = SetOnly()
b = B()
b.s = 1
print(type(b.s).__name__)
class Typed:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self.name)
    def __set__(self, obj, v):
        if not isinstance(v, int): raise TypeError(f'{self.name[1:]} must be int')
        setattr(obj, self.name, v)
class Point:
    x = Typed(); y = Typed()
    def __init__(self, x, y): self.x = x; self.y = y
pt = Point(1, 2)
print(pt.x, pt.y, sorted(vars(pt)))
try: pt.x = 'a'
except TypeError as e: print(type(e).__name__, e)
class CM:
    @classmethod
    def make(cls, *a): return cls.__name__, a
    @staticmethod
    def st(x): return x * 2
class CM2(CM): pass
print(CM.make(1), CM().make(2), CM2.make(), CM2().make(), CM.st(3), CM().st(4))
print(type(CM.__dict__['make']).__name__, type(CM.__dict__['st']).__name__, CM.__dict__['st'].__func__(5))
print(classmethod(len).__func__ is len, callable(CM.__dict__['st']))
sm = staticmethod(lambda: 'sm')
print(sm())
class Method:
    def m(self): return self
mm = Method()
bm = mm.m
print(bm.__self__ is mm, bm.__func__ is Method.m, bm() is mm, Method.m(mm) is mm)
class FuncDesc:
    pass
def free(self): return 'free ' + type(self).__name__
FuncDesc.free = free
print(FuncDesc().free(), free.__get__(FuncDesc())())
class Counter:
    count = 0
    def __init__(self): Counter.count += 1; self.count = Counter.count * 10
c1 = Counter(); c2 = Counter()
print(Counter.count, c1.count, c2.count)
